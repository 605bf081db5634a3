"""Each stage of the solicitation detector on a small lexicon fixture, without spaCy or Presidio:
folding and clause geometry, the strict lexicon schema, negation, the single message, the
conversation, features and the trace."""
from __future__ import annotations

import copy

import jieba
import pytest

from guard.message import Turn
from guard.solicitation import Lexicon, LexiconError, SolicitationDetector
from guard.solicitation.features import DENSE, State, extract
from guard.solicitation.message import analyze
from guard.solicitation.negation import Negation
from guard.solicitation.spans import Hit
from guard.solicitation.text import Geometry, fold
from guard.solicitation.trace import safe

LEXICON = {
    "variants": {"驗": "验"},
    "terms": {"CODE": ["验证码", "yzm"]},
    "requests": {"strong": ["报一下", "发我", "告诉"], "weak": ["麻烦"], "pair_only": ["是多少"]},
    "negations": {"tokens": ["不要", "请勿"], "exceptions": ["不要担心"], "threats": ["不(?:发|给)的话.{0,6}无法"],
                  "conditions": ["的话"], "scope_breaks": ["的话"], "mentions": ["《[^》]{0,20}》"],
                  "warnings": ["都是诈骗"], "self_actions": ["帮您"], "warning_frames": ["如果有人"]},
    "benign_objects": ["订单号"],
    "structure": {"list_link": ["[和、]"], "pointing": ["这个"], "affirmation": [r"(是的)"], "buyer_question": ["吗"],
                  "bare_filler": ["[的呢]"], "pointer_nouns": ["数字"]},
    "rules": {"ASK_VERIFICATION_CODE": {"objects": ["{CODE}"], "phrases": ["验证码发过来"]},
              "ASK_CARD_NUMBER": {"objects": ["卡号"], "except": ["卡号尾号"]}},
    "pretexts": {"refund_claim": ["理赔"]},
    "tuning": {"strong_gap": 18, "weak_gap": 6, "carry_gap": 40, "modifier_gap": 5, "context_turns": 3,
               "ask_turns": 2, "argument_window": 30, "separator_run": 8, "bare_length": 16},
}


@pytest.fixture(scope="module")
def lexicon():
    return Lexicon(LEXICON, source="fixture.yaml")


@pytest.fixture(scope="module")
def tokenizer():
    return jieba.Tokenizer()


def _rules(lexicon, tokenizer, text):
    return {e.rule for e in analyze(lexicon, tokenizer, text).found}


# -- folding and geometry ---------------------------------------------------------------------

@pytest.mark.parametrize("text, folded", [
    ("验 证 码", "验证码"),  # a word spelled out with spaces
    ("驗證碼", "验证码"),  # traditional characters fold to simplified ones (data/traditional.tsv)
    ("請勿透露密碼給任何人", "请勿透露密码给任何人"),
    ("V-X", "v-x"),  # separators between Latin letters stay
    ("用 飞书 视频", "用飞书视频"),  # a space after a one-character word: no pause
    ("您直接报卡号 有效期三位", "您直接报卡号，有效期三位"),  # a pause in a transcript ends a clause
    ("pls send the OTP to me", "pls send the otp to me"),  # English stays words
    ("V X 加一下", "vx加一下"),  # single letters spelled apart join up
    ("we  chat", "we chat"),  # a run of spaces between words is one space
])
def test_folding_joins_split_words_and_marks_pauses(lexicon, text, folded):
    assert fold(text, lexicon.variants, 8).text == folded


def test_folding_keeps_a_map_back_to_the_normalised_text(lexicon):
    f = fold("验 证 码报一下", lexicon.variants, 8)
    assert f.text == "验证码报一下" and f.to_normalized(0, 3) == (0, 5)


def test_geometry_answers_same_clause_and_sentence_by_lookup():
    g = Geometry("先报卡号，再报验证码。好吗？")
    a, b, c = Hit(1, 4), Hit(7, 10), Hit(11, 13)
    assert not g.same_clause(a, b) and g.same_sentence(a, b) and not g.same_sentence(b, c)
    assert g.ends_in_question(11) and not g.ends_in_question(1)


# -- the lexicon's strict schema --------------------------------------------------------------

def _broken(change):
    data = copy.deepcopy(LEXICON)
    change(data)
    return data


@pytest.mark.parametrize("change, problem", [
    (lambda d: d.update(extra=[]), "fixture.yaml: extra: unknown key"),
    (lambda d: d.update(negation=d.pop("negations")), "fixture.yaml: negation: unknown key"),  # misspelt section
    (lambda d: d["requests"].pop("strong"), "fixture.yaml: requests.strong: is required"),
    (lambda d: d["tuning"].pop("weak_gap"), "fixture.yaml: tuning.weak_gap: is required"),
    (lambda d: d["tuning"].update(weak_gap=-1), "fixture.yaml: tuning.weak_gap: Input should be greater than or equal to 0"),
    (lambda d: d["rules"].update(ASK_NOTHING={}), "fixture.yaml: rules: ASK_NOTHING: unknown rule"),
    (lambda d: d["rules"]["ASK_CARD_NUMBER"].update(object=["x"]), "fixture.yaml: rules.ASK_CARD_NUMBER.object: unknown key"),
    (lambda d: d["variants"].update({"❤️": "x"}), "one character to one character"),
    (lambda d: d["requests"].update(weak=["{NOPE}"]), "fixture.yaml: requests.weak[0]: unknown term group {NOPE}"),
    (lambda d: d["requests"].update(weak=["ok", "(bad"]), "fixture.yaml: requests.weak[1]: bad pattern"),
    (lambda d: d["pretexts"].update(gossip=["x"]), "fixture.yaml: pretexts: gossip: unknown pretext"),
])
def test_a_bad_lexicon_is_refused_naming_the_file_the_key_and_the_problem(change, problem):
    with pytest.raises(LexiconError) as err:
        Lexicon(_broken(change), source="fixture.yaml")
    assert problem in str(err.value)


