"""The Simplified Chinese interface: every string translated, live switching, zh_CN rendering.

The .ts/.qm pair in resources/i18n is made by scripts/update_translations.py; when a
test here fails because a string lacks a translation, add it to
resources/i18n/zh_CN.json and re-run that script.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import re
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QAction, QFont, QFontDatabase, QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSpinBox,
    QTabWidget,
    QTextEdit,
    QToolBox,
    QWidget,
)

from resnet_studio.core.design.problems import TEMPLATES, Problem
from resnet_studio.ui.common import i18n

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("update_translations",
                                               ROOT / "scripts" / "update_translations.py")
ut = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("update_translations", ut)
_spec.loader.exec_module(ut)

CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]")
# data, not words: anything with a digit (conv1, d2l-resnet18, 224x224, shapes),
# file names and paths, dotted or snake_case identifiers, placeholders, HTML entities
_DATA = re.compile(r"\d[\d.,]*\s*(?:[kMGT]i?B|[kMGTB])\b|\S*\d\S*|\S+\.(?:json|pt|pth|png|csv|onnx|jsonl|ts|qm|py)\b|\S*/\S*"
                   r"|\w+(?:\.\w+)+|\w+_\w+|%\d|\{\w*\}|&\w+;")
_WORD = re.compile(r"[A-Za-z]{2,}")


@pytest.fixture(scope="module")
def glossary() -> dict:
    return ut.load_glossary()


def layer_names() -> set[str]:
    """Names the core gives layers (path parts such as conv, pool, add; module kinds such
    as Conv2d): data shown as is, like a variable name."""
    import resnet_studio as rs

    names = set()
    for preset in ("d2l-resnet18", "resnet50", "cifar-resnet20"):
        for layer in rs.trace(rs.preset(preset)).layers:
            names.update(layer.path.split("."))
            names.add(layer.kind)
    return {n.lower() for n in names}


@pytest.fixture(scope="module")
def keep_words(glossary) -> set[str]:
    """Words explicitly kept in Latin script in Chinese texts (e.g. MACs, ReLU), and
    the core's layer names."""
    words = {w.lower() for w in glossary.get("keep", [])} | layer_names()
    for name in i18n.NATIVE_NAMES.values():
        words.update(w.lower() for w in _WORD.findall(name))
    return words


@pytest.fixture
def lang(qapp):
    """Switch language in a test (not saved); English again afterwards."""
    manager = i18n.language_manager()

    def switch(choice: str) -> str:
        language = manager.apply(choice, persist=False)
        QApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return language

    yield switch
    switch("en")


# -- (d) and the .ts/.qm pipeline ----------------------------------------------

def test_every_source_string_has_a_translation(glossary):
    """Every string lupdate finds in the UI, plus the core's templates, is translated
    in the dictionary with the same placeholders (run update_translations.py)."""
    messages = ut.collect()
    errors = ut.fill(messages, glossary)
    missing = [f"[{m.context}] {m.source!r} ({':'.join(m.locations[0]) if m.locations else ''})"
               for m in ut.missing(messages)]
    assert not errors, "\n".join(errors)
    assert not missing, ("strings without a zh_CN translation (add them to "
                         "resources/i18n/zh_CN.json and run scripts/update_translations.py):\n"
                         + "\n".join(missing))


def test_compiled_translation_is_current(qapp, glossary):
    """The shipped .qm gives every collected string its dictionary translation
    (so the .ts/.qm were regenerated after the last string change)."""
    translator = QTranslator()
    assert translator.load(str(i18n.translation_file("zh_CN")))
    messages = ut.collect()
    ut.fill(messages, glossary)
    stale = []
    for m in messages:
        if not m.finished:
            continue
        got = translator.translate(m.context, m.source, m.comment or None, -1)
        if m.translation != m.source and got != m.translation:
            stale.append(f"[{m.context}] {m.source!r}: .qm has {got!r}")
    assert not stale, "run scripts/update_translations.py:\n" + "\n".join(stale[:30])


def test_rerunning_keeps_translations_made_in_the_ts(tmp_path):
    """A translation typed into the .ts (Qt Linguist) moves into the dictionary; a
    translation that drops a placeholder is refused, not shipped."""
    ts = tmp_path / "x.ts"
    done = ut.Message("Ctx", "Open %1", translation="打开 %1", finished=True)
    todo = ut.Message("Ctx", "Close")
    ut.write_ts([done, todo], ts)
    glossary = {"common": {}, "contexts": {}}
    assert ut.harvest(glossary, ut.read_ts(ts)) == 1
    assert glossary["contexts"]["Ctx"] == {"Open %1": "打开 %1"}
    messages = ut.read_ts(ts)
    glossary["common"]["Close"] = "关闭 %1"  # a placeholder the source does not have
    errors = ut.fill(messages, glossary)
    assert [m.finished for m in messages] == [True, False] and len(errors) == 1


