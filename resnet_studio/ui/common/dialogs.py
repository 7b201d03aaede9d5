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
    box.setInformativeText(where + " " + _t("Recover it? (Discard deletes the autosave.)"))
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


def ask_yes_no(parent: QWidget | None, title: str, message: str, informative: str = "",
               default_yes: bool = False) -> bool:
    """A yes/no question (texts already translated); True for Yes."""
    box = QMessageBox(QMessageBox.Question, title, message,
                      QMessageBox.Yes | QMessageBox.No, parent)
    if informative:
        box.setInformativeText(informative)
    box.setDefaultButton(QMessageBox.Yes if default_yes else QMessageBox.No)
    return box.exec() == QMessageBox.Yes


def ask_choice(parent: QWidget | None, title: str, message: str, informative: str,
               choices: list[tuple[str, str]], default: str) -> str:
    """One of several answers: ``choices`` are (key, translated button text); the key
    of the button pressed, or "cancel" (a Cancel button is always added)."""
    box = QMessageBox(QMessageBox.Question, title, message, QMessageBox.NoButton, parent)
    box.setInformativeText(informative)
    buttons = {}
    for key, text in choices:
        buttons[key] = box.addButton(text, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.Cancel)
    if default in buttons:
        box.setDefaultButton(buttons[default])
    box.exec()
    clicked = box.clickedButton()
    return next((key for key, button in buttons.items() if button is clicked), "cancel")


def existing_dir(parent: QWidget | None, title: str, directory: str) -> str:
    """A folder to read, or '' when cancelled."""
    return QFileDialog.getExistingDirectory(parent, title, directory)
