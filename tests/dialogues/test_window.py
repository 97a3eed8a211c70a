"""The dialogue's window as pages show it: one date for a one-day dialogue, first to last
day otherwise, in the reader's language."""

import datetime as dt

from django.template.loader import render_to_string
from django.utils import translation

from dialogues.models import Dialogue


def _window(dialogue, language="en"):
    with translation.override(language):
        return render_to_string("dialogues/_window.html", {"dialogue": dialogue}).strip()


def test_one_day_dialogue_shows_its_date():
    dialogue = Dialogue(deliberation_date=dt.date(2019, 11, 9))

    assert (dialogue.is_one_day, _window(dialogue)) == (True, "9 November 2019")


def test_month_long_dialogue_shows_its_first_and_last_day_in_the_readers_language():
    dialogue = Dialogue(deliberation_date=dt.date(2020, 10, 1), end_date=dt.date(2020, 10, 31))

    assert _window(dialogue) == "1 October 2020 to 31 October 2020"
    assert _window(dialogue, "fr") == "du 1 octobre 2020 au 31 octobre 2020"
    assert (dialogue.in_window(dt.date(2020, 10, 31)), dialogue.in_window(dt.date(2020, 11, 1))) == (True, False)
