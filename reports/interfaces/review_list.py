"""How the open-answer review is searched, sorted and paged (``wetheinternet/core/lists.py``);
its state and kind filters are the page's own, kept in the links."""

from django.utils.translation import gettext_lazy as _

from wetheinternet.core.lists import ListSpec, Sort

REVIEWS_KEY = "open-answer-reviews"
# Each answer on the page is analysed for the highlights (10 to 70 ms each, the French
# language model being the slowest), so a page holds 25.
PAGE_SIZE = 25


def review_list_spec():
    """Search the text as it would be published (every word, case and accents ignored).
    The database folds the text at query time (``fold_in_database``): the texts are not
    copied into a normalised column, since an erasure scrubs the texts themselves and
    must leave no copy."""
    return ListSpec(
        sorts={
            "question": Sort(_("Question"), ("answer__question", "id")),
            "country": Sort(_("Country"), ("answer__submission__table__site__country", "id")),
            "newest": Sort(_("Newest"), ("-answer__submission__submitted_at", "-id")),
        },
        default_sort="question",
        search_field="redacted_text",
        fold_in_database=True,
        per_page=PAGE_SIZE,
        keep=("state", "kind"),
    )
