"""Generator for sol_w11: Chinese customer-service chats typed the way people really type
(typos from pinyin input, homophone evasions, pinyin abbreviations, traditional characters,
Cantonese phrasing, mixed English, emoji, terse bursts, voice-typing run-ons).

Every line is written by hand in the data_*.py modules; this script only parses them, fills in
buyer credential values (card numbers, codes, ...) with the kit, and writes the two files.

    python3 gen_sol_w11.py
"""
import random
import re
import sys
from collections import Counter
from pathlib import Path

import sys as _sys
from pathlib import Path as _Path
_sys.path.insert(0, str(_Path(__file__).resolve().parent.parent))  # samples/: the shared kit
from kit import Corpus, card_number, chinese_digits, digits, expiry, fullwidth, id_number, mobile, spaced, RULES

import data_scam1, data_scam2, data_scam3, data_scam4, data_scam5, data_scam6, data_gen1, data_gen2, data_gen3, data_gen4

HERE = Path(__file__).parent
NAME = "sol_w11"
RULE_ABBR = {"CN": "ASK_CARD_NUMBER", "SEC": "ASK_CARD_SECURITY", "PW": "ASK_PASSWORD",
             "VC": "ASK_VERIFICATION_CODE", "SS": "ASK_SCREEN_SHARE", "TR": "ASK_TRANSFER",
             "OFF": "ASK_OFF_PLATFORM", "LOAN": "ASK_LOAN_OR_CREDIT"}
TAG_ABBR = {"c": "contextual", "e": "evasion"}
rng = random.Random(1111)


def value(token):
    """Buyer placeholder -> (entity_type, written value)."""
    t = token
    if t == "CARD": return "CN_BANK_CARD", card_number(rng)
    if t == "CARD16": return "CN_BANK_CARD", card_number(rng, length=16)
    if t == "CARD4": return "CN_BANK_CARD", spaced(card_number(rng), 4)
    if t == "CARDD": return "CN_BANK_CARD", spaced(card_number(rng), 4, "-")
    if t == "CARDFW": return "CN_BANK_CARD", fullwidth(card_number(rng))
    if t == "CODE4": return "CN_VERIFICATION_CODE", digits(rng, 4)
    if t == "CODE6": return "CN_VERIFICATION_CODE", digits(rng, 6)
    if t == "CODESP": return "CN_VERIFICATION_CODE", spaced(digits(rng, 6), 1)
    if t == "CODECN": return "CN_VERIFICATION_CODE", chinese_digits(digits(rng, 6))
    if t == "CODEYAO": return "CN_VERIFICATION_CODE", chinese_digits("1" + digits(rng, 5), one="幺")
    if t == "CODEFW": return "CN_VERIFICATION_CODE", fullwidth(digits(rng, 6))
    if t == "CVV": return "CN_CARD_SECURITY", digits(rng, 3)
    if t == "CVVCN": return "CN_CARD_SECURITY", chinese_digits(digits(rng, 3))
    if t == "EXP": return "CN_CARD_SECURITY", expiry(rng)
    if t == "EXPCN":
        m, y = rng.randint(1, 12), rng.randint(27, 32)
        return "CN_CARD_SECURITY", f"{m:02d}{y:02d}"
    if t == "PW6": return "CN_PAYMENT_PASSWORD", digits(rng, 6)
    if t == "PWCN": return "CN_PAYMENT_PASSWORD", chinese_digits(digits(rng, 6))
    if t == "PWSP": return "CN_PAYMENT_PASSWORD", spaced(digits(rng, 6), 3)
    if t == "PHONE": return "CN_PHONE", mobile(rng)
    if t == "PHONESP": return "CN_PHONE", spaced(mobile(rng), (3, 4, 4))
    if t == "PHONECN": return "CN_PHONE", chinese_digits(mobile(rng), one="幺")
    if t == "ID": return "CN_ID_CARD", id_number(rng)
    raise KeyError(token)


def buyer_parts(text):
    parts = []
    for piece in re.split(r"(\{[A-Z0-9]+\})", text):
        if not piece:
            continue
        if piece.startswith("{") and piece.endswith("}"):
            parts.append(value(piece[1:-1]))
        else:
            parts.append(piece)
    return parts


