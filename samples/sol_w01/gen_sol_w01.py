"""Generator for corpus sol_w01: marketplace (Taobao/Tmall, JD, Pinduoduo, 1688, Vipshop) in-app
customer-service chats, scam and genuine. Every line is hand-written in the data blocks below;
code only fills in values (card numbers, codes, amounts) and labels offsets.

Block syntax (one conversation per block):
    === t=<topic> p=<platform> s=<style> [k=<pretext kind>]
    p|text            scam pretext agent line (rules [], tags scam_pretext, pretext:<k>)
    p:<kind>|text     pretext line with its own kind
    a:CN,PW+c+e|text  scam agent line with rules (codes below); +c contextual, +e evasion
    g|text            genuine agent line
    h|text            genuine agent line that uses scammers' vocabulary (hard_negative)
    b|text            buyer line; {CARD} {CVV} {CODE} ... become labelled entities

Run:  python3 gen_sol_w01.py     (writes sol_w01_scam.jsonl and sol_w01_genuine.jsonl here)
"""
from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # samples/: the shared kit
from kit import (Corpus, card_number, chinese_digits, digits, expiry, fullwidth, id_number,  # noqa: E402
                 mobile, spaced)

HERE = Path(__file__).resolve().parent
RNG = random.Random(20240601)

CODES = {
    "CN": "ASK_CARD_NUMBER", "CS": "ASK_CARD_SECURITY", "PW": "ASK_PASSWORD",
    "VC": "ASK_VERIFICATION_CODE", "SS": "ASK_SCREEN_SHARE", "TR": "ASK_TRANSFER",
    "OP": "ASK_OFF_PLATFORM", "LC": "ASK_LOAN_OR_CREDIT",
}


def _exp_words(rng):
    m, y = rng.randint(1, 12), rng.randint(27, 33)
    return f"{y}年{m}月"


# entity placeholders: name -> (entity type, value maker)
ENT = {
    "CARD": ("CN_BANK_CARD", lambda r: card_number(r)),
    "CARD16": ("CN_BANK_CARD", lambda r: card_number(r, length=16)),
    "CARD4": ("CN_BANK_CARD", lambda r: spaced(card_number(r), 4)),
    "CARDD": ("CN_BANK_CARD", lambda r: spaced(card_number(r), 4, "-")),
    "CARDFW": ("CN_BANK_CARD", lambda r: fullwidth(card_number(r))),
    "CARDCN": ("CN_BANK_CARD", lambda r: chinese_digits(card_number(r, length=16))),
    "CVV": ("CN_CARD_SECURITY", lambda r: digits(r, 3)),
    "CVVCN": ("CN_CARD_SECURITY", lambda r: chinese_digits(digits(r, 3), one="幺")),
    "EXP": ("CN_CARD_SECURITY", lambda r: expiry(r)),
    "EXPW": ("CN_CARD_SECURITY", _exp_words),
    "EXP4": ("CN_CARD_SECURITY", lambda r: expiry(r).replace("/", "")),
    "CODE": ("CN_VERIFICATION_CODE", lambda r: digits(r, 6)),
    "CODE4": ("CN_VERIFICATION_CODE", lambda r: digits(r, 4)),
    "CODESP": ("CN_VERIFICATION_CODE", lambda r: " ".join(digits(r, 6))),
    "CODECN": ("CN_VERIFICATION_CODE", lambda r: chinese_digits(digits(r, 6), one="幺")),
    "CODEFW": ("CN_VERIFICATION_CODE", lambda r: fullwidth(digits(r, 6))),
    "PWD": ("CN_PAYMENT_PASSWORD", lambda r: digits(r, 6)),
    "PWDCN": ("CN_PAYMENT_PASSWORD", lambda r: chinese_digits(digits(r, 6))),
    "PWDSP": ("CN_PAYMENT_PASSWORD", lambda r: spaced(digits(r, 6), 3)),
    "PHONE": ("CN_PHONE", lambda r: mobile(r)),
    "PHONESP": ("CN_PHONE", lambda r: spaced(mobile(r), (3, 4, 4))),
    "PHONED": ("CN_PHONE", lambda r: spaced(mobile(r), (3, 4, 4), "-")),
    "ID": ("CN_ID_CARD", lambda r: id_number(r)),
}
# plain placeholders (no entity): amounts, order numbers, tail digits, meeting numbers
PLAIN = {
    "AMT": lambda r: f"{r.randint(19, 899)}.{r.choice(['00', '90', '50', '80', '99'])}",
    "BIG": lambda r: str(r.choice([2000, 3000, 4980, 5000, 6800, 8000, 9999, 12000])),
    "SMALL": lambda r: f"{r.randint(1, 9)}.{r.randint(0, 99):02d}",
    "ORD": lambda r: str(r.randint(1, 4)) + digits(r, 18),
    "JDORD": lambda r: "2" + digits(r, 11),
    "L4": lambda r: digits(r, 4),
    "MEET": lambda r: spaced(digits(r, 9), 3),
    "QQ": lambda r: str(r.randint(1, 9)) + digits(r, r.randint(8, 9)),
    "DAYS": lambda r: str(r.choice([3, 5, 7, 15])),
    "TEL": lambda r: mobile(r),
    "SMSCODE": lambda r: digits(r, 6),
    "DATE": lambda r: f"{r.randint(1, 12)}月{r.randint(1, 28)}日",
}
PH = re.compile(r"\{([A-Z0-9]+)\}")


def fill(text: str, entities: bool):
    """Split text into parts, turning entity placeholders into (type, value) pieces."""
    parts, pos = [], 0
    for m in PH.finditer(text):
        parts.append(text[pos:m.start()])
        name = m.group(1)
        if name in ENT:
            if not entities:
                raise SystemExit(f"entity placeholder in agent line: {text}")
            kind, make = ENT[name]
            parts.append((kind, make(RNG)))
        elif name in PLAIN:
            parts.append(PLAIN[name](RNG))
        else:
            raise SystemExit(f"unknown placeholder {name}: {text}")
        pos = m.end()
    parts.append(text[pos:])
    parts = [p for p in parts if p != ""]
    if all(isinstance(p, str) for p in parts):
        return "".join(parts)
    return parts


def build(corpus: Corpus, data: str, scam: bool, seen: set):
    conv, kind = None, None
    for raw in data.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("==="):
            meta = dict(tok.split("=", 1) for tok in line[3:].split())
            tags = [f"topic:{meta['t']}", f"platform:{meta['p']}", f"style:{meta['s']}"]
            kind = meta.get("k", "other")
            conv = corpus.conversation(tags=tags)
            continue
        spec, _, text = line.partition("|")
        if not text:
            raise SystemExit(f"bad line: {line}")
        head, *flags = spec.split("+")
        typ, _, arg = head.partition(":")
        extra = [{"c": "contextual", "e": "evasion"}[f] for f in flags]
        if typ == "b":
            parts = fill(text, entities=True)
            has = not isinstance(parts, str)
            conv.buyer(parts, tags=["credential" if has else "no_credential"])
            continue
        key = re.sub(r"\{[A-Z0-9]+\}", "#", text)
        if key in seen:
            raise SystemExit(f"reused agent sentence: {text}")
        seen.add(key)
        filled = fill(text, entities=False)
        if typ == "p":
            assert scam, line
            conv.agent(filled, rules=[], tags=["scam_pretext", f"pretext:{arg or kind}", *extra])
        elif typ == "a":
            assert scam, line
            rules = [CODES[c] for c in arg.split(",")]
            conv.agent(filled, rules=rules, tags=["scam", *extra])
        elif typ in ("g", "h"):
            assert not scam, line
            conv.agent(filled, rules=[], tags=["genuine", *(["hard_negative"] if typ == "h" else []), *extra])
        else:
            raise SystemExit(f"bad line type: {line}")


SCAM = ""
GENUINE = ""

