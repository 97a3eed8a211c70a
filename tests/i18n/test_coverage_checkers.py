"""The checkers behind test_translations_complete catch what they must and nothing else."""

from tools.i18n_coverage.python_source import unmarked_python_strings
from tools.i18n_coverage.templates import unmarked_template_text


def _texts(findings):
    return [finding.text for finding in findings]


def test_template_checker_reports_plain_visible_text():
    source = '{% load i18n %}<h1>{% translate "Sites" %}</h1>\n<p>Tables of {{ site.name }}</p>'

    findings = unmarked_template_text("page.html", source)

    assert [(f.line, f.text) for f in findings] == [(2, "Tables of …")]


def test_template_checker_reports_read_attributes_and_default_filters():
    source = '<img src="x.png" alt="A map"><input type="submit" value="Send"><input type="hidden" value="abc">' \
             '{{ site.city|default:"unknown" }}{{ site.city|date:"Y-m-d" }}'

    findings = unmarked_template_text("page.html", source)

    assert _texts(findings) == ["unknown", "A map", "Send"]


def test_template_checker_accepts_translated_blocks_comments_styles_and_symbols():
    source = (
        '{% load i18n %}{# A note for developers #}{% comment %}Also for developers{% endcomment %}'
        '<style>body { font-family: "Noto Sans"; }</style>'
        '<p>{% blocktranslate trimmed with name=site.name %}Welcome to {{ name }}{% endblocktranslate %}</p>'
        '<p title="{% translate "Help" %}">{{ a }} · {{ b }} — 12 %</p>'
        '<a href="{% url "home" %}" class="button secondary" dir="{% if rtl %}rtl{% else %}ltr{% endif %}">{{ x }}</a>'
    )

    assert unmarked_template_text("page.html", source) == []


def test_template_checker_reads_text_templates_line_by_line():
    source = '{% load i18n %}{% translate "Hello" %}\n{{ link }}\nThank you\n'

    findings = unmarked_template_text("email.txt", source)

    assert [(f.line, f.text) for f in findings] == [(3, "Thank you")]


def test_python_checker_reports_unmarked_user_facing_strings():
    source = '''
from django.contrib import messages
from django.db import models
from django import forms

class Site(models.Model):
    city = models.CharField("city", max_length=100, help_text=_("Where it is"))
    class Meta:
        verbose_name = "site"

class State(models.TextChoices):
    OPEN = "open", "Open"
    CLOSED = "closed"

class SiteForm(forms.Form):
    name = forms.CharField(label="Name", widget=forms.TextInput(attrs={"placeholder": "Your name"}))
    kind = forms.ChoiceField(choices=[("a", "Online"), ("b", _("In person"))])

def view(request, site):
    messages.success(request, f"Saved {site}")
    raise SiteRefused("Too late to change the site")
'''

    findings = unmarked_python_strings("app.py", source)

    assert _texts(findings) == [
        "city", "site", "Open", "CLOSED", "Name", "Your name", "Online", "Saved ", "Too late to change the site",
    ]


def test_python_checker_accepts_marked_and_developer_strings():
    source = '''
from django.db import models
from django.utils.translation import gettext_lazy as _

class Seat(models.Model):
    registrant = models.OneToOneField("registrations.Registrant", on_delete=models.CASCADE)
    number = models.PositiveSmallIntegerField(_("seat"), help_text=_("From 1 to %(n)s") % {"n": 8})

class Kind(models.TextChoices):
    ONLINE = "online", _("Online")

def check(value):
    if value is None:
        raise ValueError("value is required")
    messages.error(request, _("Refused: %(reason)s") % {"reason": value})
    raise DomainRefused(_("Too late"))
'''

    assert unmarked_python_strings("app.py", source) == []


def test_template_checker_accepts_universal_abbreviations_and_units():
    source = "<p>{{ time }} UTC · {{ seconds }} s · Q{{ n }} · PDF</p><p>{{ time }} heures</p>"

    assert _texts(unmarked_template_text("page.html", source)) == ["… heures"]


def test_python_checker_leaves_api_schema_texts_but_not_api_errors():
    source = '''
class CountSerializer(serializers.Serializer):
    count = serializers.IntegerField(help_text="How many people")
    option = _id(help_text="null: blank")

    def validate(self, data):
        raise serializers.ValidationError("Too many votes")
'''

    assert _texts(unmarked_python_strings("dialogues/api/serializers.py", source)) == ["Too many votes"]


def test_catalogue_check_reports_missing_fuzzy_plural_and_placeholder_problems(tmp_path):
    import polib

    from tools.i18n_coverage.catalogues import incomplete_entries

    catalogue = polib.POFile()
    catalogue.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Plural-Forms": "nplurals=3; plural=0;"}
    catalogue.append(polib.POEntry(msgid="Table", msgstr="Mesa"))
    catalogue.append(polib.POEntry(msgid="Site", msgstr=""))
    catalogue.append(polib.POEntry(msgid="Seat", msgstr="Puesto", flags=["fuzzy"]))
    catalogue.append(polib.POEntry(msgid="%(n)s tables", msgid_plural="%(n)s tables", msgstr_plural={0: "a", 1: "b"}))
    catalogue.append(polib.POEntry(msgid="Hello %(name)s", msgstr="Hola %(nombre)s"))
    catalogue.append(polib.POEntry(msgid="%s of %s", msgstr="%s"))
    path = tmp_path / "django.po"
    catalogue.save(str(path))

    findings = incomplete_entries(path)

    assert [(f.text, f.reason) for f in findings] == [
        ("Site", "missing translation"),
        ("Seat", "fuzzy translation"),
        ("%(n)s tables", "needs 3 plural forms"),
        ("Hello %(name)s", "unknown placeholder nombre in 'Hola %(nombre)s'"),
        ("%s of %s", "positional placeholders differ in '%s'"),
    ]
