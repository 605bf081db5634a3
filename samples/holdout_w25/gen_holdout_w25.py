"""Generator for holdout_w25: official procedure talk (banks, card issuers, payment apps,
insurers, carriers, couriers, platforms) -- genuine service vs. impersonators.

Every line below (in the w25_data_*.py modules) was written by hand. Code fills in only values
(card numbers, codes, expiry dates, phone numbers, ID numbers) and their entity offsets.

Line notation in the data blocks:
  @ tag tag ...            starts a conversation (topic:/platform:/style: and kind:<pretext>)
  G: text                  genuine agent line, rules []
  H: text                  genuine agent line that uses scammers' vocabulary (hard_negative)
  P: text                  scam pretext line (rules [], tags scam_pretext + pretext:<kind>)
  S:CN,VC[+ctx][+ev]: text scam line breaking the listed rules
  B: text                  buyer line; {CARD} {CODE} ... placeholders become labelled values

Run: python3 gen_holdout_w25.py
"""
import random
import re

import sys as _sys  # noqa: E402
from pathlib import Path as _Path  # noqa: E402
_sys.path.insert(0, str(_Path(__file__).resolve().parent.parent))  # samples/: the shared kit
from kit import Corpus, card_number, mobile, id_number, spaced, fullwidth, chinese_digits, expiry, digits

import w25_data_scam_a, w25_data_scam_b, w25_data_scam_c, w25_data_gen_a, w25_data_gen_b

RULE = {"CN": "ASK_CARD_NUMBER", "CS": "ASK_CARD_SECURITY", "PW": "ASK_PASSWORD",
        "VC": "ASK_VERIFICATION_CODE", "SS": "ASK_SCREEN_SHARE", "TR": "ASK_TRANSFER",
        "OP": "ASK_OFF_PLATFORM", "LC": "ASK_LOAN_OR_CREDIT"}
rng = random.Random(2525)


def value(name):
    """(entity_type, written value) for a placeholder."""
    if name == "CARD":
        return "CN_BANK_CARD", card_number(rng)
    if name == "CARD_S":
        return "CN_BANK_CARD", spaced(card_number(rng), 4)
    if name == "CARD_D":
        return "CN_BANK_CARD", spaced(card_number(rng), 4, "-")
    if name == "CARD_FW":
        return "CN_BANK_CARD", fullwidth(card_number(rng))
    if name == "CARD16":
        return "CN_BANK_CARD", spaced(card_number(rng, length=16), 4)
    if name == "CODE":
        return "CN_VERIFICATION_CODE", digits(rng, 6)
    if name == "CODE4":
        return "CN_VERIFICATION_CODE", digits(rng, 4)
    if name == "CODE_S":
        return "CN_VERIFICATION_CODE", spaced(digits(rng, 6), 3)
    if name == "CODE_CN":
        return "CN_VERIFICATION_CODE", chinese_digits(digits(rng, 6), one=rng.choice("一幺"))
    if name == "CODE_FW":
        return "CN_VERIFICATION_CODE", fullwidth(digits(rng, 6))
    if name == "CVV":
        return "CN_CARD_SECURITY", digits(rng, 3)
    if name == "CVV_CN":
        return "CN_CARD_SECURITY", chinese_digits(digits(rng, 3))
    if name == "EXP":
        return "CN_CARD_SECURITY", expiry(rng)
    if name == "EXP_CN":
        e = expiry(rng)
        return "CN_CARD_SECURITY", f"{int(e[:2])}月{e[3:]}年"
    if name == "PWD":
        return "CN_PAYMENT_PASSWORD", digits(rng, 6)
    if name == "PWD_CN":
        return "CN_PAYMENT_PASSWORD", chinese_digits(digits(rng, 6))
    if name == "PHONE":
        return "CN_PHONE", mobile(rng)
    if name == "PHONE_S":
        return "CN_PHONE", spaced(mobile(rng), (3, 4, 4))
    if name == "ID":
        return "CN_ID_CARD", id_number(rng)
    raise KeyError(name)


def buyer_parts(text):
    parts = []
    for piece in re.split(r"(\{[A-Z0-9_]+\})", text):
        if piece.startswith("{") and piece.endswith("}"):
            parts.append(value(piece[1:-1]))
        elif piece:
            parts.append(piece)
    return parts


def build(corpus, blocks, side):
    for block in blocks:
        conv, kind = None, "other"
        for raw in block.strip().splitlines():
            line = raw.strip()
            if not line:
                continue
            if line.startswith("@"):
                tags = line[1:].split()
                kind = next((t[5:] for t in tags if t.startswith("kind:")), "other")
                conv = corpus.conversation(tags=[t for t in tags if not t.startswith("kind:")])
                continue
            head, text = line.split(": ", 1) if ": " in line[:24] else line.split(":", 1)
            text = text.strip()
            if head == "B":
                # a phone number left for a callback is a value, not a credential given away
                has = bool(re.search(r"\{(?!PHONE)[A-Z0-9_]+\}", text))
                conv.buyer(buyer_parts(text), tags=["credential" if has else "no_credential"])
            elif head == "G":
                assert side == "genuine", line
                conv.agent(text, rules=[], tags=["genuine"])
            elif head == "H":
                assert side == "genuine", line
                conv.agent(text, rules=[], tags=["genuine", "hard_negative"])
            elif head == "P":
                assert side == "scam", line
                conv.agent(text, rules=[], tags=["scam_pretext", f"pretext:{kind}"])
            elif head.startswith("S:"):
                assert side == "scam", line
                spec = head[2:].split("+")
                rules = [RULE[r] for r in spec[0].split(",")]
                extra = [{"ctx": "contextual", "ev": "evasion"}[x] for x in spec[1:]]
                conv.agent(text, rules=rules, tags=["scam", *extra])
            else:
                raise ValueError(line)


def main():
    scam = Corpus(prefix="w25s")
    build(scam, w25_data_scam_a.BLOCKS + w25_data_scam_b.BLOCKS + w25_data_scam_c.BLOCKS, "scam")
    scam.write("holdout_w25_scam.jsonl", shuffle_seed=2501)
    genuine = Corpus(prefix="w25g")
    build(genuine, w25_data_gen_a.BLOCKS + w25_data_gen_b.BLOCKS, "genuine")
    genuine.write("holdout_w25_genuine.jsonl", shuffle_seed=2502)


if __name__ == "__main__":
    main()
