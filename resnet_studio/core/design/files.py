"""Design files: human-readable JSON with a format version.

Reading checks every field and names the one that is wrong; saving writes a temp
file and renames it, so a failed save never destroys the previous file.
"""

from __future__ import annotations

import json
import os
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
from resnet_studio.core.design.problems import DesignError, Problem

FORMAT = "resnet-studio/design"
FORMAT_VERSION = 1


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
        if "int" in t:
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
           "projection_bn"}
    for key in data:
        if key not in top:
            raise r.err("field_unknown", field=key, where="design", known=", ".join(sorted(top)))
    if not isinstance(data["stages"], list):
        raise r.err("field_type", field="stages", expected="a list of stages",
                    value=_short(data["stages"]), where="design")
    stages = []
    for i, raw in enumerate(data["stages"]):
        w = f"stages[{i}]"
        st = r.fill(StageSpec, raw, w, skip=("overrides",))
        overrides_raw = raw.get("overrides", [])
        if not isinstance(overrides_raw, list):
            raise r.err("field_type", field=f"{w}.overrides", expected="a list",
                        value=_short(overrides_raw), where=w)
        for j, o in enumerate(overrides_raw):
            ow = f"{w}.overrides[{j}]"
            o = r.obj(o, ow)
            if "block" not in o:
                raise r.err("file_not_design", field=f"{ow}.block")
            block = r.typed(o["block"], "int", f"{ow}.block")
            rest = {k: v for k, v in o.items() if k != "block"}
            st.overrides[block] = r.fill(BlockOverride, rest, ow)
        stages.append(st)
    return Design(
        name=r.typed(data.get("name", Path(path).stem), "str", "name"),
        input=r.fill(InputSpec, data.get("input", {}), "input"),
        stem=r.fill(StemSpec, data.get("stem", {}), "stem"),
        stages=stages,
        head=r.fill(HeadSpec, data.get("head", {}), "head"),
        conv_bias=r.typed(data.get("conv_bias", False), "bool", "conv_bias"),
        projection_bn=r.typed(data.get("projection_bn", True), "bool", "projection_bn"),
    )


def _short(value: Any) -> str:
    text = json.dumps(value) if not isinstance(value, str) else repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def dumps(design: Design) -> str:
    return json.dumps(design_to_dict(design), indent=2) + "\n"


def loads(text: str, path: str = "<design>") -> Design:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise DesignError([Problem("file_not_json", {"path": path, "reason": str(e)})]) from None
    return design_from_dict(data, path)


def load_design(path: str | os.PathLike) -> Design:
    """Read a design file. Raises DesignError (never a raw traceback) for bad files."""
    p = str(path)
    try:
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
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
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