def _fields(text: str) -> list[str]:
    return sorted(re.findall(r"\{[^{}]*\}", text))


def test_core_templates_translated_with_same_placeholders(qapp, lang):
    """(d) Each core template has a zh_CN translation keeping its {placeholders}."""
    lang("zh_CN")
    checked = 0
    for rel, context in ut.CORE_TEMPLATES.items():
        for m in ut.core_templates():
            if m.context != context or not (ROOT / rel).exists():
                continue
            zh = QCoreApplication.translate(context, m.source)
            if re.fullmatch(r"(\{\w+\}\s*)+", m.source):
                assert zh == m.source
            else:
                assert zh != m.source, f"[{context}] untranslated: {m.source!r}"
                assert CJK.search(zh), zh
            assert _fields(zh) == _fields(m.source), (m.source, zh)
            checked += 1
    assert checked >= 2 * len(TEMPLATES)


def test_problem_text_in_chinese(qapp, lang):
    """A real design problem renders in Chinese with its place, values and fix."""
    import resnet_studio as rs

    design = rs.preset("d2l-resnet18")
    design.stages[1].shortcut = "identity"
    problems = rs.validate(design)
    assert problems
    lang("zh_CN")
    message, fix = i18n.problem_text(problems[0])
    assert "阶段 2" in message and "恒等映射" in message and "F(x)" in message
    assert "1x1" in fix and CJK.search(fix)
    stem = Problem("value_not_positive", {"field": "stem stride", "value": 0, "minimum": 1,
                                          "where": "stem"})
    message, fix = i18n.problem_text(stem)
    assert message.startswith("主干层") and "步幅" in message and "0" in message
    lang("en")
    assert i18n.problem_text(stem) == (stem.message, stem.fix)


def _english_words(text: str, keep: set[str]) -> list[str]:
    """Latin words left in a text, besides data: quoted values ('folder'), numbers, paths."""
    text = _DATA.sub(" ", re.sub(r"'[^']*'", " ", text))
    return [w for w in _WORD.findall(text) if w.lower() not in keep]


def test_identity_reasons_are_numbers_rendered_in_chinese(qapp, lang):
    """The shortcut's reason travels as a code with numbers, not an English phrase."""
    import resnet_studio as rs

    design = rs.preset("d2l-resnet18")
    design.stages[1].shortcut = "identity"
    p = rs.validate(design)[0]
    assert p.params == {"in_channels": 64, "out_channels": 128, "stride": 2,
                        "reason": "channels_halves"}
    traced = rs.trace(design).error
    assert traced.params["reason"] == "channels_size" and traced.params["in_height"] == 56
    lang("zh_CN")
    assert "通道数从 64 变为 128，且步幅 2 使尺寸减半" in i18n.problem_text(p)[0]
    assert "步幅 2 使尺寸从 56x56 变为 28x28" in i18n.problem_text(traced)[0]


def test_every_engine_note_and_config_reason_renders_in_chinese(qapp, lang, keep_words):
    """Each engine note, each config reason and its advice, and the errors whose
    wording the engine picks (kept checkpoint, memory, disk) have Chinese."""
    from resnet_studio.core.training import config as cfg
    from resnet_studio.core.training import notes

    values = {"batch_size": 256, "world_size": 3, "local_batch": 85, "outputs": 12,
              "dataset": "MNIST", "classes": 10, "names": "val/test", "count": 6}
    messages = [notes.Note(code, **values, precision=label, speedup=1.9)
                for code in notes.TEMPLATES for label in notes.PHRASES["precision"]]
    for why in cfg.PHRASES["why"]:
        hint = why if why in cfg.PHRASES["hint"] else "kind"
        messages.append(cfg.TrainingError(
            "bad_config", field="lr", value="0", why=why, hint=hint, choices="sgd, adam",
            minimum=1, maximum=cfg.MAX_SEED, known="lr", schedule="cosine", planned=10))
    for cause in cfg.PHRASES["cause"]:
        messages.append(cfg.TrainingError("device_unavailable", device="cuda:3", cause=cause,
                                          count=1, choices="cpu"))
    for hint in cfg.PHRASES["hint"]:
        messages.append(cfg.TrainingError("bad_config", field="lr", value="0", why="negative",
                                          hint=hint, choices="sgd", minimum=1, known="lr",
                                          maximum=cfg.MAX_SEED))
    for kept in cfg.PHRASES["kept"]:
        for memory_of in cfg.PHRASES["memory_of"]:
            messages.append(cfg.TrainingError("out_of_memory", memory_of=memory_of,
                                              batch_size=64, suggestion=32, kept=kept,
                                              checkpoint="/runs/a/checkpoint.pt"))
        messages.append(cfg.TrainingError("disk_full", step=8, folder="/runs/a", mb=45,
                                          kept=kept, checkpoint="/runs/a/checkpoint.pt"))
    lang("zh_CN")
    for m in messages:
        for text in i18n.message_text(m):
            assert "{" not in text, text
            literals = {"true", "false"}  # JSON's values, as the settings file spells them
            assert not _english_words(text, keep_words | literals), (m.code, m.params, text)
        assert CJK.search(i18n.message_text(m)[0]), m.params


