"""Text normalisation for Persian, Arabic and English (and their Latin-script forms).

Three forms of a message are used:

* ``clean`` — Unicode cleanup only: NFKC (Arabic presentation forms and ligatures
  become plain letters), bidi and zero-width marks, tatweel and diacritics removed,
  ZWNJ dropped (``می‌خوام`` and ``میخوام`` become one spelling), white space
  collapsed, digits of every script folded to ASCII. Letters are **not** unified:
  ي/ی and ك/ک still tell Arabic from Persian typed on an Arabic keyboard, so
  language identification reads this form.
* ``folded`` — ``clean`` lower-cased, with every Arabic-script letter variant
  mapped to one spelling (ي ی ى → ی, ك ک → ک, أ إ آ ٱ → ا, ة ۀ → ه, ؤ → و, ئ → ی).
  Rules and the category/sentiment models read this form, so one pattern covers
  Persian typed either way and the Arabic spelling of the same word.
* ``display`` — ``clean`` with letters unified *for the detected language* (Persian
  letters for ``fa``, Arabic letters for ``ar``): what is indexed and shown.

Emojis are kept in every form; they are signals for sentiment and escalation.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
DIGIT_FOLD = str.maketrans(PERSIAN_DIGITS + ARABIC_DIGITS, "0123456789" * 2)
_DIGIT_FOLD = DIGIT_FOLD

# Removed outright: bidi controls, zero-width space/joiner/ZWNJ, BOM, tatweel,
# Arabic diacritics (harakat, superscript alef, Quranic marks), and the high hamza NFKC leaves
# of Urdu's ٸ (its yeh stays: «سبسکراٸب» reads as «سبسکرائب»).
_DROPPED = [*range(0x200B, 0x2010), *range(0x202A, 0x202F), *range(0x2066, 0x206A), 0xFEFF, 0x0640,
            *range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06DD), *range(0x06DF, 0x06E9),
            *range(0x06EA, 0x06EE), 0x0674]
_DROP = dict.fromkeys(_DROPPED)
# Names that are spelt with a tripled letter are not elongations: squeezed, "BBB" (Better
# Business Bureau) and "ACCC" (Australia's consumer regulator) would read as "b" and "ac".
_KEPT_TRIPLES = ("bbb", "accc", "www")
_ELONGATED = re.compile(r"\b(?:" + "|".join(_KEPT_TRIPLES) + r")\b|([^\W\d_])\1{2,}")
# Any character three times in a row: a cheap test (about 1 µs, against 10 µs for the
# substitution) that tells the few elongated texts (one in 25) from the rest.
_TRIPLE = re.compile(r"(.)\1\1")

_FOLD = str.maketrans({
    "ي": "ی", "ى": "ی", "ئ": "ی", "ې": "ی",
    "ك": "ک", "ڪ": "ک",
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ة": "ه", "ۀ": "ه", "ۃ": "ه",
    "ؤ": "و",
    "٪": "%", "،": ",", "؛": ";", "؟": "?",
})
_FOLD_PAIRS = tuple((chr(k), str(v)) for k, v in _FOLD.items())
_TO_PERSIAN = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه"})
_TO_ARABIC = str.maketrans({"ی": "ي", "ک": "ك"})


def _any_of(table: Mapping[int, object]) -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(table)) + "]")


# str.translate costs ~0.1 µs per character of Arabic-script text, and most texts have
# nothing to translate: a regex scan (C, ~20x cheaper) decides whether to call it.
_HAS_DROP = _any_of(_DROP)
_HAS_DIGIT = _any_of(DIGIT_FOLD)
_HAS_FOLD = _any_of(_FOLD)
_HAS_TO_PERSIAN = _any_of(_TO_PERSIAN)
_HAS_TO_ARABIC = _any_of(_TO_ARABIC)


@dataclass(frozen=True, slots=True)
class DigitScripts:
    """Which digit scripts a text used (before folding)."""

    persian: int
    arabic: int
    latin: int


def base(text: str) -> str:
    """Unicode cleanup without digit folding: NFKC, marks and diacritics dropped, spaces collapsed."""
    if not text.isascii():
        if not unicodedata.is_normalized("NFKC", text):
            text = unicodedata.normalize("NFKC", text)
        if _HAS_DROP.search(text):
            text = text.translate(_DROP)
    return " ".join(text.split())


def fold_digits(text: str) -> str:
    """Persian and Arabic-Indic digits as ASCII digits."""
    return text.translate(_DIGIT_FOLD) if not text.isascii() and _HAS_DIGIT.search(text) else text


def clean(text: str) -> str:
    """Unicode cleanup (see module docstring); digits folded to ASCII, letters untouched."""
    return fold_digits(base(text))


def _one_or_kept(match: re.Match[str]) -> str:
    return match.group(1) or match.group(0)


def _shorten(text: str) -> str:
    return _ELONGATED.sub(_one_or_kept, text) if _TRIPLE.search(text) else text


def lid_from_base(based: str) -> str:
    """:func:`lid_form` of a text already through :func:`base`."""
    return _shorten(based.lower())


def lid_form(text: str) -> str:
    """What language identification reads: cleaned, lower-cased, elongations shortened.

    Letters are **not** unified and digits stay in their own script (Arabic-Indic
    digits are a signal for Arabic, Persian digits for Persian).
    """
    return lid_from_base(base(text))


def digit_scripts(text: str) -> DigitScripts:
    """Count digits per script in the original text."""
    persian = arabic = latin = 0
    for ch in text:
        if ch in PERSIAN_DIGITS:
            persian += 1
        elif ch in ARABIC_DIGITS:
            arabic += 1
        elif "0" <= ch <= "9":
            latin += 1
    return DigitScripts(persian, arabic, latin)


def fold(cleaned: str) -> str:
    """The matching form: lower-case, letter variants unified, elongations shortened.

    A letter repeated three times or more ("خیلیییی", "stooop", "ايقااااف") counts
    once; digits are never shortened ("1111" stays), nor are the names in
    ``_KEPT_TRIPLES`` ("BBB", "ACCC", "www").
    """
    lowered = cleaned.lower()
    if not lowered.isascii() and _HAS_FOLD.search(lowered):
        # str.replace per variant letter present is about twice as fast as str.translate with
        # a dict table; no variant's target is itself a variant, so the order does not matter.
        for variant, target in _FOLD_PAIRS:
            if variant in lowered:
                lowered = lowered.replace(variant, target)
    return _shorten(lowered)


def display(cleaned: str, language: str) -> str:
    """Letters unified for the language (applied only once the language is known)."""
    if language == "fa" and _HAS_TO_PERSIAN.search(cleaned):
        return cleaned.translate(_TO_PERSIAN)
    if language == "ar" and _HAS_TO_ARABIC.search(cleaned):
        return cleaned.translate(_TO_ARABIC)
    return cleaned


def fold_pattern(pattern: str) -> str:
    """Fold a regular-expression source written in natural spelling (for rule tables)."""
    return pattern.translate(_FOLD)
