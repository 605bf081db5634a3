"""Generator for sol_w12: Chinese customer-service phone/voice transcripts (scam and genuine).

Every conversation is written by hand in data/*.txt in a small line format:

    === topic:x platform:y style:call pretext:refund_claim
    A[T,O;x] agent text          rules in [...] (letters below), ';' then extra tag letters
    A agent text                 no rules: pretext (scam file) or genuine (genuine file)
    B buyer text {VC:cn}         buyer text; {...} is a credential value filled in by code

Rule letters: C card number, S card security, P password, V verification code,
R screen share, T transfer, O off platform, L loan/credit.
Tag letters: x contextual, e evasion.
Placeholders: VC (6-digit code), VC4, CARD, CVV, EXP, PWD, PHONE, ID; forms d (default),
cn (Chinese numerals), y (Chinese numerals with 幺), sp (spaced), fw (full-width), dash.

Run:  python3 gen_sol_w12.py   (writes sol_w12_scam.jsonl and sol_w12_genuine.jsonl)
"""
import random
import re
import sys
from collections import Counter
from pathlib import Path

import sys as _sys
from pathlib import Path as _Path
_sys.path.insert(0, str(_Path(__file__).resolve().parent.parent))  # samples/: the shared kit
from kit import (Corpus, card_number, chinese_digits, digits, expiry, fullwidth, id_number,
                 mobile, spaced)

HERE = Path(__file__).resolve().parent
RULE = {"C": "ASK_CARD_NUMBER", "S": "ASK_CARD_SECURITY", "P": "ASK_PASSWORD",
        "V": "ASK_VERIFICATION_CODE", "R": "ASK_SCREEN_SHARE", "T": "ASK_TRANSFER",
        "O": "ASK_OFF_PLATFORM", "L": "ASK_LOAN_OR_CREDIT"}
TAG = {"x": "contextual", "e": "evasion"}
HARD_WORDS = ("验证码", "校验码", "动态码", "银行卡", "卡号", "密码", "微信", "转账", "链接", "二维码",
              "共享", "借呗", "征信", "安全码", "有效期", "背面", "短信", "打款", "汇款", "付款", "支付",
              "扣款", "扣费", "下载", "额度", "贷款", "分期", "账户", "账号", "身份证", "屏幕", "远程",
              "会议", "备用金", "保证金", "押金", "退款", "冻结", "解冻", "扫码", "码", "信用卡", "储蓄卡",
              "QQ", "app", "App", "APP", "红包", "充值", "取件码", "手续费", "理赔", "钱")
KIND = {"VC": "CN_VERIFICATION_CODE", "VC4": "CN_VERIFICATION_CODE", "CARD": "CN_BANK_CARD",
        "CVV": "CN_CARD_SECURITY", "EXP": "CN_CARD_SECURITY", "PWD": "CN_PAYMENT_PASSWORD",
        "PHONE": "CN_PHONE", "ID": "CN_ID_CARD"}
PH = re.compile(r"\{(VC4|VC|CARD|CVV|EXP|PWD|PHONE|ID)(?::(\w+))?\}")


def value(rng, kind, form):
    form = form or "d"
    raw = {"VC": lambda: digits(rng, 6), "VC4": lambda: digits(rng, 4),
           "CARD": lambda: card_number(rng, length=rng.choice((16, 19))),
           "CVV": lambda: digits(rng, 3), "EXP": lambda: expiry(rng),
           "PWD": lambda: digits(rng, 6), "PHONE": lambda: mobile(rng),
           "ID": lambda: id_number(rng)}[kind]()
    if form == "d":
        return raw
    if form == "cn":
        return chinese_digits(raw.replace("/", "") if kind == "EXP" else raw)
    if form == "y":
        return chinese_digits(raw.replace("/", "") if kind == "EXP" else raw, one="幺")
    if form == "sp":
        if kind == "PHONE":
            return spaced(raw, (3, 4, 4))
        if kind == "ID":
            return spaced(raw, (6, 8, 4))
        if kind in ("VC", "PWD"):
            return spaced(raw, 1)
        return spaced(raw, 4)
    if form == "dash":
        return spaced(raw, (3, 4, 4) if kind == "PHONE" else 4, sep="-")
    if form == "fw":
        return fullwidth(raw)
    if form == "mix":  # half read out in words, as a recogniser sometimes writes
        k = len(raw) // 2
        return chinese_digits(raw[:k]) + raw[k:]
    raise ValueError(form)


