"""The console e-mail backend of the embedded default, made safe for logs: the message
is written with every e-mail address, reference code and the path of every link
masked, so a log (console, journal, container log) never holds a person's address or
a live way into their data. Production refuses the console backend unless told (settings.py)."""

import re

from django.core.mail.backends.console import EmailBackend as ConsoleBackend

ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
LINK = re.compile(r"\b(https?://[^\s/]+)(/\S*)?")
# Reference codes (registrations) and receipt codes (conduct): keys to a person's data.
CODE = re.compile(r"\b[A-Z0-9]{4}(?:-[A-Z0-9]{4})+\b")


def mask(text):
    """``text`` with e-mail addresses, link paths (where tokens travel) and reference
    codes hidden."""
    text = CODE.sub("[code hidden]", ADDRESS.sub("[address hidden]", text))
    return LINK.sub(lambda match: f"{match.group(1)}/[link hidden]" if match.group(2) else match.group(1), text)


class MaskedConsoleBackend(ConsoleBackend):
    def write_message(self, message):
        lines = [
            f"Subject: {message.subject}",
            f"From: {mask(message.from_email)}",
            f"To: {mask(', '.join(message.to))}",
            f"Cc: {mask(', '.join(message.cc))}" if message.cc else "",
            f"Attachments: {len(message.attachments)}" if message.attachments else "",
            "",
            mask(message.body),
        ]
        self.stream.write("\n".join(line for line in lines[:5] if line) + "\n\n" + lines[-1] + "\n")
        self.stream.write("-" * 79 + "\n")
