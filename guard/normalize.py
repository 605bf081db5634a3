"""Normalise chat text for detection, with a map from every normalised character back to the
original, so that detection runs on clean digits while spans and masks stay in the original.

Steps, in order:
1. per character: drop zero-width, format (bidi controls), control (NUL) characters, combining
   marks and variation selectors (so 1️⃣ keycaps and 1̲ underlined digits are bare digits), the
   decimal digits of every script (Unicode `Nd`: ٣, ३, ๓ …) → ASCII digits, NFKC (full-width →
   ASCII), circled and other enclosed digits → ASCII digits;
2. Chinese numerals inside digit runs (一三八, 幺, 两, 壹贰叁, 〇) → ASCII digits;
3. separators inside a digit run (spaces, tabs, newlines, - . _ / · , and emoji) are removed when
   the groups look like one grouped number (138 1234-5678, 6222 0212 3456 7890 123), not two
   numbers side by side.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\ufeff\u00ad\u180e")

CHINESE_DIGITS = {
    "零": "0", "〇": "0", "○": "0", "洞": "0",
    "一": "1", "幺": "1", "壹": "1",
    "二": "2", "两": "2", "贰": "2", "貳": "2",
    "三": "3", "叁": "3", "參": "3",
    "四": "4", "肆": "4",
    "五": "5", "伍": "5",
    "六": "6", "陆": "6", "陸": "6",
    "七": "7", "柒": "7",
    "八": "8", "捌": "8",
    "九": "9", "玖": "9",
}
# "洞" (0 in radio speech) only counts inside a run that is already numeric; see _convert_run.
_WEAK_NUMERALS = frozenset("洞两")


def _enclosed_digits() -> dict[str, str]:
    """Digits that NFKC leaves alone or turns into '(1)' / '1.': map them to the bare digit."""
    table = {"⓪": "0", "⓿": "0", "🄋": "0", "🄌": "0"}
    for base in (0x2776, 0x2780, 0x278A, 0x24F5):  # ❶ ➀ ➊ ⓵ (1-9)
        table.update({chr(base + k): str(k + 1) for k in range(9)})
    for base in (0x2474, 0x2488, 0x2460):  # ⑴ ⒈ ① (1-9)
        table.update({chr(base + k): str(k + 1) for k in range(9)})
    table.update({chr(0x1F101 + k): str(k) for k in range(10)})  # 🄁 0. … (digit comma)
    return table


ENCLOSED_DIGITS = _enclosed_digits()
SEPARATORS = " \t\n\r-._/·—–,，、*~〰|"
# Pictographs put between digit groups to hide a number (138🙂1234🙂5678) separate like spaces.
_EMOJI_RANGES = "\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff"
_SEP_CLASS = re.escape(SEPARATORS) + _EMOJI_RANGES
MAX_SEPARATOR = 8  # characters between two groups of one number ("138    1234    5678")
_DIGITISH = "0-9" + "".join(CHINESE_DIGITS)
# A run of digit-like characters, separators between them, and an ID-card check letter X at its
# very end.
_RUN = re.compile(
    rf"[{_DIGITISH}](?:[{_SEP_CLASS}]{{0,{MAX_SEPARATOR}}}[{_DIGITISH}])*(?:[Xx](?![A-Za-z0-9]))?"
)
_GROUP = re.compile(rf"[^{_SEP_CLASS}]+")
# Kept though they are control characters: they separate, and the lexicon reads line breaks.
_KEPT_CONTROLS = frozenset("\t\n\r")
_DROPPED_CATEGORIES = frozenset({"Cf", "Cc", "Mn", "Me", "Cs", "Co"})
MAX_JOINED_DIGITS = 19  # the longest number anything here looks for (a bank card)
WHOLE_NUMBER_LENGTHS = frozenset({11, 15, 16, 17, 18, 19})  # a mobile, an ID or a card by itself


@lru_cache(maxsize=4096)
def _fold(char: str) -> str:
    if char in ZERO_WIDTH:
        return ""
    if char in ENCLOSED_DIGITS:
        return ENCLOSED_DIGITS[char]
    if char in _KEPT_CONTROLS:
        return char
    category = unicodedata.category(char)
    if category in _DROPPED_CATEGORIES and char not in _KEPT_CONTROLS:
        return ""
    if category == "Nd":
        return str(unicodedata.decimal(char))
    if category == "So":  # emoji and symbols stay as written (🈷 is not 月)
        return char
    folded = unicodedata.normalize("NFKC", char)
    if char == "\u3000" or folded.isspace():
        return " "
    return folded


def _attaches(char: str) -> bool:
    return unicodedata.category(char) in ("Mn", "Me") or "\ufe00" <= char <= "\ufe0f"


@dataclass(frozen=True)
class Normalized:
    """Normalised text; `origin[k]` is the index in `original` of normalised character k."""

    original: str
    text: str
    origin: tuple[int, ...]

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span [start, end) to the original text; marks that dropped out but
        belong to the last character (the ️⃣ of a keycap 8️⃣, a combining underline) come along."""
        if start >= end:
            point = self.origin[start] if start < len(self.origin) else len(self.original)
            return point, point
        first, last = self.origin[start], self.origin[end - 1] + 1
        while last < len(self.original) and _attaches(self.original[last]):
            last += 1
        return first, last


