"""Every rule, four ways (the issue's checklist): a request fires, the same words as a warning or
a negation stay quiet, an evasive spelling still fires, and a request completed by earlier turns
fires only with them. Then the evasions the issue lists, one by one, and the general mechanisms
of the detector (negation scope, mentions, lists, genuine frames), each with a case that would
fail without it."""
from __future__ import annotations

import pytest

from guard import Guard, Message, Turn


@pytest.fixture(scope="module")
def guard() -> Guard:
    return Guard.from_policy()


def rules_of(guard: Guard, text: str, context: tuple[Turn, ...] = ()) -> set[str]:
    return {s.rule for s in guard.inspect(Message(text=text, sender="agent", context=context)).signals}


# rule: (request, negated or warning, evaded, (earlier turns, completing message))
MATRIX = {
    "ASK_CARD_NUMBER": (
        "您用的哪个银行的卡，卡号多少",
        "退款原路返回，我们不需要您提供银行卡号",
        "yhk号码给一下亲，退款马上安排",
        ((Turn("agent", "理赔款要打到您的储蓄卡上"),), "那您把号码发我一下吧"),
    ),
    "ASK_CARD_SECURITY": (
        "您看一下银行卡的背面有三位数字，告诉我",
        "任何人问您要卡片背面的三位数都不要给",
        "ＣＶＶ和有效qi发我一下",
        ((Turn("agent", "信用卡退款还需要核对有效期"),), "您说一下"),
    ),
    "ASK_PASSWORD": (
        "你把支付宝的密码发给我，我帮你操作",
        "我们不会索要您的支付密码，请勿透露",
        "把支付蜜码报一下就能退款",
        ((Turn("agent", "退款需要验证一下支付密码"),), "您直接发过来就可以"),
    ),
    "ASK_VERIFICATION_CODE": (
        "稍后您会收到一条短信，上面的数字您念一下",
        "请勿向任何人透露验证码，包括自称客服的人",
        "把手机上的yzm报一下",
        ((Turn("agent", "待会儿手机上会有个六位数"), Turn("buyer", "收到了")), "念一下"),
    ),
    "ASK_SCREEN_SHARE": (
        "您打开腾讯会议，输入会议号，然后点击共享屏幕",
        "如果有人让您下载腾讯会议共享屏幕，请立即挂断",
        "下载个腾讯hui议，您也共享一下",
        ((Turn("agent", "您需要下载一个叫云视讯的软件"),), "好了吗？装好跟我说"),
    ),
    "ASK_TRANSFER": (
        "你先转一千块过来，我们验证你的账户",
        "平台没有安全账户这一说，退款不需要交任何保证金",
        "zz到这个账户就行，到账后立刻给您退",
        ((Turn("agent", "这是我们的监管账户 6222 0202 0001 2345 670"),), "好了跟我说一下"),
    ),
    "ASK_OFF_PLATFORM": (
        "你加一下我的微信，我们微信上详细聊",
        "官方客服不会让您加微信，请在平台内沟通",
        "亲 这边给你申请了理赔 加下v 🆔 lp5566",
        ((Turn("agent", "我们的理赔专员扣扣是 3847 2910 3"),), "好的，您加一下他吧"),
    ),
    "ASK_LOAN_OR_CREDIT": (
        "您的蚂蚁借呗需要关闭，不然会上报征信",
        "退款和征信没有任何关系，也不需要开通备用金",
        "不处理的话会影响您的征xin",
        ((Turn("agent", "您的退款被系统转入了备用金"),), "您打开看一下，领出来"),
    ),
}


@pytest.mark.parametrize("rule", sorted(MATRIX))
def test_a_request_fires(guard, rule):
    assert rule in rules_of(guard, MATRIX[rule][0])


@pytest.mark.parametrize("rule", sorted(MATRIX))
def test_the_same_words_as_a_warning_stay_quiet(guard, rule):
    assert rules_of(guard, MATRIX[rule][1]) == set()


@pytest.mark.parametrize("rule", sorted(MATRIX))
def test_an_evasive_spelling_still_fires(guard, rule):
    assert rule in rules_of(guard, MATRIX[rule][2])


