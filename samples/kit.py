"""Mechanics shared by the corpus generators: valid values, their written forms, labelled lines
and the self-check every corpus passes before it is written.

A generator writes text by hand and uses this kit only for what must be exact: checksums,
offsets, ids and the file format. It imports nothing from the product (guard, recognizers,
policies), so a corpus can be written without seeing the detector.

    from kit import Corpus, card_number, id_number, mobile, spaced, fullwidth

    corpus = Corpus(prefix="x1")                  # ids x1-00001, conversations x1c-0001
    c = corpus.conversation(tags=["topic:refund"])
    c.agent("您好，这边是售后，请问有什么可以帮您？", rules=[])
    c.buyer(["卡号是", ("CN_BANK_CARD", spaced(card_number(rng), 4))])
    corpus.write("out.jsonl")                     # runs check() first; exits non-zero on a failure
"""
from __future__ import annotations

import json
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence, Union

RULES = (
    "ASK_CARD_NUMBER", "ASK_CARD_SECURITY", "ASK_PASSWORD", "ASK_VERIFICATION_CODE",
    "ASK_SCREEN_SHARE", "ASK_TRANSFER", "ASK_OFF_PLATFORM", "ASK_LOAN_OR_CREDIT",
)
ENTITY_TYPES = (
    "CN_PHONE", "CN_BANK_CARD", "CN_ID_CARD", "CN_ADDRESS",
    "CN_VERIFICATION_CODE", "CN_CARD_SECURITY", "CN_PAYMENT_PASSWORD",
)
SENDERS = ("buyer", "agent")

# Mobile number segments allocated to carriers and virtual operators (MIIT numbering plan).
MOBILE_PREFIXES = tuple(
    [f"13{d}" for d in range(10)] + ["145", "147", "149"] + [f"15{d}" for d in range(10) if d != 4]
    + ["162", "165", "166", "167", "170", "171", "172", "173", "175", "176", "177", "178"]
    + [f"18{d}" for d in range(10)] + [f"19{d}" for d in range(10) if d != 4]
)
# Issuer BINs of Chinese bank cards (UnionPay debit and credit, and international brands).
CARD_BINS = (
    "622202", "621700", "622848", "621661", "622588", "622575", "622609", "621226", "623058",
    "622260", "622155", "621483", "622908", "625911", "628288", "621799", "622700", "623668",
)
# Province-level codes and a few county codes, for ID numbers.
ID_REGIONS = (
    "110101", "110105", "120101", "130102", "140105", "150102", "210102", "220102", "230102",
    "310101", "310115", "320102", "320583", "330106", "330110", "340102", "350102", "360102",
    "370102", "410105", "420106", "430104", "440106", "440305", "450103", "460106", "500103",
    "510104", "520102", "530102", "540102", "610113", "620102", "630102", "640104", "650102",
)
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
FULLWIDTH = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}
CN_DIGITS = "零一二三四五六七八九"


# -- values ---------------------------------------------------------------------------------

def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    """`body` plus the check digit that makes it Luhn-valid."""
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError("unreachable")


def card_number(rng: random.Random, bin_: str | None = None, length: int = 19) -> str:
    bin_ = bin_ or rng.choice(CARD_BINS)
    body = bin_ + "".join(rng.choice("0123456789") for _ in range(length - len(bin_) - 1))
    return luhn_complete(body)


def id_check(first17: str) -> str:
    return _ID_CHECK[sum(int(d) * w for d, w in zip(first17, _ID_WEIGHTS)) % 11]


def id_number(rng: random.Random, region: str | None = None, year: int | None = None) -> str:
    region = region or rng.choice(ID_REGIONS)
    year = year or rng.randint(1955, 2004)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    first17 = f"{region}{year:04d}{month:02d}{day:02d}{rng.randint(0, 999):03d}"
    return first17 + id_check(first17)


def id_ok(value: str) -> bool:
    return len(value) == 18 and value[:17].isdigit() and id_check(value[:17]) == value[17].upper()


def mobile(rng: random.Random) -> str:
    return rng.choice(MOBILE_PREFIXES) + "".join(rng.choice("0123456789") for _ in range(8))


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def expiry(rng: random.Random) -> str:
    return f"{rng.randint(1, 12):02d}/{rng.randint(27, 33)}"


# -- written forms --------------------------------------------------------------------------

