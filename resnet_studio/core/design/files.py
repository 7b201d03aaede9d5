"""Design files: human-readable JSON with a format version.

Reading checks every field and names the one that is wrong; saving writes a temp
file and renames it, so a failed save never destroys the previous file.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from dataclasses import fields
from pathlib import Path
from typing import Any

from resnet_studio.core.design.design import (
    BlockOverride,
    Design,
    HeadSpec,
    InputSpec,
    StageSpec,
    StemSpec,
)
from resnet_studio.core.design.limits import MAX_BLOCKS, MAX_NUMBER, MAX_STAGES, cost_problems
from resnet_studio.core.design.problems import DesignError, Problem

FORMAT = "resnet-studio/design"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 4 * 2**20  # a design with 1,000 blocks, each overridden, is ~150 KB
MAX_DEPTH = 20  # a design nests 5 levels deep; json would recurse past 1,000 and crash
MAX_DIGITS = 100  # longer whole numbers are kept as HugeNumber (Python refuses > 4,300)
# Design-wide block options (format 1 files without them load with the defaults).
BLOCK_OPTIONS = {"block_order": "str", "auto_shortcut": "str", "se_ratio": "int",
                 "drop_path": "float", "zero_init_last": "bool"}


def _read_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _read_umask()  # read once at import: os.umask is process-wide, not thread-safe


def design_to_dict(design: Design) -> dict[str, Any]:
    """The JSON form: every number spelled out, overrides as a list."""
    d = design
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "name": d.name,
        "input": _fields(d.input),
        "stem": _fields(d.stem),
        "stages": [
            {
                **{k: v for k, v in _fields(st).items() if k != "overrides"},
                "overrides": [
                    {"block": bi, **{k: v for k, v in _fields(o).items() if v is not None}}
                    for bi, o in sorted(st.overrides.items())
                ],
            }
            for st in d.stages
        ],
        "head": _fields(d.head),
        "conv_bias": d.conv_bias,
        "projection_bn": d.projection_bn,
        **{k: getattr(d, k) for k in BLOCK_OPTIONS},
    }


def _fields(obj) -> dict[str, Any]:
    return {f.name: getattr(obj, f.name) for f in fields(obj)}


class _Reader:
    def __init__(self, path: str):
        self.path = path

    def err(self, code: str, **params) -> DesignError:
        return DesignError([Problem(code, {"path": self.path, **params})])

    def obj(self, data: Any, where: str) -> dict:
        if not isinstance(data, dict):
            raise self.err("field_type", field=where, expected="an object {...}",
                           value=_short(data), where=where)
        return data

    def fill(self, cls, data: Any, where: str, skip: tuple[str, ...] = ()):
        data = self.obj(data, where)
        known = {f.name: f for f in fields(cls) if f.name not in skip}
        for key in data:
            if key not in known and key not in skip:
                raise self.err("field_unknown", field=f"{where}.{key}", where=where,
                               known=", ".join(known))
        kwargs = {}
        for name, f in known.items():
            if name not in data:
                continue
            value = data[name]
            kwargs[name] = self.typed(value, f.type, f"{where}.{name}")
        return cls(**kwargs)

    def typed(self, value: Any, type_name: str, where: str):
        t = str(type_name)
        if value is None and "None" in t:
            return None
        if "bool" in t:
            if not isinstance(value, bool):
                raise self.err("field_type", field=where, expected="true or false",
                               value=_short(value), where=where)
            return value
        if "float" in t:
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise self.err("field_type", field=where, expected="a number",
                               value=_short(value), where=where)
            return float(value)
        if "int" in t:
            if isinstance(value, HugeNumber) or (isinstance(value, int) and not isinstance(
                    value, bool) and not -MAX_NUMBER <= value <= MAX_NUMBER):
                raise self.err("number_too_long", field=where, digits=_digits(value),
                               where="design")
            if isinstance(value, bool) or not isinstance(value, int):
                raise self.err("field_type", field=where, expected="a whole number",
                               value=_short(value), where=where)
            return value
        if "str" in t:
            if not isinstance(value, str):
                raise self.err("field_type", field=where, expected="a string",
                               value=_short(value), where=where)
            return value
        return value


def design_from_dict(data: Any, path: str = "<design>") -> Design:
    """Parse the JSON form. Raises DesignError naming the field that is wrong."""
    r = _Reader(path)
    data = r.obj(data, "design")
    if "stages" not in data or ("format" in data and data["format"] != FORMAT):
        missing = "format" if "format" in data else "stages"
        raise r.err("file_not_design", field=missing)
    version = data.get("version", FORMAT_VERSION)
    if isinstance(version, bool) or not isinstance(version, int):
        raise r.err("field_type", field="version", expected="a whole number",
                    value=_short(version), where="design")
    if version > FORMAT_VERSION:
        raise r.err("file_version", version=version, supported=FORMAT_VERSION)
    top = {"format", "version", "name", "input", "stem", "stages", "head", "conv_bias",
           "projection_bn", *BLOCK_OPTIONS}
    for key in data:
        if key not in top:
            raise r.err("field_unknown", field=key, where="design", known=", ".join(sorted(top)))
    if not isinstance(data["stages"], list):
        raise r.err("field_type", field="stages", expected="a list of stages",
                    value=_short(data["stages"]), where="design")
    if len(data["stages"]) > MAX_STAGES:  # before any loop: cost bounded by the limits
        raise r.err("value_too_large", field="stages", value=len(data["stages"]),
                    maximum=MAX_STAGES, where="design")
    stages = []
    for i, raw in enumerate(data["stages"]):
        w = f"stages[{i}]"
        st = r.fill(StageSpec, raw, w, skip=("overrides",))
        overrides_raw = raw.get("overrides", [])
        if not isinstance(overrides_raw, list):
            raise r.err("field_type", field=f"{w}.overrides", expected="a list",
                        value=_short(overrides_raw), where=w)
        if len(overrides_raw) > MAX_BLOCKS:
            raise r.err("value_too_large", field=f"{w}.overrides", value=len(overrides_raw),
                        maximum=MAX_BLOCKS, where=w)
        for j, o in enumerate(overrides_raw):
            ow = f"{w}.overrides[{j}]"
            o = r.obj(o, ow)
            if "block" not in o:
                raise r.err("file_not_design", field=f"{ow}.block")
            block = r.typed(o["block"], "int", f"{ow}.block")
            rest = {k: v for k, v in o.items() if k != "block"}
            st.overrides[block] = r.fill(BlockOverride, rest, ow)
        stages.append(st)
    design = Design(
        name=r.typed(data.get("name", Path(path).stem), "str", "name"),
        input=r.fill(InputSpec, data.get("input", {}), "input"),
        stem=r.fill(StemSpec, data.get("stem", {}), "stem"),
        stages=stages,
        head=r.fill(HeadSpec, data.get("head", {}), "head"),
        conv_bias=r.typed(data.get("conv_bias", False), "bool", "conv_bias"),
        projection_bn=r.typed(data.get("projection_bn", True), "bool", "projection_bn"),
        **{k: r.typed(data[k], t, k) for k, t in BLOCK_OPTIONS.items() if k in data},
    )
    costly = cost_problems(design)
    if costly:
        raise DesignError(costly)
    return design


def _short(value: Any) -> str:
    """A value for a message, at most 40 characters; never fails (deep nesting, huge
    numbers, lone surrogates all have a printable form)."""
    if isinstance(value, HugeNumber) or (isinstance(value, int) and not isinstance(value, bool)
                                         and abs(value) > MAX_NUMBER):
        return f"a number of {_digits(value)} digits"
    try:
        text = json.dumps(value) if not isinstance(value, str) else printable(repr(value))
    except (RecursionError, ValueError, TypeError):
        text = f"a {type(value).__name__}"
    return text if len(text) <= 40 else text[:37] + "..."


def _digits(value: int | HugeNumber) -> int:
    """How many digits a huge whole number has (without printing it)."""
    if isinstance(value, HugeNumber):
        return value.digits
    return len(str(abs(value))) if abs(value) < 10**4000 else int(value.bit_length() * 0.30103) + 1


class HugeNumber:
    """A whole number with more than MAX_DIGITS digits, as JSON text gave it: kept
    unconverted (converting is slow, and printing past 4,300 digits raises)."""

    def __init__(self, text: str):
        self.digits = len(text.lstrip("-"))

    def __repr__(self) -> str:
        return f"<a number of {self.digits} digits>"


class JsonError(ValueError):
    """Text that is not JSON the studio can read; ``reason`` says why and where."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def _parse_int(text: str) -> int | HugeNumber:
    return int(text) if len(text) <= MAX_DIGITS else HugeNumber(text)


