"""Read queries of the information materials: the current version of each material and
the file or link to show in a given language."""

from dataclasses import dataclass

from django.db.models import Max, Prefetch, Q

from ...enums import MaterialKind
from ...models import Dialogue, Material, MaterialFile, MaterialVersion, Table


@dataclass(frozen=True)
class ShownMaterial:
    material: Material
    version: MaterialVersion
    file: MaterialFile  # in the language asked for, else the dialogue's default, else the first
    languages: list  # every MaterialFile of the version


def _materials(dialogue):
    return (
        Material.objects.unscoped("materials of a dialogue the caller may see")
        .filter(dialogue=dialogue)
        .select_related("topic")
        .prefetch_related(
            Prefetch(
                "versions",
                queryset=MaterialVersion.objects.prefetch_related(
                    Prefetch(
                        "files",
                        queryset=MaterialFile.objects.unscoped("files of those materials").select_related("file"),
                    )
                ),
            )
        )
    )


def current_versions(dialogue):
    """The latest version of each of the dialogue's materials that has one."""
    return [version for material in _materials(dialogue) if (version := _latest(material))]


def _latest(material):
    versions = list(material.versions.all())  # ordered by number, newest first
    return versions[0] if versions else None


def shown_materials(dialogue, language, *, participants_only=False):
    """The current version of each material of ``dialogue`` with its file in
    ``language`` (or a fallback); ``participants_only`` keeps booklets and videos."""
    shown = []
    for material in _materials(dialogue):
        if participants_only and material.kind not in MaterialKind.for_participants():
            continue
        version = _latest(material)
        files = list(version.files.all()) if version else []
        if not files:
            continue
        chosen = next((f for f in files if f.language == language), None) or next(
            (f for f in files if f.language == dialogue.default_language), files[0]
        )
        shown.append(ShownMaterial(material, version, chosen, files))
    return shown


def latest_publication(dialogue_id):
    """When the newest version of the dialogue's materials was published (None: none yet)."""
    return MaterialVersion.objects.filter(material__dialogue_id=dialogue_id).aggregate(latest=Max("published_at"))[
        "latest"
    ]


def materials_at_my_tables(user, language):
    """``[(dialogue, [ShownMaterial])]`` for the dialogues in which ``user`` facilitates
    or takes notes at a table (the guides and booklets to have at the table)."""
    tables = Table.objects.unscoped("the user's own tables").filter(Q(facilitator=user) | Q(note_taker=user))
    dialogues = Dialogue.objects.filter(pk__in=tables.values("site__partner__dialogue_id")).order_by("pk")
    return [(dialogue, shown) for dialogue in dialogues if (shown := shown_materials(dialogue, language))]


def participant_material_file(dialogue, pk):
    """The stored file ``pk`` if it belongs to a booklet or video of ``dialogue`` (what a
    participant of that dialogue may open), else None."""
    return (
        MaterialFile.objects.unscoped("checked against the participant's own dialogue")
        .select_related("file")
        .filter(
            pk=pk,
            file__isnull=False,
            version__material__dialogue=dialogue,
            version__material__kind__in=MaterialKind.for_participants(),
        )
        .first()
    )