def money():
    return rng.choice(["38.5", "99", "128", "199", "268", "300", "498", "520", "888", "1288", "2000", "3860"])


def parse(block):
    """A block: header '=== s <kind> <platform> <style> <topic>' or '=== g <platform> <style> <topic>',
    then lines 'A: text || RULES | tags', 'H: text' (hard negative genuine), 'B: text'."""
    convs = []
    cur = None
    for raw in block.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("==="):
            f = line[3:].split()
            if f[0] == "s":
                cur = {"side": "s", "kind": f[1], "platform": f[2], "style": f[3], "topic": f[4], "lines": []}
            else:
                cur = {"side": "g", "platform": f[1], "style": f[2], "topic": f[3], "lines": []}
            convs.append(cur)
            continue
        who, text = line[0], line[2:].strip()
        cur["lines"].append((who, text))
    return convs


def build(convs, corpus, side):
    for cv in convs:
        c = corpus.conversation(tags=[f"topic:{cv['topic']}", f"platform:{cv['platform']}", f"style:{cv['style']}"])
        for who, text in cv["lines"]:
            text = text.replace("{AMT}", money())
            if who == "B":
                parts = buyer_parts(text)
                has = any(isinstance(p, tuple) for p in parts)
                c.buyer(parts, tags=["credential" if has else "no_credential"])
                continue
            rules, tags = [], []
            if "||" in text:
                text, rest = [x.strip() for x in text.split("||", 1)]
                if "|" in rest:
                    r, t = [x.strip() for x in rest.split("|", 1)]
                else:
                    r, t = rest, ""
                rules = [RULE_ABBR[x] for x in r.split()]
                tags = [TAG_ABBR[x] for x in t.split()]
            if side == "s":
                assert who == "A", text
                tags = (["scam"] if rules else ["scam_pretext", f"pretext:{cv['kind']}"]) + tags
            else:
                assert not rules, text
                tags = ["genuine"] + (["hard_negative"] if who == "H" else []) + tags
            c.agent(text, rules=rules, tags=tags)


def main():
    scam = Corpus(prefix="w11s")
    gen = Corpus(prefix="w11g")
    sconvs = parse(data_scam1.DATA) + parse(data_scam2.DATA) + parse(data_scam3.DATA) + parse(data_scam4.DATA) + parse(data_scam5.DATA) + parse(data_scam6.DATA)
    gconvs = parse(data_gen1.DATA) + parse(data_gen2.DATA) + parse(data_gen3.DATA) + parse(data_gen4.DATA)
    build(sconvs, scam, "s")
    build(gconvs, gen, "g")
    # no sentence reused
    seen = Counter(r["text"] for r in scam.records + gen.records if len(r["text"]) > 4)
    dups = [t for t, n in seen.items() if n > 1]
    if dups:
        sys.exit("reused lines: " + " / ".join(dups))
    scam.write(HERE / f"{NAME}_scam.jsonl", shuffle_seed=11)
    gen.write(HERE / f"{NAME}_genuine.jsonl", shuffle_seed=12)
    stats(scam.records, gen.records)


def stats(srecs, grecs):
    allr = srecs + grecs
    agents = [r for r in allr if r["sender"] == "agent"]
    ruled = [r for r in agents if r["rules"]]
    print("conversations", len({r["conversation_id"] for r in srecs}), "+", len({r["conversation_id"] for r in grecs}))
    print("agent lines", len(agents), "ruled", len(ruled), f"{len(ruled)/len(agents):.1%}")
    rc = Counter(x for r in ruled for x in r["rules"])
    for k in RULES:
        print(f"  {k:24s} {rc[k]}")
    tc = Counter(t for r in allr for t in r["tags"] if not t.startswith(("topic:", "platform:")))
    for k, n in sorted(tc.items()):
        print(f"  tag {k:28s} {n}")
    pc = Counter(t for r in allr for t in r["tags"] if t.startswith("platform:"))
    print(" ", dict(pc))
    print("buyer lines with entities", sum(1 for r in allr if r["sender"] == "buyer" and r["entities"]))
    print("entities", Counter(e["type"] for r in allr for e in r["entities"]))


if __name__ == "__main__":
    main()
