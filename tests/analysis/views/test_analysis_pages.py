import io
import re

from django.urls import reverse

from analysis.models import AnswerTranslation, Theme, ThemeTag
from reports.enums import ReviewState
from tests.factories.dialogues import DialogueFactory, PartnerMembershipFactory
from tests.helpers import signed_in


def test_staff_define_a_theme_with_names_in_two_languages(client, staff_user, tiny, question):
    signed_in(client, staff_user)

    response = client.post(reverse("analysis:codebook", args=[tiny.slug]), {
        "question": question.pk, "name_en": "Affordable access", "name_fr": "Accès abordable",
        "description_en": "Prices", "position": "0",
    })

    theme = Theme.objects.get()
    assert response.status_code == 302
    assert (theme.name_en, theme.name_fr, theme.question) == ("Affordable access", "Accès abordable", question)


def test_a_theme_without_a_name_in_the_main_language_is_refused_with_a_message(client, analyst, tiny, question):
    signed_in(client, analyst)

    response = client.post(reverse("analysis:codebook", args=[tiny.slug]),
                           {"question": question.pk, "name_fr": "Accès", "position": "0"})

    assert response.status_code == 200
    assert "Give the theme a name in the dialogue&#x27;s main language." in response.content.decode()
    assert Theme.objects.count() == 0


def test_analyst_tags_answers_in_bulk(client, analyst, tiny, answers, themes):
    signed_in(client, analyst)
    ids = [str(review.pk) for review in answers[:4]]

    response = client.post(reverse("analysis:tag", args=[tiny.slug]),
                           {"answer": ids, "themes": [themes[0].pk, themes[1].pk], "action": "add",
                            "query": "country=FR"})

    assert response.status_code == 302
    assert response.url.endswith("?country=FR")
    assert sorted(ThemeTag.objects.values_list("review_id", "theme_id")) == sorted(
        (int(i), t.pk) for i in ids for t in themes)


def test_answer_list_filters_by_country_and_words_and_shows_the_translation(client, analyst, tiny, question, answers):
    review = answers[0]
    AnswerTranslation.objects.create(review=review, language="fr", text="Une traduction unique", source="entered")
    country = review.answer.submission.table.site.country.code
    signed_in(client, analyst)

    page = client.get(reverse("analysis:answers", args=[tiny.slug]),
                      {"question": question.pk, "country": country, "q": "traduction unique"})

    html = page.content.decode()
    assert list(page.context["page"].object_list) == [review]
    assert review.redacted_text in html and "Une traduction unique" in html


def test_analyst_never_sees_an_answer_waiting_for_review_nor_the_review_page(client, analyst, tiny, answers):
    pending = answers[0]
    pending.state = ReviewState.PENDING
    pending.redacted_text = "A pending answer nobody approved"
    pending.save()
    signed_in(client, analyst)

    page = client.get(reverse("analysis:answers", args=[tiny.slug]))
    reviews = client.get(reverse("reports:reviews", args=[tiny.slug]))
    translate = client.post(reverse("analysis:translate", args=[tiny.slug, pending.pk]),
                            {"language": "fr", "text": "x"})

    assert pending not in page.context["page"].paginator.object_list
    assert "A pending answer nobody approved" not in page.content.decode()
    assert reviews.status_code == 403
    assert translate.status_code == 403


def test_translator_translates_but_may_not_tag_nor_edit_the_codebook(client, translator, tiny, answers, themes):
    signed_in(client, translator)

    saved = client.post(reverse("analysis:translate", args=[tiny.slug, answers[0].pk]),
                        {"language": "fr", "text": "Une traduction"})
    tagged = client.post(reverse("analysis:tag", args=[tiny.slug]), {"answer": [answers[0].pk], "themes": [themes[0].pk]})
    codebook = client.get(reverse("analysis:codebook", args=[tiny.slug]))

    assert saved.status_code == 302
    assert AnswerTranslation.objects.get().text == "Une traduction"
    assert tagged.status_code == 403 and codebook.status_code == 403
    assert ThemeTag.objects.count() == 0


def test_analyst_may_not_translate_nor_write_recommendations(client, analyst, tiny, answers):
    signed_in(client, analyst)

    translate = client.post(reverse("analysis:translate", args=[tiny.slug, answers[0].pk]),
                            {"language": "fr", "text": "x"})
    recommendations = client.get(reverse("analysis:recommendations", args=[tiny.slug]))

    assert (translate.status_code, recommendations.status_code) == (403, 403)
    assert AnswerTranslation.objects.count() == 0