@pytest.mark.parametrize("rule", sorted(MATRIX))
def test_a_request_completed_by_earlier_turns(guard, rule):
    earlier, text = MATRIX[rule][3]
    assert rule in rules_of(guard, text, earlier)
    assert rule not in rules_of(guard, text)  # on its own it asks for nothing in particular


# The evasions the issue names, each in a sentence of its own.
OFF_PLATFORM_EVASIONS = [
    "加我VX：lipei_2024", "加我vx lipei2024", "加V信 lipei2024 处理", "加v：lipei2024", "＋v lipei2024",
    "加我薇信，备注退款", "加我威信好友", "加我徽信详聊", "加我维信吧", "加我卫星 lipei2024",
    "我们用企微给您对接，加一下", "加一下绿色软件，lipei2024", "加我微❤️信 lipei2024", "加V/X：abc12345",
    "加我微\u200b信 lipei2024", "迦我微信 lipei2024", "加一下我扣扣 twelve888", "加企鹅 38472910",
    "qq同号 一三八四七二九一零三", "加我QQ：③⑧④⑦②⑨①⓪③", "加我QQ：３８４７２９１０３", "加我QQ 3847 2910 3",
]


@pytest.mark.parametrize("text", OFF_PLATFORM_EVASIONS)
def test_every_listed_contact_evasion(guard, text):
    assert "ASK_OFF_PLATFORM" in rules_of(guard, text)


LINKS_AND_APPS = [
    ("点击这个链接 http://tb-refund.cc/a 填写退款信息", "ASK_OFF_PLATFORM"),
    ("您扫一下这个二维码，进群领取理赔款", "ASK_OFF_PLATFORM"),
    ("您下载一个\"安全退款\"APP，在里面申请", "ASK_OFF_PLATFORM"),
    ("打开钉钉，我拉你进会议", "ASK_SCREEN_SHARE"),
    ("打开飞书，我给您发个会议邀请", "ASK_SCREEN_SHARE"),
    ("下载Zoom，会议号 528 331 907", "ASK_SCREEN_SHARE"),
    ("您下载一个向日葵，把识别码发给我", "ASK_SCREEN_SHARE"),
    ("下载\"银联安全会议\"App，进去以后点共享", "ASK_SCREEN_SHARE"),
]


# Asks in mixed English, as cross-border and overseas buyers are written to (and the same words
# in genuine notices stay quiet).
MIXED_ENGLISH = [
    ("等下会收到一个 OTP, pls send the OTP to me", {"ASK_VERIFICATION_CODE"}),
    ("你的 card number 发一下, refund 到你 card 上", {"ASK_CARD_NUMBER"}),
    ("OK 那 screen share 给我看, I guide you step by step", {"ASK_SCREEN_SHARE"}),
    ("Now login 你的 JD account, type password, 我在这边 monitor", {"ASK_PASSWORD"}),
    ("Don't share the OTP with anyone, including us.", set()),
    ("I'll transfer you to my colleague in the billing team.", set()),
    ("Pay 299 verification fee, after that release all", {"ASK_TRANSFER"}),  # "pay299": no space before digits
    ("唔該提供信用卡號碼。", {"ASK_CARD_NUMBER"}),  # 唔該 is "please", not a negation
]


@pytest.mark.parametrize("text,rules", MIXED_ENGLISH)
def test_asks_in_mixed_english(guard, text, rules):
    assert rules_of(guard, text) == rules


# Genuine service that uses the words, each quiet because of one mechanism: reporting back that a
# step is done, Cantonese negation, 无法, asking what the scammer made the buyer do, the buyer
# typing the password on the official page, a password typed wrong.
QUIET_GENUINE = [
    ("改好了告诉我，我帮您检查一下账号有没有异常登录", (Turn("agent", "您先在App里把登录密码改一下"),)),
    ("唔使報卡號俾我，退款會自動退返原卡。", ()),
    ("我們無法代為輸入卡片資料，請您在結帳頁自己填寫。", ()),
    ("嗯 您有没有按他说的去共享屏幕 或者转账", ()),
    ("您在页面确认并输入支付密码即可", ()),
    ("您的卡因为连续三次输错交易密码，被系统暂时锁定了", ()),
]


