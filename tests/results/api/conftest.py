from tests.results.fixtures import setting  # noqa: F401