# ---------------------------------------------------------------- scam: Taobao / Tmall
SCAM += r"""
=== t=quality_refund p=taobao s=call k=refund_claim
p|喂您好，请问是淘宝用户吗？我这边是淘宝售后理赔中心的，工号3817。
b|是的，怎么了
p|是这样的，您{DATE}在我们店铺买的那款儿童连衣裙，质检抽查发现甲醛超标，现在整批召回，给您做三倍赔付。
b|哦？我没收到通知啊
p|这是内部召回，不走平台流程，所以您订单页面看不到，理赔金额一共是{AMT}元。
a:CN|那我这边需要给您登记一下收款卡，您平时用的银行卡卡号报一下，我录入理赔系统。
b|卡号是{CARD}
a:VC+c|好的收到。系统刚给您手机发了一条带六位数字的短信，您把那串数字念给我，这是核对身份用的。
b|是{CODECN}吗
a:VC+c|对，后面还有一条，最新那条也念一下。
b|这条说是转账验证码……你们要这个干嘛
a:PW|这是理赔入账的授权码，正常的。另外理赔需要您确认一下支付宝支付密码，我这边帮您做余额校验。
b|密码不能给吧，我挂了
=== t=quality_refund p=tmall s=chat k=refund_claim
p|亲，您好，这里是天猫官方售后，您购买的【某某旗舰店】面霜批次抽检不合格，平台已强制下架，给您办理退款加赔偿哦～
b|是吗？订单号多少
p|订单尾号{L4}，金额{AMT}元，您核对下是不是这笔呢
b|是的，怎么退
a:OP|因为涉及赔付，淘宝内聊天有字数限制，麻烦您添加一下我们的理赔专员微信：tmall_lipei668，他会一对一给您办理。
b|直接在这退不行吗
a:OP|亲，这个是专项理赔通道，平台内没有入口的哦，不加专员的话退款就只能作废了～
b|好吧我加一下
=== t=quality_refund p=taobao s=chat k=refund_claim
p|【淘宝售后】亲亲，您的宝贝“蓝牙耳机”经质检存在电池鼓包隐患，我们为您申请了退货退款+补偿{AMT}元～
b|我用着挺正常的呀
p|亲，是批次问题呢，不影响您继续使用，补偿是平台主动发放的。
a:OP|您点一下这个链接填写理赔信息就可以了：http://tb-lipei.top/claim?uid=8231
b|打开要填好多东西啊
a:CN,CS|是的亲，姓名、身份证、银行卡号、卡背后的三位数和有效期都要填完整，系统才能打款到卡上哦
b|我填了，卡号{CARD16}，有效期{EXP}，背面{CVV}
a:VC+c|收到，您手机收到一个验证码，填到页面最后一栏就完成啦
=== t=missed_refund p=taobao s=call k=refund_claim
p|您好，这边是淘宝客服，您之前有一笔退款因为系统升级没退成功，卡在我们后台了，今天给您重新处理。
b|哪一笔？
p|就是上个月那笔{AMT}的，您看您支付宝有没有收到这笔钱？
b|好像没有
a:SS,OP|那您先下载一个“腾讯会议”，我发您会议号 {MEET}，进去以后点一下共享屏幕，我一步步带您操作。
b|为啥要开会议啊
a:SS|退款操作步骤比较多，您看着我的屏幕不方便，我看着您的手机屏幕带您点会快很多，放心我们全程录音的。
b|我开了，能看到吗
a:PW+c|能看到了。现在您打开支付宝，点转账，然后输入支付密码，密码我这边看不到的，您放心输。
=== t=membership_cancel p=taobao s=call k=membership_cancel
p|喂，您好，淘宝88VIP会员中心这边。您之前开通了一个“学生会员”服务，现在您已经毕业，不符合条件，如果不关闭，每个月会自动扣费800元。
b|我没开过啊
p|可能是您上学的时候误点开通的，现在系统检测到您的身份变了，需要人工注销。
a:LC|如果不关闭的话，这个会影响到您的个人征信，以后贷款买房都会受影响，您需要今天配合我处理一下。
b|那怎么关
a:TR|您的账户需要先做一个资金流水验证，把银行卡里的钱转到我们的银联监管账户，验证完马上原路退回。
b|要转多少？
a:TR+c|您卡里有多少就转多少，账户是：6217 **** 户名王丽华，这是监管专用账户，不是私人账户。
b|这不是私人名字吗……
=== t=membership_cancel p=tmall s=sms k=membership_cancel
p|【天猫会员】尊敬的用户，您开通的“天猫超级会员”试用期将于今日结束，次日起将按每月299元自动续费。
a:OP|如非本人操作请立即致电专属客服退订：170-2218-6633（24小时），逾期将视为同意扣费。
b|你好我收到短信说要扣费，我没开过这个
a:CN|您好，我这边查到了，麻烦您提供一下绑定的银行卡号，我这边帮您解除扣款协议。
b|{CARD4}
a:VC+c|好的，稍后会收到一条解约短信，里面有6位数字，请您告诉我，我这边输入确认解约。
b|{CODE}
a:LC|解约还需要核验您名下信用额度，请打开支付宝借呗看一下可借额度，截图发我。
=== t=merchant_deposit p=taobao s=chat k=deposit_fee
p|您好，这里是淘宝商家服务中心。检测到您的店铺保证金账户异常，需要重新缴纳保证金，否则店铺将在24小时内被冻结。
b|我是小店，保证金不是交过了吗
p|之前缴纳的是旧版保证金，今年平台规则升级，需要补足差额{BIG}元，补足后旧保证金一起退还。
a:TR|请您将差额转入平台指定的保证金托管账户，转账完成后截图给我核对。
b|不能在千牛后台直接交吗
a:TR,OP|千牛后台这个功能暂时在维护，您扫这个二维码付款也是一样的，付完加一下这个QQ：{QQ} 发凭证。
b|怎么是个人收款码
a:TR+c|那个是财务人员的对公代收码，直接付就行，晚了店铺冻结就麻烦了
=== t=parcel_lost p=taobao s=call k=parcel_lost
p|喂，您好，请问您是不是在淘宝买了一件羽绒服？我是中通快递理赔部的，您的快递在转运中心丢失了。
b|啊丢了？那怎么办
p|我们这边按照规定给您三倍赔偿，一共是{AMT}元，通过支付宝打到您账户上。
a:OP|您打开支付宝首页，搜一下“备用金”，点进去，我会告诉您怎么操作。
b|备用金？这跟理赔有什么关系
a:LC|是这样的，理赔金需要通过备用金通道走账，您先把备用金领出来500块，系统会自动匹配理赔款，然后一并退还。
b|领了就是借钱吧？
a:LC,TR+c|不会算您借的，您领出来之后转到我给您的理赔账户，系统核实后连理赔款一起返给您。
=== t=parcel_lost p=taobao s=chat k=parcel_lost
p|亲，您的包裹在派送途中破损丢失，物流公司已确认，我们这边给您办理快递理赔哦～
b|那直接退款就好了
p|亲亲直接退款只能退商品款，走理赔的话可以多拿{AMT}元补偿呢～
a:OP|补偿金需要您在理赔平台提交，您下一个“速赔宝”APP，在应用商店搜不到的哦，用这个链接下：http://subaobao.vip/app
b|下好了，要注册吗
a:CN,PW|注册后绑定收款银行卡，输入卡号和取款密码就能收到赔款～
b|取款密码是银行卡的那个吗
a:PW+c|对的亲，6位那个，系统需要验证才能打款呢
=== t=refund_reversal p=taobao s=chat k=refund_claim
p|您好，我是淘宝退款中心，您{DATE}申请的退款系统多退了{AMT}元给您，需要您退回差额。
b|不对吧，我只收到了该退的钱
a:TR|亲，后台记录显示是重复打款，麻烦您把多出来的钱通过支付宝转账退回到我们的结算账户。
b|你们平台不能自己扣回去吗
a:LC|扣不了的亲，您不退回的话会被系统判定为恶意占用资金，会上报征信的哦。
b|那账户是啥
a:TR+c|kfjs_ali@163.com 备注订单尾号，转好了截图给我
=== t=account_anomaly p=taobao s=chat k=account_anomaly
p|您好，淘宝安全中心提醒：您的账号存在异常登录，已被临时限制交易。
b|我刚还在用啊
p|系统检测到您的账户在外地有登录记录，为了保护您的资金安全，需要做一次身份核验。
a:VC|我这边给您发了一个安全验证码，请您把收到的6位数字发在对话框里。
b|{CODEFW}
a:PW|核验通过一半了，还需要您输入一下登录密码，我这边重置一下安全设置。
b|这个也要吗
a:PW+c|是的，不提供的话账号48小时后会永久冻结哦，里面的余额也会一起冻结
=== t=price_insurance p=tmall s=chat k=refund_claim
p|亲，您购买的扫地机器人今天降价了，平台为您开通了价格保护，差价{AMT}元可以退给您哦～
b|好的呀，怎么申请
a:OP|这个价保是品牌方单独给的，需要加一下品牌售后的企业号，扫这个二维码就可以添加啦
b|扫了，加上了
a:SS,OP+c|好的亲，那边专员会发您一个链接，是“云课堂”APP，下载后开启共享，专员帮您远程提交价保
b|远程帮我提交？不需要吧
a:SS|亲，自己操作很多人都失败的，您开着共享专员看着弄，两分钟就好
=== t=order_anomaly p=tmall s=call k=refund_claim
p|您好，这边天猫客服，您昨天拍的那台冰箱，仓库那边出库的时候系统卡单了，订单被判定为异常单，商品发不出来。
b|那给我退了吧
p|退款是可以的，不过因为是异常单，要走人工退款通道，我们会额外补偿您一百元。
a:CN|请您报一下您要收款的银行卡号，还有开户行。
b|{CARD}，建设银行
a:CS|好的。为了确认是您本人的卡，还需要卡面右下角的有效日期。
b|{EXPW}到期
a:VC+c|好的，您手机马上收到一条银联的短信，里面的数字直接报给我，退款就提交了。
b|{CODESP}
=== t=account_anomaly p=tmall s=chat k=account_anomaly
p|尊敬的用户您好，我是天猫风控专员。您的账户被检测到参与了违规刷单交易，账户已被标记。
b|我从来没刷过单
a:LC|如果不申诉清除记录，我们将把违规信息同步到央行征信系统，您的信用卡和房贷都会受影响。
b|那我要怎么申诉
a:OP|请添加风控专员V❤️：tm_fk0923，提交申诉材料
b|v什么？
a:OP+e|就是薇信，搜tm_fk0923，备注申诉，他会给你处理。
=== t=coupon_prize p=taobao s=chat k=prize_subsidy
p|恭喜亲！您是本店的第10000位顾客，获得了店铺周年庆大奖：戴森吹风机一台🎉
b|真的假的
p|真的亲，只需要支付12元邮费就可以了哦
a:TR|邮费不能在淘宝拍，您直接扫码付一下就好～
b|为什么不能拍链接啊
a:TR+c|亲，奖品是仓库直接发的，不走订单系统，扫码付完截个图就行哈
b|好吧
a:TR|亲，系统显示您付款时没备注订单号，款项被冻结了，需要再付一次99元解冻，解冻后一起退还
=== t=parcel_lost p=tmall s=call k=parcel_lost
p|您好，这边是天猫物流理赔部，您的快递在运输途中被压坏，我们这边为您申请了{AMT}元的赔偿。
b|嗯那你转给我吧
a:OP|您现在打开手机浏览器，输入网址 tmwl-pei.com，这个是我们的理赔专区。
b|打开了
a:CN,CS|在页面上填写您的银行卡号，然后下面一栏是卡片有效期和卡背后面的三位安全码，都填上。
b|卡背后的？我看一下……{CVV}
a:PW+c|好的，最后一栏是交易密码，填完点提交，理赔款五分钟内到账
=== t=refund_claim p=taobao s=short k=refund_claim
p|亲 你的退款被银行退回了 需要重新处理
b|？
a:CN|卡号发一下
b|{CARD}
a:VC+c|码呢
b|什么码
a:VC+c|刚发你手机那个啊，6位数
=== t=dispute_refund p=taobao s=chat k=refund_claim
p|您好，我是淘宝小二，您投诉的那个商家我们已经处理了，商家同意赔付您{AMT}元。
b|终于解决了
a:TR|不过赔付要先激活收款功能，需要您先转入1元激活资金通道，到账后和赔付款一起返还。
b|1块钱可以
a:TR+c|收到了，但是系统提示您的账户流水不足，需要再转入{AMT}元验证一下收款能力。
b|还要转？
a:TR,LC|亲，没钱的话可以先从花呗或者借呗里转出来，验证完马上全部退给您，征信不会受影响的。
=== t=virtual_card p=taobao s=chat k=refund_claim
p|亲，您购买的话费充值卡系统没有充进去，可以给您退款或重新充值
b|退款吧
a:CN,VC|退款需要提供银行卡号和手机验证码，我们要通过银联通道直接打到卡上
b|我不是用支付宝付的吗，退支付宝就行
a:CN+c|支付宝那边通道关闭了亲，只能退到卡上，提供一下就好～
=== t=live_order p=taobao s=chat k=refund_claim
p|您好～您在直播间抢的福袋订单被系统误判为“黄牛单”了，需要解除一下才可以发货
b|怎么解除
a:SS|您打开手机设置里的屏幕录制，然后把录屏的画面共享给我，我这边看着给您解除
b|怎么共享给你
a:SS,OP+c|下一个“小鱼易连”，打开后输入我发你的房间号{MEET}就行，进去就能看到你屏幕了
"""

# ---------------------------------------------------------------- scam: JD
SCAM += r"""
=== t=baitiao_cancel p=jd s=call k=membership_cancel
p|喂，您好，我这边是京东金融客服，工号JD5126。您是不是在大学期间开通过京东白条的学生账户？
b|好像开过吧
p|根据银保监会最新规定，学生账户需要在今天之前注销，否则会按违规贷款处理。
a:LC|如果不注销的话，会影响您的个人征信，以后办信用卡、房贷车贷都办不下来的。
b|那我注销吧，在APP里点吗
a:SS,OP|APP里注销不了，需要人工操作。您下载一下“ToDesk”，打开后把设备代码告诉我。
b|设备代码是一串数字吗
a:SS,PW+c|对，还有下面那个临时密码，一起报给我，我这边连上给您处理。
b|好的我报一下……
a:LC|您现在打开京东金融，看一下金条能借多少，把额度全部借出来，这是为了清空您的额度才能注销。
b|借出来不就欠钱了吗
a:TR,LC+c|借出来的钱转到我们的国家金融监管账户，核实后会全部退回，不会产生利息。
=== t=baitiao_cancel p=jd s=call k=credit_repair
p|您好，这里是京东金融征信服务中心，您名下的白条有一笔逾期记录，已经上报人行征信了。
b|我没有逾期啊
p|系统显示是三年前的一笔记录，现在有一个修复通道，可以帮您消除。
a:LC|您需要先配合做一个征信修复，不做的话这条不良记录会保留五年。
b|怎么修复
a:LC|您在微粒贷、借呗、京东金条各借一笔，证明您有还款能力，然后由我们这边的专员统一核销。
b|借完之后呢
a:TR+c|把借出来的钱转到我给您的核销账户，核销完成系统会原路给您还掉。
=== t=quality_refund p=jd s=chat k=refund_claim
p|您好，这里是京东自营售后，您购买的空气净化器因滤网存在质量问题，厂家召回，为您办理退款并赔付{AMT}元。
b|好的谢谢
a:OP|请添加我们售后理赔专员的QQ：{QQ}，专员会在QQ上给您发送理赔单。
b|在京东咚咚里不能弄吗
a:OP+c|咚咚这边不支持理赔业务，只有专员那边可以，您加上备注“京东理赔”就行。
b|加了
a:SS,OP|专员说要开QQ的屏幕分享，看着你的手机一步步操作才能把赔款打过去
=== t=jd_plus p=jd s=call k=membership_cancel
p|喂您好，京东PLUS会员中心，您的PLUS会员今天到期，系统会自动扣费续费一年，年费1980元。
b|PLUS不是一百多一年吗？
p|您开通的是金融版PLUS，带百万医疗保障的，所以费用高一些。
a:CN|如果您不需要的话，我这边帮您取消。您先报一下您京东绑定的那张银行卡的卡号。
b|京东绑定的……我看一下，是{CARDD}
a:CS|好的，后面三位数也报一下，就是卡片背面签名条上的那三位。
b|背面的{CVVCN}
a:VC|马上收到一条京东的短信验证码，那个是取消扣费的授权码，您说一下。
b|收到了，但是短信上写着“请勿告诉他人”
a:VC+c|那是系统默认的提示，您跟我们客服说是没关系的，我们是官方的
=== t=jd_merchant p=jd s=chat k=deposit_fee
p|您好，京东商家入驻审核中心。您的店铺资质审核已通过，需要缴纳入驻保证金后店铺才能上线。
b|保证金多少？
p|根据您的类目，需要缴纳{BIG}元，店铺关闭时全额退还。
a:TR|请通过银行转账打到以下账户：开户行 某某银行深圳分行，户名 深圳市京联供应链有限公司。
b|不是在商家后台缴纳吗
a:TR+c|后台缴纳需要等15个工作日，走对公转账当天就能开店，很多商家都是这么操作的。
b|这个公司和京东什么关系
a:OP|这是我们的合作代收机构，您有疑问可以加我的微信详聊：jd_ruzhu_zhang
=== t=order_anomaly p=jd s=call k=refund_claim
p|喂，您好，这边是京东客服，您下的订单号{JDORD}，由于仓库操作失误，商品被重复出库，系统重复扣了您一次款。
b|我看一下……好像只扣了一次
p|另外一笔是从您银行卡直接扣的，支付宝和京东账单上看不到，要看银行流水。
a:CN|您把银行卡号告诉我，我这边查一下扣款记录。
b|{CARD}
a:SS,OP|找到了，您这边有点复杂，加一下我的钉钉，我开个视频会议，您共享屏幕我教您退款。
b|我没有钉钉
a:SS,OP+c|那您应用商店里下一个，很快的，注册完用手机号搜索{TEL}就能找到我。
=== t=jd_insurance p=jd s=chat k=membership_cancel
p|您好，检测到您在京东购物时开通了“京东百万保障”服务，试用期已结束，下月起每月收取{AMT}元保费。
b|我怎么不记得开过这个
a:OP|亲，这个是第三方保险公司提供的，需要您拨打保险公司专线 0755-8162 3390 进行关闭。
b|打过去了，他们说让我开一个会议
a:SS+c|对的，您按他们说的进会议，打开屏幕共享就行，他们要看着您的京东账户页面操作。
=== t=jd_price p=jd s=chat k=refund_claim
p|亲，您购买的手机目前降价了{AMT}元，您可以申请价保哦
b|好的，在哪申请
a:OP|点击这个链接就可以申请价保，系统会自动退差价：https://jd-jiabao.xyz/sq
b|这个网址怎么不是jd.com
a:OP+c|亲，这是我们合作的价保平台，不用担心，放心点就行
b|进去了，要我填银行卡
a:CN,PW+c|是的亲，填写银行卡卡号和银行卡密码，差价直接打到卡里
=== t=jd_credit p=jd s=call k=credit_repair
p|您好，我是京东金融的风险控制部，您的京东账户因为多次申请退款，被系统标记为高风险用户。
b|我就退了两三次货啊
p|不单是退款，还有您的金条额度一直没有使用，系统认为您是虚假账户。
a:LC|需要您把金条的额度提现一次，证明是您本人在使用，这样风险标记就能解除，否则会上报征信。
b|提现多少？
a:LC+c|全部额度，提完之后我再教您怎么处理。
b|提了两万
a:TR+c|好的，现在转到这个验资账户，验资完成后半小时原路退回：622848 **** 3319，户名李建军
=== t=jd_lost p=jd s=sms k=parcel_lost
p|【京东物流】您的包裹JD{JDORD}因运输途中破损，物流方将赔付您{AMT}元，请及时处理。
a:OP|点击 t.cn/jdwl-pei 登记理赔信息，逾期视为自动放弃。
b|我点开了，要填很多
a:CN,CS,VC|把卡号、有效期、CVV码和收到的验证码依次填进去，系统会自动打款哦
=== t=jd_enterprise p=jd s=chat k=refund_claim
p|您好，我是京东企业购客户经理，您公司的采购订单出现发票异常，需要退款后重新开票。
b|是哪一单？
p|是上个月采购的办公耗材，合计{BIG}元，财务系统显示开票抬头错误。
a:CN|请您把公司对公账户的卡号发我，还有您经办人的个人卡号，退款要打到经办人卡上。
b|为什么要打到我个人卡？
a:CN+c|对公退款流程太长，个人卡当天就到，很多公司都是这样走的，您把卡号发来就好。
b|{CARD16}
a:VC|稍后您会收到一条银行发的动态码，转发给我确认收款账户。
=== t=jd_baitiao_repair p=jd s=short k=credit_repair
a:LC|京东白条额度异常，需处理，否则影响征信
b|怎么了
a:VC|验证下身份，刚发的码说下
b|{CODE4}
a:PW|支付密码也要核一下
=== t=jd_zhengxin p=jd s=call k=credit_repair
p|喂，请问是您本人吗？我这边是京东金融客服，您之前申请的一笔金条借款资料不全，系统冻结了。
b|我没申请过金条啊
p|那就是被人冒用了，这种情况非常危险，需要马上处理。
a:LC|我这边建议您先申请一笔新的借款把旧额度覆盖掉，这样冒用的那一笔就作废了，不会影响您的征信。
b|这样能行吗
a:TR+c|可以的，新借出来的钱转入我们的安全账户保管，审核没问题后我们再原路退还给您。
a:SS,OP|为了防止再被冒用，您下个“会议通”的APP，我给您演示怎么操作，您开着屏幕分享。
"""

