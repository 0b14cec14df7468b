"""The 資料來源 text of a KPI's binding (SPEC R15): a syntax officers can read and edit.

The KPI sheet's 資料來源 column holds either 手動 (typed in by hand) or a measure of
:mod:`.measures` with its parameters::

    手動                                        typed in by hand (no binding)
    compliance_rate                              a measure without parameters
    classes_held(類別=公務倫理,標題含=核心價值)     parameters by their Chinese label
    person_times(學習類別=人權教育|行政中立)       | separates alternatives (any of them)
    mode_participation(學習性質=數位,分母=預算員額)
    hours_total(標題含=「倫理,價值」)              「」 or "" quote a value holding , ) | =

Measure and parameter names may also be written by their Chinese label (辦理班期數) or
English key (category); full-width brackets, commas, semicolons, colons and equals signs
count as their ASCII meaning outside quotes. :func:`render_binding` writes the canonical
form, which :func:`parse_binding` reads back to the same binding; a refusal names the text
and what is wrong with it.
"""

from __future__ import annotations

import re

from hrplanner.domain.plans.measures import (
    Binding,
    BindingError,
    make_binding,
    measure,
    parameter_of,
)
from hrplanner.i18n import _

MANUAL = "手動"
_MANUAL_WORDS = frozenset({MANUAL, "手動輸入", "人工", "manual", ""})

# Structure characters as typed → their ASCII meaning; only outside quotes.
_STRUCTURE = {"(": "(", "（": "(", ")": ")", "）": ")", ",": ",", "，": ",", ";": ",",
              "；": ",", "=": "=", "＝": "=", ":": "=", "：": "=", "|": "|", "｜": "|"}  # fmt: skip
_QUOTES = {"「": "」", '"': '"', "『": "』", "“": "”"}
_SPECIAL = re.compile(
    "[" + re.escape("".join(_STRUCTURE) + "".join(_QUOTES) + "".join(_QUOTES.values())) + "]"
)


def _unbalanced() -> BindingError:
    return BindingError(_("括號沒有成對。"))


def _parameters(args: str) -> list[tuple[str, list[str]]]:
    """``類別=a|b,標題含=「c,d」`` → [("類別", ["a", "b"]), ("標題含", ["c,d"])].

    The first = of a parameter separates its name; , ends a parameter and | a value; quoted
    text is taken as it is. Everything else is part of a value.
    """
    params: list[tuple[str, list[str]]] = []
    word: str | None = None
    values: list[str] = []
    buffer: list[str] = []
    i = 0

    def missing_equals() -> BindingError:
        return BindingError(
            _("參數「{part}」缺少「=」，請寫成如 類別=公務倫理。").format(
                part="".join(buffer).strip()
            )
        )

    while i <= len(args):
        char = args[i] if i < len(args) else ","
        meaning = _STRUCTURE.get(char)
        if char in _QUOTES:
            close = args.find(_QUOTES[char], i + 1)
            if close < 0:
                raise BindingError(_("引號沒有成對。"))
            buffer.append(args[i + 1 : close])
            i = close + 1
            continue
        if meaning in ("(", ")"):
            raise _unbalanced()
        if meaning == "=" and word is None:
            word, buffer = "".join(buffer).strip(), []
        elif meaning in (",", "|"):
            if word is None:
                if meaning == "," and not "".join(buffer).strip() and not values:
                    buffer = []  # an empty parameter, e.g. after a trailing comma
                    i += 1
                    continue
                raise missing_equals()
            values.append("".join(buffer))
            buffer = []
            if meaning == ",":
                params.append((word, values))
                word, values = None, []
        else:
            buffer.append(char)
        i += 1
    return params


def parse_binding(text: str | None) -> Binding | None:
    """資料來源 text → a binding, or None for 手動 (or blank); BindingError naming the text
    and the problem."""
    source = (text or "").strip()
    if source.casefold() in _MANUAL_WORDS:
        return None
    try:
        return _parse(source)
    except BindingError as exc:
        raise BindingError(
            _("資料來源「{text}」無法使用：{reason}").format(text=source, reason=exc)
        ) from exc


def _parse(source: str) -> Binding:
    opening = next((i for i, c in enumerate(source) if _STRUCTURE.get(c) == "("), -1)
    if opening < 0:
        if any(_STRUCTURE.get(c) == ")" for c in source):
            raise _unbalanced()
        name, args = source, ""
    else:
        name, rest = source[:opening], source[opening + 1 :].rstrip()
        if not rest or _STRUCTURE.get(rest[-1]) != ")":
            if any(_STRUCTURE.get(c) == ")" for c in rest):
                raise BindingError(_("右括號之後還有文字。"))
            raise _unbalanced()
        args = rest[:-1]
    definition = measure(name.strip())
    values: dict[str, list[str]] = {}
    for word, listed in _parameters(args):
        parameter = parameter_of(definition, word)
        if parameter.key in values:
            raise BindingError(_("參數「{name}」重複。").format(name=parameter.label))
        values[parameter.key] = listed
    return make_binding(definition.name, values)


def _quoted(value: str) -> str:
    return f"「{value}」" if _SPECIAL.search(value) else value


def render_binding(binding: Binding | None) -> str:
    """The 資料來源 text of a binding: ``classes_held(類別=公務倫理,標題含=核心價值)``; 手動
    for None. :func:`parse_binding` reads it back to the same binding."""
    if binding is None:
        return MANUAL
    definition = binding.definition
    if not binding.values:
        return definition.name
    parts = []
    for key, values in binding.values:
        parameter = definition.parameter(key)
        label = parameter.label if parameter else key
        parts.append(label + "=" + "|".join(_quoted(v) for v in values))
    return f"{definition.name}({','.join(parts)})"
