"""The printable confirmation slip for assisted registration (PDF)."""

from django.template.loader import render_to_string
from django.utils import translation


def render_slip_pdf(registrant, *, rights_url, language):
    """PDF bytes of the slip in ``language``. WeasyPrint is imported here only: it is
    slow to import and only this function needs it."""
    from weasyprint import HTML

    with translation.override(language):
        html = render_to_string("registrations/slip_pdf.html", {"registrant": registrant, "rights_url": rights_url})
    return HTML(string=html).write_pdf()


# Parts of ``personal_data`` that the PDF shows as their own tables.
LISTS = ("demographic_answers", "consents", "code_of_conduct", "panel", "requests")


def render_personal_data_pdf(data, *, language):
    from weasyprint import HTML

    with translation.override(language):
        html = render_to_string("registrations/my_data_pdf.html", {"data": data, "lists": LISTS})
    return HTML(string=html).write_pdf()
