"""jieba tokenizers that share one read of the dictionary segment and tag exactly as tokenizers
that read it themselves, and stay private: words added to one change no other."""
from __future__ import annotations

import jieba
import jieba.posseg
import pytest

from guard.tokenizers import new_tokenizer, pos_tagger

TEXTS = [
    "您好，麻烦把手机收到的验证码发给我核对一下",
    "请加我微信abc123，住在浙江省杭州市余杭区文一西路969号",
    "银行卡号和有效期报一下，联系电话13812345678",
    "亲，退款已经处理了，三到五个工作日到账哦",
]
ADDED = ["住在", "联系电话", "有效期报"]


@pytest.fixture(scope="module")
def reads_its_own():
    """A tokenizer that reads jieba's dictionary itself, with the same words added."""
    tokenizer = jieba.Tokenizer()
    for word in ADDED:
        tokenizer.add_word(word)
    return tokenizer


@pytest.mark.parametrize("text", TEXTS)
def test_a_shared_dictionary_tokenizer_segments_as_one_that_reads_the_dictionary(reads_its_own, text):
    shared = new_tokenizer(ADDED)
    assert list(shared.cut(text, cut_all=False)) == list(reads_its_own.cut(text, cut_all=False))
    assert shared.total == reads_its_own.total and shared.FREQ == reads_its_own.FREQ


def test_words_added_to_one_tokenizer_change_no_other():
    first, second = new_tokenizer(), new_tokenizer(["验证码发给"])
    assert "验证码发给" not in first.FREQ and "验证码发给" in second.FREQ
    assert first.total < second.total
    assert "验证码发给" not in jieba.dt.FREQ


@pytest.mark.parametrize("text", TEXTS)
def test_the_tagger_tags_as_jiebas_own_tagger_on_the_same_tokenizer(text):
    tokenizer = new_tokenizer(ADDED)
    ours = [(p.word, p.flag) for p in pos_tagger(tokenizer).cut(text, HMM=False)]
    theirs = [(p.word, p.flag) for p in jieba.posseg.POSTokenizer(tokenizer).cut(text, HMM=False)]
    assert ours == theirs
