"""Problems found in a design or a file: stable codes plus parameters.

The core never shows text to a user directly; it reports a :class:`Problem` with a
stable ``code`` and ``params`` (numbers, names, phrase codes). ``message`` and ``fix``
are the English renderings; the UI translates from the code and parameters instead
(see :mod:`resnet_studio.core.messages`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from resnet_studio.core.messages import CodedMessage, Translate, plain, render

__all__ = ["PHRASES", "TEMPLATES", "DesignError", "Problem", "render", "where"]

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
        "{where}: an identity shortcut cannot add x to F(x): {reason}.",
        "Enable a 1x1 projection shortcut here (shortcut 'projection' or 'auto').",
    ),
    "zero_pad_fewer_channels": (
        "{where}: a zero-pad shortcut (option A) can only add channels, not go from "
        "{in_channels} down to {out_channels}.",
        "Use a 1x1 projection shortcut here (shortcut 'projection'), or at least "
        "{in_channels} channels.",
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
        "The design would have about {params:,} parameters ({weight_gb:.1f} GB of weights), "
        "above the limit of {limit:,}.",
        "Reduce the channels or the number of blocks.",
    ),
    "activations_too_large": (
        "One forward pass at {input} would hold about {activation_gb:.1f} GB of "
        "activations, above the limit of {limit_gb:g} GB.",
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
    "number_too_long": (
        "{where}: '{field}' is a number of {digits} digits, longer than any number a "
        "design takes.",
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


# param -> {phrase code: template}: the parts of a problem that vary in wording,
# chosen by the core as a code and filled from the same params.
PHRASES: dict[str, dict[str, str]] = {
    "reason": {
        "channels": "channels change {in_channels} -> {out_channels}",
        "halves": "stride {stride} halves the size",
        "shrinks": "stride {stride} shrinks the size",
        "channels_halves": "channels change {in_channels} -> {out_channels} and stride "
                           "{stride} halves the size",
        "channels_shrinks": "channels change {in_channels} -> {out_channels} and stride "
                            "{stride} shrinks the size",
        "size": "stride {stride} changes the size {in_height}x{in_width} -> "
                "{out_height}x{out_width}",
        "channels_size": "channels change {in_channels} -> {out_channels} and stride "
                         "{stride} changes the size {in_height}x{in_width} -> "
                         "{out_height}x{out_width}",
    },
}


@dataclass(frozen=True)
class Problem(CodedMessage):
    """One thing wrong with a design, with where it is and how to fix it."""

    TEMPLATES: ClassVar[dict[str, tuple[str, str]]] = TEMPLATES
    PHRASES: ClassVar[dict[str, dict[str, str]]] = PHRASES
    WORDS: ClassVar[tuple[str, ...]] = ("field", "expected", "where")
    CONTEXT: ClassVar[str] = "Problem"

    code: str
    params: dict[str, Any] = field(default_factory=dict)
    stage: int | None = None  # 0-based stage index, if the problem belongs to one
    block: int | None = None  # 0-based block index within the stage
    layer: str | None = None  # layer path, e.g. "stage2.block1.conv1"

    def _values(self, translate: Translate) -> dict[str, Any]:
        values = super()._values(translate)
        given = self.params.get("where")
        if given is None or self.stage is not None:  # the place, in the user's words
            layer = self.layer if isinstance(given, str) and self.layer and \
                given.endswith(self.layer) else None
            values["where"] = where(self.stage, self.block, layer, translate=translate)
        return values

    def __str__(self) -> str:
        return f"{self.message} {self.fix}".strip()

    def to_dict(self) -> dict[str, Any]:
        message, fix = self.texts()
        return {
            "code": self.code,
            "params": {k: plain(v) for k, v in self.params.items()},
            "stage": self.stage,
            "block": self.block,
            "layer": self.layer,
            "message": message,
            "fix": fix,
        }


def where(stage: int | None = None, block: int | None = None, part: str | None = None,
          translate: Translate | None = None) -> str:
    """Human place name, 1-based as users count: 'stage 2, block 1'."""
    t = translate or (lambda _c, text: text)
    bits = []
    if stage is not None:
        bits.append(t("Problem", "stage %1").replace("%1", str(stage + 1)))
    if block is not None:
        bits.append(t("Problem", "block %1").replace("%1", str(block + 1)))
    if part:
        bits.append(t("ProblemField", part))
    return t("Problem", ", ").join(bits) if bits else t("Problem", "design")


class DesignError(ValueError):
    """Raised when a design (or design file) cannot be used. Carries every problem."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems) or "invalid design")
