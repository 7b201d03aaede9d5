"""Translation helpers shared by every widget, and the studio's language switch.

Core messages (problems, training and export errors, engine notes) carry a stable
code and parameters; the UI renders them here from their templates, translated, so
the message and its fix are shown in the user's language (no English is parsed).

The language follows the system locale (zh_* -> Simplified Chinese, else English),
can be forced with ``RESNET_STUDIO_LANG=zh_CN|en``, and can be switched at run time
from View > Language: the translator is swapped, Qt sends ``QEvent.LanguageChange``
to every widget, and each widget's ``retranslate()`` rebuilds its texts. The choice
is saved in the studio's settings file.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from resnet_studio.core.design.problems import Problem, where
from resnet_studio.core.messages import CodedMessage
from resnet_studio.core.paths import resource, user_data_dir

#: Choices the user can make; "system" follows the system locale.
CHOICES = ("system", "en", "zh_CN")
#: Languages with a translation (English is the source language).
LANGUAGES = ("en", "zh_CN")
#: Each language's name in that language, as language menus show them.
NATIVE_NAMES = {"en": "English", "zh_CN": "简体中文"}
ENV_VAR = "RESNET_STUDIO_LANG"
SETTINGS_KEY = "language"


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


# The words of a problem's place, as core/design/problems.py's where() asks for them.
PLACE_WORDS = (
    QT_TRANSLATE_NOOP("Problem", "stage %1"),
    QT_TRANSLATE_NOOP("Problem", "block %1"),
    QT_TRANSLATE_NOOP("Problem", ", "),
    QT_TRANSLATE_NOOP("Problem", "design"),
)


def where_text(stage: int | None, block: int | None) -> str:
    """A problem's place ("stage 2, block 1") in the user's language."""
    return where(stage, block, translate=tr)


# Words the core puts into problem parameters (field names, places, expected kinds);
# listed so lupdate sees them. Anything else (a file's field path, a layer path) is
# data and shown as it is.
PROBLEM_WORDS = (
    QT_TRANSLATE_NOOP("ProblemField", "input"),
    QT_TRANSLATE_NOOP("ProblemField", "stem"),
    QT_TRANSLATE_NOOP("ProblemField", "head"),
    QT_TRANSLATE_NOOP("ProblemField", "input channels"),
    QT_TRANSLATE_NOOP("ProblemField", "input height"),
    QT_TRANSLATE_NOOP("ProblemField", "input width"),
    QT_TRANSLATE_NOOP("ProblemField", "input shape (N, C, H, W)"),
    QT_TRANSLATE_NOOP("ProblemField", "stem style"),
    QT_TRANSLATE_NOOP("ProblemField", "head style"),
    QT_TRANSLATE_NOOP("ProblemField", "block order"),
    QT_TRANSLATE_NOOP("ProblemField", "auto shortcut"),
    QT_TRANSLATE_NOOP("ProblemField", "SE reduction ratio"),
    QT_TRANSLATE_NOOP("ProblemField", "drop-path rate"),
    QT_TRANSLATE_NOOP("ProblemField", "zero-init last BN"),
    QT_TRANSLATE_NOOP("ProblemField", "a number"),
    QT_TRANSLATE_NOOP("ProblemField", "stem channels"),
    QT_TRANSLATE_NOOP("ProblemField", "stem kernel"),
    QT_TRANSLATE_NOOP("ProblemField", "stem stride"),
    QT_TRANSLATE_NOOP("ProblemField", "stem padding"),
    QT_TRANSLATE_NOOP("ProblemField", "pool kernel"),
    QT_TRANSLATE_NOOP("ProblemField", "pool stride"),
    QT_TRANSLATE_NOOP("ProblemField", "pool padding"),
    QT_TRANSLATE_NOOP("ProblemField", "classes"),
    QT_TRANSLATE_NOOP("ProblemField", "channels"),
    QT_TRANSLATE_NOOP("ProblemField", "blocks"),
    QT_TRANSLATE_NOOP("ProblemField", "stride"),
    QT_TRANSLATE_NOOP("ProblemField", "groups"),
    QT_TRANSLATE_NOOP("ProblemField", "width per group"),
    QT_TRANSLATE_NOOP("ProblemField", "design"),
    QT_TRANSLATE_NOOP("ProblemField", "stages"),
    QT_TRANSLATE_NOOP("ProblemField", "blocks in all stages"),
    QT_TRANSLATE_NOOP("ProblemField", "layers (at most)"),
    QT_TRANSLATE_NOOP("ProblemField", "block kind"),
    QT_TRANSLATE_NOOP("ProblemField", "shortcut"),
    QT_TRANSLATE_NOOP("ProblemField",
                      "bottleneck width (channels/4 * width per group/64 * groups)"),
    QT_TRANSLATE_NOOP("ProblemField", "a whole number"),
    QT_TRANSLATE_NOOP("ProblemField", "true or false"),
    QT_TRANSLATE_NOOP("ProblemField", "a string"),
    QT_TRANSLATE_NOOP("ProblemField", "an object {...}"),
    QT_TRANSLATE_NOOP("ProblemField", "a list of stages"),
    QT_TRANSLATE_NOOP("ProblemField", "a list"),
)


def message_text(message: CodedMessage) -> tuple[str, str]:
    """(message, fix) of any coded core message (design problem, training or export
    error, engine note), rendered from its code and params in the user's language."""
    return message.texts(tr)


def problem_text(p: Problem) -> tuple[str, str]:
    """(message, fix) of a core problem, translated."""
    return message_text(p)


