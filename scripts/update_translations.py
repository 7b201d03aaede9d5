"""Regenerate the studio's translations: .ts source and compiled .qm.

    .venv/bin/python scripts/update_translations.py           # update .ts and .qm
    .venv/bin/python scripts/update_translations.py --check   # exit 1 if anything lacks a translation
    .venv/bin/python scripts/update_translations.py --missing # print a JSON skeleton of what lacks one

Steps:
1. ``pyside6-lupdate`` extracts every ``self.tr(...)`` / ``QCoreApplication.translate(...)``
   string of ``resnet_studio/ui/**/*.py``.
2. Strings lupdate cannot see are added programmatically: the core's message templates
   (``TEMPLATES`` and ``PHRASES`` of core/design/problems.py -> context "Problem",
   core/training/config.py -> "TrainingError", core/export/errors.py -> "ExportError",
   core/training/notes.py -> "EngineNote"; the core has no Qt) and
   calls of the helper ``tr("Context", "text")`` from ui/common/i18n.py (lupdate mistakes
   those for ``QObject.tr(source, disambiguation)``).
3. Translations come from ``resources/i18n/zh_CN.json`` (the maintained dictionary:
   "common" source -> translation for every context, "contexts" for per-context
   overrides). A finished translation found in the .ts but not in the dictionary (say,
   typed in Qt Linguist) is copied into the dictionary first, so re-running never loses
   one. A translation equal to its source marks a string that stays the same in
   Chinese (e.g. "MACs").
4. ``pyside6-lrelease`` compiles the .ts into ``resources/i18n/resnet_studio_zh_CN.qm``.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "resnet_studio" / "ui"
I18N = ROOT / "resources" / "i18n"
LANGUAGE = "zh_CN"
TS = I18N / f"resnet_studio_{LANGUAGE}.ts"
QM = I18N / f"resnet_studio_{LANGUAGE}.qm"
GLOSSARY = I18N / f"{LANGUAGE}.json"
# core module (relative to ROOT) -> translation context of its TEMPLATES
CORE_TEMPLATES = {
    "resnet_studio/core/design/problems.py": "Problem",
    "resnet_studio/core/training/config.py": "TrainingError",
    "resnet_studio/core/export/errors.py": "ExportError",
    "resnet_studio/core/training/notes.py": "EngineNote",
}
_QT_ARG = re.compile(r"%L?\d+")
_PY_FIELD = re.compile(r"\{[^{}]*\}")


@dataclass
class Message:
    """One translatable string: where it belongs and what it becomes."""

    context: str
    source: str
    comment: str = ""
    translation: str = ""
    finished: bool = False
    numerus: bool = False
    locations: tuple[tuple[str, str], ...] = ()

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


# -- tools ---------------------------------------------------------------------

def qt_tool(name: str) -> list[str]:
    """Command for a Qt tool (lupdate/lrelease): the venv's pyside6-<name>, else PATH,
    else PySide6's bundled binary."""
    here = Path(sys.executable).parent / f"pyside6-{name}"
    if here.exists():
        return [str(here)]
    found = shutil.which(f"pyside6-{name}")
    if found:
        return [found]
    import PySide6

    bundled = Path(PySide6.__file__).parent / name
    if bundled.exists():
        return [str(bundled)]
    raise SystemExit(f"pyside6-{name} not found; install PySide6 into this Python "
                     f"({sys.executable}).")


def ui_sources() -> list[Path]:
    return sorted(p for p in UI.rglob("*.py") if "__pycache__" not in p.parts)


# -- reading -------------------------------------------------------------------

def read_ts(path: Path) -> list[Message]:
    """Every message of a .ts file (vanished/obsolete ones left out)."""
    if not path.exists():
        return []
    out = []
    for ctx in ET.parse(path).getroot().iter("context"):
        context = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            t = m.find("translation")
            kind = t.get("type", "") if t is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            numerus = m.get("numerus") == "yes"
            if numerus and t is not None:
                forms = [f.text or "" for f in t.iter("numerusform")]
                text = forms[0] if forms else ""
            else:
                text = (t.text or "") if t is not None else ""
            locs = tuple((loc.get("filename", ""), loc.get("line", ""))
                         for loc in m.iter("location"))
            out.append(Message(context, m.findtext("source") or "", m.findtext("comment") or "",
                               text, kind == "" and bool(text), numerus, locs))
    return out


