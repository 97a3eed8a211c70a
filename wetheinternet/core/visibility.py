"""One way to scope what a signed-in person may list or open: ``visible_to(user)``.

Every model that holds a partner's data (or a person's) uses a ``VisibleQuerySet``
subclass as its manager and says in ``visibility(user)`` which rows each role may see.
Views and the API list with ``Model.objects.visible_to(request.user)`` and open an object
named in the address with ``visible_object``; code that must read across partners
(domain functions, tasks, the console, commands, public pages) says so with
``Model.objects.unscoped(reason)``.

Forgetting the scope fails loudly: with ``settings.VISIBILITY_GUARD`` on (tests, and
``DEBUG``), a query made in a view or API module (``*.views``, ``*.api``) on such a model
that is neither scoped nor explicitly unscoped raises ``UnscopedQuery`` when it runs.
Querysets reached through an object (``site.tables.all()``) are scoped by that object,
which was itself found through the mechanism. The guard costs a look at the call stack
per query, so production leaves it off; the scoping itself always applies.

django-scopes (pretix, pretalx) was the model; it filters each model by one field
against one value set for the whole request (``scope(event=...)``), while here what a
person sees depends on their roles and on the object (staff see all, partner members
their partners' data, note takers and facilitators their tables, conduct contacts
their sites, the conduct team the cases they handle), so each model states its own rule
and the guard keeps django-scopes' property: an unscoped query raises."""

import re
import sys

from django.conf import settings
from django.db import models
from django.http import Http404

VIEW_LAYER = re.compile(r"(^|\.)(views|api)(\.|$)")
# Modules between a manager call and the code that asked for it.
PASSING_THROUGH = ("django.", "rules.", "rest_framework.", "drf_spectacular.", __name__)


class UnscopedQuery(RuntimeError):
    """A view or API listed or opened a protected model without ``visible_to(user)``."""

    def __str__(self):
        module, label = self.args
        return f"{module} queries {label} without visible_to(user): scope it, or say why not with unscoped(reason)."


class VisibleQuerySet(models.QuerySet):
    """Base queryset of every protected model. Subclasses implement ``visibility``."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._scope_checked = False  # visible_to or unscoped was called
        self._made_in_view = None  # module name of the view that made it, when guarded

    def visibility(self, user):
        """The rows ``user`` may see (``self`` filtered). Called only by ``visible_to``."""
        raise NotImplementedError(f"{type(self).__name__} must say who sees what in visibility(user).")

    def visible_to(self, user):
        """What ``user`` may list or open, by their roles (anonymous: what is public)."""
        scoped = self.visibility(user)
        scoped._scope_checked = True
        return scoped

    def unscoped(self, reason):
        """Every row, on purpose: domain functions, tasks, the console, commands and public
        pages that read across partners. ``reason`` says why, for the reader."""
        if not reason:
            raise ValueError("unscoped() needs the reason why every row may be read.")
        clone = self._chain()
        clone._scope_checked = True
        return clone

    def _clone(self):
        clone = super()._clone()
        clone._scope_checked = self._scope_checked
        clone._made_in_view = self._made_in_view
        return clone

    def _check_scope(self):
        if self._made_in_view and not self._scope_checked and "instance" not in self._hints:
            raise UnscopedQuery(self._made_in_view, self.model._meta.label)

    def _fetch_all(self):
        if self._result_cache is None:
            self._check_scope()
        super()._fetch_all()

    def count(self):
        if self._result_cache is None:
            self._check_scope()
        return super().count()

    def exists(self):
        if self._result_cache is None:
            self._check_scope()
        return super().exists()

    def iterator(self, chunk_size=None):
        self._check_scope()
        return super().iterator(chunk_size=chunk_size)

    def aggregate(self, *args, **kwargs):
        self._check_scope()
        return super().aggregate(*args, **kwargs)

    @classmethod
    def as_manager(cls):
        manager = VisibleManager.from_queryset(cls)()
        manager._built_with_as_manager = True
        return manager

    as_manager.queryset_only = True


class VisibleManager(models.Manager):
    """Marks the querysets that view code makes, so that the guard can check them."""

    def get_queryset(self):
        queryset = super().get_queryset()
        if getattr(settings, "VISIBILITY_GUARD", False):
            queryset._made_in_view = _calling_view_module()
        return queryset


def _calling_view_module():
    """The view or API module that asked for a queryset, or None for any other code
    (tests under ``tests/<app>/views/`` read what they check)."""
    frame = sys._getframe(2)
    while frame is not None:
        module = frame.f_globals.get("__name__", "")
        if not module.startswith(PASSING_THROUGH):
            is_test = module.rpartition(".")[2].startswith(("test_", "conftest"))
            return module if VIEW_LAYER.search(module) and not is_test else None
        frame = frame.f_back
    return None


def visible_object(queryset, user, **lookup):
    """The object named by ``lookup`` if ``user`` may see it, else None (the permission
    check then refuses: 403 whether the object exists or not, so ids reveal nothing)."""
    return queryset.visible_to(user).filter(**lookup).first()


def get_visible_or_404(queryset, user, **lookup):
    """The object named by ``lookup`` if ``user`` may see it, else 404."""
    found = visible_object(queryset, user, **lookup)
    if found is None:
        raise Http404
    return found


def visible_getter(model_or_queryset, field="pk", url_argument=None, **extra):
    """An ``fn=`` for ``permission_required``: the object the address names, seen by the
    signed-in person (None when they may not see it, so the rules refuse)."""
    argument = url_argument or field

    def getter(request, *args, **kwargs):
        queryset = _queryset(model_or_queryset)
        return visible_object(queryset, request.user, **{field: kwargs[argument]}, **extra)

    return getter


def _queryset(model_or_queryset):
    if isinstance(model_or_queryset, models.QuerySet):
        return model_or_queryset.all()
    return model_or_queryset._default_manager.all()
