"""Fuzz: design documents through load -> validate -> trace -> summary.

Whatever the document holds (wrong types, huge or deep values, thousands of stages or
10^13 blocks, hostile names, damaged text), the only error allowed is the project's
DesignError, and each example finishes within a deadline: cost is bounded by the
limits, not by what the file asks for. Example counts fit a 2-core machine.
"""

import json
from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import resnet_studio as rs
from resnet_studio.core import DesignError, design_to_dict, trace, validate
from resnet_studio.core.design.files import loads
from resnet_studio.core.export.tables import trace_csv, trace_text

BASES = [design_to_dict(rs.preset(n)) for n in ("d2l-resnet18", "resnet50", "cifar-resnet20")]
DEADLINE = timedelta(seconds=3)  # refusals take milliseconds; a slow shared CPU gets slack
FUZZ = settings(max_examples=40, deadline=DEADLINE,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

HUGE = "<a 5000-digit number>"  # spliced into the JSON text (Python cannot print it)
NAMES = st.sampled_from(["n" * 300, "a\x00b", "bad\ud800", "\udfff", "../../x", "", "é网络"])
SCALARS = (st.none() | st.booleans() | st.integers(-10, 300)
           | st.integers(min_value=10**6, max_value=10**30) | st.just(HUGE)
           | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=8) | NAMES)
JUNK = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=3)
                    | st.dictionaries(st.text(max_size=5), inner, max_size=3), max_leaves=6)


def _paths(doc, prefix=()):
    """Every (path to a value) inside the document."""
    out = [prefix]
    if isinstance(doc, dict):
        for k, v in doc.items():
            out += _paths(v, prefix + (k,))
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            out += _paths(v, prefix + (i,))
    return out


def _set(doc, path, value):
    if not path:
        return value
    node = doc
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return doc


@st.composite
def documents(draw):
    doc = json.loads(json.dumps(draw(st.sampled_from(BASES))))
    if draw(st.booleans()):  # many stages or many blocks: the cost limits
        doc["stages"] = doc["stages"] * draw(st.integers(0, 400))
        for stage in doc["stages"][:3]:
            stage["blocks"] = draw(st.integers(0, 10**13))
    for _ in range(draw(st.integers(1, 4))):
        paths = _paths(doc)
        doc = _set(doc, draw(st.sampled_from(paths)), draw(JUNK))
    return doc


def _deep(n: int) -> str:
    return "[" * n + "]" * n


def _through_everything(text: str) -> None:
    try:
        design = loads(text, "fuzz.json")
    except DesignError as e:
        assert e.problems and all(p.message for p in e.problems)
        str(e).encode("utf-8", "backslashreplace")
        return
    problems = validate(design)
    assert all(p.message and isinstance(p.fix, str) for p in problems)
    t = trace(design)
    trace_text(t, design.name)
    trace_csv(t)
    json.dumps(t.to_dict())


@FUZZ
@given(documents())
def test_fuzzed_documents_give_only_the_projects_error(doc):
    _through_everything(json.dumps(doc).replace(json.dumps(HUGE), "9" * 5000))


@FUZZ
@given(st.sampled_from(BASES), st.integers(0, 10_000), st.sampled_from(
    ["", "]", "[", _deep(50_000), "9" * 5000, "-" + "1" * 4400, "1e999", "\"\\ud800\"",
     "{\"stages\": " + _deep(3000) + "}", "NaN", "\x00"]))
def test_damaged_text_gives_only_the_projects_error(base, cut, insert):
    text = json.dumps(base)
    at = cut % (len(text) + 1)
    _through_everything(text[:at] + insert + text[at:])
