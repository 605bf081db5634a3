"""Presidio recognizers for Chinese personal data in chat text, one module per entity.

All of them expect text normalised by `guard.normalize` (ASCII digits, separators inside
numbers removed); offsets they return are in that text.
"""
from recognizers.address import AddressRecognizer
from recognizers.bank_card import BankCardRecognizer
from recognizers.card_security import CardSecurityRecognizer
from recognizers.id_card import IdCardRecognizer
from recognizers.payment_password import PaymentPasswordRecognizer
from recognizers.phone import PhoneRecognizer
from recognizers.verification_code import VerificationCodeRecognizer

PII = (PhoneRecognizer, BankCardRecognizer, IdCardRecognizer, AddressRecognizer)
CREDENTIALS = (VerificationCodeRecognizer, CardSecurityRecognizer, PaymentPasswordRecognizer)
ALL = PII + CREDENTIALS

__all__ = [
    "ALL", "CREDENTIALS", "PII", "AddressRecognizer", "BankCardRecognizer", "CardSecurityRecognizer",
    "IdCardRecognizer", "PaymentPasswordRecognizer", "PhoneRecognizer", "VerificationCodeRecognizer",
]
