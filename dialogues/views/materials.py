"""Information materials: the staff library of a dialogue (add materials, publish
versions, add translations) and the permission-checking download of a file."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wetheinternet.core.forms import posted, show_domain_error
from wetheinternet.core.permissions import permission_required
from wetheinternet.core.visibility import get_visible_or_404

from ..domain import materials as domain
from ..domain.errors import MaterialError
from ..interfaces.material_files import material_file_response
from ..interfaces.material_forms import MaterialFileForm, MaterialForm, VersionForm
from ..models import Dialogue, Material, MaterialFile, MaterialVersion


def _library(request, dialogue, *, material_form=None):
    context = {
        "dialogue": dialogue,
        "materials": dialogue.materials.prefetch_related("versions__files__file").select_related("topic"),
        "form": material_form or MaterialForm(dialogue=dialogue),
    }
    return render(request, "dialogues/materials/library.html", context)


@permission_required("dialogues.manage_materials")
def library(request, slug):
    dialogue = get_object_or_404(Dialogue, slug=slug)
    form = MaterialForm(posted(request), dialogue=dialogue)
    if request.method == "POST" and form.is_valid():
        try:
            material = domain.add_material(
                dialogue,
                by=request.user,
                kind=form.cleaned_data["kind"],
                titles=form.titles(),
                topic=form.cleaned_data["topic"],
            )
        except MaterialError as error:
            show_domain_error(form, error)
        else:
            messages.success(request, _("Material added: now publish its first version."))
            return redirect("dialogues:material_detail", pk=material.pk)
    return _library(request, dialogue, material_form=form)


def _material(pk):
    return get_object_or_404(
        Material.objects.unscoped("staff page, permission checked").select_related("dialogue", "topic"), pk=pk
    )


def _detail(request, material, *, version_form=None, translation_form=None, status=200):
    dialogue = material.dialogue
    context = {
        "material": material,
        "dialogue": dialogue,
        "versions": material.versions.prefetch_related("files__file").select_related("published_by"),
        "version_form": version_form or VersionForm(dialogue=dialogue, prefix="version"),
        "translation_form": translation_form or MaterialFileForm(dialogue=dialogue, prefix="translation"),
    }
    return render(request, "dialogues/materials/detail.html", context, status=status)


@permission_required("dialogues.manage_materials")
def material_detail(request, pk):
    return _detail(request, _material(pk))


def _post_file(request, material, form_name, form, act, success):
    if form.is_valid():
        try:
            act(form.cleaned_data)
        except MaterialError as error:
            show_domain_error(form, error)
        else:
            messages.success(request, success)
            return redirect("dialogues:material_detail", pk=material.pk)
    return _detail(request, material, **{form_name: form}, status=400)


@require_POST
@permission_required("dialogues.manage_materials")
def publish_version(request, pk):
    material = _material(pk)
    form = VersionForm(request.POST, request.FILES, dialogue=material.dialogue, prefix="version")

    def act(data):
        domain.publish_version(
            material,
            by=request.user,
            language=data["language"],
            upload=data["upload"],
            link=data["link"],
            note=data["note"],
        )

    return _post_file(
        request,
        material,
        "version_form",
        form,
        act,
        _("New version published: partners are asked to confirm it again."),
    )


@require_POST
@permission_required("dialogues.manage_materials")
def add_translation(request, pk):
    version = get_object_or_404(MaterialVersion.objects.select_related("material__dialogue"), pk=pk)
    material = version.material
    form = MaterialFileForm(request.POST, request.FILES, dialogue=material.dialogue, prefix="translation")

    def act(data):
        domain.add_translation(
            version, by=request.user, language=data["language"], upload=data["upload"], link=data["link"]
        )

    return _post_file(request, material, "translation_form", form, act, _("Translation added."))


@login_required
def download(request, pk):
    """A material's file, for staff and the dialogue's partner members, facilitators and
    note takers; 404 for anyone else (whether it exists or not)."""
    found = get_visible_or_404(MaterialFile.objects.select_related("file"), request.user, pk=pk)
    if found.file is None:
        raise Http404
    return material_file_response(found)