def parts_of(rng, text):
    out, pos = [], 0
    for m in PH.finditer(text):
        if m.start() > pos:
            out.append(text[pos:m.start()])
        out.append((KIND[m.group(1)], value(rng, m.group(1), m.group(2))))
        pos = m.end()
    if pos < len(text):
        out.append(text[pos:])
    return out


def load(pattern):
    convs = []
    for path in sorted((HERE / "data").glob(pattern)):
        cur = None
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = line.rstrip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("==="):
                cur = {"head": line[3:].split(), "lines": [], "where": f"{path.name}:{n}"}
                convs.append(cur)
                continue
            m = re.match(r"^([AB])(?:\[([A-Z,]*)(?:;([a-z]*))?\])? (.+)$", line)
            if not m:
                sys.exit(f"{path.name}:{n}: bad line: {line}")
            cur["lines"].append((m.group(1), m.group(2) or "", m.group(3) or "", m.group(4).strip(),
                                 f"{path.name}:{n}"))
    return convs


def build(prefix, convs, scam, rng, seen):
    corpus = Corpus(prefix=prefix)
    for conv in convs:
        head = [h for h in conv["head"] if not h.startswith("pretext:")]
        pretext = [h for h in conv["head"] if h.startswith("pretext:")]
        if scam and not pretext:
            sys.exit(f"{conv['where']}: scam conversation without pretext kind")
        c = corpus.conversation(tags=head)
        for who, rules, tags, text, where in conv["lines"]:
            if who == "A":
                if text in seen:
                    sys.exit(f"{where}: reused agent line: {text}")
                seen.add(text)
                rl = [RULE[r] for r in rules.split(",") if r]
                tg = [TAG[t] for t in tags]
                if scam:
                    tg = (["scam"] if rl else ["scam_pretext", *pretext]) + tg
                else:
                    if rl:
                        sys.exit(f"{where}: genuine line with rules")
                    tg = ["genuine"] + (["hard_negative"] if any(w in text for w in HARD_WORDS) else []) + tg
                if "{" in text:
                    sys.exit(f"{where}: placeholder in agent line")
                c.agent(text, rules=rl, tags=tg)
            else:
                parts = parts_of(rng, text)
                has = any(isinstance(p, tuple) for p in parts)
                c.buyer(parts, tags=["credential" if has else "no_credential"])
    return corpus


def main():
    rng = random.Random(20261207)
    seen = set()
    scam = build("w12s", load("scam*.txt"), True, rng, seen)
    gen = build("w12g", load("gen*.txt"), False, rng, seen)
    scam.write(HERE / "sol_w12_scam.jsonl", shuffle_seed=1207)
    gen.write(HERE / "sol_w12_genuine.jsonl", shuffle_seed=712)
    # summary
    recs = scam.records + gen.records
    agents = [r for r in recs if r["sender"] == "agent"]
    rule_lines = [r for r in agents if r["rules"]]
    print("conversations", scam._conversations, gen._conversations)
    print("agent lines", len(agents), "rule lines", len(rule_lines), f"{len(rule_lines)/len(agents):.1%}")
    print("rules", dict(Counter(x for r in agents for x in r["rules"])))
    tags = Counter(t for r in recs for t in r["tags"])
    print("tags", dict(sorted(tags.items())))
    print("buyer credential lines", sum(1 for r in recs if r["sender"] == "buyer" and r["entities"]))
    print("entities", dict(Counter(e["type"] for r in recs for e in r["entities"])))


if __name__ == "__main__":
    main()
