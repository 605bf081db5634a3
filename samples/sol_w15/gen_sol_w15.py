"""Generator for corpus sol_w15: long, multi-turn Chinese customer-service chats (scam and genuine).

Every line of dialogue is hand-written in dialogues/*.txt. This script only parses those files,
fills in buyer credential values (valid checksums, exact offsets) with a fixed seed, tags lines,
and writes sol_w15_scam.jsonl / sol_w15_genuine.jsonl plus the counts section of the README.

Dialogue file format:
    === scam|genuine  tag tag tag ...        (conversation header; tags like topic:x platform:y style:z pretext:k)
    A: text                                  agent line, no rules
    A[CODE CARD ctx ev]: text                agent line with rule short-names and extra tags
    B: text with {CARD_SP} placeholders      buyer line
    # comment
Rule short names: CARD SEC PWD CODE SCREEN PAY OFF LOAN. Extra tags: ctx (contextual), ev (evasion),
hn (force hard_negative), nohn (no hard_negative).
Placeholders: {KIND[n][_FORM]} with KIND in CARD CODE SCODE CVV EXP PWD PHONE ID and FORM in
SP DASH FW CN YAO NS. The same KIND+n within one conversation is the same value.
"""
from __future__ import annotations

import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import sys as _sys
from pathlib import Path as _Path
_sys.path.insert(0, str(_Path(__file__).resolve().parent.parent))  # samples/: the shared kit
from kit import Corpus, RULES, card_number, chinese_digits, digits, expiry, fullwidth, id_number, mobile, spaced  # noqa: E402

NAME = "sol_w15"
SEED = 1515
SHORT = {"CARD": "ASK_CARD_NUMBER", "SEC": "ASK_CARD_SECURITY", "PWD": "ASK_PASSWORD",
         "CODE": "ASK_VERIFICATION_CODE", "SCREEN": "ASK_SCREEN_SHARE", "PAY": "ASK_TRANSFER",
         "OFF": "ASK_OFF_PLATFORM", "LOAN": "ASK_LOAN_OR_CREDIT"}
EXTRA = {"ctx": "contextual", "ev": "evasion"}
ENTITY = {"CARD": "CN_BANK_CARD", "CODE": "CN_VERIFICATION_CODE", "SCODE": "CN_VERIFICATION_CODE",
          "CVV": "CN_CARD_SECURITY", "EXP": "CN_CARD_SECURITY", "PWD": "CN_PAYMENT_PASSWORD",
          "PHONE": "CN_PHONE", "ID": "CN_ID_CARD"}
# words scammers also use; a genuine agent line containing one is a hard negative
HARD_WORDS = ("验证码", "校验码", "动态码", "短信", "银行卡", "卡号", "储蓄卡", "信用卡", "密码", "微信", "QQ",
              "转账", "打款", "汇款", "付款", "支付", "链接", "网址", "二维码", "扫码", "共享", "屏幕", "远程",
              "会议", "借呗", "备用金", "花呗", "网贷", "贷款", "征信", "信用", "安全码", "CVV", "有效期",
              "身份证", "保证金", "冻结", "解冻", "手续费", "下载", "APP", "理赔", "百万保障", "金融服务",
              "扣费", "原路退回", "银行", "账户", "账号", "收款", "退款", "红包", "充值", "额度", "电话",
              "借钱", "借款", "转给", "押金", "赔付", "补偿", "注销", "取件码", "远程", "下载")
PH = re.compile(r"\{([A-Z]+?)(\d?)(?:_([A-Z]+))?\}")


def make_value(kind: str, rng: random.Random) -> str:
    if kind == "CARD":
        return card_number(rng, length=rng.choice((16, 19, 19)))
    if kind == "CODE":
        return digits(rng, 6)
    if kind == "SCODE":
        return digits(rng, 4)
    if kind == "CVV":
        return digits(rng, 3)
    if kind == "EXP":
        return expiry(rng)
    if kind == "PWD":
        return digits(rng, 6)
    if kind == "PHONE":
        return mobile(rng)
    if kind == "ID":
        return id_number(rng)
    raise ValueError(kind)


def written(kind: str, value: str, form: str | None) -> str:
    if not form:
        return value
    if form == "SP":
        if kind == "PHONE":
            return spaced(value, (3, 4, 4))
        if kind == "ID":
            return spaced(value, (6, 8, 4))
        if kind in ("CODE", "SCODE", "PWD", "CVV"):
            return " ".join(value)
        return spaced(value, 4)
    if form == "DASH":
        if kind == "PHONE":
            return spaced(value, (3, 4, 4), "-")
        if kind == "EXP":
            return value.replace("/", "-")
        return spaced(value, 4, "-")
    if form == "FW":
        return fullwidth(value)
    if form == "CN":
        return chinese_digits(value)
    if form == "YAO":
        return chinese_digits(value, one="幺")
    if form == "NS":
        return value.replace("/", "")
    raise ValueError(form)


def parse_buyer(text: str, values: dict, rng: random.Random) -> list:
    parts, pos = [], 0
    for m in PH.finditer(text):
        kind, idx, form = m.group(1), m.group(2), m.group(3)
        if kind not in ENTITY:
            raise ValueError(f"bad placeholder {m.group(0)} in {text}")
        key = kind + idx
        if key not in values:
            values[key] = make_value(kind, rng)
        if m.start() > pos:
            parts.append(text[pos:m.start()])
        parts.append((ENTITY[kind], written(kind, values[key], form)))
        pos = m.end()
    if pos < len(text):
        parts.append(text[pos:])
    return parts