_PLAIN = re.compile(r"[^ -~\u4e00-\u9fff]")


def _fold_text(text: str) -> tuple[str, list[int]]:
    """Step 1 on the whole text. Most messages fold one character to one (，→ ,): then a
    str.translate does it and the map is the identity; otherwise the plain stretches between
    the other characters are copied whole and only those characters are folded one by one."""
    special = set(_PLAIN.findall(text))
    if all(len(_fold(c)) == 1 for c in special):
        return text.translate({ord(c): _fold(c) for c in special}), list(range(len(text)))
    chars: list[str] = []
    origin: list[int] = []
    pos = 0
    for m in _PLAIN.finditer(text):
        i = m.start()
        chars.append(text[pos:i])
        origin.extend(range(pos, i))
        out = _fold(text[i])
        chars.append(out)
        origin.extend([i] * len(out))
        pos = i + 1
    chars.append(text[pos:])
    origin.extend(range(pos, len(text)))
    return "".join(chars), origin


def normalize(text: str) -> Normalized:
    folded, origin = _fold_text(text)
    out_chars: list[str] = []
    out_origin: list[int] = []
    pos = 0
    for match in _RUN.finditer(folded):
        run = match.group()
        if run.isdigit() and run.isascii():
            continue  # one group of plain digits (most runs): nothing to convert, trim or join
        start, end = _trim_glued_words(folded, *_trim_stray_words(folded, match.start(), match.end()))
        run_chars, run_origin = _convert_run(folded, origin, start, end)
        out_chars.append(folded[pos:start])
        out_origin.extend(origin[pos:start])
        out_chars.extend(run_chars)
        out_origin.extend(run_origin)
        pos = end
    if pos == 0 and not out_chars:  # no run changed
        return Normalized(text, folded, tuple(origin))
    out_chars.append(folded[pos:])
    out_origin.extend(origin[pos:])
    return Normalized(text, "".join(out_chars), tuple(out_origin))


def _trim_stray_words(folded: str, start: int, end: int) -> tuple[int, int]:
    """Leave a numeral word at either edge of a spaced number out of the run:
    "1815-0736-609 两个", "197·9190·6978 一直", "一 138…" ("one", a word of its own)."""
    run = folded[start:end]
    groups = [(start + m.start(), start + m.end()) for m in _GROUP.finditer(run)]
    if len(groups) < 2 or not any(c.isascii() and c.isdigit() for c in run):
        return start, end

    def stray(span: tuple[int, int]) -> bool:
        return span[1] - span[0] <= 2 and all(c in CHINESE_DIGITS for c in folded[span[0]:span[1]])

    if stray(groups[-1]):
        groups = groups[:-1]
        end = groups[-1][1]
    if len(groups) > 1 and stray(groups[0]):
        start = groups[1][0]
    return start, end


def _trim_glued_words(folded: str, start: int, end: int) -> tuple[int, int]:
    """Leave out one or two numerals glued to a whole ASCII number (a phone, an ID, a card) that
    begin or end a word: "17743144826四川省" (四川), "第一13812345678" (第一)."""
    run = folded[start:end]
    if run[0] not in CHINESE_DIGITS and run[-1] not in CHINESE_DIGITS:
        return start, end
    tail = len(run) - len(run.rstrip("".join(CHINESE_DIGITS)))
    if 0 < tail <= 2 and end < len(folded) and _is_cjk(folded[end]) and folded[end] not in CHINESE_DIGITS \
            and _is_whole_number(run[:-tail]):
        end -= tail
    run = folded[start:end]
    head = len(run) - len(run.lstrip("".join(CHINESE_DIGITS)))
    if 0 < head <= 2 and start > 0 and _is_cjk(folded[start - 1]) and folded[start - 1] not in CHINESE_DIGITS \
            and _is_whole_number(run[head:]):
        start += head
    return start, end


