"""Request checks on what people send: control characters in any field (see ``input``)."""

from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from .errors import wants_json
from .input import CONTROL_CHARACTER_MESSAGE, has_control_characters

FORM_CONTENT_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


class ControlCharacterMiddleware:
    """Refuse control characters (NUL and the like; tab and new lines are fine) in every
    query parameter and form field, before any view stores them: 400 with the message
    beside each field (JSON ``errors`` keyed by input name, or a page naming the fields).
    JSON bodies are checked by the API's parser (``wetheinternet.core.api``)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        fields = self._fields_with_control_characters(request)
        if fields:
            return self._refuse(request, fields)
        return self.get_response(request)

    @staticmethod
    def _fields_with_control_characters(request):
        data = [request.GET]
        if request.method == "POST" and request.content_type in FORM_CONTENT_TYPES:
            data.append(request.POST)
        return sorted({
            key if not has_control_characters(key) else "?"
            for query in data
            for key, values in query.lists()
            if has_control_characters(key) or any(has_control_characters(value) for value in values)
        })

    @staticmethod
    def _refuse(request, fields):
        message = str(CONTROL_CHARACTER_MESSAGE)
        if wants_json(request):
            return JsonResponse(
                {"status": 400, "detail": message, "message": message, "errors": {key: [message] for key in fields}},
                status=400,
            )
        context = {"message": message, "fields": fields, "title": _("Text that cannot be stored")}
        return HttpResponse(render_to_string("core/refused_input.html", context), status=400)
