"""Demo information materials: an information booklet in English and French (version
2, so the history shows), a video link, and the facilitator and note-taker guides.
Seeded before the onboarding checklists, whose "materials received" then covers them."""

from django.core.files.uploadedfile import SimpleUploadedFile

from .domain.materials import add_material, add_translation, publish_version
from .enums import MaterialKind
from .models import Material


def demo_pdf(text):
    """A one-page PDF showing ``text`` (ASCII), small and valid, without WeasyPrint."""
    stream = f"BT /F1 18 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _pdf(name, text):
    return SimpleUploadedFile(name, demo_pdf(text), content_type="application/pdf")


MATERIALS = [
    # kind, titles, versions: [(language, file name or link, text)], translations of the last version
    (
        MaterialKind.BOOKLET,
        {
            "en": "Information booklet",
            "fr": "Livret d'information",
            "es": "Folleto informativo",
            "ar": "كتيّب المعلومات",
            "pt": "Brochura informativa",
        },
        [
            ("en", "booklet-v1.pdf", "We, the Internet - information booklet (version 1)"),
            ("en", "booklet-v2.pdf", "We, the Internet - information booklet (version 2)"),
        ],
        [("fr", "livret-v2.pdf", "Nous, l'Internet - livret d'information (version 2)")],
    ),
    (
        MaterialKind.VIDEO,
        {
            "en": "Introduction video",
            "fr": "Vidéo de présentation",
            "es": "Vídeo de presentación",
            "ar": "فيديو تعريفي",
            "pt": "Vídeo de apresentação",
        },
        [("en", "https://video.example.org/we-the-internet/introduction", "")],
        [],
    ),
    (
        MaterialKind.FACILITATOR_GUIDE,
        {
            "en": "Facilitator guide",
            "fr": "Guide de l'animateur",
            "es": "Guía del facilitador",
            "ar": "دليل الميسّر",
            "pt": "Guia do facilitador",
        },
        [("en", "facilitator-guide.pdf", "Facilitator guide")],
        [],
    ),
    (
        MaterialKind.NOTE_TAKER_GUIDE,
        {
            "en": "Note-taker guide",
            "fr": "Guide du preneur de notes",
            "es": "Guía del relator",
            "ar": "دليل مدوّن الملاحظات",
            "pt": "Guia do relator",
        },
        [("en", "note-taker-guide.pdf", "Note-taker guide")],
        [],
    ),
]


def seed(context):
    dialogue, staff = context.dialogue, context.users["staff"]
    if Material.objects.unscoped("demo seed").filter(dialogue=dialogue).exists():
        return
    for kind, titles, versions, translations in MATERIALS:
        material = add_material(dialogue, by=staff, kind=kind, titles=titles)
        for language, source, text in versions:
            if source.startswith("https://"):
                version = publish_version(material, by=staff, language=language, link=source)
            else:
                version = publish_version(material, by=staff, language=language, upload=_pdf(source, text))
        for language, source, text in translations:
            add_translation(version, by=staff, language=language, upload=_pdf(source, text))
    context.say(f"    {len(MATERIALS)} information materials")
