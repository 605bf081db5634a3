"""The four PII recognizers: what they accept, what they reject, obfuscations seen through,
hard negatives kept clean, digit look-arounds and context words."""
from __future__ import annotations

import pytest

import recognizers
from guard.normalize import normalize
from recognizers.address import AddressRecognizer
from recognizers.bank_card import BankCardRecognizer, issuer, known_bins, luhn_valid
from recognizers.id_card import IdCardRecognizer, check_character
from recognizers.phone import MOBILE_PREFIXES, PhoneRecognizer


def spans(recognizer, text):
    """(start, end, score) of a recognizer's results on the normalised text, as original slices."""
    norm = normalize(text)
    out = []
    for r in recognizer.analyze(norm.text, [recognizer.ENTITY]):
        a, b = norm.span_to_original(r.start, r.end)
        out.append((text[a:b], r.score))
    return out


# ------------------------------------------------------------------------------ CN_PHONE
ALL_MOBILE_LIKE = {f"1{a}{b}" for a in range(3, 10) for b in range(10)}


def test_every_carrier_prefix_is_accepted(values):
    phone = PhoneRecognizer()
    for prefix in sorted(MOBILE_PREFIXES):
        number = values.phone(prefix)
        assert spans(phone, f"电话{number}") == [(number, PhoneRecognizer.MOBILE_SCORE)], prefix


def test_numbers_outside_the_carrier_segments_are_rejected():
    phone = PhoneRecognizer()
    unassigned = sorted(ALL_MOBILE_LIKE - MOBILE_PREFIXES)
    assert {"140", "141", "154", "160", "179", "194"} <= set(unassigned)  # the check below means something
    for prefix in unassigned + ["100", "110", "120", "128"]:
        assert spans(phone, f"电话{prefix}12345678") == [], prefix


@pytest.mark.parametrize("number", ["1381234567", "138123456789"])
def test_a_mobile_must_have_eleven_digits(guard, found, number):
    assert found(guard, f"我的手机是{number}") == []


@pytest.mark.parametrize("text,value", [
    ("我的手机是13812345678", "13812345678"),
    ("手机 138 1234 5678", "138 1234 5678"),
    ("电话138-1234-5678谢谢", "138-1234-5678"),
    ("手机号１３８１２３４５６７８", "１３８１２３４５６７８"),
    ("我的号是一三九 零五七一 二二八六", "一三九 零五七一 二二八六"),
    ("幺三八幺二三四五六七八", "幺三八幺二三四五六七八"),
    ("号码壹叁捌壹贰叁肆伍陆柒捌", "壹叁捌壹贰叁肆伍陆柒捌"),
    ("手机①③⑧①②③④⑤⑥⑦⑧", "①③⑧①②③④⑤⑥⑦⑧"),
    ("手机138\u200b1234\u200d5678", "138\u200b1234\u200d5678"),
    ("+8613812345678", "+8613812345678"),             # the country prefix is part of the span
    ("+86 138-1234-5678", "+86 138-1234-5678"),
    ("+86-13812345678", "+86-13812345678"),
    ("008613812345678", "008613812345678"),
    ("0086 138 1234 5678", "0086 138 1234 5678"),
    ("86 13812345678", "86 13812345678"),
    ("(+86)13812345678", "(+86)13812345678"),
    ("＋８６ １３８１２３４５６７８", "＋８６ １３８１２３４５６７８"),
    ("电话0571-88886666", "0571-88886666"),
    ("座机(0571)88886666", "(0571)88886666"),
    ("电话021-62345678", "021-62345678"),
    ("电话 (010) 6234 5678", "(010) 6234 5678"),
    ("座机0571-88886666转8001", "0571-88886666转8001"),
    ("座机010-62345678分机123", "010-62345678分机123"),
    ("座机0571-8888 6666转8001", "0571-8888 6666转8001"),
    ("电话0571-88886666-8001", "0571-88886666-8001"),
    ("收件电话填座机吧：+86 791 6912446", "+86 791 6912446"),      # for callers abroad: no 0
    ("电话 13*20~2🐱21119|6 谢谢", "13*20~2🐱21119|6"),
])
def test_phones_in_plain_and_obfuscated_forms(guard, found, text, value):
    assert found(guard, text) == [("CN_PHONE", value)]


@pytest.mark.parametrize("text", ["电话021-12345678", "电话0571-08886666", "电话0571-888866"])
def test_a_landline_local_number_must_be_seven_or_eight_digits_not_starting_0_or_1(guard, found, text):
    assert found(guard, text) == []


