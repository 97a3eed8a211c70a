"""QR codes for printed pages (result sheets, registration slips): inline SVG, so the
PDF needs no image file and the page no external asset."""

from django.utils.safestring import mark_safe


def qr_svg(data):
    import qrcode  # only the PDF pages need it
    from qrcode.image.svg import SvgPathImage

    image = qrcode.make(data, image_factory=SvgPathImage, box_size=8, border=2)
    svg = image.to_string(encoding="unicode")
    return mark_safe(svg[svg.index("<svg"):])  # drop the XML declaration: the SVG is inline