# -- negation ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, negated_by", [
    ("请勿把验证码告诉别人", "cue"),
    ("如果有人让您报一下验证码", "frame"),
    ("让您报验证码的都是诈骗", "warning"),
    ("请看《验证码安全须知》", "mention"),
    ("不要担心，验证码报一下", None),  # an exception of the cue
    ("不发的话就无法退款，验证码", None),  # a threat built on the negation
])
def test_negation_says_what_negates_a_hit(lexicon, tokenizer, text, negated_by):
    folded = lexicon.fold(text)
    code = folded.text.index("验证码")
    why = Negation(lexicon, folded.text, Geometry(folded.text), tokenizer).why(Hit(code, code + 3))
    assert (why[0] if why else None) == negated_by


# -- the single message -----------------------------------------------------------------------

@pytest.mark.parametrize("text, rules", [
    ("验证码发过来", {"ASK_VERIFICATION_CODE"}),  # a phrase
    ("验证码报一下", {"ASK_VERIFICATION_CODE"}),  # an object and a request
    ("麻烦卡号", {"ASK_CARD_NUMBER"}),  # a polite request and the object after it
    ("卡号和yzm发我", {"ASK_CARD_NUMBER", "ASK_VERIFICATION_CODE"}),  # a list
    ("卡号", {"ASK_CARD_NUMBER"}),  # a message of objects only
    ("请勿把验证码告诉别人", set()),  # negated
    ("订单号告诉我，卡号尾号是多少", set()),  # a benign object; the rule's exception
    ("我帮您报一下验证码", set()),  # the agent's own step
])
def test_a_message_asks_for_what_its_evidence_says(lexicon, tokenizer, text, rules):
    assert _rules(lexicon, tokenizer, text) == rules


def test_evidence_says_how_it_fired_and_spans_the_normalised_text(lexicon, tokenizer):
    analysis = analyze(lexicon, tokenizer, "您好，验证码报一下")
    [evidence] = [e for e in analysis.found if e.how == "request and its object"]
    assert (evidence.start, evidence.end, evidence.basis) == (3, 9, "pair")
    assert evidence.words == ("报一下", "验证码")


def test_a_negated_hit_is_recorded_as_a_block(lexicon, tokenizer):
    blocks = analyze(lexicon, tokenizer, "请勿把验证码告诉别人").blocks
    assert [(b.rule, b.what, b.by) for b in blocks] == [("ASK_VERIFICATION_CODE", "object", "cue")]


def test_a_message_names_the_pretexts_it_tells(lexicon, tokenizer):
    assert analyze(lexicon, tokenizer, "我们为您办理理赔").pretexts == frozenset({"refund_claim"})


# -- the conversation -------------------------------------------------------------------------

def test_an_open_request_is_completed_by_the_agents_earlier_ask(lexicon):
    detector = SolicitationDetector(lexicon)
    earlier = (Turn("agent", "验证码报一下"), Turn("buyer", "收到了"))
    assert {d.rule for d in detector.detect("发我", earlier)} == {"ASK_VERIFICATION_CODE"}
    assert {d.basis for d in detector.detect("发我", earlier)} == {"context"}
    assert detector.detect("发我") == []


def test_the_conversation_state_names_pretexts_earlier_asks_and_the_buyers_topic(lexicon):
    detector = SolicitationDetector(lexicon)
    state = detector.state((Turn("agent", "我们为您办理理赔"), Turn("agent", "验证码报一下"), Turn("buyer", "卡号吗")))
    assert state == State(frozenset({"refund_claim"}), 1, frozenset({"ASK_VERIFICATION_CODE"}),
                          frozenset({"ASK_CARD_NUMBER"}))
    assert any("refund_claim" in note for note in state.notes())


# -- features and the trace -------------------------------------------------------------------

def test_features_name_the_evidence_and_the_state_per_rule(lexicon, tokenizer):
    analysis = analyze(lexicon, tokenizer, "验证码报一下")
    state = State(frozenset({"refund_claim"}), 1, frozenset(), frozenset())
    features = extract(analysis, list(analysis.found), state, 1 << 10)
    code = dict(zip(DENSE, features.dense["ASK_VERIFICATION_CODE"]))
    card = dict(zip(DENSE, features.dense["ASK_CARD_NUMBER"]))
    assert code["pair_request"] == 1 and code["object_mentioned"] == 1 and code["pretext_refund_claim"] == 1
    assert card["pair_request"] == 0 and card["object_mentioned"] == 0 and card["pretext_any"] == 1
    assert len(features.ngrams) and features.ngrams.max() < 1 << 10


def test_the_trace_never_keeps_a_run_of_digits():
    assert safe("卡号6222021234567890128发我") == "卡号*******************发我"
    assert safe("6位验证码") == "6位验证码"


def test_a_state_saved_after_some_turns_and_continued_with_the_rest_equals_the_state_of_all(lexicon):
    detector = SolicitationDetector(lexicon)
    turns = (Turn("agent", "我们为您办理理赔"), Turn("buyer", "好的"), Turn("agent", "验证码报一下"),
             Turn("buyer", "卡号吗"), Turn("agent", "稍等"))
    for cut in range(len(turns) + 1):
        assert detector.state(turns[cut:], prior=detector.state(turns[:cut])) == detector.state(turns)
