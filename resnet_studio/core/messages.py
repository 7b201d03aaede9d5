"""Coded messages: what the core tells a person, as a stable code and its values.

The core never builds sentences for people out of phrases. A message (a design
problem, a training or export error, an engine note) carries a ``code`` and
``params`` (numbers, paths, names, and short codes for the parts that vary); its
class holds the English templates. ``texts()`` renders (message, fix); given a
``translate(context, text)`` function (the UI passes Qt's), it renders the same
templates in the user's language, so no caller ever parses English back.

Templates use ``{name}`` placeholders (format specs allowed: ``{params:,}``). A
param listed in ``PHRASES`` holds a code whose phrase (itself a template over the
same values) is put in its place; a param listed in ``WORDS`` holds a short word
(a field's name) that a UI translates in ``WORD_CONTEXT``. A param holding another
coded message is replaced by its message, and ``<name>_fix`` by its fix.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

#: (context, text) -> the text in the user's language
Translate = Callable[[str, str], str]


def _same(_context: str, text: str) -> str:
    return text


def render(template: str, values: dict[str, Any]) -> str:
    """Fill a template's {placeholders}; a missing or unfit value keeps it readable."""
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError, TypeError, AttributeError):
        return f"{template} {values}"


def plain(value: Any) -> Any:
    """A param as JSON-able data (coded messages as their dicts, others as text)."""
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, CodedMessage):
        return value.to_dict()
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return str(value)


class CodedMessage:
    """Base of every coded message of the core: ``code`` + ``params`` rendered from
    the class's ``TEMPLATES`` (code -> (message, fix)) in English or translated."""

    TEMPLATES: ClassVar[dict[str, tuple[str, str]]] = {}
    PHRASES: ClassVar[dict[str, dict[str, str]]] = {}  # param -> {phrase code: template}
    WORDS: ClassVar[tuple[str, ...]] = ()  # params whose text is a translatable word
    CONTEXT: ClassVar[str] = "Message"  # the translation context of the templates
    WORD_CONTEXT: ClassVar[str] = "ProblemField"

    code: str
    params: dict[str, Any]

    def _values(self, translate: Translate) -> dict[str, Any]:
        """The values the templates are filled with; subclasses add derived ones."""
        values: dict[str, Any] = {"code": self.code}
        for name, value in self.params.items():
            if isinstance(value, CodedMessage):
                values[name], values[name + "_fix"] = value.texts(translate)
            elif name in self.WORDS and isinstance(value, str):
                values[name] = translate(self.WORD_CONTEXT, value)
            else:
                values[name] = value
        return values

    def texts(self, translate: Translate | None = None) -> tuple[str, str]:
        """(message, fix), in English or through ``translate(context, text)``."""
        t = translate or _same
        values = self._values(t)
        for name, table in self.PHRASES.items():
            key = values.get(name)
            if isinstance(key, str) and key in table:
                values[name] = render(t(self.CONTEXT, table[key]), values)
        message_t, fix_t = self.TEMPLATES.get(self.code, ("{code}", ""))
        message = render(t(self.CONTEXT, message_t), values)
        fix = render(t(self.CONTEXT, fix_t), values).strip() if fix_t else ""
        return message, fix

    @property
    def message(self) -> str:
        return self.texts()[0]

    @property
    def fix(self) -> str:
        return self.texts()[1]

    def to_dict(self) -> dict[str, Any]:
        """Plain data (code, params, English message and fix) for logs and signals."""
        message, fix = self.texts()
        return {"code": self.code, "params": {k: plain(v) for k, v in self.params.items()},
                "message": message, "fix": fix}


class CodedError(CodedMessage, Exception):
    """A coded message that is raised: ``str(error)`` is its English message and fix."""

    def __init__(self, code: str, **params: Any):
        self.code = code
        self.params = params
        message, fix = self.texts()
        super().__init__(f"{message} {fix}".strip())


class CodedNote(CodedMessage, str):
    """A coded message that reads as its English text (a ``str``), so logs, prints and
    ``in`` checks keep working while a UI translates it from its code."""

    code: str
    params: dict[str, Any]

    def __new__(cls, code: str, **params: Any) -> CodedNote:
        probe = object.__new__(_Probe)
        probe.code, probe.params, probe.TEMPLATES, probe.PHRASES = (
            code, params, cls.TEMPLATES, cls.PHRASES)
        note = str.__new__(cls, probe.texts()[0])
        note.code, note.params = code, params
        return note

    def __getnewargs_ex__(self) -> tuple[tuple[str], dict[str, Any]]:
        return (self.code,), dict(self.params)


class _Probe(CodedMessage):
    """Renders a note's English text before the note (an immutable str) exists."""
