"""Generator for corpus `holdout_w16`: a fortnight of support traffic seen by a trust-and-safety
team across many Chinese platforms (shops, delivery, second-hand, tickets, banks, couriers,
carriers, game top-up, online courses).

Every line of text below was written by hand. Code only fills in values (amounts, order and
tracking numbers, and the credentials buyers give away, which must be valid and exactly located).

Script format (one conversation per block):
    # <platform> <topic> <style> [<pretext kind>]      conversation header
    A <RULES/flags>| text                               agent line
    B| text                                             buyer line
Rule abbreviations: CN card number, CS card security, PW password, VC verification code,
SS screen share, TR transfer, OP off-platform, LC loan/credit.
Flags: ctx (contextual), ev (evasion), hn (force hard_negative), k=<kind> (pretext kind override).
Placeholders in buyer lines ({CARD}, {CVV}, {EXP}, {CODE}, {PWD}, {PHONE}, {ID} and variants)
become labelled entities; in agent lines ({AMT}, {ORD}, {TRACK}, {TAIL}, {MEET}, {APHONE}) plain text.

    python3 gen_holdout_w16.py        # writes holdout_w16_scam.jsonl and holdout_w16_genuine.jsonl
"""
from __future__ import annotations

import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sys as _sys  # noqa: E402
from pathlib import Path as _Path  # noqa: E402
_sys.path.insert(0, str(_Path(__file__).resolve().parent.parent))  # samples/: the shared kit
from kit import (Corpus, RULES, card_number, chinese_digits, digits, expiry, fullwidth,  # noqa: E402
                 id_number, mobile, spaced)

SEED = 1616
rng = random.Random(SEED)
HERE = Path(__file__).resolve().parent

ABBR = {"CN": "ASK_CARD_NUMBER", "CS": "ASK_CARD_SECURITY", "PW": "ASK_PASSWORD",
        "VC": "ASK_VERIFICATION_CODE", "SS": "ASK_SCREEN_SHARE", "TR": "ASK_TRANSFER",
        "OP": "ASK_OFF_PLATFORM", "LC": "ASK_LOAN_OR_CREDIT"}
KINDS = {"refund_claim", "parcel_lost", "account_anomaly", "membership_cancel", "deposit_fee",
         "credit_repair", "task_rebate", "prize_subsidy", "other"}

# words the scammers lean on; a genuine agent line containing one is a hard negative
HARD_WORDS = ("验证码", "校验码", "动态码", "银行卡", "卡号", "密码", "微信", "转账", "转给", "转接", "转到",
              "链接", "二维码", "扫码", "扫一扫", "共享", "屏幕", "借呗", "花呗", "白条", "征信", "备用金", "贷",
              "额度", "安全码", "CVV", "cvv", "有效期", "冻结", "解冻", "保证金", "押金", "理赔", "赔付", "退款",
              "原路", "下载", "短信", "会议", "远程", "QQ", "打款", "收款", "账户", "账号", "付款", "支付",
              "红包", "充值", "返现", "百万保障", "金融服务", "开户行", "身份证", "异常", "注销", "补贴",
              "中奖", "刷单", "App", "APP", "app", "手续费", "钱包", "余额", "代扣", "扣费", "安全码", "安全账户")


def _card_forms():
    c = card_number(rng)
    return c


def buyer_value(name: str):
    """A labelled value for a buyer placeholder: (entity_type, written form)."""
    if name == "CARD":
        return "CN_BANK_CARD", card_number(rng)
    if name == "CARD16":
        return "CN_BANK_CARD", card_number(rng, length=16)
    if name == "CARDS":
        return "CN_BANK_CARD", spaced(card_number(rng), 4)
    if name == "CARDD":
        return "CN_BANK_CARD", spaced(card_number(rng), 4, "-")
    if name == "CARDF":
        return "CN_BANK_CARD", fullwidth(card_number(rng))
    if name == "CARDC":
        return "CN_BANK_CARD", chinese_digits(card_number(rng, length=16))
    if name == "CVV":
        return "CN_CARD_SECURITY", digits(rng, 3)
    if name == "CVVC":
        return "CN_CARD_SECURITY", chinese_digits(digits(rng, 3), one="幺")
    if name == "EXP":
        return "CN_CARD_SECURITY", expiry(rng)
    if name == "EXPN":  # written as month-year without slash, e.g. 0928
        e = expiry(rng)
        return "CN_CARD_SECURITY", e.replace("/", "")
    if name == "CODE":
        return "CN_VERIFICATION_CODE", digits(rng, 6)
    if name == "CODE4":
        return "CN_VERIFICATION_CODE", digits(rng, 4)
    if name == "CODES":
        return "CN_VERIFICATION_CODE", spaced(digits(rng, 6), 3)
    if name == "CODEC":
        return "CN_VERIFICATION_CODE", chinese_digits(digits(rng, 6), one="幺")
    if name == "CODEF":
        return "CN_VERIFICATION_CODE", fullwidth(digits(rng, 6))
    if name == "PWD":
        return "CN_PAYMENT_PASSWORD", digits(rng, 6)
    if name == "PWDC":
        return "CN_PAYMENT_PASSWORD", chinese_digits(digits(rng, 6))
    if name == "PHONE":
        return "CN_PHONE", mobile(rng)
    if name == "PHONES":
        return "CN_PHONE", spaced(mobile(rng), (3, 4, 4))
    if name == "PHONEC":
        return "CN_PHONE", chinese_digits(mobile(rng), one="幺")
    if name == "ID":
        return "CN_ID_CARD", id_number(rng)
    raise KeyError(name)


def plain_value(name: str) -> str:
    if name == "AMT":
        return f"{rng.randint(19, 899)}.{rng.choice(['00', '90', '50', '80', '00'])}"
    if name == "BIG":
        return str(rng.choice([1000, 2000, 3000, 5000, 6800, 8000, 9999, 12000, 20000]))
    if name == "SMALL":
        return f"{rng.randint(3, 60)}.{rng.choice(['00', '80', '60', '50'])}"
    if name == "ORD":
        return digits(rng, 1) .replace("0", "2") + digits(rng, 17)
    if name == "TRACK":
        return rng.choice(["SF", "ZT", "YT", "JDV", "73", "78", "97"]) + digits(rng, 11)
    if name == "TAIL":
        return digits(rng, 4)
    if name == "MEET":
        return spaced(digits(rng, 9), 3)
    if name == "APHONE":
        return mobile(rng)
    if name == "QQ":
        return str(rng.randint(1, 9)) + digits(rng, rng.randint(7, 9))
    if name == "DAY":
        return f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
    if name == "PCT":
        return str(rng.choice([5, 8, 10, 12, 15, 20, 30]))
    raise KeyError(name)


PH = re.compile(r"\{([A-Z0-9]+)\}")
BUYER_PH = {"CARD", "CARD16", "CARDS", "CARDD", "CARDF", "CARDC", "CVV", "CVVC", "EXP", "EXPN",
            "CODE", "CODE4", "CODES", "CODEC", "CODEF", "PWD", "PWDC", "PHONE", "PHONES", "PHONEC", "ID"}


def parts_of(text: str, sender: str):
    out, pos = [], 0
    for m in PH.finditer(text):
        out.append(text[pos:m.start()])
        name = m.group(1)
        if sender == "buyer" and name in BUYER_PH:
            out.append(buyer_value(name))
        elif name in BUYER_PH:
            raise SystemExit(f"buyer placeholder {name} in an agent line: {text}")
        else:
            out.append(plain_value(name))
        pos = m.end()
    out.append(text[pos:])
    return [p for p in out if p != ""]


