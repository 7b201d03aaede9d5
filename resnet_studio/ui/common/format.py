"""Numbers and shapes as the views show them: 11.18 M, 4.7 MB, 128×28×28."""

from __future__ import annotations

from collections.abc import Sequence


def count_text(n: float) -> str:
    """A count with a metric suffix: 640, 23.5 k, 11.18 M, 1.82 G."""
    n = float(n)
    for limit, suffix in ((1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "k")):
        if abs(n) >= limit:
            v = n / limit
            return f"{v:.2f} {suffix}" if v < 100 else f"{v:.1f} {suffix}"
    return f"{int(n)}"


def bytes_text(n: float) -> str:
    """Bytes in decimal units: 512 B, 4.7 kB, 24.1 MB, 1.20 GB."""
    n = float(n)
    for limit, suffix in ((1e9, "GB"), (1e6, "MB"), (1e3, "kB")):
        if n >= limit:
            v = n / limit
            return f"{v:.2f} {suffix}" if v < 10 else f"{v:.1f} {suffix}"
    return f"{int(n)} B"


def shape_text(shape: Sequence[int] | None) -> str:
    """A full tensor shape as PyTorch prints it: (1, 64, 56, 56)."""
    if shape is None:
        return "?"
    return "(" + ", ".join(str(v) for v in shape) + ")"


def chw_text(shape: Sequence[int] | None) -> str:
    """A feature map without the batch: 64×56×56 (or 10 for a vector)."""
    if shape is None:
        return "?"
    return "×".join(str(v) for v in shape[1:])


def plural(text: str, n: int) -> str:
    """A ``tr("%n problem(s)", "", n)`` result in its plural form. Chinese comes from the
    translation's numerus form; English has no translation file, so Qt leaves "1
    problem(s)": resolve it here ("1 problem", "2 problems")."""
    return text.replace("(s)", "" if n == 1 else "s")
