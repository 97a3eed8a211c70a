"""The one way forms are rendered on the whole site (settings.FORM_RENDERER).

``{{ form }}`` and ``{{ field.as_field_group }}`` go through ``templates/forms/``: the help
text carries the id ``<id>_helptext`` and the error list ``<id>_error``, the ids Django puts
in each widget's ``aria-describedby``, so a screen reader announces both with the field.
``TemplatesSetting`` renders with the project's template engine, so these templates can
use the site's template tags."""

from django.forms.renderers import TemplatesSetting


class SiteFormRenderer(TemplatesSetting):
    form_template_name = "forms/form.html"
    field_template_name = "forms/field.html"
