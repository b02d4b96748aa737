"""Rule signals as model features: which lexicon roles fired, plus a few surface cues.

The linear models read these beside the character n-grams, so they learn how much
each rule cue is worth for each task (an escalation cue inside a joke, a messaging
noun inside a complaint ...) instead of the rules deciding alone.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.triage.lexicon import LEXICON, Found

SURFACE = ("exclaim", "exclaim3", "question", "caps", "digits", "short", "long", "emoji_pos",
           "emoji_neg", "emoji_laugh")
_POS_EMOJI = set("👍🙏❤♥💖😍🥰😊☺🌹👏🔥💯✨🎉😘🤩")
_NEG_EMOJI = set("😡😠🤬😤👎😞😢😭💔😒🙄😩😫")
_LAUGH = set("😂🤣😆😅")
_LATIN = re.compile(r"[A-Za-z]")
_UPPER = re.compile(r"[A-Z]")
_DIGIT = re.compile(r"\d")
_ANY_EMOJI = re.compile("[" + "".join(sorted(_POS_EMOJI | _NEG_EMOJI | _LAUGH)) + "]")


@cache
def names() -> tuple[str, ...]:
    """Every signal, in column order: lexicon roles then surface cues."""
    return tuple(sorted(LEXICON.roles())) + tuple(f"surface.{s}" for s in SURFACE)


@cache
def _index() -> dict[str, int]:
    return {name: k for k, name in enumerate(names())}


def of(found: Found, original: str, index: dict[str, int] | None = None) -> list[int]:
    """Columns of the signals present in one message.

    Args:
        found: The message's lexicon hits.
        original: The message as received (for case, punctuation and emoji).
        index: Signal name -> column (a model's own columns); default :func:`names`' order.
            Signals the index does not know are left out, so models trained before a
            role was added keep working until they are retrained.
    """
    index = index if index is not None else _index()
    cols = {index[role] for role in found.by_role if role in index}
    text = found.text
    surface = []
    bangs = original.count("!")
    if bangs:
        surface.append("exclaim")
        if bangs >= 3:
            surface.append("exclaim3")
    if "?" in text:
        surface.append("question")
    if _UPPER.search(original):  # most texts have no capital at all: skip the counting
        latin = len(_LATIN.findall(original))
        if latin >= 6 and len(_UPPER.findall(original)) >= 0.7 * latin:
            surface.append("caps")
    if _DIGIT.search(text):
        surface.append("digits")
    words = found.word_count()
    if words <= 3:
        surface.append("short")
    elif words >= 25:
        surface.append("long")
    if not original.isascii() and _ANY_EMOJI.search(original):
        chars = set(original)
        if chars & _POS_EMOJI:
            surface.append("emoji_pos")
        if chars & _NEG_EMOJI:
            surface.append("emoji_neg")
        if chars & _LAUGH:
            surface.append("emoji_laugh")
    for s in surface:
        col = index.get(f"surface.{s}")
        if col is not None:
            cols.add(col)
    return sorted(cols)