def extract_ui() -> list[Message]:
    """lupdate's view of the UI sources, minus its misreadings of the bare tr() helper."""
    fd, name = tempfile.mkstemp(prefix=".extract-", suffix=".ts", dir=I18N)
    os.close(fd)
    tmp = Path(name)
    tmp.unlink()
    cmd = qt_tool("lupdate") + ["-silent", "-no-obsolete", "-locations", "absolute",
                                *[str(p) for p in ui_sources()], "-ts", str(tmp)]
    subprocess.run(cmd, check=True, cwd=ROOT)
    try:
        return [m for m in read_ts(tmp) if m.context]
    finally:
        tmp.unlink(missing_ok=True)


def _is_str(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _module_translators(tree: ast.Module) -> dict[str, str]:
    """Module functions that only translate their argument in a fixed context,
    ``def _t(text): return QCoreApplication.translate("Ctx", text)`` -> {"_t": "Ctx"}."""
    found = {}
    for fn in tree.body:
        if not isinstance(fn, ast.FunctionDef) or not fn.args.args:
            continue
        param = fn.args.args[0].arg
        for node in ast.walk(fn):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "translate" and len(node.args) >= 2
                    and _is_str(node.args[0]) and isinstance(node.args[1], ast.Name)
                    and node.args[1].id == param):
                found[fn.name] = node.args[0].value
    return found


def helper_calls() -> list[Message]:
    """Strings lupdate cannot see or misreads: ``tr("Context", "text")`` of ui/common/i18n.py
    (taken for ``QObject.tr(source, disambiguation)``) and calls of a module's own
    translating helper such as ``_t("text")``."""
    out = []
    for path in ui_sources():
        rel = "../../" + path.relative_to(ROOT).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        helpers = _module_translators(tree)
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            args, name = node.args, node.func.id
            loc = ((rel, str(node.lineno)),)
            if name == "tr" and len(args) == 2 and all(_is_str(a) for a in args):
                out.append(Message(args[0].value, args[1].value, locations=loc))
            elif name in helpers and args and _is_str(args[0]):
                out.append(Message(helpers[name], args[0].value, locations=loc))
    return out


def core_templates() -> list[Message]:
    """The core's message templates (read from the source: the core has no Qt)."""
    out = []
    for rel, context in CORE_TEMPLATES.items():
        path = ROOT / rel
        if not path.exists():
            continue
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            target = getattr(node, "target", None) or (getattr(node, "targets", None) or [None])[0]
            if not (isinstance(target, ast.Name) and node.value is not None):
                continue
            if target.id == "TEMPLATES":  # code -> (message, fix)
                pairs = ast.literal_eval(node.value).items()
            elif target.id == "PHRASES":  # param -> {phrase code: text}
                pairs = [(f"{param}.{code}", (text,)) for param, table
                         in ast.literal_eval(node.value).items() for code, text in table.items()]
            else:
                continue
            for code, texts in pairs:
                for text in texts:
                    if text:
                        out.append(Message(context, text, comment="",
                                           locations=(("../../" + rel, code),)))
    return out


def merge(*groups: list[Message]) -> list[Message]:
    """All messages once each, in first-seen order."""
    seen: dict[tuple[str, str, str], Message] = {}
    for group in groups:
        for m in group:
            if m.key not in seen:
                seen[m.key] = m
    return list(seen.values())


# -- the dictionary ------------------------------------------------------------

def load_glossary(path: Path = GLOSSARY) -> dict:
    if not path.exists():
        return {"common": {}, "contexts": {}}
    data = json.loads(path.read_text(encoding="utf-8"))
    data.setdefault("common", {})
    data.setdefault("contexts", {})
    return data


def save_glossary(data: dict, path: Path = GLOSSARY) -> None:
    data["common"] = dict(sorted(data["common"].items(), key=lambda kv: kv[0].lower()))
    data["contexts"] = {c: dict(sorted(v.items())) for c, v in sorted(data["contexts"].items())}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def _glossary_key(m: Message) -> str:
    return f"{m.comment}::{m.source}" if m.comment else m.source


def lookup(glossary: dict, m: Message) -> str | None:
    """The dictionary's translation of a message: per-context first, then common."""
    per = glossary["contexts"].get(m.context, {})
    key = _glossary_key(m)
    if key in per:
        return per[key]
    return glossary["common"].get(key)


