"""One way to list many rows: search, filters, whitelisted sorting and pagination.

Search is accent- and case-insensitive and matches several words in any order, the same
on SQLite and PostgreSQL: a searchable model keeps a ``search_text`` column holding
``normalise_search_text(...)`` of its searchable fields (maintained on save), and a query
is normalised the same way and split into words, every word having to occur
(``icontains`` on the normalised column, ANDed). "Karim Fontaine", "fontaine karim" and
"FONTAINE" all find Karim Fontaine; "Héloïse" finds "Heloise".

A text that must not be copied (open answers: erasure scrubs the text itself, and a
folded copy would escape it) is folded by the database at query time instead
(``ListSpec(fold_in_database=True)``, ``Folded``): ``LOWER(UNACCENT(...))`` on
PostgreSQL (the ``unaccent`` extension, migration core 0005), the same Python folding
as ``normalise_search_text`` registered as SQLite's ``wti_fold`` (``core.apps``).
Nothing is stored; a full scan of the filtered rows, fine for a dialogue's answers.

A view calls ``list_page(request, queryset, spec, key=...)``: bad parameters (an unknown sort, a
page past the end, a filter value not offered) fall back to the defaults, never a 500.
Search words can be personal data: they are posted (``remember_query``) and kept in the
session, never in the address, so they stay out of access logs."""

import unicodedata
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import Func, Q, TextField

MAX_QUERY_LENGTH = 100
MAX_WORDS = 8
PER_PAGE = 50


def fold_text(text):
    """Lower case with accents taken off (SQLite's ``wti_fold``; None stays None)."""
    if text is None:
        return None
    decomposed = unicodedata.normalize("NFKD", str(text).casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def normalise_search_text(*parts):
    """Lower case, accents taken off, spaces collapsed: what ``search_text`` stores and
    what a query is compared with."""
    return " ".join(fold_text(" ".join(str(part) for part in parts if part)).split())


class Folded(Func):
    """A text column lower-cased with its accents taken off, by the database, at query
    time (nothing stored): compare it with ``search_words``."""

    output_field = TextField()
    function = "LOWER"

    def as_sqlite(self, compiler, connection, **extra):
        return super().as_sql(compiler, connection, function="wti_fold", **extra)

    def as_postgresql(self, compiler, connection, **extra):
        return super().as_sql(compiler, connection, template="LOWER(UNACCENT(%(expressions)s))", **extra)


def search_words(query):
    """The normalised words of a query (at most ``MAX_WORDS``, duplicates dropped)."""
    words = normalise_search_text((query or "")[:MAX_QUERY_LENGTH]).split()
    return list(dict.fromkeys(words))[:MAX_WORDS]


def words_filter(query, field="search_text"):
    """A ``Q`` requiring every word of ``query`` in ``field``; None for an empty query."""
    words = search_words(query)
    if not words:
        return None
    condition = Q()
    for word in words:
        condition &= Q(**{f"{field}__icontains": word})
    return condition


def search(queryset, query, field="search_text", *, fold_in_database=False):
    """``queryset`` where every word of ``query`` occurs in ``field`` (a column kept
    normalised, or any text column folded by the database with ``fold_in_database``)."""
    if fold_in_database:
        condition = words_filter(query, "folded_search_field")
        return queryset if condition is None else queryset.alias(folded_search_field=Folded(field)).filter(condition)
    condition = words_filter(query, field)
    return queryset if condition is None else queryset.filter(condition)


@dataclass(frozen=True)
class Sort:
    label: str
    order_by: tuple


@dataclass(frozen=True)
class Filter:
    """A filter offered on a list: ``lookup`` is the field compared, ``choices`` the
    (value, label) pairs offered; any other value is ignored."""

    label: str
    lookup: str
    choices: tuple


@dataclass
class ListSpec:
    sorts: dict  # key -> Sort; "-key" sorts the other way
    default_sort: str
    filters: dict = field(default_factory=dict)  # name -> Filter
    search_field: str | None = "search_text"
    fold_in_database: bool = False  # search_field is the text as written, folded by the database (not copied)
    per_page: int = PER_PAGE
    keep: tuple = ()  # other parameters of the page (a filter form's) kept in its links


@dataclass
class ListPage:
    page: object
    query: str
    sort: str
    filters: dict
    sort_links: list
    filter_options: list
    previous_url: str | None
    next_url: str | None
    export_query: str

    @property
    def rows(self):
        return self.page.object_list


def remembered_query(request, key):
    """The search words of list ``key``, kept in the session (names are personal data and
    stay out of addresses, and so out of access logs)."""
    return request.session.get(f"list-search:{key}", "")


def remember_query(request, key):
    """Keep the words posted in ``q`` as list ``key``'s search (an empty one clears it)."""
    request.session[f"list-search:{key}"] = (request.POST.get("q") or "")[:MAX_QUERY_LENGTH].strip()


def apply_list(queryset, params, spec, *, query=""):
    """``queryset`` searched for ``query``, filtered and sorted by ``params`` (a QueryDict
    or dict), and what was applied: ``(queryset, query, sort, filters)``. Exports use this
    too, so an export holds exactly what the list shows (every page)."""
    query = (query or "")[:MAX_QUERY_LENGTH].strip() if spec.search_field else ""
    if query:
        queryset = search(queryset, query, spec.search_field, fold_in_database=spec.fold_in_database)
    chosen = {}
    for name, offered in spec.filters.items():
        value = params.get(name) or ""
        if value in {str(choice) for choice, _label in offered.choices}:
            chosen[name] = value
            queryset = queryset.filter(**{offered.lookup: value})
    sort = params.get("sort") or spec.default_sort
    if sort.lstrip("-") not in spec.sorts:
        sort = spec.default_sort
    order = spec.sorts[sort.lstrip("-")].order_by
    if sort.startswith("-"):
        order = tuple(term[1:] if term.startswith("-") else f"-{term}" for term in order)
    return queryset.order_by(*order), query, sort, chosen


def list_page(request, queryset, spec, *, key):
    """One page of ``queryset`` for the list's parameters in ``request.GET`` and the
    search remembered for list ``key``."""
    queryset, query, sort, chosen = apply_list(queryset, request.GET, spec, query=remembered_query(request, key))
    page = Paginator(queryset, spec.per_page).get_page(request.GET.get("page"))
    kept = {"sort": sort, **chosen, **{name: request.GET.get(name, "") for name in spec.keep}}

    def url(**changes):
        params = {key: value for key, value in {**kept, **changes}.items() if value not in ("", None)}
        return "?" + urlencode(params)

    sort_links = []
    for key, option in spec.sorts.items():
        active = sort.lstrip("-") == key
        descending = active and sort.startswith("-")
        sort_links.append(
            {
                "key": key,
                "label": option.label,
                "active": active,
                "descending": descending,
                "url": url(sort=f"-{key}" if active and not descending else key, page=None),
            }
        )
    filter_options = [
        {"name": name, "label": offered.label, "choices": offered.choices, "value": chosen.get(name, "")}
        for name, offered in spec.filters.items()
    ]
    return ListPage(
        page=page,
        query=query,
        sort=sort,
        filters=chosen,
        sort_links=sort_links,
        filter_options=filter_options,
        previous_url=url(page=page.previous_page_number()) if page.has_previous() else None,
        next_url=url(page=page.next_page_number()) if page.has_next() else None,
        export_query=urlencode({key: value for key, value in kept.items() if value}),
    )
