"""The fixed names that tools outside the project rely on (docs/architecture.md), declared once."""
from __future__ import annotations

ENTITY_TYPES = (
    "CN_PHONE", "CN_BANK_CARD", "CN_ID_CARD", "CN_ADDRESS",
    "CN_VERIFICATION_CODE", "CN_CARD_SECURITY", "CN_PAYMENT_PASSWORD",
)
RULES = (
    "ASK_CARD_NUMBER", "ASK_CARD_SECURITY", "ASK_PASSWORD", "ASK_VERIFICATION_CODE",
    "ASK_SCREEN_SHARE", "ASK_TRANSFER", "ASK_OFF_PLATFORM", "ASK_LOAN_OR_CREDIT",
)
SEVERITIES = ("low", "medium", "high", "critical")
