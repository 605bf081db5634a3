"""jieba tokenizers of their own, sharing what jieba reads from disk.

Each component segments with a private `jieba.Tokenizer` (words one adds change no other), and
each would read jieba's prefix dictionary from its cache file on first use: about 0.5 s apiece,
three times in every process (the NLP layer's tokenizer, the detector's, and jieba's global one,
which spaCy's Chinese tokenizer initialises on construction). The dictionary is read once here and
each tokenizer gets its own copy of it (about 10 ms), exactly what reading it again would give.
Likewise the part-of-speech tagger takes the word tags `jieba.posseg` read from the same
dictionary on import instead of reading the dictionary file again (about 0.2 s).
"""
from __future__ import annotations

from functools import cache
from typing import Iterable

import jieba
import jieba.posseg


@cache
def _default_dictionary() -> tuple[dict[str, int], int]:
    """jieba's default prefix dictionary and its total frequency, read once per process."""
    loaded = jieba.Tokenizer()
    loaded.initialize()
    return loaded.FREQ, loaded.total


def _share_dictionary(tokenizer: jieba.Tokenizer) -> None:
    freq, total = _default_dictionary()
    with tokenizer.lock:
        if not tokenizer.initialized:
            tokenizer.FREQ, tokenizer.total, tokenizer.initialized = dict(freq), total, True


def new_tokenizer(words: Iterable[str] = ()) -> jieba.Tokenizer:
    """A private jieba tokenizer with the default dictionary, plus `words` added in order."""
    tokenizer = jieba.Tokenizer()
    _share_dictionary(tokenizer)
    for word in words:
        tokenizer.add_word(word)
    return tokenizer


def initialize_global() -> None:
    """Give jieba's global tokenizer the default dictionary, if nothing has loaded it yet."""
    if jieba.dt.dictionary == jieba.DEFAULT_DICT:
        _share_dictionary(jieba.dt)


class _SharedTagsPOSTokenizer(jieba.posseg.POSTokenizer):
    def load_word_tag(self, f) -> None:
        if self.tokenizer.dictionary != jieba.DEFAULT_DICT:
            return super().load_word_tag(f)
        f.close()
        self.word_tag_tab = dict(_default_tags())


@cache
def _default_tags() -> dict[str, str]:
    """The word tags of the default dictionary, as posseg's own tagger read them on import
    (jieba adds to a tagger's table only its tokenizer's tagged user words, at cut time)."""
    return dict(jieba.posseg.dt.word_tag_tab)


def pos_tagger(tokenizer: jieba.Tokenizer) -> jieba.posseg.POSTokenizer:
    """jieba's part-of-speech tagger over `tokenizer`."""
    return _SharedTagsPOSTokenizer(tokenizer)
