"""Journey: someone signs up for a mirror dialogue from the public toolkit page, accepts
the invitation, sets up a site and a table with a note taker; the note taker enters a
result; staff release it from the reports page (the comparison page is still a 404 to a
visitor), then approve the results for publication; a visitor follows the results page's
link to the comparison page and sees the mirror's figures beside the main dialogue's
released figures, with both bases. (Suspension closing the comparison again is tested
over HTTP in tests/dialogues/mirrors/test_mirror_views.py.)"""

import re
from urllib.parse import urlparse

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation
from playwright.sync_api import expect

from dialogues.domain.queries.mirrors import results_are_public
from dialogues.models import MirrorDialogue, Table
from reports.domain.comparisons import dialogue_comparison
from reports.domain.releases import release_results
from results.domain import storage
from results.models import ResultSubmission
from tests.dialogues.mirrors.conftest import toolkit  # noqa: F401  (fixture)
from tests.dialogues.toolkit.conftest import design  # noqa: F401  (fixture)
from tests.factories.accounts import PASSWORD, StaffFactory
from tests.factories.dialogues import TableFactory
from tests.factories.results import ResultSubmissionFactory
from wetheinternet.accounts.models import User
from wetheinternet.celery import app as celery_app
from wetheinternet.i18n.numbers import format_percent

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# k = 2 on the main dialogue (the mirror copies it at sign-up). A published count is the
# true one perturbed by up to 3, so every count below is 5 or more: no figure can be
# published under 2 and hidden, on either side.
K = 2
MAIN_TABLES = [(6, 4), (5, 5)]  # people for the first and the second option at each table
MIRROR_COUNTS = (7, 5)


def _release_main_results(main):
    """The main dialogue (the toolkit's source) with two tables' results released: its
    own partner's site in France, its one question, the same question code as the mirror's."""
    main.dialogue.anonymity_threshold = K
    main.dialogue.save(update_fields=["anonymity_threshold"])
    first, second = main.question.options.order_by("position")
    for number, (for_first, for_second) in enumerate(MAIN_TABLES, start=1):
        rows = [(main.question.pk, first.pk, for_first), (main.question.pk, second.pk, for_second)]
        ResultSubmissionFactory(
            table=TableFactory(site=main.site, number=number),
            topic=main.topic,
            people_present=for_first + for_second,
            counts=storage.packed_counts(rows),
        )
    release_results(
        main.dialogue, by=StaffFactory(), warm_open_data=False, thank_participants=False, dissemination_kits=False
    )


def _sign_up(page):
    page.goto("/en/toolkits/wti-2020/")
    page.get_by_role("link", name="Run this dialogue with your own group (mirror dialogue)").click()
    page.get_by_label("Organisation or group").fill("Ubuntu Digital Forum")
    page.get_by_label("Country").select_option("ZA")
    page.get_by_label("Expected participants").fill("24")
    page.get_by_label("First day").fill(timezone.localdate().isoformat())
    page.get_by_label("Your full name").fill("Thandiwe Nkosi")
    page.get_by_label("Your e-mail").fill("thandiwe@example.org")
    page.get_by_label("I accept the code of conduct of this toolkit").check()
    page.get_by_label("I accept the data-protection agreement above.").check()
    page.get_by_role("button", name="Start my mirror dialogue").click()
    expect(page.locator("h1")).to_have_text("Your mirror dialogue is ready")


def _accept_invitation(page, sign_in):
    link = re.search(r"https?://\S+", mail.outbox[-1].body).group(0)
    page.goto(urlparse(link).path)
    page.locator("input[name=password1]").fill(PASSWORD)
    page.locator("input[name=password2]").fill(PASSWORD)
    form_address = page.url
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(lambda url: url != form_address)
    sign_in(User.objects.get(email="thandiwe@example.org"))
    expect(page.locator("h1")).to_have_text("Partner dashboard")


def _set_up_site_and_table(page):
    page.get_by_role("link", name="Add a site").click()
    page.fill("#id_name", "Soweto Library")
    page.select_option("#id_country", "ZA")
    page.fill("#id_city", "Soweto")
    # A time zone far ahead of UTC: the site's day has begun everywhere, so the session is open.
    page.fill("#id_time_zone", "Pacific/Kiritimati")
    page.fill("#id_local_start_time", "00:00")
    page.fill("#id_languages", "en")
    page.fill("#id_capacity", "24")
    page.get_by_role("button", name="Save the site").click()
    expect(page.locator("h1")).to_have_text("Soweto Library")
    page.get_by_label("Number of tables").fill("1")
    page.get_by_label("Seats per table").fill(str(sum(MIRROR_COUNTS)))
    page.get_by_role("button", name="Create the tables").click()
    expect(page.locator(".messages")).to_contain_text("1 tables created.")
    page.get_by_role("link", name="Change table 1", exact=True).click()
    page.get_by_label("Note taker's e-mail").fill("notes@example.org")
    page.get_by_role("button", name="Save the table").click()
    expect(page.locator(".messages")).to_contain_text("Table 1 saved.")


def _enter_result(page, sign_in, sign_out, mirror):
    table = Table.objects.get(site__partner__dialogue=mirror.dialogue)
    topic = mirror.dialogue.topics.get()
    question = topic.questions.get()
    first, second = question.options.order_by("position")
    note_taker = table.note_taker
    note_taker.set_password(PASSWORD)  # chosen through their invitation link, as the organiser did above
    note_taker.save()
    sign_out()
    sign_in(note_taker)
    page.goto(reverse("results:result_entry", args=[table.pk, topic.pk]) + "?mode=counts")
    page.get_by_label("People present at the table").fill(str(sum(MIRROR_COUNTS)))
    page.fill(f"#f-count-{question.pk}-{first.pk}", str(MIRROR_COUNTS[0]))
    page.fill(f"#f-count-{question.pk}-{second.pk}", str(MIRROR_COUNTS[1]))
    page.get_by_role("button", name="Send the result").click()
    page.wait_for_url("**/results/")
    sign_out()