def _is_whole_number(run: str) -> bool:
    return run.isascii() and sum(c.isdigit() for c in run) in WHOLE_NUMBER_LENGTHS


def _is_cjk(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def _convert_run(folded: str, origin: list[int], start: int, end: int) -> tuple[list[str], list[int]]:
    """Convert one digit-like run: numerals to digits, then join its groups if they form one number."""
    chars = list(folded[start:end])
    idx = list(origin[start:end])
    numerals = [c for c in chars if c in CHINESE_DIGITS]
    if numerals:
        has_ascii = any(c.isascii() and c.isdigit() for c in chars)
        alone = _stands_alone(folded, start, end)
        if not _numerals_are_digits(numerals, has_ascii, len(chars), alone):
            return chars, idx  # words such as 一下 or 三三两两: leave the run as written
        chars = [CHINESE_DIGITS.get(c, c) for c in chars]
    return _join_groups(chars, idx)


def _numerals_are_digits(numerals: list[str], has_ascii: bool, length: int, alone: bool = False) -> bool:
    if has_ascii:  # 138一二三四5678: numerals among ASCII digits
        return length >= 4
    # Only numerals: long enough and varied enough not to be an idiom (三三两两, 七七八八); a
    # three-digit value on its own ("三二六" as a reply) is a number too.
    strong = [c for c in numerals if c not in _WEAK_NUMERALS]
    return len(numerals) >= (3 if alone else 4) and len(set(strong)) >= 3


def _stands_alone(folded: str, start: int, end: int) -> bool:
    """Is the run a word of its own: no Chinese character right before or after it?"""
    before = folded[start - 1] if start > 0 else " "
    after = folded[end] if end < len(folded) else " "
    return not ("\u4e00" <= before <= "\u9fff") and not ("\u4e00" <= after <= "\u9fff")


def _join_groups(chars: list[str], idx: list[int]) -> tuple[list[str], list[int]]:
    """Remove separators between groups that together make one number.

    A group that is a whole number on its own (a mobile, an ID, a card) is never merged with its
    neighbours: "13812345678 3件" and "13812345678 13912345678" stay apart. The groups between
    such groups are joined when they add up to at most 19 digits.
    """
    text = "".join(chars)
    pieces = [(m.start(), m.end()) for m in _GROUP.finditer(text)]
    if len(pieces) < 2 or not all(_is_number_group(text[a:b]) for a, b in pieces):
        return chars, idx
    if _is_unit_numbering(text, pieces):
        return chars, idx
    pieces, expiries = _expiry_units(text, pieces)
    drop: set[int] = set()
    segment: list[tuple[int, int]] = []
    for piece in pieces + [None]:
        if piece in expiries:  # MM/YY: joined, and never with its neighbours
            drop.add(piece[0] + 2)
        whole = piece is not None and (piece in expiries or (piece[1] - piece[0]) in WHOLE_NUMBER_LENGTHS)
        if piece is None or whole:
            for part in _split_long(text, segment):
                if len(part) > 1 and sum(b - a for a, b in part) <= MAX_JOINED_DIGITS and _weak_gaps_ok(text, part):
                    for (_, end), (start, _) in zip(part, part[1:]):
                        drop.update(range(end, start))
            segment = []
        else:
            segment.append(piece)
    if not drop:
        return chars, idx
    keep = [k for k in range(len(chars)) if k not in drop]
    return [chars[k] for k in keep], [idx[k] for k in keep]


MAX_UNIT_DIGITS = 9
# Separators that also end a phrase ("2103，175/83A的", "1206室\n13812345678"): groups across them
# are joined only when they make a whole phone, card or ID of groups of three digits or more.
WEAK_SEPARATORS = frozenset(",，、\n\t\r")


def _weak_gaps_ok(text: str, part: list[tuple[int, int]]) -> bool:
    gaps = [text[b:c] for (_, b), (c, _) in zip(part, part[1:])]
    if not any(ch in WEAK_SEPARATORS for gap in gaps for ch in gap):
        return True
    lengths = [b - a for a, b in part]
    return sum(lengths) in WHOLE_NUMBER_LENGTHS and (all(n >= 3 for n in lengths) or all(n == 1 for n in lengths))



def _is_unit_numbering(text: str, pieces: list[tuple[int, int]]) -> bool:
    """Building-unit-room numbering (7-9-1748, 5-2-801, 12-3-1203) is three numbers, not one: dashes
    only, a first group of one or two digits, groups of unequal length (12-34-56 is a code), at
    most MAX_UNIT_DIGITS digits in all."""
    lengths = [b - a for a, b in pieces]
    gaps = [text[b:c] for (_, b), (c, _) in zip(pieces, pieces[1:])]
    return (
        all(g == "-" for g in gaps)
        and lengths[0] <= 2
        and len(set(lengths)) > 1
        and sum(lengths) <= MAX_UNIT_DIGITS
    )


def _expiry_units(text: str, pieces: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], set[tuple[int, int]]]:
    """Merge MM/YY groups ("09/26" between a card number and a CVV) into one piece of their own,
    so that "6225 8891 3748 8245 09/26 338" is a card, an expiry and a CVV, not 21 digits; the
    merged pieces are returned apart as well. A slash date inside a longer date (2024/10/28) is
    left alone."""
    out: list[tuple[int, int]] = []
    expiries: set[tuple[int, int]] = set()
    i = 0
    while i < len(pieces):
        if i + 1 < len(pieces) and _is_expiry(text, pieces, i):
            merged = (pieces[i][0], pieces[i + 1][1])
            out.append(merged)
            expiries.add(merged)
            i += 2
        else:
            out.append(pieces[i])
            i += 1
    return out, expiries


