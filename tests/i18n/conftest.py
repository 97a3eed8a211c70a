import pytest
from django.utils.translation import trans_real

from wetheinternet.i18n.compiling import compile_all


@pytest.fixture(scope="session", autouse=True)
def compiled_catalogues():
    """Pages in these tests show real translations: compile the catalogues first and
    forget any catalogue loaded before."""
    compile_all()
    trans_real._translations = {}
    trans_real._default = None
