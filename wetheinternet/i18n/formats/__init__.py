"""Date and number formats where Django's own are missing or read oddly
(``FORMAT_MODULE_PATH``): each ``<language>/formats.py`` overrides only what it names."""