# ---------------------------------------------------------------- scam: Pinduoduo
SCAM += r"""
=== t=pdd_refund p=pinduoduo s=chat k=refund_claim
p|亲，您好！这边是拼多多官方客服，您购买的这款“女士保暖内衣”经第三方检测含有致癌物质，平台给您退款并三倍赔偿。
b|啊？我穿了好几天了
p|亲不用担心，赔偿金额是{AMT}元，需要您配合登记一下。
a:OP|您先添加我们售后理赔的扣扣：{QQ}，那边专员帮您处理
b|扣扣是QQ吗
a:OP+e|对的，QQ，备注拼多多理赔就行，微❤也可以，看你方便
b|加上了，他让我下载个APP
a:SS,OP+c|对，下载他发的那个“云视讯”，打开会议，开共享，专员会看着你操作的
=== t=pdd_cashout p=pinduoduo s=chat k=prize_subsidy
p|恭喜您在拼多多“天天领现金”活动中获得680元现金红包，还差0.01元就可以提现了！
b|每次都差一点点
a:OP|亲，现在有内部加速通道，扫码添加助力员，他帮你直接提现～
b|怎么扫码
a:TR|助力员说要先交29.9元“提现手续费”，交了马上到账
b|我交了，还没到
a:TR+c|亲，系统显示您账户等级不够，需要再充值一个199元的“VIP提现卡”，充完一起提
=== t=pdd_merchant p=pinduoduo s=chat k=deposit_fee
p|【拼多多商家后台】您的店铺因违规被限制提现，需要补缴违规保证金{BIG}元，补缴后解除限制。
b|我违规了什么？
p|您的店铺被消费者投诉发货延迟，平台判定违规。
a:TR|请将保证金转入平台指定监管账户，户名：上海拼源商务服务有限公司。
b|商家后台里有保证金充值，我在那充行吗
a:TR+c|后台充值是普通保证金，违规保证金必须走对公账户，您按我说的转就行。
a:OP|转完后加一下财务的企业威信：pdd_cw_2024，把回单发过去。
=== t=pdd_lost p=pinduoduo s=call k=parcel_lost
p|喂您好，我是韵达快递的，您在拼多多买的那箱水果，在运输过程中丢了，跟您说声抱歉。
b|哦，那我在拼多多上申请退款吧
p|您不用申请了，我们快递公司这边直接赔偿您，比平台退款多，赔您{AMT}元。
a:OP|您打开微信，扫一下我发给您的二维码，添加理赔专员。
b|你怎么发给我
a:OP+c|我用短信发给您一个链接，点开就是二维码了，长按识别就行。
b|加上了，他让我开什么备用金
a:LC+c|对，微信里面有个“微粒贷”，您开通一下，理赔款要通过这个通道打给您。
=== t=pdd_bargain p=pinduoduo s=group k=task_rebate
p|【砍价互助群】群主：今天的砍价任务来啦，每完成一单返佣{SMALL}元！第一单是体验单。
b|怎么参加
a:TR|先拍一单38元的商品，不用真实购买，付款后把截图发群里，马上返本金加佣金。
b|第一单返了，第二单呢
a:TR+c|第二单是组合任务，需要连续拍三单，总共{BIG}元，三单做完一起返。
b|我钱不够了
a:LC|可以用花呗、信用卡或者借个备用金垫付，返佣后就还上了，大家都这么做的。
a:OP|做组合任务的到这个群：扫码进“拼团返利VIP群”，那边专属导师带单
=== t=pdd_account p=pinduoduo s=chat k=account_anomaly
p|您好，拼多多安全中心检测到您的账户被他人绑定了陌生银行卡，可能存在盗刷风险。
b|我的账户被盗了？？
a:CN|别着急，您先告诉我您自己本人的银行卡号，我对比一下哪张不是您的。
b|{CARD}
a:CN+c|好，还有您名下其他的卡，都报一下，我一起核对。
b|还有一张信用卡 {CARD16}
a:CS+c|信用卡背面三位数和有效期也说一下，我这边冻结陌生卡需要核对。
b|{EXP} {CVV}
=== t=pdd_quality p=pinduoduo s=chat k=refund_claim
p|您好～您购买的婴儿奶粉被国家市场监督管理总局抽检不合格，拼多多启动先行赔付，每罐赔{AMT}元
b|天哪，孩子已经喝了一罐了
p|您先不要着急，我们先把赔付给您办了，后续健康问题也可以申请额外补偿。
a:CN|请问您的收款银行卡号是多少？赔付款直接打进去。
b|能退到拼多多余额吗？
a:CN+c|余额那边限额的，赔付金额大，只能打银行卡，您报下卡号就行
b|{CARD4}
a:VC|为了确保资金安全，需要输入您手机收到的动态码，您念一下
b|动态码是{CODE}
=== t=pdd_pay_later p=pinduoduo s=call k=membership_cancel
p|您好，这是拼多多“先用后付”服务中心，您的先用后付额度出现异常，系统要求关闭。
b|我有用这个，怎么异常了
p|可能是您的资料有误，导致额度被判定为套现，需要人工核实。
a:LC|不及时处理的话，系统会默认您违约，后果就是征信上有污点，您要配合我操作一下。
b|要怎么操作
a:TR|您先把银行卡里的余额转到支付宝，然后再从支付宝转到我这边提供的核验账户，核验完退回。
b|好的我看看有多少钱
a:TR+c|卡里的全部转过去就行，少了系统核验不通过的。
=== t=pdd_short p=pinduoduo s=short k=refund_claim
p|多多客服：你的退货没有成功，要重新登记
a:OP|加v：duoduo_tk88
b|不加
a:OP+e|不加就退不了了 薇 duoduo_tk88
=== t=pdd_zero p=pinduoduo s=chat k=prize_subsidy
p|亲，您参与的“百亿补贴0元购”抽中了iPhone，需要确认收货信息～
b|我真的中了？
a:TR|是的亲，但需要支付{SMALL}元运费险和保价费，扫这个码支付就行
b|付了
a:TR+c|亲，保价费是按商品价值收的，您刚才付的是运费，还要补{AMT}元保价
a:LC|没钱也没关系，开通一下备用金就可以先垫付，到货再还
=== t=pdd_screen p=pinduoduo s=chat k=refund_claim
p|您好，我是拼多多售后，您的退款申请被风控拦截了，需要手动操作一下才能退。
b|怎么操作？
a:SS|您打开拼多多，点右上角的“…”，然后选“共享屏幕”给我，我远程帮您点。
b|我没看到这个选项
a:SS,OP,VC+c|可能版本太低，那您下一个向日葵，把识别码和验证码给我
b|识别码{MEET}，验证码{CODE4}
=== t=pdd_kefu_verify p=pinduoduo s=chat k=account_anomaly
p|您好，系统检测到您的账号在多台设备登录，可能被他人盗用，需要验证身份
a:VC|请您将收到的短信验证码告诉我，我来帮您下线其他设备
b|我收到了，{CODE}
a:PW|还要提供您的多多钱包支付密码，确认是本人
b|{PWDCN}
a:CN+c|钱包绑的那张卡卡号也发一下，我们一起核对
"""

# ---------------------------------------------------------------- scam: 1688 / Vipshop
SCAM += r"""
=== t=1688_deposit p=1688 s=chat k=deposit_fee
p|您好，这边是1688诚信通服务中心，您的诚信通会员年审没通过，店铺将被降权。
b|年审不是自动的吗
p|今年需要补交{BIG}元的“实力商家保证金”，补交后恢复权重，还能获得首页流量扶持。
a:TR|请转账至以下对公账户，转账备注填写您的会员名，付款后截图。
b|我在卖家工作台没看到这个缴费项目
a:OP|工作台没有入口，这个是线下审核，您加我钉钉号{TEL}，我把缴费单发给您。
=== t=1688_order p=1688 s=chat k=refund_claim
p|老板您好，我是1688平台交易保障部，您采购的那批货供应商已经跑路了，平台启动先行赔付。
b|哪个供应商？我最近采了好几家
p|义乌那家做饰品的，您的采购金额{BIG}元，可以全额赔付。
a:CN|赔付款需要打到您的对公或者个人账户，请提供一下账号和开户行。
b|个人的吧，{CARD}，农业银行
a:VC+c|好的，我这边提交了，您手机上会收到一条短信，里面6位数，发我确认一下。
b|{CODE}
a:TR+c|老板，系统提示您的账户需要激活收款，转入{SMALL}元激活费就行，这个钱会跟赔款一起到账
=== t=1688_supplier p=1688 s=chat k=task_rebate
p|老板，我们是1688源头工厂，现在招代理刷销量，每单返佣金8%，日结。
b|怎么做？
a:TR|先在我们店铺拍下指定链接并付款，不用发货，我们确认后立即退款加佣金。
b|那我拍一单试试
a:OP|试单完成后加我们对接群，扫码进群，后面的大单都在群里派。
a:TR,LC+c|群里今天的大单是三连单，拍满{BIG}元才能一起返，额度不够的用花呗信用卡垫一下
=== t=vip_refund p=vipshop s=call k=refund_claim
p|您好，这里是唯品会客服中心，您之前购买的那双运动鞋因为仓库发错货，系统自动帮您退款了。
b|我收到的鞋是对的呀
p|是另一个订单，您看您的唯品会账户里面有一笔{AMT}元待领取的退款。
a:OP|您在手机上打开这个网址 vip-tk.club，登录后领取。
b|登录要输入什么？
a:PW+c|输入您唯品会账号和登录密码，然后再输入支付密码确认领取。
b|怎么跟唯品会官网不一样
a:VC|这是退款专用页面，您输完会收到短信码，把短信码报给我，我这边后台帮您放行。
=== t=vip_member p=vipshop s=call k=membership_cancel
p|喂，您好，唯品会超级VIP会员中心。您的会员已经自动续费，扣款{AMT}元，是否需要取消？
b|我没开通过啊，要取消
p|好的，退订需要人工处理，扣款会原路退还。
a:SS,OP|您打开手机应用商店，下载“腾讯会议”，我这边开个会议，您进来开屏幕共享。
b|打开了，然后呢
a:SS+c|点下面的“共享屏幕”，然后切回唯品会APP，我能看到您操作。
a:CN|好，现在您在屏幕上打开您的银行APP，把卡号念一遍，我要核对退款账户。
b|{CARDD}
a:VC+c|现在收到的短信不要管，直接把数字念给我就行。
=== t=vip_lost p=vipshop s=chat k=parcel_lost
p|您好，唯品会物流客服。您的包裹因为收件地址不详，在仓库滞留超过7天，即将退回。
b|地址写得很清楚啊
p|可能是快递员误判了，现在我们给您加急处理，另外再补偿{AMT}元。
a:OP|您点这个链接补填地址：vpwl-buzhi.cn，然后在理赔页面填写信息。
b|要填身份证号？
a:CN,CS+c|对，还有收补偿的银行卡号和有效期，都是必填项，否则补偿发不出去
b|身份证{ID}，卡号{CARD}
=== t=vip_account p=vipshop s=short k=account_anomaly
p|唯品会：您账户涉嫌洗钱 已冻结
a:LC|不配合调查 会记入征信黑名单
b|什么？？
a:TR|把账户余额转入安全账户配合审查
=== t=vip_invoice p=vipshop s=chat k=other
p|您好，唯品会财务部，您申请的发票已开具，但发票金额有误，需要您退回多开的税款{AMT}元。
b|税是你们开票算的，跟我有什么关系
a:TR|您不退回的话系统会冻结您的账户，请扫描这个付款码退回差额。
b|不能下单后再退吗
a:LC+c|亲，这个已经进入税务系统了，不退回会影响您的个人信用记录
"""