@pytest.mark.parametrize("text,context", QUIET_GENUINE)
def test_genuine_service_that_uses_the_words_stays_quiet(guard, text, context):
    assert rules_of(guard, text, context) == set()


@pytest.mark.parametrize("earlier, text, rules", [
    ("验证码发我一下", "快点", {"ASK_VERIFICATION_CODE"}),
    ("验证码发我一下", "收到没", {"ASK_VERIFICATION_CODE"}),
    ("您在App里自己申请退款就行", "好了吗", set()),  # hurrying after no ask asks for nothing
    ("验证码发我一下", "好的，我这边帮您看一下订单状态", set()),  # not only hurrying
])
def test_hurrying_the_buyer_right_after_an_ask_repeats_it(guard, earlier, text, rules):
    context = (Turn("agent", earlier), Turn("buyer", "等下"))
    assert rules_of(guard, text, context) == rules


# Asks the validation corpora showed missed, each by one general mechanism.
@pytest.mark.parametrize("text, rule", [
    ("要不你加我企鹅 1897967011，我发你内部截图你就信了", "ASK_OFF_PLATFORM"),  # 要不: "how about", no negation
    ("不信你加我QQ 337085318，我发工牌给你看", "ASK_OFF_PLATFORM"),  # 不信: "if you doubt it", no negation
    ("需要您打这个专线18641512675，那边财务直接给您打款", "ASK_OFF_PLATFORM"),  # a private mobile to call
    ("【京东】您的账户获补贴654元，请回拨客服领取。", "ASK_OFF_PLATFORM"),
    ("挂失要交个工本费130块，您一会儿给我这个账户转一下。", "ASK_TRANSFER"),  # 挂失 here is no warning
    ("在群里发个99块的红包给管理员就开通了", "ASK_TRANSFER"),
    ("没有背面数字那就把你支付密码发一下", "ASK_PASSWORD"),  # 那就 ends the negation's scope
    ("我加您微信，视频的时候您把手机屏幕对着我", "ASK_OFF_PLATFORM"),
    ("需要您在链接里完成收款认证。", "ASK_OFF_PLATFORM"),
])
def test_asks_by_general_mechanisms(guard, text, rule):
    assert rule in rules_of(guard, text)


@pytest.mark.parametrize("text", [
    "建议您立即挂失银行卡",
    "我给您发个5块的红包表示歉意",
    "语音挂失时系统会让您在电话按键上输入密码，我们人工这边看不到也不会询问您密码的。",
])
def test_their_genuine_neighbours_stay_quiet(guard, text):
    assert rules_of(guard, text) == set()


@pytest.mark.parametrize("earlier, text, rules", [
    ("您下载腾讯会议，进会议后点共享屏幕", "点允许", {"ASK_SCREEN_SHARE"}),
    ("您下载腾讯会议，进会议后点共享屏幕", "好，不要动，也不要锁屏，锁屏的话就断开了", {"ASK_SCREEN_SHARE"}),
    ("您在App里打开通知权限", "点允许", set()),  # no screen share asked for
])
def test_a_step_of_a_screen_share_under_way_continues_the_ask(guard, earlier, text, rules):
    assert rules_of(guard, text, (Turn("agent", earlier), Turn("buyer", "好了"))) == rules


def test_a_request_to_tell_what_arrived_still_asks(guard):
    assert "ASK_VERIFICATION_CODE" in rules_of(guard, "收到了告诉我验证码")


@pytest.mark.parametrize("text,rule", LINKS_AND_APPS)
def test_links_qr_codes_and_app_names(guard, text, rule):
    assert rule in rules_of(guard, text)


# General mechanisms, each with the case it exists for.

def test_a_negation_ends_at_a_condition(guard):
    # "不…的话" is a threat about what follows, not a negation of it
    assert "ASK_LOAN_OR_CREDIT" in rules_of(guard, "不处理的话会上征信黑名单，以后房贷车贷都办不了")
    assert rules_of(guard, "退款不会影响您的征信") == set()


def test_titles_and_quoted_screen_text_are_mentions(guard):
    assert rules_of(guard, "亲，这本《征信与信用管理》是正版教材") == set()
    assert rules_of(guard, "现在页面是不是显示“请输入支付密码”？") == set()
    # the quote is a mention; the instruction around it is still an instruction
    assert "ASK_CARD_SECURITY" in rules_of(guard, '页面提示输入"卡片验证值"，就是背面三位数')


