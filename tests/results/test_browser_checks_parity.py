"""The browser's checks (``results-checks.js``, run here by Node) give exactly the
server's messages, field by field, for the same form: 300 random forms in each entry
mode, read and checked the way the entry page does (``parse_entry_post``, then
``clean_result``). Only ASCII input: a number box in a browser holds nothing else."""

import json
import random
import shutil
import subprocess
from pathlib import Path

import pytest
from django.http import QueryDict

from results.domain.errors import ResultInvalid
from results.domain.payload import clean_result
from results.domain.questions import session_questions
from results.interfaces.checks import browser_checks
from results.interfaces.form import parse_entry_post

pytestmark = pytest.mark.django_db

SCRIPT = Path(__file__).resolve().parents[2] / "wetheinternet" / "static" / "js" / "results-checks.js"
RUNNER = """
globalThis.window = globalThis;
require(process.argv[1]);
const cases = JSON.parse(require("fs").readFileSync(0, "utf8"));
const results = cases.map(({ fields, rules }) => {
  const values = new Map();
  fields.forEach(([name, value]) => values.set(name, (values.get(name) || []).concat([value])));
  return window.WtiResultChecks.check(values, rules);
});
process.stdout.write(JSON.stringify(results));
"""
NUMBERS = ["", "", "0", "1", "2", "3", "4", "6", "7", "12", "1.5", "-1", " 3 ", "x"]


def number(rng, usual):
    """Mostly a plausible value (so that many forms pass), sometimes anything."""
    return rng.choice(usual) if rng.random() < 0.85 else rng.choice(NUMBERS)


def server_errors(table, questions, mode, fields):
    post = QueryDict(mutable=True)
    for name, value in fields:
        post.appendlist(name, value)
    parsed = parse_entry_post(post, table, questions, mode)
    errors = {key: value for key, value in parsed.errors.items() if key != "client_id"}
    if errors:
        return errors
    try:
        clean_result(table, questions, parsed.payload)
    except ResultInvalid as invalid:
        return parsed.form_errors(invalid.errors)
    return {}


def random_form(rng, setting, questions, mode):
    fields = [("client_id", "0b8f4f9e-6f1e-4b8e-9a57-2d7b1f0c3c11"), ("people_present", number(rng, ["6", "5"]))]
    if mode == "counts":
        for question in questions.closed:
            keys = [str(o.pk) for o in question.options.all()] + (["blank"] if question.allows_abstention else [])
            fields += [(f"count.{question.pk}.{key}", number(rng, ["", "0", "1"])) for key in keys]
    else:
        for seat in range(1, setting.table.capacity + 1):
            if rng.random() < 0.5:
                continue
            careless = rng.random() < 0.15
            for question in questions.closed:
                choices = [str(o.pk) for o in question.options.all()] + (["blank"] if question.allows_abstention else [])
                most = 3 if careless and question.kind == "multiple_choice" else (2 if question.kind == "multiple_choice" else 1)
                picked = rng.sample(choices, rng.randint(0 if careless else 1, most))
                fields += [(f"ballot.{seat}.{question.pk}", value) for value in picked or [""]]
    for question in questions.open:
        for row in range(1, 4):
            text = rng.choice(["", "Open data", "Open data", "  "])
            rank = str(row) if rng.random() < 0.85 else rng.choice(["", "1", "4", "0", "x"])
            fields += [(f"open.{question.pk}.{row}.text", text), (f"open.{question.pk}.{row}.rank", rank)]
    return fields


@pytest.mark.skipif(not shutil.which("node"), reason="Node.js runs the browser's checks")
@pytest.mark.parametrize("mode", ["counts", "ballots"])
def test_browser_checks_match_the_server_on_random_forms(setting, mode):
    rng = random.Random(f"parity-{mode}")
    questions = session_questions(setting.topic)
    rules = browser_checks(setting.table, questions, mode)
    forms = [random_form(rng, setting, questions, mode) for _ in range(300)]

    answer = subprocess.run(
        ["node", "-e", RUNNER, str(SCRIPT)], input=json.dumps([{"fields": f, "rules": rules} for f in forms]),
        capture_output=True, text=True, check=True, timeout=60,
    )

    browser = json.loads(answer.stdout)
    server = [server_errors(setting.table, questions, mode, fields) for fields in forms]
    mismatches = [(fields, b, s) for fields, b, s in zip(forms, browser, server, strict=True) if b != s]
    assert mismatches == []
    assert sum(1 for errors in server if errors) > 100 and sum(1 for errors in server if not errors) > 10
