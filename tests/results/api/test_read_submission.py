"""``read_submission`` (the API's plain reading of a result body) gives exactly the
serializer's validated data, and never accepts a body the serializer refuses."""

import copy
import json
import random
import uuid

import pytest
import rest_framework.views  # noqa: F401 - first, as in the app: DRF's views load the project's parser

from results.api.serializers import SubmissionInSerializer, read_submission


def _plain(value):
    return json.loads(json.dumps(value, default=str))


def _valid_body(rng):
    return {
        "client_id": str(uuid.UUID(int=rng.getrandbits(128))),
        "replaces": rng.choice([None, str(uuid.UUID(int=rng.getrandbits(128)))]),
        "people_present": rng.randint(0, 8),
        "entry_mode": rng.choice(["ballots", "counts"]),
        "ballots": [{"seat": seat, "answers": [{"question": q, "options": [q * 10 + seat % 3]} for q in (1, 2)]}
                    for seat in range(1, rng.randint(1, 6))],
        "counts": [{"question": 3, "option": rng.choice([None, 31]), "count": rng.randint(0, 5)}],
        "open_answers": [{"question": 4, "text": "  Public spaces  ", "rank": rng.choice([None, 1])}],
    }


ODD_VALUES = [None, True, False, 0, -1, 1, 2**31, 10001, 1.0, 2.5, "", " ", "3", "٣", "x", "\x00", "\ud800", [],
              [1], {}, {"question": 1}, "x" * 2001, "00000000-0000-0000-0000-000000000000", 101, 1001, 51 * [1]]


def _mutations(body):
    """The body with, at every place in it, each odd value put instead, the key dropped,
    or an extra key added beside it."""
    paths = []

    def walk(node, path):
        items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        for key, value in items:
            paths.append((*path, key))
            walk(value, (*path, key))

    walk(body, ())
    for *parents, last in paths:
        for change in [*ODD_VALUES, "drop", "extra"]:
            changed = copy.deepcopy(body)
            node = changed
            for step in parents:
                node = node[step]
            if change == "drop" and isinstance(node, dict):
                del node[last]
            elif change == "extra" and isinstance(node, dict):
                node["extra"] = 1
            else:
                node[last] = copy.deepcopy(change)
            yield changed


@pytest.mark.parametrize("seed", range(3))
def test_read_submission_agrees_with_the_serializer(seed):
    body = _valid_body(random.Random(seed))
    for candidate in [body, *_mutations(body)]:
        serializer = SubmissionInSerializer(data=candidate)
        valid = serializer.is_valid()
        read = read_submission(candidate)

        assert read is None or valid, candidate
        if read is not None:
            assert _plain(read) == _plain(serializer.validated_data)


def test_a_plain_valid_body_is_read_without_the_serializer():
    body = _valid_body(random.Random(1))

    assert read_submission(body) is not None
    assert read_submission(body)["open_answers"][0]["text"] == "Public spaces"