def parse_json(text: str) -> Any:
    """json.loads for files from anywhere: JsonError (never RecursionError or the
    4,300-digit ValueError) with a reason naming the place; huge numbers come back as
    HugeNumber, so checking a field's type names the field."""
    try:
        return json.loads(text, parse_int=_parse_int)
    except json.JSONDecodeError as e:
        raise JsonError(str(e)) from None
    except RecursionError:
        raise JsonError(f"nested more than {MAX_DEPTH} levels deep at "
                        f"'{_deep_place(text)}'") from None
    except ValueError as e:
        raise JsonError(str(e)[:200]) from None


_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"\s*:?|[\[\]{},]')


def _deep_place(text: str) -> str:
    """Where ``text`` first nests deeper than MAX_DEPTH, as 'stages[0].name'."""
    path: list[Any] = []
    for m in _TOKEN.finditer(text):
        tok = m.group()
        if tok[0] == '"':
            if tok.endswith(":") and path:
                try:
                    path[-1] = str(json.loads(tok[:-1].rstrip()))
                except ValueError:
                    path[-1] = "?"
        elif tok in "[{":
            if len(path) >= MAX_DEPTH:
                break
            path.append(0 if tok == "[" else "")
        elif tok in "]}":
            if path:
                path.pop()
        elif path and isinstance(path[-1], int):
            path[-1] += 1
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    out = out.lstrip(".") or "design"
    return printable(out if len(out) <= 60 else out[:57] + "...")


