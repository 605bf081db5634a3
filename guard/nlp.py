"""spaCy's Chinese pipeline with the jieba segmenter, as a Presidio NLP engine.

No model is downloaded: the pipeline is spaCy's blank `zh` language with jieba's bundled
dictionary. The blank pipeline leaves every `lemma_` empty, which silently disables Presidio's
lemma-based context enhancement, so a one-line component copies each token's text into its lemma.
"""
from __future__ import annotations

import logging
import threading
from typing import Iterable

import jieba
import spacy
from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine
from spacy.language import Language
from spacy.tokens import Doc

from guard.tokenizers import initialize_global, new_tokenizer

jieba.setLogLevel(logging.WARNING)  # jieba prints its dictionary loading at INFO


@Language.component("lemma_from_text")
def lemma_from_text(doc: Doc) -> Doc:
    for token in doc:
        token.lemma_ = token.text
    return doc


def build_pipeline(context_words: Iterable[str] = (), tokenizer: jieba.Tokenizer | None = None) -> Language:
    """The blank jieba pipeline, segmenting with a jieba tokenizer of its own (never jieba's
    global one: the words added here must not change how other components segment). Context
    words become whole jieba tokens (else 住在 or 联系 may be split) and are not stop words
    (Presidio ignores stop words when it looks for context)."""
    initialize_global()  # spaCy's zh tokenizer segments a word with it on construction: no second read
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.add_pipe("lemma_from_text")
    if tokenizer is None:
        tokenizer = new_tokenizer(_segmentable(context_words))
    nlp.tokenizer.jieba_seg = tokenizer  # spaCy's zh tokenizer calls .cut(text, cut_all=False)
    for word in context_words:
        nlp.vocab[word].is_stop = False
    return nlp


def _segmentable(words: Iterable[str]) -> list[str]:
    """The words a jieba dictionary can hold (jieba never yields a token with a space)."""
    return [w for w in words if not any(ch.isspace() for ch in w)]


class ChineseNlpEngine(SpacyNlpEngine):
    """A SpacyNlpEngine whose `zh` model is the blank jieba pipeline above.

    spaCy keeps every new token string in the pipeline's vocabulary for good, and chat text is
    full of one-off numbers, so a long-running service would grow without bound: the pipeline is
    rebuilt every `recycle_after` documents (callers still holding the old one keep using it).
    """

    def __init__(self, context_words: Iterable[str] = (), recycle_after: int = 200_000) -> None:
        super().__init__(models=[{"lang_code": "zh", "model_name": "blank-zh-jieba"}])
        self.context_words = tuple(context_words)
        self.recycle_after = recycle_after
        self._processed = 0
        self._lock = threading.Lock()

    def load(self) -> None:
        self.tokenizer = new_tokenizer(_segmentable(self.context_words))
        self.nlp = {"zh": build_pipeline(self.context_words, self.tokenizer)}

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        self._processed += 1
        if self._processed >= self.recycle_after:
            with self._lock:
                if self._processed >= self.recycle_after:
                    self._processed = 0
                    self.nlp = {**self.nlp, language: build_pipeline(self.context_words, self.tokenizer)}
        return super().process_text(text, language)
