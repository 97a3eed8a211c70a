"""API plumbing shared by every app's ``api/``: the JSON parser, the exception handler
and strict field types. Any body that cannot be read answers 400 JSON, never 500."""

import json

from django.conf import settings
from django.utils.translation import gettext as _
from rest_framework import serializers
from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser
from rest_framework.views import exception_handler as drf_exception_handler

from .errors import DATABASE_ERRORS, service_unavailable
from .input import CONTROL_CHARACTER_MESSAGE, NUMBER_MESSAGE, has_control_characters, parse_whole_number

MAX_DEPTH = 20  # the deepest request body of the API is 5 levels


class StrictJSONParser(JSONParser):
    """JSON with bounded nesting and no control characters in any key or string.

    The standard parser lets ``RecursionError`` escape on JSON nested ~1,000 deep; this
    one answers 400 for it, for a document nested deeper than ``MAX_DEPTH`` and for a
    string holding NUL or another control character (or a lone surrogate)."""

    def parse(self, stream, media_type=None, parser_context=None):
        encoding = (parser_context or {}).get("encoding", settings.DEFAULT_CHARSET)
        try:
            data = json.loads(stream.read().decode(encoding))
        except RecursionError:
            raise ParseError(_("The JSON document is nested too deeply.")) from None
        except ValueError as error:  # includes UnicodeDecodeError and JSONDecodeError
            raise ParseError(_("The body is not valid JSON: %(error)s") % {"error": error}) from None
        check_json_document(data)
        return data


def check_json_document(data):
    """Walk ``data`` without recursion; raise ParseError for depth or control characters."""
    pending = [(data, 1)]
    while pending:
        value, depth = pending.pop()
        if depth > MAX_DEPTH:
            raise ParseError(_("The JSON document is nested too deeply."))
        if isinstance(value, dict):
            for key, item in value.items():
                if has_control_characters(key):
                    raise ParseError(str(CONTROL_CHARACTER_MESSAGE))
                pending.append((item, depth + 1))
        elif isinstance(value, list):
            pending.extend((item, depth + 1) for item in value)
        elif isinstance(value, str) and has_control_characters(value):
            raise ParseError(str(CONTROL_CHARACTER_MESSAGE))


def exception_handler(error, context):
    """DRF's handler, plus: an unreachable database answers 503 JSON with ``Retry-After``;
    a body that cannot be read (whatever raised it while parsing) answers 400 JSON."""
    response = drf_exception_handler(error, context)
    if response is not None:
        return response
    if isinstance(error, DATABASE_ERRORS):
        return service_unavailable(context["request"])
    if isinstance(error, (RecursionError, UnicodeError)):
        return drf_exception_handler(ParseError(_("The request body could not be read.")), context)
    return None


class WholeNumberField(serializers.IntegerField):
    """An integer read strictly: a JSON number without fraction, or a string of ASCII
    digits (never ``true``, ``"٣"``, ``"²"``, ``"1e3"`` or ``5.0``)."""

    default_error_messages = {"invalid": NUMBER_MESSAGE}

    def to_internal_value(self, data):
        if isinstance(data, bool) or isinstance(data, float):
            self.fail("invalid")
        if isinstance(data, int):
            return data
        number = parse_whole_number(data) if isinstance(data, str) else None
        if number is None:
            self.fail("invalid")
        return number
