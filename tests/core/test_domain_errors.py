"""One domain error and one way to show it on a form."""

from django import forms
from django.test import RequestFactory

from conduct.domain.errors import ConductError
from dialogues.domain.errors import SiteError
from registrations.domain.exceptions import RegistrationError
from reports.domain.releases import ReleaseError
from results.domain.errors import ResultRefused
from wetheinternet.core.exceptions import DomainError
from wetheinternet.core.forms import posted, show_domain_error


class NameForm(forms.Form):
    name = forms.CharField()


def test_every_app_error_is_a_domain_error_with_message_and_field():
    errors = [error_class("Refused.", field="name") for error_class in
              (ConductError, SiteError, ResultRefused, RegistrationError, ReleaseError)]

    assert [(isinstance(e, DomainError), e.message, e.field, str(e)) for e in errors] == [
        (True, "Refused.", "name", "Refused.")
    ] * 5


def test_default_message_when_none_given():
    assert str(ResultRefused().message) == "The result was not stored."


def test_error_of_a_field_shows_beside_it():
    form = NameForm({"name": "Ada"})
    form.is_valid()

    show_domain_error(form, SiteError("Choose another name.", field="name"))

    assert (form.errors["name"], form.non_field_errors()) == (["Choose another name."], [])


def test_error_of_no_field_of_the_form_shows_at_the_top():
    form = NameForm({"name": "Ada"})
    form.is_valid()

    show_domain_error(form, ConductError("Not now.", field="elsewhere"))

    assert (form.non_field_errors(), "name" in form.errors) == (["Not now."], False)


def test_empty_post_binds_the_form_so_its_errors_show():
    request = RequestFactory().post("/", {})

    form = NameForm(posted(request))

    assert (form.is_bound, form.is_valid(), form.errors["name"]) == (True, False, ["This field is required."])


def test_get_leaves_the_form_unbound():
    assert posted(RequestFactory().get("/", {"name": "Ada"})) is None


DOMAIN_PACKAGES = ["dialogues.domain", "conduct.domain", "registrations.domain", "results.domain", "reports.domain",
                   "analysis.domain", "wetheinternet.accounts.domain", "wetheinternet.i18n.content"]


def test_every_exception_the_domain_raises_is_a_domain_error():
    import importlib
    import inspect
    import pkgutil

    modules = []
    for name in DOMAIN_PACKAGES:
        package = importlib.import_module(name)
        modules += [package] + [importlib.import_module(info.name)
                                for info in pkgutil.walk_packages(package.__path__, prefix=f"{name}.")]
    others = sorted({
        f"{module.__name__}.{value.__name__}" for module in modules for value in vars(module).values()
        if inspect.isclass(value) and issubclass(value, Exception) and value.__module__ == module.__name__
        and not issubclass(value, DomainError) and not value.__name__.startswith("_")
    })  # a private exception is control flow that never leaves its module (e.g. a rollback)

    assert others == []
