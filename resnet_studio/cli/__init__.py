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


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] not in COMMANDS and argv[0] not in ("-h", "--help"):
        from resnet_studio.ui.app import run_studio

        return run_studio(argv)
    modules = {name: importlib.import_module(path) for name, path in COMMANDS.items()}
    args = _parser(modules).parse_args(argv)
    return modules[args.command].run(args)


if __name__ == "__main__":
    sys.exit(main())