# -- language choice -------------------------------------------------------------

def test_system_locale_decides_the_default():
    assert i18n.system_language("zh_CN") == "zh_CN"
    assert i18n.system_language("zh_TW") == "zh_CN"
    assert i18n.system_language("de_DE") == "en"
    assert i18n.resolve("en") == "en" and i18n.resolve("zh_CN") == "zh_CN"
    assert i18n.resolve("klingon") == "en"


def test_choice_is_saved_and_env_var_forces(qapp, lang, monkeypatch):
    monkeypatch.delenv(i18n.ENV_VAR, raising=False)
    assert i18n.saved_choice() == "system"
    assert i18n.set_language("zh_CN") == "zh_CN"
    assert i18n.saved_choice() == "zh_CN"
    assert QCoreApplication.translate("MetricPlot", "Export") == "导出"
    i18n.language_manager().apply("en", persist=False)
    assert i18n.install_language() == "zh_CN"  # the saved choice
    monkeypatch.setenv(i18n.ENV_VAR, "en")
    assert i18n.install_language() == "en"
    assert QCoreApplication.translate("MetricPlot", "Export") == "Export"
    assert i18n.saved_choice() == "zh_CN"  # forcing does not overwrite the choice
    monkeypatch.setenv(i18n.ENV_VAR, "zh_CN")
    assert i18n.install_language() == "zh_CN"


def test_language_menu_switches_and_follows(qapp, lang):
    menu = i18n.LanguageMenu()
    lang("en")
    assert menu.title() == "&Language"
    menu.action("zh_CN").trigger()
    QApplication.processEvents()
    assert i18n.language_manager().language == "zh_CN"
    assert menu.title() == "语言(&L)" and menu.action("zh_CN").isChecked()
    assert i18n.saved_choice() == "zh_CN"
    menu.action("en").trigger()
    QApplication.processEvents()
    assert menu.title() == "&Language" and menu.action("en").isChecked()
    assert [menu.action(c).text() for c in ("en", "zh_CN")] == ["English", "简体中文"]


# -- the widgets -----------------------------------------------------------------

def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        doc = QTextDocument()
        doc.setHtml(text)
        text = doc.toPlainText()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def _menu_texts(menu: QMenu, key: str) -> Iterator[tuple[str, str]]:
    yield f"{key}:title", menu.title()
    yield from _action_texts(menu.actions(), key)


def _action_texts(actions: list[QAction], key: str) -> Iterator[tuple[str, str]]:
    for i, action in enumerate(actions):
        if action.isSeparator():
            continue
        k = f"{key}/{action.objectName() or i}"
        yield f"{k}:text", action.text()
        if action.toolTip() != action.text().replace("&", ""):
            yield f"{k}:tooltip", action.toolTip()
        yield f"{k}:status", action.statusTip()
        if action.menu() is not None:
            yield from _menu_texts(action.menu(), k)


def _plot_texts(widget: QWidget, key: str) -> Iterator[tuple[str, str]]:
    """Axis labels, title and legend entries of a pyqtgraph plot."""
    item = widget.getPlotItem() if hasattr(widget, "getPlotItem") else None
    if item is None:
        return
    for name in ("left", "bottom", "right", "top"):
        axis = item.getAxis(name)
        if axis is not None and axis.isVisible():
            yield f"{key}:axis-{name}", axis.labelText or ""
    if item.titleLabel is not None:
        yield f"{key}:title", item.titleLabel.text or ""
    legend = item.legend
    if legend is not None:
        for i, (_, label) in enumerate(legend.items):
            yield f"{key}:legend{i}", label.text or ""