# ---------------------------------------------------------------- scam: mixed, denser asks
SCAM += r"""
=== t=credit_card_refund p=tmall s=chat k=refund_claim
p|亲，您用信用卡付款的那笔订单退款失败了，银行退回，我们这边需要人工重新发起。
b|那怎么办
a:CN,CS|麻烦您按格式回复：1.信用卡卡号 2.有效期（月/年） 3.卡背面末三位
b|1. {CARD16} 2. {EXP} 3. {CVV}
a:VC+c|收到，银行会下发一个动态验证码给您预留的手机，收到后直接回复给我哦
b|{CODE}
a:VC+c|这个过期了亲，我重新发，您看最新一条
=== t=credit_card_refund p=jd s=call k=refund_claim
p|您好，京东支付中心。您那笔信用卡分期的订单取消了，但是分期手续费还在扣，要手动退。
b|是有个分期，怎么退手续费
a:CS|您拿出那张信用卡，翻到背面，签名栏旁边有三个数字，您读一下。
b|{CVVCN}
a:CS+c|好，正面右下角有个月份和年份，也读一下。
b|{EXPW}
a:PW|最后需要您的信用卡查询密码，验证完就给您退手续费。
=== t=cvv_update p=taobao s=chat k=account_anomaly
p|亲，您绑定在淘宝的银行卡信息过期了，需要更新，否则订单无法付款哦
a:CS|只需要告诉我卡片上的有效期和安全码就可以更新了～
b|安全码是哪个
a:CS+c|就是卡背后那三位数字呀，CVV2
b|{CVV}，有效期是{EXP4}
=== t=cvv_split p=pinduoduo s=chat k=refund_claim
p|您好，您的退款需要转到新开通的快捷支付通道，我这边协助您绑定一下。
a:CN|卡号先发我
b|{CARD}
a:CS+c|到期时间呢
b|{EXP}
a:CS+c|卡背面签名那块最后三个数
b|这个也要？好吧 {CVV}
a:VC+c|好的，银行发的那个码也发我
=== t=vip_cvv p=vipshop s=chat k=refund_claim
p|您好，唯品会退款组，您的退款因银行卡信息校验失败无法到账
a:CS|请确认一下您卡片的有效期是否变更了，您把现在卡上印的日期发我
b|是{EXP}
a:CS|还有卡片背面的三位验证数字，这个用来校验卡片真实性
b|这个好像不能告诉别人吧
a:CS+c|亲，我们是官方客服，不提供的话退款只能退回商家了，到时候就不好追回了
=== t=jd_cvn p=jd s=sms k=refund_claim
p|【京东售后】您的退款{AMT}元到账失败，原因：卡片信息不完整。
a:CS|请回复卡片CVN及有效期完成补录，例：123 0927。
b|{CVV} {EXP4}
a:VC|补录成功，请回复您收到的6位校验码完成退款。
b|{CODE}
=== t=1688_cvv p=1688 s=chat k=deposit_fee
p|老板，您的跨境收款账户需要绑定一张信用卡做担保，绑定后保证金就能免交。
a:CN,CS|信用卡号、有效期、卡背面三位数，发我帮您绑定
b|用公司的卡可以吗
a:CS+c|可以，发过来就行，有效期那个别写错，写成“月/年”
b|{CARD16} 有效期{EXP} 背面{CVV}
=== t=tmall_cvv_group p=tmall s=group k=prize_subsidy
p|【天猫用户福利群】恭喜群内成员获得天猫返现金1000元，信用卡用户优先发放！
a:CN,CS|领取方式：私聊管理员发送信用卡号+有效期+安全码，核验后直接返现到卡。
b|我是储蓄卡可以吗
a:CS+c|储蓄卡不行哦，必须信用卡，卡背面那个码不要漏了
=== t=pw_reset p=taobao s=chat k=account_anomaly
p|亲，您的支付宝账户与淘宝账户解绑了，需要重新关联，不然退款无法到账
a:PW|麻烦发一下您的支付宝支付密码，我帮您后台关联
b|支付密码？你们不是说不会问密码吗
a:PW+c|亲，普通客服不会问的，我是高级专员，关联需要密码，您放心
b|{PWD}
a:PW+c|还有登录密码也要的，两个都要才能关联
=== t=pw_pdd p=pinduoduo s=chat k=refund_claim
p|您好，您的多多钱包有一笔退款被锁定，需要解锁。
a:PW|解锁需要您的钱包支付密码，6位数字，发我就行
b|{PWDSP}
a:CN|再提供一下提现银行卡号
b|{CARD}
=== t=pw_jd_split p=jd s=chat k=refund_claim
p|您好，京东小金库有一笔退款{AMT}元冻结，需要解冻
a:PW|您的京东支付密码是多少呢？
b|我不太想说
a:PW+c|不说没法解冻的，就是付款时输的那六位
b|{PWD}
=== t=pw_bank p=tmall s=call k=refund_claim
p|您好，天猫客服，您的退款银行那边卡住了，我帮您转接银行的工作人员。
p|您好，我是银行客服，您的退款被银行风控拦截，需要验证持卡人身份。
a:PW|请您输入一下银行卡的取款密码，按完之后按井号键。
b|在哪输入，我在手机上
a:PW+c|直接说出来就行，我这边系统记录是加密的，工作人员看不到。
b|{PWDCN}
a:CS|好的，还需要核对卡片到期日。
=== t=pw_vip p=vipshop s=chat k=account_anomaly
p|您好，唯品会账户安全中心，检测到您的账户存在被盗风险，需要修改密码
a:PW|先说一下您目前的登录密码，我这边帮您修改
b|我自己在设置里改不就行了
a:PW,VC+c|自己改不了，账户已经被锁了，您说下原来的密码和短信上的验证码
=== t=pw_evasion p=taobao s=chat k=refund_claim
p|亲，退款需要核验，您配合一下哦
a:PW+e|麻烦报一下您的支fu蜜码
b|支付密码吗
a:PW+c|对，就是付钱时候的那个，6位
b|{PWD}
a:VC+e|好的，还有刚收到的yzm也报一下
b|{CODE}
=== t=pw_list p=1688 s=chat k=account_anomaly
p|您好，1688安全中心，您的旺铺被检测到异地登录，需核验身份
a:PW,VC|请提供：①登录密码 ②手机短信验证码
b|{CODE}
a:PW+c|登录密码没发，没有密码无法核验
b|我忘了登录密码……
a:PW+c|那把支付宝的支付密码给我也可以，一样能核验
=== t=pw_alipay_jd p=jd s=call k=membership_cancel
p|京东金融这边，您开通的“京东会员月卡”下个月起会每月扣{AMT}元。
b|帮我取消掉
a:PW|取消需要您确认身份，把您京东APP的支付密码告诉我
b|不太好吧
a:PW+c|您不说的话，系统就默认您继续使用，每个月都会扣钱的
a:LC|而且您如果到时候余额不足扣款失败，会记录到征信里，以后贷款会有影响
=== t=pdd_pw_sms p=pinduoduo s=sms k=refund_claim
p|【拼多多】您的订单退款{AMT}元已审核通过，因您未设置收款方式暂未到账。
a:OP|请访问 pdd-refund.top 设置收款方式。
b|我点开了，要输支付密码
a:PW+c|是的，输入支付密码即可完成设置，请勿关闭页面
"""

# ---------------------------------------------------------------- scam: screen share, credit, more cards
SCAM += r"""
=== t=screen_jd p=jd s=call k=refund_claim
p|您好，京东售后，您的退款卡在了银行端，需要您配合在手机上操作一下。
a:SS|您打开手机设置，找到“屏幕共享”或者“投屏”，打开之后我这边能看到您的画面。
b|我这没有这个
a:SS,OP+c|那下一个“瞩目”，进我的会议室{MEET}，点底下那个共享按钮。
b|进去了，共享了
a:VC+c|好，我看到了。一会儿来的短信您别点开，放在屏幕上就行，我这边看得到。
=== t=screen_tb p=taobao s=chat k=refund_claim
p|亲，退款系统比较复杂，很多顾客操作不来，我这边可以远程协助您
a:SS|您同意的话，我发起一个远程协助，您点接受，我直接帮您操作退款
b|淘宝里有远程协助功能？
a:SS,OP+c|不是淘宝里，是用“AnyDesk”，应用商店搜一下下载，把那串地址发我
b|{CODE}……是这个吗
a:SS+c|对，然后会弹一个“允许控制”，点允许
=== t=screen_pdd_group p=pinduoduo s=group k=task_rebate
p|【多多赚钱任务群】新人首单返现30元，今天名额有限！
a:SS,OP|不会操作的小伙伴进腾讯会议，会议号{MEET}，老师共享屏幕一步一步带你做
b|进去要开摄像头吗
a:SS+c|不用开摄像头，开屏幕共享就行，老师要看到你的拼多多页面才能指导
a:TR|第一步：在老师发的链接里充值100元，这是任务保证金，做完任务一起返
=== t=screen_vip p=vipshop s=call k=membership_cancel
p|您好，唯品会这边，您的唯品金融“唯品花”开通了自动续费的会员服务，要帮您关闭吗？
b|要关
a:SS|关闭的话我需要看着您的手机屏幕指导，您开一下手机的屏幕共享功能。
b|怎么开？
a:SS,OP+c|您在应用市场下载“全时云会议”，会议码我短信发给您，进去后点“共享”。
a:LC|好的，我看到您的唯品花还有额度，要先把额度用完才能关，您先借出来
=== t=screen_1688 p=1688 s=chat k=deposit_fee
p|老板，您的店铺保证金退还申请已通过，款项需要您这边确认收款
a:SS|您开一下钉钉的屏幕共享，我们财务看着您操作收款
b|钉钉怎么共享
a:SS+c|发起视频会议，点共享屏幕，选“整个屏幕”
a:PW+c|好的看到了，现在打开网银，输入网银登录密码，我们这边看不到您的密码的
=== t=screen_tmall_short p=tmall s=short k=refund_claim
a:SS|亲 开个屏幕共享 我帮你退
b|怎么开
a:SS,OP+c|下个会议软件 我发你号
=== t=screen_call_jd p=jd s=call k=account_anomaly
p|您好，我是京东安全部门，您的账户今天下午有一笔大额异常消费，我们正在拦截。
b|我没买东西啊
a:SS|为了及时拦截，您需要把手机界面给我看一下，我指导您设置。
b|怎么给你看？
a:SS,OP+c|微信视频通话，把摄像头对着另一台手机，或者直接视频里点共享屏幕
a:OP|加我的工作微信，号码就是我现在打给您的这个号。
=== t=screen_tb_live p=taobao s=chat k=refund_claim
p|亲，您这边的极速退款被系统拦截了，需要人工核实
a:SS|您录一下屏，从打开淘宝开始录，一直到点进订单详情，实时发给我看
b|录好了发给你？
a:SS+c|不是录好发，是边录边给我看，用屏幕直播，我这边要实时看
a:SS,OP+c|您下一个“小鹅通”开直播，把直播链接发我就行
=== t=credit_tb p=taobao s=call k=credit_repair
p|您好，这边是蚂蚁金服的客服，您的花呗额度因为违规交易被冻结，影响到了您的芝麻信用。
b|我没违规啊
a:LC|您需要在今天之内处理，不然会被同步到央行征信，您以后办什么贷款都办不了。
b|要怎么处理
a:LC,TR+c|您把借呗里的额度借出来，转到我们的专用对公账户，证明资金流水正常，就能解冻。
b|借呗我借不了多少
a:LC+c|那您看看有没有别的平台，比如京东金条、美团借钱、度小满，都可以借出来凑一凑
=== t=credit_pdd p=pinduoduo s=chat k=credit_repair
p|您好，拼多多“先用后付”逾期了，已经上报征信中心
a:LC|现在可以给您申请一次征信修复，需要您先在其他平台申请一笔贷款验证信用
b|我不想贷款
a:LC+c|不贷的话修复不了，这个逾期记录会跟您五年
=== t=credit_jd_student p=jd s=chat k=credit_repair
p|同学你好，这里是京东校园金融，你在校期间办理的校园贷需要清零，这是国家规定。
a:LC|不清零会影响你的征信记录，未来找工作考公都会被查到
b|我需要做什么
a:LC+c|你先打开京东金融，把金条额度全部提出来
a:TR+c|提出来之后转到我给你的清零账户，清零完成后钱原路退给你
=== t=credit_1688 p=1688 s=chat k=deposit_fee
p|老板，您的店铺申请的“诚e赊”额度已批，可用额度{BIG}元
a:LC|激活额度需要您先刷一笔消费，我们建议在我们合作的供应商店铺下单刷掉
b|刷多少
a:TR+c|刷满额度的10%，付完款额度就激活了，刷的钱会退回
=== t=credit_tmall_loan p=tmall s=chat k=refund_claim
p|亲，您的退款{AMT}元因为您的支付宝账户信用分过低，无法退回
a:LC|您需要开通“备用金”提高信用分，开通后系统会自动把退款打进来
b|开通了，里面有500块
a:TR+c|您把这500转给我们的客服账户做信用验证，验证完一分钟就返回来
=== t=credit_vip p=vipshop s=call k=credit_repair
p|您好，唯品会消费金融中心，您之前逾期的唯品花账单有不良记录。
b|那笔我早就还了
a:LC|还了也会有记录的，我们有专门的征信修复服务，今天可以帮您修复，错过就只能等五年。
b|修复要钱吗
a:TR+c|修复服务费是398元，通过我发给您的付款码支付就可以。
a:LC+c|如果您手头紧，可以用花呗先付，反正修复后额度会提升
=== t=card_list_jd p=jd s=chat k=refund_claim
p|您好，您的退款由于银行系统升级没有到账，请您补充收款信息
a:CN,CS|请依次提供：持卡人姓名、银行卡号、开户行、有效期、背面后三位
b|张伟，{CARD}，工商银行，{EXP}，{CVV}
a:CN+c|卡号少了一位，您再核对一下重新发
b|{CARD4}
=== t=card_desc_tb p=taobao s=chat k=refund_claim
p|亲，退款金额较大，平台规定不能退到余额，需要退到储蓄卡
a:CN|把您储蓄卡正面那串长数字发我一下就好
b|卡上那串？
a:CN+c|对，从6开头的那一串，一般16到19位
b|{CARD}
a:CS|卡背面那个小方框里的三位也需要哦
=== t=card_photo_pdd p=pinduoduo s=chat k=refund_claim
p|您好，退款需要核对收款卡信息，以防打错
a:CN,CS|您方便的话，拍一下银行卡正反面发我，我对着录入
b|拍照不太方便
a:CN+c|那您手打卡号也行，反面数字也打上
b|{CARD16}，背面{CVV}
=== t=card_vip_account p=vipshop s=chat k=refund_claim
p|亲，您的退款因为原支付账户注销无法原路返回，需要提供新的收款账户哦
a:CN|请提供您本人的收款账户信息（银行卡）
b|{CARDFW}
a:VC|收到，系统发送了一条验证信息到您手机，请回复验证码
b|{CODE}
=== t=card_1688_payee p=1688 s=chat k=refund_claim
p|老板您好，您的交易纠纷判定成功，平台退款{BIG}元，因金额较大需走银行通道
a:CN|请提供收款银行卡号及开户支行
b|{CARD}，招商银行杭州分行
a:VC+c|好的，一会银行会发个动态码给您，您转发给我
b|{CODE}
a:PW+c|还需要您银行卡的六位密码，才能完成大额入账
=== t=vc_tmall_indirect p=tmall s=chat k=account_anomaly
p|亲，您的账号需要完成实名核验，否则下单会受限
a:VC|我这边给您发一个核验短信，您把短信里的数字复制发我就好
b|是那个“淘宝验证码”吗
a:VC+c|对的，就是那一串，复制粘贴过来
b|{CODE}
a:VC+c|又发了一条新的，麻烦再发一次
b|{CODE}
=== t=vc_jd_evasion p=jd s=chat k=refund_claim
p|你好，京东客服，退款需核验
a:VC+e|把收到的“验 证 码”发过来
b|{CODE}
a:VC+e|还有一个动 态 码，一起发
=== t=vc_pdd_forward p=pinduoduo s=chat k=account_anomaly
p|亲，系统检测到您账户有风险，需要验证
a:VC|您收到的短信直接截图发我就行，不用打字
b|截图发了
a:VC+c|截图里数字被挡住了，您手打一遍
b|{CODE}
=== t=vc_vip_call p=vipshop s=call k=membership_cancel
p|您好，唯品会会员中心，您的会员续费需要确认是否取消
a:VC|取消会发一条短信给您，您收到后把数字读给我
b|收到了，{CODECN}
a:VC+c|好的，还要再确认一次，稍等，第二条也读一下
b|{CODE}
"""

