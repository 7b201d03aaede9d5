"""Problems found in a design or a file: stable codes plus parameters.

The core never shows text to a user directly; it reports a :class:`Problem` with a
stable ``code`` and ``params``. ``message`` and ``fix`` are the English renderings;
the UI can translate from the code and parameters instead (see ``TEMPLATES``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# code -> (message template, fix template). Placeholders are filled from params.
TEMPLATES: dict[str, tuple[str, str]] = {
    "value_not_positive": (
        "{where}: {field} must be at least {minimum}, got {value}.",
        "Set {field} to {minimum} or more.",
    ),
    "value_too_large": (
        "{where}: {field} is {value}, above the limit of {maximum}.",
        "Set {field} to {maximum} or less.",
    ),
    "bad_choice": (
        "{where}: {field} is '{value}', which is not one of {choices}.",
        "Choose one of {choices}.",
    ),
    "no_stages": (
        "The design has no stages.",
        "Add at least one stage.",
    ),
    "identity_shape_mismatch": (
        "{where}: an identity shortcut cannot add x {in_shape} to F(x) {out_shape}: {reason}.",
        "Enable a 1x1 projection shortcut here (shortcut 'projection' or 'auto').",
    ),
    "bottleneck_channels": (
        "{where}: a bottleneck stage's output channels ({channels}) must be a multiple "
        "of its expansion ({expansion}).",
        "Use {suggestion} output channels.",
    ),
    "groups_mismatch": (
        "{where}: the grouped 3x3 conv has {width} channels, which {groups} groups do "
        "not divide.",
        "Choose groups that divide {width}, or change width per group.",
    ),
    "spatial_too_small": (
        "{where}: the feature map shrinks to {height}x{width} at {layer}; "
        "floor(({size} + 2*{padding} - {kernel})/{stride}) + 1 < 1.",
        "Use an input of at least {min_input}x{min_input}, fewer stride-2 layers, or a "
        "smaller kernel.",
    ),
    "design_too_large": (
        "The design would have about {params} parameters ({weight_gb} GB of weights), "
        "above the limit of {limit}.",
        "Reduce the channels or the number of blocks.",
    ),
    "activations_too_large": (
        "One forward pass at {input} would hold about {activation_gb} GB of "
        "activations, above the limit of {limit_gb} GB.",
        "Use a smaller input or fewer channels.",
    ),
    "file_not_found": ("{path}: no such file.", "Check the path."),
    "file_unreadable": ("{path}: cannot be read ({reason}).", "Check the file's permissions."),
    "file_not_json": (
        "{path}: not a JSON file ({reason}).",
        "Open a ResNet Studio design (.json) saved by the studio or written by hand.",
    ),
    "file_not_design": (
        "{path}: this JSON is not a ResNet Studio design (missing '{field}').",
        "Open a file saved by ResNet Studio; see the design format in the README.",
    ),
    "file_version": (
        "{path}: design format version {version} is newer than this studio reads "
        "({supported}).",
        "Update ResNet Studio.",
    ),
    "field_type": (
        "{where}: field '{field}' should be {expected}, got {value}.",
        "Fix '{field}' in the file.",
    ),
    "field_unknown": (
        "{where}: unknown field '{field}'.",
        "Remove '{field}' or check its spelling (known: {known}).",
    ),
    "unknown_preset": (
        "No preset named '{name}'.",
        "Choose one of: {choices}.",
    ),
}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a design, with where it is and how to fix it."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)
    stage: int | None = None  # 0-based stage index, if the problem belongs to one
    block: int | None = None  # 0-based block index within the stage
    layer: str | None = None  # layer path, e.g. "stage2.block1.conv1"

    @property
    def message(self) -> str:
        return _render(TEMPLATES.get(self.code, ("{code}", ""))[0], self)

    @property
    def fix(self) -> str:
        return _render(TEMPLATES.get(self.code, ("", ""))[1], self)

    def __str__(self) -> str:
        return f"{self.message} {self.fix}".strip()

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "params": {k: _plain(v) for k, v in self.params.items()},
            "stage": self.stage,
            "block": self.block,
            "layer": self.layer,
            "message": self.message,
            "fix": self.fix,
        }


def where(stage: int | None = None, block: int | None = None, part: str | None = None) -> str:
    """Human place name, 1-based as users count: 'stage 2, block 1'."""
    bits = []
    if stage is not None:
        bits.append(f"stage {stage + 1}")
    if block is not None:
        bits.append(f"block {block + 1}")
    if part:
        bits.append(part)
    return ", ".join(bits) if bits else "design"


def _plain(v: Any) -> Any:
    if isinstance(v, (str, int, float, bool)) or v is None:
        return v
    return str(v)


def render(template: str, values: dict[str, Any]) -> str:
    """Fill a template's {placeholders}. Shared by every coded message of the core
    (problems, training errors, export errors); a missing value keeps it readable."""
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return f"{template} {values}"


def _render(template: str, p: Problem) -> str:
    values = dict(p.params)
    values.setdefault("where", where(p.stage, p.block))
    values.setdefault("code", p.code)
    return render(template, values)


class DesignError(ValueError):
    """Raised when a design (or design file) cannot be used. Carries every problem."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems) or "invalid design")
