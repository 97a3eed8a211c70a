from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from ..domain.diff import paragraphs

register = template.Library()


@register.filter
def code_paragraphs(text, heading_level=2):
    """Render a version's text safely: paragraphs separated by empty lines; a paragraph
    starting with "## " is a heading (of ``heading_level``); lines starting with "- "
    form a list."""
    level = int(heading_level)
    parts = []
    for paragraph in paragraphs(text):
        if paragraph.startswith("## "):
            parts.append(format_html("<h{}>{}</h{}>", level, paragraph[3:], level))
        elif all(line.startswith("- ") for line in paragraph.splitlines()):
            items = format_html_join("", "<li>{}</li>", ((line[2:],) for line in paragraph.splitlines()))
            parts.append(format_html("<ul>{}</ul>", items))
        else:
            lines = format_html_join(mark_safe("<br>"), "{}", ((line,) for line in paragraph.splitlines()))
            parts.append(format_html("<p>{}</p>", lines))
    return mark_safe("".join(parts))  # noqa: S308 - every part is built with format_html


@register.filter
def duration_text(seconds):
    """A duration in seconds as "3 h 20 min" or "2 d 4 h"; "—" when unknown."""
    if seconds is None:
        return "—"
    from django.utils.translation import gettext as _

    seconds = int(seconds)
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    if days:
        return _("%(days)s d %(hours)s h") % {"days": days, "hours": hours}
    if hours:
        return _("%(hours)s h %(minutes)s min") % {"hours": hours, "minutes": minutes}
    return _("%(minutes)s min") % {"minutes": minutes}


@register.filter
def timedelta_seconds(delta):
    return delta.total_seconds() if delta is not None else None


@register.filter
def diff_paragraph(text):
    """One paragraph of a diff: a "## " heading in bold (marker removed), lines kept."""
    if text.startswith("## "):
        return format_html("<strong>{}</strong>", text[3:])
    return format_html_join(mark_safe("<br>"), "{}", ((line,) for line in text.splitlines()))