# ------------------------------------------------------------------------------ CN_BANK_CARD
@pytest.mark.parametrize("bin_", ["622202", "621700", "622848", "621661", "622588"])
@pytest.mark.parametrize("length", [16, 17, 18, 19])
def test_luhn_valid_cards_with_a_known_bin_are_found(values, bin_, length):
    assert bin_ in known_bins()
    card = values.card(bin_, length)
    assert luhn_valid(card)
    assert spans(BankCardRecognizer(), f"卡号{card}") == [(card, BankCardRecognizer.KNOWN_BIN_SCORE)]


@pytest.mark.parametrize("bin_", ["622202", "621700", "622848", "621661", "622588"])
def test_a_wrong_check_digit_is_rejected(values, bin_):
    bad = values.luhn_break(values.card(bin_, 19))
    assert not luhn_valid(bad)
    assert spans(BankCardRecognizer(), f"卡号{bad}") == []


def test_an_unknown_bin_in_the_unionpay_range_scores_lower(values):
    assert "629999" not in known_bins()
    card = values.luhn_complete("629999" + "123456789")
    assert spans(BankCardRecognizer(), card) == [(card, BankCardRecognizer.UNIONPAY_SCORE)]


@pytest.mark.parametrize("partial", ["411111111111111", "545454545454545", "378282246310005"[:-1], "601100000000000"])
def test_luhn_valid_numbers_outside_chinese_bins_are_not_cards(guard, found, values, partial):
    card = values.luhn_complete(partial)
    assert luhn_valid(card) and issuer(card) is None
    assert spans(BankCardRecognizer(), f"卡号{card}") == []
    assert found(guard, f"卡号{card}谢谢") == []


@pytest.mark.parametrize("bin_,length,brand", [
    ("439226", 16, "Visa, 招商银行"), ("436768", 16, "Visa, 广发银行"), ("405512", 16, "Visa, 交通银行"),
    ("356899", 16, "JCB, 中国建设银行"), ("356879", 16, "JCB, 中国工商银行"),
    ("370246", 15, "American Express, 工商银行"), ("370248", 15, "American Express, 工商银行"),
])
def test_international_brand_cards_of_chinese_banks_are_found(guard, found, values, bin_, length, brand):
    assert issuer(bin_ + "0" * 10), brand
    card = values.card(bin_, length)
    assert spans(BankCardRecognizer(), f"卡号{card}") == [(card, BankCardRecognizer.KNOWN_BIN_SCORE)]
    assert found(guard, f"退款到这张卡 {card} 谢谢") == [("CN_BANK_CARD", card)]


def test_mastercard_bins_of_chinese_banks_are_in_the_table():
    mastercard = [b for b in known_bins() if b[:2] in ("51", "52", "53", "54", "55")]
    assert len(mastercard) >= 50


@pytest.mark.parametrize("length", [15, 20])
def test_unionpay_cards_must_have_16_to_19_digits_only_amex_has_15(values, length):
    card = values.card("622202", length)
    assert luhn_valid(card)
    assert spans(BankCardRecognizer(), f"卡号{card}") == []


@pytest.mark.parametrize("style", ["plain", "spaces", "dashes", "fullwidth", "numerals", "zero-width", "ideographic-space"])
def test_obfuscated_cards_are_found_with_their_original_span(guard, found, values, style):
    card = values.card("622848", 19)
    groups = [card[i:i + 4] for i in range(0, len(card), 4)]
    written = {
        "plain": card,
        "spaces": " ".join(groups),
        "dashes": "-".join(groups),
        "fullwidth": " ".join(groups).translate({ord(d): 0xFF10 + int(d) for d in "0123456789"}),
        "numerals": "".join("零一二三四五六七八九"[int(d)] for d in card),
        "zero-width": "\u200b".join(groups),
        "ideographic-space": "\u3000".join(groups),
    }[style]
    assert found(guard, f"退款到这张卡 {written} 谢谢") == [("CN_BANK_CARD", written)]


# ------------------------------------------------------------------------------ CN_ID_CARD
@pytest.mark.parametrize("area,birth", [
    ("110101", "19900307"), ("330106", "19850612"), ("440304", "19991231"), ("650102", "19500101"),
    ("110101", "20000229"),  # a real leap day
    ("810000", "19700101"),  # Hong Kong resident permit codes are accepted
])
def test_valid_18_digit_ids_are_found(values, area, birth):
    number = values.id(area, birth)
    assert spans(IdCardRecognizer(), number) == [(number, IdCardRecognizer.ID18_SCORE)]


