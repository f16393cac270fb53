"""The exceptions raised by copydesk's Python layer that the native module does not define.

Every one derives from ``CopydeskError`` and keeps the builtin base a caller may already catch.
"""

from __future__ import annotations

from copydesk._native import CopydeskError


class CopydeskImportError(CopydeskError, ImportError):
    """An optional dependency (pandas, pyarrow, dask) is not installed; the message names the
    extra to install."""

    __module__ = "copydesk"


class CopydeskKeyError(CopydeskError, KeyError):
    """A column or field that copydesk was told to read does not exist."""

    __module__ = "copydesk"

    def __str__(self) -> str:
        # KeyError quotes its message; say it plainly.
        return str(self.args[0]) if self.args else ""
