"""Add the BINs of the npm package `bankcardinfo` (ISC; its table of Chinese issuers' card
patterns, `index.js`) that bank_bins.tsv does not have yet. Run by hand to refresh:

    npm pack bankcardinfo && tar xzf bankcardinfo-*.tgz
    python recognizers/data/import_bankcardinfo.py package/index.js

Existing rows are kept as they are; new rows are appended in BIN order, marked with the source.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

TABLE = Path(__file__).with_name("bank_bins.tsv")
_BANK = re.compile(r'bankName:\s*"([^"]+)",\s*bankCode:\s*"[^"]+",\s*patterns:\s*\[(.*?)\]\s*\}', re.S)
_PATTERN = re.compile(r'reg:\s*/\^\(([\d|]+)\)\\d\{(\d+)\}\$/g,\s*cardType:\s*"(\w+)"')
CARD_TYPES = {"DC": "借记卡", "CC": "信用卡", "SCC": "准贷记卡", "PC": "预付费卡"}
SOURCE_MARK = "bankcardinfo"


def main(index_js: str) -> int:
    source = Path(index_js).read_text(encoding="utf-8")
    lines = TABLE.read_text(encoding="utf-8").splitlines()
    known = {line.split("\t", 1)[0] for line in lines if line and not line.startswith("#")}
    new: dict[str, str] = {}
    for bank in _BANK.finditer(source):
        name, patterns = bank.groups()
        for pattern in _PATTERN.finditer(patterns):
            for bin_ in pattern.group(1).split("|"):
                if len(bin_) in (6, 8) and bin_ not in known:
                    new.setdefault(bin_, f"{name}|{CARD_TYPES.get(pattern.group(3), pattern.group(3))}({SOURCE_MARK})")
    lines += [f"{b}\t{new[b]}" for b in sorted(new)]
    TABLE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(new)} BINs added")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
