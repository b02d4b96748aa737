"""Phrase lexicons found in one pass, and the few ways rules combine them.

Every rule phrase of the triage (opt-out verbs, messaging nouns, guards, escalation
cues ...) is registered here under a *role*. One Aho-Corasick automaton finds all
of them in a folded message in a single pass (a few microseconds), with word
boundaries checked afterwards; rules are then small Python functions over the
hits ("a stop verb followed within three words by a messaging noun"). This keeps
hundreds of phrases in five scripts fast, and every decision has its span.

Phrases are written in natural spelling and folded like the text (ي/ی, ك/ک ...).
``stem=True`` lets a phrase continue into a longer word («پیامک» matches
«پیامکها»); ``clitic=True`` lets Arabic proclitics (و، ب، ف، ل، ال، هال ...) stand
before it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import NamedTuple

import ahocorasick

from pipeline.triage.normalize import fold_pattern

STEM = 1
CLITIC = 2
# Arabic proclitics that attach to the next word.
_PROCLITICS = ("وهال", "وبال", "وال", "بال", "فال", "هال", "لل", "ال", "و", "ب", "ف", "ل", "ها", "ک")
# Everything that is not part of a word separates words.
_NON_WORD = re.compile(r"[^\w]")


def words_only(text: str) -> str:
    """``text`` with every non-word character replaced by a space (same length, same offsets)."""
    return _NON_WORD.sub(" ", text)


# Finglish writes غ/ق as "gh" or "q" ("tablighat", "tabliqat"; "ghat", "qat"): every Latin
# phrase with "gh" is registered in both spellings.
_FINGLISH_Q = re.compile(r"gh")


def _spellings(phrases: Iterable[str]) -> Iterable[str]:
    for phrase in phrases:
        yield phrase
        if phrase.isascii() and "gh" in phrase:
            yield _FINGLISH_Q.sub("q", phrase)


class Hit(NamedTuple):
    """A phrase found in a text: its role and where it is.

    A named tuple: built for every match of every message, and a tuple is several
    times cheaper to make than a frozen dataclass.
    """

    role: str
    start: int
    end: int


class Lexicon:
    """Roles and their phrases; compiled once into one automaton.

    Phrases are stored with the spaces that delimit them (" stop "), and texts are
    searched with non-word characters turned into spaces and a space added at each
    end, so every match the automaton reports is already a whole-word match: no
    boundary checks per candidate. A stem is stored without its closing space; a
    phrase that takes Arabic proclitics is stored once per proclitic as well.
    """

    def __init__(self) -> None:
        """An empty lexicon."""
        self._keys: dict[str, set[tuple[str, int]]] = defaultdict(set)
        self._roles: set[str] = set()
        self._automaton: ahocorasick.Automaton | None = None

    def add(self, role: str, phrases: Iterable[str], stem: bool = False, clitic: bool = False) -> None:
        """Register ``phrases`` under ``role``."""
        self._roles.add(role)
        for phrase in _spellings(phrases):
            core = " ".join(words_only(fold_pattern(phrase.lower())).split())
            if not core:
                continue
            tail = "" if stem else " "
            self._keys[f" {core}{tail}"].add((role, 0))
            if clitic:
                for prefix in _PROCLITICS:
                    # The hit starts after the proclitic: offset = its length.
                    self._keys[f" {prefix}{core}{tail}"].add((role, len(prefix)))
        self._automaton = None

    def roles(self) -> set[str]:
        """Every role registered."""
        return set(self._roles)

    def _compile(self) -> ahocorasick.Automaton:
        automaton = ahocorasick.Automaton()
        for key, entries in self._keys.items():
            core_len = len(key.strip(" "))
            # Per role: offset of the phrase from the key's end, and its length.
            # A proclitic entry's hit is the core alone: it starts after the proclitic and is
            # that much shorter than the key («الشرطه» found as «شرطه»: 4 letters, not 6).
            automaton.add_word(key, tuple((role, len(key) - 1 - skip, core_len - skip)
                                          for role, skip in sorted(entries)))
        automaton.make_automaton()
        return automaton

    def scan(self, text: str) -> list[Hit]:
        """Every role occurrence in ``text`` (folded), whole words only, ordered by start."""
        automaton = self._automaton
        if automaton is None:
            automaton = self._automaton = self._compile()
        # The padded text's index i is the text's index i - 1.
        hits = [Hit(role, last - back, last - back + length)
                for last, entries in automaton.iter(f" {words_only(text)} ")
                for role, back, length in entries]
        hits.sort(key=lambda h: (h.start, -h.end))
        return hits


class Found:
    """The hits of one text, with the queries rules ask of them."""

    __slots__ = ("by_role", "hits", "text")

    def __init__(self, text: str, hits: Sequence[Hit]) -> None:
        """Index ``hits`` of ``text`` by role."""
        self.text = text
        self.hits = hits
        self.by_role: dict[str, list[Hit]] = defaultdict(list)
        for hit in hits:
            self.by_role[hit.role].append(hit)

    def has(self, role: str) -> bool:
        """Whether any phrase of ``role`` occurs."""
        return role in self.by_role

    def first(self, role: str) -> Hit | None:
        """The earliest hit of ``role``."""
        hits = self.by_role.get(role)
        return hits[0] if hits else None

    def words_between(self, a: Hit, b: Hit) -> int:
        """Number of words between the end of ``a`` and the start of ``b``."""
        return max(0, self.text.count(" ", a.end, b.start) - 1)

    def seq(self, first: str, second: str, max_gap: int) -> tuple[int, int] | None:
        """Span of a ``first`` hit followed by a ``second`` hit with at most ``max_gap`` words between."""
        by_role = self.by_role
        if first not in by_role or second not in by_role:
            return None
        for a in by_role[first]:
            for b in by_role[second]:
                if b.start >= a.end and self.words_between(a, b) <= max_gap:
                    return a.start, b.end
        return None

    def near(self, role_a: str, role_b: str, max_gap: int) -> tuple[int, int] | None:
        """Span of hits of the two roles in either order, at most ``max_gap`` words apart."""
        return self.seq(role_a, role_b, max_gap) or self.seq(role_b, role_a, max_gap)

    def span(self, hit: Hit) -> tuple[int, int]:
        """The hit's span."""
        return hit.start, hit.end

    def word_count(self) -> int:
        """Words in the text."""
        return self.text.count(" ") + 1 if self.text else 0


LEXICON = Lexicon()