def test_partner_member_and_visitor_are_refused_the_analysis_pages(client, tiny, themes):
    member = PartnerMembershipFactory(partner=tiny.partners.first()).user
    urls = [reverse("analysis:answers", args=[tiny.slug]), reverse("analysis:codebook", args=[tiny.slug]),
            reverse("analysis:counts", args=[tiny.slug])]

    anonymous = [client.get(url).status_code for url in urls]
    client.force_login(member)
    partner = [client.get(url).status_code for url in urls]

    assert anonymous == [302, 302, 302]
    assert partner == [403, 403, 403]


def test_counts_page_shows_hidden_for_a_small_theme(client, analyst, tiny, answers, themes):
    ThemeTag.objects.create(theme=themes[0], review=answers[0])
    signed_in(client, analyst)

    page = client.get(reverse("analysis:counts", args=[tiny.slug]))

    world = page.context["sections"][0]["rows"][0]
    assert world[0] == "The world"
    assert world[1].counts == [None, 0]
    assert "hidden" in page.content.decode()


def test_translation_import_page_refuses_a_file_with_a_bad_row_and_lists_it(client, translator, tiny, answers):
    signed_in(client, translator)
    upload = io.BytesIO(f"answer,language,translation\n{answers[0].pk},fr,Bon\n999999,fr,Mauvais\n".encode())
    upload.name = "translations.csv"

    response = client.post(reverse("analysis:import_translations", args=[tiny.slug]), {"file": upload})

    html = response.content.decode()
    assert response.status_code == 400
    assert "Row 3:" in html and "“999999” is not an approved answer of this dialogue." in html
    assert AnswerTranslation.objects.count() == 0


def test_translation_import_refuses_a_file_that_is_not_csv(client, translator, tiny):
    signed_in(client, translator)
    upload = io.BytesIO(b"%PDF-1.4")
    upload.name = "translations.pdf"

    response = client.post(reverse("analysis:import_translations", args=[tiny.slug]), {"file": upload})

    assert response.status_code == 200
    assert "Send a CSV file (.csv)." in response.content.decode()


def test_analyst_translates_a_theme_name_and_a_partner_member_may_not_edit_it(client, analyst, tiny, themes):
    theme = themes[0]
    url = reverse("analysis:edit_theme", args=[tiny.slug, theme.pk])
    member = PartnerMembershipFactory(partner=tiny.partners.first()).user
    client.force_login(member)
    refused = client.post(url, {"name_en": "Forged", "position": "0"})
    client.logout()
    signed_in(client, analyst)

    client.post(url, {"name_en": "Access", "name_ar": "الوصول", "position": "3"})

    theme.refresh_from_db()
    assert refused.status_code == 403
    assert (theme.name_en, theme.name_ar, theme.position) == ("Access", "الوصول", 3)


def test_a_theme_of_another_dialogue_is_not_found(client, analyst, tiny, themes):
    other = DialogueFactory()
    signed_in(client, analyst)

    response = client.get(reverse("analysis:edit_theme", args=[other.slug, themes[0].pk]))

    assert response.status_code == 404


def test_refused_translation_shows_the_error_summary_beside_its_answer_and_keeps_the_text(client, translator, tiny,
                                                                                         answers):
    signed_in(client, translator)
    review = answers[0]
    typed = "Une traduction " + "trop longue " * 200  # over 2,000 characters

    response = client.post(reverse("analysis:translate", args=[tiny.slug, review.pk]),
                           {"language": "fr", "text": typed, "query": "q=zzz-matches-nothing"})
    html = response.content.decode()

    assert response.status_code == 400
    assert f'href="#text-{review.pk}"' in html  # the error summary links to the field
    assert typed.strip() in html  # what was typed is kept
    described = re.search(rf'id="text-{review.pk}"[^>]*aria-describedby="([^"]+)"', html)
    described = described or re.search(rf'aria-describedby="([^"]+)"[^>]*id="text-{review.pk}"', html)
    assert described and all(f'id="{target}"' in html for target in described.group(1).split())
    assert AnswerTranslation.objects.count() == 0
