"""Receipt codes: the reporter's only key to follow a case without an account.

120 random bits from ``secrets``, written in Crockford's base 32 (no I, L, O, U) in six
groups of four, e.g. ``7KQ2-M9XD-…``. Only a SHA-256 digest is stored: with 2^120
possible codes, guessing one is hopeless, and a copy of the database does not reveal
the codes."""

import hashlib
import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 24  # 24 symbols × 5 bits = 120 bits
GROUP = 4
_READ_AS = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})


def new_receipt_code():
    raw = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    return "-".join(raw[i : i + GROUP] for i in range(0, LENGTH, GROUP))


def normalise_receipt_code(text):
    """Forgive case, spaces, dashes and look-alike letters typed by a person."""
    kept = "".join(character for character in (text or "").upper() if character.isalnum())
    return kept.translate(_READ_AS)


def receipt_digest(code):
    return hashlib.sha256(normalise_receipt_code(code).encode()).hexdigest()
