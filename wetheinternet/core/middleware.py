class ConsoleStylesMiddleware:
    """Django's admin console writes a few style attributes (widgets, collapsed
    fieldsets, the related-object pop-ups), which the strict Content Security Policy
    would refuse. On console pages only, inline styles are allowed; inline scripts never
    are. Placed after django-csp's middleware so that it sees the change."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        match = request.resolver_match
        if match is not None and "admin" in match.namespaces:
            response._csp_update = {"style-src": ["'unsafe-inline'"]}
        return response