def placeholders(text: str) -> tuple[list[str], list[str]]:
    """Qt (%1) and Python ({name}) placeholders, sorted, for comparing translations."""
    return sorted(_QT_ARG.findall(text)), sorted(_PY_FIELD.findall(text))


def placeholder_problem(m: Message, translation: str) -> str | None:
    if placeholders(m.source) != placeholders(translation):
        return (f"[{m.context}] {m.source!r}: translation {translation!r} changes the "
                f"placeholders {placeholders(m.source)} -> {placeholders(translation)}")
    return None


def harvest(glossary: dict, existing: list[Message]) -> int:
    """Copy finished .ts translations the dictionary lacks into it (Linguist edits)."""
    added = 0
    for m in existing:
        if m.finished and m.translation and lookup(glossary, m) is None:
            glossary["contexts"].setdefault(m.context, {})[_glossary_key(m)] = m.translation
            added += 1
    return added


def fill(messages: list[Message], glossary: dict) -> list[str]:
    """Set each message's translation from the dictionary; returns placeholder errors."""
    errors = []
    for m in messages:
        text = lookup(glossary, m)
        m.translation, m.finished = "", False
        if text is None:
            continue
        err = placeholder_problem(m, text)
        if err:
            errors.append(err)
            continue
        m.translation, m.finished = text, True
    return errors


# -- writing -------------------------------------------------------------------

def write_ts(messages: list[Message], path: Path = TS) -> None:
    """A .ts file Qt Linguist and lrelease read, contexts sorted, messages in order."""
    root = ET.Element("TS", version="2.1", language=LANGUAGE, sourcelanguage="en")
    by_context: dict[str, list[Message]] = {}
    for m in messages:
        by_context.setdefault(m.context, []).append(m)
    for context in sorted(by_context):
        c = ET.SubElement(root, "context")
        ET.SubElement(c, "name").text = context
        for m in by_context[context]:
            e = ET.SubElement(c, "message", numerus="yes") if m.numerus else \
                ET.SubElement(c, "message")
            for filename, line in m.locations:
                ET.SubElement(e, "location", filename=filename, line=line)
            ET.SubElement(e, "source").text = m.source
            if m.comment:
                ET.SubElement(e, "comment").text = m.comment
            t = ET.SubElement(e, "translation")
            if not m.finished:
                t.set("type", "unfinished")
            if m.numerus:
                ET.SubElement(t, "numerusform").text = m.translation
            else:
                t.text = m.translation
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def release(ts: Path = TS, qm: Path = QM) -> None:
    subprocess.run(qt_tool("lrelease") + ["-silent", str(ts), "-qm", str(qm)], check=True)


# -- the whole job -------------------------------------------------------------

def collect() -> list[Message]:
    """Every string the studio shows that a translation must cover."""
    return merge(extract_ui(), helper_calls(), core_templates())


def missing(messages: list[Message]) -> list[Message]:
    return [m for m in messages if not m.finished]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true",
                    help="change nothing; exit 1 if a string lacks a translation")
    ap.add_argument("--missing", action="store_true",
                    help="also print a JSON skeleton of the untranslated strings")
    args = ap.parse_args(argv)
    I18N.mkdir(parents=True, exist_ok=True)
    glossary = load_glossary()
    harvested = harvest(glossary, read_ts(TS))
    messages = collect()
    errors = fill(messages, glossary)
    todo = missing(messages)
    for e in errors:
        print("placeholder mismatch:", e, file=sys.stderr)
    if not args.check:
        if harvested:
            save_glossary(glossary)
        write_ts(messages)
        release()
    done = len(messages) - len(todo)
    print(f"{LANGUAGE}: {done}/{len(messages)} strings translated"
          + (f", {harvested} taken from the .ts into {GLOSSARY.name}" if harvested else ""))
    for m in todo:
        where = ":".join(m.locations[0]) if m.locations else ""
        print(f"  untranslated [{m.context}] {m.source!r}  {where}")
    if args.missing and todo:
        skeleton: dict[str, dict[str, str]] = {}
        for m in todo:
            skeleton.setdefault(m.context, {})[_glossary_key(m)] = ""
        print(json.dumps(skeleton, ensure_ascii=False, indent=1))
    return 1 if args.check and (todo or errors) else 0


if __name__ == "__main__":
    sys.exit(main())