def load_blocks():
    blocks = []
    for path in sorted((HERE / "dialogues").glob("*.txt")):
        current = None
        for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("==="):
                head = line[3:].split()
                current = {"kind": head[0], "tags": head[1:], "lines": [], "where": f"{path.name}:{n}"}
                blocks.append(current)
                continue
            m = re.match(r"^(A|B)(?:\[([^\]]*)\])?[:：]\s?(.*)$", line)
            if not m or current is None:
                raise SystemExit(f"{path.name}:{n}: cannot parse: {raw}")
            current["lines"].append((m.group(1), (m.group(2) or "").split(), m.group(3).strip(), f"{path.name}:{n}"))
    return blocks


def build():
    rng = random.Random(SEED)
    scam, genuine = Corpus(prefix="w15s"), Corpus(prefix="w15g")
    seen_agent = {}
    for b in load_blocks():
        kind = b["kind"]
        conv_tags = [t for t in b["tags"] if not t.startswith("pretext:")]
        pretext = [t for t in b["tags"] if t.startswith("pretext:")]
        if kind == "scam" and len(pretext) != 1:
            raise SystemExit(f"{b['where']}: scam conversation needs exactly one pretext:<kind>")
        corpus = scam if kind == "scam" else genuine
        conv = corpus.conversation(tags=conv_tags)
        values: dict = {}
        for sender, marks, text, where in b["lines"]:
            if not text:
                raise SystemExit(f"{where}: empty line")
            if sender == "A":
                rules = [SHORT[m] for m in marks if m in SHORT]
                bad = [m for m in marks if m not in SHORT and m not in EXTRA and m not in ("hn", "nohn")]
                if bad:
                    raise SystemExit(f"{where}: unknown marks {bad}")
                if PH.search(text):
                    raise SystemExit(f"{where}: agent lines carry no entities")
                if text in seen_agent:
                    raise SystemExit(f"{where}: agent sentence reused (also {seen_agent[text]})")
                seen_agent[text] = where
                extra = [EXTRA[m] for m in marks if m in EXTRA]
                if kind == "genuine":
                    if rules:
                        raise SystemExit(f"{where}: genuine agent line with rules")
                    tags = ["genuine"]
                    hard = ("hn" in marks) or (any(w.lower() in text.lower() for w in HARD_WORDS) and "nohn" not in marks)
                    if hard:
                        tags.append("hard_negative")
                    tags += extra
                else:
                    if rules:
                        tags = ["scam"] + extra
                    else:
                        tags = ["scam_pretext", pretext[0]] + extra
                conv.agent(text, rules=rules, tags=tags)
            else:
                parts = parse_buyer(text, values, rng)
                has = any(isinstance(p, tuple) for p in parts)
                conv.buyer(parts, tags=["credential" if has else "no_credential"])
    return scam, genuine


def stats(scam: Corpus, genuine: Corpus) -> str:
    recs = scam.records + genuine.records
    convs = {r["conversation_id"] for r in recs}
    agent = [r for r in recs if r["sender"] == "agent"]
    asking = [r for r in agent if r["rules"]]
    per_rule = Counter(rule for r in agent for rule in r["rules"])
    tag_count = Counter(t for r in recs for t in r["tags"])
    ent = Counter(e["type"] for r in recs for e in r["entities"])
    turns = Counter()
    for r in recs:
        turns[r["conversation_id"]] += 1
    lens = sorted(turns.values())
    out = [f"- conversations: {len(convs)} (scam {len({r['conversation_id'] for r in scam.records})}, "
           f"genuine {len({r['conversation_id'] for r in genuine.records})})",
           f"- lines: {len(recs)} (agent {len(agent)}, buyer {len(recs) - len(agent)})",
           f"- turns per conversation: min {lens[0]}, median {lens[len(lens)//2]}, max {lens[-1]}",
           f"- agent lines breaking a rule: {len(asking)} ({100*len(asking)/len(agent):.1f} % of agent lines)",
           f"- genuine agent lines: {tag_count['genuine']}, of which hard_negative: {tag_count['hard_negative']}",
           f"- scam pretext lines: {tag_count['scam_pretext']}",
           f"- buyer lines with entities (credential): {tag_count['credential']}",
           "", "| rule | agent lines |", "|---|---|"]
    out += [f"| `{r}` | {per_rule[r]} |" for r in RULES]
    out += ["", "| tag | lines |", "|---|---|"]
    out += [f"| `{t}` | {n} |" for t, n in sorted(tag_count.items(), key=lambda x: (-x[1], x[0]))]
    out += ["", "| entity | values |", "|---|---|"]
    out += [f"| `{t}` | {n} |" for t, n in sorted(ent.items())]
    return "\n".join(out) + "\n"


def main():
    scam, genuine = build()
    scam.write(HERE / f"{NAME}_scam.jsonl", shuffle_seed=SEED)
    genuine.write(HERE / f"{NAME}_genuine.jsonl", shuffle_seed=SEED + 1)
    text = stats(scam, genuine)
    readme = HERE / f"README_{NAME}.md"
    if readme.exists():
        body = readme.read_text(encoding="utf-8")
        marker = "<!-- counts -->"
        if marker in body:
            head = body.split(marker)[0]
            readme.write_text(head + marker + "\n" + text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