def test_an_x_check_character_in_either_case(values):
    number = values.id_with_x()
    assert number.endswith("X") and check_character(number[:17]) == "X"
    assert spans(IdCardRecognizer(), f"身份证{number}") == [(number, IdCardRecognizer.ID18_SCORE)]
    lower = number[:-1] + "x"
    assert spans(IdCardRecognizer(), f"身份证{lower}") == [(lower, IdCardRecognizer.ID18_SCORE)]


def test_a_wrong_check_character_is_rejected(values):
    number = values.id()
    wrong = next(number[:17] + c for c in "0123456789X" if c != number[17])
    assert spans(IdCardRecognizer(), f"身份证{wrong}") == []


@pytest.mark.parametrize("birth", ["19900230", "19901301", "19900001", "19900431", "19000229", "18991231", "20990101"])
def test_impossible_birth_dates_are_rejected(values, birth):
    number = values.id("110101", birth)  # the check character is right: only the date is wrong
    assert spans(IdCardRecognizer(), f"身份证{number}") == []


@pytest.mark.parametrize("area", ["990101", "000101", "200101", "700101"])
def test_unknown_province_codes_are_rejected(values, area):
    assert spans(IdCardRecognizer(), f"身份证{values.id(area)}") == []


def test_old_15_digit_ids_need_a_real_date():
    rec = IdCardRecognizer()
    assert spans(rec, "身份证110101900307123") == [("110101900307123", IdCardRecognizer.ID15_SCORE)]
    assert spans(rec, "身份证110101901307123") == []  # month 13
    assert spans(rec, "身份证990101900307123") == []  # province 99


@pytest.mark.parametrize("style", ["spaces", "dashes", "fullwidth", "numerals", "zero-width"])
def test_obfuscated_ids_are_found_with_their_original_span(guard, found, values, style):
    number = values.id_with_x("330106", "19850612")
    groups = [number[:6], number[6:14], number[14:]]
    written = {
        "spaces": " ".join(groups),
        "dashes": "-".join(groups),
        "fullwidth": number[:-1].translate({ord(d): 0xFF10 + int(d) for d in "0123456789"}) + "X",
        "numerals": "".join("零一二三四五六七八九"[int(d)] for d in number[:-1]) + "X",
        "zero-width": "\u2060".join(groups),
    }[style]
    assert found(guard, f"身份证号码 {written} 麻烦登记一下") == [("CN_ID_CARD", written)]


# ------------------------------------------------------------------------------ CN_ADDRESS
@pytest.mark.parametrize("text,value", [
    ("浙江省杭州市余杭区五常街道文一西路969号3幢201室", "浙江省杭州市余杭区五常街道文一西路969号3幢201室"),
    ("收货地址：浙江省杭州市余杭区文一西路969号，谢谢", "浙江省杭州市余杭区文一西路969号"),
    ("浙江杭州余杭区文一西路969号", "浙江杭州余杭区文一西路969号"),
    ("浙江省 杭州市 余杭区 文一西路 969号", "浙江省 杭州市 余杭区 文一西路 969号"),
    ("北京市朝阳区建国路88号SOHO现代城5号楼1201", "北京市朝阳区建国路88号SOHO现代城5号楼1201"),
    ("上海市浦东新区张江路１２３号", "上海市浦东新区张江路１２３号"),
    ("内蒙古自治区呼和浩特市新城区新华大街1号", "内蒙古自治区呼和浩特市新城区新华大街1号"),
    ("送到海淀区中关村大街1号", "海淀区中关村大街1号"),
    ("地址是文一西路969号", "文一西路969号"),
    ("阳光小区3栋2单元501", "阳光小区3栋2单元501"),
])
def test_addresses_from_their_first_level_to_their_most_detailed_part(guard, found, text, value):
    assert found(guard, text) == [("CN_ADDRESS", value)]


def test_an_address_led_by_a_division_scores_higher_than_one_led_by_a_road():
    rec = AddressRecognizer()
    assert spans(rec, "杭州市余杭区文一西路969号") == [("杭州市余杭区文一西路969号", AddressRecognizer.WITH_DIVISION_SCORE)]
    assert spans(rec, "文一西路969号") == [("文一西路969号", AddressRecognizer.WITHOUT_DIVISION_SCORE)]


