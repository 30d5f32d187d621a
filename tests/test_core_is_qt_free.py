"""The core imports and works with Qt unavailable (Electrum's rule): only safetyworker.ui may use Qt."""

from __future__ import annotations

import subprocess
import sys

PROBE = r"""
import importlib, pkgutil, sys

class BlockQt:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"):
            raise ImportError(f"Qt is blocked in the core: {name}")
        return None

sys.meta_path.insert(0, BlockQt())
import safetyworker
imported = []
for info in pkgutil.walk_packages(safetyworker.__path__, "safetyworker."):
    if info.name.startswith("safetyworker.ui") or info.name.endswith("__main__"):
        continue
    importlib.import_module(info.name)
    imported.append(info.name)
from safetyworker.cli.main import build_parser
build_parser()
print(len(imported))
"""


def test_core_imports_with_qt_blocked():
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) >= 15, "the walk really imported the core modules"