def test_a_listed_request_covers_every_object_in_the_list(guard):
    assert {"ASK_CARD_NUMBER", "ASK_CARD_SECURITY", "ASK_PASSWORD"} <= rules_of(
        guard, "页面里填您的银行卡号、有效期、CVV和支付密码就行")
    assert {"ASK_CARD_NUMBER", "ASK_CARD_SECURITY"} <= rules_of(guard, "请提供信用卡卡号、有效期和卡背面的CVV三位数")
    assert {"ASK_CARD_NUMBER", "ASK_PASSWORD"} <= rules_of(guard, "银行卡号和提现密码需要您在这里面填一下")


GENUINE_FRAMES = [
    "亲，绑定银行卡要在银行App里输入卡号和验证码，您自己操作哈",
    "付款页面会显示银行发的短信验证码输入框，您自己输入就可以完成支付",
    "亲，在支付页面输入支付密码就可以完成付款了",
    "亲，这款儿童手表可以微信视频通话，家长在手机上绑定就行",
    "亲，这个扫码枪可以扫商品条码和收款码，很多小店在用",
    "亲，如果收到陌生短信让您点链接，千万不要点",
    "如果客服让您去ATM机、去银行柜台操作，请立即警惕。",
    "退货运费您先垫付，我们签收后给您补运费到支付宝",
    "亲，您好，您的订单需要补差价5元，请在订单页面补款链接拍下",
    "支持的亲，手机可以通过DLNA和AirPlay投屏，在家开视频会议也很方便",
]


@pytest.mark.parametrize("text", GENUINE_FRAMES)
def test_genuine_service_frames_stay_quiet(guard, text):
    assert rules_of(guard, text) == set()


def test_the_buyer_doing_it_on_a_scammers_page_is_still_a_request(guard):
    # "您自己输入" is genuine on the official payment page, not on a page the agent sent
    assert "ASK_PASSWORD" in rules_of(guard, "在页面上输入您的六位支付密码就可以领取赔付")
    assert "ASK_OFF_PLATFORM" in rules_of(guard, "我发给您的链接里，您自己输入卡号就可以")


BARE = [
    ("卡号", {"ASK_CARD_NUMBER"}),
    ("收款卡号 🙏", {"ASK_CARD_NUMBER"}),
    ("有效期 跟 cvv 🙏", {"ASK_CARD_SECURITY"}),
    ("1 卡号", {"ASK_CARD_NUMBER"}),
    ("提现密码", {"ASK_PASSWORD"}),
    ("验证码呢", {"ASK_VERIFICATION_CODE"}),
]


@pytest.mark.parametrize("text,rules", BARE)
def test_a_terse_message_that_is_only_its_objects_asks_for_them(guard, text, rules):
    assert rules_of(guard, text) == rules


def test_a_longer_message_naming_an_object_is_not_a_bare_ask(guard):
    assert rules_of(guard, "您好，退款已经原路退回到您的银行卡") == set()
    assert rules_of(guard, "卡号不用发哦") == set()


def test_a_pause_in_a_call_transcript_ends_the_negation(guard):
    # no punctuation: the 不 of "不拍" must not reach the asks after the pause
    text = "那您不拍也行 您直接报卡号 有效期 还有背后那三个数 我这边手动录入"
    assert {"ASK_CARD_NUMBER", "ASK_CARD_SECURITY"} <= rules_of(guard, text)
    # a word spelled out with spaces is not a pause
    assert "ASK_OFF_PLATFORM" in rules_of(guard, "加 微 信 lipei2024")


def test_an_open_request_with_its_own_argument_is_not_completed_by_context(guard):
    earlier = (Turn("buyer", "他说我开通了借呗要关闭，不然影响征信"),)
    assert rules_of(guard, "麻烦您把对方的来电号码发给我", earlier) == set()
    assert rules_of(guard, "麻烦说一下归还的时间", earlier) == set()
    code = (Turn("agent", "系统会给您发一条短信"),)
    assert rules_of(guard, "把那个数字发我", code) == {"ASK_VERIFICATION_CODE"}