def printable(text: str) -> str:
    """``text`` with lone surrogates (which no encoder accepts) as \\udXXX escapes."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def dumps(design: Design) -> str:
    return json.dumps(design_to_dict(design), indent=2) + "\n"


def loads(text: str, path: str = "<design>") -> Design:
    """Parse a design file's text; DesignError (only) for anything wrong with it."""
    try:
        data = parse_json(text)
    except JsonError as e:
        raise DesignError([Problem("file_not_json", {"path": path, "reason": e.reason})]) from None
    return design_from_dict(data, path)


def load_design(path: str | os.PathLike) -> Design:
    """Read a design file. Raises DesignError (never a raw traceback) for bad files."""
    p = str(path)
    try:
        size = Path(p).stat().st_size
        if size > MAX_FILE_BYTES:
            raise DesignError([Problem("file_unreadable", {
                "path": p, "reason": f"{size / 2**20:.1f} MB, above the limit of "
                f"{MAX_FILE_BYTES // 2**20} MB for a design file"})])
        raw = Path(p).read_bytes()
    except FileNotFoundError:
        raise DesignError([Problem("file_not_found", {"path": p})]) from None
    except OSError as e:
        raise DesignError([Problem("file_unreadable", {"path": p, "reason": e.strerror or str(e)})]) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise DesignError([Problem("file_not_json", {"path": p, "reason": "not UTF-8 text"})]) from None
    return loads(text, p)


def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> None:
    """Write to a temp file beside ``path`` then rename: all or nothing."""
    target = Path(path)
    prefix = target.name.encode("utf-8", "surrogateescape")[:160].decode("utf-8", "ignore")
    fd, tmp = tempfile.mkstemp(prefix=f".{prefix}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            # mkstemp makes the file private (0600); give it the mode open() would.
            os.chmod(tmp, 0o666 & ~_UMASK)
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def save_design(design: Design, path: str | os.PathLike) -> None:
    atomic_write_bytes(path, dumps(design).encode("utf-8"))