@pytest.mark.parametrize("text", [
    "我在杭州", "送到朝阳区能到吗", "杭州旗舰店", "我住在杭州市", "杭州市余杭区", "江苏省内包邮吗",
    "杭州发货几天到北京", "我家在朝阳区，明天能到吗", "明天送到小区门口", "5号电池有货吗", "我买的是3号色",
    "这个是12期免息吗", "2号楼的快递柜", "1号店的东西",
])
def test_place_names_and_numbered_products_are_not_addresses(guard, found, text):
    assert found(guard, text) == []


@pytest.mark.parametrize("text,secret", [
    ("广东省深圳市南山区科技园南区1栋101", "1栋101"),
    ("北京市朝阳区望京花园东区5号楼1201", "1201"),
    ("上海市闵行区莘庄镇绿地城二期8号楼302室", "302室"),
])
def test_building_and_room_after_a_sub_area_are_part_of_the_address(guard, found, text, secret):
    assert found(guard, text) == [("CN_ADDRESS", text)]
    assert secret not in guard.inspect({"text": text}).masked_text


@pytest.mark.parametrize("text,value", [
    ("广东省广州市番禺区番禺大道北234号", "番禺大道北234号"),
    ("广州市天河区黄埔大道西1264号", "黄埔大道西1264号"),
    ("送到人民南路四段213号21栋2908室", "人民南路四段213号21栋2908室"),
    ("地址：云锦苑15栋5单元1206", "云锦苑15栋5单元1206"),
    ("地址：香樟园26号楼1单元305室", "香樟园26号楼1单元305室"),
    ("地址：阳光花园15栋5单元1206", "阳光花园15栋5单元1206"),  # the same shape with an anchored suffix works
])
def test_addresses_with_common_shapes_are_found(guard, text, value):
    verdict = guard.inspect({"text": text})
    start = text.index(value)
    assert any(f.entity_type == "CN_ADDRESS" and f.start <= start and f.end >= start + len(value)
               for f in verdict.findings)
    assert value not in verdict.masked_text


@pytest.mark.parametrize("text", ["包裹在合肥转运中心停了2天了", "物流显示到北京分拨中心 2023-08-15 16:09"])
def test_logistics_hubs_are_not_addresses(guard, text):
    assert guard.inspect({"text": text}).findings == []


# ------------------------------------------------------------------------------ hard negatives
@pytest.mark.parametrize("template", [
    "订单号 3368221098765432",
    "订单编号 {phone}",
    "商品id 622202123456789013",            # Luhn-invalid: no checksum-valid value here
    # (checksum-valid IDs and cards after such cues are reported: tests/test_negative_cues.py)
    "SF1234567890123",
    "快递单号SF1402837465921，到哪了",
    "中通快递单号 78912345678901",
    "韵达快递单号 4312345678901",
    "韵达快递单号 312345678901234",
    "价格¥139.00，满199减20",
    "买了3件，共¥139.00",
    "2024-05-01 13:45 下单的",
    "下午13:45送到",
    "优惠码 8888 6666",
    "取件码 8-3-1234",
    "我在杭州", "送到朝阳区能到吗", "杭州旗舰店",
])
def test_hard_negatives_stay_clean(guard, values, template):
    card = values.card("622202", 19)
    text = template.format(
        card=card, card16=values.card("621700", 16), phone=values.phone("138"), id=values.id(),
        card_spaced=" ".join(card[i:i + 4] for i in range(0, 19, 4)),
    )
    verdict = guard.inspect({"text": text})
    assert verdict.findings == []
    assert verdict.action == "deliver"
    assert verdict.masked_text == text


def test_only_the_nearest_cue_before_a_number_counts(guard, found, values):
    phone = values.phone("139")
    # a tracking number first, then a phone introduced by its own cue: the phone is found
    assert found(guard, f"快递单号SF1234567890123 电话{phone}") == [("CN_PHONE", phone)]
    # the nearest cue says order number: not a phone
    assert found(guard, f"电话 订单号{phone}") == []


# ------------------------------------------------------------------------------ look-arounds
def test_a_chinese_character_right_before_or_after_a_value_does_not_hide_it(guard, found, values):
    card, phone, id_ = values.card("622588", 16), values.phone("186"), values.id("440304", "19991231")
    assert found(guard, f"卡号{card}谢谢") == [("CN_BANK_CARD", card)]
    assert found(guard, f"{card}是我的卡") == [("CN_BANK_CARD", card)]
    assert found(guard, f"手机{phone}谢谢") == [("CN_PHONE", phone)]
    assert found(guard, f"身份证{id_}谢谢") == [("CN_ID_CARD", id_)]
    assert found(guard, f"（{phone}）") == [("CN_PHONE", phone)]


