"""Other children's names in a child's record: found as they are typed, replaced in
documents for parents and third parties (DESIGN: other children are never disclosed).

Matching ignores case and diacritics for full names ("bao tran" finds "Bảo Trần"). A
first name alone is matched only when written with a capital letter (Danish nouns are
not, so "bo" the verb is not "Bo" the child) and only when no adult the installation
knows has that first name: a mother called Sara on Maja's papers must stay Sara even if
another child is called Sara too.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

NEUTRAL_MARK = "[et andet barn]"


@dataclass(frozen=True)
class KnownChild:
    id: uuid.UUID
    first_name: str
    last_name: str

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def initials(self) -> str:
        return "".join(f"{part[0]}." for part in self.full_name.split() if part)


@dataclass(frozen=True)
class Mention:
    child: KnownChild
    start: int
    end: int
    text: str  # as written


def fold(text: str) -> str:
    """Lower case without diacritics; the same length as ``text`` for matching offsets."""
    out = []
    for ch in text:
        base = unicodedata.normalize("NFKD", ch)
        kept = "".join(c for c in base if not unicodedata.combining(c)) or ch
        # One character in, one out: "æ", "ø", "å" keep their letter; "đ" becomes "d".
        out.append((kept[0] if len(kept) == 1 else ch).lower().replace("đ", "d"))
    return "".join(out)


def _pattern(words: str) -> str:
    return r"\s+".join(re.escape(w) for w in words.split())


class MentionFinder:
    """One regular expression for every other child's full name and first name, so a
    document with thousands of strings is read once per string, whatever the number of
    children in the installation."""

    def __init__(self, children: Iterable[KnownChild], *, exclude: Iterable[uuid.UUID] = (),
                 adult_first_names: Iterable[str] = ()) -> None:
        skip = set(exclude)
        children = list(children)
        adults = {fold(n).strip() for n in adult_first_names if n.strip()}
        # The document's own child may share a first name with another: never matched.
        protected = adults | {name for c in children if c.id in skip
                              for name in (" ".join(fold(c.first_name).split()),
                                           (fold(c.first_name).split() or [""])[0])}
        self.full: dict[str, KnownChild] = {}
        self.first: dict[str, KnownChild] = {}
        for child in children:
            if child.id in skip:
                continue
            if child.last_name.strip():
                self.full.setdefault(" ".join(fold(child.full_name).split()), child)
            # "Bảo Minh" is called "Bảo": the given names and the first of them both count.
            given = " ".join(fold(child.first_name).split())
            for first in dict.fromkeys((given, given.split(" ")[0] if given else "")):
                if first and first not in protected:
                    self.first.setdefault(first, child)
        # Longest first: "bảo trần" wins over "bảo"; full names before first names.
        alternatives = [_pattern(n) for n in sorted(self.full, key=len, reverse=True)]
        alternatives += [_pattern(n) for n in sorted(self.first, key=len, reverse=True)]
        self.regex = (re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")
                      if alternatives else None)

    def find(self, text: str) -> list[Mention]:
        if not text or self.regex is None:
            return []
        found = []
        for match in self.regex.finditer(fold(text)):
            key = " ".join(match.group(0).split())
            written = text[match.start():match.end()]
            child = self.full.get(key)
            if child is None:
                child = self.first.get(key)
                if child is None or not written[:1].isupper():
                    continue
            found.append(Mention(child, match.start(), match.end(), written))
        return found


def find_mentions(text: str, children: Iterable[KnownChild], *,
                  exclude: Iterable[uuid.UUID] = (),
                  adult_first_names: Iterable[str] = ()) -> list[Mention]:
    """Where ``text`` names one of ``children`` (not those in ``exclude``), in order."""
    return MentionFinder(children, exclude=exclude,
                         adult_first_names=adult_first_names).find(text)


def replace_mentions(text: str, mentions: list[Mention], *, with_initials: bool = False) -> str:
    """``text`` with each mention replaced by the neutral mark (or the child's initials)."""
    out, last = [], 0
    for mention in sorted(mentions, key=lambda m: m.start):
        out.append(text[last:mention.start])
        out.append(mention.child.initials if with_initials else NEUTRAL_MARK)
        last = mention.end
    out.append(text[last:])
    return "".join(out)
