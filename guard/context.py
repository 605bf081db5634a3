"""Context enhancement on jieba's words around each candidate, instead of a spaCy Doc.

Presidio's LemmaContextAwareEnhancer reads the lemmas of a whole-message spaCy Doc, looks each up
in a list of keywords and scans the tokens from the start for every candidate: building the Doc
was a fifth of the time of an inspection, and the lookups made long messages quadratic (48 ms at
10,000 characters). This enhancer keeps its rule exactly (the value's token and the words around
it that are neither stop words nor punctuation, `prefix` before and `suffix` after, plus the
caller's context words; a recognizer context word inside any of them raises the score by the
similarity factor, to at least the minimum) with the same jieba tokenizer and dictionary the
pipeline used, but segments only when a context word occurs in the message at all, and then
only the runs of text between the candidate and the context words (jieba cuts each run of the
characters it segments on its own): linear in the message and its candidates, and a long
message pays for the stretches around its candidates, not for all of it.
"""
from __future__ import annotations

import copy
from bisect import bisect_left, bisect_right
from typing import Iterable, List, NamedTuple, Optional

import jieba
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.lang.lex_attrs import is_punct
from spacy.lang.zh import Chinese


class JiebaContextEnhancer(ContextAwareEnhancer):
    def __init__(self, tokenizer: jieba.Tokenizer, not_stop_words: Iterable[str] = (), *,
                 context_prefix_count: int, context_suffix_count: int,
                 context_similarity_factor: float = 0.35, min_score_with_context_similarity: float = 0.4):
        super().__init__(context_similarity_factor=context_similarity_factor,
                         min_score_with_context_similarity=min_score_with_context_similarity,
                         context_prefix_count=context_prefix_count, context_suffix_count=context_suffix_count)
        self.tokenizer = tokenizer
        # the pipeline's stop words, less the context words it keeps (see guard.nlp)
        self.stop_words = frozenset(Chinese.Defaults.stop_words) - {w for w in not_stop_words}

    def enhance_using_context(self, text: str, raw_results: List[RecognizerResult],
                              nlp_artifacts: Optional[NlpArtifacts], recognizers: List[EntityRecognizer],
                              context: Optional[List[str]] = None) -> List[RecognizerResult]:
        by_id = {r.id: r for r in recognizers}
        extra = [w.lower() for w in context or ()]
        lowered_text = text.lower()
        words: list[_Words] = []  # the message's words, made when a candidate first needs them
        reaches: dict[str, tuple[int, int] | None] = {}  # per recognizer: where its context words occur
        results = []
        for raw in raw_results:
            result = copy.copy(raw)  # recognizers may cache their results: never change theirs
            results.append(result)
            metadata = result.recognition_metadata or {}
            recognizer = by_id.get(metadata.get(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY))
            if recognizer is None or not recognizer.context or metadata.get(
                    RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY):
                continue
            lowered = [c.lower() for c in recognizer.context]
            # The score is raised whichever context word does it. Words are pieces of the text:
            # a context word the text does not contain cannot be inside one, so jieba (most of
            # this step's cost) runs only when one could be, and only on the stretch between
            # the candidate and the context words that occur.
            supportive = next((c for c, low in zip(recognizer.context, lowered) if any(low in w for w in extra)), "")
            if not supportive:
                if recognizer.id not in reaches:
                    reaches[recognizer.id] = _reach(lowered_text, lowered, len(text))
                reach = reaches[recognizer.id]
                if reach is not None:
                    if not words:
                        words.append(_Words(text, self.tokenizer, self.stop_words))
                    around = words[0].window(result.start, self.context_prefix_count + 1,
                                             self.context_suffix_count + 1, reach)
                    supportive = next((c for c, low in zip(recognizer.context, lowered)
                                       if any(low in w for w in around)), "")
            if supportive:
                result.score = min(max(result.score + self.context_similarity_factor,
                                       self.min_score_with_context_similarity), ContextAwareEnhancer.MAX_SCORE)
                result.analysis_explanation = copy.copy(result.analysis_explanation)
                result.analysis_explanation.set_supportive_context_word(supportive)
                result.analysis_explanation.set_improved_score(result.score)
        return results


def _reach(lowered_text: str, context: list[str], length: int) -> tuple[int, int] | None:
    """From the start of the first context word in the text to the end of the last one (None
    when none occurs); the whole text when lower-casing changed its length (offsets would not
    match)."""
    first, last = length, 0
    for word in context:
        at = lowered_text.find(word)
        if at >= 0:
            first = min(first, at)
            last = max(last, lowered_text.rfind(word) + len(word))
    if last == 0:
        return None
    return (0, length) if len(lowered_text) != length else (first, last)


