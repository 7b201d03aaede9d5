"""Translation helpers shared by every widget.

Core problems carry a stable code and parameters; the UI renders them here so the
message and its fix can be shown in the user's language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from resnet_studio.core.problems import TEMPLATES, Problem


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def where_text(stage: int | None, block: int | None) -> str:
    bits = []
    if stage is not None:
        bits.append(tr("Problem", "stage %1").replace("%1", str(stage + 1)))
    if block is not None:
        bits.append(tr("Problem", "block %1").replace("%1", str(block + 1)))
    return tr("Problem", ", ").join(bits) if bits else tr("Problem", "design")


def problem_text(p: Problem) -> tuple[str, str]:
    """(message, fix) of a core problem, translated."""
    message_t, fix_t = TEMPLATES.get(p.code, ("{code}", ""))
    values = dict(p.params)
    if "where" not in values or p.stage is not None:
        values["where"] = where_text(p.stage, p.block)
    values.setdefault("code", p.code)
    out = []
    for t in (message_t, fix_t):
        t = tr("Problem", t)
        try:
            out.append(t.format(**values))
        except (KeyError, IndexError, ValueError):
            out.append(t)
    return out[0], out[1]