@pytest.mark.parametrize("template", [
    "9{card}", "{card}7", "1{phone}", "{phone}12", "8{id}", "{id}5", "{id}a", "SF{phone}", "A{card}",
])
def test_a_value_embedded_in_a_longer_run_is_not_a_value(guard, values, template):
    text = template.format(card=values.card("622202", 19), phone=values.phone("138"), id=values.id())
    assert guard.inspect({"text": text}).findings == []


# ------------------------------------------------------------------------------ context
def test_the_old_15_digit_id_needs_context(guard, found, score_of):
    old = "110101900307123"
    assert score_of(old, "CN_ID_CARD") < guard.policy.score_threshold
    assert found(guard, f"这个号 {old} 对吗") == []
    assert score_of(f"身份证 {old}", "CN_ID_CARD") >= guard.policy.score_threshold
    assert found(guard, f"身份证 {old} 对吗") == [("CN_ID_CARD", old)]
    assert found(guard, f"清关需要订购人证件 {old}") == [("CN_ID_CARD", old)]


def test_context_words_raise_scores_and_the_verdict_shows_it(guard, score_of, values):
    phone = values.phone("138")
    bare, with_cue = score_of(phone, "CN_PHONE"), score_of(f"手机{phone}", "CN_PHONE")
    assert bare == PhoneRecognizer.MOBILE_SCORE and with_cue > bare
    assert score_of(f"{phone} 是我的手机", "CN_PHONE") > bare  # a cue just after counts too
    [plain] = guard.inspect({"text": f"在吗 {phone}"}).findings
    [cued] = guard.inspect({"text": f"手机 {phone}"}).findings
    assert cued.score > plain.score
    card = values.card("621661", 16)
    assert score_of(f"卡号{card}", "CN_BANK_CARD") > score_of(card, "CN_BANK_CARD")
    addr = "浙江省杭州市余杭区文一西路969号"
    assert score_of(f"收货地址{addr}", "CN_ADDRESS") > score_of(addr, "CN_ADDRESS")


def test_a_landline_with_unmarked_trailing_digits_needs_context(guard, found):
    assert found(guard, "0571-88886666-8001") == []
    assert found(guard, "电话0571-88886666-8001") == [("CN_PHONE", "0571-88886666-8001")]


CONTEXT_VALUES = {
    "CN_PHONE": "13812345678",
    "CN_BANK_CARD": "6217001234567893",
    "CN_ID_CARD": "110101900307123",
    "CN_ADDRESS": "浙江省杭州市余杭区文一西路969号",
}
def _context_cases():
    # Every declared word counts: multi-character words must survive jieba as one token and
    # must not be dropped as spaCy stop words (guard.nlp registers them for that).
    for rec in recognizers.PII:
        for word in rec.CONTEXT:
            yield pytest.param(rec.ENTITY, word, id=f"{rec.ENTITY}-{word}")


@pytest.mark.parametrize("entity,word", list(_context_cases()))
def test_every_declared_context_word_raises_the_score(score_of, entity, word):
    value = CONTEXT_VALUES[entity]
    bare = score_of(value, entity)
    assert bare is not None and bare < 1.0
    assert score_of(f"{word}：{value}", entity) > bare


# ------------------------------------------------------------------------------ side by side
def test_two_numbers_side_by_side_are_two_findings(guard, found, values):
    p1, p2 = values.phone("138", 1), values.phone("139", 2)
    assert found(guard, f"{p1} {p2}") == [("CN_PHONE", p1), ("CN_PHONE", p2)]
    assert found(guard, f"{p1[:3]} {p1[3:7]} {p1[7:]}、{p2[:3]} {p2[3:7]} {p2[7:]}") == [
        ("CN_PHONE", f"{p1[:3]} {p1[3:7]} {p1[7:]}"), ("CN_PHONE", f"{p2[:3]} {p2[3:7]} {p2[7:]}")]
    card = values.card("622202", 19)
    assert found(guard, f"{p1} {card}") == [("CN_PHONE", p1), ("CN_BANK_CARD", card)]


def test_two_spaced_phones_side_by_side_are_both_found(guard, found):
    text = "138 1234 5678 139 8765 4321"
    assert found(guard, text) == [("CN_PHONE", "138 1234 5678"), ("CN_PHONE", "139 8765 4321")]
