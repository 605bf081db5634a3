"""Generator for sol_w14: Chinese service-desk chats beyond shopping (telecom, utilities,
insurance, bank card service, courses, healthcare, ride-hailing/delivery, travel, government
hotlines, car rental, second-hand trading), scam and genuine.

Every dialogue line is written by hand in data/*.txt; this script only parses them, fills in
buyer-side values (card numbers, codes, ...) with kit helpers under a fixed seed, attaches
labels and writes the two JSONL files.

    python3 gen_sol_w14.py            # writes sol_w14_scam.jsonl, sol_w14_genuine.jsonl

Data format (one conversation per block):
    === S|G topic:<t> platform:<p> style:<s> [pretext:<kind>]
    A: text                      agent line, no rules (scam side: pretext; genuine side: genuine)
    A[PAY,OFF]: text             agent line breaking rules (short codes below)
    A[CODE]{c,e}: text           extra tags: c=contextual, e=evasion, p:<kind>=pretext kind
    B: text with {SLOT}s         buyer line; slots become labelled entities
"""
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sys as _sys
from pathlib import Path as _Path
_sys.path.insert(0, str(_Path(__file__).resolve().parent.parent))  # samples/: the shared kit
from kit import (Corpus, card_number, chinese_digits, digits, expiry, fullwidth, id_number,  # noqa: E402
                 mobile, spaced)

HERE = Path(__file__).resolve().parent
NAME = "sol_w14"
SEED = 1414
RULE = {"CARD": "ASK_CARD_NUMBER", "SEC": "ASK_CARD_SECURITY", "PWD": "ASK_PASSWORD",
        "CODE": "ASK_VERIFICATION_CODE", "SCREEN": "ASK_SCREEN_SHARE", "PAY": "ASK_TRANSFER",
        "OFF": "ASK_OFF_PLATFORM", "LOAN": "ASK_LOAN_OR_CREDIT"}
PRETEXTS = {"refund_claim", "parcel_lost", "account_anomaly", "membership_cancel", "deposit_fee",
            "credit_repair", "task_rebate", "prize_subsidy", "other"}
# words scammers also use; a genuine agent line containing one is a hard negative
HARD_WORDS = ("验证码", "校验码", "动态码", "银行卡", "卡号", "密码", "微信", "QQ", "转账", "汇款", "链接", "二维码",
              "共享", "屏幕", "远程", "借呗", "备用金", "贷款", "征信", "分期", "安全码", "CVV", "有效期",
              "保证金", "押金", "解冻", "冻结", "退款", "理赔", "收款", "账户", "短信", "下载", "扫码",
              "充值", "注销", "额度", "信用", "网址", "扫", "会议", "手续费", "身份证", "医保卡", "社保卡", "付款", "支付", "挂失")


def slot_values(rng):
    """Each slot -> (entity type, written value)."""
    card, card16 = card_number(rng), card_number(rng, length=16)
    code6, code4 = digits(rng, 6), digits(rng, 4)
    pwd, phone = digits(rng, 6), mobile(rng)
    return {
        "CARD": ("CN_BANK_CARD", card), "CARD16": ("CN_BANK_CARD", card16),
        "CARDSP": ("CN_BANK_CARD", spaced(card, 4)), "CARDDASH": ("CN_BANK_CARD", spaced(card16, 4, "-")),
        "CARDFW": ("CN_BANK_CARD", fullwidth(card16)), "CARDCN": ("CN_BANK_CARD", chinese_digits(card16)),
        "CODE": ("CN_VERIFICATION_CODE", code6), "CODE4": ("CN_VERIFICATION_CODE", code4),
        "CODESP": ("CN_VERIFICATION_CODE", spaced(code6, 3)), "CODECN": ("CN_VERIFICATION_CODE", chinese_digits(code6, "幺")),
        "CODEFW": ("CN_VERIFICATION_CODE", fullwidth(code6)),
        "CVV": ("CN_CARD_SECURITY", digits(rng, 3)), "EXP": ("CN_CARD_SECURITY", expiry(rng)),
        "EXPCN": ("CN_CARD_SECURITY", f"{rng.randint(27, 32)}年{rng.randint(1, 12)}月"),
        "PWD": ("CN_PAYMENT_PASSWORD", pwd), "PWDCN": ("CN_PAYMENT_PASSWORD", chinese_digits(pwd)),
        "PWDSP": ("CN_PAYMENT_PASSWORD", spaced(pwd, 1)),
        "PHONE": ("CN_PHONE", phone), "PHONESP": ("CN_PHONE", spaced(phone, (3, 4, 4))),
        "ID": ("CN_ID_CARD", id_number(rng)),
    }


