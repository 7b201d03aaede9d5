"""The core works with Qt made unimportable (napari's headless contract)."""

import pathlib
import subprocess
import sys
import textwrap

CORE = pathlib.Path(__file__).resolve().parents[1] / "resnet_studio" / "core"

SCRIPT = textwrap.dedent("""
    import importlib, importlib.abc, pkgutil, sys

    class NoQt(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("PySide6", "pyqtgraph", "PyQt5", "PyQt6", "shiboken6"):
                raise ImportError(f"{name} is not allowed in resnet_studio.core")
            return None

    sys.meta_path.insert(0, NoQt())
    import resnet_studio.core as core
    for mod in pkgutil.walk_packages(core.__path__, "resnet_studio.core."):
        importlib.import_module(mod.name)
    import resnet_studio as rs
    t = rs.trace(rs.preset("d2l-resnet18"), (1, 1, 224, 224))
    assert t.totals.params == 11178378
    loaded = [m for m in sys.modules if m.split(".")[0] in ("PySide6", "pyqtgraph")]
    assert not loaded, loaded
    print("headless ok")
""")


def test_core_imports_and_runs_without_qt():
    r = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "headless ok" in r.stdout


def test_no_qt_import_statement_in_core():
    offenders = [
        str(p) for p in CORE.rglob("*.py")
        if any(line.lstrip().startswith(("import PySide6", "from PySide6", "import pyqtgraph",
                                         "from pyqtgraph"))
               for line in p.read_text().splitlines())
    ]
    assert offenders == []