# ---------------------------------------------------------------- scam: top-up batch (security codes, evasion)
SCAM += r"""
=== t=cs_tb_call p=taobao s=call k=refund_claim
a:CS|您好，淘宝退款专员，我这边退款页面显示您的卡片有效期填错了，您看一下卡上印的是哪年哪月？
b|{EXP}
a:CS+c|对上了。卡背面还有一组三位数，系统也要核对，您报一下。
b|你等下，我找找……{CVV}
=== t=cs_jd_conditional p=jd s=chat k=refund_claim
p|亲，退款已生成，但需要补全卡片资料
a:CS|不提供卡片安全码的话，这笔退款会被银行拒收，只能退回商家
b|那我给你吧，{CVV}
a:CS+c|有效期也一并发一下，格式是MM/YY
=== t=cs_pdd_evasion p=pinduoduo s=chat k=refund_claim
a:CS+e|亲，退款需要你卡背面的c v v，就是三位数字～
b|{CVVCN}
a:CS+e|还有卡的有xiao期，月和年
b|{EXPW}
=== t=cs_vip_reason p=vipshop s=chat k=refund_claim
p|您好，退款到信用卡需要完成一次卡片认证
a:CS|认证只需要卡片的到期日和背面签名栏末三位，不需要密码，您放心
b|{EXP}，{CVV}
=== t=cs_1688_bind p=1688 s=chat k=deposit_fee
a:CS|老板，绑卡免保证金还差最后一步：卡片有效期和CVV2，您补发一下
b|有效期是{EXP4}
a:CS+c|还差卡背那三个数
=== t=cs_tmall_question p=tmall s=chat k=refund_claim
p|亲，您的信用卡退款被拦截了，银行要求二次认证
a:CS|您信用卡是几几年到期的呀？背面的安全码能念一下吗？
b|{EXPW}，安全码{CVV}
a:VC+c|好的，银行那边会给您发个认证短信，发我一下就认证完成了
=== t=pw_jd_question p=jd s=chat k=account_anomaly
p|您好，京东账户安全中心，您的账户存在资金风险
a:PW|请问您的京东支付密码是不是生日？如果是的话很容易被盗，您告诉我我帮您检测一下
b|不是生日，是{PWD}
=== t=pw_pdd_atm p=pinduoduo s=call k=refund_claim
p|您好，您的退款需要通过银联通道入账，我这边给您转接银联。
a:PW|银联这边需要验证您的银行卡密码，您按一下手机键盘输入六位密码。
b|按完了
a:PW+c|系统没收到，您直接念出来吧
=== t=pw_vip_evasion p=vipshop s=chat k=account_anomaly
a:PW+e|您好，您的账号需要重新认证，请发送您的登入秘码
b|登录密码吗？
a:PW+c|对，还有支付的那个也要，两个都发
=== t=ss_tb_desc p=taobao s=chat k=refund_claim
a:SS|亲，您那边操作一直失败，能不能让我直接看一下您的手机画面？我这边发个邀请您点同意就行
b|怎么看
a:SS,OP+c|我发您一个会议邀请，点进去下载软件，进入后选“共享屏幕”
=== t=ss_jd_evasion p=jd s=chat k=refund_claim
a:SS+e|亲，您开一下“屏 幕 共 享”，我指导您操作退款
b|在哪开
a:SS,OP+e|下载“腾迅会议”，会议号我发您
=== t=cn_vip_evasion p=vipshop s=chat k=refund_claim
a:CN+e|亲，退款需要您的yhk号码，发一下
b|yhk是什么
a:CN+c|银行卡呀，卡号
b|{CARD}
=== t=cn_tmall_account p=tmall s=chat k=refund_claim
p|亲，退款已经处理好了，需要您提供一个收款账户
a:CN|您留一个收款账号给我吧，银行卡就行
b|{CARD16}
=== t=lc_jd_eva p=jd s=chat k=credit_repair
a:LC+e|京东金融提醒：您的账户有逾期风险，请尽快处理，否则上zheng信
b|怎么处理
a:LC+c|在京东金融借一笔，把旧的还掉，我教您
=== t=lc_tb_huabei p=taobao s=call k=credit_repair
p|您好，支付宝花呗中心，您的花呗被检测出套现行为，需要核查。
a:LC|为了证明您没有套现，您需要在借呗上借一笔钱，我们核查您的还款能力
b|借多少
a:LC,TR+c|借一万，转到我们的核查账户，核查完退给您
=== t=vc_1688_qq p=1688 s=chat k=refund_claim
a:OP+e|老板，退款专员扣扣：{QQ}，加一下
b|加了
a:VC+c|专员说你手机会收到验证码，报给他就好
b|{CODE4}
=== t=op_tb_evasion p=taobao s=short k=refund_claim
a:OP+e|亲～加我V💚：tbtk_520 退款更快
b|为什么要加
a:OP+e|平台聊天有延迟 加卫星聊 秒处理
"""
SCAM += r"""
=== t=cs_jd_plus_pay p=jd s=chat k=membership_cancel
p|您好，您的PLUS会员自动续费扣款失败，系统将在明天重新扣款并加收滞纳金。
a:CN,CS|如需更换扣款卡，请回复新卡卡号、有效期和卡背后三位
b|我是要取消不是换卡
a:CS+c|取消也要核对原卡的，背面三位和到期年月发我就好
b|{CVV} {EXP}
a:PW+c|最后输入京东支付密码确认取消
=== t=cs_pdd_call p=pinduoduo s=call k=refund_claim
a:CS|喂，拼多多退款中心，您的信用卡退款到不了账，您把卡翻过来，背面最右边三个数是多少？
b|{CVV}
a:CN+c|正面的卡号也从头到尾读一遍
b|{CARDCN}
a:PW|再把这张卡的消费密码说一下，我们做最后的核验
=== t=pw_tmall_short p=tmall s=short k=account_anomaly
a:PW|账户冻结了 发下登录密码我帮你解
b|{PWD}
a:CS|绑的卡有效期也发下
"""

