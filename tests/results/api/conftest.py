from tests.dialogues.results.fixtures import setting  # noqa: F401
