"""Presidio recognizers for Chinese personal data in chat text, one module per entity.

All of them expect text normalised by `guard.normalize` (ASCII digits, separators inside
numbers removed); offsets they return are in that text.
"""
from recognizers.address import AddressRecognizer
from recognizers.bank_card import BankCardRecognizer
from recognizers.id_card import IdCardRecognizer
from recognizers.phone import PhoneRecognizer

ALL = (PhoneRecognizer, BankCardRecognizer, IdCardRecognizer, AddressRecognizer)

__all__ = ["ALL", "AddressRecognizer", "BankCardRecognizer", "IdCardRecognizer", "PhoneRecognizer"]