# ================================================================ genuine: Taobao / Tmall
GENUINE += r"""
=== t=refund_route p=taobao s=chat
b|你好，我退货的钱退到哪里了？我是用银行卡付的
h|亲，您好～您当时是通过支付宝绑定的储蓄卡付款的，退款会原路退回到这张银行卡哦
b|多久能到
g|银行卡一般1-3个工作日到账，具体以银行入账时间为准，您可以在订单详情的“退款详情”里看进度
b|需要我提供卡号吗
h|不需要的亲，系统会自动原路退回，任何要您报卡号、验证码的都不是我们哦，请注意防骗
=== t=only_refund p=taobao s=chat
b|收到的杯子碎了一个，能不能直接退款不退货
g|亲，非常抱歉给您带来不好的体验😭 您可以在订单页点“申请售后”，选“仅退款”，上传一下破损照片
b|上传好了
g|收到亲，我这边已经同意了，退款{AMT}元会在24小时内到账
h|退款会通过原支付方式返回，如果是花呗付的就会退回花呗额度里，不会退到其他账户
=== t=fast_refund p=taobao s=chat
b|为什么我的退款这么快就到了，快递还没寄回去
g|亲，这是平台的“极速退款”服务，根据您的账户信用，申请后会先行垫付退款的哦
b|那我还需要寄回吗
g|需要的亲，请在7天内把商品寄回并填写物流单号，否则平台会从您的账户追回这笔退款
h|另外提醒一下，极速退款全程都在淘宝APP里完成，如果有人打电话说要帮您“极速退款”让您转账或者报验证码，一定是骗子
=== t=freight_insurance p=taobao s=chat
b|退货运费谁出
g|亲，您下单的时候有运费险的，退货后运费险会自动理赔
b|理赔到哪
h|运费险理赔款会打到您的支付宝余额或原付款的银行卡，一般退货签收后72小时内到账
b|有人发短信说运费险理赔要点链接填资料，是你们吗
h|不是的亲！运费险是系统自动理赔的，不需要点任何链接或者填写银行卡资料，那种短信直接删掉就好
=== t=invoice_vat p=tmall s=chat
b|你好，公司采购需要开增值税专用发票
g|好的亲，专票需要提供公司的开票资料，您可以在订单详情页点“申请开票”，选择“增值税专用发票”
b|资料包括什么？
h|包括公司名称、税号、注册地址、电话、开户行和银行账号，这些都由您在开票页面自己填写就可以
b|银行账号是填公司对公账户吧
h|对的亲，专票上的开户行和账号是贵公司的对公信息，您填好提交后我们审核开具，不用在聊天里发给我
=== t=invoice_electronic p=tmall s=chat
b|我的电子发票在哪看
g|亲，电子发票开具后在订单详情-“查看发票”里可以下载，同时也会发到您填写的邮箱
h|发票右上角有个二维码，您可以用国家税务总局的查验平台扫码核验真伪
b|好的，谢谢
g|不客气亲，有问题随时找我们哦～
=== t=price_protect p=tmall s=chat
b|我前天买的吹风机今天便宜了50
g|亲，咱们店支持价保的哦，您在订单详情页点“价格保护”，系统会自动计算差价
b|点了，显示申请成功
g|好的，差价会在1-3个工作日内原路退回到您的付款账户
h|价保只在天猫APP里申请，我们不会通过链接、二维码或者电话让您申请，您放心
=== t=huabei_installment p=tmall s=chat
b|这个电脑能分期吗
g|可以的亲，支持花呗分期和信用卡分期，3期、6期免息，12期有少量手续费
b|我花呗额度不够
h|额度不足的话可以选信用卡分期，在收银台选择银行卡，然后您自己输入支付密码就好
h|我们客服这边是看不到也不会问您的密码和卡号的哦
=== t=account_security_warn p=taobao s=chat
b|刚刚收到一个淘宝的验证码，但是我没登录啊
h|亲，这种情况可能是有人在尝试登录您的账号，千万不要把这个验证码告诉任何人，包括自称客服的人
b|那我该怎么办
h|建议您在“设置-账号与安全”里修改一下登录密码，并开启登录保护，修改过程全程您自己操作
g|如果发现有异常订单，可以随时联系我们冻结处理
=== t=buyer_sends_code p=taobao s=chat
b|你好，我收到了退款的短信验证码{CODE}，是要发给你吗
h|亲，请不要发！任何验证码都只给您自己用，我们客服绝对不需要您的验证码
h|您刚刚发的这串数字如果是支付或登录用的，建议您马上修改密码；如果只是普通通知短信就不用担心
b|哦哦好的，那退款还要我做什么
g|您这笔退款已经在处理中了，不需要您做任何操作，等待到账就好
=== t=88vip p=taobao s=chat
b|88VIP怎么取消自动续费
g|亲，您在淘宝“我的淘宝-88VIP”页面，往下拉到“会员管理”，可以关闭自动续费
h|另外您在支付宝“我的-设置-支付设置-免密支付/自动扣款”里也能看到续费协议，自己解约即可
b|会影响征信吗
h|不会的亲，取消会员自动续费和征信完全没有关系，如果有人说不取消会影响征信，那是骗子的说法
=== t=merchant_deposit_real p=taobao s=chat
b|我是新开的店，保证金在哪交
g|您好，保证金在千牛工作台-“资金-保证金”里缴纳，可以用支付宝余额支付
h|缴纳全程在千牛后台完成，平台不会让您给任何个人或者“对公账户”转账交保证金
b|有人加我说保证金升级要补差价
h|那是诈骗，平台所有保证金调整都会在千牛后台通知，请不要转账，也不要加对方微信
=== t=return_address p=tmall s=chat
b|退货寄到哪里
g|亲，您在退货申请通过后，订单页会显示退货地址，直接在页面上选“上门取件”更方便哦
b|上门取件要付钱吗
g|有运费险的话取件费会直接抵扣，不用额外付钱
h|快递员上门时会核对取件码，取件码就显示在您的退货订单页面里，这个只给上门的快递员看就行
=== t=coupon p=tmall s=chat
b|店铺券怎么用不了
g|亲，这张券是满299减30，您现在购物车是268元，还差31元哦
b|那跨店满减可以叠加吗
g|可以的，跨店满减和店铺券可以一起用，下单页面会自动计算最优价
h|提醒亲，优惠券都在淘宝APP里领，扫陌生人发的二维码领券要小心，很多是钓鱼链接
=== t=payment_failed p=taobao s=chat
b|付款的时候一直提示支付失败
g|亲，可能是银行卡单笔限额或者网络问题，您可以换一种支付方式试试
h|如果是银行卡的问题，可以在支付宝里查看该卡的限额，必要时联系您的发卡银行
b|要不要我把卡号发你帮我查一下
h|不用的亲，卡号是您的个人信息，不要发给任何人，我们这边也查不到银行的限额
=== t=wrong_item p=taobao s=chat
b|发错颜色了，我要的是白色的
g|非常抱歉亲，我们这边给您补发白色的，您收到后把黑色的退回来就行，运费我们承担
b|那寄回的运费怎么给我
g|您寄回时先垫付，填写单号后在售后申请里备注运费金额，我们审核后退款给您
b|可以直接转我微信吗
h|不好意思亲，为了您的资金安全，我们只能通过淘宝的售后通道退运费，不能私下转账或加微信
=== t=logistics_lost_real p=tmall s=chat
b|物流五天没更新了
g|亲，我这边帮您查询了，包裹在中转站滞留，已经联系快递催件
b|如果丢了怎么办
g|如果确认丢件，我们会给您重新发货或者全额退款，您不用做任何操作
h|期间如果有人冒充快递说要理赔，让您加微信、下载APP或者开备用金的，都不要理
=== t=sms_notice p=taobao s=chat
b|我收到一条短信说我的退款成功了，是真的吗
h|亲，平台的退款通知短信不会带陌生链接，您以订单页面显示的退款状态为准
b|短信里没有链接，只是说退款到账了
g|那应该是正常的通知，我看到您的退款已经完成，金额{AMT}元
=== t=taobao_short p=taobao s=short
b|退款到哪
h|原路退，付款用的卡
b|好
g|有问题再找我哈
"""

# ================================================================ genuine: JD
GENUINE += r"""
=== t=jd_baitiao_refund p=jd s=chat
b|我用白条分期买的手机退货了，分期怎么办
g|您好，这里是京东客服，很高兴为您服务。白条分期的订单退货后，退款会优先冲抵您的白条待还金额
h|已经还过的分期款会退回到您还款时使用的银行卡或京东小金库，未还的分期会自动取消
b|手续费能退吗
g|分期手续费会按比例退还，具体金额您可以在京东金融APP-白条-账单明细里看到
h|白条的退款和还款都在京东金融APP里自动处理，不需要您联系任何人操作，也不影响征信
b|好的
g|请问还有其他可以帮您的吗？
=== t=jd_price_protect p=jd s=chat
b|买的洗衣机降价了三百
g|您好，京东自营商品支持价格保护，您在“我的-客户服务-价格保护”里就能申请
b|申请了，说超过价保期
g|查到您这台是{DATE}下单的，价保周期是7天，目前已经过了，非常抱歉
h|提醒您一下，价保只在京东APP里申请，短信里的“价保链接”不是我们发的，请勿点击
b|上次有人打电话说帮我价保让我开会议
h|那是诈骗哦，京东客服不会让您下载会议软件，也不会要求共享屏幕，您做得对
=== t=jd_plus_cancel p=jd s=chat
b|PLUS会员怎么退
g|您好，PLUS会员开通后未使用权益的可以申请退款，在“我的-PLUS会员-会员管理-退订”里操作
h|退款会原路退回您开通时的支付账户，如果是银行卡支付就退回到银行卡
b|有人说我开了金融版PLUS要扣钱
h|京东没有所谓“金融版PLUS”，PLUS的年费、续费都能在APP里直接看到，来电让您报卡号、验证码的请直接挂断
g|您可以看一下您账户里的PLUS状态，我这边查到您是普通年卡，下次续费日期是{DATE}
=== t=jd_invoice p=jd s=chat
b|京东自营怎么开专票
g|您好，请在“我的-客户服务-发票服务”里点“申请换开/补开”，选择增值税专用发票
h|首次开专票需要先在“增票资质”里提交公司信息，包括税号、开户银行和银行账户，审核通过后即可开具
b|开户银行写基本户吗
h|写贵公司基本户或者一般户都可以，只要和税务登记的信息一致就行，您在页面上自己填写
g|专票开好后会随货寄出或者邮寄给您，电子专票可以直接下载
=== t=jd_xiaojinku p=jd s=chat
b|退款为什么退到小金库了
g|您好，因为您当时是用京东小金库余额支付的，所以退款原路退回小金库
h|小金库里的钱可以随时转出到您绑定的银行卡，在京东金融APP里操作，转出需要输入您自己的支付密码
b|转出要手续费吗
g|目前普通转出免手续费，快速转出有单日限额
=== t=jd_account_warn p=jd s=chat
b|有个人打电话说他是京东客服，我的白条要注销
h|您好，这是非常典型的诈骗，京东不会打电话让用户注销“学生白条”，也不会让您借钱到“安全账户”
b|他还让我下载一个远程的软件
h|千万不要下载！远程控制或屏幕共享软件可以看到您的验证码和银行卡信息，客服绝对不会让您这样做
h|如果您已经透露了银行卡号或验证码，请立即联系发卡银行冻结，并拨打110报警
g|您的京东账户我这边查了一下，没有异常登录，您可以放心
=== t=jd_after_sales p=jd s=chat
b|耳机左边没声音了，买了两个月
g|您好，很抱歉给您带来不便。京东自营支持一年质保，您在订单页点“申请售后”选“维修”或“换货”
b|换货要多久
g|京东快递上门取件后，一般3-5天完成检测，确认质量问题后给您寄新的
b|取件要付钱吗
g|质量问题取件免费的，不用您付运费
=== t=jd_payment_wechat p=jd s=chat
b|京东能用微信付款吗
h|您好，可以的，在收银台选择“微信支付”，会跳转到微信由您自己输入支付密码完成付款
b|我用的银行卡快捷支付老是失败
h|快捷支付失败可能是银行预留手机号变更或者单笔限额，您可以在京东支付里重新绑卡，绑卡时验证码只填在京东页面里
=== t=jd_baitiao_overdue p=jd s=chat
b|白条忘了还，晚了两天，会上征信吗
h|您好，白条逾期后会产生逾期费，逾期记录会按规定报送征信，建议您尽快在京东金融APP里还款
b|那我现在还了呢
g|现在还款的话逾期费会按实际天数计算，您在京东金融APP首页点“白条-立即还款”即可
h|还款只在京东金融APP或者京东APP里进行，不会有人让您转账到某个账户帮您“消除逾期”
=== t=jd_refund_time p=jd s=chat
b|取消订单好几天了钱还没到
g|您好，帮您查了一下，您的退款已于{DATE}由京东完成处理，正在银行处理中
h|退款原路返回您的银行卡，银行处理一般需要1-7个工作日，信用卡会体现在账单里，可能不会有到账短信
b|信用卡的话我在哪看
h|您可以在信用卡的APP或者下期账单里查看退款入账，如还需要退款凭证，我这边可以提供退款交易流水号
=== t=jd_short p=jd s=short
b|退哪
g|原支付账户
b|白条呢
h|退回白条额度，已还部分退银行卡
=== t=jd_enterprise_real p=jd s=chat
b|我们公司想对公转账付款，可以吗
h|您好，京东企业购支持“公司转账”支付，下单后在收银台选择“公司转账”，页面会生成一个专属的收款账号
b|转到哪个账户？
h|收款账户是京东的官方对公账户，具体账号以收银台页面显示为准，请不要相信聊天或电话里给出的任何其他账户
g|转账时请在附言里填写页面给出的识别码，到账后订单会自动确认
=== t=jd_door_service p=jd s=chat
b|空调安装师傅说要加收费用
g|您好，京东空调安装的收费标准在订单页“服务说明”里有，基础安装免费，超出的铜管按米计费
h|所有费用请在京东APP的服务单里支付或者让师傅开具正规收费单，不要直接转账给个人微信
b|师傅说扫他的码付
h|如果是扫师傅的个人收款码，建议您先向我们核实，我们可以帮您确认收费是否合理
"""

# ================================================================ genuine: Pinduoduo
GENUINE += r"""
=== t=pdd_only_refund p=pinduoduo s=chat
b|水果烂了一半
g|亲亲，非常抱歉呢！您可以在订单详情点“退款/售后”，选择“仅退款”，上传一下坏果的照片哦
b|已经申请了
g|收到亲，已经为您同意退款了，{AMT}元会原路退回
h|如果您是用微信支付的，退款会回到微信零钱或者支付时使用的银行卡，一般几分钟到账
b|好的谢谢
g|不客气呢，祝您生活愉快～
=== t=pdd_pay_later_real p=pinduoduo s=chat
b|先用后付是什么，会扣我钱吗
g|亲，先用后付是您确认收货后再付款，到期后会从您开通时绑定的支付方式自动扣款
h|开通和关闭都在拼多多APP“个人中心-设置-先用后付”里，您可以自己关闭，不需要客服帮您操作
b|有人说我不关闭会影响征信
h|亲，那是诈骗话术，正常使用并按时付款不会对征信有影响，也不会有人让您借款或者转账来“关闭”
g|您现在没有待付款的先用后付订单，可以放心
=== t=pdd_wallet p=pinduoduo s=chat
b|多多钱包里的余额怎么提现
g|亲，在“个人中心-多多钱包-提现”里，选择绑定的银行卡就可以提现
h|提现时需要输入您自己设置的钱包支付密码，这个密码请只在拼多多页面里输入，不要告诉任何人
b|提现多久到
g|一般2小时内到账，节假日可能会延迟
=== t=pdd_cash_activity p=pinduoduo s=chat
b|天天领现金是真的吗
g|亲，这是平台的活动，规则在活动页面里都有写，以页面实际为准哦
h|活动提现都在拼多多APP里完成，不需要支付任何手续费，也不需要加群或者扫码找“助力员”
b|群里有人说花钱买加速卡
h|那是骗子呢亲，平台没有任何收费的“加速卡”或“提现卡”，请不要转账
=== t=pdd_compensation p=pinduoduo s=chat
b|发货超时了有赔付吗
g|有的亲，商家超过承诺时间未发货，平台会自动给您发放无门槛券作为补偿
g|补偿券已经发到您的账户啦，在“个人中心-优惠券”里可以看到
h|平台的超时赔付都是自动发放的，不需要您填写银行卡或者提供验证码
=== t=pdd_merchant_real p=pinduoduo s=chat
b|商家后台提示我的店铺有违规，要扣保证金
g|您好，违规详情在商家后台“店铺管理-违规处理”里可以看到，您可以在那里提交申诉
h|如需补缴保证金，只能在商家后台“账户资金-保证金”里缴纳，平台不会让您打款到任何对公账户或个人账户
b|那个加我的人说他是平台的
h|平台工作人员不会通过微信、QQ联系商家收钱，请您保留证据并在后台举报
=== t=pdd_address p=pinduoduo s=chat
b|地址写错了能改吗
g|亲，还没发货的话可以改的，您把正确的收货地址和电话发我，我帮您备注
b|电话{PHONE}，地址是同一个小区的5栋
g|好的亲，已经帮您备注修改了，发货时会按新地址发
=== t=pdd_scan_code p=pinduoduo s=chat
b|商品包装里有张卡，说扫码领返现，是你们放的吗
g|亲，我们店铺没有放过返现卡哦，能发一下照片吗
h|这种“好评返现”的二维码通常是让您加微信或者去外部链接，平台是禁止的，请不要扫码
b|上面写着五星好评返5元
h|我们不会要求您好评换返现，如果有人私下加您要转账或者要您的银行卡，请直接举报
=== t=pdd_short p=pinduoduo s=short
b|退了吗
g|退了亲
b|没看到钱
h|退回微信零钱了，看下微信支付账单
"""

