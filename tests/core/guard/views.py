"""Two views that list sites, for the guard's tests: one scoped, one that forgot to be.
The module is named ``views`` so that the guard treats it as view code."""

from django.http import HttpResponse

from dialogues.models import Site


def scoped_sites(request):
    names = Site.objects.visible_to(request.user).order_by("name").values_list("name", flat=True)
    return HttpResponse(", ".join(names))


def unscoped_sites(request):
    names = Site.objects.order_by("name").values_list("name", flat=True)
    return HttpResponse(", ".join(names))


def explicitly_unscoped_count(request):
    return HttpResponse(str(Site.objects.unscoped("a test of the escape hatch").count()))


def tables_of_a_visible_site(request, pk):
    site = Site.objects.visible_to(request.user).get(pk=pk)
    return HttpResponse(", ".join(str(table.number) for table in site.tables.order_by("number")))