CREDENTIAL_TYPES = {"CN_BANK_CARD", "CN_VERIFICATION_CODE", "CN_CARD_SECURITY", "CN_PAYMENT_PASSWORD", "CN_ID_CARD"}
LINE = re.compile(r"^(A|B)(?:\[([A-Z,]+)\])?(?:\{([^}]*)\})?:\s?(.*)$")


def parse(path):
    blocks, cur = [], None
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("==="):
            head = line[3:].split()
            cur = {"kind": head[0], "tags": head[1:], "lines": [], "where": f"{path.name}:{n}"}
            blocks.append(cur)
            continue
        m = LINE.match(line)
        if not m or cur is None:
            sys.exit(f"{path.name}:{n}: cannot parse: {raw}")
        who, rules, extra, text = m.groups()
        cur["lines"].append((who, [RULE[r] for r in rules.split(",")] if rules else [],
                             [t for t in (extra or "").split(",") if t], text, f"{path.name}:{n}"))
    return blocks


def buyer_parts(text, vals):
    parts, pos = [], 0
    for m in re.finditer(r"\{([A-Z0-9]+)\}", text):
        parts.append(text[pos:m.start()])
        parts.append(vals[m.group(1)])
        pos = m.end()
    parts.append(text[pos:])
    return [p for p in parts if p != ""]


def build():
    rng = random.Random(SEED)
    corpora = {"S": Corpus(prefix="w14s"), "G": Corpus(prefix="w14g")}
    seen, dups = set(), []
    for path in sorted((HERE / "data").glob("*.txt")):
        for b in parse(path):
            corpus = corpora[b["kind"]]
            conv_tags = [t for t in b["tags"] if not t.startswith("pretext:")]
            default_pretext = next((t.split(":", 1)[1] for t in b["tags"] if t.startswith("pretext:")), "other")
            assert any(t.startswith("topic:") for t in conv_tags) and any(t.startswith("style:") for t in conv_tags), b["where"]
            c = corpus.conversation(tags=conv_tags)
            for who, rules, extra, text, where in b["lines"]:
                bare = re.sub(r"\{[A-Z0-9]+\}", "", text)
                if text in seen and len(bare) > 4:
                    dups.append(f"{where}: repeated sentence: {text}")
                seen.add(text)
                if who == "B":
                    vals = slot_values(rng)
                    parts = buyer_parts(text, vals)
                    kinds = {p[0] for p in parts if isinstance(p, tuple)}
                    c.buyer(parts, tags=["credential" if kinds & CREDENTIAL_TYPES else "no_credential"])
                    continue
                tags = []
                if "c" in extra:
                    tags.append("contextual")
                if "e" in extra:
                    tags.append("evasion")
                if b["kind"] == "G":
                    assert not rules, f"{where}: genuine line with rules"
                    tags.insert(0, "genuine")
                    if any(w in text for w in HARD_WORDS):
                        tags.append("hard_negative")
                elif rules:
                    tags.insert(0, "scam")
                else:
                    kind = next((t.split(":", 1)[1] for t in extra if t.startswith("p:")), default_pretext)
                    assert kind in PRETEXTS, f"{where}: pretext {kind}"
                    tags[:0] = ["scam_pretext", f"pretext:{kind}"]
                c.agent(text, rules=rules, tags=tags)
    if dups:
        sys.exit("\n".join(dups))
    return corpora


def stats(records):
    agents = [r for r in records if r["sender"] == "agent"]
    rules = Counter(x for r in agents for x in r["rules"])
    tags = Counter(t for r in records for t in r["tags"] if not t.startswith(("topic:", "platform:")))
    return {"conversations": len({r["conversation_id"] for r in records}), "agent_lines": len(agents),
            "soliciting_lines": sum(1 for r in agents if r["rules"]),
            "buyer_lines": sum(1 for r in records if r["sender"] == "buyer"),
            "buyer_entity_lines": sum(1 for r in records if r["sender"] == "buyer" and r["entities"]),
            "rules": dict(rules), "tags": dict(tags),
            "entities": dict(Counter(e["type"] for r in records for e in r["entities"]))}


if __name__ == "__main__":
    corpora = build()
    corpora["S"].write(HERE / f"{NAME}_scam.jsonl", shuffle_seed=SEED)
    corpora["G"].write(HERE / f"{NAME}_genuine.jsonl", shuffle_seed=SEED + 1)
    import json
    both = corpora["S"].records + corpora["G"].records
    print(json.dumps({"scam": stats(corpora["S"].records), "genuine": stats(corpora["G"].records),
                      "all": stats(both)}, ensure_ascii=False, indent=1))
