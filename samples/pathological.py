"""Inputs built to find super-linear steps: each unit is repeated up to a size. Used by the
linear-time tests (tests/test_linear_time.py) and the benchmark (benchmarks/pathological.py)."""
from __future__ import annotations

UNITS = {
    "objects and requests alternating": "卡号请",
    "one long list of asks": "请提供卡号、有效期和验证码，",
    "a negation before every object": "不要把验证码告诉别人。",
    "objects split by spaces": "卡号 ",
    "polite asks in short sentences": "您好麻烦报一下验证码谢谢。",
    "a separator run between words": "验-",
    "requests with nothing to ask for": "发一下，",
    "titles and quotes": "《卡号》“验证码”",
    "unpunctuated transcript": "那个 您把 卡号 报一下 然后 ",
    "questions pointing back": "这个是多少？那个发我",
    "phone numbers in a row": "13812345678，",
    "digits and separators": "1-2 3.",
}


def repeat(unit: str, size: int, salt: int = 0) -> str:
    """`unit` repeated to `size` characters; a salt in front makes each text new to caches."""
    return f"{salt}" + (unit * (size // len(unit) + 1))[:size]
