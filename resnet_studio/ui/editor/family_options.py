"""The editor's design-wide block options (the ResNet family, issue 13): block order,
the auto shortcut, squeeze-and-excitation, drop-path and zero-init of the last BN."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from resnet_studio.core.design.design import AUTO_SHORTCUTS, BLOCK_ORDERS
from resnet_studio.ui.common.fields import ChoiceCombo, FieldCheck, FieldSpin

if TYPE_CHECKING:
    from resnet_studio.ui.editor.editor import EditorPane, Section


def _t(text: str) -> str:
    return QCoreApplication.translate("EditorPane", text)


def build(self: EditorPane, s: Section) -> None:
    """Block order, auto shortcut, SE, drop-path and zero-init: design-wide."""
    self.block_order = self._field(s, "block_order", ChoiceCombo(BLOCK_ORDERS), 2, 0, 3)
    self.auto_shortcut = self._field(s, "auto_shortcut", ChoiceCombo(AUTO_SHORTCUTS), 3, 0, 3)
    self.se_ratio = self._field(s, "se_ratio", FieldSpin((0, 256)), 4, 0)
    self.drop_path = self._field(s, "drop_path", FieldSpin((0, 99)), 4, 2)
    self.zero_init = FieldCheck()
    s.grid.addWidget(self.zero_init, 5, 0, 1, 4)
    for widget, key, label in (
            (self.block_order, "block_order", lambda: _t("block order")),
            (self.auto_shortcut, "auto_shortcut", lambda: _t("auto shortcut")),
            (self.se_ratio, "se_ratio", lambda: _t("SE ratio")),
            (self.zero_init, "zero_init_last", lambda: _t("zero-init last BN"))):
        self._bind(widget, key, lambda d, k=key: getattr(d, k),
                   lambda d, v, k=key: setattr(d, k, v), label)
    self._bind(self.drop_path, "drop_path", lambda d: round(d.drop_path * 100),
               lambda d, v: setattr(d, "drop_path", v / 100), lambda: _t("drop-path"))


def texts() -> dict[str, tuple[str, str]]:
    """(label, tooltip) of each option field, translated."""
    return {
        "block_order": (_t("Block order"), _t(
            "post: conv, BN, ReLU, and a ReLU after the addition (He et al. 2016). pre: "
            "BN, ReLU, conv, nothing after the addition, so x passes unchanged through "
            "every identity shortcut (He et al. 2016b, timm's resnetv2).")),
        "auto_shortcut": (_t("Auto shortcut"), _t(
            "What 'auto' puts where a block changes the shape: a 1x1 projection (option "
            "B), option A (every stride-th pixel plus zero channels, no parameters: the "
            "paper's CIFAR nets) or avg-down (2x2 average pool, then 1x1 conv: ResNet-D).")),
        "se_ratio": (_t("SE ratio"), _t(
            "Squeeze-and-excitation in every block: a gate per channel computed from the "
            "whole map through channels/ratio (rounded to a multiple of 8) hidden units. "
            "16 in SE-ResNet; 0 turns it off.")),
        "drop_path": (_t("Drop-path %"), _t(
            "Stochastic depth: while training, each block's residual branch is dropped "
            "for a sample with a probability rising linearly from 0 at the first block "
            "to this value at the last (as timm).")),
    }


def retranslate(self: EditorPane) -> None:
    """Texts of the option combos and the zero-init check box."""
    self.block_order.set_texts([_t("post-activation: conv-BN-ReLU"),
                                _t("pre-activation: BN-ReLU-conv")])
    self.auto_shortcut.set_texts([_t("1x1 projection (option B)"),
                                  _t("option A: zero-pad"),
                                  _t("avg-down (ResNet-D)")])
    self.se_ratio.setSpecialValueText(_t("off"))
    self.drop_path.setSuffix(" %")
    self.zero_init.setText(_t("Zero-init each block's last BN"))
    self.zero_init.setToolTip(_t(
            "Start each residual branch at zero (its last BN's scale, or with pre-activation "
            "its last conv), so every block begins as its shortcut (Goyal et al.; timm's "
            "default)."))