def _widget_texts(w: QWidget, key: str) -> Iterator[tuple[str, str]]:
    if w.isWindow():
        yield f"{key}:window", w.windowTitle()
    yield f"{key}:tooltip", w.toolTip()
    yield f"{key}:status", w.statusTip()
    yield f"{key}:whatsthis", w.whatsThis()
    if isinstance(w, QLabel):
        yield f"{key}:text", w.text()
    elif isinstance(w, QAbstractButton):
        yield f"{key}:text", w.text()
    elif isinstance(w, QLineEdit):
        yield f"{key}:placeholder", w.placeholderText()
    elif isinstance(w, QTextEdit):
        yield f"{key}:text", w.toPlainText()
        yield f"{key}:placeholder", w.placeholderText()
    if isinstance(w, QGroupBox):
        yield f"{key}:title", w.title()
    if isinstance(w, QDockWidget):
        yield f"{key}:title", w.windowTitle()
    if isinstance(w, QTabWidget):
        for i in range(w.count()):
            yield f"{key}:tab{i}", w.tabText(i)
            yield f"{key}:tabtip{i}", w.tabToolTip(i)
    if isinstance(w, QToolBox):
        for i in range(w.count()):
            yield f"{key}:item{i}", w.itemText(i)
    if isinstance(w, QComboBox):
        for i in range(w.count()):
            yield f"{key}:item{i}", w.itemText(i)
            tip = w.itemData(i, 3)
            yield f"{key}:itemtip{i}", tip if isinstance(tip, str) else ""
    if isinstance(w, QAbstractSpinBox):
        yield f"{key}:special", w.specialValueText()
        if isinstance(w, QSpinBox):
            yield f"{key}:suffix", w.suffix()
            yield f"{key}:prefix", w.prefix()
    if isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView) and w.model():
        yield from _model_texts(w.model(), key)
    if isinstance(w, QMainWindow):
        for i, action in enumerate(w.menuBar().actions()):
            if action.menu() is not None:
                yield from _menu_texts(action.menu(), f"{key}/menubar{i}")
    yield from _action_texts([a for a in w.actions() if a.parent() is w], f"{key}/actions")
    yield from _plot_texts(w, key)
    if isinstance(w, QGraphicsView) and w.scene() is not None:
        yield from _scene_texts(w.scene(), key)


def _scene_texts(scene: QGraphicsScene, key: str) -> Iterator[tuple[str, str]]:
    """Tooltips and text items of a graphics scene (e.g. the architecture view)."""
    for i, item in enumerate(scene.items()):
        yield f"{key}:item{i}:tooltip", item.toolTip()
        if isinstance(item, QGraphicsTextItem):
            yield f"{key}:item{i}:text", item.toPlainText()
        elif isinstance(item, QGraphicsSimpleTextItem):
            yield f"{key}:item{i}:text", item.text()
        texts = getattr(item, "texts", None)  # painted items may list what they draw
        if callable(texts):
            for j, text in enumerate(texts()):
                yield f"{key}:item{i}:text{j}", text


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # list models keep columnCount private in the bindings
        return 1


def _model_texts(model: QAbstractItemModel, key: str) -> Iterator[tuple[str, str]]:
    """Headers, and the cells and tooltips of a small model (e.g. the trace tree)."""
    for i in range(_columns(model, QModelIndex())):
        head = model.headerData(i, Qt.Orientation.Horizontal)
        yield f"{key}:head{i}", head if isinstance(head, str) else ""
    budget = [400]

    def cells(parent: QModelIndex, path: str) -> Iterator[tuple[str, str]]:
        for r in range(model.rowCount(parent)):
            for c in range(_columns(model, parent)):
                if budget[0] <= 0:
                    return
                budget[0] -= 1
                index = model.index(r, c, parent)
                for role, name in ((Qt.ItemDataRole.DisplayRole, "cell"),
                                   (Qt.ItemDataRole.ToolTipRole, "celltip")):
                    value = model.data(index, role)
                    yield f"{key}:{name}{path}{r}.{c}", value if isinstance(value, str) else ""
            yield from cells(model.index(r, 0, parent), f"{path}{r}/")

    yield from cells(QModelIndex(), "")


