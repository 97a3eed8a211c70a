"""Visible text in templates outside ``{% translate %}`` and ``{% blocktranslate %}``.

The template is cut into tokens with Django's own lexer; tags and variables become a
placeholder, translated blocks and comments disappear, and what is left is parsed as
HTML: text nodes (outside script and style) and the attributes people read or hear
(alt, title, placeholder, aria-label, button values) must not contain words."""

import re
from html.parser import HTMLParser

from django.template.base import Lexer, TokenType

from . import Finding, has_letters

PLACEHOLDER = "\ue000"
SKIPPED_BLOCKS = {"blocktranslate": "endblocktranslate", "blocktrans": "endblocktrans", "comment": "endcomment"}
READ_ATTRIBUTES = {"alt", "title", "placeholder", "aria-label", "aria-description", "aria-roledescription"}
BUTTON_INPUT_TYPES = {"submit", "button", "reset"}
LITERAL_FILTER_ARGUMENT = re.compile(r"\|\s*(default|default_if_none|yesno)\s*:\s*(\"[^\"]*\"|'[^']*')")


def unmarked_template_text(path, source):
    """Findings for one template; ``path`` is only used to name them."""
    text, findings = _text_without_translations(path, source)
    if str(path).endswith(".txt"):
        findings += _plain_text_findings(path, text)
    else:
        parser = _VisibleTextParser(path)
        parser.feed(text)
        parser.close()
        findings += parser.findings
    return findings


def _text_without_translations(path, source):
    """The template with tags and variables replaced by a placeholder and translated
    blocks removed (newlines kept so that line numbers stay right)."""
    pieces, findings, closing = [], [], None
    for token in Lexer(source).tokenize():
        if closing is not None:
            if token.token_type == TokenType.BLOCK and token.contents.split()[0] == closing:
                closing = None
            pieces.append("\n" * token.contents.count("\n"))
            continue
        if token.token_type == TokenType.TEXT:
            pieces.append(token.contents)
            continue
        if token.token_type == TokenType.BLOCK and token.contents.split()[0] in SKIPPED_BLOCKS:
            closing = SKIPPED_BLOCKS[token.contents.split()[0]]
        if token.token_type == TokenType.VAR:
            findings += _literal_filter_findings(path, token)
        pieces.append(PLACEHOLDER + "\n" * token.contents.count("\n"))
    return "".join(pieces), findings


def _literal_filter_findings(path, token):
    return [
        Finding(str(path), token.lineno, argument.strip("\"'"), f"untranslated argument of |{name}")
        for name, argument in LITERAL_FILTER_ARGUMENT.findall(token.contents)
        if has_letters(argument)
    ]


def _plain_text_findings(path, text):
    return [
        Finding(str(path), number, line.replace(PLACEHOLDER, " ").strip(), "untranslated text")
        for number, line in enumerate(text.splitlines(), start=1)
        if has_letters(line.replace(PLACEHOLDER, " "))
    ]


class _VisibleTextParser(HTMLParser):
    def __init__(self, path):
        super().__init__(convert_charrefs=True)
        self.path = str(path)
        self.hidden_depth = 0
        self.findings = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.hidden_depth += 1
        attributes = dict(attrs)
        read = set(READ_ATTRIBUTES)
        if tag == "input" and (attributes.get("type") or "").lower() in BUTTON_INPUT_TYPES:
            read.add("value")
        for name, value in attrs:
            if name in read and value and has_letters(value.replace(PLACEHOLDER, " ")):
                self._add(value, f"untranslated {name} attribute")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.hidden_depth:
            self.hidden_depth -= 1

    def handle_data(self, data):
        visible = data.replace(PLACEHOLDER, " ").strip()
        if not self.hidden_depth and has_letters(visible):
            self._add(data, "untranslated text")

    def _add(self, text, reason):
        line, _offset = self.getpos()
        self.findings.append(Finding(self.path, line, " ".join(text.replace(PLACEHOLDER, "…").split()), reason))
