from django.apps import AppConfig
from django.db.backends.signals import connection_created
from django.utils.translation import gettext_lazy as _

from .lists import fold_text


def register_sqlite_functions(sender, connection, **kwargs):
    """Give SQLite the folding PostgreSQL does with ``unaccent`` (``lists.Folded``)."""
    if connection.vendor == "sqlite":
        connection.connection.create_function("wti_fold", 1, fold_text, deterministic=True)


class CoreConfig(AppConfig):
    name = "wetheinternet.core"
    label = "core"
    verbose_name = _("Platform")

    def ready(self):
        connection_created.connect(register_sqlite_functions, dispatch_uid="core.sqlite_functions")
