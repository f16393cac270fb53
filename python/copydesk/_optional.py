"""Optional dependencies, imported only by the functions that need them."""

from __future__ import annotations

import importlib
from types import ModuleType

from copydesk._native import CopydeskError


class CopydeskImportError(CopydeskError, ImportError):
    """An optional dependency is missing; the message names the extra that installs it."""


def require(module: str, extra: str, feature: str) -> ModuleType:
    """Import ``module``, or raise CopydeskImportError naming ``pip install 'copydesk[extra]'``.

    >>> require("json", "none", "a test").__name__
    'json'
    """
    try:
        return importlib.import_module(module)
    except ImportError as err:
        raise CopydeskImportError(
            f"{feature} needs {module}: pip install 'copydesk[{extra}]'"
        ) from err