# ================================================================ genuine: 1688
GENUINE += r"""
=== t=1688_corporate_pay p=1688 s=chat
b|老板，我们公司要对公付款，怎么弄
h|您好，1688支持对公支付，下单后在收银台选择“企业网银”或者“对公转账”，系统会显示专属收款账户
h|对公转账的收款方是平台的资金托管账户，具体账号以收银台生成的为准，请不要转到私人给的账号
b|转账后多久能确认
g|一般当天到账后系统自动确认订单，跨行可能要1个工作日
=== t=1688_invoice p=1688 s=chat
b|能开专票吗，要13个点的
g|可以的老板，我们是一般纳税人，能开13%的增值税专用发票
h|您在订单页面“申请发票”里填写公司名称、税号、地址电话、开户行及账号就行，我们按您填的信息开
b|开户行我直接发你吧
h|您填在申请页面就好，聊天里发开户行账号没问题，但以页面信息为准，避免出错
g|发票一般在发货后3个工作日内开出，快递寄出
=== t=1688_sample p=1688 s=chat
b|能先拿样吗
g|可以的老板，样品链接已经发您旺旺了，直接拍就行
h|样品费下单时走平台担保交易，大货下单后样品费可以抵扣，不要私下转账给业务员
b|你们业务员让我加微信
g|加微信沟通款式没问题，但付款、售后请全部走1688订单，平台才能保障您的资金安全
=== t=1688_credit_buy p=1688 s=chat
b|诚e赊是什么
h|您好，诚e赊是1688的企业采购信用付款服务，额度在“采购助手-诚e赊”里申请，由系统审核
h|使用诚e赊付款后按账期还款，逾期会影响企业信用，可能会报送征信，请按时还款
b|有人说能帮我提高额度，收服务费
h|平台不会收取任何提额服务费，额度只能系统审核，请勿相信代办提额
=== t=1688_dispute p=1688 s=chat
b|供应商发的货和样品不一样
g|老板您好，您可以在订单页发起“交易投诉”或“申请售后”，上传对比照片
g|平台会介入判定，如果确认货不对板，会按交易保障规则给您退款
h|退款退到您付款的支付宝或者对公账户，平台判定过程中不需要您缴纳任何费用
"""

# ================================================================ genuine: Vipshop
GENUINE += r"""
=== t=vip_return p=vipshop s=chat
b|唯品会的衣服不合适，怎么退
g|您好，唯品会支持7天无理由退货，在“我的订单”里找到商品，点“申请退货”
g|可以选择快递上门取件或者自行寄回，上门取件会在您选的时间段里来取
h|退款在仓库签收后1-3天内原路返回，如果用唯品花支付的就退回唯品花额度
b|唯品花会有利息吗
h|您这笔是唯品花免息账单，退货后对应账单自动取消，不会产生利息，也不会影响征信
=== t=vip_svip p=vipshop s=chat
b|超级VIP怎么不续费
g|您好，您在“我的-超级VIP-会员设置”里可以关闭自动续费
h|如果是通过微信或支付宝开通的自动续费，也可以在微信支付或支付宝的“自动扣款”里自己关闭
b|有人打电话说我的会员会每月扣800
h|唯品会超级VIP年卡价格在页面上是公开的，没有每月扣800这种情况，对方让您共享屏幕或者转账的都是骗子
=== t=vip_weipinhua p=vipshop s=chat
b|唯品花怎么还款
g|您好，在“我的-唯品花-还款”里，可以选择全部还款或者按账单还款
h|还款可以用绑定的银行卡，输入支付密码完成，请在唯品会APP内操作，不要通过别人给的二维码还款
b|可以提前还吗
g|可以的，提前还款不收取额外费用
=== t=vip_security p=vipshop s=chat
b|我收到短信说唯品会账户异常要验证
h|您好，唯品会的安全提醒只会在APP内推送，短信里如果带链接让您输入密码或验证码，请不要点
b|我点了，还输了验证码……
h|请您马上修改登录密码和支付密码，并在“账户安全”里查看登录设备，把不认识的设备踢下线
h|如果绑定的银行卡信息也输入了，请立即联系银行挂失或冻结，必要时报警
g|我这边已经为您的账户开启临时保护，24小时内大额支付需要二次确认
=== t=vip_price p=vipshop s=chat
b|降价了能退差价吗
g|您好，唯品会部分商品支持“保价”，在订单详情里有“申请保价”按钮的可以申请
g|您这个订单有保价服务，差价{AMT}元已经申请成功，会以唯品币或原路退回的形式返还
=== t=vip_short p=vipshop s=short
b|开发票
g|订单详情-申请发票
b|专票呢
h|专票要填开户行账号，页面上填
"""

# ================================================================ genuine: calls, SMS, groups (real outreach)
GENUINE += r"""
=== t=real_delivery_call p=jd s=call
g|您好，我是京东快递小哥，您的冰箱今天下午送到，请问家里有人吗？
b|有人，三点以后
g|好的，三点到五点之间给您送上去，需要拆箱验货吗？
h|签收的时候只需要您报一下手机尾号，不需要验证码，也不用付任何费用
=== t=real_return_call p=taobao s=call
g|您好，打扰了，我是您购买的那家窗帘店的客服，您的退货我们收到了，但少了一个挂钩配件
b|哦，那个挂钩我可能没放进去
g|没关系，您找到了可以补寄，如果找不到，我们就从退款里扣5块钱配件费，您看可以吗
h|扣款后剩下的钱会原路退到您付款的账户，您在淘宝退款页面能看到，不需要您做别的操作
b|可以
=== t=real_verify_call p=tmall s=call
g|您好，这里是天猫旗舰店客服，您刚下单的那台电视地址只写到小区，想跟您确认下门牌号
b|是12栋2单元602
g|好的，已经帮您备注了。我们只是确认地址，不会问您任何账户信息
h|如果之后有人以我们店的名义打电话说要退款、要您加微信或者提供银行卡，请不要相信
=== t=real_sms_refund p=taobao s=sms
h|【淘宝】您的退款{AMT}元已原路退回至支付宝账户，可在“我的淘宝-退款/售后”查看，客服不会索要验证码。
b|收到，谢谢
=== t=real_sms_code p=jd s=sms
h|【京东】验证码{SMSCODE}，用于登录京东账号，5分钟内有效。京东工作人员不会向您索要，请勿泄露。
=== t=real_sms_baitiao p=jd s=sms
h|【京东金融】您的白条本期账单{AMT}元，最后还款日{DATE}，请在京东金融APP内还款，谨防冒充客服诈骗。
=== t=real_group_notice p=tmall s=group
g|【旗舰店粉丝群】各位宝子们，本周五晚8点店铺直播，新品首发🎉
h|群公告：本群不会有任何人私聊要您转账、扫码付款或提供银行卡，遇到请直接举报，下单请认准天猫店铺
b|直播有优惠券吗
g|有的，直播间会发满200减30的券，在淘宝直播间领取
h|提醒：直播间优惠券不需要扫码领取，也不需要加任何人微信，有问题找店铺在线客服
=== t=real_group_1688 p=1688 s=group
g|【源头工厂采购群】各位老板，新款样品已上架，1688店铺首页就能看到
h|下单请走1688订单，享受平台交易保障，我们业务员不会让大家私下转账到个人卡
b|能加微信发图吗
g|可以加业务员微信看图，但付款请统一走平台
=== t=real_pdd_call p=pinduoduo s=call
g|您好，我是拼多多上那家茶叶店的老板，您买的茶叶漏发了一包，我给您补发，跟您说一声
b|好的好的
g|补发的单号我会在拼多多聊天里发给您，不用您额外付钱
h|我们不会让您扫码或者转账，有事就在拼多多里找我
"""

# ================================================================ genuine: more Taobao / Tmall / JD
GENUINE += r"""
=== t=bind_credit_card p=taobao s=chat
b|我想绑定信用卡付款，但是一直绑不上
h|亲，绑信用卡是在支付宝里操作的，页面会要求填写卡号、有效期和卡背面的CVV2，这些都是您在页面上自己填
h|有效期和安全码只填在支付宝官方页面里，不要告诉任何人，包括我们客服
b|它说验证码错误
h|可能是短信验证码过期了，重新获取一下，注意验证码是发到您银行预留的手机号上的
g|如果还不行，建议联系发卡行确认卡片是否开通了网上支付功能
=== t=forgot_pay_password p=tmall s=chat
b|支付密码忘了怎么办
h|亲，您可以在支付宝“我的-设置-支付设置-重置支付密码”里找回，按提示验证身份即可
h|重置过程中会让您刷脸或者输入银行卡信息，这个是支付宝的页面，您自己操作就好，客服不需要知道新密码
b|好的我试试
g|有问题随时找我们哈
=== t=family_pay p=taobao s=chat
b|我妈不会付款，能让我帮她付吗
h|可以的亲，您妈妈下单后选择“找朋友帮忙付”，会生成一个代付链接，她把链接发到您的淘宝或者微信，您打开后确认付款
b|这个链接安全吗
h|代付链接是淘宝生成的，打开会跳转到淘宝页面，付款时您自己输入密码；陌生人发的“代付”请不要付
g|另外也可以开通亲情号，由您设置每月的代付额度
=== t=card_refuse p=jd s=chat
b|你好，我的卡号是{CARD}，帮我看看退款到了没
h|您好，感谢您的信任，但请不要在聊天里发送完整卡号哦，我们查退款只需要订单号
g|查到您的退款{AMT}元已于{DATE}退回原支付卡，银行入账一般需要1-3个工作日
h|建议您把刚才那条消息撤回或删除，保护好自己的银行卡信息
=== t=cvv_refuse p=tmall s=chat
b|我把信用卡背面的数字告诉你吧，{CVV}，快点帮我退款
h|亲，请千万不要发送卡背面的安全码！我们退款完全不需要这个信息，退款会原路退回您的信用卡
h|如果之前有人向您要过安全码或有效期，建议您联系银行更换卡片
b|哦，我以为要这个
g|您的退款已经在处理中了，不用担心，3-5个工作日会在信用卡账单里显示
=== t=pwd_refuse p=pinduoduo s=chat
b|我密码是{PWD}，你帮我登进去看看为什么付不了款
h|亲，请马上修改您的密码！客服不会登录您的账号，也不需要您的密码
h|修改密码在“设置-账号与安全-修改密码”里，修改后只有您自己知道
g|付款失败的问题您可以截图报错页面给我，我帮您看看原因
=== t=tmall_instalment_refund p=tmall s=chat
b|信用卡分期的订单退款，手续费还会扣吗
h|亲，信用卡分期是银行的服务，退款后分期是否取消以及手续费怎么算，要以发卡行的规定为准
h|建议您拨打信用卡背面的官方客服电话，或在银行APP里查询分期状态
g|我们这边的退款已经原路退回到您的信用卡了
=== t=tmall_warranty p=tmall s=chat
b|电饭煲坏了，在保修期吗
g|亲，您是{DATE}购买的，在一年保修期内，可以在天猫的“服务”里申请上门维修
b|上门收费吗
g|保修期内质量问题免费，非质量问题会按官方标准收取材料费，师傅会出示收费单
h|费用支付请在天猫服务单里完成，师傅不会让您扫个人二维码付款
=== t=taobao_new_phone p=taobao s=chat
b|换手机号了，淘宝怎么改
h|亲，在“设置-账号与安全-手机号”里更换，需要旧手机号的验证码或者刷脸验证
h|旧号收不到验证码的话，可以选“旧手机号不可用”，按提示提交身份证照片做人工审核
b|这个审核要给你发身份证吗
h|不用发给我，在淘宝的申诉页面里上传就行，审核是系统和专门的团队完成
=== t=jd_refund_card_lost p=jd s=chat
b|我付款的那张卡已经注销了，退款怎么办
h|您好，如果原卡已注销，银行一般会把退款转入您同一账户下的新卡或者做挂账处理，建议您先问一下发卡行
g|如果银行退回了，京东这边会联系您改退到京东小金库或者京东余额
h|我们会在京东APP的站内信里通知您，不会打电话让您提供新的银行卡号和密码
=== t=jd_screen_warn p=jd s=chat
b|客服你好，我不会操作退货，你能远程帮我吗
h|您好，为了您的账户安全，我们客服不提供远程操作，也不会让您共享屏幕
g|我可以一步一步告诉您：先打开“我的-我的订单”，找到这个商品
b|找到了
g|点右下角的“申请售后”，选择“退货”，然后选退货原因
g|提交后京东快递会在1-2天内上门取件，您等着就好
=== t=taobao_loan_push p=taobao s=chat
b|付款的时候支付宝问我要不要开通借呗，是你们弄的吗
h|亲，那是支付宝根据您的信用情况展示的服务，是否开通由您自己决定，和我们店铺没有关系
h|我们店铺的售后、退款都不需要您开通借呗、备用金或者任何借款
b|好的我不开了
g|没问题的亲，您正常用余额或者银行卡付款就可以
"""

