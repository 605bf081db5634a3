"""Context enhancement on a window around each candidate, instead of a spaCy Doc of the message.

Presidio's LemmaContextAwareEnhancer reads the lemmas of a whole-message spaCy Doc, looks each up
in a list of keywords and scans the tokens from the start for every candidate: building the Doc
was a fifth of the time of an inspection, and the lookups made long messages quadratic (48 ms at
10,000 characters). This enhancer keeps its rule exactly (the value's token and the words around
it that are neither stop words nor punctuation, `prefix` before and `suffix` after, plus the
caller's context words; a recognizer context word inside any of them raises the score by the
similarity factor, to at least the minimum) but segments only a window of characters around each
candidate, with the same jieba tokenizer and dictionary the pipeline used, so its cost is linear
in the number of candidates and independent of the message's length.
"""
from __future__ import annotations

import copy
from typing import Iterable, List, Optional

import jieba
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.lang.lex_attrs import is_punct
from spacy.lang.zh import Chinese
from spacy.util import get_words_and_spaces

# Characters of text segmented either side of a candidate: far more than the few words the
# rule reads, so the window's own edges never change the words it finds.
WINDOW_BEFORE = 64
WINDOW_AFTER = 32
WHOLE_TEXT = 2 * (WINDOW_BEFORE + WINDOW_AFTER)  # shorter texts are segmented whole, once


class WindowContextEnhancer(ContextAwareEnhancer):
    def __init__(self, tokenizer: jieba.Tokenizer, not_stop_words: Iterable[str] = (), *,
                 context_prefix_count: int, context_suffix_count: int,
                 context_similarity_factor: float = 0.35, min_score_with_context_similarity: float = 0.4):
        super().__init__(context_similarity_factor=context_similarity_factor,
                         min_score_with_context_similarity=min_score_with_context_similarity,
                         context_prefix_count=context_prefix_count, context_suffix_count=context_suffix_count)
        self.tokenizer = tokenizer
        self._last: tuple[str, tuple[list[str], list[bool]]] | None = None
        # the pipeline's stop words, less the context words it keeps (see guard.nlp)
        self.stop_words = frozenset(Chinese.Defaults.stop_words) - {w for w in not_stop_words}

    def enhance_using_context(self, text: str, raw_results: List[RecognizerResult],
                              nlp_artifacts: Optional[NlpArtifacts], recognizers: List[EntityRecognizer],
                              context: Optional[List[str]] = None) -> List[RecognizerResult]:
        by_id = {r.id: r for r in recognizers}
        extra = [w.lower() for w in context or ()]
        results = []
        for raw in raw_results:
            result = copy.copy(raw)  # recognizers may cache their results: never change theirs
            results.append(result)
            metadata = result.recognition_metadata or {}
            recognizer = by_id.get(metadata.get(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY))
            if recognizer is None or not recognizer.context or metadata.get(
                    RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY):
                continue
            supportive = self._supportive(recognizer.context, text, result.start, result.end, extra)
            if supportive:
                result.score = min(max(result.score + self.context_similarity_factor,
                                       self.min_score_with_context_similarity), ContextAwareEnhancer.MAX_SCORE)
                result.analysis_explanation = copy.copy(result.analysis_explanation)
                result.analysis_explanation.set_supportive_context_word(supportive)
                result.analysis_explanation.set_improved_score(result.score)
        return results

    def _supportive(self, context: list[str], text: str, start: int, end: int, extra: list[str]) -> str:
        """The first context word inside one of the surrounding words or the caller's words, or "".
        Words are pieces of the text, so a context word the text around the candidate does not
        contain cannot be inside one: jieba (most of this step's cost) runs only when one could be."""
        lowered = [c.lower() for c in context]
        for c, low in zip(context, lowered):
            if any(low in w for w in extra):
                return c  # the score is raised whichever word does it
        lo, hi = (0, len(text)) if len(text) <= WHOLE_TEXT else self._window(text, start, end)
        nearby = text[lo:hi].lower()
        if not any(low in nearby for low in lowered):
            return ""
        words = self.surrounding_words(text, start, end)
        return next((c for c, low in zip(context, lowered) if any(low in w for w in words)), "")

    @staticmethod
    def _window(text: str, start: int, end: int) -> tuple[int, int]:
        return max(0, start - WINDOW_BEFORE), min(len(text), end + WINDOW_AFTER)

    def surrounding_words(self, text: str, start: int, end: int) -> list[str]:
        """The keywords (lower case) from the candidate's token back `prefix`+1 of them and
        forward `suffix`+1, as Presidio's lemma enhancer reads them."""
        if len(text) <= WHOLE_TEXT:  # short: segment it all once, for every candidate in it
            lo, (words, spaces) = 0, self._segmented(text)
        else:
            lo, hi = self._window(text, start, end)
            words, spaces = self._segment(text[lo:hi])
        position, index = lo, len(words) - 1
        for i, (word, space) in enumerate(zip(words, spaces)):
            if position == start or start < position + len(word):
                index = i
                break
            position += len(word) + space
        lowered = [w.lower() for w in words]
        keyword = [not (w in self.stop_words or is_punct(w) or ":" in w) for w in lowered]
        found = []
        for step, count in ((-1, self.context_prefix_count), (1, self.context_suffix_count)):
            i, remaining = index, count + 1
            while 0 <= i < len(words) and remaining > 0:
                if keyword[i]:
                    found.append(lowered[i])
                    remaining -= 1
                i += step
        return list(set(found))

    def _segment(self, text: str) -> tuple[list[str], list[bool]]:
        return get_words_and_spaces([w for w in self.tokenizer.cut(text, cut_all=False) if w], text)

    def _segmented(self, text: str) -> tuple[list[str], list[bool]]:
        last = self._last  # one slot: the candidates of one message come one after another
        if last is None or last[0] is not text:
            last = self._last = (text, self._segment(text))
        return last[1]
