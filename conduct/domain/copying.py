"""The dialogue's code of conduct in the next round (copied with the dialogue) and in
its public toolkit."""

from modeltranslation.utils import get_translation_fields

from wetheinternet.core.audit import log_action

from ..enums import VersionState
from ..models import CodeOfConduct, CodeVersion
from .queries.acceptance import current_published_version

VERSION_FIELDS = tuple(
    field for name in ("title", "body") for field in (name, *get_translation_fields(name))
)


def _free_slug(base):
    slug, n = base[:45], 1
    while CodeOfConduct.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base[:42]}-{n}"
    return slug


def copy_code_of_conduct(source, target, *, by):
    """A copy step of ``dialogues.domain.copying``: when ``source`` has its own code,
    ``target`` gets one with the wording in force (or the latest draft), in every
    language, as a draft version 1 that staff review and publish. Nothing when
    ``source`` follows the platform-wide code. Side effects: the rows, audit entry
    ``conduct.code.copied``."""
    code = CodeOfConduct.objects.filter(dialogue=source).first()
    if code is None:
        return None
    version = code.versions.filter(state=VersionState.PUBLISHED).first() or code.versions.order_by("-number").first()
    new_code = CodeOfConduct.objects.create(
        slug=_free_slug(f"{target.slug}-code"), dialogue=target,
        **{field: getattr(code, field) for field in ("title", *get_translation_fields("title"))},
    )
    if version is not None:
        CodeVersion.objects.create(
            code=new_code, number=1, state=VersionState.DRAFT, created_by=by,
            **{field: getattr(version, field) for field in VERSION_FIELDS},
        )
    log_action("conduct.code.copied", actor=by, target=new_code, data={"source": code.pk})
    return new_code


def code_of_conduct_section(dialogue, text):
    """A toolkit section (``dialogues.domain.toolkit``): the code of conduct in force for
    ``dialogue`` (its own, else the platform-wide one), its title and text; None when
    nothing is published."""
    version = current_published_version(dialogue)
    if version is None:
        return "code_of_conduct", None
    return "code_of_conduct", {"version": version.number, "title": text(version, "title"), "text": text(version, "body")}

