"""``{% suspended_mirrors as mirrors %}``: the suspended mirror dialogues of the signed-in
person, so the page that refuses them says why (templates/403.html)."""

from django import template

from ..domain.queries.mirrors import suspended_mirrors_of

register = template.Library()


@register.simple_tag(takes_context=True)
def suspended_mirrors(context):
    request = context.get("request")
    if request is None:
        return []
    return list(suspended_mirrors_of(request.user))
