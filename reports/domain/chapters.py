"""Chapters an app to the right of reports adds to every report (analysis: "What
citizens recommended").

Registered from the app's ``AppConfig.ready``: ``provider(cube, scope, area)`` returns
the chapter's context with its "template", or None to leave it out; the provider's
figures go through disclosure control like every other. ``fingerprint(dialogue)`` returns
what the chapter is made of, so that a change rebuilds the reports."""

_extra_chapters = {}


def add_report_chapter(provider, *, fingerprint):
    _extra_chapters[f"{provider.__module__}.{provider.__qualname__}"] = (provider, fingerprint)


def extra_chapters(cube, scope, area):
    chapters = (provider(cube, scope, area) for provider, _fingerprint in _extra_chapters.values())
    return [chapter for chapter in chapters if chapter]


def extra_chapter_fingerprints(dialogue):
    return [fingerprint(dialogue) for _provider, fingerprint in _extra_chapters.values()]


# Highlights an app to the right of reports adds to each topic of a dissemination kit
# (analysis: the topic's most often given themes), registered like the chapters:
# ``provider(cube, area)`` returns ``{topic id: [{"name", "count", "share"}]}`` with
# published figures only (``count`` None: hidden).
_topic_highlights = {}


def add_topic_highlights(provider):
    _topic_highlights[f"{provider.__module__}.{provider.__qualname__}"] = provider


def topic_highlights(cube, area):
    merged = {}
    for provider in _topic_highlights.values():
        for topic_id, rows in (provider(cube, area) or {}).items():
            merged.setdefault(topic_id, []).extend(rows)
    return merged