def _open_staff_mirror_page(page):
    page.goto("/en/staff/mirrors/")
    expect(page.locator("tbody tr")).to_contain_text("Ubuntu Digital Forum")
    page.get_by_role("link", name="Ubuntu Digital Forum").click()


def _staff_release(page, sign_in, sign_out, staff):
    """From the mirror's staff page, "Check and release its results": the reports page's
    release button (the ordinary release, nothing mirror-specific)."""
    sign_in(staff)
    _open_staff_mirror_page(page)
    page.get_by_role("link", name="Check and release its results").click()
    page.get_by_role("button", name="Release all results reported so far").click()
    expect(page.locator(".messages")).to_contain_text("Release 1 is public: every product now shows it.")
    sign_out()


def _staff_approve(page, sign_in, sign_out, staff):
    sign_in(staff)
    _open_staff_mirror_page(page)
    page.get_by_role("button", name="Approve the results for publication").click()
    expect(page.locator(".messages")).to_contain_text("The results are approved for publication.")
    expect(page.locator(".results-state")).to_contain_text("Approved for publication on")
    sign_out()


def _expected_cells(dialogue):
    """What the comparison page must show for the one question, from the domain: each
    answer's two shares and the two bases, as the page writes them."""
    compared = dialogue_comparison(dialogue)
    (question,) = compared.matched
    with translation.override("en"):
        shares = {
            answer.code: (format_percent(answer.ours.share), format_percent(answer.main.share))
            for answer in question.answers
        }
    return question, shares


def _comparison_cells(page, code):
    table = page.locator(f"table.comparison[data-question='{code}']")
    shares = {
        row.get_attribute("data-answer"): (
            row.locator("td[data-side=ours]").inner_text().strip(),
            row.locator("td[data-side=main]").inner_text().strip(),
        )
        for row in table.locator("tbody tr").all()
    }
    bases = (
        table.locator("td[data-base=ours]").inner_text().strip(),
        table.locator("td[data-base=main]").inner_text().strip(),
    )
    return table, shares, bases


def test_mirror_from_sign_up_to_its_figures_beside_the_main_dialogue(
    browser_page,
    sign_in,
    sign_out,
    eager_tasks,
    monkeypatch,
    toolkit,  # noqa: F811
):
    page = browser_page
    _release_main_results(toolkit)

    _sign_up(page)
    _accept_invitation(page, sign_in)
    _set_up_site_and_table(page)
    mirror = MirrorDialogue.objects.unscoped("test").get()
    _enter_result(page, sign_in, sign_out, mirror)
    # From here no e-mail is awaited: the release's tasks (open data, dissemination kits
    # with their PDFs) go to the broker as in production instead of holding the request.
    monkeypatch.setitem(celery_app.conf, "task_always_eager", False)
    _staff_release(page, sign_in, sign_out, StaffFactory())
    comparison_path = f"/en/reports/{mirror.dialogue.slug}/compare/"
    before_approval = page.goto(comparison_path).status
    _staff_approve(page, sign_in, sign_out, StaffFactory())  # another staff member checks

    # A visitor, signed out: the mirror's results page, then its link to the comparison.
    page.goto(f"/en/reports/{mirror.dialogue.slug}/")
    page.get_by_role("link", name="Beside We, the Internet 2020").click()
    page.wait_for_url(f"**{comparison_path}")
    expect(page.locator("h1")).to_have_text("Ubuntu Digital Forum: We, the Internet 2020 beside We, the Internet 2020")
    expect(page.locator(".comparison-bases")).to_contain_text(
        f"Ubuntu Digital Forum: We, the Internet 2020: release 1; no figure under {K} people is shown."
    )
    expect(page.locator(".comparison-bases")).to_contain_text(
        f"We, the Internet 2020: release 1, all countries; no figure under {K} people is shown."
    )
    question, expected_shares = _expected_cells(mirror.dialogue)
    table, shares, bases = _comparison_cells(page, toolkit.question.code)
    expect(table.locator("thead")).to_contain_text("Ubuntu Digital Forum: We, the Internet 2020")
    expect(table.locator("tbody")).to_contain_text("The state")
    expect(table.locator("tbody")).to_contain_text("Myself")

    mirror.refresh_from_db()
    submission = ResultSubmission.objects.get(table__site__partner__dialogue=mirror.dialogue)
    assert (before_approval, submission.people_present, results_are_public(mirror.dialogue)) == (
        404,
        sum(MIRROR_COUNTS),
        True,
    )
    # Both sides shown, each from its own release: no share hidden ("–"), and the bases
    # are each side's people perturbed by at most 3 (12 here and 20 there: they cannot
    # be swapped).
    assert shares == expected_shares
    assert all(share != "–" for pair in shares.values() for share in pair)
    assert bases == (str(question.base), str(question.main_base))
    assert abs(question.base - sum(MIRROR_COUNTS)) <= 3
    assert abs(question.main_base - sum(map(sum, MAIN_TABLES))) <= 3
    # The mirror's result stays in the mirror: the main dialogue's release holds its two tables only.
    assert ResultSubmission.objects.filter(topic__dialogue=toolkit.dialogue).count() == len(MAIN_TABLES)