def build(corpus: Corpus, script: str, scam: bool) -> None:
    conv, kind = None, None
    for n, raw in enumerate(script.splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            head = line[1:].split()
            platform, topic, style = head[:3]
            kind = head[3] if len(head) > 3 else None
            if scam and kind not in KINDS:
                raise SystemExit(f"scam conversation without a pretext kind: {line}")
            conv = corpus.conversation(tags=[f"topic:{topic}", f"platform:{platform}", f"style:{style}"])
            continue
        head, _, text = line.partition("|")
        text = text.strip()
        tokens = head.split()
        who, marks = tokens[0], tokens[1:]
        if who == "B":
            parts = parts_of(text, "buyer")
            has = any(isinstance(p, tuple) for p in parts)
            conv.buyer(parts, tags=["credential" if has else "no_credential"])
            continue
        if who != "A":
            raise SystemExit(f"line {n}: bad sender in {raw!r}")
        rules = [ABBR[m] for m in marks if m in ABBR]
        flags = [m for m in marks if m not in ABBR]
        tags = []
        line_kind = kind
        for f in flags:
            if f == "ctx":
                tags.append("contextual")
            elif f == "ev":
                tags.append("evasion")
            elif f == "hn":
                pass
            elif f.startswith("k="):
                line_kind = f[2:]
            else:
                raise SystemExit(f"line {n}: unknown flag {f}")
        parts = parts_of(text, "agent")
        if scam:
            if rules:
                tags.insert(0, "scam")
            else:
                tags[:0] = ["scam_pretext", f"pretext:{line_kind}"]
        else:
            if rules:
                raise SystemExit(f"genuine line with rules: {raw}")
            tags.insert(0, "genuine")
            if "hn" in flags or any(w in text for w in HARD_WORDS):
                tags.insert(1, "hard_negative")
        conv.agent(parts, rules=rules, tags=tags)


SCAM_REFUND = r"""
# taobao refund_claim call refund_claim
A| 喂您好，请问是尾号{TAIL}的机主吗？我这边是淘宝售后理赔专员，工号3307。
B| 是我，什么事
A| 您上周在我们店买的那件儿童羽绒服，质检查出甲醛超标，整批下架了，我们要给您做一个三倍的赔偿。
B| 哦？可是我没收到平台通知啊
A| 因为是批量问题，平台那边不走订单页面，是我们商家这边直接对接。赔偿是{AMT}元，打到您的银行卡上。
A CN| 您把常用那张储蓄卡的卡号报一下，我这边登记打款信息。
B| 农行的，{CARD}
A VC ctx| 好的收到，系统给您发了一条验证信息，里面六位数字念给我核对一下身份。
B| {CODE}
A PW| 最后还需要您确认一下这张卡的取款密码，不然财务那边没法入账。
# tmall refund_claim chat refund_claim
A| 亲亲您好~这里是天猫官方旗舰店售后，您购买的面霜因为物流途中高温变质，已经给您登记了退款+补偿哦
B| 我没说要退啊，东西还没到
A| 是的亲，仓库那边主动召回了，不影响您的，退款加补偿一共{AMT}
B| 那直接退到淘宝不就好了
A OP| 亲，因为订单已被仓库锁定，后台退不了，需要您添加我们理赔专员的企业微信 tmkf_88231 办理，点这个链接进群哦 http://tm-lpzx.cn/q8
A TR| 进去后专员会发一个收款码，您先扫码付一分钱验证账户，系统才能原路返款的亲
# jd refund_claim call refund_claim
A| 您好，京东客服，您之前买的那台空气炸锅有召回，厂家那边统一赔付。
B| 好的，怎么弄
A LC| 您打开支付宝，找到备用金那个入口，点一下。
A LC| 对，您点领取，会有个五百块的额度，先领出来，这是我们赔付的通道验证。
B| 这不是借钱吗？要还的吧
A LC| 不影响的，您把备用金领出来我们这边会帮您还上，要是不配合验证，系统会判定您恶意拒绝理赔，影响征信。
A TR| 领出来以后转到我这边给的对公账户，账户名杭州鑫顺商务，验证完马上连本带补偿一起退给您。
# pdd refund_claim chat refund_claim
A| 您好，拼多多售后小客服为您服务，您的订单{ORD}商家已倒闭，平台为您先行赔付。
B| 啊？那我的钱呢
A| 别着急哦，平台会全额赔，还多给您{SMALL}补偿，只需要走一个快速理赔
A CN| 您提供下收款的银行卡号、开户行和姓名，我这边马上提交
B| 卡号{CARDS}，建设银行，开户行不太记得了
A CS| 没事，卡背面有个三位数的数字，还有卡正面月份/年份，一起发过来就可以代替开户行核对了
B| {CVV}，{EXP}
A VC ctx| 好的，刚才系统给您手机发了个东西，那串数字也麻烦报一下哈
# douyin refund_claim call refund_claim
A| 您好，我是抖音电商小店的售后，您在直播间买的那个扫地机器人，因为主播那边虚假宣传被平台处罚了，所有买家都要退款。
B| 退多少
A| 全款{AMT}，再补您一个赔付金。
A SS| 退款流程比较复杂，您下载一个叫“云会议”的软件，打开后点共享屏幕，我一步一步带着您操作。
B| 我下好了，会议号是多少
A SS| 会议号{MEET}，进去以后右下角有个共享，点开，对，这样我就能看到您手机了。
A PW ctx| 现在打开您的手机银行，登录一下，密码您直接输，我这边看着就行。
# kuaishou refund_claim chat refund_claim
A| 老铁你好，快手小店售后，你买的那个蓝牙耳机是假货，平台要求我们三倍赔偿
B| 真的吗 我还以为是正品
A| 真的，已经有好几个买家投诉了，赔偿金额是{BIG}
A OP ev| 平台赔付通道在快手上弄不了，你加下我扣扣 {QQ}，上面给你发赔付链接
B| 加了
A TR| 链接打开后先充值一笔保证金{SMALL}，证明是本人操作，钱到账一起退你
# xianyu refund_claim chat refund_claim
A| 您好，我是闲鱼官方交易保障客服。买家已付款，但因为您的闲鱼账户未开通“诚信保证金”服务，资金被冻结了。
B| 我卖东西还要交保证金？
A| 是的，这是平台最新规定，保证金会在交易完成后原路退回。
A OP| 您点一下这个闲鱼官方认证入口完成开通：http://xianyu-baozhang.top/auth
B| 打开了 要我填卡号
A CN ctx| 对的，按页面提示填，收款银行卡号、预留手机号都填写完整，不然资金无法解冻
A VC| 填完后会收到一条校验短信，把里面的数字发我这边，我帮您加急审核
B| {CODE}
A TR| 审核显示您卡内余额不足以激活保障，您先往卡里存{BIG}元，系统自动扣除后会一起退回。
# meituan refund_claim call refund_claim
A| 喂，您好，这里是美团外卖食品安全专线，您昨天点的那份麻辣香锅，商家后厨被查出用了过期食材。
B| 啊，我吃了还好没事
A| 我们这边代表美团向您道歉，会给您双倍赔偿{AMT}。
A CN| 赔偿款走银行打款，您身边有银行卡吗？卡号念给我。
B| {CARDC}
A CS ctx| 好的，再把这张卡背面签名栏后面三位念一下
B| {CVVC}
A| 好的已登记，预计三个工作日到账。
# eleme refund_claim chat refund_claim
A| 您好，饿了么会员中心，您的超级吃货卡续费重复扣款两次，我们这边要为您退还多扣的一次
B| 是吗，我看看
A OP| 您不用看了哈，订单页查不到的，您直接搜索这个小程序“饿了么退款中心”，是我们的内部通道
A CN PW| 进去后按提示输入银行卡号和支付密码，系统验证后钱就退回来了
B| 输支付密码？退款为什么要密码
A PW| 这个是验证您是本人，不输密码无法退款，钱会一直卡在系统里哦
# ctrip refund_claim sms refund_claim
A OP| 【携程旅行】尊敬的旅客，您预订的CA1538航班因机械故障取消，请致电{APHONE}办理改签或退票，每位旅客另获补偿300元。
B| 我打了这个电话，对方说是携程的
A| 对，您好，我是航空公司退改签中心的，您的补偿我们是直接打给您的。
A CN| 您把要收补偿的银行卡号给我一下，这边财务核对
B| {CARD16}
A TR| 好的，现在请您到附近ATM，在屏幕上选“转账”，我一步步说，您照做就能把补偿激活到账。
B| ATM不是只能取钱吗
A TR ctx| 您先输入我报给您的激活账号，金额输4999，那是激活码不会扣钱的。
# 12306 refund_claim sms refund_claim
A OP| 【铁路12306】您购买的G1052次车票因调度原因停运，退款及补偿已受理，请在24小时内点击 12306-tkbc.com 登记，逾期作废。
B| 点进去了，要我填身份证和银行卡
A| 您好，这边是铁路退票补偿中心，对，身份证是为了核实乘车人。
A CN CS| 银行卡那栏要填完整卡号，下面的有效期和背面安全码也要填，填完点提交
B| 填了，然后说发验证码
A VC ctx| 嗯，把那个验证码填回页面，或者直接告诉我也可以，我帮您提交
B| 验证码{CODE}
# bank refund_claim call refund_claim
A| 您好，这边是XX银行信用卡中心，您上月有一笔{AMT}的网购消费，商户那边已经退款，但是退款失败滞留在我们清算系统了。
B| 哪一笔啊？
A| 就是您在网上买衣服那笔。我们需要您配合一下，把退款领取回来。
A CN CS| 您报一下信用卡卡号，还有卡片有效期，我帮您查询退款状态
B| 卡号是{CARD16}，有效期{EXP}
A CS| 还差背面那三位
B| {CVV}
A VC| 稍后您会收到银行的动态密码，六位的，您念给我，我这边把退款导回您卡里。
# douyin refund_claim chat refund_claim
A| 亲，看到您在我们店的差评了，特别抱歉，我们申请了无理由理赔{AMT}，比原价还多
B| 那你在抖音上退我呗
A| 抖音后台退款要等15个工作日，还会扣信用分，我们有快速通道，当天到账
A OP ev| 你加一下我们售后主管的vx：dyshouhou_0917，发个截图给他就行
B| 好加了，他让我扫码
A TR ctx| 对的，扫他给的那个码就是领款，输金额{SMALL}确认一下就返到零钱
# jd refund_claim chat refund_claim
A| 您好，京东自营家电售后，您购买的冰箱压缩机批次有问题，厂家同意退还差价{AMT}
B| 好呀，怎么退
A LC| 因为您当时用的是白条分期，差价要退回白条账户，需要您先把白条额度调出来
A LC| 打开京东金融，点“白条取现”，取出{BIG}元到您银行卡，这一步是核对您的额度。
A TR| 取出来的钱转到我发的京东金融清算账户：6230 **** 尾号8821，户名京东金融服务，核对完退回。
B| 取现要利息的吧？
A LC| 利息我们这边承担，您不操作的话白条会被锁，以后征信上会有记录。
# taobao refund_claim group refund_claim
A| 【淘宝售后理赔群】各位买家好，本群为双十一质量问题集中理赔群，请大家按顺序私聊管理员登记。
B| 我要登记，订单{ORD}
A| 收到，您的赔付金额为{AMT}元，今天下午六点前需完成领取。
A SS| 领取需要下载“安心会议”APP，进房间后打开屏幕共享，管理员在线指导，防止操作失误
A OP| 没有的话点群公告里的链接下载，不要去应用商店搜，商店里的是旧版本
B| 下好了
A VC ctx| 进去了吧？现在手机上弹出来的那一串数字，就是领款码，发到群里管理员核对
# pdd refund_claim call refund_claim
A| 您好，这里拼多多客服，您买的那件羽绒服检测出是假冒品牌，我们给您办理退一赔三。
B| 那太好了
A| 不过需要您这边开通一个“商家理赔通道”，开通需要验证您的支付宝。
A PW| 您登录支付宝的时候密码是多少？我这边在后台帮您开
B| 这个不方便说吧
A PW VC| 不说没关系，那您把支付密码输在我们理赔页面上，然后把收到的短信验证码念给我，两样都行
"""
SCAM_PARCEL = r"""
# sf parcel_lost call parcel_lost
A| 喂，您好，顺丰速运理赔部，您有一个单号{TRACK}的快件在中转场丢失了，发件方保价了，我们按保价金额赔您。
B| 哦是我买的茶叶吧，赔多少
A| 按保价是{AMT}元，另外给您一张运费券。
A OP| 理赔需要在我们的理赔系统里操作，您用微信扫一下我发到您手机上的二维码，加理赔专员
B| 加了，他发了个页面
A CN PW ctx| 页面上写的都要填：收款卡号、身份证、还有那张卡的交易密码，少一项审核就通不过
# zto parcel_lost chat parcel_lost
A| 您好，中通快递客服，您的包裹在分拣时破损遗失，给您带来不便非常抱歉，我们按快递理赔标准三倍赔偿运费加货值。
B| 我还以为是在路上呢。那怎么赔？
A| 理赔款是{AMT}元，会直接打到您的支付宝。
A OP| 您在支付宝首页搜“中通理赔服务”，没有的话点我发的这个：https://zto-peifu.net/claim 
A VC ctx| 进去输完手机号会有个数字过来，麻烦转发给我，我这边同步给财务
B| {CODE}
A TR| 系统显示您的支付宝芝麻分不够，赔款打不进来，需要先转{SMALL}元到页面上的账户激活一下信用，马上连赔款一起退
# yto parcel_lost call parcel_lost
A| 您好，圆通快递，您网购的一件包裹因为违禁品检查被扣了，现在需要您这边配合处理一下。
B| 违禁品？我买的是洗发水
A| 可能是被别人的包裹污染了，系统误判，所以我们先给您做遗失赔付处理。
A SS| 您手机上下载个“小鱼易连”，我这边开个房间，屏幕共享给我看一下您的支付宝退款页面
B| 这个软件好多人用的吗？
A SS ctx| 对的，我们公司内部都用这个。下好了跟我说，打开后点那个“共享”，同意就行
A PW| 好，现在看到了，您点进银行卡，把余额查询一下，需要输密码您就输，没事我这边看不到的
# jdl parcel_lost chat parcel_lost
A| 【京东物流】您好，您的快件运单JDV{TAIL}{TAIL}在运输途中丢失，已为您申请两倍赔偿，请及时联系理赔员处理
B| 真的丢了吗？我订单上显示在配送
A| 订单那边是没有及时更新的，以我们理赔部为准。
A OP| 理赔员的电话是{APHONE}，您直接打过去就行，他会教您怎么领
B| 打了，他让我开个叫“备用金”的东西
A LC ctx| 对，那是走赔付的流程，您开通以后把里面的额度领出来，理赔员会帮您核销。
# chinapost parcel_lost sms parcel_lost
A OP| 【中国邮政】您的EMS邮件{TRACK}因地址不详无法投递，已退回仓库，请在12小时内点击 ems-cn.vip/p 更新地址，逾期销毁。
B| 点了，让交一块二的重新投递费
A TR ctx| 您好，是的，这是重新派送的手续费，您在页面上付一下，付完邮件就重新发出了
B| 付款页面让我填卡号？
A CN CS| 对，邮政这边只支持银行卡支付，卡号、有效期、背面三位码都要填，系统会自动扣1.2元
# sf parcel_lost chat parcel_lost
A| 您好，顺丰，这边看到您有一票寄往广州的快件，收件人说没收到，我们核实是丢件了。
B| 对 我寄的衣服
A| 您是寄件人，我们需要把保价理赔金给到您，大概{AMT}。
A CN| 麻烦提供一下收款账户信息，哪家银行，卡号多少
B| 工行 {CARDD}
A| 收到，理赔单已经生成了。
A VC ctx| 您手机收到一条短信了吧，是银行发来的认证信息，里面的六位码读一下，我这边录入理赔单
B| 它写着“请勿告诉他人”……
A VC| 没关系，我们是顺丰官方，不算他人的，您不提供的话理赔单就作废了哦
# zto parcel_lost call parcel_lost
A OP| 你好，我中通的，你有个快递在我们网点弄丢了，老板说赔你钱，加我一下
B| 加什么
A OP| 加我微信，我手机号就是微信号，{APHONE}，加了我直接发红包给你
B| 好的加上了
A TR ctx| 我发了个二维码，你扫一下，那是我们公司理赔的收款码，你先付1分钱，然后系统退回你赔偿
# yto parcel_lost chat parcel_lost
A| 您好~圆通快递售后，您的快递在我们转运中心发生意外火灾烧毁，现启动紧急理赔
B| 这么严重
A| 每件赔付{AMT}元，请配合我们提交资料
A CN CS| 需要的资料：1.收款银行卡号 2.卡的有效期 3.卡背面后三位 4.预留手机号
B| 手机号{PHONE}，卡号{CARD}，有效期{EXPN}
A CS ctx| 后三位？
B| {CVV}
# jdl parcel_lost call parcel_lost
A| 您好，是京东快递，您有个快件超时七天没签收，可能已经遗失了，我这边帮您申请赔付。
B| 好的，需要我做什么
A SS| 您手机上打开京东App，然后下载一个“京东会议”，开个共享屏幕，我看着您操作。 
B| 京东有这个软件吗？
A OP ctx| 有的，应用商店里没有上架，您点我短信发给您的那个地址下载
A VC| 好的您现在看到的一串数字就是会议号吗？不是，是下面那个短信里的验证码，念给我
# sf parcel_lost group parcel_lost
A| 【顺丰理赔通知群】因本周暴雨，华东中转场部分快件受损，已列入理赔名单的客户请@管理员领取补偿。
B| @管理员 我的单号{TRACK}在名单里吗
A| 在的，您的赔偿额度为{AMT}元，请私信管理员完成领取
A TR| 领取前每人需缴纳{SMALL}元理赔保证金，防止重复领取，赔款到账后保证金原路退还
B| 要交钱？？
A TR ctx| 对的，群里好多人都已经交了领了，您看上面的截图，交了立马到
# chinapost parcel_lost chat parcel_lost
A| 您好，邮政速递售后，您从海外代购的包裹在海关查验时损坏了，海关那边要赔您。
B| 我没买过海外的东西啊
A| 可能是别人用您的信息寄的，这个情况更严重，涉及您的个人信息泄露，需要马上处理。
A OP| 我把您转接到海关缉私科的李警官，您加一下他的QQ：{QQ}
A SS ctx| 李警官会跟您视频，开一下屏幕分享，他需要查看您名下的银行账户情况
# zto parcel_lost chat parcel_lost
A| 哈喽亲，中通快递这边，你的快件被我们分拣员压坏了，我们要私下赔偿给你，不走平台那边流程更快
B| 可以，多少钱
A| 我们赔{AMT}，你看可以吗
B| 行
A CN| 那你把卡号发一下 给你转
B| {CARDS}
A PW ctx| 还要你支付宝登录密码哈，转账的时候需要验证，我这边不会乱动的
"""
SCAM_MEMBER = r"""
# jd membership_cancel call membership_cancel
A LC| 您好，这里是京东金融客服，您之前在大学期间开通过京东金条的学生账户，现在国家规定要统一注销，不注销会影响您的个人征信。
B| 我没开过啊
A| 系统显示是开通了的，可能是您当时点错了。
A LC| 注销前要先把账户里的额度清零，您打开其他借款平台，比如借呗、微粒贷，看一下能借出来多少
B| 借呗有两万
A LC TR| 您把两万都借出来，转到我们的清零账户里，清零后系统会退回去，然后您再还上借呗
# douyin membership_cancel chat membership_cancel
A| 您好，抖音客服，系统检测到您开通了“抖音百万保障”服务，每月将自动扣费{AMT}元，请问是您本人开通的吗？
B| 不是啊，我没开这个
A| 那可能是您在直播间购物时误点了，我们这边可以帮您关闭，但需要您配合操作。
A OP| 关闭要在我们抖音金融后台做，您先下载一下“抖音金服”这个APP，链接是 dy-jinfu.app/d
A SS| 下载完点“在线客服”，会弹出一个分享屏幕的提示，点允许
B| 好的
A TR ctx| 现在您看到的是我们的对账页面，把您银行卡里的钱先转进去页面上的“保障账户”，核对完马上退回
# taobao membership_cancel call membership_cancel
A| 喂您好，我是淘宝客服，您之前开通的淘宝88VIP会员现在系统出错，给您升级成代理商会员了，每月要扣八百。
B| 这么多？我不要
A| 不要的话需要您今天取消掉，不然晚上12点准时扣费。
A CN| 您用哪张卡绑定的淘宝，卡号报一下我给您查
B| 我不记得绑哪张了
A PW| 那您打开支付宝，进“我的-银行卡”，看到卡以后，输入支付密码查看完整卡号，然后念给我
# pdd membership_cancel call membership_cancel
A| 您好，这里是拼多多客服中心，您的账户开通了“百万医疗保险”，试用期已过，今天开始每月扣{AMT}元。
B| 我不记得啊
A| 可能是您买东西的时候勾选的，没关系，我这边可以帮您取消。
A SS| 您下载个腾讯会议，我给您开个会议，您打开屏幕共享，我带您去关
B| 腾讯会议我有
A SS ctx| 好，您输入会议号{MEET}，进去后点“共享屏幕”
A VC| 看到您手机上收到的验证码了吧，那个是关闭的凭证，念一下我确认
# kuaishou membership_cancel chat membership_cancel
A| 【快手官方】您的快手账户已开通主播带货会员，系统将每月扣除888元，如需取消请回复1
B| 1
A| 您好，我是快手客服，需要给您取消会员对吧，这边需要对您的账户做一个解绑操作
A CN| 麻烦您说一下绑定的支付卡卡号，以及开户行
B| 招行 {CARD}
A VC ctx| 稍等，已发送解绑码，请查收并告诉我，四位数的
B| {CODE4}
A TR| 解绑成功，但系统扣费已经提交，需要您往卡里充值一下冲抵，不然下月还会扣
# meituan membership_cancel call membership_cancel
A| 您好，美团客服，您在美团月付开通了一个“金牌会员”，月费二百九十八，是您本人开通的吗？
B| 不是 怎么回事
A| 可能是您在领优惠券时误触了，我帮您取消。取消要关闭您的美团月付额度。
A LC| 您先去美团借钱里，把可用额度全部提出来，提完额度就归零了，会员就自动关闭了
B| 提出来的钱怎么办
A TR ctx| 提出来后转到我们美团财务专用账户，我们核实后退回，您再还掉就行
# alipay membership_cancel call membership_cancel
A| 您好，支付宝客服，您的支付宝有个“金融服务”没有关闭，会持续扣费，每个月{AMT}。
B| 我从来没开过金融服务啊
A LC| 对，系统自动开的，这个需要您关闭，不关闭征信会受影响。
A OP| 您打开微信，添加一下我们的支付宝专员微信号 zfbkf-8866，他会给您发关闭链接
B| 我加了，他发的链接打不开
A OP ctx| 那用浏览器打开，复制到Safari里面
A CN PW| 打开以后输入您的银行卡号和支付密码就能关闭了
# carrier membership_cancel sms membership_cancel
A OP| 【中国移动】尊敬的用户，您的号码已开通5G尊享包（199元/月），如非本人办理，请点击 10086-tuiding.cn 退订，逾期默认续费。
B| 我点了链接，说要登录
A PW ctx| 您好，移动客服，您在页面输入手机号和服务密码就能进去，然后点退订就可以
A PW| 服务密码就是您当时办卡设置的六位数字，不记得的话告诉我，我帮您重置
B| 我记得 {PWD}
A VC ctx| 好，还会收到一个验证码，麻烦报给我
# course membership_cancel chat membership_cancel
A| 您好，这边是网课平台学员服务中心，您去年报的考研课程学员账户已经到期，系统显示您还在按月缴费。
B| 我退课了啊
A| 退课了但是代扣没关，需要您这边解除代扣授权。
A OP| 您加一下我们班主任QQ {QQ}，在群文件里找到“代扣解除申请表”
A CN| 表里要写上您代扣的银行卡号，发给我们财务老师
B| {CARD}
A LC| 财务核实您当时是用分期贷款报的名，解除前需要先把剩余贷款额度结清，您在分期App里把剩下的额度一次借出来就可以
# wechat membership_cancel call membership_cancel
A| 你好，我是微信支付客服，你开通的微粒贷会员，现在会员到期了，要把账号注销。
B| 我都不知道什么会员
A LC| 这个注销不及时处理，会对你征信有很大影响，以后买房买车都贷不了款。
A LC| 我这边帮你注销，但需要你先把微粒贷的额度借出来，证明你是真实用户
A TR| 借出来的钱转到我们银保监会指定的安全账户，核验完马上给你退回
# jd membership_cancel chat membership_cancel
A| 您好 京东PLUS会员服务中心 系统检测您的PLUS会员被误升级为企业版 年费3880元 今日24点自动续扣
B| 天哪 怎么取消
A| 别急，我这边可以给您申请取消，您要先确认一下身份
A CN| 您京东绑定的银行卡卡号是多少
B| {CARDS}
A CS ctx| 这张卡背面的三个数字和正面的月/年也麻烦发一下
B| {CVV} {EXP}
# bank membership_cancel call membership_cancel
A| 您好，我是银联中心的，您的银行卡开通了一个“银联保险会员”，今天要扣一千二，您知道吗？
B| 不知道啊
A| 那就是有人盗用了您的信息，我现在帮您止付，请配合。
A SS| 您用手机下载一个“银联安全”APP，地址我短信发您，打开后授权共享
B| 授权了
A PW ctx| 现在在页面里把您的银行卡取款密码输一下，我这边给您做冻结
# xianyu membership_cancel chat membership_cancel
A| 您好，闲鱼客服，您的闲鱼卖家账号开通了“超级卖家”服务，月费{AMT}，今晚开始扣费
B| 没开过
A| 那我帮您关闭，关闭需要验证您的账户
A VC| 您稍后会收到一条六位验证码，发给我即可
B| 收到了 {CODES}
A TR| 好的，关闭中……系统提示您的账户有未结清的服务费{SMALL}，需要先补交，补交后才能关闭
"""
SCAM_ACCOUNT = r"""
# taobao account_anomaly chat account_anomaly
A| 【淘宝安全中心】您的账号于今日03:12在异地（新疆乌鲁木齐）登录，存在被盗风险，已临时限制交易。
B| 不是我登的！
A| 您别慌，我是安全中心专员，现在帮您解除限制、找回账号。
A VC| 系统已向您手机发送一条身份核验码，请在本对话回复给我
B| {CODE}
A PW| 核验通过。为防止再被盗，需要重置您的登录密码，先告诉我您现在的登录密码，我这边做对比
# jd account_anomaly call account_anomaly
A| 您好，京东安全部门，您的京东账户涉嫌参与洗钱交易，被公安机关调查，需要配合做资金清查。
B| 什么？我就是平时买点东西
A| 我理解，所以需要您配合证明清白。
A SS| 下载“安全卫士会议”，我这边公安的同事会在线给您做笔录，请开启屏幕共享
A TR| 您名下所有账户的钱，需要转到国家安全账户做清查，清查完会全部退还
B| 我不敢转
A TR ctx| 不转的话您的账户就会被冻结，我们也只能按照嫌疑人处理了
# bank account_anomaly sms account_anomaly
A OP| 【建设银行】您的账户存在异常交易，网银盾即将失效，请登录 ccb-wydun.com 进行升级，否则将停用网银。
B| 我点进去了，要登录
A OP ctx| 您好，我是建行网银中心客服，对的，请按提示登录
A CN PW| 页面需要输入您的银行卡号、登录密码和取款密码
A VC ctx| 填完以后提交，手机会收到短信，请把短信里的动态验证码也一并填写
B| 验证码是{CODE}吗
# meituan account_anomaly chat account_anomaly
A| 您好，美团安全中心，您的美团账户因为近期频繁领券被系统判定为“羊毛党”，账号即将封禁
B| 我就领了几张红包而已
A| 理解，如果您是正常用户可以申请解封，解封需要实名认证。
A CN| 实名认证需要身份证号和本人名下银行卡号，发过来我帮您提交
B| 身份证{ID}
A CN ctx| 卡呢？
B| 卡号{CARD}
# kuaishou account_anomaly chat account_anomaly
A| 你好，快手安全中心，你的账号被人举报涉黄，现在快手小店的收入被冻结了
B| 我只是卖水果的
A| 我们查了，你应该是被误举报了，现在可以帮你申诉。
A OP| 申诉要在快手安全中心官方网站上做，链接 ks-anquan.cc，登录后提交
A PW ctx| 登录就用你的快手账号和密码，还有要填你的提现密码，用来核对小店资金
# wechat account_anomaly chat account_anomaly
A| 你好，微信团队，你的微信支付分异常偏低，因为你名下有个账号被用于赌博交易
B| 我没有啊
A| 那可能是你的信息被盗用了，需要马上处理，否则会限制你所有微信支付功能。
A SS| 我们给你开一个远程协助，你下载“向日葵”，把识别码告诉我
B| 识别码是 {TAIL}{TAIL}
A PW| 好我连上了，你打开微信支付，输一下支付密码，我这边看看风险等级
# 12306 account_anomaly call account_anomaly
A| 您好，我是12306客服，您的12306账户信息存在异常，可能被不法分子用来抢票倒卖，需要马上冻结。
B| 那怎么办
A| 我帮您处理，需要先核实一下您的身份。
A VC| 您手机会收到12306发的验证码，您把验证码告诉我就行
B| {CODE}
A OP| 好的核实了。为了保障安全，您添加一下我们安全专员的微信，后续的操作由他跟进
# alipay account_anomaly call account_anomaly
A| 您好，这里是支付宝客服，您的支付宝账户因为芝麻信用评分异常，已被限制交易。
B| 什么原因？
A| 系统显示您绑定了一张风险银行卡，需要重新核验。
A CN CS| 您提供一下绑定的银行卡的卡号和卡背面的安全码，我这边帮您核验
B| {CARD16} 安全码{CVV}
A VC ctx| 好的，我现在发了一个确认码到您手机，报给我
# game_topup account_anomaly chat account_anomaly
A| 您好，这里是游戏官方客服，您的游戏账号检测到使用外挂，已被封禁
B| 我没开挂啊！！
A TR| 可能是系统误判，您可以缴纳解封费申请人工审核
A TR| 解封费{SMALL}元，审核通过后退还，您扫一下这个二维码付款
B| 为啥要扫码
A TR OP ctx| 这是我们的官方收款码，您也可以加我QQ {QQ}，我发您红包链接，付完马上解封
"""
SCAM_DEPOSIT = r"""
# xianyu deposit_fee chat deposit_fee
A| 您好，闲鱼平台客服，您好，买家拍下了您的商品，但由于您是新卖家，账户未认证，资金暂时冻结在平台。
B| 那怎么解冻
A TR| 解冻需要缴纳{BIG}元保证金激活卖家账户，交易完成后保证金会自动原路退回。
A TR| 您往页面上这个账户转{BIG}元，备注您的闲鱼昵称
B| 转了
A TR ctx| 系统提示您转账备注格式不对，资金已被冻结，需要再转一次{BIG}解冻，之前的会一并退回
# meituan deposit_fee chat deposit_fee
A| 亲，您好，我是美团外卖骑手招聘中心的，您在网上投递了兼职骑手的简历，面试通过了
B| 好的，什么时候上岗
A TR| 上岗前需要先交{SMALL}元的装备押金和保险费，离职后原路退
A TR| 扫一下我这边发的付款码交一下押金就行
B| 能不能先上岗再交
A TR ctx| 不行的亲，大家都是先交，交了才能给您分配站点和账号
# douyin deposit_fee chat deposit_fee
A| 您好，这里是抖音直播平台运营，您的直播间已经达到开通带货权限的标准了。
B| 真的吗
A TR| 开通需要缴纳{BIG}元的商品保证金，保证金可随时退还。
A TR| 您直接转到我们的对公账户，户名：北京抖音星辰文化传媒，账号6217 0000 1234 5678
B| 已经转过去了
A TR ctx| 系统显示您的保证金不足以开通高级权限，还需要补一笔
# taobao deposit_fee chat deposit_fee
A| 您好，淘宝开店入驻客服，您的店铺资质已经审核通过。
B| 好的，可以开始卖东西了吗
A TR| 还需要您交一下消保保证金{BIG}，可以通过我发的支付链接交，官方后台交要等三天
A OP| 链接：https://tb-xiaobao.shop/pay 打开后按指引操作
B| 为什么不在千牛里交
A TR ctx| 千牛通道最近在升级，这个是内部快捷通道，交完立即开店
# xianyu deposit_fee chat deposit_fee
A| 你好 我想买你的二手相机 已经在“闲鱼”下单了 但系统提示你要交保证金才能收款
B| 没有收到提示啊
A| 你看我发你的截图，这个是闲鱼客服给我的
A OP| 你加下这个闲鱼客服的QQ {QQ}，让他给你开通
B| 好
A TR ctx| 我问了客服了，他说交了保证金就能收，你先交吧，交完我确认收货
# bank deposit_fee call deposit_fee
A| 您好，我是XX消费金融的客服，您申请的贷款{BIG}元已经审批通过了。
B| 好的什么时候到账
A| 但您填写的银行卡号有一位错了，资金被冻结了，需要解冻。
A TR| 解冻需要您往您自己的银行卡存入贷款金额的20%作为流水证明，然后我们截图系统自动解冻
B| 那我存了就行？
A TR ctx| 存好以后转到我们的解冻专员账户，系统核实后连同贷款一起打给您
# game_topup deposit_fee chat deposit_fee
A| 老板你好 你那个号我看上了 {BIG}收 走平台交易
B| 可以啊 上架了你拍
A| 拍了，平台提示要卖家先缴纳“账号交易保证金”才能放款
A OP| 平台客服链接我发你，点进去交：http://game-jiaoyi.vip/bzj
B| 交了 还是没到账
A TR ctx| 客服说你没填对银行卡，账号被冻了，要交解冻费，和保证金一起退给你
# kuaishou deposit_fee chat deposit_fee
A| 您好，快手招聘，您的“视频点赞兼职”岗位已通过，日结工资。
B| 那怎么开始
A TR| 需要先缴纳培训押金{SMALL}，完成任务后连工资一起退给您
A TR| 付款方式：扫码付，码我发您，付完截图
B| 我扫了，付好了
A TR ctx| 您的账户等级不够，要升级VIP才能接单，升级费{AMT}
"""
SCAM_CREDIT = r"""
# jd credit_repair call credit_repair
A LC| 您好，京东金融客服，您之前在校园期间使用过京东白条，由于国家政策调整，学生账户需要注销，否则会影响个人征信。
B| 我毕业好几年了
A| 对，就是要把当时的学生账户注销掉。
A LC| 注销需要您先把白条、借呗、微粒贷这些平台上的额度都借出来，做一个清零
B| 清零了之后呢
A TR ctx| 把借出来的钱转到银保监会指定的账户，专员核实后原路退还，征信就恢复了
# alipay credit_repair call credit_repair
A| 您好，我是蚂蚁金服客服，系统检测到您的花呗有一笔逾期，已经上报征信了
B| 我都还了啊
A| 可能是系统延迟，我这边可以帮您修复征信记录，但需要您配合操作。
A LC| 您现在打开借呗，把可借额度借出来，先还我们系统里那笔逾期记录
B| 可是我真的已经还了
A LC ctx| 您不处理的话，征信黑名单三天后就生效了，以后贷款买房都不行
# bank credit_repair call credit_repair
A| 您好，我是银保监会征信中心的，您名下有一张信用卡逾期未还，已影响您的征信。
B| 我没有信用卡啊
A| 可能是被人冒名办理的，我们可以帮您修复。
A CN| 请您提供一下您的身份证号和名下所有银行卡号，我们查一下是否有被冒用
B| {ID}
A OP| 好的，请加一下我们征信专员的微信，他会指导您下一步怎么做
# wechat credit_repair chat credit_repair
A OP| 【征信修复中心】您的个人征信存在不良记录，可能影响您的贷款和信用卡申请，点击 zxxf-cn.com 免费咨询修复方案。
B| 修复怎么收费
A TR| 修复费按照不良记录条数收取，每条{BIG}元，先付一半，修复成功付尾款。
A TR| 您先转定金到我们财务支付宝，账号我发您
A LC ctx| 没钱的话可以先在借呗上借，修复好了您可以申请更高额度
# pdd credit_repair call credit_repair
A| 您好，拼多多先用后付客服，您有一笔先用后付订单逾期超过90天，已上报人行征信
B| 啊？哪个订单
A| 是一个{AMT}元的订单，您可能忘记了。我们可以帮您撤销征信记录。
A TR| 您需要先支付违约金{SMALL}元，支付后我们把逾期记录撤销
A LC| 如果手头不方便，可以在拼多多“多多钱包”里借款支付
# douyin credit_repair chat credit_repair
A LC| 您好，抖音月付客服，检测到您的抖音月付存在异常还款记录，需要在今天内处理，否则将上报征信
B| 我的月付都按时还的
A| 是的，系统检测您的还款渠道异常，可能被冒用了，需要重新验证。
A VC| 我这边发一个验证码到您的手机，您告诉我就可以完成验证
B| 我收到了，但是短信写的不要告诉别人
A VC ctx| 我是官方客服，不是别人，告诉我就可以，不然征信问题会影响您以后的生活哦
# meituan credit_repair call credit_repair
A LC| 喂您好，美团月付风控中心，您名下的月付账户被检测为学生账户，根据监管要求必须注销，不注销会上征信。
B| 我已经工作了
A| 对，系统里还是学生身份，需要您今天配合关闭。
A SS| 您先下载一个“美团会议”，进去以后我们开屏幕共享，专员指导您关闭
A LC ctx| 关闭前需要您把账户里的额度借出来，确认您账户是活跃的
B| 我不借钱
A LC| 不借的话我们只能把您的逾期记录上报人民银行了
# bank credit_repair call credit_repair
A| 您好，这里是个人信用服务中心，您的信用卡额度即将被冻结，原因是您的信用记录有污点。
B| 怎么会
A| 您可能有一次还款延迟了几天，系统自动记录了，我们有办法帮您消除。
A LC| 您先到手机上申请几个网贷，额度贷出来以后，我们帮您做一个流水，污点就消了
A TR| 贷出来的钱转到我指定的账户走一圈流水，当天就给您转回去
"""
SCAM_TASK = r"""
# taobao task_rebate chat task_rebate
A| 亲，我们是淘宝商家招聘兼职刷单员，在家动动手指就能赚钱，日结200-500
B| 怎么做
A| 很简单，您在淘宝上按照我们给的商品下单，确认收货后，我们返还本金加佣金。
A OP| 先下载一个“淘宝联盟任务”APP，这个是我们派单平台，链接我发您 tblm-task.cn
B| 下载完了
A TR| 第一单是体验单，您先垫付{SMALL}元，完成后返还本金加5元佣金
B| 返了，真的返了
A TR ctx| 现在接连单任务，三单一组，需要一次性把三单都付了才能返，共{BIG}元
# douyin task_rebate chat task_rebate
A| 你好呀，抖音点赞关注兼职，一单3元，一天轻松赚几百
B| 真的假的
A| 真的，你点赞这个视频截图发我，我马上给你发红包
A OP| 为了方便派单，加一下我们的接待导师QQ {QQ}
B| 加了，他拉我进了个群
A TR ctx| 群里的福利单要先充值才能做，充{AMT}返{BIG}，名额有限先到先得
# kuaishou task_rebate group task_rebate
A| 【快手达人助力群】欢迎新人！每天发布助力任务，完成即可领取佣金，请按照群公告操作。
B| 任务是什么
A| 关注指定主播，点赞评论，截图发群里，一个任务佣金2元。
A OP| 佣金统一在“星河”APP里结算，下载地址在群公告，用邀请码登录
B| 登录了 显示我有佣金18元
A TR ctx| 提现需要先完成一个垫资任务，充值{BIG}，系统返利30%
# jd task_rebate chat task_rebate
A| 您好，京东刷信誉兼职，下单后24小时内返款，每单佣金5%-15%
B| 我之前在别的平台被骗过
A| 我们是正规的，京东官方合作，放心做
A TR| 第一单您先拍一个{SMALL}的小单子，拍完我给您返
B| 返了，下一单呢
A TR ctx| 下一单是{BIG}，系统显示您被抽中高佣金单了，完成返15%
B| 我没那么多钱
A LC| 可以在京东白条或者借呗借一下，反正马上就返了，赚佣金要紧
# meituan task_rebate chat task_rebate
A| 您好，美团商家好评兼职，您在美团给指定店铺五星好评，每单返现{SMALL}元
B| 不用下单？
A TR| 需要下单，但我们全额报销，只是您先垫付
A OP ev| 派单在我们的v信群里，加群主vx：mt_haoping2025
A TR ctx| 群里现在有个冲单活动，垫付{BIG}返{BIG}加20%佣金，今天最后一天
# xianyu task_rebate chat task_rebate
A| 在吗 你好 我们是闲鱼推广员 招人帮忙刷浏览量 不需要花钱
B| 那怎么赚钱
A| 帮我们点几个商品的"想要"，每个给你1块，每天上限100个
A OP| 结算用的是专门的结算软件，你下载这个“闲聚宝”，我把下载链接发你
B| 装好了
A CN ctx| 在上面填上你的银行卡号，我们给你打钱
B| {CARD}
A TR| 现在你的账户佣金有{AMT}，要提现需要先交{SMALL}的手续费
# douyin task_rebate group task_rebate
A| 抖音理财课程群：跟着老师学投资，每天稳赚3%-5%，已有上千人受益
B| 怎么加入
A OP| 先注册我们的理财平台，跟着导师操作就行
A OP| 平台APP下载：dy-licai.vip，注册时填邀请码8836
A TR ctx| 新人先充值{BIG}体验，跟着导师买几单，收益马上看得到
B| 我赚了两百，能提现吗
A TR| 提现需要先交20%的个人所得税，交了才能提
# taobao task_rebate chat task_rebate
A| 亲，您好，这里是淘宝店铺运营，我们在招收“试用员”，免费试用商品，还有佣金拿
B| 要交钱吗
A TR| 不用交钱，但需要您先垫付商品款，试用后全额退回加佣金
A TR| 您先拍下这个链接里的商品，付{AMT}，确认收货后我们返您
A OP ctx| 拍下后加我们的试用客服QQ {QQ}，截图发他，返款走他那边
# pdd task_rebate chat task_rebate
A| 你好！拼多多砍价助力兼职，帮别人砍价一次0.5元，简单易操作
B| 好的怎么弄
A| 我们会给你发砍价链接，你点进去帮砍，然后截图给我
A OP| 佣金发放在微信，加我微信 pdd_kanjia77
A TR ctx| 做满10单可以升级为高级助力员，升级需要缴纳会员费{SMALL}
# game_topup task_rebate chat task_rebate
A| 游戏代练招人，在家就能接单，日赚300+，会玩王者荣耀就行
B| 我会 段位王者
A OP TR| 太好了，先注册我们的接单平台，接单需要交押金
A TR| 押金{AMT}，接单完成后退，单子做完钱就到
B| 交了
A TR ctx| 平台检测到您的接单数不足，需补交押金才能解锁高价单
"""
SCAM_PRIZE = r"""
# douyin prize_subsidy chat prize_subsidy
A| 恭喜您！在抖音年度粉丝节活动中抽中二等奖：华为手机一台+现金{BIG}元！
B| 真的吗 我什么时候参加的
A| 您在直播间点过“抽奖”按钮就自动参与了，奖品需要在三天内领取。
A TR| 领奖需要先缴纳个人所得税和快递费，共{SMALL}元，转到我们的领奖专户
B| 奖品里扣不行吗
A TR ctx| 不行哦，法律规定要先交税，交完税奖品当天发出
# pdd prize_subsidy chat prize_subsidy
A| 您好，拼多多百亿补贴中心，您被抽中为“幸运用户”，可领取补贴金{BIG}元
B| 怎么领
A| 补贴金直接打到您的银行卡
A CN| 您提供一下银行卡号和预留手机号，我给您登记
B| {CARDS}，{PHONE}
A VC ctx| 刚发了一个验证码到您手机，告诉我一下，这是领取凭证
B| {CODE}
# carrier prize_subsidy sms prize_subsidy
A OP| 【中国联通】尊敬的用户，您的积分即将清零，可兑换{AMT}元现金红包，请登录 10010-jfdh.top 兑换。
B| 我登了，要我填银行卡
A| 您好，联通积分中心，对的，现金红包需要打到您的银行卡
A CN CS| 请填写卡号、有效期、CVV码，系统会自动打款
A VC ctx| 收到银行发的动态码了吗？在页面上填一下，或者回复到这个号码
# 12306 prize_subsidy call prize_subsidy
A| 您好，12306客服，您是我们的常旅客，获得了一次返现补贴，补贴金额{AMT}元。
B| 好的好的
A| 补贴可以直接返到您的微信零钱
A OP| 您加一下我们的微信客服，号码就是{APHONE}
A TR ctx| 加了以后客服会发一个收款码，您扫一下付一分钱激活，补贴马上到
# course prize_subsidy chat prize_subsidy
A| 同学你好，你报名的网课平台“学习之星”活动中奖了，可以免费领取价值{BIG}的课程+学习平板
B| 我报名的是会计课
A| 对，就是那个平台，奖品领取需要填写收货信息。
A OP| 请到这个链接填写：edu-jiangpin.com，有问题加班主任微信
A TR| 领奖需要付{SMALL}元的快递费和保价费，付款完成后三天发货
# game_topup prize_subsidy chat prize_subsidy
A| 恭喜玩家！您获得了周年庆充值返利资格，充100返200，限时三天
B| 在哪充
A OP| 游戏内充值没有返利，需要通过我们的官方代理充值通道
A OP| 代理充值网站：game-fanli.net，支持微信支付宝
A TR ctx| 您充的越多返得越多，建议直接充{BIG}档位，返利最划算
B| 充了 返利呢
A TR| 系统显示您的充值未达到返利门槛，还需再充{AMT}
"""
SCAM_OTHER = r"""
# bank other call other
A| 您好，这里是XX银行信用卡中心，您的信用卡提额申请已经通过，额度从一万提升到五万。
B| 我没申请过
A| 系统自动为优质客户提额，您只需要激活一下。
A SS| 您下载个“银行视频会议”，我们视频核验身份后激活，会议号{MEET}
A CN CS ctx| 进会议后先把信用卡正反面对着摄像头，卡号和背面三位数都要拍清楚
B| 拍了
A VC| 您收到一个激活码，念一下
# ctrip other call other
A| 您好，携程旅行客服，您预订的酒店因系统故障多扣了您一次房费，我们这边给您退。
B| 我没有订酒店
A| 可能是您的携程账号被盗了，我帮您处理一下。
A OP| 您下载一个“携程安全中心”APP，我给您发下载链接
A SS ctx| 下载后打开，点共享屏幕，我远程帮您把被盗的订单取消
A TR| 我看到您的微信钱包里还有余额，为了安全，您先转到这个安全账户里
# carrier other call other
A| 您好，这里是电信客服，您的手机号即将被停机，原因是您的号码涉嫌发送诈骗短信。
B| 我没发过啊
A| 系统检测到的，如果不是本人发送，需要您配合进行核实。
A VC| 我现在给您发一条核实短信，您把里面的验证码报给我
B| {CODE}
A OP| 好的，核实通过。接下来请您加一下网警的QQ，{QQ}，他会做后续调查
# game_topup other chat other
A| 您好，我们是游戏充值代理，可以以5折的价格帮您充值点券。
B| 真的吗 怎么充
A PW| 您把游戏账号和密码给我，我帮您登录充值
A PW| 放心，充值时需要登录您的账号，充完就退出，账号和密码一起发过来
B| 账号{PHONE}，密码是我生日
A PW| 生日是几号？这个密码要完整给我才行
"""
SCAM_EXTRA = r"""
# card_issuer account_anomaly call account_anomaly
A| 您好，这里是信用卡中心风险监控部，您尾号{TAIL}的信用卡刚刚在境外有一笔三千多美元的交易，是您本人吗？
B| 不是！我人在杭州
A| 那卡片可能被复制了，我们需要立即为您冻结并补发新卡。
A CS| 为了确认持卡人身份，请您报一下卡片正面的有效期
B| {EXP}
A CS ctx| 好的，翻到背面，签名条右边最后三个数字
B| {CVV}
A VC| 冻结指令已经发出，您会收到一条带六位数的短信，读给我听，冻结就生效了
B| {CODEC}
A PW| 最后一步，补发新卡需要沿用原来的查询密码，您说一下，新卡寄到后直接可用
# bank other call other
A| 您好，我是XX银行远程柜台的客户经理，您的储蓄卡因为长期未做年审，明天起将限制非柜面交易。
B| 我天天都在用啊
A| 对，所以我们开通了线上年审，不用跑网点。
A SS| 您在手机上装一下“ZOOM”，我们视频核验，您把会议号记一下：{MEET}
B| 进去了，看到您了
A SS ctx| 好，请点底部“共享”，选“共享整个屏幕”，这样我能指导您点哪里
A CN| 先打开手机银行首页，把卡号那一栏点“显示”，我核对一下是不是这张卡
A PW ctx| 然后点“年审”，它会让您输六位数，就是平时取钱那个，输完别关
A VC| 接下来短信那几个数字直接在会议里说一下，我录入年审系统
# card_issuer other chat other
A| 尊敬的客户，您的信用卡积分{BIG}分将于本月底清零，可兑换等值现金，请回复“兑换”办理
B| 兑换
A| 您好，这边是积分兑换中心，兑换的现金会直接存到您的信用卡里。
A CN CS| 请提供：卡号 / 有效期 / 卡背面后三位（CVV2），三项缺一不可
B| {CARDS}，有效期{EXPN}，后三位{CVV}
A VC ctx| 已提交，刚刚的短信是兑换确认码，回给我就到账
B| {CODE}
# jd other chat other
A LC| 您好，京东金融客服，您的京东金条额度被系统检测为“虚假额度”，需要进行额度核实，否则将上报征信。
B| 什么是虚假额度
A| 就是额度是系统误给的，不属于您，需要退还。
A LC| 您先把金条的额度全部提现出来，然后我们帮您退还给系统，这样征信不受影响
B| 提出来了
A TR ctx| 好，现在转到我们京东金融的核销账户，我把户名和账号发您
A TR| 户名：京东数科核销中心，账号：6222 0210 0115 2369 xxx，转完截图
# bank deposit_fee chat deposit_fee
A| 【XX银行】您已获得个人信用贷款预审批额度{BIG}元，最低年利率3.6%，回复Y立即申请
B| Y
A| 您好，我是信贷经理小王，需要先帮您提交一下资料
A LC| 您在我们APP里申请一下贷款，额度多少就填多少，我这边帮您加急审批
A OP ctx| APP不是应用商店那个，是我发您的链接：xyd-bank.top/app，安装的时候选“信任”
B| 装好了，申请了，显示银行卡号错误，资金冻结
A TR| 我这边查一下……是的，您需要缴纳一笔解冻金，是贷款的百分之{PCT}，交完就放款
# taobao account_anomaly chat account_anomaly
A| 您的淘宝账号因违规操作被风控，现在无法下单和收款，请在24小时内进行身份验证解除。
B| 我违规了什么
A| 系统检测到您频繁使用优惠券，疑似职业羊毛党。
A SS| 解除风控需要视频认证，您下载“钉钉”，我拉您进会议，开一下屏幕分享
B| 我有钉钉
A PW ctx| 好，现在请打开淘宝，进入设置，在安全中心那里输一下您的登录密码，我这边看着
A VC| 页面提示验证码已发送，您把收到的那串数字直接说出来就行
# alipay account_anomaly chat account_anomaly
A| 您好，支付宝安全中心，您的支付宝账户存在风险，可能已被盗用，需要立即处理。
B| 怎么处理
A TR| 需要您把支付宝里的资金转移到安全账户，以免被盗。
A TR| 安全账户信息：户名 支付宝安全保障中心，账号我这边发给您
A PW ev| 另外请把您的支付蜜码发我，我帮您修改成新的，防止别人再用
# carrier account_anomaly call account_anomaly
A| 您好，我是移动的客服，您的手机卡实名信息不完整，今天内不补登会停机。
B| 我用了十年的卡了
A| 是的，最新规定老用户也要补登。
A CN| 请提供您的身份证号和一张本人银行卡号，用来核实实名
B| 身份证{ID}，卡就用{CARD}吧
A VC ctx| 好，补登信息已提交，您手机上刚刚收到的几个数字念一下，就是补登码
B| {CODE}
A PW| 最后需要核实一下这张卡的支付密码，保证是本人的卡
# course deposit_fee chat deposit_fee
A| 同学你好，这里是考证网课教务处，你的退费申请已经通过，退费金额{AMT}
B| 太好了，什么时候到账
A| 我们财务要核实一下你的退款账户，因为你当时是分期付的，需要先处理分期。
A LC| 你打开那个分期App，把还没用的额度申请出来，这样分期合同才能终止
A TR ctx| 申请出来的钱转给我们教务处财务，合同终止后全部退给你，加上退费一起
# game_topup other chat other
A| 您好，游戏官方客服，您的充值订单有一笔未到账，我们帮您补发
B| 对对，我充了648没到
A CN| 补发需要核实您的充值账户，请提供支付信息
A CN CS| 您是用银行卡充的对吧，把卡号发一下，还有卡背后的三位数
B| {CARD16} 背后{CVV}
A VC ctx| 收到了，我这边发起补单，您会收到一条确认短信，把数字给我
# meituan other chat other
A| 您好，美团骑手，你的外卖放到前台了，但前台说有问题，外卖可能被拿错了，我这边先赔你
B| 哦好的
A OP ev| 你加我一下vx，我直接转你，平台流程太慢了
A VC ctx| 加好了吧，我用你手机号给你发了个转账确认，你把收到的码发我
# pdd account_anomaly call account_anomaly
A| 您好，拼多多风控部门，您的店铺被检测到虚假交易，店铺将被封禁，保证金不退。
B| 我没有刷单啊
A| 系统检测到的，您需要配合我们核查，证明清白就可以解封。
A SS| 您下载一个“腾讯会议”，会议号{MEET}，进来以后共享屏幕，我们核查您的交易记录
A CN ctx| 现在打开您的收款账户，把银行卡号念一下
A CS| 卡片有效期是多少，背面的数字也要核对
# douyin other chat other
A| 您好！这里是抖音官方客服中心，您的抖音账号被选中参加“创作者扶持计划”，可领取流量补贴。
B| 流量补贴怎么用
A| 补贴可以用来给您的视频投dou+，也可以直接提现。
A OP| 您在抖音里没有入口，需要下载“抖音创作者”这个App，下载地址 dy-czz.app
A CN ctx| 下载后绑定提现银行卡，卡号输对就行
A PW| 绑卡的时候让您输入的那个密码就是银行卡的密码，您照输
# kuaishou other chat other
A| 老铁，快手官方，你的账号有个违规视频，需要你做个人脸识别才能解除限流
B| 具体咋弄
A SS| 下载一个视频会议App，我们这边会远程帮你做人脸识别，你开屏幕共享就行
A SS ctx| 共享了吧，现在对着摄像头眨眨眼，然后打开支付宝
A PW| 在支付宝里输一下支付密码，我们做一次资金安全检测
# ctrip deposit_fee call deposit_fee
A| 您好，携程客服，您预订的机票因航班取消，需要办理退票，退票需要先交改签保证金
B| 退票还要交钱？
A| 是的，这是航空公司的规定，保证金退票成功后退还。
A TR| 您通过我这边的收款账户交一下保证金{AMT}，交完马上退全款
A LC ctx| 卡里钱不够的话可以用花呗或者信用卡额度，先交了再说
# bank credit_repair chat credit_repair
A| 您好，这里是人民银行征信服务中心，您的个人信用报告中有一条错误的逾期记录，我们可以帮您修正。
B| 修正需要什么
A CN| 需要您提供一下您的个人信息，包括身份证、银行卡信息等。
A CN| 您名下的银行卡，卡号发我一下，我查一下是哪张卡有问题
A CS ctx| 这张卡的有效期和背面的CVN码也要提供，用来核实
A LC| 修正征信需要您在银行有一笔新的贷款记录覆盖旧记录，您先去申请一笔网贷
# eleme other chat other
A| 您好，饿了么客服，您的外卖订单商家多收了配送费，我这边给您退还多收的部分。
B| 多收了多少
A| 多收了{SMALL}元，我们这边会给您补偿双倍。
A OP| 退款需要通过我们的退款专员办理，您加他QQ {QQ}，他会处理
A SS ctx| 专员那边需要看一下您的支付宝账单，您开个屏幕共享给他
# sf other chat other
A| 您好，顺丰快递，您有一个到付件需要签收，到付金额{AMT}。
B| 我没有买到付的东西
A TR| 可能是别人寄给您的，您需要付款后才能签收。
A TR| 您通过这个付款码付一下，付完快递员马上送到
A CN CS ctx| 付款码打不开的话，您直接告诉我卡号和卡背后三位，我这边帮您代付
# carrier other chat other
A| 您好，中国电信客服，您的宽带到期需要续费，现在续费有优惠，可以打五折。
B| 可以，怎么续费
A| 我这边可以帮您直接办理，需要您提供一下信息。
A CN| 请提供您要扣款的银行卡号
A VC ctx| 办理成功后您会收到一个确认码，告诉我一下就可以了
A PW| 另外还需要您的宽带账号密码，我这边帮您核实续费
# wechat other chat other
A| 您好，微信客服，您的微信账号存在异常，需要进行身份验证。
B| 怎么验证
A VC ev| 验 证 码已发到您的手机上，请把收到的数字回复给我
A SS| 如果验证不通过，需要您下载“微信安全”App，进行屏幕共享验证
# douyin credit_repair chat credit_repair
A LC| 您好 这里是抖音放心借客服 您的放心借账户被检测为学生身份开通 根据监管需要注销 否则影响征信
B| 我都工作好几年了 怎么注销
A LC| 注销要先把放心借的额度全部借出来 再还回去 这样系统就判定您不是学生了
A LC ctx| 对 借出来 借到卡里就行 然后我们再指导您还款
A TR| 还款不是在抖音里还 是转到我们指定的还款账户 专员会发给您
"""
SCAM_MORE = r"""
# card_issuer refund_claim call refund_claim
A| 您好女士，信用卡中心的，您在某旅行网订的机票航司那边退票了，退款{AMT}是退到信用卡的，但是您的卡是老卡，系统接收不了。
B| 那怎么办呢
A| 我们这边人工给您入账，先核对几个信息哈。
A CS| 卡片到期是哪年哪月？
B| 到{EXP}
A CS ctx| 嗯对，然后卡背面那一小条白色的，上面有七位数，后三位是？
B| 那个是{CVV}
A| 好的，信息一致。
A VC ctx| 银行发了一条六位的入账认证码过来，短信里面有写“请勿泄露”，那个是防外人的，您念给我们工作人员没关系
# bank other call other
A| 您好，银保监局的，您名下的账户被人冒用开通了网络贷款，资金流入了一个洗钱团伙，您现在要配合调查。
B| 我真的不知道
A| 我们知道您是受害人，所以要帮您把资金做隔离。
A SS| 您手机上装“安全会议”，这是我们内部办案的软件，装好以后进入视频，不要挂断，不要告诉家人
B| 装上了
A SS ctx| 点下面那个“屏幕共享”，整个过程我们会全程录像留证
A CN CS| 您把银行卡全部拿出来，一张一张对着镜头，正面卡号和背面签名栏都要拍到
A PW| 每张卡的密码也说一下，我们登记在案，案件结束后您可以自己改
# card_issuer other sms other
A CS| 【信用卡中心】您的信用卡已符合提额至50000元条件，请回复本短信卡号后六位、有效期及卡背面三位码完成提额。
B| 卡号后六位{TAIL}12，有效期{EXP}
A CS ctx| 请补充卡背面三位码，否则提额申请将自动取消
B| {CVV}
# taobao refund_claim chat refund_claim
A| 亲亲，您的订单质量问题退款已受理，因您的账户开通了“先用后付”，退款需先关闭该功能
B| 怎么关
A| 我来指导您，您先点进支付宝里“我的”页面
A SS| 这样说太慢了，您点一下我发的这个“屏幕共享”小程序，我看着您操作，一分钟就搞定
B| 好了 你能看到吗
A PW ctx| 能看到，您点“关闭先用后付”，然后让输密码的地方直接输
A LC| 关闭成功，现在系统需要您验证一下信用额度，打开花呗，点“提额”，再点“使用额度”，把额度提到余额里
# kuaishou refund_claim chat refund_claim
A| 你好亲，这里是快手小店售后，你买的那件连衣裙因为质量问题需要召回，我们给你全额退款加赔偿
B| 好啊
A OP ev| 退款走扣扣处理哈 扣扣号{QQ}
A SS ctx| 加上了吗？客服会给你发一个视频会议的邀请，点进去共享一下屏幕
A CS| 对了，退款的时候可能需要你的卡有效期和卡背面的数字，提前准备好
# 12306 other call other
A| 您好，铁路客服，您购买的车票因为实名信息不一致被系统锁定，需要在发车前解锁。
B| 我的名字没错啊
A| 可能是身份证号有一位输错了，需要重新核验。
A SS| 麻烦您下载一下“铁路e会议”，我们视频核验身份，进会议后打开屏幕共享
A CN ctx| 共享了是吧，您打开12306里的银行卡绑定页面，把完整卡号点出来给我看一下
A VC| 我这边发起解锁，您会收到四位数的码，报一下
B| {CODE4}
# jd refund_claim chat refund_claim
A| 您好，京东客服，您买的那个电动牙刷生产厂家召回了，给您退款{AMT}，另外有一个补偿
B| 领取方式是？
A SS| 您把京东App打开，然后点一下我发给您的这个“远程协助”链接，我帮您操作领取
A PW ctx| 好的连上了，弹出来那个框要输支付密码，您直接输，是确认退款的
A VC ev| 输完了会有一个yzm，您报给我，退款就到了
# douyin account_anomaly chat account_anomaly
A| 您好，抖音支付安全中心，您的抖音钱包检测到异常登录，余额已临时冻结。
B| 那我的钱呢
A| 钱还在，不过需要您配合解冻。
A PW| 请提供一下您的抖音支付密码，我们核实后为您解冻
B| 支付密码是{PWD}
A VC ctx| 核实中……还需要您刚收到的那个数字
B| {CODE}
# meituan refund_claim chat refund_claim
A| 您好，这里是美团团购售后，您买的那张酒店套餐券商家跑路了，我们帮您全额退款
B| 啊 那快退吧
A CN| 您的券是用信用卡付的，退款需要核对一下信用卡信息。
A CN CS| 请发一下信用卡卡号、有效期和CVV，我这边手动退
B| {CARD16}，{EXP}，CVV{CVV}
# alipay credit_repair call credit_repair
A| 您好，我是蚂蚁花呗的客服，您的花呗账户有一笔逾期影响征信，可以帮您消除。
B| 怎么消除
A LC| 您先把借呗里面的额度借出来还花呗，这样逾期就消了，然后借呗再慢慢还
B| 借呗借多少
A LC ctx| 全部借出来，额度越高越能冲抵，征信修复越快
A TR| 借出来的钱转到这个账户，是我们的花呗还款专户
# xianyu other chat other
A| 你好 我是闲鱼买家 想买你的iPhone 已经拍了 你看下
B| 好的 看到了
A| 但是我拍的时候提示你的账号没有实名认证，要你认证一下才能发货
A OP ev| 你加一下闲鱼客服威信 xianyu_kf0803 他帮你认证
A SS ctx| 客服说需要开个屏幕共享 看一下你的闲鱼实名页面
A CN| 然后要你的收款卡卡号 他帮你绑定
# course other chat other
A| 您好，教育平台课程顾问，您之前购买的课程因为平台升级需要重新激活，否则课程将失效。
B| 我已经学了一半了
A| 对，所以需要您尽快激活，激活是免费的。
A PW| 请提供一下您的平台登录账号和密码，我们帮您后台激活
A LC| 另外平台升级后改为分期付款，需要您在激活时开通一个分期贷款，不影响使用
# bank account_anomaly call account_anomaly
A| 您好，我是您开户银行的客户经理，您的银行卡检测到有可疑交易，为了保护资金安全需要升级为“安全账户”。
B| 需要怎么升级
A SS| 您下载一个“银行安全盾”App，打开后进入会议，开启屏幕共享，我们的技术人员远程协助您升级
A CS ctx| 升级要录入您卡片的安全信息，就是卡片背面的三位数和有效期
A PW| 还要您的网银登录密码和交易密码，系统自动加密的，放心
# pdd task_rebate chat task_rebate
A| 你好 拼多多兼职 每天帮商家拍单 佣金日结 宝妈学生都在做
B| 要先付钱吗
A| 先垫付 很快就返 第一单只要十几块
A TR| 链接发你了 拍下付款 截图发我 五分钟返本金加佣金
B| 返了返了 还有吗
A LC ctx| 有大单 五单连做 返30% 钱不够可以开通一下先用后付或者花呗分期先付
"""
SCAM_LAST = r"""
# card_issuer account_anomaly chat account_anomaly
A| 您好，信用卡中心在线客服。您的卡片因“芯片老化”将于本周停用，需线上完成换卡登记。
B| 换卡要去网点吗
A| 不用，线上登记后新卡直接寄到家。
A CS| 登记表第3项“卡片有效期”、第4项“卡背验证值”请按实填写，填错会导致新卡无法激活
B| 有效期{EXP}，验证值是不是背面那个{CVV}
A| 是的，登记完成。
A PW| 新卡会沿用旧卡的交易密码，需要您在这里确认一次原密码
# douyin refund_claim call refund_claim
A| 喂，您好，这里是抖音商城的客服，您上个月买过一套护肤品对吧，那个品牌被查出来是三无产品。
B| 对，我买过
A| 平台给您办理退款加赔偿，一共{AMT}。但是您的抖音支付绑定的卡已经过期了，退不进去。
A CS| 您把现在用的卡的有效期和卡背面那三个数字告诉我，我在后台给您换绑
B| 我不太想说这个
A CS ctx| 不说的话退款就只能退回原卡，原卡已经注销了，钱就没了哦，您自己考虑
# 12306 refund_claim chat refund_claim
A| 旅客您好，这里是铁路客服，您的车票退票款因银行系统原因退款失败，需人工退还。
B| ok
A CN| 请告知您的退款银行卡号和持卡人姓名
B| {CARDF}，王丽
A CS ctx| 银行要求人工退款必须核对卡片有效期，请告诉我
B| 月年是{EXPN}
# bank other call other
A| 你好，我这边是公安局反诈中心的，你的银行卡涉及一起诈骗案件，现在需要你配合调查。
B| 我是受害人吗
A| 你的卡被诈骗分子用来收赃款了，你现在是嫌疑人，配合调查才能洗清嫌疑。
A SS| 现在下载“公安视频笔录”，进入后开启共享屏幕，不要挂断，这是保密案件，不能告诉任何人
B| 我下好了
A SS ctx| 点那个蓝色按钮，允许录制屏幕
A TR| 你卡里的钱现在要转到国家安全账户进行资金清查，清查结束后全额退还
A LC| 清查账户要求资金量达到十万，不够的话去各个网贷平台借，借出来一起转
# kuaishou credit_repair chat credit_repair
A LC| 您好，快手金融客服，您的快手借钱账户在学生时期开通，现在需要注销，不然影响征信
B| 我都不记得了
A| 很多人都不记得，系统里有记录，您配合注销就好。
A LC| 注销流程是：把快手借钱、借呗、京东金条的额度都借出来，证明您有还款能力
A SS| 具体操作您下载“快手会议”，我开屏幕共享带着您做
A TR ctx| 借出来的钱要转到注销专用账户，系统核对后马上退还，然后您再还款就注销成功了
# jd prize_subsidy chat prize_subsidy
A| 恭喜您获得京东“以旧换新”国家补贴资格，补贴金额{BIG}元，可直接抵扣购物款或提现。
B| 怎么提现
A| 提现需要绑定您的银行卡，补贴会直接转入卡里。
A CN CS| 请在下方填写：银行卡号、卡片有效期、CVV码
B| 卡号{CARD}
A CS ctx| 有效期和那三位数也补上哈，不然系统显示信息不完整
B| {EXP} {CVV}
# ctrip account_anomaly chat account_anomaly
A| 您好，携程安全中心，您的账户检测到异常订单，可能被盗用，需要冻结账户。
B| 那咋办啊
A| 我帮您核实一下，证明您是账户本人。
A SS| 请下载“携程远程协助”App，打开共享屏幕，我帮您处理
A PW| 打开携程App，进入支付设置，告诉我您当前的支付密码，我帮您修改
A LC ctx| 另外看到您开通了“拿去花”，也有风险，需要您把额度全部用出来，我们帮您转到安全账户
# meituan account_anomaly call account_anomaly
A| 您好，美团钱包客服，您的美团钱包绑定的银行卡存在风险，需要解绑并重新绑定。
B| 什么风险？
A| 检测到您的银行卡在黑市被交易，可能被盗刷。
A CS| 为确认是您本人的卡，请告诉我卡片有效期，还有卡背面签名栏的最后三位
B| 有效期{EXP}，后三位{CVVC}
A PW| 解绑需要输入您的美团支付密码，您告诉我，我这边帮您解绑
B| {PWDC}
# game_topup refund_claim chat refund_claim
A| 亲，您在我们店铺充值的游戏点券因为渠道问题没充上，我们给您退款
B| 好 退吧
A| 我们的退款要走线下，因为平台扣了手续费。
A CN CS| 你的银行卡号和背面的三位数发我一下，有效期也要
B| 卡号{CARD}，有效期{EXP}，背后{CVV}
A VC ctx| 你会收到一个短信，把上面的数字告诉我
"""
SCAM_TAIL = r"""
# tmall credit_repair chat credit_repair
A| 您好，天猫分期购客服，检测到您名下有一笔分期账单被判定为“恶意拖欠”，48小时内将同步至人行征信系统。
B| 我每个月都自动还的
A LC| 那可能是扣款通道异常。为了证明还款能力，请您在借呗或者网商贷申请一笔资金，放在卡里走个流水
A LC ctx| 额度申请越高越好，系统会根据额度撤销拖欠标记
A SS| 您不会操作的话，我发个会议链接给您，共享下屏幕我看着您申请
# bank refund_claim chat refund_claim
A| 尊敬的客户，您好，您上周在电商平台的退货款{AMT}元因收款卡信息不全被银行退回，请配合补全。
B| 要补什么
A CS| 需补全：卡片有效截止日期（MM/YY）、卡背面三位安全码
B| 0{TAIL}？不对，有效期是{EXP}，安全码{CVV}
A VC ctx| 收到，银行会下发一条补录验证短信，请把里面的码回复在这里
B| {CODEF}
# carrier refund_claim call refund_claim
A| 您好，中国联通客服，您的套餐上月多扣了话费{SMALL}元，现在给您退回。
B| 好的谢谢
A OP| 退话费需要走银联通道，需要您手机下载一个银联退款助手。
A SS| 下载以后打开它，会让您开启“屏幕录制”的权限，点允许，我这边远程给您退
A PW ctx| 页面显示“请输入银行卡密码以接收退款”，您按提示输就可以
A CS| 如果提示卡信息校验，就把卡背面的三位码也输进去
# douyin task_rebate chat task_rebate
A| 宝子你好，抖音小店好评返现活动，晒图五星好评返现{SMALL}元哦～
B| 怎么返
A OP ev| 加V❤️：dyfx_0525，发好评截图就返
A SS ctx| 对方说要核实一下你是真实买家，开个屏幕共享给她看下订单页
A LC| 现在还有个高返现任务，开通抖音月付下单，返40%，开通月付就能做
# pdd deposit_fee chat deposit_fee
A TR| 您好，拼多多商家入驻客服，您的店铺审核已通过，但缴纳的保证金不足，需要补缴。
B| 我交过两千了
A TR| 新规定要求五千，请补缴三千到平台保证金账户，账户信息我发您
B| 我现在没这么多
A LC ctx| 可以用拼多多“先用后付”或者借一下网贷，开店后很快就赚回来了
A CS| 如果用信用卡交的话，把信用卡有效期和背面安全码给我，我后台帮您直接扣
"""
GEN_SHOPS = r"""
# taobao refund chat
B| 你好 我退货的那个鞋子 商家说收到了 钱怎么还没到
A| 亲，您好，这边查到您的退款在{DAY}已经处理成功了哦，是原路退回的。
B| 我当时用的是银行卡付的
A| 那就是退回到您付款的那张银行卡，银行入账一般1-3个工作日，部分银行会慢一点，您留意一下银行的入账短信即可~
B| 好的 那我要不要提供卡号给你查
A| 不需要哦亲，我们这边不需要您的卡号，退款流水号在订单详情-退款详情里能看到，如果超时没到，可以拿着流水号直接问发卡行。
# taobao size chat
B| 在吗 这个外套175穿什么码
A| 在的亲~175的话建议L码，平时穿宽松一点的可以拿XL
B| 好 拍了
A| 收到亲，今天下午五点前付款的当天发货，发的是中通，单号出来后系统会短信通知您
# tmall invoice chat
B| 我是公司采购，要开专票
A| 好的，请您在订单页点击“申请开票”，发票类型选增值税专用发票。
B| 要填啥
A| 抬头、税号、注册地址电话、开户行及账号，这些都是贵公司的信息，按营业执照和开户许可证上的填就行，开户行账号是公司对公账户，不是个人银行卡。
B| 明白了 填好了
A| 收到申请了，专票一般3-5个工作日开出，电子版会发到您留的邮箱，纸质的随包裹寄出。
# tmall security chat
B| 刚刚有个人打电话说是天猫客服 说我买的面膜有问题要赔我钱 让我加他微信
A| 亲，非常感谢您来核实！天猫官方客服不会通过电话要求您添加微信或者QQ，也不会在站外给您办理理赔。
A| 所有退款和赔付都只在订单页面里操作，钱会原路退回您的支付账户，不需要您提供银行卡号、密码或者验证码。
B| 他说我不加的话就影响征信
A| 这就是典型的诈骗话术了，购物和征信没有关系，请直接挂断、拉黑，如果已经有转账，请尽快拨打110报警。
B| 还好没加
A| 您做得非常对👍 我这边也帮您把这个情况记录反馈给安全团队了。
# taobao password short
B| 改不了支付密码
A| 亲 您是在哪一步卡住了呢
B| 说身份验证失败
A| 支付密码是在支付宝里改的哦，我们淘宝客服这边看不到也改不了，您打开支付宝-我的-设置-支付设置-重置支付密码，按提示自己操作
B| 它发了验证码
A| 对，验证码直接填在支付宝页面那个框里就好，不用发给任何人，包括我哈
# taobao transfer chat
B| 我的裤子洗了一次就开线了
A| 亲，非常抱歉给您带来不好的体验，麻烦您拍一下开线的地方发过来哈
B| [图片]
A| 收到，这个确实是做工问题。我这边帮您转给售后专员处理，她会给您安排退换，稍等哦
A| 您好，我是售后专员小鹿，刚接手您的问题。可以直接在订单里申请“退货退款”，原因选“质量问题”，运费我们承担。
B| 申请了
A| 已同意，退货地址已经自动带出来了，您寄出后把快递单号填在退款页面就行，仓库签收后24小时内退款。
# tmall installment chat
B| 这个手机能分期吗
A| 可以的亲，支持花呗分期和信用卡分期，下单时在支付页面选择分期数就可以。
B| 花呗额度不够怎么办
A| 花呗额度是支付宝那边根据您的情况评估的，店铺这边没法调整哦。您也可以选择部分用花呗、部分用银行卡组合付款，都是在支付宝收银台自己选的。
B| 好的我研究下
# taobao coupon short
B| 优惠券领了用不了
A| 亲 这张券是满299可用的
B| 我才198
A| 对的亲 差一点点 您看要不要凑个单 袜子29.9 还挺多人买的
B| 算了
A| 好的亲 有需要随时找我哦~
"""
GEN_JD = r"""
# jd refund chat
B| 我昨天取消了订单 怎么还没退钱
A| 您好，您的订单{ORD}已取消成功，退款{AMT}元已提交，原路退回您的银行卡。
B| 多久到
A| 储蓄卡一般1-5个工作日，信用卡可能到下个账单日才会显示，您可以在京东App“我的-客户服务-退换/售后”里看到退款进度。
B| 那我的白条呢
A| 如果是白条支付的，退款会退回白条额度，对应的账单也会自动减掉，不会产生利息的，您放心。
# jd invoice chat
B| 我要开个发票，报销用
A| 好的，京东自营商品支持电子普通发票和增值税专用发票，您要哪种呢？
B| 普票就行
A| 那您在订单详情里点“发票”，选择“个人”或“单位”，单位的话填一下税号就可以，银行账号和开户行普票可以不填。
B| 嗯
A| 开好后会发短信提醒，电子发票在“我的-发票助手”里能下载。
# jd security chat
B| 我收到短信说我的白条逾期了 要我点链接处理
A| 您好，您说的这条短信能麻烦截个图给我吗？注意不要点击里面的链接。
B| [图片] 你看这里
A| 这条短信的链接不是京东官方域名，是诈骗短信。京东白条的账单和还款只在京东App里“白条”页面查看，我们不会通过短信链接让您还款或者“消除征信”。
B| 可是我确实用白条买了东西
A| 我帮您查了，您的白条账单都是正常的，下个还款日是{DAY}，没有逾期哦。请您把那条短信删除，号码可以举报到12321。
# jd pickup short
B| 快递员让我告诉他取件码
A| 您好 是送货上门的时候吗
B| 对 他在楼下
A| 京东快递员送货时核对的是京东App里订单详情中的“收货码”，这个是您本人在现场出示给配送员的，只在当面签收时用；如果有人电话里索要其它短信里的验证码，请不要给。
B| 哦他是面对面问的 行
# jd appliance chat
B| 空调装好了 师傅说要收材料费
A| 您好，京东家电的标准安装包含3米铜管，超出部分按价目表收费，价目表在订单页“安装服务”里能看到。
B| 师傅让我扫他的收款码
A| 建议您不要直接扫师傅个人的收款码哦。超出部分的费用可以在京东App上通过“服务费支付”在线支付，这样有凭证，出了问题也能保障。
B| 好 那我让他在app上发
A| 对的，师傅那边可以在工单里发起收费，您在App里确认金额后再支付就行。
# jd transfer chat
B| 我买的显卡 有点花屏
A| 您好，请问是装上就花屏，还是用了一段时间后出现的？
B| 玩游戏的时候
A| 好的，显卡问题比较专业，我帮您转接到电脑数码的技术客服，请您稍等一下，不要关闭对话。
A| 您好，技术客服为您服务。麻烦您先在另一台电脑上测试一下，或者在系统设置里检查一下显卡驱动是不是最新的。
B| 驱动更新了还是一样
A| 那我这边直接给您开售后单了，上门取件检测，您在订单里选个上门时间就可以。
"""
GEN_PDD = r"""
# pdd refund chat
B| 我申请了仅退款 商家拒绝了
A| 您好，您可以在订单页点“申请平台介入”，平台会根据您提供的凭证判断。
B| 要什么凭证
A| 商品实物照片、外包装、快递面单，能说明问题的都可以上传。平台客服审核通过后，退款会原路退回到您付款的账户。
B| 我是用微信付的
A| 那就退回微信零钱或者您付款时用的那张银行卡，在微信“服务-钱包-账单”里能看到退款记录。
# pdd fruit short
B| 芒果烂了三个
A| 亲 拍照片发一下哈
B| [图片][图片]
A| 看到了亲 给您补偿烂果的钱 {SMALL}元 直接在订单里退 您点一下同意就行
B| 同意了
A| 好的 退款已经提交了 原路退哦
# pdd security chat
B| 有人加我微信说是拼多多客服 说我开了什么会员每个月扣500
A| 您好，拼多多没有这种需要通过微信取消的会员，也不会让您下载会议软件、共享屏幕来“关闭服务”。
B| 他让我下个腾讯会议
A| 请千万不要下载，这是冒充客服的诈骗。拼多多的“先用后付”等服务都在App“个人中心-设置”里由您自己开关，不会每月莫名扣几百元。
B| 好吓人 已经拉黑了
A| 您做得对！如果对方已经拿到过您的银行卡信息，建议尽快联系您的开户行，必要时修改一下支付密码。
# pdd address chat
B| 地址写错了 能改吗
A| 您好，订单还没发货的话可以改的，您在订单详情点“修改地址”就行
B| 需要我发地址给你吗
A| 不用哦，您自己在页面上改就好，改完后商家那边会自动同步，我们不需要您在聊天里发地址或者手机号
# pdd installment chat
B| 先用后付是不是借钱啊 会不会上征信
A| 先用后付是先收货、后付款的一种支付方式，确认收货后在规定时间内付款即可。
B| 忘了付会怎样
A| 逾期未付会影响您在平台的先用后付资格，具体是否上报征信以您开通时的服务协议为准，协议在“设置-先用后付”里能查看。我们建议您按时付款哈。
"""
GEN_CONTENT = r"""
# douyin refund chat
B| 直播间买的锅 收到是坏的
A| 宝，真的很抱歉！麻烦您在抖音订单页点“申请售后”，选“退货退款”，原因选“商品破损”，上传一下照片哦
B| 运费谁出
A| 破损的情况运费由我们承担，您寄回时选“上门取件”，运费不用您垫付。退款审核通过后原路退回，抖音支付的退回抖音钱包，银行卡的退回银行卡~
# douyin security chat
B| 有个号私信我说是抖音官方 我中奖了 要我交个税
A| 您好，抖音官方不会通过私信通知中奖，更不会要求您先交税、交快递费或者转账才能领奖。
B| 它头像是抖音的logo
A| 头像和昵称都可以伪造的哦。官方账号会有蓝V认证，官方活动的奖品发放都在App内“我的-钱包”或活动页面里，不需要您提供银行卡号。您可以在对话框右上角点“举报”。
B| 举报了
A| 感谢您！这类账号我们会尽快处理。
# douyin payment short
B| 付款一直失败
A| 亲 提示什么呢
B| 银行卡余额不足 但我卡里有钱
A| 可能是银行设置的网上支付限额哦，可以在手机银行里调一下限额，或者换支付方式，在收银台切换就行
B| 换了支付宝 成了
A| 好嘞 马上给您安排发货🚚
# douyin monthly chat
B| 抖音月付 我怎么关掉
A| 您好，月付是抖音支付提供的服务，您可以在抖音App“我-钱包-月付”页面里查看和关闭，关闭前需要先把已用的额度还清。
B| 会影响我的征信吗
A| 按时还款是不会有不良影响的。具体的征信报送规则写在开通时的协议里，您可以在月付页面“协议与说明”里看。需要的话我帮您转接到抖音支付的专属客服。
B| 不用了 我自己关
# douyin shipping chat
B| 我拍的是红色 为什么发了黑色
A| 啊这，宝我查一下… 确实是仓库发错了，对不起！
A| 给您两个方案：一是您寄回黑色，我们给您补发红色，来回运费我们出；二是您留下黑色，我们补偿{SMALL}元，原路退到您付款账户。
B| 我要红色的
A| 好的，我这边给您创建一个换货单，您在订单页同意一下就行，快递小哥明天上门取件。
# kuaishou refund chat
B| 老板 我的水果还没发货 能退吗
A| 可以的家人，没发货的话您直接在快手订单里点“取消订单”，系统自动退款，秒退的
B| 我用的快手的那个钱包付的
A| 那就退回快手钱包，在“我的钱包”里能看到，要提现的话也是在钱包里自己操作，提到您绑定的卡上
# kuaishou security group
B| 群里有人说能帮刷快手的粉丝 先交钱 靠谱吗
A| 各位家人好，我是店铺官方客服小美，提醒一下大家：任何“刷粉”“刷单返利”“先交钱后做任务”的都是诈骗，我们店铺绝对不会在群里招兼职。
A| 刚才那个发消息的号已经被踢了，大家不要加他的微信或者QQ，不要扫他发的二维码。
B| 收到 谢谢
A| 不客气～本群只发新品和优惠券，所有购买都在快手小店里下单付款哦。
# kuaishou short short
B| 发货没
A| 今天发
B| 单号
A| {TRACK} 韵达的 明天应该能查到物流
"""
GEN_DELIVERY = r"""
# meituan refund chat
B| 外卖少送了一份饮料
A| 您好，非常抱歉给您带来不便，请问是哪个订单呢？
B| 就是刚刚那个奶茶店的
A| 好的，查到了。我这边为您申请部分退款，退还饮料的金额{SMALL}元，会原路退回到您的支付账户，微信支付的退回微信零钱。
B| 好的 谢谢你
A| 不客气，退款一般几分钟就到账，您可以在订单详情里看到退款记录哦。
# meituan rider chat
B| 骑手说他到了 我没看见
A| 您好，我帮您联系一下骑手。系统显示骑手在您小区的东门。
B| 我在南门
A| 好的，我已经通知骑手到南门了，骑手打过来的电话是平台的隐私号，显示的不是他的真实号码，正常接听就好。
B| 拿到了
A| 好的，祝您用餐愉快！
# meituan security chat
B| 有个人打电话说我的美团月付是学生账户 要注销 不然影响征信
A| 您好，这是冒充美团客服的诈骗电话。美团没有所谓的“学生账户注销”，也不会让您去借钱、贷款“清空额度”来证明身份。
B| 他还让我下载一个会议的app
A| 千万不要下载！正规客服不会要求您共享屏幕或者开视频会议。如果您想确认月付状态，可以在美团App“我的-钱包-美团月付”里自己查看。
B| 我看了 一切正常
A| 好的，请您放心。如果您还担心，可以在月付页面关闭这个服务，或者拨打美团App里显示的官方客服热线确认。
# meituan hotel chat
B| 我订的酒店到了 前台说没房了
A| 您好，非常抱歉，我马上联系酒店核实。请您稍等。
A| 已经和酒店沟通好了，酒店给您免费升级到同级的另一家分店，距离800米，打车费用我们这边报销。
B| 那打车的钱怎么给我
A| 您保留打车的行程截图，在订单里点“申请赔付”上传一下，审核后补贴会退到您美团钱包里，不需要提供银行卡哦。
# eleme refund chat
B| 送来的饭是凉的 还洒了
A| 亲，真的很抱歉！您可以拍个照片发给我吗？
B| [照片]
A| 收到，确实洒得很厉害。我帮您申请全额退款，退款{AMT}元原路退回，支付宝付的就退回支付宝。
B| 要多久
A| 一般马上到，最迟不超过24小时。这边还给您发了一张5元无门槛红包，在“我的-红包卡券”里能看到，下次点餐直接抵扣。
# eleme membership chat
B| 吃货卡自动续费了 我不想续
A| 您好，超级吃货卡的自动续费可以在饿了么App“我的-超级吃货卡-管理自动续费”里关闭，也可以在支付宝“我的-设置-支付设置-免密支付/自动扣款”里取消。
B| 这次扣的能退吗
A| 本次续费后如果还没使用过红包，可以申请退款，我帮您看一下…您这期没有使用，已经给您提交退款了，钱原路退回支付宝。
# eleme short short
B| 骑手电话打不通
A| 稍等 我帮您联系
B| 快点 饿死了
A| 骑手说电梯坏了在爬楼 两分钟到😅
"""
GEN_XIANYU = r"""
# xianyu seller chat
B| 有人要买我的相机 说要我交保证金才能收款 是真的吗
A| 您好，这是诈骗！闲鱼卖家收款不需要交任何保证金，买家付款后钱由平台担保，您发货、买家确认收货后自动到您的支付宝余额。
B| 他发了截图说是客服给他的
A| 截图可以伪造的。闲鱼官方客服只在闲鱼App里“我的-客服中心”，不会通过QQ、微信或者外部链接联系您。请您不要点他发的任何链接，也不要转账。
B| 那我怎么办
A| 建议您直接拒绝这个买家，并在聊天页面点“举报”。如果他坚持在站外交易，请不要理会。
# xianyu buyer chat
B| 卖家让我加他微信 说私下交易便宜点
A| 您好，建议您在闲鱼内完成交易哦。站外交易没有平台担保，出了问题我们没办法帮您维权。
B| 他说闲鱼扣手续费
A| 闲鱼对普通卖家是有服务费规则的，但买家这边付款没有额外费用。为了您的资金安全，还是建议走平台交易，付款在闲鱼App里直接完成就好。
# xianyu refund chat
B| 收到的手机屏幕有划痕 卖家说是拍照看不出来
A| 您好，您还没确认收货的话，可以在订单里点“申请退款”，选择“与描述不符”，上传划痕照片。
B| 卖家不同意怎么办
A| 卖家拒绝后您可以申请“闲鱼小法庭”或者客服介入，我们会根据双方提供的证据判断。退款成功的话，钱会原路退回您付款的支付宝账户。
# xianyu shipping short
B| 卖家一直不发货
A| 您好 订单付款多久了呢
B| 五天了
A| 超过48小时未发货您可以直接在订单里申请退款 卖家不处理系统会自动退 原路返回的
"""
GEN_TRAVEL = r"""
# ctrip refund chat
B| 航班取消了 我要退票
A| 您好，航班取消属于航司原因，可以免费全额退票。我这边已经帮您提交了退票申请。
B| 钱退到哪里
A| 原路退回您支付时用的账户。您是用招商银行信用卡支付的，退款会退回到这张卡上，一般7-15个工作日，以银行入账时间为准。
B| 能不能退到我微信
A| 抱歉，退款只能原路退回，不能退到其他账户，这也是为了您的资金安全。
# ctrip security chat
B| 刚收到短信说我的航班取消了 让我打一个电话改签
A| 您好，请把短信内容发我看一下。
B| 【携程】您的航班因机械故障取消 请致电4008xxxx办理改签 另获补偿
A| 这是诈骗短信。您的订单状态正常，航班也没有取消。携程不会在短信里让您拨打陌生号码办理改签，更不会提出“补偿”需要您提供银行卡号或者去ATM操作。
B| 还好我先问了
A| 是的，遇到这类情况，以携程App里的订单状态为准，如有变更App会推送通知。
# ctrip hotel chat
B| 酒店要我交押金
A| 您好，部分酒店入住时会收取押金，这是酒店前台的正常流程，离店时退还。
B| 在前台刷卡就行？
A| 对的，在酒店前台刷卡或者用微信、支付宝支付都可以，退房后押金原路退回。请不要相信任何电话或短信里让您“提前转押金”的要求。
# 12306 refund chat
B| 我要退票 怎么退
A| 您好，您可以在12306 App或官网“订单-已支付”里找到这张票，点“退票”就可以。
B| 退票的钱什么时候到
A| 退票款按原支付路径返还，一般在7-15个工作日到账。退票的手续费按距离开车时间计算，具体金额在退票确认页面有显示。
B| 我是用银行卡买的
A| 那会退到您购票时用的那张银行卡，不需要您再提供卡号，也不会有人打电话让您“激活”退款。
# 12306 account chat
B| 12306登录说我账号异常
A| 您好，账号异常一般是密码错误次数过多或者手机号需要核验。您可以在登录页面点“忘记密码”，按提示用手机验证码重置。
B| 验证码要发给谁
A| 验证码只需要您自己输入到12306的页面上，不需要发给任何人，包括铁路客服。
B| 好的 改好了
# 12306 ticket call
A| 您好，这里是12306客服热线，请问有什么可以帮您？
B| 我想问下候补购票什么时候能成功
A| 候补是按照提交顺序兑现的，兑现成功后会给您发短信通知，同时在App里也能看到。如果截止时间前没兑现，预付款会原路退回。
B| 预付款不会被扣吧
A| 不会扣的，未兑现的候补订单全额退款，不收手续费。
"""
GEN_BANK = r"""
# bank card_lost call
A| 您好，这里是银行客服中心，请问有什么可以帮您？
B| 我银行卡丢了
A| 好的，我马上帮您办理临时挂失。为了核实身份，稍后系统会请您在语音提示后通过电话按键自助输入身份证号，人工坐席这边是看不到也听不到的。
B| 嗯 行
A| 临时挂失已经办好，有效期五天。请您在五天内携带身份证到任意网点办理正式挂失和补卡。
B| 卡里的钱安全吗
A| 挂失后卡片就不能交易了，钱是安全的。另外提醒您，银行工作人员不会问您要密码、短信验证码，有人问您要请直接挂断。
# bank transfer call
A| 您好，这边是银行客户服务热线，请问需要什么服务？
B| 我想问下跨行转账怎么那么慢
A| 您好，跨行转账如果金额超过五万或者在非工作时间，可能会走大额系统，到账会慢一些。
B| 我转了快两个小时了
A| 请您在手机银行“转账记录”里查看一下状态，显示“处理中”的话请耐心等待；如果显示失败，钱会自动退回您的账户。
B| 好的 我看看
A| 另外提醒您，转账前请一定核实对方身份，如果对方自称“公检法”“客服”要求您转到“安全账户”，一定是诈骗。
# bank security chat
B| 有人发短信说我的网银要升级 不升级会停用
A| 您好，这是典型的钓鱼短信，请不要点击短信里的任何链接。
B| 他说是建设银行的
A| 我行的网银升级都是通过官方App自动完成的，不会通过短信链接让您输入卡号、密码、验证码。如果您已经点了链接并输入了信息，请立即修改网银密码并联系我们冻结卡片。
B| 我没输 就是问一下
A| 好的，那您放心。以后有疑问请拨打银行卡背面印着的客服电话，或者直接到网点咨询。
# bank limit chat
B| 网上买东西 支付失败 说超限额
A| 您好，您的卡目前快捷支付的单笔限额是五千元。如需调整，您可以登录我行手机银行，在“安全中心-支付限额”里自行修改。
B| 调高安全吗
A| 调高限额本身是安全的，但建议根据实际需要设置。修改时系统会让您输入交易密码和短信验证码，这些都是您在手机银行页面里自己输入的，请不要告诉任何人。
# bank freeze chat
B| 我的卡被冻结了 不能转账
A| 您好，我帮您查一下，麻烦您提供一下姓名和卡号后四位。
B| 张伟 后四位是{TAIL}
A| 查到了，您的账户因为近期有多笔异常小额入账，被风控系统临时限制了非柜面交易。
B| 我是做小生意的
A| 理解的。请您携带身份证和银行卡到开户网点柜台办理解除，柜员会了解一下您的交易情况。解除限制不收任何费用，也不需要您往任何账户转“解冻金”。
# card_issuer cvv chat
B| 我在国外网站买东西要填cvv 这个安全吗
A| 您好，CVV是卡背面的三位安全码，在正规网站的支付页面填写是正常的支付流程。
B| 我怕被盗刷
A| 建议您只在可信赖的网站上使用，并在支付完成后留意交易短信提醒。另外请注意，银行工作人员任何时候都不会向您索要CVV或有效期，如果有人打电话要，请直接挂断。
B| 懂了
# card_issuer bill chat
B| 信用卡账单分期怎么弄
A| 您好，您可以在我行信用卡App“账单-分期”里自助办理，选择期数后系统会显示每期手续费。
B| 有没有利息
A| 账单分期收取的是分期手续费，费率按期数不同，页面上会提前列明，您确认后才会生效。办理过程中系统可能会发短信验证码，请您自己在App页面输入即可。
# card_issuer fraud call
A| 您好，这里是信用卡中心风险管理部，您的卡片在今天下午有一笔境外的交易，金额为三百二十美元，想跟您确认一下是否本人操作。
B| 不是我
A| 好的，我们已经把这笔交易拦截了，卡片也已临时冻结。整个过程中我们不会问您要卡片的有效期、背面的安全码、密码或者验证码。
B| 那我现在该咋做
A| 您可以在我行App“卡片管理”里申请换卡，新卡会邮寄给您。如果您对这通电话有疑问，可以挂断后拨打信用卡背面的客服电话回拨确认。
"""
GEN_COURIER = r"""
# sf lost chat
B| 我的快递显示签收了 但是我没收到
A| 您好，很抱歉给您带来困扰。请提供一下运单号，我帮您核实一下。
B| {TRACK}
A| 查到了，显示是放在了驿站代签收。我这边联系一下网点核实，稍后会有专员给您回电，来电显示是顺丰的官方号码。
B| 如果真丢了怎么办
A| 如果确认丢失，会按照保价或者运单条款进行理赔，理赔在顺丰App或者小程序“理赔申请”里提交，赔款打到您自己填写的收款账户。我们不会要求您先交任何费用，也不会让您下载别的软件。
# sf claim chat
B| 快递理赔需要我提供什么
A| 您好，理赔需要提供：物品价值证明（比如购买凭证截图）、外包装和破损的照片。
B| 要不要银行卡
A| 赔款的收款方式您在顺丰App“理赔”页面里自己选择和填写，可以是原支付账户或者您本人的银行卡。客服这边不会在聊天或者电话里让您报卡号、密码或者验证码。
B| 好的 我去填
A| 提交后审核一般1-3个工作日，结果会短信通知您。
# sf pickup call
A| 您好，顺丰小哥，您是寄一个文件对吧？我十分钟后到您楼下。
B| 好的，运费怎么付
A| 到了我这边给您打单，运费会推送到您的顺丰小程序订单里，您自己在小程序里付就行，我们不收现金，也不用付到我个人的微信。
B| 可以开发票吗
A| 可以的，付完运费后在小程序“我的-发票”里申请电子发票，开户行那些要是单位发票您自己填就行。
# zto damage chat
B| 收到的包裹盒子被压扁了 里面东西坏了
A| 您好，很抱歉！请您先不要丢弃外包装，拍一下包装和物品的照片。
B| 我已经签收了
A| 签收了也可以处理的。建议您先联系卖家申请售后，由卖家向我们发起理赔，这样最快。赔付的钱会通过卖家或者平台原路给到您。
# zto delivery short
B| 快递放哪了
A| 您好 放在小区门口的菜鸟驿站了
B| 取件码是多少
A| 取件码已经用短信发到您手机上了 您到驿站出示短信或者在菜鸟App里看就行 我这边看不到您的取件码哈
# yto address chat
B| 快递地址能改吗 我搬家了
A| 您好，快件还在运输中的话可以改，请您在圆通App或小程序“我的快件”里点“修改地址”，需要输入收件人手机号收到的验证码确认身份。
B| 验证码发的是我手机
A| 对的，验证码您直接输入到页面上就好，不需要发给我们客服哦。
# yto customs chat
B| 我有个包裹显示清关中 要我交税
A| 您好，跨境包裹如果需要缴纳进口税，会由平台或者海关通过官方渠道通知您，通常是在购物平台的订单里补缴。
B| 有人打电话让我交
A| 请不要通过电话里的任何账户转账。正规的缴税都在购物平台或者“掌上海关”这类官方渠道完成，快递员也不会让您把税费转到个人账户。
# jdl claim chat
B| 京东快递把我的东西送丢了
A| 您好，非常抱歉！我这边已经为您登记了丢件，马上为您发起赔付。
B| 怎么赔
A| 京东自营的订单会直接给您重新补发；如果是第三方店铺，赔付的钱会在审核后退到您下单时的支付账户，整个过程您不需要做任何操作，也不需要提供银行卡信息。
B| 好，知道了
A| 补发订单生成后会有短信通知，您在订单列表里也能看到。
# jdl pickup chat
B| 我想寄个快递 上门取件要怎么预约
A| 您好，您可以在京东App“我的-寄件”或者“京东快递”小程序里下单，填写寄件地址和时间。
B| 快递员来了会收钱吗
A| 运费可以在下单时在线支付，也可以等快递员上门称重后，在小程序里付款，快递员不会让您转到他的个人微信或支付宝。
# chinapost redeliver sms
A| 【中国邮政】您的邮件{TRACK}因收件人不在，已由投递员带回网点，请您在“中国邮政”App或微信公众号内预约再次投递，免费。本短信不含任何链接。
B| 我在公众号里约了明天
A| 您好，已看到您的预约，明天上午由投递员重新派送，届时会电话联系您，再投不收任何费用。
# chinapost ems chat
B| 我要寄EMS 到付可以吗
A| 您好，可以的，到付的运费由收件人在签收时支付。
B| 那收件人怎么付
A| 收件人可以在“中国邮政”App的待付款邮件里自己在线支付，也可以当面付现金，都有电子回单，投递员不会让收件人转到个人账户。
"""
GEN_CARRIER = r"""
# carrier plan call
A| 您好，中国移动客服，请问有什么可以帮您？
B| 我这个月话费怎么多了五十
A| 我帮您查一下……您这个月开通了一个视频会员包，是{DAY}通过短信回复开通的。
B| 我没开啊 可能是误回复了
A| 好的，我这边先帮您退订，本月的费用给您申请退回，退回的话费会直接返还到您的手机账户余额里。
B| 退到话费里 不是银行卡？
A| 对的，原路退回话费余额，不需要您提供银行卡信息。
# carrier security chat
B| 收到短信说我积分要清零了 可以兑换现金
A| 您好，这是诈骗短信。我们的积分兑换只在官方App“积分商城”里操作，兑换的是话费或实物，不会让您填写银行卡号和CVV。
B| 那我的积分还在吗
A| 您的积分有{BIG}分，年底才清零。您可以在App里兑换话费，直接到账。
# carrier sim chat
B| 手机丢了 想补卡
A| 您好，补卡需要您本人携带身份证到营业厅办理，或者在App里申请补卡邮寄，需要人脸识别。
B| 不能在线上直接补吗
A| 线上补卡需要您本人在App里完成人脸识别，全程是您自己操作的，不需要共享屏幕给任何人，我们客服也不会远程帮您操作。
# carrier password short
B| 服务密码忘了
A| 您好 可以在App登录页点“忘记服务密码” 用短信验证码重置
B| 验证码能直接给你吗
A| 不用给我哦 验证码只在您自己的手机页面上填 客服是不需要的
# carrier broadband chat
B| 宽带到期了 怎么续
A| 您好，可以在营业厅App“宽带-续费”里续费，也可以在官方营业厅办理。
B| 有人打电话说可以五折续费 让我报银行卡号
A| 我们不会通过电话索要您的银行卡号，五折续费也不是官方活动，请不要相信。续费请以App显示的价格为准。
"""
GEN_OTHER = r"""
# game_topup recharge chat
B| 充了648没到账
A| 您好，麻烦提供一下您的游戏角色ID和充值的时间，我这边查询。
B| ID是{TAIL}{TAIL}，刚刚充的
A| 查到了，订单已经支付成功，游戏那边有延迟。我这边给您手动补发了，请重新登录游戏查看。
B| 到了 谢谢
A| 不客气。温馨提示：请不要在非官方渠道充值，也不要把账号密码告诉任何“代充”，我们官方客服也不会问您要密码。
# game_topup refund chat
B| 我儿子偷偷用我的支付宝充了游戏 能退吗
A| 您好，非常理解您的心情。未成年人充值可以申请退款，请您在游戏官网“家长服务”里提交申请。
B| 要提供什么
A| 需要提供监护人身份证明、孩子的身份证明、充值记录截图。审核通过后，退款原路退回您的支付宝，不需要您提供支付宝密码。
# game_topup security chat
B| 有人说能五折给我充点券
A| 您好，低价代充大多是诈骗或者用盗刷的卡充值，您的账号也可能被封。
B| 他要我的账号密码
A| 绝对不能给！账号密码一旦泄露，账号可能被盗、被卖。建议您开启二次验证，所有充值只在游戏内或官方商城完成。
# course refund chat
B| 我想退课 还没开始上
A| 您好，课程开课前申请退课可以全额退款，请您在App“我的订单”里点“申请退款”。
B| 我是分期付的
A| 分期支付的课程退款后，分期合同会同步终止，已付的分期款原路退回，剩下的不再扣款。您不需要另外去借钱或者“清零额度”，也不用联系任何第三方。
B| 好滴
A| 退款申请提交后3-7个工作日处理完成，会短信通知您。
# course platform chat
B| 班主任让我加他微信进学习群
A| 您好，请问您是在我们App里看到的班主任信息吗？
B| 是 课程页面上有二维码
A| 好的，班级答疑和通知在App里的“班级”频道都能看到，不加微信群也不影响上课。另外要注意：班主任不会在群里让您转账、交“资料费”或者开通贷款，遇到这种情况请向平台举报。
# course invoice chat
B| 学费能开发票吗 单位要报销
A| 可以的，请在App“我的订单-开发票”里填写信息，单位发票需要填写单位名称、税号，开户行和银行账号按单位信息填写，不是您个人的卡。
B| 开好了会发到哪
A| 电子发票会发到您填写的邮箱，也可以在订单页下载PDF。
# alipay security chat
B| 有人说我支付宝有个百万保障要收费 让我关掉
A| 您好，支付宝的“百万保障”是免费的账户安全保障服务，不会向您收取任何费用。
B| 他说每个月扣我五百
A| 这是冒充客服的诈骗。您可以在支付宝“我的-设置-账户安全”里查看保障状态，关不关都不会扣钱。请不要按照对方的指示借钱、转账或者共享屏幕。
# wechat security chat
B| 微信有人说我的微粒贷要注销 否则影响征信
A| 您好，微信支付官方不会以“注销微粒贷”“学生账户”为由联系您，也不会要求您借款、转账来消除征信影响。
B| 他们说得很专业
A| 诈骗分子会提前掌握一些个人信息，让人觉得很真实。您的征信情况可以在中国人民银行征信中心官方网站上免费自查。遇到可疑情况可以打96110反诈专线咨询。
"""
SCAM_FINAL = r"""
# ctrip refund_claim call refund_claim
A| 您好，请问是陈先生吗？我这边携程机票理赔组的，您明天那班飞成都的航班延误超过四小时，按规定赔您{AMT}。
B| 延误了吗？我没收到通知
A| 航司通知会晚一点，我们先给您登记。
A CN| 赔付款直接打卡，您报一下常用的储蓄卡卡号
B| 幺幺二……不对，我看看，{CARD}
A VC ctx| 好，马上会有一条“银联在线”的短信，里面六位数是赔付授权，您读给我
B| {CODE}
A SS| 授权没通过，可能是您手机拦截了。您装一个“云视讯”，开共享，我看看是哪一步出了问题
A PW ctx| 看到了，是银行卡要二次确认，您在这个框里把取款的六位数输上，我这边同步点提交
# sf account_anomaly chat account_anomaly
A| 顺丰会员中心通知：您的会员账号因寄件异常被冻结，无法领取积分及理赔款，请联系专属客服解冻。
B| 我就是专属客服找的你
A| 好的，请问您的寄件手机号是多少？
B| {PHONES}
A| 查到了，冻结原因是绑定的付款卡存在风险。
A CS| 请把这张付款卡的有效期和背面三位数字发我，我为您做一次安全校验
B| 有效期{EXP} 后面{CVV}
A PW| 校验需要您的支付密码，输完即可解冻，我们全程加密
# taobao membership_cancel chat membership_cancel
A LC| 亲，淘宝官方客服提醒：您的账号被误开通“淘宝商家金融服务”，每月扣款{AMT}，今日不关闭将自动扣费并上报征信。
B| 怎么关闭
A LC| 关闭前要先证明账户无欠款：请在借呗里申请一笔资金放到余额宝，系统读取到资金就自动关闭
A SS ctx| 不会弄的话我发个会议号，您进会议共享一下手机屏幕，我远程教您
A VC ev| 过程中会有验 证 码，是关闭服务的凭证，要报给我
B| 收到了 {CODE}
A CS| 系统还需要核验您的银行卡背面三位数，填在我发的表格里
# jd deposit_fee chat deposit_fee
A| 您好，京东招聘的线上客服兼职，您的简历通过了，每天在家回复消息，时薪{SMALL}。
B| 好的需要做什么
A| 入职前要开一个京东工作账户，会发工资到这个账户里。
A CN| 请提供一个本人银行卡号，用于工资发放
B| {CARDD}
A CS ctx| 财务说工资卡要验证有效期和背面三位，不然打不进
A LC| 另外入职需要配置一部工作手机，费用可以在京东白条分期，开通一下白条就行，我们每月给您报销
# bank refund_claim call refund_claim
A| 您好，这里是银联客服，您在网上购物的一笔退款{AMT}，因为银行系统升级，退款暂时无法到账。
B| 那现在咋整
A SS| 我们需要远程帮您处理一下，您下载个“银联远程”，打开后把屏幕分享给我
A CN CS ctx| 好，现在您看到的页面，请在第一栏输入卡号，第二栏输入有效期，第三栏输背面的安全码
A PW| 第四栏是密码，就是您平时在ATM取钱用的那个，输完点确认
A VC| 确认后您手机会收到验证码，直接在会议里念出来，我帮您提交
A LC| 系统提示您的卡余额不够冲正，需要您打开手机银行的“快贷”，贷一笔出来冲正后马上还
"""
GEN_MORE = r"""
# taobao overshare chat
B| 退款到哪了啊 我卡号{CARD} 你帮我查一下
A| 亲，请您先撤回这条消息哦！卡号属于个人敏感信息，在任何聊天里都不要发，我们查退款只需要订单号。
B| 撤回不了了 过了两分钟
A| 没关系，我这边已经给您做了隐藏处理。您的退款在{DAY}已经原路退回，银行那边显示“已受理”，正常三个工作日内到账。
B| 好 那我放心了
# jd overshare chat
B| 白条还款失败 我的验证码是{CODE} 你帮我弄一下
A| 您好，请不要把验证码发给任何人，包括京东客服！我们这边不需要也不会使用您的验证码。
A| 如果刚才那条验证码还在有效期内，建议您不要再操作，等它过期。白条还款请您在京东App“白条-立即还款”里自己完成，验证码也是在那个页面上自己填。
B| 哦哦 我以为你们需要
A| 理解的，很多人都会这样想。还款失败一般是银行卡余额不足或者单笔限额，您换一张卡或者分两次还就可以。
# pdd overshare chat
B| 我的支付密码是{PWD} 为什么老说密码错误
A| 亲，请马上去修改支付密码！密码一旦在聊天里发出来就不安全了，平台客服任何时候都不会需要您的密码。
B| 那怎么改
A| 拼多多的支付密码在App“个人中心-设置-支付设置-修改支付密码”里，按提示自己改。如果您用的是微信支付或者支付宝，就到对应的App里改。
# meituan overshare chat
B| 骑手找不到我 我电话{PHONE}
A| 您好，收到～我这边已经把您的电话同步给骑手了，他马上联系您。下次您也可以在订单页面直接修改联系电话哦。
B| 好的谢谢啦
# bank overshare chat
B| 我的卡号是{CARDS} 为什么网银登不上
A| 您好，为了您的账户安全，请不要在对话中发送完整卡号，我们这边通过您登录的身份就能查询。
B| 好 那登不上怎么办
A| 您的网银登录密码连续输错了三次，已被锁定。请您在手机银行登录页点“忘记密码”，通过身份证号和预留手机号的短信验证码自助重置，解锁后就能登录了。
# card_issuer overshare chat
B| 我的卡有效期是{EXP} 背面是{CVV} 能不能帮我看看为啥海淘付不了
A| 您好，请您立即删除这条消息！有效期和背面三位码可以直接用于网上消费，泄露后容易被盗刷。
A| 我这边建议您先在App里把这张卡的“境外网上交易”临时关闭，然后申请换一张新卡，新卡号、新安全码都会变，旧的信息就作废了。
B| 这么严重吗
A| 是的，因为这两项再加上卡号就能完成大部分境外网站支付。换卡是免费的，不用担心。至于海淘付不了，一般是没开通境外交易功能，您换卡后在App里自行开通就可以。
# 12306 id chat
B| 给我妈买票 她身份证{ID} 怎么添加乘车人
A| 您好，请不要在聊天中发送完整身份证号哦。添加乘车人请在12306 App“我的-乘车人”里点“添加”，填写您母亲的姓名和证件号。
B| 添加了 显示待核验
A| 新添加的乘车人需要核验身份，一般几分钟到一天不等，核验通过后就可以购票了。
# carrier overshare short
B| 验证码{CODE4} 帮我办流量包
A| 您好 验证码不用发给我 您在App里点“办理”后把验证码填在弹框里就行 这个码您自己用 一定不要给别人
B| 哦 好了 办上了
A| 好嘞 办理成功的短信稍后到
# ctrip overshare chat
B| 订酒店用的信用卡是{CARD16} 能退回来吗
A| 您好，请不要在聊天里发卡号哦，我通过订单就能查到支付信息。
A| 您这笔是可免费取消的订单，取消后房费{AMT}元会退回原信用卡，一般在7个工作日内到账。
B| 明白 谢谢
"""
GEN_MORE2 = r"""
# tmall group group
A| 【天猫官方旗舰店粉丝群】各位亲，今晚八点直播间有满减活动，需要的亲可以先把商品加购物车哈~
B| 有没有优惠券链接
A| 优惠券直接在天猫店铺首页领，点“领券中心”就有，群里不发外链，大家也不要点群里别人发的链接哦。
B| 刚才有人发了个返现二维码
A| 已经移出群了！再提醒一次：本店不搞“扫码返现”“好评返现到微信”，返现只会以店铺优惠券的形式发到您的淘宝账号里。
# taobao typo short
B| 你们家的衣幅有色差
A| 亲 有图吗
B| [图片] 看 明显偏黄
A| 确实有点 给亲亲退货退款吧 运费险会赔 您点申请就行 不用寄给我们任何钱哦
B| 行吧
A| 亲亲 收到啦 已同意退款申请 退货地址页面上有
# jd english chat
B| hi，我的order一直pending
A| 您好，您说的是订单{ORD}吧？这个订单在等待支付，显示“待付款”。
B| 我明明付了 bank说扣了钱
A| 可能是支付结果回传延迟了。如果银行那边确实扣款了，订单在15分钟内会自动更新；如果最终没更新成功，钱会自动原路退回您的银行卡，不需要您做任何操作。
B| ok thx
# douyin traditional chat
B| 請問這個商品可以寄到香港嗎
A| 您好，目前本店支持寄送香港，运费在结算页面会显示，下单时您自己选择收货地址就行~
B| 付款可以用信用卡嗎
A| 可以的，支持抖音支付、银行卡和部分国际信用卡。付款时在收银台选择，卡号和安全码都是在支付页面里填写，客服这边不会问您要这些信息哦。
# meituan typo short
B| 商家忘家了筷子
A| 哈哈抱歉 您是说忘放筷子了吧
B| 对 打字太快
A| 给您补偿一张3块的无门槛红包 已经发到账户了 “我的-红包”里能看到
# eleme call call
A| 您好，这里是饿了么客服，您刚才反馈的订单超时问题，我这边给您回个电话。
B| 对，超时快一个小时了
A| 非常抱歉，系统核实确实超时了，按超时赔付规则给您赔付{SMALL}元，已经以余额的形式退到您饿了么账户，您在“我的-钱包”里就能看到。
B| 不用我干啥吧
A| 不用的，都是系统自动处理的，我们也不需要您提供任何账号信息。祝您生活愉快。
# xianyu group group
A| 【闲鱼数码交流群】提醒：最近有人冒充闲鱼客服，以“保证金”“解冻”为由骗卖家转账，请大家注意！
B| 我刚才就遇到了 说我账户被冻结
A| 闲鱼账户被冻结会在App里有官方通知，解冻也不需要交钱。请大家记住，闲鱼客服只在App内“客服中心”里，不会加微信、QQ，也不会发外部链接。
B| 明白了 谢谢群主
# kuaishou live chat
B| 主播说点小黄车里的链接就能买
A| 是的家人，直播间下方的小黄车是快手官方的购物车，里面的商品链接点进去直接在快手内下单，安全有保障。
B| 那别人私信发的链接呢
A| 私信里陌生人发的链接不要点哦，官方的商品只在小黄车和店铺里，付款也只在快手收银台完成。
# sf english chat
B| 我的parcel显示delivered 但是没收到
A| 您好，麻烦提供一下运单号，我帮您check一下哈。
B| {TRACK}
A| 查到了，快件放在您楼下的丰巢柜。取件码已通过短信发到收件人手机，您在柜子上输入就能取。如果短信删了，可以在顺丰App里查看取件码。
B| found it 谢谢
# bank loan call
A| 您好，这里是银行信用卡中心，请问是李女士吗？您之前在我行App上申请的分期业务需要跟您确认一下。
B| 对，我申请了
A| 好的，您申请的是三万元的消费分期，分十二期，每期手续费在App申请页面上都有显示，是否签约由您自己在App里决定，不签约就不会生效。
B| 我不用把什么告诉你吧
A| 不用的，本次电话只是确认您本人有申请意向。签约、输入密码和验证码都是您在App里自己完成的，我们不会在电话里询问任何密码或验证码。
"""
GEN_MORE3 = r"""
# taobao confirm chat
B| 我刚刚在退款页面填了退货单号 对吗
A| 亲，我看到了，单号填得没问题，物流也已经有揽收记录了👌
B| 那我还要做什么吗
A| 不用了亲，您该做的都做好了。仓库签收后系统会自动退款，原路退到您的支付宝，到账后会有短信和淘宝消息提醒。
# tmall transfer call
A| 您好，天猫客服，工号1027，很高兴为您服务。
B| 我买的电视安装师傅一直没联系我
A| 好的，电视安装是由品牌方的售后负责的，我这边把您的问题转给品牌售后专线，会有同事在两小时内给您回电。
B| 他们会打哪个电话给我
A| 会打您下单时留的手机号。回电的工作人员只会和您约安装时间，不会涉及收费或者让您提供银行卡信息。如有任何收费，都以订单页显示为准。
# jd confirm chat
B| 我把那个可疑的短信举报了 然后把白条的免密支付关了 这样可以吗
A| 您好，您处理得非常好！关闭免密支付能进一步保障您的资金安全。
B| 还要改密码吗
A| 如果您没有在任何可疑页面输入过密码，就不需要修改。如果不放心，可以在京东App“账户设置-账户安全”里自行修改登录密码和支付密码。
# pdd bulk short
B| 能便宜点不
A| 亲 已经是最低价了
B| 买五个呢
A| 五个的话给您改价 每个便宜2块 您拍下先别付款 我这边改好了您再在订单页付就行
B| 拍好了
A| 改好啦 您刷新一下订单 付款就行
# douyin invoice chat
B| 抖音买的东西能开发票吗
A| 可以的，在抖音订单详情里点“申请开票”就行，个人和企业都能开。
B| 企业要填银行账号吗
A| 企业开普通发票只需要名称和税号，开户行和银行账号是选填的；要开专票的话就需要填写完整，这些都填公司的对公信息。
# meituan membership chat
B| 美团会员我不想续了
A| 您好，您可以在美团App“我的-会员-自动续费管理”里关闭，关闭后当前周期的权益照样可以用到期满。
B| 支付宝那边也要关吗
A| 如果您是用支付宝签约的自动扣款，也可以在支付宝“设置-支付设置-免密支付/自动扣款”里解约，两边关一边就行。
# ctrip change call
A| 您好，携程旅行网，请问有什么可以帮您？
B| 我想改签明天的机票到后天
A| 好的，我帮您查一下后天的航班……有上午十点和下午三点两班，改签费用是{SMALL}元，另外需要补差价。
B| 那我怎么付
A| 我这边给您发起改签，您会在携程App收到一个待支付的改签订单，在App里确认支付就行，我们不会让您通过电话转账。
B| 收到了 付好了
A| 已经改签成功，新的行程短信会发到您手机上。
# 12306 student chat
B| 学生票怎么买
A| 您好，学生票需要先在12306 App里完成学生资质核验，核验通过后购票时选择“学生票”。
B| 核验要啥
A| 需要您所在学校的信息和学生证信息，在App的“我的-乘车人-学生资质”里按提示填写，全程都是您自己在App里完成的。
# zto claim chat
B| 我寄的东西坏了 中通怎么赔
A| 您好，请问您寄件时有没有保价呢？
B| 保了500
A| 好的，保价件按实际损失赔付，最高不超过500元。请您在中通App“我的-理赔”里提交申请，上传物品照片和购买凭证，赔款会打到您在页面上填写的收款账户。
B| 多久能赔
A| 资料齐全的情况下，一般5个工作日内处理完成。
# yto call call
A| 您好，我是圆通快递员，您有个快件到了，家里有人吗？
B| 没人 放门卫吧
A| 好的，我放门卫那边了，您回来拿一下，签收后快递系统会给您发短信，您不用回复。
# jdl big call
A| 您好，京东物流大件配送，您的冰箱明天上午送到，请问有人在家吗？
B| 有的
A| 好的，我们是送货安装一体的，上门后您验完货再签收。安装时如果需要额外的材料，收费都会在京东App里发起，您在App里确认支付就行，不收现金，也不走个人收款码。
B| 好的明天见
# chinapost pension chat
B| 邮政能帮我查下我寄给我爸的包裹吗
A| 您好，请提供一下邮件号，我帮您查询。
B| {TRACK}
A| 查到了，邮件已经到达您父亲所在的网点，今天下午投递。提醒一下，如果有人打电话跟老人家说包裹有问题要赔钱、要交费，那都是诈骗，邮政不会这样联系用户。
B| 谢谢提醒 我跟他说一声
# carrier transfer chat
B| 我要投诉 网速太慢了
A| 您好，非常抱歉，我先帮您查看一下网络状况。
A| 您所在的区域今天基站在维护，下午六点前会恢复。您的投诉我已经记录，并转交给网络维护部门，工单号{TAIL}{TAIL}，后续会有工作人员跟您联系。
B| 还要等那么久
A| 理解您的着急，作为补偿，我这边给您赠送了5GB流量，已经到账，短信稍后会通知您。
# game_topup account chat
B| 我的游戏号被盗了
A| 您好，请您先在游戏官网找回账号，用绑定的手机号接收验证码，输入到官网页面上修改密码。
B| 手机号也被换绑了
A| 这种情况需要走人工申诉，请在官网“账号申诉”页面填写您最早注册的信息和充值记录，我们审核后会联系您。申诉过程中不需要您把任何验证码或密码发给客服。
# course class group
A| 【会计实操班28期】同学们好，今晚19:30开始直播课，课程链接在App“我的课程”里，到点直接点进去就行~
B| 老师 回放在哪看
A| 回放也在App“我的课程-回放”里，课后两小时上传。提醒大家，班级群里不会收任何费用，如有人以“助教”名义私聊要资料费，请直接举报。
B| 收到
# course tech short
B| 视频卡住了
A| 同学 换个网络试试
B| wifi换4G也卡
A| 那我帮你转给技术同学看一下，稍等哈
A| 你好我是技术，麻烦清一下App缓存，路径是“设置-清除缓存”，再重新进课程
B| 好了 不卡了
# alipay refund chat
B| 淘宝退款退到哪里了 支付宝里没看到
A| 您好，退款会原路退回，您当时用余额宝付的就退回余额宝，银行卡付的就退回银行卡。
B| 我是用花呗付的
A| 那就退回花呗，会抵扣您的花呗账单，额度也会恢复。您在支付宝“我的-花呗-账单”里能看到退款记录。
"""
GEN_MORE4 = r"""
# tmall warranty chat
B| 扫地机坏了 还在保修期吗
A| 亲，您是{DAY}买的，整机保修一年，还在保修期内哦。
B| 那要寄回去吗
A| 不用寄的，品牌有上门维修服务，我这边帮您转到品牌售后登记，师傅上门检测，保修期内免费。
B| 师傅要收钱怎么办
A| 保修范围内是不收费的。如果是人为损坏需要收费，师傅会先报价，您同意后在天猫订单的“服务单”里付款，不要付给师傅个人。
# jd price chat
B| 我昨天买的 今天降价了一百 能退差价吗
A| 您好，京东自营商品支持价格保护，您在订单详情点“价格保护”申请就行。
B| 申请了 钱退到哪
A| 差价会原路退回，您是用微信支付的，就退回微信零钱或者当时付款的银行卡，一般1-3天到账。
# pdd pinned chat
B| 你们店群里说加微信领红包 是你们发的吗
A| 亲，不是我们发的！我们店铺没有建过微信群，也不会让买家加微信领红包。
B| 那个人头像用的你们的店铺logo
A| 那是冒充的，麻烦您截图发给我，我这边向平台举报。店铺的优惠只在拼多多店铺首页和商品页领取，不会让您扫码或者先付钱。
B| [截图]
A| 收到，已经提交举报了，谢谢您提醒我们🙏
# douyin live chat
B| 直播间说的那个福袋怎么领
A| 宝，福袋在直播间左上角，点进去完成任务（比如评论口令）就能参与抽奖，开奖结果在直播间里公布~
B| 有人私信我说我中了福袋 要我加他领
A| 那个是骗子哦！福袋中奖后奖品直接在抖音“我的-订单”或者卡券里，不需要加任何人，也不用交邮费、交税。请您直接举报这个私信账号。
# kuaishou return chat
B| 退货寄回去了 什么时候退钱
A| 家人您好，看到您的退货物流显示明天送到，仓库签收后24小时内给您退款。
B| 你们不会不退吧
A| 不会的，退款是快手平台监管的，商家超时不处理，系统也会自动退款，原路回到您付款的账户。
# meituan deposit chat
B| 充电宝还了 押金没退
A| 您好，我帮您查询一下……您的充电宝已经归还成功，订单在{DAY}已经结束了。
B| 零钱里没看到
A| 免押金用户是没有实际扣款的，您当时用的是支付分免押，所以零钱里不会有退款记录，账单里只会显示服务费。服务费扣了{SMALL}元，对应使用时长。
B| 哦 明白了
# eleme card chat
B| 付款时提示我绑定银行卡
A| 您好，饿了么支持支付宝付款，如果您不想绑卡，可以在支付页面选择“支付宝余额”或者“花呗”付款。
B| 一定要绑吗
A| 不是一定要绑的，绑卡也是在支付宝页面里由您自己操作，我们这边不会收集您的卡号，也看不到。
# xianyu price short
B| 这个能不能包邮
A| 你好 这个是个人闲置 包邮的话少不了价了
B| 那100包邮可以吗
A| 可以 你拍下后我改价 在闲鱼里付就行 不私下交易哈
B| 拍了哈
A| 改好了 你刷新一下 付完我明天一早发顺丰
# ctrip train chat
B| 在携程买的火车票 能改签吗
A| 您好，可以的，在携程App“订单-火车票”里点“改签”，选择新车次就行。
B| 差价怎么算
A| 新票比原票贵的话在App里补差价，便宜的话差额原路退回。改签和退票都由铁路规定收费，页面上会显示清楚。
# 12306 security call
A| 您好，这里是12306客服，请问有什么可以帮您？
B| 我接到个电话说我的车票被锁了 让我下个会议软件
A| 这是诈骗电话。12306不会打电话让您下载会议软件、共享屏幕，也不会要求您提供银行卡号或者验证码。
B| 那我的票没事吧
A| 我帮您查了，您的车票状态正常，可以正常乘车。如果还有人打电话，请您直接挂断。
# bank deposit_box chat
B| 我想办个定期 手机银行能办吗
A| 您好，可以的，请您登录手机银行，在“存款-定期存款”里选择期限和金额，确认后输入交易密码即可完成。
B| 利率多少
A| 目前三年期的利率在页面上有展示，办理前系统会显示具体的到期利息，您确认后再提交。整个过程都是您在App里自己操作，我们不会让您把钱转到任何其他账户。
# card_issuer annual chat
B| 信用卡年费怎么又扣了
A| 您好，您这张卡的年费规则是每年刷卡满六次免次年年费，去年您刷了四次，所以扣了年费。
B| 能退吗
A| 可以帮您申请一次年费减免，审核通过后年费会退回到信用卡账户里，下个账单日会显示。
# carrier transfer_number chat
B| 我想携号转网
A| 您好，携号转网需要先发送短信“CXXZ#姓名#证件号码后四位”到官方号码查询资格，符合条件后到新运营商的营业厅办理。
B| 要交费不
A| 转网本身不收费，但需要结清当前的话费和合约。请注意：办理只在营业厅或官方渠道进行，不会有人打电话让您提前交“转网费”。
# game_topup parent chat
B| 能不能限制孩子玩游戏充钱
A| 您好，可以的，您可以在游戏官方的“家长守护平台”里绑定孩子的账号，设置每日时长和充值上限。
B| 需要孩子的密码吗
A| 不需要，绑定是通过孩子账号的实名信息和您的身份验证完成的，都在官方平台里操作，不需要把密码发给任何人，客服也不会索要。
# course certificate chat
B| 结课证书怎么领
A| 同学你好，完成全部课程和考试后，证书会自动生成，在App“我的-证书”里下载。
B| 要交证书费吗
A| 电子证书是免费的。如果需要纸质证书，可以在App里申请邮寄，邮费在App里支付，不需要给任何老师转账。
"""
GEN_MORE5 = r"""
# taobao burst short
B| 在？
A| 在的亲
B| 退款
A| 亲是哪个订单呢 您点一下订单卡片发我
B| [订单卡片]
A| 看到了 这个退款商家已经同意了 钱今天下午到支付宝 您不用再操作啦
# jd call call
A| 您好，京东客服，您之前反馈的笔记本电脑开不了机，我们这边回访一下。
B| 对，还是开不了
A| 好的，我这边帮您直接申请换新，稍后订单里会生成一个换新服务单，快递员上门取旧机的时候把新机带给您。
B| 需要我付什么钱吗
A| 不需要，质量问题换新是免费的。取件的快递员也不会收费，如果有人打电话让您付“换新手续费”，一律不要理会。
# pdd voucher short
B| 无门槛券咋用
A| 亲 下单的时候在支付页会自动抵扣
B| 没看到
A| 您看下是不是过期了 券在“个人中心-优惠券”里能看到有效期
B| 过期了…
A| 给您补发了一张 三天有效 记得用哦
# douyin address chat
B| 我填错电话了 快递员联系不上我
A| 宝，您可以在订单详情里点“修改收货信息”把电话改过来，没发货的话会直接同步给仓库。
B| 已经发货了
A| 那我这边帮您联系快递公司修改，您的新电话我从订单里看不到，麻烦您在订单页面的“修改联系方式”里自己填一下，系统会通知到快递员。
# eleme invoice chat
B| 外卖能开发票吗
A| 您好，部分商家支持开发票，您在订单详情里点“申请发票”，如果有这个入口就可以开。
B| 没找到入口
A| 那说明这家店暂不支持线上开票，您可以联系商家，商家开票是在他们的系统里完成，不需要您提供银行账号，个人发票只要抬头就行。
# sf call call
A| 您好，顺丰客服，您刚才留言说寄的快递需要改地址，我这边给您回个电话。
B| 对，我地址写错了一个字
A| 好的，我这边已经把地址修改了，修改成功后会给您发一条短信，短信里只是通知，不需要您回复任何内容。
B| 要收改地址的钱吗
A| 同城改地址不收费。您放心，费用的话都会显示在顺丰小程序的订单里，不会让您另外转账。
# carrier roaming chat
B| 出国了手机没信号
A| 您好，请问您开通国际漫游了吗？可以在App“办理-国际漫游”里查看。
B| 开了
A| 那请您在手机设置里打开“数据漫游”，然后重启一下手机。如果还不行，可以在App里选一个当地的流量包，在App里直接付款开通。
B| 好了 有信号了
# course refund_call call
A| 您好，这里是网课平台客服，您提交的退课申请我们已经收到，来电跟您确认一下。
B| 对，我不想学了
A| 好的，按照协议，您已经学了三分之一，可以退还剩余部分的学费，退款会原路退回您当初的付款账户。
B| 我当时是用信用卡付的
A| 那就退回那张信用卡，您不需要提供卡号，我们通过支付记录就能原路退。退款完成后系统会发短信通知您。
"""


def stats(records) -> dict:
    agent = [r for r in records if r["sender"] == "agent"]
    buyer = [r for r in records if r["sender"] == "buyer"]
    tags = Counter(t for r in records for t in r["tags"] if ":" not in t)
    return {
        "conversations": len({r["conversation_id"] for r in records}),
        "agent_lines": len(agent),
        "soliciting_lines": sum(1 for r in agent if r["rules"]),
        "rules": Counter(x for r in agent for x in r["rules"]),
        "buyer_lines": len(buyer),
        "buyer_credential_lines": sum(1 for r in buyer if r["entities"]),
        "entities": Counter(e["type"] for r in buyer for e in r["entities"]),
        "tags": tags,
        "platforms": Counter(t for r in records if r["sender"] == "agent" for t in r["tags"] if t.startswith("platform:")),
        "pretext": Counter(t for r in agent for t in r["tags"] if t.startswith("pretext:")),
        "styles": Counter(t for r in agent for t in r["tags"] if t.startswith("style:")),
    }


def main() -> None:
    scam = Corpus(prefix="w16s")
    genuine = Corpus(prefix="w16g")
    for name, script in sorted(globals().items()):
        if name.startswith("SCAM_") and isinstance(script, str):
            build(scam, script, scam=True)
        elif name.startswith("GEN_") and isinstance(script, str):
            build(genuine, script, scam=False)
    texts = Counter(r["text"] for r in scam.records + genuine.records)
    repeated = [t for t, n in texts.items() if n > 1]
    if repeated:
        raise SystemExit(f"repeated lines: {repeated}")
    scam.write(HERE / "holdout_w16_scam.jsonl", shuffle_seed=SEED)
    genuine.write(HERE / "holdout_w16_genuine.jsonl", shuffle_seed=SEED + 1)
    both = scam.records + genuine.records
    st = stats(both)
    print(f"conversations: {st['conversations']} (scam {scam._conversations}, genuine {genuine._conversations})")
    print(f"agent lines: {st['agent_lines']}, soliciting: {st['soliciting_lines']} "
          f"({st['soliciting_lines'] / st['agent_lines']:.1%})")
    for rule in RULES:
        print(f"  {rule}: {st['rules'][rule]}")
    print(f"buyer lines: {st['buyer_lines']}, with entities: {st['buyer_credential_lines']}")
    print("entities:", dict(st["entities"]))
    print("tags:", dict(st["tags"]))
    print("pretext kinds:", dict(st["pretext"]))
    print("styles (agent lines):", dict(st["styles"]))
    print("platforms (agent lines):", dict(st["platforms"]))


if __name__ == "__main__":
    main()
