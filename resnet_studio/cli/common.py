"""Helpers shared by the command-line commands."""

from __future__ import annotations

import sys
from pathlib import Path

from resnet_studio.core import Design, DesignError, load_design, preset, preset_names


def design_arg(text: str) -> Design:
    """A preset name or a path to a design file."""
    if text in preset_names():
        return preset(text)
    if Path(text).suffix.lower() == ".json" or path_exists(text):
        return load_design(text)
    return preset(text)  # raises with the list of presets


def path_exists(text: str) -> bool:
    """Does ``text`` name an existing file or folder? False (not an OSError) for a name
    the system refuses, e.g. one longer than 255 bytes."""
    try:
        return Path(text).exists()
    except (OSError, ValueError):
        return False


def parse_shape(text: str) -> tuple[int, ...]:
    try:
        shape = tuple(int(v) for v in text.replace("x", ",").split(","))
    except ValueError:
        raise SystemExit(f"error: --input must look like 1,1,224,224, got '{text}'") from None
    if len(shape) != 4:
        raise SystemExit(f"error: --input needs 4 numbers (N,C,H,W), got '{text}'")
    return shape


def report(error: DesignError) -> int:
    """Print a design error's problems (no traceback) and return exit status 2."""
    for p in error.problems:
        print(f"error: {p.message}", file=sys.stderr)
        if p.fix:
            print(f"  fix: {p.fix}", file=sys.stderr)
    return 2