def visible_texts(root: QWidget) -> dict[str, str]:
    """Every user-visible text under ``root``, keyed by a stable widget path."""
    out: dict[str, str] = {}

    def walk(w: QWidget, key: str) -> None:
        for k, text in _widget_texts(w, key):
            text = _plain(text or "")
            if text:
                out[k] = text
        if isinstance(w, QComboBox):
            return  # its popup list repeats the items read above
        kids = [c for c in w.findChildren(QWidget) if c.parentWidget() is w]
        for i, child in enumerate(kids):
            walk(child, f"{key}/{type(child).__name__}{i}")

    walk(root, type(root).__name__)
    return out


# an English gloss in brackets right after a Chinese term: 瓶颈块 (Bottleneck)
_GLOSS = re.compile(r"(?<=[\u3400-\u9fff])\s*[(（][^()（）]*[)）]")


def english_words(text: str, keep: set[str]) -> list[str]:
    """Words of ``text`` that are English prose (not data, not kept terms, not a gloss)."""
    stripped = _DATA.sub(" ", _GLOSS.sub(" ", text))
    return [w for w in _WORD.findall(stripped) if w.lower() not in keep]


def untranslated(texts: dict[str, str], keep: set[str]) -> list[str]:
    """Texts shown in zh_CN that are still English: English words and no Chinese."""
    return [f"{k}: {t!r} ({' '.join(english_words(t, keep))})" for k, t in sorted(texts.items())
            if english_words(t, keep)]


def _main_window() -> QWidget:
    from resnet_studio.ui.main_window import MainWindow

    return MainWindow(autosave=False)


def _main_window_with_problems() -> QWidget:
    """The window showing validation messages: an identity shortcut that cannot add."""
    import resnet_studio as rs
    from resnet_studio.ui.main_window import MainWindow

    design = rs.preset("d2l-resnet18")
    design.stages[1].shortcut = "identity"
    window = MainWindow(design, autosave=False)
    window.document.select_block(1, 0)  # the explain panel tells why identity fails
    return window


def _training_panel() -> QWidget:
    from resnet_studio.ui.training.panel import TrainingPanel

    return TrainingPanel(threads=1)


def _training_panel_after_run() -> QWidget:
    """The panel after a real (tiny) run: curves, legends, messages, runs list, confusion
    matrix and gallery filled by the engine."""
    from PySide6.QtCore import QEventLoop, QTimer

    from resnet_studio.core.design.design import Design, HeadSpec, InputSpec, StageSpec, StemSpec
    from resnet_studio.core.training.config import TrainConfig

    panel = _training_panel()
    panel.set_design(Design("tiny8", InputSpec(1, 28, 28), StemSpec(channels=8).with_kind("cifar"),
                            [StageSpec(8, 1, 1), StageSpec(16, 1, 2)], HeadSpec(10)))
    panel.settings.set_config(TrainConfig(dataset="fashion-mnist-sample", resize=None, epochs=1,
                                          batch_size=64, train_limit=256, test_limit=100))
    loop = QEventLoop()
    panel.run_finished.connect(lambda *_: loop.quit())
    QTimer.singleShot(60_000, loop.quit)
    panel.start()
    loop.exec()
    assert panel.last_result and panel.last_result.get("status") == "finished"
    return panel


SURFACES: dict[str, Callable[[], QWidget]] = {
    "main window": _main_window,
    "main window with problems": _main_window_with_problems,
    "training panel": _training_panel,
    "training panel after a run": _training_panel_after_run,
}


def _surface(name: str) -> QWidget:
    widget = SURFACES[name]()
    widget.resize(1280, 800)
    widget.show()
    QApplication.processEvents()
    _legends_settled(widget)
    return widget


def _legends_settled(widget: QWidget, timeout_s: float = 5.0) -> None:
    """Wait for the training plots' staggered legend rebuilds (up to 120 ms each)."""
    from resnet_studio.ui.training.plot_widgets import MetricPlot

    plots = widget.findChildren(MetricPlot)
    deadline = time.monotonic() + timeout_s
    while any(p.legend_pending for p in plots) and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)


def _dispose(widget: QWidget) -> None:
    """Close a surface, stopping any worker thread it runs."""
    for w in [widget, *widget.findChildren(QWidget)]:
        if callable(getattr(w, "shutdown", None)):
            w.shutdown()
    widget.close()
    widget.deleteLater()
    QApplication.processEvents()


