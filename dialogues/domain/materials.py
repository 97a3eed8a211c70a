"""Information materials: staff add a material, publish numbered versions and add a
file or link per language; partners acknowledge the current versions.

Uploads are checked before anything is stored: the file's name must end with one of
the accepted extensions, its first bytes must match that type (a renamed file is
refused), and it must be under ``MATERIAL_MAX_BYTES``. The content type stored is the
one the extension names, never the one the browser sent. Files are kept privately
(``core.files.store_file``)."""

from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _
from modeltranslation.utils import build_localized_fieldname

from wetheinternet.core.audit import log_action
from wetheinternet.core.files import store_file

from ..models import Material, MaterialFile, MaterialVersion, Partner
from .errors import MaterialError
from .onboarding import refresh_onboarding_state
from .queries.materials import current_versions
from .queries.onboarding import checklist_of

MATERIAL_MAX_BYTES = 20 * 1024 * 1024
_ZIP = (b"PK\x03\x04",)
# extension: (content type, accepted first bytes)
MATERIAL_TYPES = {
    "pdf": ("application/pdf", (b"%PDF-",)),
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", _ZIP),
    "pptx": ("application/vnd.openxmlformats-officedocument.presentationml.presentation", _ZIP),
    "odt": ("application/vnd.oasis.opendocument.text", _ZIP),
    "odp": ("application/vnd.oasis.opendocument.presentation", _ZIP),
    "png": ("image/png", (b"\x89PNG\r\n\x1a\n",)),
    "jpg": ("image/jpeg", (b"\xff\xd8\xff",)),
    "jpeg": ("image/jpeg", (b"\xff\xd8\xff",)),
}


def accepted_extensions():
    return ", ".join(f".{extension}" for extension in MATERIAL_TYPES)


def check_upload(upload):
    """The content type of an acceptable ``upload``; MaterialError otherwise."""
    if upload.size > MATERIAL_MAX_BYTES:
        raise MaterialError(
            _("The file must be smaller than %(size)s MB.") % {"size": MATERIAL_MAX_BYTES // 2**20}, field="upload"
        )
    extension = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
    if extension not in MATERIAL_TYPES:
        raise MaterialError(
            _("This type of file is not accepted. Upload one of: %(types)s.") % {"types": accepted_extensions()},
            field="upload",
        )
    content_type, signatures = MATERIAL_TYPES[extension]
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    if not any(head.startswith(signature) for signature in signatures):
        raise MaterialError(
            _("The file's content is not a .%(type)s file: save it again in that format.") % {"type": extension},
            field="upload",
        )
    return content_type


def _check_language(dialogue, language):
    if language not in (dialogue.languages or [dialogue.default_language]):
        raise MaterialError(_("This language is not one of the dialogue's languages."), field="language")


def _file_row(version, *, language, upload, link):
    if (upload is None) == (not link):
        raise MaterialError(_("Give either a file or a link."), field="upload")
    content_type = check_upload(upload) if upload is not None else ""
    stored = None
    if upload is not None:
        stored = store_file(upload.read(), filename=upload.name[-100:], content_type=content_type)
    return MaterialFile(version=version, language=language, file=stored, link=link or "")


def add_material(dialogue, *, by, kind, titles, topic=None):
    """A new material (no version yet); ``titles``: {language: title}, the dialogue's
    main language required. Side effects: the row, audit entry ``dialogues.material.added``."""
    if topic is not None and topic.dialogue_id != dialogue.pk:
        raise MaterialError(_("This topic is not one of the dialogue's topics."), field="topic")
    if not titles.get(dialogue.default_language, "").strip():
        raise MaterialError(
            _("Give the title in the dialogue's main language."), field=f"title_{dialogue.default_language}"
        )
    with transaction.atomic():
        material = Material(
            dialogue=dialogue,
            kind=kind,
            topic=topic,
            position=dialogue.materials.count(),
            title=titles[dialogue.default_language],
        )
        for language, title in titles.items():
            setattr(material, build_localized_fieldname("title", language), title.strip())
        material.save()
        log_action("dialogues.material.added", actor=by, target=material, data={"kind": kind})
    return material


def publish_version(material, *, by, language, upload=None, link="", note=""):
    """Publish the next version of ``material`` with its first language (a file or a
    link); the other languages are added with ``add_translation``. Partners who
    acknowledged the materials before must acknowledge again: their onboarding state is
    recomputed.

    Side effects: the version and file rows, the stored file, audit entry
    ``dialogues.material.version_published``, state refresh of the dialogue's partners."""
    _check_language(material.dialogue, language)
    with transaction.atomic():
        Material.objects.unscoped("locking the material being versioned").select_for_update().get(pk=material.pk)
        number = (material.versions.aggregate(last=Max("number"))["last"] or 0) + 1
        version = MaterialVersion.objects.create(
            material=material, number=number, note=note, published_at=timezone.now(), published_by=by
        )
        _file_row(version, language=language, upload=upload, link=link).save()
        log_action(
            "dialogues.material.version_published",
            actor=by,
            target=material,
            data={"version": number, "language": language},
        )
        for partner in Partner.objects.unscoped("every partner of the dialogue").filter(dialogue=material.dialogue):
            refresh_onboarding_state(partner, by=by)
    return version


def add_translation(version, *, by, language, upload=None, link=""):
    """Add or replace one language of ``version``. Not a new version: acknowledgements
    stay valid. Side effects: the file row (the replaced one and its stored file are
    deleted), audit entry
    ``dialogues.material.translation_added``."""
    _check_language(version.material.dialogue, language)
    with transaction.atomic():
        row = _file_row(version, language=language, upload=upload, link=link)
        replaced = list(
            MaterialFile.objects.unscoped("replacing a translation")
            .select_related("file")
            .filter(version=version, language=language)
        )
        for old in replaced:
            old.delete()
            if old.file is not None:  # the replaced file is not kept
                transaction.on_commit(old.file.file.delete)
                old.file.delete()
        row.save()
        log_action(
            "dialogues.material.translation_added",
            actor=by,
            target=version.material,
            data={"version": version.number, "language": language},
        )
    return row


def acknowledge_current_materials(partner, *, by):
    """Record that the partner received the current versions of the dialogue's
    materials (the checklist step "materials"). A version published later makes it
    stale (``queries.onboarding.checklist_items``).

    Side effects: checklist update, audit entry ``dialogues.partner.materials_received``
    naming the versions acknowledged, state refresh."""
    with transaction.atomic():
        checklist = checklist_of(partner)
        checklist.materials_received_at = timezone.now()
        checklist.materials_received_by = by
        checklist.save(update_fields=["materials_received_at", "materials_received_by"])
        versions = [version.pk for version in current_versions(partner.dialogue)]
        log_action("dialogues.partner.materials_received", actor=by, target=partner, data={"versions": versions})
        refresh_onboarding_state(partner, by=by)
    return checklist