class _Block(NamedTuple):
    """One run of a message as spaCy's words: each lower-cased, where each ends, and the
    indices of those that count (neither stop words nor punctuation)."""

    words: list[str]
    ends: list[int]
    counting: list[int]


class _Words:
    """One message as the words of the spaCy Doc the pipeline built of it (jieba's tokens; a
    single space after a word is that word's trailing space, any other whitespace a word of its
    own), segmented lazily: jieba cuts each run of the characters it segments (`re_han_default`)
    on its own, so each run is cut only when a candidate's window reaches it."""

    def __init__(self, text: str, tokenizer: jieba.Tokenizer, stop_words: frozenset[str]):
        self.text = text
        self.tokenizer = tokenizer
        self.stop_words = stop_words
        self.spans: list[tuple[int, int, bool]] = []  # (start, end, segmented by jieba), in order
        pos = 0
        for m in jieba.re_han_default.finditer(text):
            if m.start() > pos:
                self.spans.append((pos, m.start(), False))
            self.spans.append((m.start(), m.end(), True))
            pos = m.end()
        if pos < len(text):
            self.spans.append((pos, len(text), False))
        self.starts = [span[0] for span in self.spans]
        self._blocks: dict[int, _Block] = {}

    def block(self, b: int) -> _Block:
        block = self._blocks.get(b)
        if block is None:
            block = self._blocks[b] = self._segment(*self.spans[b])
        return block

    def _segment(self, start: int, end: int, han: bool) -> _Block:
        text, words, ends = self.text, [], []
        if han:
            pos = start
            for token in self.tokenizer.cut(text[start:end], cut_all=False):
                pos += len(token)
                words.append(token.lower())
                ends.append(pos)
        else:  # jieba yields every other character alone; spaCy's alignment regroups whitespace
            i = start
            while i < end:
                if not text[i].isspace():
                    words.append(text[i].lower())
                    ends.append(i + 1)
                    i += 1
                    continue
                j = i
                while j < end and text[j].isspace():
                    j += 1
                if i > 0 and text[i] == " ":  # the trailing space of the word before
                    i += 1
                if i < j:
                    words.append(text[i:j].lower())
                    ends.append(j)
                i = j
        counting = [i for i, w in enumerate(words) if not (w in self.stop_words or is_punct(w) or ":" in w)]
        return _Block(words, ends, counting)

    def window(self, start: int, before: int, after: int, reach: tuple[int, int] | None = None) -> set[str]:
        """The counting words (lower case) from the word holding `start` back `before` of them and
        forward `after` of them, as Presidio's lemma enhancer reads them. `reach`: the span
        outside which no word can matter (no context word occurs there): runs beyond it are
        not segmented."""
        lo, hi = reach if reach is not None else (0, len(self.text))
        # the word holding start: the first that ends after it (else the message's last word)
        b = max(0, bisect_right(self.starts, start) - 1)
        while b < len(self.spans):
            k = bisect_right(self.block(b).ends, start)
            if k < len(self.block(b).words):
                break
            b += 1
        else:
            b = len(self.spans) - 1
            while b >= 0 and not self.block(b).words:
                b -= 1
            if b < 0:
                return set()
            k = len(self.block(b).words) - 1
        chosen: set[str] = set()
        block = self.block(b)
        taken = block.counting[max(0, bisect_right(block.counting, k) - before):bisect_right(block.counting, k)]
        chosen.update(block.words[i] for i in taken)
        need, cb = before - len(taken), b  # backwards, the holding word included
        while need > 0 and cb > 0 and self.spans[cb - 1][1] > lo:
            cb -= 1
            block = self.block(cb)
            taken = block.counting[-need:]
            chosen.update(block.words[i] for i in taken)
            need -= len(taken)
        block = self.block(b)
        taken = block.counting[bisect_left(block.counting, k):bisect_left(block.counting, k) + after]
        chosen.update(block.words[i] for i in taken)
        need, cb = after - len(taken), b  # forwards, the holding word included
        while need > 0 and cb < len(self.spans) - 1 and self.spans[cb + 1][0] < hi:
            cb += 1
            block = self.block(cb)
            taken = block.counting[:need]
            chosen.update(block.words[i] for i in taken)
            need -= len(taken)
        return chosen