def error_text(error: Exception) -> tuple[str, str]:
    """(message, fix) of a TrainingError or ExportError, translated; else its plain text."""
    if isinstance(error, CodedMessage):
        return message_text(error)
    return str(error), ""


# -- language choice -----------------------------------------------------------

def translation_file(language: str) -> Path:
    """The compiled studio translation (.qm) of ``language``."""
    return resource("i18n", f"resnet_studio_{language}.qm")


def system_language(locale_name: str | None = None) -> str:
    """The language a locale (default: the system's) asks for: zh_* -> "zh_CN", else "en"."""
    name = QLocale.system().name() if locale_name is None else locale_name
    return "zh_CN" if name.lower().startswith("zh") else "en"


def resolve(choice: str) -> str:
    """The language a choice means: "system" -> the system's, unknown -> English."""
    if choice == "system":
        return system_language()
    return choice if choice in LANGUAGES else "en"


def settings() -> QSettings:
    """The studio's settings file (in the user data folder, so tests stay isolated)."""
    return QSettings(str(user_data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def saved_choice() -> str:
    """The language choice saved by the user, or "system"."""
    value = settings().value(SETTINGS_KEY, "system")
    return value if value in CHOICES else "system"


class LanguageManager(QObject):
    """Owns the installed translators; swapping them retranslates every widget live."""

    changed = Signal(str)  # the new language, "en" or "zh_CN"

    def __init__(self, app: QCoreApplication):
        super().__init__(app)
        self._app = app
        self._translators: list[QTranslator] = []
        self.choice = "system"
        self.language = "en"

    def apply(self, choice: str, persist: bool = True) -> str:
        """Switch to ``choice`` ("system", "en" or "zh_CN"); returns the language used."""
        if choice not in CHOICES:
            choice = "system"
        language = resolve(choice)
        for old in self._translators:
            self._app.removeTranslator(old)
        self._translators = [t for t in self._load(language) if self._app.installTranslator(t)]
        QLocale.setDefault(QLocale("zh_CN" if language == "zh_CN" else "en_US"))
        self.choice, self.language = choice, language
        if persist:
            s = settings()
            s.setValue(SETTINGS_KEY, choice)
            s.sync()
        self.changed.emit(language)
        return language

    def _load(self, language: str) -> list[QTranslator]:
        """The studio's translator for ``language`` and Qt's own (standard dialogs)."""
        if language == "en":
            return []
        found = []
        studio = QTranslator(self)
        if studio.load(str(translation_file(language))):
            found.append(studio)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qtbase = QTranslator(self)
        if qtbase.load(f"qtbase_{language}", qt_dir):
            found.append(qtbase)
        return found


def language_manager() -> LanguageManager:
    """The application's language manager (created on first use)."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication before choosing a language")
    manager = app.findChild(LanguageManager)
    return manager if manager is not None else LanguageManager(app)


def install_language() -> str:
    """At start-up: apply RESNET_STUDIO_LANG if set, else the saved choice (default:
    the system locale). Call once after creating the QApplication, before any window."""
    forced = os.environ.get(ENV_VAR, "").strip()
    if forced:
        choice = "zh_CN" if forced.lower().replace("-", "_").startswith("zh") else "en"
        return language_manager().apply(choice, persist=False)
    return language_manager().apply(saved_choice(), persist=False)


def set_language(choice: str) -> str:
    """Switch the whole studio to ``choice`` now and remember it."""
    return language_manager().apply(choice, persist=True)


class LanguageMenu(QMenu):
    """View > Language: System default / English / 简体中文, one checked."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("language_menu")
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        self._actions: dict[str, QAction] = {}
        for choice in CHOICES:
            action = QAction(self)
            action.setCheckable(True)
            action.setData(choice)
            action.triggered.connect(lambda _=False, c=choice: set_language(c))
            self._group.addAction(action)
            self.addAction(action)
            self._actions[choice] = action
        self.insertSeparator(self._actions["en"])
        manager = language_manager()
        manager.changed.connect(self._sync)
        self._sync()
        self.retranslate()

    def action(self, choice: str) -> QAction:
        return self._actions[choice]

    def _sync(self, *_: object) -> None:
        self._actions[language_manager().choice].setChecked(True)

    def retranslate(self) -> None:
        self.setTitle(self.tr("&Language"))
        system = NATIVE_NAMES[system_language()]
        self._actions["system"].setText(self.tr("System default (%1)").replace("%1", system))
        for language in LANGUAGES:
            self._actions[language].setText(NATIVE_NAMES[language])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def add_language_menu(view_menu: QMenu) -> LanguageMenu:
    """Add the Language submenu to a window's View menu (one call from the window)."""
    menu = LanguageMenu(view_menu)
    view_menu.addMenu(menu)
    return menu


def fill(text: str, *values: object) -> str:
    """Qt-style placeholders for a translated text: fill("Stage %1", 2) -> "Stage 2"."""
    for i in range(len(values), 0, -1):  # %10 before %1
        text = text.replace(f"%{i}", str(values[i - 1]))
    return text


_CPU_LABEL = re.compile(r"CPU \((\d+) threads?\)")


def device_text(label: str) -> str:
    """A device label from the core's ``available_devices()`` in the user's language:
    "CPU (4 threads)" -> "CPU（4 个线程）"; GPU names stay as they are."""
    m = _CPU_LABEL.fullmatch(label)
    if m:
        return fill(tr("Device", "CPU (%1 threads)"), m.group(1))
    if label == "Apple GPU (MPS)":
        return tr("Device", "Apple GPU (MPS)")
    if label == "auto":
        return tr("Device", "automatic (best available)")
    return label