def spaced(value: str, group: int | Sequence[int] = 4, sep: str = " ") -> str:
    """Group a number: spaced("13812345678", (3, 4, 4)) -> "138 1234 5678"."""
    sizes = [group] * (len(value) // group + 1) if isinstance(group, int) else list(group)
    out, pos = [], 0
    for size in sizes:
        if pos >= len(value):
            break
        out.append(value[pos:pos + size])
        pos += size
    if pos < len(value):
        out.append(value[pos:])
    return sep.join(out)


def fullwidth(text: str) -> str:
    return "".join(FULLWIDTH.get(ch, ch) for ch in text)


def chinese_digits(text: str, one: str = "一") -> str:
    """Digits read out as Chinese numerals ("138" -> "一三八", or "幺三八" with one="幺")."""
    return "".join((one if ch == "1" else CN_DIGITS[int(ch)]) if ch.isdigit() else ch for ch in text)


# -- labelled lines -------------------------------------------------------------------------

Part = Union[str, tuple]  # plain text, or (entity_type, value) for a labelled value


def compose(parts: Part | Sequence[Part]) -> tuple[str, list[dict]]:
    """Text from plain pieces and (entity_type, value) pieces, with each value's offsets."""
    if isinstance(parts, str):
        return parts, []
    text, entities = "", []
    for part in parts:
        if isinstance(part, str):
            text += part
            continue
        kind, value = part
        entities.append({"type": kind, "start": len(text), "end": len(text) + len(value), "text": value})
        text += value
    return text, entities


@dataclass
class Conversation:
    corpus: "Corpus"
    id: str
    tags: list[str] = field(default_factory=list)

    def agent(self, parts: Part | Sequence[Part], rules: Iterable[str] = (), tags: Iterable[str] = ()) -> dict:
        return self.corpus._add(self, "agent", parts, sorted(set(rules), key=RULES.index), tags)

    def buyer(self, parts: Part | Sequence[Part], tags: Iterable[str] = ()) -> dict:
        return self.corpus._add(self, "buyer", parts, None, tags)


class Corpus:
    def __init__(self, prefix: str):
        self.prefix = prefix
        self.records: list[dict] = []
        self._conversations = 0

    def conversation(self, tags: Iterable[str] = ()) -> Conversation:
        self._conversations += 1
        return Conversation(self, f"{self.prefix}c-{self._conversations:04d}", list(tags))

    def _add(self, conv: Conversation, sender: str, parts, rules, tags) -> dict:
        text, entities = compose(parts)
        record = {"id": f"{self.prefix}-{len(self.records) + 1:05d}", "conversation_id": conv.id,
                  "sender": sender, "text": text}
        if rules is not None:
            record["rules"] = list(rules)
        record["entities"] = entities
        record["tags"] = [*conv.tags, *tags]
        self.records.append(record)
        return record

    def write(self, path: str | Path, shuffle_seed: int | None = None) -> None:
        """Check, then write one JSON object a line; with a seed, conversations are shuffled
        (their lines stay together and in order) and ids renumbered."""
        records = self.records
        if shuffle_seed is not None:
            records = _shuffled(records, shuffle_seed, self.prefix)
        problems = check(records)
        if problems:
            for p in problems[:50]:
                print(f"check: {p}", file=sys.stderr)
            sys.exit(f"{len(problems)} problem(s); nothing written")
        with open(path, "w", encoding="utf-8") as out:
            for r in records:
                out.write(json.dumps(r, ensure_ascii=False) + "\n")


def _shuffled(records: list[dict], seed: int, prefix: str) -> list[dict]:
    groups: dict[str, list[dict]] = {}
    for r in records:
        groups.setdefault(r["conversation_id"], []).append(r)
    order = list(groups)
    random.Random(seed).shuffle(order)
    out = []
    for n, cid in enumerate(order, 1):
        for r in groups[cid]:
            out.append({**r, "id": f"{prefix}-{len(out) + 1:05d}", "conversation_id": f"{prefix}c-{n:04d}"})
    return out


def check(records: Sequence[dict]) -> list[str]:
    """Every problem of a corpus: format, labels, offsets, checksums, ids, ordering."""
    problems, ids, seen_conversations, last = [], set(), set(), None
    for r in records:
        rid = r.get("id")
        where = f"{rid}"
        if rid in ids:
            problems.append(f"{where}: duplicate id")
        ids.add(rid)
        if not isinstance(r.get("text"), str) or not r["text"].strip():
            problems.append(f"{where}: empty text")
            continue
        if r.get("sender") not in SENDERS:
            problems.append(f"{where}: sender must be buyer or agent")
        cid = r.get("conversation_id")
        if cid != last:
            if cid in seen_conversations:
                problems.append(f"{where}: lines of conversation {cid} are not consecutive")
            seen_conversations.add(cid)
            last = cid
        if r.get("sender") == "agent" and "rules" in r:
            unknown = set(r["rules"]) - set(RULES)
            if unknown:
                problems.append(f"{where}: unknown rules {sorted(unknown)}")
        if r.get("sender") == "buyer" and r.get("rules"):
            problems.append(f"{where}: buyer lines carry no rules")
        for e in r.get("entities", []):
            if e.get("type") not in ENTITY_TYPES:
                problems.append(f"{where}: unknown entity type {e.get('type')}")
            if r["text"][e["start"]:e["end"]] != e.get("text", r["text"][e["start"]:e["end"]]):
                problems.append(f"{where}: entity offsets do not match its text")
            value = "".join(ch for ch in e.get("text", "") if ch.isascii() and ch.isalnum())
            if e.get("type") == "CN_BANK_CARD" and value.isdigit() and not luhn_ok(value):
                problems.append(f"{where}: card {e['start']}:{e['end']} fails Luhn")
            if e.get("type") == "CN_ID_CARD" and len(value) == 18 and not id_ok(value):
                problems.append(f"{where}: ID {e['start']}:{e['end']} has a wrong check character")
    return problems


if __name__ == "__main__":  # python kit.py FILE.jsonl: check an existing corpus
    for name in sys.argv[1:]:
        with open(name, encoding="utf-8") as handle:
            found = check([json.loads(line) for line in handle if line.strip()])
        print(f"{name}: {len(found)} problem(s)")
        for p in found[:20]:
            print(f"  {p}")
