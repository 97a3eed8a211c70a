from .fixtures import setting  # noqa: F401