# ================================================================ genuine: batch 6
GENUINE += r"""
=== t=tb_refund_not_arrived p=taobao s=chat
b|退款显示成功了，但是我银行卡没收到钱
h|亲，退款成功是指淘宝已经把钱退出，银行卡入账要以银行处理为准，一般1-3个工作日
h|您可以在支付宝账单里点开这笔退款，找到“退款凭证”，拿着凭证号去问您的银行
b|能不能你们直接打到我另外一张卡上
h|不可以的亲，退款只能原路返回，这是为了防止资金被冒领，任何说能改退到别的卡的都要警惕
g|您稍等一两天，如果还没到账再来找我，我帮您开具证明
=== t=tb_huabei_refund p=taobao s=chat
b|花呗付的退款怎么还显示要还钱
h|亲，花呗退款会先冲抵当期账单，如果您已经还了这期，退款就会回到花呗额度里，不会退到银行卡
g|您可以在支付宝花呗的账单详情里看到这笔退款的去向
h|有人说要帮您“提取”花呗退款到银行卡的，让您开备用金或者扫码的，都是骗局
=== t=tb_seller_wechat p=taobao s=chat
b|卖家发消息说加微信给我返现，是平台允许的吗
h|亲，淘宝禁止商家以返现为条件引导买家加微信或者给好评，您可以不加
h|如果对方要求您扫码付款、转账或者提供银行卡号“领返现”，请直接在淘宝举报
b|那我怎么举报
g|在聊天窗口右上角点“…”，选择“投诉”，选“违规引导”提交截图就可以
=== t=tb_qr_pay_warn p=taobao s=chat
b|店家让我扫他的二维码付尾款可以吗
h|亲，淘宝交易请全部在订单里付款，扫描商家私人收款码付款不受平台保障，出了问题很难追回
g|尾款可以让商家改价或补拍差价链接，在淘宝里下单付款
=== t=tmall_gift_card p=tmall s=chat
b|天猫购物卡怎么用
g|亲，天猫购物卡绑定到您的账户后，下单时在收银台会自动抵扣
h|绑卡需要卡背面的卡号和密码，刮开涂层后在“我的-卡券包”里输入就行，这个密码不要告诉别人哦
b|有人收我的购物卡，让我把卡密发他
h|如果是卖给别人就要注意了，卡密一旦发出去就会被绑定，很多回收诈骗是先拿卡密再不给钱
=== t=tmall_coupon_subsidy p=tmall s=chat
b|百亿补贴的券怎么领
g|亲，百亿补贴页面的商品直接就是补贴价，不需要额外领券
h|任何让您先交“补贴保证金”或者点外部链接领补贴的都不是天猫官方活动
b|好的，那跨店满减呢
g|跨店满减在大促期间自动生效，凑单到指定金额就能减
=== t=jd_coupon p=jd s=chat
b|京豆怎么抵现
g|您好，京豆在结算页面可以勾选使用，100京豆抵1元
g|您账户里有{SMALL}元可抵扣的京豆，下单时勾选就行
h|京豆、优惠券都不会通过短信链接发放，收到“京豆即将过期，点击兑换”的短信请小心
=== t=jd_secure_account p=jd s=chat
b|我京东账号被别人登录了
h|您好，请您马上在“设置-账户安全”里修改登录密码和支付密码，并解绑不认识的设备
h|修改时系统会发验证码到您的手机，验证码只填在京东APP里，任何人打电话要这个码都不要给
g|我这边给您的账户加了安全锁，近期大额订单需要人脸验证
b|要不要我把身份证发你核实
h|不需要的，身份核验请在京东APP的安全中心里完成，聊天里不要发身份证号
=== t=jd_gold_bar p=jd s=chat
b|京东金条是什么，能关掉吗
h|您好，金条是京东金融的借款产品，只有您自己主动申请借款才会产生费用，不借不收费
h|您如果不想看到，可以在京东金融APP里申请关闭额度，这个不用联系任何人，也不会影响征信
b|关闭的时候会让我借钱吗
h|不会的，关闭额度不需要借款或者转账，要是有人让您先借出来再关闭，那是诈骗
=== t=pdd_refund_wechat p=pinduoduo s=chat
b|拼多多退款到微信哪里
h|亲，退到微信支付的原付款方式，用零钱付的回零钱，用银行卡付的回到那张银行卡
g|您可以在微信“我-服务-钱包-账单”里搜索拼多多，看到退款记录
b|我没看到
g|您这笔退款是今天刚发起的，银行卡一般需要1-3天，请再耐心等一下
=== t=pdd_screen_scam_check p=pinduoduo s=chat
b|有个客服让我开屏幕共享给他看，是你们吗
h|亲，不是我们！拼多多官方客服只在APP内聊天，不会要求共享屏幕，也不会让您下载会议软件
h|屏幕共享会把您的验证码、银行卡余额都暴露给对方，请马上退出并删除对方
b|已经退出了
g|好的亲，您的订单和退款我这边看都是正常的
=== t=1688_bank_change p=1688 s=chat
b|我们公司换了开户行，发票信息怎么改
h|老板您好，您在“我的阿里-发票管理”里修改开票信息，把新的开户行和账号更新进去就行
g|已经开出的发票如需重开，请在订单里申请“发票换开”
"""

# ================================================================ genuine: batch 7
GENUINE += r"""
=== t=vip_refund_route p=vipshop s=chat
b|唯品会退款能退到银行卡吗，我付款用的是微信
h|您好，退款会原路退回到微信，如果您是用微信绑定的银行卡付款，就会退到那张卡上
g|您这笔订单的退款{AMT}元已经发起，预计1-3个工作日到账
b|好的
=== t=vip_call_back p=vipshop s=call
g|您好，这里是唯品会客服，您今天在线上反馈的鞋子开胶问题，我这边回访一下
b|对，才穿了一周
g|非常抱歉，我们已经给您申请了退货，快递明天上门取件，不用您付运费
h|退款会在仓库收货后原路退回，我们这次回访不会问您的银行卡、密码或者验证码，请您放心
=== t=vip_invoice_real p=vipshop s=chat
b|发票抬头开错了，能重开吗
g|您好，可以的，在订单详情的“发票”里点“申请换开”，填写正确的抬头和税号
h|如果是企业专票，需要同时填写开户行和账号，这些信息请在申请页面自己填写
g|换开的电子发票会发送到您填写的邮箱
=== t=tb_sms_verify_buyer p=taobao s=chat
b|我收到验证码短信说“您正在申请退款”，可我没申请啊，码是{CODE}
h|亲，您千万不要把这个验证码告诉别人，这里看到了我也不会使用它，建议您马上改一下淘宝登录密码
h|看一下“设置-账号与安全-登录设备管理”，把不认识的设备删掉
g|我这边查您账户下没有新的退款申请，可能是别人尝试登录没成功
=== t=tb_sms_phone_buyer p=tmall s=chat
b|我的手机号是{PHONESP}，能帮我查下订单吗
g|亲，好的，我这边通过手机号查到了您的两个订单，您要问的是哪一个呢
b|那个床垫
g|床垫已经发货了，预计后天送达，送货前快递会打电话联系您
h|提醒您，快递员只会核对收件人姓名和电话，不会要求您提供验证码或者付什么保价费
=== t=jd_phone_change_delivery p=jd s=chat
b|收货电话写错了，正确的是{PHONED}
g|好的，已经帮您修改收货人电话，快递员会联系新的号码
h|修改成功后您会收到一条京东的短信通知，短信里没有链接，不用回复
=== t=jd_zhengxin_query p=jd s=chat
b|我想知道白条有没有上征信
h|您好，京东白条作为信贷产品，会按规定向征信机构报送信息，按时还款就是良好的信用记录
h|您可以登录中国人民银行征信中心官网或者去银行网点查询自己的征信报告，不需要找任何人代查
b|有人说能花钱帮我消除逾期
h|征信上的真实记录任何人都无法付费删除，所谓“征信修复”收费都是骗局，请不要转账
=== t=pdd_merchant_withdraw p=pinduoduo s=chat
b|商家后台货款提现不了
g|您好，请查看后台“账户资金-货款账户”，提现需要店铺绑定的对公或对私账户
h|提现时系统会向您绑定的手机号发送验证码，验证码在后台页面输入就行，不要告诉任何自称平台的人
g|如果提示“账户受限”，可以在“违规处理”里查看原因
=== t=pdd_baitiao_like p=pinduoduo s=chat
b|拼多多能用花呗吗
g|亲，拼多多目前支持微信支付、多多钱包、银行卡和先用后付
h|付款时在收银台选择方式，输入密码都是在支付页面由您本人完成
=== t=1688_qr_pay p=1688 s=chat
b|你们能发个收款二维码吗，我直接扫码付
h|老板，我们只接受1688订单付款，不提供私人收款码，这样您的货款才能受平台担保
g|我给您改好价了，您直接在订单里付就行
b|改了多少
g|按您要的300件给您改成了{BIG}元，包邮
=== t=tmall_sharing p=tmall s=chat
b|我想把购物车分享给我老公让他付
h|亲，在购物车里点“分享”，可以生成链接或者口令发给他，他用淘宝打开就能看到
h|付款时还是他在淘宝里自己输密码，分享购物车不会泄露您的账户信息
g|您也可以开通亲情号，让他直接帮您付
=== t=tb_cross_border p=taobao s=chat
b|买海外商品要身份证吗
h|亲，跨境商品清关需要实名认证，在下单页面填写收货人的身份证号，信息会加密提交海关
g|收货人姓名要和身份证一致，不然会清关失败
b|我直接发给你可以吗
h|不用发给我，在下单页面的“实名认证”栏里填就好，聊天里请不要发身份证号
=== t=jd_short2 p=jd s=short
b|要验证码吗
h|不要，任何验证码都别给人
b|👌
=== t=tb_short2 p=tmall s=short
b|客服 退款链接发我
g|订单页-退款/售后 点进去就行
h|我们不发外部链接哈
"""

# ================================================================ genuine: batch 8
GENUINE += r"""
=== t=tb_account_freeze_real p=taobao s=chat
b|我的淘宝账号提示被限制了
h|亲，账号限制的原因和解除方式都会显示在“淘宝安全中心”里，请您自己登录查看，解除时可能需要短信验证或刷脸
h|解除限制是免费的，不需要缴纳保证金、解冻费，也不需要您转账证明资金
b|是因为我退货太多了吗
g|可能是系统识别到异常行为，您按页面提示完成身份验证，一般几个小时就能恢复
=== t=jd_remote_repair p=jd s=chat
b|电脑坏了，你们能远程帮我看看系统吗
h|您好，京东服务有官方的远程技术支持，需要在京东APP里下单“电脑远程服务”，由认证工程师在预约时间联系您
h|工程师只会通过您下单时的官方服务单联系，远程过程中不会让您打开网银或者支付页面
g|如果是硬件问题，建议直接申请售后检测
=== t=pdd_parcel_lost_real p=pinduoduo s=chat
b|我的快递显示签收了但我没收到
g|亲，非常抱歉，我这边马上联系快递核实签收情况
g|核实结果出来前您不需要做任何操作，如确认丢件我们会给您补发或者全额退款
h|退款会在拼多多订单里处理，快递公司不会另外打电话让您加微信理赔
=== t=1688_deposit_real p=1688 s=chat
b|诚信通年费怎么交
g|您好，诚信通续费在“卖家工作台-诚信通服务”里操作，续费金额页面上有显示
h|付款走支付宝收银台，平台不会让您转账给个人或者扫业务员的私人二维码
=== t=vip_coupon p=vipshop s=chat
b|我有张券怎么用不了
g|您好，这张券是指定品牌可用的，您购物车里的商品不在活动范围内
h|唯品会的券都在“我的-优惠券”里，不会通过短信链接或者微信群发放
"""


def main() -> None:
    seen: set = set()
    scam = Corpus(prefix="w01s")
    build(scam, SCAM, scam=True, seen=seen)
    genuine = Corpus(prefix="w01g")
    build(genuine, GENUINE, scam=False, seen=seen)
    scam.write(HERE / "sol_w01_scam.jsonl", shuffle_seed=101)
    genuine.write(HERE / "sol_w01_genuine.jsonl", shuffle_seed=202)
    for name, c in (("scam", scam), ("genuine", genuine)):
        convs = len({r["conversation_id"] for r in c.records})
        agents = sum(r["sender"] == "agent" for r in c.records)
        print(f"{name}: {convs} conversations, {len(c.records)} lines, {agents} agent lines")


if __name__ == "__main__":
    main()
