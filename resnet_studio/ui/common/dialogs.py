"""Every modal dialog the studio opens, in one module.

Windows call these functions instead of QMessageBox/QFileDialog directly, so there
is one place to change their look and one place for tests to replace them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from resnet_studio.ui.common.i18n import fill


def _t(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


def ask_save_changes(parent: QWidget | None, name: str) -> str:
    """'save', 'discard' or 'cancel' for a design with unsaved changes."""
    box = QMessageBox(QMessageBox.Warning, _t("Unsaved changes"),
                      fill(_t("Save the changes to “%1” before closing it?"), name),
                      QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, parent)
    box.setInformativeText(_t("Your changes are lost if you don't save them."))
    box.setDefaultButton(QMessageBox.Save)
    answer = box.exec()
    return {QMessageBox.Save: "save", QMessageBox.Discard: "discard"}.get(answer, "cancel")


def ask_recover(parent: QWidget | None, name: str, when: str, path: str) -> bool:
    """Offer a design that an earlier session autosaved but never saved."""
    where = fill(_t("It belongs to %1."), path) if path else _t("It was never saved to a file.")
    box = QMessageBox(QMessageBox.Question, _t("Recover unsaved design?"),
                      fill(_t("ResNet Studio closed without saving “%1” (autosaved %2)."),
                           name, when),
                      QMessageBox.Yes | QMessageBox.No, parent)
    box.setInformativeText(where + " " + _t("Recover it? (No deletes the autosave.)"))
    box.button(QMessageBox.Yes).setText(_t("Recover"))
    box.button(QMessageBox.No).setText(_t("Discard"))
    box.setDefaultButton(QMessageBox.Yes)
    return box.exec() == QMessageBox.Yes


def show_error(parent: QWidget | None, title: str, message: str, fix: str = "") -> None:
    """A problem the user must know about: what is wrong and how to fix it."""
    box = QMessageBox(QMessageBox.Warning, title, message, QMessageBox.Ok, parent)
    if fix:
        box.setInformativeText(fix)
    box.exec()


def show_info(parent: QWidget | None, title: str, message: str) -> None:
    """A plain note (About)."""
    QMessageBox(QMessageBox.Information, title, message, QMessageBox.Ok, parent).exec()


def open_path(parent: QWidget | None, title: str, directory: str, filters: str) -> str:
    """A file to open, or '' when cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, title, directory, filters)
    return path


def save_path(parent: QWidget | None, title: str, directory: str, filters: str) -> str:
    """A file to write, or '' when cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, directory, filters)
    return path
