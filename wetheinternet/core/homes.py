"""The role-based home pages: each app registers the home of each of its roles when it
starts (``AppConfig.ready``), so the dispatcher (``views.home``) knows no app."""

from dataclasses import dataclass

from django.utils.functional import Promise


@dataclass(frozen=True)
class HomePage:
    precedence: int  # lower first: a user with several roles sees them in this order
    permission: str
    url_name: str
    title: Promise
    description: Promise


_home_pages = {}


def register_home_page(page):
    """Add ``page`` (registering the same URL name again replaces it)."""
    _home_pages[page.url_name] = page


def home_pages_for(user):
    """The home pages ``user`` may open, in order of precedence."""
    pages = sorted(_home_pages.values(), key=lambda page: page.precedence)
    return [page for page in pages if user.has_perm(page.permission)]
