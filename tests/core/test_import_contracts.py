"""The import contracts of `make lint` (pyproject.toml) catch an import against the order,
even one hidden inside a function: lint-imports runs on a copy of the code with one such
import added, and must fail naming it. (`make lint` itself checks that the real code
keeps every contract.)"""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ["wetheinternet", "dialogues", "conduct", "registrations", "results", "reports", "analysis"]
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def _copy_of_the_code(folder):
    for package in PACKAGES:
        shutil.copytree(
            ROOT / package,
            folder / package,
            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
            ignore_dangling_symlinks=True,
            symlinks=False,
            copy_function=lambda src, dst: shutil.copy(src, dst) if src.endswith(".py") else None,
        )
    shutil.copy(ROOT / "pyproject.toml", folder / "pyproject.toml")


def _lint(folder, contract):
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--no-logo", "--config", "pyproject.toml", "--contract", contract],
        cwd=folder,
        env={"PYTHONPATH": str(folder), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("module", "added", "contract", "reported"),
    [
        # dialogues reaching up into registrations from inside a function
        (
            "dialogues/domain/sites.py",
            "\n\ndef _scratch():\n    from registrations.models import Registrant  # noqa\n",
            "apps",
            "dialogues.domain.sites -> registrations.models",
        ),
        # a model importing the domain of its own app
        (
            "conduct/models/codes.py",
            "\nfrom conduct.domain import versions  # noqa\n",
            "conduct-layers",
            "conduct.models.codes -> conduct.domain.versions",
        ),
    ],
)
def test_an_import_against_the_order_fails_the_lint(tmp_path, module, added, contract, reported):
    _copy_of_the_code(tmp_path)
    with open(tmp_path / module, "a") as source:
        source.write(added)

    result = _lint(tmp_path, contract)

    assert (result.returncode, "BROKEN" in result.stdout, reported in result.stdout) == (1, True, True), result.stdout