def _is_expiry(text: str, pieces: list[tuple[int, int]], i: int) -> bool:
    (a, b), (c, d) = pieces[i], pieces[i + 1]
    if b - a != 2 or d - c != 2 or text[b:c] != "/" or not ("01" <= text[a:b] <= "12"):
        return False
    before = text[pieces[i - 1][1]:a] if i > 0 else " "
    after = text[d:pieces[i + 2][0]] if i + 2 < len(pieces) else " "
    return before.strip() == "" and after.strip() == ""  # spaces around it, not 2024/10/28


def _split_long(text: str, segment: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """A segment too long to be one number may be numbers written one after another ("138 1234
    5678 139 8765 4321", a card then an ID: "6226 0972 7918 5604 427 4301-0419-7304-1524-7X"):
    cut it into consecutive groups that each read as a whole, valid number (a mobile, a
    Luhn-valid card, an ID with its check character), when such a cutting exists; otherwise
    after every 11 digits that read as a mobile."""
    if sum(b - a for a, b in segment) <= MAX_JOINED_DIGITS:
        return [segment]
    cut = _valid_cut(text, segment)
    if cut is not None:
        return cut
    parts, current, digits = [], [], ""
    for a, b in segment:
        current.append((a, b))
        digits += text[a:b]
        if len(digits) == 11 and digits[0] == "1" and digits[1] in "3456789":
            parts.append(current)
            current, digits = [], ""
    return parts + [current] if current else parts


def _valid_cut(text: str, segment: list[tuple[int, int]]) -> list[list[tuple[int, int]]] | None:
    """Consecutive runs of groups, each a whole valid number, covering the segment; or None.
    (Dynamic programming over group boundaries: linear in groups, a number spans few of them.)"""
    n = len(segment)
    best: list[list[int] | None] = [None] * (n + 1)  # best[i]: cut points covering groups < i
    best[0] = []
    for i in range(n):
        if best[i] is None:
            continue
        digits = ""
        for j in range(i, min(n, i + 8)):
            digits += text[segment[j][0]:segment[j][1]]
            if len(digits) > MAX_JOINED_DIGITS:
                break
            if _valid_number(digits) and best[j + 1] is None:
                best[j + 1] = best[i] + [j + 1]
    if best[n] is None:
        return None
    cuts, start = [], 0
    for end in best[n]:
        cuts.append(segment[start:end])
        start = end
    return cuts


def _valid_number(digits: str) -> bool:
    # Only over-long digit runs get here: the recognizers' checks are imported on first use, so
    # importing the normaliser does not load the recognizers (and Presidio).
    from recognizers.bank_card import luhn_valid
    from recognizers.id_card import check_character

    if len(digits) == 11 and digits.isdigit():
        return digits[0] == "1" and digits[1] in "3456789"
    if len(digits) == 18 and digits[:17].isdigit() and digits[17] in "0123456789Xx":
        return check_character(digits[:17]) == digits[17].upper()
    return 15 <= len(digits) <= 19 and digits.isdigit() and luhn_valid(digits)


def _is_number_group(group: str) -> bool:
    return group.isdigit() or (group[:-1].isdigit() and group[-1] in "Xx")
