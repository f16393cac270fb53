"""Registers the ``series.copydesk`` accessor without importing pandas at ``import copydesk``.

If pandas is already imported the accessor is registered at once; otherwise a one-shot import
hook registers it right after pandas finishes importing, whichever import order the user picks.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import sys
import types
from typing import Any, Sequence


def _register() -> None:
    try:
        import copydesk.pandas  # noqa: F401  (registering is the import's side effect)
    except ImportError:  # pragma: no cover - a pandas too old or broken: frames will say so
        pass


class _PandasImportHook(importlib.abc.MetaPathFinder):
    """Wraps the loader of the top-level ``pandas`` module so the accessor is registered once
    the module has run. It removes itself at the first ``pandas`` lookup."""

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None,
        target: types.ModuleType | None = None,
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname != "pandas":
            return None
        if self in sys.meta_path:
            sys.meta_path.remove(self)
        spec = importlib.util.find_spec("pandas")
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return spec
        loader: Any = spec.loader
        run_module = loader.exec_module

        def exec_module(module: types.ModuleType) -> None:
            run_module(module)
            _register()

        loader.exec_module = exec_module
        return spec


def register_accessor_when_pandas_loads(modules: dict[str, types.ModuleType]) -> None:
    """Register the accessor now if pandas is imported, else when it is."""
    if "pandas" in modules:
        _register()
    elif not any(isinstance(f, _PandasImportHook) for f in sys.meta_path):
        sys.meta_path.insert(0, _PandasImportHook())
