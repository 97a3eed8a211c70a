"""The printable confirmation slip for assisted registration (PDF)."""

from django.template.loader import render_to_string
from django.utils import translation

from wetheinternet.core.qr import qr_svg

from ..domain.evaluation_codes import Moment, hand_out_evaluation_codes
from ..domain.queries.slips import first_scheduled_start
from ..domain.rights import rights_url
from .personal_data_labels import readable_lists, readable_rows


def _slip(registrant):
    site, link = registrant.site, rights_url(registrant)
    return {
        "registrant": registrant,
        "rights_url": link,
        "qr": qr_svg(link),
        "site": site,
        "partner": site.partner if site else None,
        "starts_at": first_scheduled_start(site),
        # Handed out once: a reprint carries no code (spares are issued on the evaluation page).
        "evaluation_codes": hand_out_evaluation_codes(registrant, Moment.BEFORE, Moment.AFTER),
    }


def render_slips_pdf(registrants, *, language=None):
    """PDF bytes with one A6 slip per registrant: a QR code of the person's link, the
    site, the date and local time, pictograms of the day's steps and the partner's
    phone number, for a person who cannot read. Each slip is in the person's language
    unless ``language`` is given. WeasyPrint is imported here only: it is slow to import
    and only these functions need it."""
    from weasyprint import HTML

    slips = []
    for registrant in registrants:
        with translation.override(language or registrant.preferred_language):
            slip = _slip(registrant)
            slips.append(render_to_string("registrations/_slip.html", slip))
    with translation.override(language or translation.get_language()):
        html = render_to_string("registrations/slip_pdf.html", {"slips": slips})
    return HTML(string=html).write_pdf()


def render_slip_pdf(registrant):
    """PDF bytes of one person's slip, in their language."""
    return render_slips_pdf([registrant])


# Parts of ``personal_data`` that the PDF shows as their own tables.
LISTS = ("demographic_answers", "consents", "code_of_conduct", "panel", "requests")


def render_personal_data_pdf(data, *, language):
    from weasyprint import HTML

    with translation.override(language):
        context = {"data": data, "rows": readable_rows(data, LISTS), **readable_lists(data)}
        html = render_to_string("registrations/my_data_pdf.html", context)
    return HTML(string=html).write_pdf()
