"""Content translation (modeltranslation fields): which translations are missing,
and the round trip of missing strings through a file for translators."""
