"""The wheel carries its data: built from this checkout and installed into a folder outside
it, the studio trains an epoch on the embedded sample and speaks Chinese from there."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# Runs with only the installed wheel on sys.path: where the package came from, one epoch
# on the sample, and a menu title through the shipped Chinese translation.
PROBE = textwrap.dedent("""
    import json, os, sys
    import resnet_studio
    from resnet_studio.cli import main
    from resnet_studio.core.paths import resources_dir
    run_dir = os.path.join(os.environ["RESNET_STUDIO_HOME"], "run")
    code = main(["train", "d2l-resnet18", "--dataset", "fashion-mnist-sample", "--epochs", "1",
                 "--resize", "native", "--batch-size", "32", "--train-limit", "64",
                 "--test-limit", "32", "--device", "cpu", "--quiet", "--run-dir", run_dir])
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication
    from resnet_studio.ui.common.i18n import language_manager
    app = QApplication([])
    language = language_manager().apply("zh_CN", persist=False)
    print("PROBE " + json.dumps({
        "package": resnet_studio.__file__, "resources": str(resources_dir()),
        "train_exit": code, "metrics": os.path.isfile(os.path.join(run_dir, "metrics.jsonl")),
        "language": language, "file_menu": QCoreApplication.translate("MainWindow", "&File"),
    }))
""")


def _pip(*args: str, cwd: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "pip", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The wheel built from a copy of the checkout (no build files left in it), installed
    with ``pip install --no-deps --target``; the folder holding the installed package."""
    base = tmp_path_factory.mktemp("wheel")
    source = base / "source"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("resnet_studio", "resources"):
        shutil.copytree(ROOT / name, source / name, ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    _pip("wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(base / "dist"), ".",
         cwd=source)
    wheels = list((base / "dist").glob("resnet_studio-*.whl"))
    assert len(wheels) == 1, wheels
    target = base / "site"
    _pip("install", "--no-deps", "--no-compile", "-q", "--target", str(target), str(wheels[0]),
         cwd=base)
    shutil.rmtree(source)  # nothing of the checkout left to fall back on
    return target


def test_the_installed_wheel_trains_on_its_sample_and_speaks_chinese(installed, tmp_path):
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "RESNET_STUDIO_LANG")}
    env.update(PYTHONPATH=str(installed), RESNET_STUDIO_HOME=str(home),
               QT_QPA_PLATFORM="offscreen", PYTHONNOUSERSITE="1")
    done = subprocess.run([sys.executable, "-c", PROBE], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=600)
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("PROBE ")]
    assert done.returncode == 0 and lines, done.stdout[-2000:] + done.stderr[-3000:]
    probe = json.loads(lines[-1][len("PROBE "):])
    assert Path(probe["package"]).is_relative_to(installed)
    assert Path(probe["resources"]) == installed / "resnet_studio" / "resources"
    assert probe["train_exit"] == 0 and probe["metrics"]
    assert probe["language"] == "zh_CN"
    assert probe["file_menu"] not in ("", "&File")  # the shipped .qm was found and loaded


def test_pyproject_lists_every_package():
    """pyproject.toml names the packages (to map resources/ into the wheel): a new
    sub-package must be added there, or the wheel would lack it."""
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+; CI's 3.11 runs it
    from setuptools import find_packages

    listed = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    found = find_packages(str(ROOT), include=["resnet_studio", "resnet_studio.*"])
    assert sorted(listed) == sorted([*found, "resnet_studio.resources"])
