"""``resnet-studio``: open the studio, or run a command without a window.

    resnet-studio [DESIGN.json]          open the studio (optionally with a design)
    resnet-studio summary DESIGN|PRESET  print the shape trace
    resnet-studio train DESIGN|PRESET    train headless
    resnet-studio export DESIGN|CHECKPOINT --format ...

Each command lives in its own module with ``add_parser(subparsers)`` and
``run(args) -> int``.
"""

from __future__ import annotations

import argparse
import importlib
import sys

# command name -> module; a module registers its own arguments.
COMMANDS = {
    "summary": "resnet_studio.cli.summary",
    "train": "resnet_studio.cli.train",
    "export": "resnet_studio.cli.export",
    "lesson": "resnet_studio.cli.lesson",
}


def _parser(modules) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="resnet-studio",
        description="Design ResNets visually, trace their shapes, train them. "
        "With no command (or a design file), opens the studio window.")
    sub = parser.add_subparsers(dest="command")
    for module in modules.values():
        module.add_parser(sub)
    return parser


def _opens_in_studio(arg: str) -> bool:
    """Does the studio know what to do with this argument (an option, a file, a preset)?"""
    from resnet_studio.cli.common import path_exists
    from resnet_studio.core import preset_names

    return arg.startswith("-") or arg.lower().endswith(".json") or path_exists(arg) \
        or arg in preset_names()


def _tolerant_output() -> None:
    """Print what no encoding can (a design name with a lone surrogate, a path in a
    foreign encoding) as backslash escapes instead of failing on it."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _tolerant_output()
    if not argv or argv[0] not in COMMANDS and argv[0] not in ("-h", "--help"):
        if argv and not _opens_in_studio(argv[0]):
            print(f"error: '{argv[0]}' is not a command, a design file or a preset.\n"
                  f"  fix: use one of: {', '.join(COMMANDS)}; or give an existing .json "
                  "design file or a preset name (resnet-studio summary --help lists them).",
                  file=sys.stderr)
            return 2
        from resnet_studio.ui.app import run_studio

        return run_studio(argv)
    # Import only the command that runs: `summary` then never waits for torch.
    names = [argv[0]] if argv[0] in COMMANDS else list(COMMANDS)
    modules = {name: importlib.import_module(COMMANDS[name]) for name in names}
    args = _parser(modules).parse_args(argv)
    return modules[args.command].run(args)


if __name__ == "__main__":
    sys.exit(main())
