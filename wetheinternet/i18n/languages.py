"""Languages Django knows nothing about (no entry in ``django.conf.locale.LANG_INFO``).

Adding one of them to ``settings.LANGUAGES`` is then enough for the switcher,
``get_language_info`` and ``dir``. Add an entry here for any other language; plural
rules for the ``.po`` header are in docs/languages.md."""

EXTRA_LANG_INFO = {
    "am": {"bidi": False, "code": "am", "name": "Amharic", "name_local": "አማርኛ"},
    "so": {"bidi": False, "code": "so", "name": "Somali", "name_local": "Soomaali"},
    "ha": {"bidi": False, "code": "ha", "name": "Hausa", "name_local": "Hausa"},
    "ti": {"bidi": False, "code": "ti", "name": "Tigrinya", "name_local": "ትግርኛ"},
    "ps": {"bidi": True, "code": "ps", "name": "Pashto", "name_local": "پښتو"},
}


def register_extra_languages():
    from django.conf.locale import LANG_INFO

    for code, info in EXTRA_LANG_INFO.items():
        LANG_INFO.setdefault(code, info)