@pytest.mark.parametrize("surface", list(SURFACES))
def test_no_english_left_in_chinese(qapp, lang, keep_words, surface):
    """(a) Built in zh_CN, no visible text is still English (menus, actions, tooltips,
    tabs, labels, buttons, headers, group titles, combo items, plot labels, legends)."""
    lang("zh_CN")
    widget = _surface(surface)
    try:
        texts = visible_texts(widget)
        assert texts
        bad = untranslated(texts, keep_words)
        assert not bad, (f"{len(bad)} {surface} texts still English in zh_CN (translate "
                         "them, or add a term kept as is to 'keep' in zh_CN.json):\n"
                         + "\n".join(bad))
    finally:
        _dispose(widget)


@pytest.mark.parametrize("surface", list(SURFACES))
def test_live_switch_and_back(qapp, lang, keep_words, surface):
    """(c) English -> zh_CN -> English at run time: every English text changes (unless
    a kept term) and comes back exactly, without rebuilding the widgets."""
    lang("en")
    widget = _surface(surface)
    try:
        before = visible_texts(widget)
        lang("zh_CN")
        chinese = visible_texts(widget)
        lang("en")
        after = visible_texts(widget)
        stuck = [f"{k}: {t!r}" for k, t in sorted(before.items())
                 if english_words(t, keep_words) and chinese.get(k) == t]
        assert not stuck, (f"{surface} texts not retranslated on QEvent.LanguageChange "
                           "(set them in retranslate()):\n" + "\n".join(stuck))
        back = [f"{k}: {after.get(k)!r} != {t!r}" for k, t in sorted(before.items())
                if after.get(k) != t]
        assert not back, f"{surface} texts not restored in English:\n" + "\n".join(back)
        assert any(CJK.search(t) for t in chinese.values())
    finally:
        _dispose(widget)


def test_main_window_renders_in_chinese(qapp, lang, keep_words, tmp_path):
    """(b) The main window built in zh_CN renders offscreen to a non-empty picture,
    its menu bar in Chinese."""
    lang("zh_CN")
    window = _surface("main window")
    try:
        path = tmp_path / "main_zh_CN.png"
        image = window.grab().toImage()
        assert window.grab().save(str(path)) and path.stat().st_size > 10_000
        assert image.width() >= 800 and image.height() >= 500
        colours = {image.pixel(x, y) for x in range(0, image.width(), 37)
                   for y in range(0, image.height(), 29)}
        assert len(colours) > 20  # drawn, not a blank
        titles = [a.text() for a in window.menuBar().actions()]
        assert titles and all(CJK.search(t) for t in titles), titles
        worded = [t for t in visible_texts(window).values()
                  if CJK.search(t) or english_words(t, keep_words)]  # not numbers, shapes...
        chinese = [t for t in worded if CJK.search(t)]
        assert len(chinese) > 100 and len(chinese) > 0.95 * len(worded)
    finally:
        _dispose(window)


def test_view_menu_has_the_language_menu(qapp, lang):
    """The window's View menu holds View > Language, and choosing 简体中文 there
    retranslates the window itself."""
    lang("en")
    window = _surface("main window")
    try:
        menus = window.findChildren(i18n.LanguageMenu)
        assert len(menus) == 1
        view = menus[0].parentWidget()
        assert isinstance(view, QMenu) and view.title() == "&View"
        assert menus[0].menuAction() in view.actions()
        menus[0].action("zh_CN").trigger()
        QApplication.processEvents()
        assert view.title() == "视图(&V)" and menus[0].title() == "语言(&L)"
        menus[0].action("en").trigger()
        QApplication.processEvents()
        assert view.title() == "&View"
    finally:
        _dispose(window)


def test_chinese_font_covers_every_translated_character(qapp):
    """Chinese renders only with a CJK font installed (Debian/Ubuntu: fonts-noto-cjk);
    where one is, it has a glyph for every character the translation uses."""
    families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    if not families:
        pytest.skip("no CJK font installed here (apt-get install fonts-noto-cjk)")
    glossary = json.loads((ROOT / "resources" / "i18n" / "zh_CN.json").read_text("utf-8"))
    texts = list(glossary["common"].values())
    for per_context in glossary.get("contexts", {}).values():
        texts += list(per_context.values())
    cjk = {ch for text in texts for ch in text if "\u4e00" <= ch <= "\u9fff"}
    assert len(cjk) > 100  # the translation is real Chinese, not a stub
    covered = {f: {ch for ch in cjk if QFontMetrics(QFont(f)).inFontUcs4(ord(ch))}
               for f in families}
    best = max(covered, key=lambda f: len(covered[f]))
    missing = "".join(sorted(cjk - covered[best]))
    assert not missing, f"{best} lacks glyphs for: {missing}"
