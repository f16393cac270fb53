"""Optional dependencies (pyarrow, polars), imported only by the functions that need them."""

from __future__ import annotations

import importlib
from types import ModuleType

from copydesk._errors import CopydeskImportError


def require(module: str, extra: str, feature: str) -> ModuleType:
    """Import ``module``, or raise CopydeskImportError naming the extra that installs it.

    >>> require("json", "none", "a test").__name__
    'json'
    """
    try:
        return importlib.import_module(module)
    except ImportError as err:
        raise CopydeskImportError(
            f"{feature} needs {module}: pip install '.[{extra}]' from a copydesk clone"
        ) from err
