from reports.domain.redaction import name_index, redact

NAMES = name_index(["Amina Diallo", "Tomás Rivera", "Li"])


def test_redact_removes_email_phone_url_and_address():
    text = "Write to jo.doe@example.org or call +33 6 12 34 56 78, see https://ex.org/a, we meet at 12 rue de la Paix."

    redacted, removed = redact(text, NAMES)

    assert redacted == (
        "Write to [e-mail removed] or call [phone number removed], see [web address removed], "
        "we meet at [address removed]."
    )
    assert [item["kind"] for item in removed] == ["email", "url", "phone", "address"]


def test_redact_removes_full_and_single_names_case_insensitively():
    redacted, removed = redact("Ask amina diallo or Rivera about it.", NAMES)

    assert redacted == "Ask [name removed] or [name removed] about it."
    assert [item["text"] for item in removed] == ["Rivera", "amina diallo"]


def test_redact_keeps_plain_text():
    text = "Everyone should be able to get online at an affordable price in 2030."

    assert redact(text, NAMES) == (text, [])
