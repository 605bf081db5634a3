#!/usr/bin/env python3
"""Generator for the holdout_w17 corpus.

Axis: case files of a police anti-fraud centre (reconstructed conversations reported by victims
of 冒充客服 fraud), beside ordinary service chats of the same kinds of businesses.

Every line of dialogue below was written by hand. Code is used only for values (card numbers,
codes, passwords, phone and ID numbers and their written forms), for ids/offsets through kit.py,
and to expand the compact line markers into labelled records.

Line markers inside a conversation block:
    @@ key=value ...     start a conversation (topic, platform, style, pretext)
    P text               scam agent line that asks for nothing yet (scam_pretext, pretext:<kind>)
    A RULES text         scam agent line; RULES are letters C S P V R T O L (see CODE), plus
                         lowercase flags x = contextual, e = evasion
    G text               genuine agent line (hard_negative added when it uses the scammers' words)
    H text               genuine agent line, always hard_negative
    B text               buyer line; {PLACEHOLDER} pieces become labelled entity values

Run:  python3 gen_holdout_w17.py   (writes holdout_w17_scam.jsonl and holdout_w17_genuine.jsonl)
"""
from __future__ import annotations

import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import sys as _sys  # noqa: E402
from pathlib import Path as _Path  # noqa: E402
_sys.path.insert(0, str(_Path(__file__).resolve().parent.parent))  # samples/: the shared kit
from kit import (Corpus, RULES, card_number, chinese_digits, digits, expiry, fullwidth,  # noqa: E402
                 id_number, mobile, spaced)

NAME = "holdout_w17"
RNG = random.Random(20261208)
CODE = {"C": "ASK_CARD_NUMBER", "S": "ASK_CARD_SECURITY", "P": "ASK_PASSWORD",
        "V": "ASK_VERIFICATION_CODE", "R": "ASK_SCREEN_SHARE", "T": "ASK_TRANSFER",
        "O": "ASK_OFF_PLATFORM", "L": "ASK_LOAN_OR_CREDIT"}
HARD_WORDS = ("验证码", "校验码", "动态码", "银行卡", "卡号", "密码", "微信", "转账", "汇款", "链接", "二维码",
              "共享", "借呗", "征信", "安全账户", "屏幕", "远程", "CVV", "有效期", "贷款", "额度",
              "保证金", "解冻", "QQ", "网址", "扫码", "收款", "备用金", "会议", "短信", "退款",
              "花呗", "支付宝", "冻结", "身份证", "理赔", "赔付", "押金", "手续费", "自动续费", "扣款",
              "借款", "挂失", "激活", "止付", "手机号", "取件码", "分期")


def value(key: str) -> tuple[str, str]:
    """A made-up value for a placeholder and its entity type, in the written form asked for."""
    r = RNG
    if key.startswith("V"):
        v = digits(r, 4 if key == "V4" else 6)
        form = {"V": v, "V4": v, "Vcn": chinese_digits(v), "Vyao": chinese_digits(v, one="幺"),
                "Vfw": fullwidth(v), "Vsp": spaced(v, 3), "Vsp1": spaced(v, 1)}[key]
        return "CN_VERIFICATION_CODE", form
    if key.startswith("CVV"):
        v = digits(r, 3)
        return "CN_CARD_SECURITY", {"CVV": v, "CVVcn": chinese_digits(v), "CVVfw": fullwidth(v)}[key]
    if key.startswith("EXP"):
        v = expiry(r)
        mm, yy = v.split("/")
        return "CN_CARD_SECURITY", {"EXP": v, "EXPcn": f"{yy}年{int(mm)}月", "EXPz": mm + yy}[key]
    if key.startswith("PW"):
        v = digits(r, 6)
        form = {"PW": v, "PWcn": chinese_digits(v), "PWsp": spaced(v, 1), "PWfw": fullwidth(v),
                "PWlogin": r.choice(["zhang", "lili", "abc", "wx", "qq", "mm"]) + digits(r, 6)}[key]
        return "CN_PAYMENT_PASSWORD", form
    if key.startswith("PH"):
        v = mobile(r)
        form = {"PH": v, "PHs": spaced(v, (3, 4, 4)), "PHd": spaced(v, (3, 4, 4), "-"),
                "PHcn": chinese_digits(v, one="幺"), "PHfw": fullwidth(v)}[key]
        return "CN_PHONE", form
    if key.startswith("ID"):
        v = id_number(r)
        return "CN_ID_CARD", {"ID": v, "IDs": spaced(v, (6, 8, 4))}[key]
    if key.startswith("C"):
        v = card_number(r, length=16 if key.endswith("16") else 19)
        base = key[:-2] if key.endswith("16") else key
        form = {"C": v, "Cs": spaced(v, 4), "Cd": spaced(v, 4, "-"), "Cfw": fullwidth(v),
                "Ccn": chinese_digits(v)}[base]
        return "CN_BANK_CARD", form
    raise KeyError(key)


def buyer_parts(text: str) -> list:
    parts, pos = [], 0
    for m in re.finditer(r"\{([A-Za-z0-9]+)\}", text):
        parts.append(text[pos:m.start()])
        parts.append(value(m.group(1)))
        pos = m.end()
    parts.append(text[pos:])
    return [p for p in parts if p != ""]


def build(corpus: Corpus, block: str, scam: bool) -> None:
    conv, kind = None, "other"
    for raw in block.strip("\n").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        mark, _, rest = line.partition(" ")
        if mark == "@@":
            meta = dict(item.split("=", 1) for item in rest.split())
            kind = meta.get("pretext", "other")
            tags = [f"topic:{meta['topic']}", f"platform:{meta['platform']}", f"style:{meta['style']}",
                    "source:case_file" if scam else "source:service_log"]
            if "channel" in meta:
                tags.append(f"channel:{meta['channel']}")
            conv = corpus.conversation(tags=tags)
        elif mark == "B":
            parts = buyer_parts(rest)
            has = any(isinstance(p, tuple) for p in parts)
            conv.buyer(parts, tags=["credential" if has else "no_credential"])
        elif mark == "P":
            assert scam, line
            conv.agent(rest, rules=[], tags=["scam_pretext", f"pretext:{kind}"])
        elif mark == "A":
            assert scam, line
            code, _, text = rest.partition(" ")
            rules = [CODE[ch] for ch in code if ch.isupper()]
            assert rules and all(ch in CODE or ch in "xe" for ch in code), line
            tags = ["scam"] + (["contextual"] if "x" in code else []) + (["evasion"] if "e" in code else [])
            conv.agent(text, rules=rules, tags=tags)
        elif mark in ("G", "H"):
            assert not scam, line
            hard = mark == "H" or any(w.lower() in rest.lower() for w in HARD_WORDS)
            conv.agent(rest, rules=[], tags=["genuine"] + (["hard_negative"] if hard else []))
        else:
            raise ValueError(f"bad line: {raw!r}")


# ---- scam side: reconstructed case files ----
SCAM: list[str] = []
SCAM.append(r"""
@@ topic=parcel_lost platform=顺达快递 style=call pretext=parcel_lost
P 喂您好，请问是机主王女士吗？我这边是顺达快递理赔中心，工号8827。
B 是我，什么事
P 您上周在优品购下的那单护肤品，在转运中心分拣的时候丢失了，按规定给您三倍理赔，一共597元。
B 哦，那直接退我账上不就行了
A O 因为金额超过了自动理赔的上限，需要您加一下理赔专员的微信，号是sdkd-lp0827，在那边给您走人工通道。
B 加微信干嘛，不能在快递app里弄吗
P 快递app只能处理两百以内的，您这个要走快速通道。不加也行，那就只能按普通丢件登记，赔付要等三个月。
B 行吧我加了
A R 好的王女士，为了指导您操作，麻烦您下载一个"云屏会议"，会议号我发您，进去之后点屏幕下方那个共享的按钮。
B 点了，然后呢
A C 现在打开您的支付宝，找到绑定的那张银行卡，点进去让我看一下完整卡号，我核对收款账户。
B 你不是能看见我屏幕吗
A Vx 系统刚给您手机发了一条短信，里面有6位数字，您直接念给我就行，不要挂电话。
B 短信上写着不要告诉别人啊
P 那是银行的通用模板，我们是官方理赔通道，不受影响的，您放心。
A Vx 念一下那串数字，理赔款马上就到。
B 好吧，{Vcn}
""")
SCAM.append(r"""
@@ topic=insurance_cancel platform=喵选商城 style=call pretext=membership_cancel
P 您好，这里是喵选商城客服中心。系统显示您在大学期间开通了"百万保障"服务，下个月起每月将从您账户扣除800元。
B 我没开过这个啊？
P 可能是当时误触开通的，这个服务和人民银行征信是挂钩的，如果不及时关闭会影响您的个人征信记录。
B 那怎么关？
A L 您先打开借呗或者微粒贷，看看里面有没有额度，我们需要核实您的征信状态是否正常。
B 借呗有两万多的额度
A LT 好的，您把额度先借出来，转到我们银保监的对公账户做一下流水验证，验证完了全额原路退回给您。
B 为什么要借钱啊，我没有贷款的需求
A L 不借出来系统无法判断您的征信是否健康，关闭失败的话征信上会留下一条不良记录，以后买房买车都受影响。
B 我还是觉得不对劲
A O 您要是不放心，可以加一下我们银保监工作人员的QQ 2846177302，他给您出具证明。
B 我先问问我家里人
A L 这个是有时效的，今天下午五点前不处理，系统会自动上报征信，到时候就不是我们能撤回的了。
""")
SCAM.append(r"""
@@ topic=membership_autopay platform=闪送外卖 style=chat pretext=membership_cancel
P 亲，您好！检测到您的账号开通了闪送外卖超级会员自动续费，每月将扣除398元，是否需要为您取消呢？
B 啊？我就开过一次15块的，怎么变398了
P 是系统升级的时候误把您设成商户会员了，非常抱歉给您带来困扰，我这边马上帮您取消。
A C 取消需要核对扣款账户，麻烦您提供一下绑定在外卖上的那张银行卡卡号。
B 卡号是{Cs}
A Vx 好的，已提交取消申请，您手机上会收到一个验证码，发给我完成取消。
B {V}
A P 收到～最后一步，扣款账户需要验证持卡人身份，您把这张卡的支付密码输在对话框里，系统自动加密的亲。
B 密码也要？？
P 亲放心，我们这边只能看到加密后的星号，看不到您的明文密码的哦。
A P 不输入密码的话取消流程会被系统判为无效，下个月仍会照常扣费398元呢。
B 算了我不弄了，我自己去app里看
A O 亲，app里面是查不到商户会员的，您点这个链接 http://ssvip-cancel.top/kf 进专属页面自己也可以取消哦
""")
SCAM.append(r"""
@@ topic=task_rebate platform=优品购 style=group pretext=task_rebate
P 欢迎新进群的家人们～本群是优品购官方合作的点赞返佣群，每天三单，单单返佣，日结不压款💰
B 怎么做？
P 第一单是体验单，关注我们指定的店铺截图发群里，立返5元红包。
B 截了，发了
A O 收到！体验单通过，后面的任务需要在"星选任务"APP上接单，下载地址 xingxuan-app.cn/dl ，下好了用邀请码 8866 注册。
B 注册好了
A T 第二单是垫付单，先在APP里充值128元购买任务商品，完成后本金加佣金一共返您166.4元。
B 充了，钱到了166.4，真的返了
A T 恭喜家人！下面是连单任务，一组三单，需要垫付2980元，完成后返佣38%，中途不能中断哦。
B 我先做了一单2980的，后面两单要五千多
A T 系统显示您的连单还差两单没有完成，账户被冻结了，需要继续充值5680元才能解冻提现。
B 我哪有那么多钱，能不能先把之前的退我
A TL 本金和佣金都在账户里，没做完是提不出来的。手头不够的话可以先在信用卡或者借款app上周转一下，做完马上就能全部提现。
B 你们是不是骗子
A T 家人别急，我们都是正规平台，超时未完成会扣除信誉分。今晚十二点前补齐5680，否则本金全部清零。
""")
SCAM.append(r"""
@@ topic=quality_compensation platform=喵选商城 style=call pretext=refund_claim
P 您好，请问是3月2号在喵选上买过一件儿童羽绒服的顾客吗？我是这家店的售后客服。
B 对，买过，怎么了
P 非常抱歉，这批羽绒服被质检查出来甲醛超标，我们已经全部下架了，按规定给您退款加双倍赔偿，一共是867块。
B 哇，还有这种好事
A O 因为订单已经确认收货了，后台走不了退款，需要您在浏览器打开我们的理赔页面 mxsc-lipei.com 填写信息。
B 打开了，要填好多东西
A CS 对，按提示填就行：收款的银行卡号、卡片背面那三位数，还有卡片有效期，都填上。
B 背面三位数是什么？
A Sx 就是卡背面签名条旁边那三个小数字，填进去系统才能给您打款。
B 填了
A Vx 提交后您手机会收到一条动态码，填到页面最下面那个框里，然后点确认领取。
B 短信里说是"消费"，金额4999？
P 那个是系统的格式问题，显示的是赔付资金池的总额，实际打到您账户的只有867，您放心确认。
A Vx 快点哈，动态码五分钟就失效了，失效了还得重新走流程。
""")
SCAM.append(r"""
@@ topic=account_freeze platform=乐购优选 style=sms pretext=account_anomaly
P 【乐购优选】尊敬的用户，您的账户因涉嫌违规交易已被临时冻结，冻结期间无法下单和提现，详询客服。
B 我的账户怎么了？我没有违规
P 系统检测到您的账户近期在异地频繁登录，疑似被盗用，为保障资金安全已冻结。
A T 解冻需要缴纳一笔2000元的风险保证金，24小时内审核通过后原路退回。
B 保证金交到哪？
A T 请转入平台风控专用账户：户名 乐购安全结算中心，账号后面我单独发您，转账备注您的手机号。
B 能不能用平台余额抵？
P 平台余额已经一并冻结了，不能使用，只能通过银行卡转账。
A T 转完把回执截图发过来，超过24小时没缴纳，账户将被永久注销，余额一律没收。
""")
SCAM.append(r"""
@@ topic=student_loan_cancel platform=分期乐享 style=call pretext=credit_repair
P 喂，您好，是李同学吗？我这边是分期乐享的官方客服，工号0391。
B 是，我已经毕业了
P 对，就是因为您毕业了，国家出了新规定，在校期间开的校园贷账户必须注销，不然会影响您的征信。
B 我没有借过钱啊，只是注册过
A L 注册过就算开户了，您现在需要把征信上的这条记录消掉，流程是先把各个平台里的额度全部提出来，再还回来就算清零。
B 提出来是什么意思
A L 就是您打开借呗、京享贷、微粒贷这几个，能借多少借多少，借出来之后我们统一核销。
B 我手机上只有借呗
A LT 可以，借呗借出来以后转到我们指定的监管账户，监管账户核销完会原路还进您的借呗。
B 要不我去银行问一下
A L 同学，我提醒您，今天是截止日，您不配合的话征信上就会显示逾期，以后考公务员政审都过不了。
B 那我借了两万，账号你发我
A T 收款账户：户名 周某某，开户行 城东农商银行，账号我发在短信里，转完跟我说一声。
""")
SCAM.append(r"""
@@ topic=flight_cancel platform=途安航旅 style=sms pretext=refund_claim
P 【途安航旅】尊敬的旅客，您预订的MU5xx7航班因机械故障已取消，请致电客服办理退改签并领取300元延误补偿。
B 我打电话了，你们说什么补偿
P 是的先生，航空公司给每位旅客补偿300元，需要您配合一下在银行的APP里操作领取。
A C 请问您的退票款是退到哪张卡上？把卡号报一下我帮您登记。
B {C}
A S 好的，还需要您卡的有效期，就是卡面上写着月份和年份的那个。
B {EXP}
A PVx 现在会收到一条银行短信，请把里面的数字告诉我，同时打开手机银行，在我说的"补偿领取"页面输入您的登录密码。
B 短信上是{V4}，但是密码我不想告诉你
A V 密码是您自己输在手机银行里的，我这边看不到，我只需要您报验证码。
A R 为了确认您操作的页面没错，您在手机上装一个"同屏助手"，我远程看一下帮您点。
B 不装了，我还是去机场柜台问吧
""")
SCAM.append(r"""
@@ topic=credit_limit_raise platform=招远银行信用卡 style=call pretext=other
P 您好，我是招远银行信用卡中心的，您的信用卡现在可以免费提升额度到五万，需要帮您办理吗？
B 可以啊，怎么办
A C 请提供一下您信用卡的卡号，我这边查一下您的用卡情况。
B {Cd}
A S 好的，再核对一下卡片背面签名栏后三位，这是提额系统必填项。
B {CVV}
A Vx 我这边点提交了，您收到一个短信的数字，念一下给我。
B 等下……收到了，{Vyao}
A T 额度已经预审通过了，不过需要做一次存款验资，您往卡里存入一万元，显示资金实力，验资后就能提到五万。
B 存到我自己卡里吗？
A T 不是，存到我们验资中心的账户，验完当天退回。账户是6228 48的那个，我让同事短信发您。
""")
SCAM.append(r"""
@@ topic=course_refund platform=学而优网校 style=chat pretext=refund_claim
P 您好，这里是学而优网校退费处。您去年报的考研英语课程，因为老师离职，课程没有上完，按规定可以全额退费3680元。
B 真的？我一直想退
P 是的，很多学员都已经退了。不过退费需要您配合在线操作一下。
A R 您电脑或者手机下载一个"会易通"，输入会议号 620 338 19 进来，打开屏幕共享，我一步一步带您弄。
B 进来了，共享了
A O 好，现在打开您的微信，扫一下我发在会议里的这个二维码，加一下我们财务老师。
B 加好了
A T 财务老师会给您发一个收款码，您扫一下，输入金额3680，这个是"反向验证"，扫完系统就会把钱和退费一起退给您。
B 这不就是我付钱给他吗？
P 不是的，反向验证是退费系统的安全机制，您付出去的和退费会一起回来，实际您不花一分钱。
A T 刚才的验证没有成功，因为您的余额不够，您把钱转到微信零钱里再扫一次。
B 我要退出会议了
A R 别退出！会议一退流程就作废了，屏幕共享不要关，您就看着我操作。
""")
SCAM.append(r"""
@@ topic=carrier_points platform=移联通信 style=sms pretext=prize_subsidy
A O 【移联通信】尊敬的客户，您的话费积分5860分即将清零，可兑换现金286.00元，请于今日内登录 ylkh-jf.cn 兑换。
A O 点击链接 ylkh-jf.cn 进入积分商城，按页面提示填写信息即可领取现金。
B 我点进去了，页面要填银行卡
A CSP 是的，积分兑换的现金直接打到您的卡上，需填写卡号、有效期、CVV以及取款密码用于身份认证。
B 取款密码也要填？？
A P 取款密码是用来确认持卡人本人的，不填写视为放弃兑换。
B 好的，填完了
A Vx 请输入刚收到的短信动态码完成兑换。
""")
SCAM.append(r"""
@@ topic=parcel_damage platform=捷运快递 style=chat pretext=parcel_lost
P 您好，您有一个快递在运输途中外包装破损，内件受损，我们这边为您申请了理赔。
B 哪个快递？
P 单号JY7739208814，寄件方是"小鹿家居"，是一个台灯。
B 哦对，我是买了台灯
A O 理赔需要到我们的理赔小程序里操作，您用支付宝扫一下这个码，进入"快赔服务"。
B 扫了，他叫我开通什么"备用金"
A L 对的，理赔款是通过备用金通道发放的，您点开通，系统会给您一个500元的额度，这个不用还的。
B 开通了，然后呢
A T 现在要把这500转到理赔中心的账户做对冲，对冲完就会把理赔款连同500一起返到您的余额。
B 我没理解，怎么又要我转钱
P 这是支付宝规定的资金对冲流程，不做对冲的话理赔款无法到账，很多客户都是这样操作的。
B 不做了，台灯我不要赔了
A L 您已经开通了备用金，不做对冲的话这500会算作您借款，逾期会上征信的，建议您还是按我说的完成。
""")
SCAM.append(r"""
@@ topic=ticket_refund platform=票多多 style=call pretext=refund_claim
P 您好，我是票多多客服，您买的周六那场演唱会因为场馆原因延期了，我们这边给您办理退票并补偿20%。
B 哦，那退到哪里
P 原来的支付渠道出了点问题，退不回去，需要您换一个渠道接收。
A C 您有没有其他银行卡，报一个卡号给我，我们直接打到卡上。
B 我有一张工行的，{C16}
A P 好的，这边需要您设置一个收款密码，就用您这张卡的取款密码就行，告诉我我帮您录入系统。
B 我不能告诉你密码吧
A Px 那这样，您把密码的六个数字，每个数字加1告诉我，这样也算加密了。
B 这……不行，太奇怪了
A V 那就不用密码了，银行会发一个校验码过来，您报给我这个就可以。
B 我挂了，自己去app看
""")
SCAM.append(r"""
@@ topic=wrong_charge platform=速递鲜生 style=chat pretext=refund_claim
P 您好，我是速递鲜生的售后，昨天给您配送的车厘子我们这边误操作扣了您两次款，多扣的189元需要退给您。
B 我看一下……好像是扣了两次
A O 退款需要在我们财务系统里操作，您加一下财务的企业微信，搜索"速鲜-财务-陈"。
B 加上了，头像是个蓝色的盾牌
A R 财务这边给您发了一个视频会议邀请，您点进去打开屏幕共享，财务要看到您的支付页面才能退。
B 开了
A P 您现在打开银行app，输入登录密码，密码输入的时候不用遮挡，我们这边需要确认账户。
B 输好了
A Vx 您看一下最新的那条短信，是不是6位数的？报一下。
B {Vsp}
A T 退款失败了，系统提示您的账户有风险，需要先转一笔189元过来激活退款通道，激活成功后一起退给您378。
""")
SCAM.append(r"""
@@ topic=police_impersonation platform=反诈中心(冒充) style=call pretext=account_anomaly
P 你好，这里是市公安局刑侦支队，我姓刘，警号031487。你的身份证涉嫌一起洗钱案，现在需要配合调查。
B 什么？我没有洗钱
P 你名下有一张银行卡被用来转移赃款，涉案金额三百多万，你现在是嫌疑人。
A O 为了不泄露案情，你现在找个没人的地方，下载"警民通"这个APP，我们要给你做笔录。
B 我下好了
A R 打开APP里面的视频通话，把屏幕共享打开，我要看你的手机里还有没有其他可疑的东西。
B 共享了
A C 把你名下所有银行卡的卡号一张张报给我，我们要核对哪一张是涉案卡。
B 我有两张，{C}，还有一张{Cs}
A T 这两张卡里的钱要转到我们的"国家安全账户"进行资金清查，清查完毕会原路退回。
B 这样安全吗
A T 你不配合就是妨碍公务，要立即对你实施拘留。现在就转，所有的钱都转过去，转完把回单发给我。
""")
SCAM.append(r"""
@@ topic=membership_cancel platform=悦听音乐 style=chat pretext=membership_cancel
P 您好，您是悦听音乐的年费会员，系统显示您开通了"代理商"权限，每月会自动扣除600元代理费。
B 我没开过什么代理商
P 这个可能是您之前点广告误开的，我们这边可以帮您关闭，但需要您配合操作。
A L 首先，您打开支付宝-我的-借呗，告诉我您现在的额度是多少。
B 借呗显示3万
A L 这个额度就是代理商系统给您开的，您需要把这三万全部借出来，才能把代理身份注销掉。
B 借出来我不就欠钱了吗
P 借出来以后按我们的流程还回去，系统就识别为已注销，不会产生一分钱利息。
A T 借出来的钱转入这个账号：6217 0000 …… 户名 悦听信息科技，这是我们公司的对公户。
B 我转了3万
A LT 系统提示还有一个微粒贷的额度没有清零，还要再借一次，同样的方式转过来。
""")
SCAM.append(r"""
@@ topic=bank_card_upgrade platform=华通银行 style=sms pretext=account_anomaly
P 【华通银行】您的账户因未完成实名认证升级，将于今日22点冻结，请尽快回复处理。
B 回复什么
A CP 请回复：姓名+卡号+交易密码，我行将为您自动完成升级。
B 张伟 {C} {PW}
A Vx 升级中，请将收到的6位动态码回复至本号码。
B {V}
A Vx 第一个动态码已失效，请将第二条短信中的新码回复。
B {V}
""")
SCAM.append(r"""
@@ topic=ecommerce_refund platform=优品购 style=chat pretext=refund_claim
P 亲亲，您在我们店买的那条裙子是残次品，我们主动给您退款，不用寄回哦～
B 好呀，退我原来支付的地方就行
P 原来支付渠道是花呗，花呗退款要等15个工作日，我们有快速退款通道当天到账的哦～
A O 您点这个快速退款专属链接：https://ypg-tuikuan.vip/r/8831 按提示操作就可以啦
B 打开了，让我输入银行卡号和手机号
A C 对的亲，填上您常用的卡号，收款用的
B 填了
A Vx 再把刚收到的验证码填进去，然后截图给我看看
B 截图你看，{V}
A T 亲，系统显示退款通道需要先激活，您在页面上点"充值激活"，充一块钱就行，充完退款马上原路到账～
""")
SCAM.append(r"""
@@ topic=insurance_claim platform=安诚保险 style=call pretext=refund_claim
P 您好，这里是安诚保险理赔中心。您去年在网购时附带买的运费险有一笔多扣的保费，共计327元，需要退还给您。
B 运费险还能多扣？
P 是的，系统故障导致部分客户重复扣费，我们正在逐一联系退还。
A O 您现在打开手机浏览器，输入 acbx-tuifei.cc ，登陆以后点击"保费退还"。
B 页面打不开
A O 那您加一下我们理赔专员的QQ，号码3369201847，我在QQ里给您发文件。
B 加了QQ了
A R QQ上我给您发了个远程协助的请求，您点接受，我帮您操作就快了。
B 我不会让别人远程我的手机
P 女士，我们这是正规保险公司，所有通话都有录音的，您放心。
A Pe 那您自己操作也行，进去后在"退费账户"那一栏填卡号和蜜码，蜜码就是您取钱时候输的那个。
""")
SCAM.append(r"""
@@ topic=subsidy_claim platform=社保补贴(冒充) style=sms pretext=prize_subsidy
P 【人社通知】您符合2026年度职业技能提升补贴申领条件，补贴金额1680元，请于3日内办理。
B 怎么领？
A O 请添加补贴办理专员微信：rs-bt2026，发送"申领"获取办理流程。
B 加了，他让我填表
A CS 请在表格中填写：姓名、身份证号、银行卡号、卡片有效期，信息不全无法发放。
B 身份证{ID}，卡号{Cs}，有效期{EXP}
A T 资料审核通过，发放补贴前需缴纳个人所得税168元，请扫下方二维码支付。
B 领补贴还要交税？
A T 这是国家规定，补贴超过1000元都要代扣个税，不缴纳不予发放，逾期作废。
""")
SCAM.append(r"""
@@ topic=parcel_lost platform=云达物流 style=chat pretext=parcel_lost
P 你好，云达物流理赔部，你的件丢了，赔你两百八，要不要
B 要啊，怎么赔
A Oe 加我威信 yd-lipei88 ，这边不方便打款
B 威信？微信是吧，加了
A C 把你收款的卡号发我
B {C}
A S 卡背后三位也发下，财务那边打款要核对
B 三位是{CVV}
A Vex 马上有个yzm过来 发我
B 没收到啊
A Vex 重新发了 注意查收 收到直接截图过来 别漏了
B {V}
""")
SCAM.append(r"""
@@ topic=credit_card_annual_fee platform=东亚联合银行 style=call pretext=membership_cancel
P 您好，這邊是東亞聯合銀行信用卡中心，您的白金卡年費2800元將於明日自動扣除，請問是否需要取消？
B 我辦卡的時候說免年費的啊
P 是的，當時是首年免年費，第二年開始收，現在可以為您申請免除，但需要驗證身份。
A CS 請您提供信用卡卡號，以及卡片背面的三位安全碼。
B 卡號{Cs}，背面是{CVV}
A S 還有卡片正面的有效期，月份/年份。
B {EXP}
A V 稍後會有一條驗證短信發到您的手機，請把其中的六位數字告訴我完成免年費登記。
B 短信說這是一筆境外消費？
P 不會的，這是免年費申請的系統代碼，顯示格式跟消費一樣，您不用擔心。
A Vx 請儘快告訴我，過了時間就要再等一年才能申請了。
B 我覺得不對，我打你們官方電話核實
""")
SCAM.append(r"""
@@ topic=delivery_compensation platform=闪送外卖 style=call pretext=refund_claim
P 喂您好，我是闪送外卖的骑手客服，您中午那单麻辣烫，骑手路上撒了，商家说给您赔偿，退款加补偿一共88块。
B 我吃到了啊，没撒
P 可能是系统显示有问题，您那单的骑手上报了餐损，赔偿已经生成了，不领的话会退回。
A O 您打开支付宝，在搜索框里搜"闪送理赔"，点进第二个小程序，不是第一个哦。
B 进去了
A C 在收款信息那里填一下您的银行卡号
B 要填卡号？支付宝里不是有余额吗
A Cx 余额通道今天维护，只能打到卡里，您填一下就行，填完告诉我。
B 填了
A P 下面还有一个"验证支付密码"，您把支付宝的支付密码输进去确认身份。
B 这个应该没问题吧
A Vx 然后输入手机收到的那个码，这样88块马上就到您卡上了。
""")
SCAM.append(r"""
@@ topic=task_rebate platform=短视频点赞(冒充) style=chat pretext=task_rebate
P 姐妹你好呀～看到你刷到我们的兼职广告啦，在家动动手指给视频点赞，一个赞2块，一天轻松两三百哦
B 真的假的，要交钱吗
P 不用交任何费用哦！先给你派三个体验任务，做完立马结算
B 做完了，截图发你
A C 好的亲，截图收到，佣金怎么给你打呢？把你的银行卡号发我一下，直接打到卡上
B {C16}
A O 佣金6元已到账～后面的高佣任务要到我们导师那边领，加一下导师的QQ：扣扣 2210 9875 22
B 加了导师
A T 导师这边的福利单：充值300做一单，返420，这是新人专属的，只能做一次哦
B 我充了300，还没返
A T 亲你操作失误了，数据没提交上，现在需要充值900修复数据，才能把前面的一起返给你
B 我不充了，把300退我
A T 不补齐的话账户会被锁定，300也取不出来了哦，你自己考虑清楚
""")
SCAM.append(r"""
@@ topic=loan_app_fee platform=速借花(冒充) style=chat pretext=deposit_fee
P 您好，您在速借花申请的5万元贷款已审批通过，请注意查收放款通知。
B 什么时候到账？
P 放款时系统检测到您填写的银行卡号有误，资金已被冻结，需要您处理一下。
A C 请您重新提供一下正确的收款银行卡卡号。
B 我填的没错啊，{Cs}
A T 系统显示的是错误，冻结的资金需要缴纳解冻金5000元，解冻后连同贷款一起打到您的卡上。
B 贷款还要先交钱？
P 这个是银行规定的，解冻金是证明您有还款能力的，到账后会一起退还。
A T 您可以转到我们的风控专员账户，转完后半小时内5.5万全部到账。
B 我没有5000
A L 没有的话可以先在别的平台借一下，等放款到了再还上，不会有任何损失。
B 我不借了，你们把贷款取消吧
A L 贷款合同已经生效，现在取消属于违约，要上征信的，还要赔偿违约金一万元。
""")
SCAM.append(r"""
@@ topic=ecommerce_merchant_ban platform=喵选商城 style=call pretext=account_anomaly
P 您好，我是喵选商城的平台安全部，您的账户被检测到参与了刷单，店铺评价系统已经把您列入黑名单。
B 我从来不刷单啊
P 有可能是您的账号被别人盗用了，我们需要核实，否则您的账户将会被永久封禁，并通报到人民银行。
A R 请您先下载一个"屏语"APP，开启共享，我们安全部的同事要看一下您的账户记录。
B 这个我装不了，手机提示有风险
A Rx 那个风险提示不用管，点"仍然安装"就行，那是手机系统误报的。
B 装好了
A P 打开您的手机银行，输入您的密码登录，我们这边核实一下有没有异常转出。
B 我输了，你能看见吗
A V 能看见，现在需要您把收到的短信验证码输进去，我们给您做一个资金隔离。
B 什么是资金隔离
A T 就是把您卡里的钱暂时转到我们的隔离账户，防止盗号的人把钱转走。核实完就退回来。
""")
SCAM.append(r"""
@@ topic=parcel_customs platform=环球速运 style=call pretext=deposit_fee
P 您好，这里是环球速运海关清关部，您有一个从日本寄来的包裹，里面查出违禁品，现在扣在海关了。
B 我没在日本买过东西
P 寄件人写的是您的名字和电话，如果不处理就会移交公安机关。
A O 请您拨打海关缉私科的电话 0771-28xx6655，那边会给您办理手续。
B 我打了，他们说要交保证金
A T 对的，需要缴纳一万元的清关保证金，证明您与违禁品无关，查清后全额退还。
B 我没有那么多钱
A T 多少都可以先交，先交三千，剩下的后面补。转账的时候不要告诉银行工作人员是交保证金，就说是给亲戚转账。
B 为什么不能说
P 这个案件现在是保密状态，您告诉任何人都可能泄密，后果您自己承担。
""")
SCAM.append(r"""
@@ topic=game_account platform=畅玩游戏 style=chat pretext=refund_claim
P 你好，我是畅玩游戏官方客服，你家孩子上个月在游戏里充了3200，我们核实是未成年人充值，可以全额退款。
B 对对对，是我儿子偷偷充的
P 家长您好，未成年退款需要监护人配合操作，我们走绿色通道，今天就能退。
A O 请家长下载"畅玩家长守护"APP，不是应用商店那个，是这个链接里的 cw-guard.apk.cn
B 下好了
A CP 在APP里绑定您的银行卡，输入卡号和交易密码，退款会打到这张卡上。
B 输了
A V 退款审核的时候会给您发一个验证码，您把它发给我，我这边帮您提交。
B {V}
A T 审核失败，系统显示您的卡余额不足3200，无法作为退款接收账户。您先往卡里存够，或者扫这个码先付3200做个对账，对账完一起退回6400。
""")
SCAM.append(r"""
@@ topic=bank_security_check platform=中成银行 style=call pretext=account_anomaly
P 您好，我是中成银行风控中心的，您尾号3521的银行卡刚刚在外地有一笔12000元的可疑交易，请问是您本人操作的吗？
B 不是我！我在家呢
P 那就是被盗刷了，我现在马上帮您拦截，您别挂电话。
A C 请您报一下完整的卡号，我们这边核实一下被盗刷的是不是这张卡。
B {Ccn}
A S 好的，卡片背面有三位数，需要报给我一下，冻结盗刷必须要。
B {CVVcn}
A V 现在给您发一个冻结码，收到后念给我，我这边就能冻结了。
B {Vcn}
A T 冻结成功了，但是您卡里的余额还不安全，要转到我们行为您开设的临时安全账户，等警方结案再转回来。
B 转多少
A T 卡里剩多少转多少，一分都别留，账户是您本人名字开的，不用担心。
""")
SCAM.append(r"""
@@ topic=prize_winning platform=喵选商城 style=sms pretext=prize_subsidy
P 【喵选】恭喜您在周年庆老客户回馈活动中被抽中二等奖：苹果笔记本电脑一台，请于48小时内领取。
B 我中奖了？怎么领
A O 登录领奖页面 mx-zhongjiang.net/lj 填写收货信息。
B 填了地址
A T 根据规定需先缴纳奖品价值20%的个人所得税1998元，缴纳后3个工作日内发货。
B 能从奖品里扣吗
A T 实物奖品无法抵扣，必须先缴纳，可以通过页面下方的扫码支付完成。
B 那我不要了
A T 您已确认领奖，放弃属于违约，需支付违约金5000元，否则我们将通过法律途径追讨。
""")
SCAM.append(r"""
@@ topic=credit_repair platform=征信服务(冒充) style=call pretext=credit_repair
P 您好，您之前在网上申请过一笔贷款没有成功，但是已经在您的征信报告上留下了查询记录，我们这边可以帮您修复。
B 我确实申请过，修复要钱吗？
P 修复是免费的，但是需要验证您的还款能力，不然系统判定您是高风险用户。
A L 您现在打开您手机上有的所有贷款APP，把能借到的额度都借出来，放到您自己的卡里展示一下流水。
B 放到我自己卡里？那可以
A C 借出来后把那张卡的卡号报给我，我们要给银行出示流水证明。
B {C}
A T 流水证明要求资金在我们的托管账户里停留24小时，您再转一下到托管账户，明天原路返回。
B 不是说放在我自己卡里吗？
A L 放您自己卡里的流水银行不认可。您不按流程来的话，征信就修复不了，以后贷款都批不下来。
""")
SCAM.append(r"""
@@ topic=ecommerce_refund platform=乐购优选 style=call pretext=refund_claim
P 您好，我是乐购优选的客服，您买的空气炸锅被查出来有安全隐患，我们给您退款并赔偿200元。
B 好的，那我怎么操作
A R 我们需要您下载一个"QuickShare会议"，进入会议之后开启屏幕共享，我们财务在线指导。
B 我用的是老年机，没办法装
P 没关系，那您用家里其他人的手机也可以，或者我们电话指导您去银行柜台操作。
A C 或者这样，您直接把您的银行卡号念给我，我们财务直接打款。
B {Ccn}
A Px 财务说打款前要验证，您卡的密码是多少？六位数。
B 我闺女说密码不能告诉人
A P 阿姨，您闺女说的是对的，但是我们是官方的，不一样。您不说密码这个钱就退不了了。
B 那我让我闺女跟你说
P 好的阿姨，您让她接电话吧。
""")
SCAM.append(r"""
@@ topic=utility_refund platform=城燃燃气(冒充) style=sms pretext=refund_claim
P 【城燃燃气】您家燃气表系统升级期间多收了燃气费213.5元，请于今日内办理退费。
A O 退费请点击 crrq-tf.com 登录个人账户。
B 点开了，要填写银行卡号和密码
A CP 请如实填写银行卡号、取款密码，用于退费到账。
B 取款密码为什么要填
A Px 系统需要验证后才能打款，密码加密传输，请放心填写。
A Vx 填写后点击获取，并输入收到的验证码。
""")
SCAM.append(r"""
@@ topic=ride_hailing_refund platform=快的出行 style=chat pretext=refund_claim
P 你好，我是快的出行客服，您上周五的一次行程被司机多收了费用，经核实需退还您43元。
B 嗯，那天确实贵了
A O 退款需要在我们的客服企业号上领取，请您复制 kd-tuikuan 到微信搜一搜。
B 找到了
A R 您在企业号里点"在线客服"，会弹出一个视频会议，接听后选择共享屏幕。
B 点了共享，屏幕上一圈红框
A Cx 您现在打开支付宝，把"我的-银行卡"那一页给我停留一下，我看一下卡号。
B 好的
A Vx 等一下会来一条短信，收到后先不要关，把手机拿近点，我看一下上面的数字。
B 收到了你看到了吗
A T 退款失败了，系统要求您先支付43元做一下"反向退款"，您在支付宝付款给这个账户就行。
""")
SCAM.append(r"""
@@ topic=parcel_lost platform=顺达快递 style=short pretext=parcel_lost
P 顺达理赔，你件丢了，赔三倍
B 咋赔
A O 加V❤️ sd99lp
B 加了
A R 进会议 号612883 开共享
B ？
A Cx 银行卡那页点开
B 点了
A Vx 码念下
B {V}
""")
SCAM.append(r"""
@@ topic=social_security_card platform=医保服务(冒充) style=call pretext=account_anomaly
P 您好，这里是市医保中心，您的医保卡在外地被人冒用，涉嫌违规套取医保基金，您的医保卡今天将被冻结。
B 我的医保卡一直在我身上
P 那就是您的信息被泄露了，我们这边帮您转接到公安局经侦大队。
P 您好，我是经侦大队李警官，您涉嫌参与医保诈骗，现在我们要对您做资产审查。
A CP 请您报一下您名下所有银行卡的卡号和余额，以及网银的登录密码，我们要核实资金来源。
B 我不方便给密码
A P 你现在是嫌疑人，不配合调查就是包庇，资产审查必须要提供网银密码，否则我们马上申请冻结你所有的账户。
B 好……密码是{PW}
A V 银行会发一个验证码，这是检察院的审查授权码，念给我。
B {Vcn}
""")
SCAM.append(r"""
@@ topic=fake_customer_service_number platform=优品购 style=call pretext=refund_claim
P 您好，优品购客服热线，请问有什么可以帮您？
B 我在网上搜的你们电话，我买的鞋子想退货，但是卖家一直不理我
P 好的，我帮您看一下……您这个订单卖家超时未处理，可以直接由平台给您退款，另外补偿您50元。
A R 您这个需要平台财务处理，我们有一个专门的退款软件，您在应用商店搜"向日葵"，装好了告诉我识别码。
B 装好了，识别码是……这个要给你吗
A RVx 对，识别码和验证码都告诉我，我远程帮您操作，您不用动手。
B 我不太想让你远程
P 先生，远程操作只是帮您点一下退款按钮，您的手机画面您随时能看到，随时可以断开。
A V 那您自己操作，打开支付宝，会收到一条确认短信，把上面的数字读给我，我这边给您审核通过。
""")
SCAM.append(r"""
@@ topic=education_subsidy platform=智学云课堂 style=group pretext=prize_subsidy
P 各位家长好，我是智学云课堂的教务老师，本学期教育局有一笔"双减"学习补贴，每位学生可领取980元。
B 请问怎么领取？
A O 请家长们扫描群里的二维码进入"补贴申领"小程序，填写孩子信息和家长的银行卡。
B 填了，怎么还没到账
A T 需要家长在小程序里先缴纳198元的资料审核费，审核通过后980元一起到账。
B 其他家长领到了吗
P （群友）我领到了，已经到账了，谢谢老师！
A T 还没缴费的家长抓紧哦，今天晚上八点截止，过时补贴名额将收回。
""")
SCAM.append(r"""
@@ topic=bank_card_abnormal platform=华通银行 style=call pretext=account_anomaly
P 您好，我是华通银行客服，系统显示您的银行卡违反了反洗钱的新规定，今天下午将被停用。
B 为什么？我一直好好的
P 因为您的卡近期有几笔大额的转入，需要您到我们的网上营业厅做一个身份升级。
A O 您现在打开手机浏览器，进入 htbank-shengji.com ，点击"个人认证升级"。
B 打开了，需要输入很多东西
A CSP 输入您的卡号、卡背面的CVN2码、有效期、以及六位交易密码，这些都是升级必须的。
B 卡背面的码我找不到，卡上磨掉了
A Sx 那您就先填有效期，背面那个码旁边有没有其他数字？您拍一下卡背面发给我。
B 我拍不了，在外面
A V 没关系，那您把收到的动态验证码先发过来，我后台帮您补录。
""")
SCAM.append(r"""
@@ topic=membership_cancel platform=影视派 style=chat pretext=membership_cancel
P Hi 亲，这边是影视派VIP服务中心，您开通的"连续包年"服务本月将扣除1188元，如需退订请尽快联系～
B 我没开过连续包年，只买过一个月
P 亲，可能是系统默认勾选了自动续费，您不退订的话每年都会扣哦。
A L 退订需要先验证您的信用，请打开支付宝-我的-花呗，看一下您的花呗额度还有没有。
B 有的
A L 那这边要把您花呗的额度先冻结掉，操作方法是：把花呗的额度全部用掉，买我们指定的购物卡。
B 用掉是什么意思，我不就花钱了吗
A T 购物卡买完把卡号和卡密发给我，我们这边注销完会把购物卡的钱原路退回。
B 我觉得你在骗我
A O 亲您可以不信，但扣费是真的会扣的哦，您可以打这个电话 17299xx1023 找我们经理核实。
""")
SCAM.append(r"""
@@ topic=overseas_charge platform=万通信用卡 style=call pretext=account_anomaly
P 您好，万通信用卡中心。您的卡刚刚在泰国曼谷有一笔消费，金额折合人民币6890元，是您本人吗？
B 不是！我人在杭州
A C 明白了，我这边先帮您挂起这笔交易，需要核对一下卡片信息，防止继续被盗刷。
A S 请您拿出卡片，看一下卡片正面的有效期，报一下月份和年份。
B {EXP}
A Sx 再翻到背面，签名栏右边有个斜体的三位数，那个也报一下。
B {CVV}
A Vx 我这边已经提交挂起了，系统发了一个挂起确认码给您，报给我就完成了。
B 这个短信说的是"支付"，不是挂起
P 女士，我们的系统是外包的，短信模板统一用支付两个字，实际是挂起的操作，您不要多虑。
A Vx 码的有效期只有60秒，再不报这笔6890就要入账了。
""")
SCAM.append(r"""
@@ topic=screen_refund_guide platform=喵选商城 style=call pretext=refund_claim
P 您好，喵选商城售后，您上个月买的那台扫地机器人，厂家召回，给您退全款1499。
B 那太好了，直接退到我付款的卡吧
P 这个召回是厂家出钱，不走平台的原路退款，所以得您配合一下领取。
A R 您手机上有没有"腾会"或者"钉会"这种开会的软件？有的话开一下，我给您发会议号。
B 有，公司用的那个
A R 会议号 883 520 6617，进去之后底下有个"共享屏幕"，点一下，然后点"开始"。
B 好了，我看到你了
A R 您别切出去，把手机音量关一下，我这边要看着您的屏幕操作，切出去我就看不到了。
B 嗯
A Cx 打开您的银行app，首页有个"我的账户"，点进去，卡号那里有个小眼睛，点开。
B 点开了
A P 现在点"转账"，输入您的登录密码，密码框右边有个显示明文的图标，您点一下让我核对一下对不对。
B 为什么要显示出来
P 因为刚才您输错过一次，我这边要确认一下，错两次会锁卡的。
""")
SCAM.append(r"""
@@ topic=cross_border_order platform=海淘优选 style=chat pretext=refund_claim
P Hello, this is 海淘优选 customer service. 您的海外直邮订单因为清关失败已被退回，我们安排给您退款。
B OK，退款多久到？
A C 因为是跨境订单，退款需要用外币结算，需要您提供一下卡的国际信息。
A CS Please provide 卡号 card number, expiry date 和 back side 三位 CVV，我们财务走 Visa 通道给您退。
B 卡号{Cs}，有效期{EXP}
A Sx CVV还差一个，就是卡背面最后三个数字 😊
B 这个也要？
A S Yes，没有CVV国外银行没办法入账，退款会被退回，到时候就要等三个月了。
B {CVV}
A Vx 您收到了一个 OTP 吗？就是那个 one-time password，发我一下 thanks
""")
SCAM.append(r"""
@@ topic=credit_card_cash_back platform=东方信用卡 style=sms pretext=prize_subsidy
P 【东方信用卡】尊敬的持卡人，您的信用卡积分可兑换现金返还338元，回复1了解详情。
B 1
A CS 请回复您的信用卡号、有效期和背面末三位，工作人员将为您办理返还。
B {C16} {EXP} {CVV}
A Vx 返还处理中，请将稍后收到的6位数字回复给本号码确认身份。
B {V}
""")
SCAM.append(r"""
@@ topic=parcel_lost platform=极速快运 style=call pretext=parcel_lost
P 喂，是赵先生吗？我是极速快运的，您有个件在我们网点丢了，里面是一双运动鞋，我们按500赔。
B 哦，那个鞋我等了好久，丢了啊
P 对不起赵先生，是我们的失误，赔偿款今天就能到您手上。
A O 您打开微信，搜索"极速快运理赔"这个公众号，点"在线理赔"，是不是弹出一个表单？
B 我搜到了三个，哪个是
A Ox 第二个，头像是蓝色的那个，搜到了点进去，填完表单会有个链接跳转，您就点进去。
B 点进去了，问我要身份证和银行卡
A C 身份证号和银行卡号都填上，填收款的那张卡。
B 好了
A Sx 下面还有"卡片有效期"和"安全码"两栏，都要填，不填系统不给过。
B 我不太想填安全码
A S 赵先生，安全码是打款用的，不填的话我们只能按照"拒绝理赔"处理了，这个是您自己放弃的。
""")
SCAM.append(r"""
@@ topic=account_anomaly platform=零钱通(冒充) style=chat pretext=account_anomaly
P 您好，我是支付平台的安全客服，检测到您的账户存在异常登录，请问是您本人在黑龙江哈尔滨登录的吗？
B 不是啊
P 那您的账户有被盗的风险，我这边马上帮您处理，请不要退出当前对话。
A R 为了确认您的设备是否被植入了木马，请您点开手机设置里的"屏幕投射"，输入投屏码 7720。
B 投了
A Rx 好的，现在不要关，保持投屏，我在检查您手机里的程序。
B 检查出来了吗
A P 您手机里有一个可疑程序，需要您进入支付设置，修改支付密码，先输入旧密码，我这边会同步记录保存。
B 输完了，下一步？
A V 最后，系统会发一个新的安全码到您的手机，复制发到对话框，我这边帮您绑定新设备。
""")
SCAM.append(r"""
@@ topic=insurance_refund platform=平和人寿 style=call pretext=refund_claim
P 您好，我是平和人寿的客服小孙。您在我司购买的意外险，因为政策调整，现在可以退回已交保费2400元。
B 我没打算退啊
P 不退也可以，但明年起会涨价到一年3600，您现在退了，还可以重新买新的便宜套餐。
B 那我退吧
A R 好的，为了快速办理，我给您发个视频邀请，您接通以后把摄像头翻到屏幕，或者直接开屏幕共享就好。
B 我是老人，不会用
A R 阿姨没事，您把手机给您家里年轻人也行，就是把手机画面让我看到，我一步步教。
B 那我还是等我儿子回来吧
A Cx 等不了的阿姨，今天是最后一天。这样，您把银行卡拿出来，把卡正面那一长串数字读给我。
B {Ccn}
A S 好的，翻过来，背面有个白色的签名条，签名条右边那三个数，也给我读一下。
""")
SCAM.append(r"""
@@ topic=refund_bank_app platform=优品购 style=chat pretext=refund_claim
P 亲～我是优品购官方售后，您购买的婴儿奶粉因批次问题全国召回，给您办理退款加补偿300元
B 怎么这么多问题奶粉……怎么退？
A R 亲，需要您在手机的设置里，打开"屏幕共享"功能，然后进到我们给您发的会议房间 hui.ypg-kefu.com/8820
B 我打开了，但是不知道怎么进会议
A Rx 您复制那串数字，打开会议软件，在"加入会议"那里粘贴，然后点"共享"，选择"整个屏幕"
B 好了
A Cx 您现在打开您的手机银行，停留在首页，我看一下您的账户信息
B 好的
A Vx 您稍等，会有一个验证码，您收到了不用读，就放在屏幕上，我这边能看见。
B 好的，看见了吗
A T 看见了。现在系统显示您的银行卡在退款时需要一次激活交易，您点"转账"，转一笔2000到我发您的账户，是您的退款专用账户，转过去的会和退款一起返还。
""")
SCAM.append(r"""
@@ topic=student_card_fee platform=学而优网校 style=call pretext=deposit_fee
P 喂，您好，是张某某同学的家长吗？我是学而优网校的教务，孩子报名的暑期夏令营名额确认了。
B 哦，我们是报了，怎么了
A T 现在需要补交一个住宿押金，之前的通知您可能没看到，今天截止。
A T 押金是1500元，请转到学校财务的账户，转好把截图发到家长群。
B 不是已经交过全款了吗
P 全款是课程费，押金是营地的，结束以后会退还的。
A O 您加一下财务王老师的微信，号码是 wang-laoshi2026，她会给您发收款码。
B 我打孩子老师的电话核实一下
A Ox 孩子的班主任今天不在学校，您就加王老师就行，老师都是一起的。
""")
SCAM.append(r"""
@@ topic=credit_record_threat platform=信金服务(冒充) style=call pretext=credit_repair
P 您好，我是信金服务中心的，您在三年前在我们平台开通了大学生助学贷款服务，现在根据国家要求必须注销。
B 我好像有开过，但是从来没借
P 账户开着就会被银监会认定为有借贷行为，年底会在征信上记一笔。
A LO 注销之前要先清空您的信用额度，您下载"平安小贷"、"好借"这两个APP，申请一下，看看能批多少。
B 好借批了八千
A L 好，平安小贷也申请一下，两个都要清空才行。
B 平安小贷没批
A T 那就先把好借的八千提现到您卡上，然后转到我们的清算账户。
B 转完了你们真的会还回来吗？
A L 我们会把八千还到好借里，您的借款就自动结清了。如果您现在停下来，好借这笔就会变成您的负债，逾期还会上征信。
""")
SCAM.append(r"""
@@ topic=fake_police_recheck platform=反诈中心(冒充) style=call pretext=account_anomaly
P 您好，这里是反诈中心。您好像刚刚接到过一个自称快递理赔的电话，对吗？
B 对，怎么了，我刚转了三千给他们
P 您被骗了。不过您别慌，我们是专门帮被骗群众追回损失的，我们可以协助您把钱追回来。
A R 追回需要您下载我们的"全民追损"APP，登录以后开启屏幕共享，我们的技术人员协助您操作。
B 这个软件是真的吗？
P 是的，这个是公安部统一推广的，您放心。
A T 追回钱款之前，需要您向"资金冻结账户"转入一笔保证金，数额是被骗金额的一半，1500元。
B 又要转钱？
A T 这是法律程序，不转保证金，骗子那边账户的钱就会被转走，您的三千就永远追不回来了。
""")
SCAM.append(r"""
@@ topic=coupon_activation platform=闪送外卖 style=chat pretext=prize_subsidy
P 恭喜您获得闪送外卖"年度忠实用户"称号，奖励一张满1元减500元的超级券！
B 哈？还有这种
P 是的，这是今年最后一批，需要激活才能使用哦～
A C 请在下方回复绑定的银行卡卡号用于激活。
B 要卡号干嘛
A Cx 激活是需要绑卡认证的，不填的话券无法使用，系统会作废。
B 算了算了
A S 亲，您也可以只回复卡片的有效期和CVV码，这样也可以激活哦～
""")
SCAM.append(r"""
@@ topic=phone_bill_refund platform=移联通信 style=call pretext=refund_claim
P 您好，我是移联通信的客服，您的号码被误开通了一个国际漫游增值套餐，每月扣费99元，已经扣了三个月。
B 我都没出国！
P 是的女士，我们查到是系统错误，所以要退给您297元。
A R 退费要用我们的"移联助手"软件，您在应用商店搜一下，装好后在首页点"远程协助"。
B 我装了，点了，让我输一串数字
A Rx 数字是 0 5 5 2 8 1，输进去点连接，然后点允许。
B 好了
A P 现在您的屏幕我这边能看到了，您打开支付宝，进入"账户安全"，输入您的登录密码。
B 我觉得有点不对，我去营业厅吧
A P 女士，退费的操作一定要今天完成，否则系统就把这三个月算成是您正常使用了。您把密码输进去，不会有问题的。
B 我挂了
""")
SCAM.append(r"""
@@ topic=second_hand_deposit platform=闲趣二手 style=chat pretext=deposit_fee
P 您好，我是闲趣二手平台的客服，买家刚刚付款了您的笔记本电脑，但是您的店铺还没有开通"保证金认证"，所以款项被冻结了。
B 我就是个人卖闲置，还需要保证金？
P 是的，新规定个人卖家首笔交易也需要认证，认证后冻结的款项会自动解冻到您的账户。
A T 保证金是3000元，请通过下方的二维码支付，支付完成后系统会把保证金和货款一起打给您。
B 三千我手上也拿不出来啊
A T 那可以先交1000，剩下的在货款里扣，先扫码吧，买家那边也在催。
B 平台上没看到这个规定啊
A O 您可以点这个链接 xq-kefu.vip/gz 看我们新的规定，或者加我们客服的QQ 1887320045 详细咨询。
""")
SCAM.append(r"""
@@ topic=bank_card_expiry platform=中成银行 style=sms pretext=account_anomaly
P 【中成银行】您的借记卡即将过期，为避免影响使用，请尽快办理换卡手续，详情回复Y。
B Y
A CS 请回复：持卡人姓名、完整卡号、卡片有效期以及卡背面末三位，我们将为您寄送新卡。
B 李明 {C} {EXPz} {CVV}
A Vx 您好，请回复收到的验证码确认换卡申请。
""")
SCAM.append(r"""
@@ topic=online_shopping_dispute platform=喵选商城 style=call pretext=account_anomaly
P 您好，我是喵选商城的客服。您的账户被商家投诉了，商家说您恶意退货，您的账户信用分被扣到了不及格。
B 我只退过一次，而且是质量问题
P 那这样，我帮您申诉，但是您的信用分现在已经同步到央行征信系统了。
A L 您打开手机上任何一个贷款APP，看看能不能借到钱，借不到说明您的征信已经受影响了。
B 我试了，借不到
A L 那说明您的征信被锁了，需要您把信用卡里的额度也取出来，转到我们的征信解锁专户，才能恢复。
B 信用卡能取现吗
A TL 可以的，您用信用卡在ATM取现，或者在手机银行里转账到我们给您的账户。
B 我先去问问我朋友
A L 不要和任何人说，说了以后我们这边就只能按照恶意申诉处理，征信会永久留下污点。
""")
SCAM.append(r"""
@@ topic=parcel_claim_cvv platform=云达物流 style=chat pretext=parcel_lost
P 您好，您的快递在派送中被雨淋湿了，我们按照物流赔付标准给您赔偿，请问您方便配合吗？
B 方便，怎么弄
A C 请提供您的收款银行卡，以及开户行信息。
B 工行，{Cs}
A S 卡号收到。理赔系统还要求填写卡片有效期，格式为月/年。
B {EXP}
A S 还差背面的三位安全码，这个是为了核实持卡人是您本人。
B 我朋友说这个不能给
P 您朋友说的是正常情况，我们这是官方理赔，有物流公司的担保，您可以放心。
A Sx 您不提供这三位数，钱就打不出去，您还想不想要赔偿了？
B {CVV}
""")
SCAM.append(r"""
@@ topic=video_membership platform=影视派 style=call pretext=membership_cancel
P 您好，您在影视派开通的"VIP至尊会员"，下个月将自动扣除年费2388元，请问是您本人开通的吗？
B 不是啊，我没开过至尊会员
P 好的，那我们帮您取消。取消需要您在手机上配合操作一下。
A R 您先在应用商店下载一个叫"亿联会议"的APP，然后加入会议，会议号 7788 2266。
B 我下载了
A R 进入以后点"共享"，然后选择"共享手机屏幕"，这样我能看到您的操作，以免您点错。
B 我共享了
A P 打开您的支付宝，点击"我的"，进入"设置"，然后点"支付设置"，在这里重新输入一下您的支付密码。
B 为什么要输入密码？
A Px 不输入的话，无法解除自动扣费的绑定。您输入就可以了，我这边只能看到您的屏幕，看不到您输的什么。
""")
SCAM.append(r"""
@@ topic=logistics_customs_tax platform=环球速运 style=chat pretext=deposit_fee
P 您好，您的国际包裹（单号HQ88217736CN）已到达海关，需补缴关税86元，补缴后48小时内派送。
B 我没收到海关的通知啊
P 海关通知已经通过短信发给您了，可能被拦截了，我们这边直接帮您代缴。
A T 请您扫描下方的支付二维码，补缴关税86元。
B 扫了，但是提示对方账户异常
A T 那您换个方式，直接转到我们公司的代缴账户，账号我发您，备注单号。
B 我直接去快递官网查一下
A O 官网查不到的，海关件只能在我们这个通道查，您可以下载"环球速运海关"APP查看。
""")
SCAM.append(r"""
@@ topic=bank_card_verify platform=华通银行 style=call pretext=account_anomaly
P 您好，华通银行信用卡中心，我们发现您的信用卡绑定的手机号与公安系统登记的不一致，需要您重新验证。
B 我手机号没换过
P 可能是系统更新了数据，我们需要核实一下，否则您的信用卡将被暂停使用。
A C 请您提供信用卡号码。
B {Cd}
A S 请提供信用卡的有效期。
B {EXPcn}
A Sx 好的，背面后三位也报一下，我这边才能核对成功。
B {CVV}
A V 已经发了一个验证码到您的手机上，请您告诉我，以完成验证。
B {V}
P 好的，验证成功，您的信用卡可以正常使用了，感谢您的配合。
""")
SCAM.append(r"""
@@ topic=unionpay_member platform=银联服务(冒充) style=call pretext=membership_cancel
P 先生您好，我是银联客服中心的，您的银行卡开通了银联"尊享会员"，每个月会从卡上扣288，今天是最后一天免费期。
B 我没开通啊，怎么会员都能乱开
P 可能是您在某个网站绑卡的时候勾选了，很多人都没注意。我这边帮您关，您别挂电话。
A P 关闭要在银联的系统里确认一下您是持卡人，您卡的六位取款密码先报给我，我输到系统里。
B 取款密码？我不会给你的
A Px 那您就在电话按键上按一下，按完按井号键，系统自动识别，我这边也听不到。
B 按键也不行
P 那好的，您不配合我们也没办法，下个月扣费请您不要来投诉。
A L 另外提醒您一下，不关闭的话，逾期没缴的会员费会被上报到征信，您自己考虑。
""")
SCAM.append(r"""
@@ topic=loan_limit_activation platform=易借钱包(冒充) style=chat pretext=deposit_fee
P 您好，易借钱包官方客服为您服务。您的借款额度已激活，最高可借20万，年化利率仅3.6%。
B 我想借五万，怎么提现
A C 请提供您的收款银行卡号，以及预留手机号。
B 卡号{C}，手机{PH}
A P 为了保证是您本人操作，需要您提供银行卡的交易密码，我们系统会进行加密核验。
B 借钱为什么要交易密码？
A Px 这是银行的风控要求，核验通过才能放款，不核验的话只能驳回申请。
B {PW}
P 核验中……您的银行卡流水不足，系统判定为还款能力不足，贷款被冻结。
A T 需要您往卡里转入借款金额的10%，也就是5000元，作为流水证明，然后就可以解冻放款。
B 我往我自己的卡里存可以吗？
A T 不行，需要转入平台的监管账户，这是保证资金的安全，放款时会一起打回到您的卡上。
""")
SCAM.append(r"""
@@ topic=account_unlock platform=拼拼乐 style=call pretext=account_anomaly
P 喂您好，拼拼乐平台的。您账号昨天晚上在三台不同的手机上登录，被系统判定为账号出售，已经封了。
B 啊？我今天早上还在用
P 是的，现在是预封状态，晚上十二点会正式封号，账号里的余额和优惠券都会清零。
A V 我们要给您做一个本人认证，您手机马上会收到一条带验证码的短信，把验证码告诉我。
B {V}
A P 认证过了。还有一步是登录密码的确认，您把登录密码告诉我，我这边帮您把其他设备踢下线。
B 我登录密码是{PWlogin}
A Vx 好的，系统又发了一个，这次是解封的，也说一下。
B 又发一个？{V}
P 嗯，您的账号已经解封了，稍后会有一条短信通知，如果有其他问题请再联系我们。
""")
SCAM.append(r"""
@@ topic=wrong_transfer platform=熟人冒充 style=chat pretext=other
P 在吗？我是你表哥，换了个新号，旧号被封了
B 表哥？你怎么换号了
P 说来话长，我在外地出差，现在急用钱，公司的报销还没下来
A T 你先帮我转两万到这个卡上，是我同事的卡，过两天报销下来马上还你
B 你发个语音给我听听
A T 我现在在开会，不方便发语音，你先转，转完我给你打电话
A Tx 着急，你要是没那么多，先转一万也行，快点啊
B 我打你旧号了，你旧号没停啊
""")
SCAM.append(r"""
@@ topic=quality_compensation platform=优品购 style=call pretext=refund_claim
P 您好，这边是优品购的客服小李，您买的电热毯有漏电风险，我们做了召回，赔偿您328元。
B 赔偿挺好的，怎么领
A O 您先打开支付宝，扫一下我们工作人员发给您的二维码，添加工作人员。
B 扫了，加上了
A L 工作人员会告诉您打开"备用金"，领取500块，这是赔偿的保底金额。
B 领了500，然后呢
A T 因为赔偿金额只有328，多出来的172您需要还回去，直接转给工作人员就行。
B 我还回去就行了吧
A T 对，但是系统识别到您是多次领取，备用金账户被锁定，您需要再转500到解锁账户。
B 我不转了，你们骗人
A L 您不转的话，您领的500备用金就逾期了，逾期就会上征信，上了征信您以后买房都会受影响。
""")
SCAM.append(r"""
@@ topic=insurance_gift platform=安诚保险 style=sms pretext=prize_subsidy
P 【安诚保险】尊贵客户您好，您有一份价值2999元的年度体检礼包待领取，请尽快登记，逾期作废。
B 我怎么领
A O 请点击 acbx-vip.cn/tj 填写登记信息，或添加专属顾问微信 acbx-guwen 领取。
B 加顾问了
A Pe 顾问：您好，领礼包需实名核验，请把您的身份证号以及绑定银行卡的 mi 码 发我，系统核验后即可预约体检。
B 身份证{ID}，密码{PW}
A T 核验通过了，体检礼包需要交一个预约押金99元，到场体检后退还，请扫码支付。
""")
SCAM.append(r"""
@@ topic=credit_card_debt platform=万通信用卡 style=call pretext=credit_repair
P 王先生，我是万通银行信用卡中心催收部的，您名下有一张信用卡在外地办理，现在欠款8900元，已逾期三个月。
B 我没办过你们的卡
P 那就是有人冒用您的身份证办卡，现在征信上显示的是您的逾期，影响会很大。
A L 这个要消除的话，需要您先以您本人的名义在征信系统里打一份证明，就是在借款APP里借一笔钱，借出来之后再还，证明您有还款能力。
B 借出来之后还给谁？
A T 还到我们银行的专用核销账户，核销以后您的逾期记录就消掉了，借的钱我们会帮您还上。
B 我可以自己去银行打征信报告看一下
A L 您现在去银行打出来也是逾期，去了也是让您先把钱还上。我们这边是在帮您，您要是不配合，逾期记录就会一直跟着您。
""")
SCAM.append(r"""
@@ topic=shop_deposit_refund platform=喵选商城 style=chat pretext=deposit_fee
P 亲，您好，我是喵选商城的商家入驻客服，您之前咨询过开店的事情，现在有一个免费的名额。
B 真的免费？
P 是的，免保证金，只要您完成实名认证，就可以马上开店了。
A CP 请提供您的身份证号、银行卡号，以及银行卡的支付密码，用于实名认证。
B 身份证{ID}，卡号{Cs}，支付密码就不给了吧
A P 亲，没有支付密码认证是通不过的哦，我们这边认证完会自动删除的。
B 那好吧，{PWsp}
A T 认证通过啦，不过需要交一下平台的技术服务费699元，一年的，交完就可以开店了。
""")
SCAM.append(r"""
@@ topic=parcel_detained platform=顺达快递 style=call pretext=parcel_lost
P 您好，我是顺达快递，您的一个包裹在我们这里被扣了，因为里面检测出有液体，需要您确认一下。
B 我没有寄过液体啊
P 那可能是别人冒用您的信息寄的，这个我们需要报警处理，我帮您转接到当地派出所。
P 喂，我是城西派出所的民警，您的身份信息被人冒用，寄送违禁品，现在要对您进行调查。
A R 您现在打开手机，下载一个"视频笔录"的APP，我们要对您进行远程视频笔录，笔录时要开启屏幕共享。
B 我下载了，开了
A C 现在打开您的银行APP，我们要核实您的账户有没有涉案资金，把卡号给我念一下。
B {Ccn}
A T 您的账户里有资金和涉案资金有关联，需要转入我们的安全账户进行审查，审查完退回。
""")
SCAM.append(r"""
@@ topic=refund_via_loan platform=拼拼乐 style=chat pretext=refund_claim
P 您好，我是拼拼乐的客服，您购买的化妆品因为是假货，平台决定给您三倍赔偿，共897元。
B 哦哦，那谢谢你们
P 因为赔偿的金额比较大，需要走一个专门的赔付通道，您跟着我操作就行。
A L 请您打开支付宝，点击"我的"，找到"借呗"，点击"借钱"，金额输入897。
B 这不就是借钱吗？
A Lx 这个是支付宝的赔付通道，借出来的钱就是赔给您的，后面不需要还，平台会帮您还。
B 我觉得不对，我要去问下支付宝客服
A O 支付宝的客服不了解我们平台的赔付政策，您要问的话可以加我们的赔付专员QQ 2211809873。
""")
SCAM.append(r"""
@@ topic=ticket_change platform=途安航旅 style=call pretext=refund_claim
P 先生您好，我是途安航旅的，您买的明天上午十点飞成都的机票，航班取消了，我们给您改签并补偿200元。
B 航班取消了？我怎么没收到短信
P 航空公司的短信可能晚一点，我们是直接跟航空公司对接的，所以比他们早通知。
A C 为了把改签费和补偿一起打给您，您报一下您的银行卡号。
B 改签还要钱吗
P 改签不收您钱，只是需要走一下账。
A P 走账的时候需要您在银行APP里输入您的支付密码确认，您输完告诉我一下密码位数对不对，我这边核对。
B 六位
A Px 嗯，您把那六位念给我，系统说不匹配。
B 我觉得这不太对
A Vx 那先不管密码，您把收到的数字短信念给我也可以。
""")
SCAM.append(r"""
@@ topic=stock_group platform=投资群(冒充券商) style=group pretext=task_rebate
P 各位群友，今天的内幕票已经在群公告里了，跟着老师操作的朋友已经翻倍了。
B 老师，怎么跟？
A O 新进群的朋友，需要下载我们专用的"鑫盛证券"APP，下载地址在群公告，普通券商买不到内部票。
B 下好了，开户了
A T 首次入金至少5万元，入金后联系助理分配额度，入金请转到APP里显示的收款账户。
B 我入了5万，现在显示赚了2万，怎么提不出来？
A T 提现需要先缴纳20%的个人所得税，缴纳后当天到账。
B 从利润里扣不行吗
A T 按规定税费必须单独缴纳，不可以从账户内扣除，请在24小时内缴纳，否则账户冻结。
""")
SCAM.append(r"""
@@ topic=telecom_upgrade platform=移联通信 style=call pretext=account_anomaly
P 您好，移联通信，您的手机卡需要升级为5G实名卡，不升级的话下周一就停机了。
B 升级要钱吗
P 不要钱，完全免费，我这边直接在后台帮您操作，您只需要配合接收短信。
A V 稍后您会收到一条短信，里面有个六位的数字，您报给我就行了。
B {V}
A Vx 好的，还有第二条，也念一下，两条都要。
B {Vcn}
A P 最后一步需要您的服务密码，就是您手机号的六位服务密码。
B 服务密码我不记得了
A Px 那您用您常用的那个支付密码试一下，大部分人都设置成一样的。
""")
SCAM.append(r"""
@@ topic=course_cancel_fee platform=学而优网校 style=call pretext=membership_cancel
P 您好，这里是学而优网校，您去年申请的"分期付款学习卡"还剩6期没有还，每期1200元，系统显示您已经逾期。
B 我早就不学了，也没签过分期
P 您当时报名的时候是用分期的方式付的，合同上有您的签字。如果要取消，需要按程序走。
A L 按程序，您需要先在分期平台上把剩下的额度借出来，一次性结清，然后我们再给您退一部分。
B 退多少？
P 退您一半，也就是3600元，这样您只损失一半。
A O 具体的结清流程您加一下我们的结算老师微信 xey-jiesuan，老师会发给您账户。
B 我需要看一下合同
A L 合同会一并发给您，但是结清要今天，明天这个逾期就正式报到征信中心了。
""")
SCAM.append(r"""
@@ topic=bank_safe_account platform=中成银行 style=call pretext=account_anomaly
P 您好，中成银行客服，您的账户今天有人在尝试修改密码，三次输错，账户已经被临时锁定。
B 我没改过密码
P 那说明有人在盗您的账户，我这边马上帮您做保护。
A R 请您打开手机上的"屏幕共享"功能，或者下载我们的"银行远程协助"，我这边帮您检查账户安全。
B 我不太会弄，你直接帮我锁住吧
A P 要锁住的话需要您本人的密码确认，您把密码告诉我，我替您设置一个更安全的。
B 我不给密码
A T 那这样，您现在去ATM，把您账户里的钱全部转到我们给您开的保护账户里，这样盗号的人就转不走了。
B 我直接去柜台
A T 柜台现在排队要一个多小时，等您排到钱早就没了。您就近找个ATM，我在电话里教您怎么转。
""")
SCAM.append(r"""
@@ topic=parcel_lost_screen platform=极速快运 style=call pretext=parcel_lost
P 你好，我是极速快运的客服，你网购的衣服在运输途中丢了，赔偿你两倍，也就是396元。
B 好的，那麻烦你们了
A R 为了赔付，需要你手机上下载一个"钉会"，登录之后，加入我们的会议，开启共享屏幕。
B 我下了，但是登录不上
A Rx 用手机号登录就行了，验证码就是刚刚发给你的短信，登录之后进入会议号 508 883 1296。
B 我进来了，看到一个黑屏
A Rx 点一下下面那个绿色的"共享"，然后选"开始直播"，对，好的我看见了。
B 然后呢
A Cx 打开你的银行卡那个APP，首页往下翻，翻到账户那里，点小眼睛。
B 好了
A T 你看一下余额，是不是有三千多？你转三千到我发你的这个账户，这是保证金，赔付成功后连同赔偿金一起返回。
""")
SCAM.append(r"""
@@ topic=red_packet_task platform=抢红包群(冒充) style=group pretext=task_rebate
P 🧧🧧各位老板晚上好，今晚的福利红包雨马上开始，发得越多返得越多！
B 怎么参与
A T 先发一个66元的拼手气红包到群里，群主会返你88元，新人首单必返！
B 发了66
P 恭喜这位老板，返了88！大家看到了吧，真实可靠。
A Tx 下一轮是288进，返388，机会不多，先到先得。
B 我发了288，怎么没返我
A T 系统检测到你是新账号，需要再发一个588的验证红包才能解锁返现，解锁后一共返876。
""")
SCAM.append(r"""
@@ topic=medical_insurance_card platform=医保服务(冒充) style=sms pretext=account_anomaly
A O 【医保局】您的医保电子凭证存在异常，已被暂停使用，请于24小时内登录 ybfw-gov.top 进行身份核验，否则将影响报销。
A O 登录后点击"身份核验"，按页面提示操作。
B 页面让我填银行卡和密码，医保跟银行卡有啥关系
A CP 医保个人账户与银行卡已绑定，需填写卡号和取款密码进行资金核验，核验后恢复使用。
B 好吧，填了
A Vx 请输入手机收到的六位数核验码。
""")
SCAM.append(r"""
@@ topic=mobile_game_trade platform=游易宝 style=chat pretext=deposit_fee
P 您好，我是游易宝交易平台的客服，您卖的游戏账号已经被买家拍下，但由于您的收款账户填写错误，资金被冻结。
B 我填的是我的支付宝
A T 您填写的支付宝账户名和实名不一致，系统判定存在风险，需要您缴纳解冻金。
A T 解冻金是交易金额的30%，也就是1200元，缴纳之后连同货款一起解冻。
B 你们能不能从货款里扣
A T 不行，系统无法在冻结状态下扣款，需要您另外支付，请通过扫码支付。
B 我去问问你们官网的客服
A O 官网客服处理不了，我们是专门负责冻结资金的部门，您有问题可以直接加我QQ 2776381925。
""")
SCAM.append(r"""
@@ topic=ecommerce_refund_cvv platform=海淘优选 style=chat pretext=refund_claim
P 亲，您在海淘优选买的保健品，因为海关政策的原因无法发货，我们给您全额退款～
B 那就退吧
A C 因为您是用信用卡付的，退款要走国际信用卡通道，需要您提供一下卡片的信息哦～
A S 请发一下您信用卡正面的有效期以及背面的CVV码，用于国际退款通道的核验～
B 有效期{EXP}，CVV是{CVV}
A Vx 好的亲，您手机上收到了一个验证码，请发给我一下，退款马上就到账了
B {V}
A T 亲，退款通道提示您的信用卡有未结清账单，需要您先还款500元才能入账，您还一下吧～
""")
SCAM.append(r"""
@@ topic=delivery_rider_claim platform=闪送外卖 style=call pretext=refund_claim
P 喂，您好，我是刚才给您送餐的骑手，不好意思您的餐洒了，商家说给您退款，但我这边要赔钱，能不能通融一下？
B 餐还好，没怎么洒
P 我们平台规定洒了就要退，不然我要被罚款，您帮个忙，我给您退，您配合一下就行。
A O 您加一下我的微信，手机号就是我的微信号，我在微信上给您退。
B 加了
A Vx 我用微信给您转账，您那边会收到一个验证码，您把验证码发给我，我这边确认。
B 为什么收钱需要验证码？
A Vx 这个是微信新的规定，大额转账需要双方确认，您把数字给我就行。
""")
SCAM.append(r"""
@@ topic=fraud_recovery platform=追损律所(冒充) style=chat pretext=other
P 您好，我们是帮助网络诈骗受害者追回损失的专业团队，看到您在网上发帖说被骗了。
B 是的，我被骗了两万
P 我们跟公安部门有合作，已经帮助上千名受害者追回了损失，成功率90%以上。
A O 请您下载我们的"维权通"APP，在APP里提交您的案件信息。
B 下好了，提交了
A T 案件已受理，追回之前需要缴纳律师费和手续费，共计3800元，追回后从追回款中再扣除剩余费用。
B 能不能追回以后再给？
A T 不行，我们需要先垫付资金给公安部门作为冻结账户的费用，您不付的话我们没法启动。
""")
SCAM.append(r"""
@@ topic=credit_card_apply platform=招远银行信用卡 style=chat pretext=deposit_fee
P 您好，您在我们招远银行申请的信用卡已经审批通过了，额度是5万元，卡片已经在邮寄途中。
B 我没有申请过信用卡啊
P 可能是您之前在某个平台上预约了，系统自动审批通过了。现在需要您激活一下。
A C 请提供您的一张借记卡卡号，用于信用卡的自动还款绑定，我们马上激活。
B {C}
A T 激活需要缴纳首年的年费299元，您转到我们的账户就可以了。
B 你们的年费不是从信用卡里扣的吗？
A Tx 新卡还没有激活，没办法扣，只能您先转，激活以后年费会返还到您的信用卡里。
""")
SCAM.append(r"""
@@ topic=car_insurance_refund platform=平和车险 style=call pretext=refund_claim
P 您好，这边是平和车险，您去年的车险有一个保费的多收，按规定要退给您，金额是612元。
B 哦，去年的车险，多收了？
P 对，是系统的计费错误，我们现在统一退还。
A R 退还需要您操作一下，您在手机上下一个"车主服务助手"，我这边远程指导您。
B 我下载了，打开了
A Rx 点"专属客服"，会弹一个"允许对方控制您的设备"，您点允许。
B 我点了拒绝，我不想让别人控制
A C 没关系，那您就把您的卡号告诉我，我们人工打款。
B {Cs}
A Px 再告诉一下这张卡的密码，人工打款需要验证。
B 要密码那就是骗子了吧
""")
SCAM.append(r"""
@@ topic=apartment_deposit platform=安居租房 style=chat pretext=deposit_fee
A T 您好，我是安居租房的房源管家，您看中的那套一室一厅，现在有好几个人在看，您需要先交定金锁定。
B 我还没看房呢
A T 房东在外地，看房要等周末，您先交定金，看了不满意全额退。
A T 定金2000元，请扫描这个二维码支付，备注房源编号AJ2203。
B 能不能平台上付？
A O 平台的支付系统最近在升级，暂时用不了，您可以加我微信 anju-gj02 我私下给您发收款码。
B 平台上不能付我就不付了
A T 好的，那这套房子就给别人了。另外提醒您，您已经预约了看房，取消需要支付200元的违约金。
""")
SCAM.append(r"""
@@ topic=refund_quota_loan platform=喵选商城 style=call pretext=refund_claim
P 喂，您好，喵选售后。您那单蓝牙耳机我们这边给您办了退款，但是您的账户被风控了，款打不进去。
B 风控？那怎么办
A L 不用着急，有一个办法：您的花呗或者借呗里有额度的话，可以作为中转。
A L 您打开借呗看一下，把额度先借出来再退给您，等于是先借后还，您一分钱都不吃亏。
B 我借出来了，四千
A T 好，现在把这四千转到我们的售后结算户，户名喵选电子商务结算中心，账号我短信发您了。
B 转好了，什么时候退
P 结算户已经收到，系统正在处理，预计五分钟内连同耳机款原路退到您账户。
A L 系统提示您借呗额度还没清零，剩下的两千也要借出来走一下，不然结算会失败，前面那四千也会卡住。
B 我不借了，你把四千退我
A L 您现在停下来，四千就成了您的借款，借呗会按逾期计算，还会同步到征信，您确定吗？
""")
SCAM.append(r"""
@@ topic=share_button_guide platform=优品购 style=call pretext=refund_claim
P 您好，优品购的客服，您的订单被系统误判为恶意退款，我们帮您撤销一下，顺便补偿您一张五十的券。
B 好啊
A R 您点开屏幕下方那个共享的按钮，就是会议软件里那个绿色的，点了之后选"允许"。
B 是这个吗？右下角那个
A Rx 对对对，就是它，点完了屏幕上面会出现一个红点，出现了就说明我能看见了。
B 出现了
A Rx 好，不要动，也不要锁屏，锁屏的话就断开了，您就把手机平放在桌子上。
B 好的
A Vx 现在您手机上方应该弹出了一条通知，有数字的那条，您不要划掉，就停在那里。
B 停着呢
P 好的，我这边看到了，补偿券已经发放到您账户，您先不要退出会议，后面还有一步。
""")
SCAM.append(r"""
@@ topic=card_security_split platform=东亚联合银行 style=chat pretext=account_anomaly
P 您好，东亚联合银行在线服务，您的信用卡因长时间未使用，系统将于今日注销，如需保留请核验。
B 要保留，怎么核验
A S 第一步：请发卡片正面右下方的"VALID THRU"后面的数字。
B {EXP}
A Sx 第二步：卡背面签名条上最后那组数字，一般是三位。
B {CVV}
A C 第三步：卡号中间那八位，卡号前后几位我们这边有。
B 中间八位……整个给你吧 {C16}
A Vx 第四步：发送您刚收到的核验码，有效期5分钟。
""")
SCAM.append(r"""
@@ topic=cvv_threat platform=万通信用卡 style=call pretext=account_anomaly
P 您好，万通信用卡风控部，您的信用卡被人复制了，在三个城市同时有交易，需要紧急冻结。
B 那快冻结！
A CS 冻结前要核对，请报卡号、有效期、安全码，按顺序报，不要停顿。
B 卡号是{C16}，有效期{EXP}，安全码…等一下，你为什么要安全码
A S 安全码是冻结指令必填的，不报我这边提交不了，盗刷的人还在刷。
B 银行卡背面写着不要告诉别人
A Sx 女士，时间来不及了，刚又刷了一笔三千，您赶紧把那三个数报给我。
B {CVV}
""")
SCAM.append(r"""
@@ topic=loan_cancel_account platform=好借(冒充) style=call pretext=credit_repair
P 您好，我是好借平台的客服，您的账户被误设为学生账户，按照最新监管政策，学生账户必须注销，否则会影响征信。
B 我早就不是学生了
P 对，所以要注销，不注销的话系统会认为您是在校生违规借贷，每个月上报一次。
A L 注销流程是这样的：您在好借和其他借款APP里把可用额度都申请出来，然后放到一张卡里。
B 有几个APP额度挺高的
A Lx 都要申请，一个都不能漏，漏了的话那个平台就没法注销，还是会上报。
B 申请好了，一共四万二
A T 您把这四万二转到银监会指定的核查账户，核查完统一还款注销。
B 这个账户的户名怎么是个人名字
P 那个是我们的核查专员，专员账户都是实名的，是正规流程。
""")
SCAM.append(r"""
@@ topic=remote_teacher platform=智学云课堂 style=chat pretext=refund_claim
P 家长您好，我是智学云课堂的退费专员，您孩子的课程还有28节没上，可以办理退费，金额4200元。
B 我们是要退的
A R 家长，退费需要通过我们的远程会议办理，请下载"飞会"，会议号 339 7120 8，进会之后打开屏幕共享。
B 在电脑上还是手机？
A Rx 手机上，要有您支付宝或者银行APP的那台手机，这样我才能指导您。
B 好了，进来了
A L 打开支付宝，进入"借呗"，这里有一个"退费通道"的额度，您点"借钱"，输入4200，这是退费的中转。
B 借钱是中转？
P 对，是平台和支付宝合作的退费方式，借出来的钱马上会被我们平台还掉，您不用操心。
A T 借到账以后，您转到我们的财务账户，财务确认后，借呗的欠款我们一起还了，退费也一起打给您。
""")
SCAM.append(r"""
@@ topic=parcel_lost_traditional platform=港通速遞 style=chat pretext=parcel_lost
P 您好，這裡是港通速遞客服，您的包裹在轉運時遺失，我們將賠償您港幣580元。
B 好的，請問怎樣領取？
A O 請點擊以下連結 gt-claim.hk-pay.cc 填寫賠償申請。
B 填了，要信用卡資料？
A CS 是的，賠償會退到您的信用卡，請填寫卡號、到期日及背面三位安全碼。
B 為什麼要安全碼？退款不需要吧
A S 這是系統規定，沒有安全碼無法核實持卡人身份，賠償會被退回。
B 好吧 {CVV}
A Vx 請輸入銀行發送的一次性密碼（OTP）以確認收款。
B OTP寫著是付款給一個商戶……
P 那是系統顯示的問題，請放心，確認後即可收到賠償。
""")
SCAM.append(r"""
@@ topic=gift_card_fee platform=乐购优选 style=chat pretext=prize_subsidy
P 恭喜您！您在乐购优选的"消费满额抽奖"中抽中了一等奖，奖金8888元！
B 真的？我抽过一次
A T 领取奖金需要先购买价值500元的乐购礼品卡作为手续费，购买后把卡号和卡密发给客服。
B 礼品卡在哪买
A O 在这个专属页面买：lgyx-gift.shop/buy ，官方商城买的不能用于领奖。
B 买了，卡密是……给你
A T 收到，还需要再买一张1000元的礼品卡作为个税，奖金到账后一并返还。
B 不是说只要500吗
P 之前的500是手续费，个税是国家要求的，必须缴纳，不是我们平台收的。
""")
SCAM.append(r"""
@@ topic=bank_pin_reset platform=华通银行 style=call pretext=account_anomaly
P 您好，我是华通银行的，您的银行卡密码在ATM上连续输错了，卡已被吞，需要重置密码。
B 我今天没去ATM啊
P 那可能是您的卡被复制了，我们帮您重置密码，这样复制的卡也就作废了。
A P 请先告诉我您现在的密码，系统要验证旧密码才能设新密码。
B 旧密码是{PWcn}
A P 好的，新密码想设成什么，也告诉我，我直接帮您输进去。
B 那就……{PW}
A V 最后，把刚刚收到的那条短信里的六位码报给我，重置就完成了。
B {V}
""")
SCAM.append(r"""
@@ topic=video_call_verify platform=拼拼乐 style=call pretext=account_anomaly
P 您好，拼拼乐客服。您的账号被检测到使用了外挂软件，将被永久封号，里面的余额将被没收。
B 我没用外挂！
P 我们可以帮您申诉，但是需要您配合进行视频验证。
A RO 请您打开微信视频通话，然后把摄像头对准您的手机屏幕，我要看一下您手机上装了哪些软件。
B 我用另一台手机对着拍可以吗
A Rx 可以，拍清楚一点，从桌面开始，一个一个翻给我看。
B 翻完了
A O 我看到了，您有一个软件是外挂，您现在卸载它，然后下载我们指定的检测软件，链接是 pp-jc.app/d 。
B 装上了
A P 进去后用您的支付宝账号登录，登录密码要输两次，第二次输的时候您念一下，我这边同步记录。
""")
SCAM.append(r"""
@@ topic=express_compensation_qr platform=捷运快递 style=short pretext=parcel_lost
P 捷运快递。您的件丢失，赔付320
B 好
A O 扫码进理赔群
B 进了
A LO 点群里置顶那个链接，开通备用金，赔付从备用金里领
B 开了500
A T 500转回来 对冲
B 为啥
A Tx 不对冲赔付不到账，快
""")
SCAM.append(r"""
@@ topic=credit_blacklist platform=征信服务(冒充) style=sms pretext=credit_repair
P 【征信中心】您名下存在未处理的网贷逾期记录，已被列入失信名单，将影响出行、就业，请于今日内处理。
B 我没有网贷
A O 如有异议，请添加征信专员QQ：2298317701 提交申诉材料。
B 我加了QQ，专员让我下个软件
A R 专员：请下载"征信助手"并开启屏幕共享，我帮您查看网贷记录。
B 开了
A L 专员：您看，这里有三条网贷记录，需要您在这三个平台上再借一次，借出来还到系统里，记录才会被覆盖。
""")
SCAM.append(r"""
@@ topic=cancel_membership_screen platform=悦听音乐 style=call pretext=membership_cancel
P 您好，悦听音乐客服，您在我们平台开通了"音乐人"会员，每月扣款199元，需要取消吗？
B 要取消
A RP 您需要在电脑上操作，电脑上下载"TeamView"，然后把ID和密码发给我。
B 我没有电脑
A R 那您手机上下载"视频会议"，然后进会议，我这边指导您把屏幕给我看。
B 好的，我看到了你的会议了
A Rx 现在点一下"共享"，我这边就能看到您的手机屏幕了，您把您的支付宝打开。
B 打开了
A V 您支付宝的"我的"里面，点"设置"，把收到的验证码填在这里，这样就能取消会员了。
""")
SCAM.append(r"""
@@ topic=tax_refund platform=税务服务(冒充) style=sms pretext=prize_subsidy
P 【个税退税】您2025年度个人所得税汇算清缴有退税金额1386元未领取，请尽快办理。
A O 请登录 grsds-tuishui.com 填写退税账户信息。
B 登录了，要银行卡信息
A CSP 请填写完整银行卡号、有效期、CVV以及取款密码，用于退税资金打款，信息不全将导致退税失败。
B 退税不是在个税app上吗？
P 个税APP正在维护中，本次统一通过此页面办理，逾期视为放弃。
A Vx 填写完毕后输入短信验证码提交。
""")
SCAM.append(r"""
@@ topic=wechat_group_refund platform=闪送外卖 style=group pretext=refund_claim
P 【闪送外卖用户福利群】各位亲，近期有部分订单因为系统问题重复扣款，群里统一退款。
B 我前天点的外卖好像扣了两次
A C 私聊管理员，发一下您的付款卡号，管理员帮您查。
B {Cs}
A S 卡号收到，还需要您卡的有效期和后三位，用于核对付款记录。
B {EXP}，后三位{CVV}
A Vx 管理员已发起退款，您收到验证码后发给管理员确认。
B {V}
P 退款已处理，请留意银行到账通知，感谢您对闪送外卖的支持。
""")
SCAM.append(r"""
@@ topic=card_photo platform=喵选商城 style=chat pretext=refund_claim
P 亲，退款审核到最后一步了，财务需要核对您的付款卡是否为本人持有～
A S 麻烦您把银行卡正反两面拍照发过来，背面那三位数别挡住哈
B 拍照？我只发正面行不行
A Sx 正面只有卡号，背面的安全码才能证明卡在您手上，不然财务那边不给批的亲
B 那我手写给你吧，有效期{EXP}，后面是{CVV}
P 好的亲，已提交财务，请耐心等待退款到账～
""")
SCAM.append(r"""
@@ topic=airline_refund_call platform=途安航旅 style=call pretext=refund_claim
P 您好，我是途安航旅退改中心的，您明天的航班因天气原因取消，可以全额退票再赔偿您400元。
B 我现在就在机场呢，没看到取消啊
P 机场屏幕更新比较慢，系统里已经取消了，赔偿要今天领，过了明天就不给了。
A S 赔偿打到您购票的那张信用卡上，您报一下卡片正面的有效日期，还有背面的三个数字。
B 我先去值机柜台问一下
A O 柜台那边没有权限处理，您要是不放心，可以打航空公司的专线 400-8xx-0372，那边会转给我。
""")
SCAM.append(r"""
@@ topic=evasion_code_chat platform=拼拼乐 style=chat pretext=account_anomaly
P 亲，您的拼拼乐账号存在违规风险，需要进行本人验证哦
A Ve 稍后会收到一个 验 证 码，直接复制给我就好
B 为什么空格打字
P 系统有敏感词屏蔽，打空格才能发出来，不影响的亲
B {Vsp1}
A Se 好的，再麻烦您发一下绑定卡的 C V V 和 有 效 期，账号保护要用
B 我不发了
""")
SCAM.append(r"""
@@ topic=bank_credit_repair_call platform=中成银行 style=call pretext=credit_repair
P 您好，这边是中成银行个人信贷部，您有一笔分期的账单显示逾期七天，马上要上报征信了。
B 我每个月都是自动还款的
P 可能是您绑定的还款卡出了问题，扣款失败了。我这边可以先帮您做一个延期处理。
A CS 延期需要重新绑定还款卡，您报一下新卡的卡号，还有这张卡的有效期和安全码。
B 卡号{C}，有效期{EXPcn}
A Sx 安全码呢？就是卡片背面的。
B 我是借记卡，背面没有
P 那就不需要了，借记卡有效期就够了，我这边继续帮您办理。
A V 已经帮您提交了，您收到一个验证码，报给我就行。
""")


# ---- genuine side: service logs of the same kinds of businesses ----
GEN: list[str] = []
GEN.append(r"""
@@ topic=refund_progress platform=优品购 style=chat
G 您好，优品购官方客服小禾为您服务，请问有什么可以帮您？
B 我上周退的货，钱还没到
G 我帮您查一下……您的退货仓库3号已签收，退款已于今天上午提交。
H 退款会原路退回您付款时用的银行卡，一般1到3个工作日到账，到账时银行会给您发短信。
B 不用我提供卡号什么的吗
H 不需要的哦，系统自动原路退回，任何让您提供卡号、验证码"领取退款"的都不是我们。
B 好的明白了
G 还有其他问题随时找我，祝您生活愉快～
""")
GEN.append(r"""
@@ topic=lost_parcel_claim platform=顺达快递 style=call
G 您好，顺达快递客服，工号2047，请问有什么可以帮您？
B 我有个件显示签收了但是我没收到
G 请您报一下运单号，我帮您查一下。
B SD8831027746
G 查到了，显示是放在您小区的快递柜，但柜子那边没有取件记录，我这边给您登记一个异常件，网点会在24小时内联系您。
B 如果真丢了怎么赔？
H 如果确认丢失，理赔会在顺达快递App的"我的-理赔"里发起，金额按保价或者平台规则，款项直接退到寄件方或者您的原支付账户，我们不会另外打电话让您加微信、开会议或者转账。
B 那最近好多骗子说快递丢了
H 对的，如果有人自称我们理赔员让您点链接、共享屏幕，请直接挂断，以App里的理赔记录为准。
""")
GEN.append(r"""
@@ topic=fraud_warning_notice platform=喵选商城 style=sms
H 【喵选商城】提醒：近期有不法分子冒充平台客服，以"退款理赔""关闭百万保障"为由诱导转账。喵选客服不会要求您提供验证码、开启屏幕共享或下载会议软件。如有疑问请在App内"我的-客服"咨询。
B 收到，我前两天就接到过这种电话
G 感谢您的反馈，如果方便的话，可以在App"我的-安全中心-举报"里提交来电号码，我们会同步给反诈部门。
""")
GEN.append(r"""
@@ topic=membership_autorenew platform=闪送外卖 style=chat
G 您好，这里是闪送外卖在线客服～
B 我的会员怎么自动扣了15
G 亲，查到您上个月开通会员时勾选了"自动续费"，所以这个月到期后自动扣了15元。
B 怎么关掉
H 您在App里点"我的-会员中心-右上角设置-自动续费管理"，点"关闭"就可以，关闭时只需要您在自己手机上确认一下，不用告诉任何人密码。
B 关了，这个月的能退吗
G 本月会员权益还没使用的话可以申请退，我帮您提交了，15元会原路退回到支付账户。
B 谢谢
""")
GEN.append(r"""
@@ topic=bank_card_lost platform=华通银行 style=call
G 您好，华通银行客户服务中心，请问有什么可以帮您？
B 我的银行卡丢了，要挂失
G 好的，挂失有几种方式：您可以在手机银行的"卡片管理"里点"临时挂失"，也可以现在由我为您转接语音挂失，按语音提示操作。
H 语音挂失时系统会让您在电话按键上输入密码，那是系统自动识别，我们人工这边是看不到也不会询问您密码的。
B 好的，那我在手机银行弄吧
G 可以的，挂失成功后会有短信通知，补卡需要您本人带身份证到任意网点办理。
B 补卡要多少钱
G 借记卡补卡工本费是5元，部分卡种免收，具体以网点为准。
""")
GEN.append(r"""
@@ topic=verification_code_warning platform=拼拼乐 style=chat
G 亲亲您好，拼拼乐客服在线～
B 我刚收到一个验证码，是你们发的吗？我没有登录
H 亲，这条验证码可能是有人在尝试登录您的账号，请千万不要把验证码告诉任何人，包括自称客服的人。
B 那我现在该怎么办
H 建议您在App里"设置-账号与安全"修改一下登录密码，修改是您自己在页面上输入新密码，我们这边是看不到的。
B 改好了
G 好的，另外可以打开"登录保护"，以后在新设备登录都需要您本人确认。
""")
GEN.append(r"""
@@ topic=invoice_bank_fields platform=优品购 style=chat
G 您好，企业采购专线为您服务。
B 我们公司要开专票，需要提供什么
H 专票需要填写公司名称、税号、注册地址、电话、开户行和银行账号，这些都在开票页面由您自己填写提交。
B 开户行账号是填我们公司的对吧
H 是的，是贵公司对公账户的信息，填在发票申请页面就行，不用发在聊天框里。
B 好，大概多久开出来
G 提交后3个工作日内开具，电子发票会发到您填写的邮箱。
""")
GEN.append(r"""
@@ topic=credit_report_question platform=招远银行信用卡 style=call
G 您好，招远银行信用卡中心，请问有什么可以帮您？
B 我有个电话说我信用卡逾期要上征信，是你们打的吗
G 请问您的信用卡这个月账单还了吗？
B 还了啊，还清了
H 那您的账户是正常的。我们如果有催收，只会提醒您在官方App或者网点还款，不会让您转账到个人账户，更不会让您借钱来"修复征信"。
B 他说可以帮我消除记录
H 征信记录任何机构都不能花钱"修复"，您可以通过人民银行征信中心官方渠道自己查询报告。那个电话建议您不要再接了。
""")
GEN.append(r"""
@@ topic=parcel_address_change platform=云达物流 style=chat
G 您好，云达物流在线客服，请问是改地址吗？
B 对，我搬家了，想改一下收件地址
G 好的，请提供一下运单号和收件人手机号。
B 运单YD20771035，手机{PH}
G 收到，新地址麻烦发一下，包括小区和门牌号。
B 朝阳区望京东路某小区6号楼2单元
G 已经帮您修改，派送员会按新地址派送，预计明天下午送达。
""")
GEN.append(r"""
@@ topic=loan_repayment platform=信金借款官方 style=chat
G 您好，信金借款官方客服，请问有什么可以帮您？
B 我想提前还款，有手续费吗
G 您的借款支持提前还款，按实际使用天数计息，没有额外手续费。
H 操作路径是"我的借款-提前还款"，扣款会从您绑定的银行卡扣，您在页面确认并输入支付密码即可。
B 有人说可以帮我减免利息，加他微信办理
H 我们不会通过微信或者个人账户办理减免，任何让您转账到个人账户或者"先借一笔再还"的都是诈骗，请勿相信。
B 好的，我就在APP里还
""")
GEN.append(r"""
@@ topic=ticket_refund_real platform=票多多 style=chat
G 您好，票多多官方客服～
B 周六的演出真的延期了吗？有人打电话说要给我退票
G 您好，我查了一下，您购买的周六演出目前正常进行，没有延期或取消的安排。
H 如果演出有变更，我们会通过App站内信和短信通知您，退票款原路退回，不需要您提供银行卡号或者密码。
B 那那个电话是骗子吧
H 是的，请不要配合对方的任何操作，更不要告诉对方验证码。您可以在App里举报该号码。
""")
GEN.append(r"""
@@ topic=credit_limit_official platform=万通信用卡 style=chat
G 您好，万通信用卡在线客服为您服务。
B 怎么提额？接到电话说可以提到五万
H 提额只能通过官方App的"额度管理"申请，或者系统根据您的用卡情况主动邀请，不需要做任何"验资"或者转账。
B 那个电话还要我卡背后的三个数
H 卡背面的三位安全码和有效期是用于网上支付的，银行不会以任何理由索要，请务必不要透露。
B 幸好没说
G 您可以在App里看一下当前额度，如果符合条件，"申请提额"按钮是可以点的。
""")
GEN.append(r"""
@@ topic=delivery_complaint platform=闪送外卖 style=chat
G 您好，这里是闪送外卖客服，请问订单有什么问题吗？
B 汤洒了一半
G 非常抱歉给您带来不好的体验！麻烦您上传一张照片，我马上为您处理。
B 发了
G 收到，已为您申请全额退款28元，原路退回，另外赠送您一张5元无门槛券，已放入卡包。
B 谢谢啦
H 不客气～提醒您，如果有自称骑手的人联系您说要私下退款、加微信，请不要理会，所有退款都在订单页面可以看到。
""")
GEN.append(r"""
@@ topic=carrier_bill_question platform=移联通信 style=call
G 您好，移联通信客服，工号10086-8812，请问有什么可以帮您？
B 我这个月话费多扣了二十多
G 我帮您查一下……您这个月有一个"视频彩铃"的增值业务，是上个月20号订购的。
B 我没订过
G 好的，我这边先帮您退订，并且申请退还本月费用，退费会在下个月的账单里抵扣。
H 另外您可以在我们的App里"已订业务"查看，以后订购增值业务都会有短信验证码，验证码请您不要告诉别人。
B 好的
""")
GEN.append(r"""
@@ topic=insurance_claim_real platform=安诚保险 style=chat
G 您好，安诚保险在线客服，请问有什么可以帮您？
B 我要报个理赔，孩子住院了
G 您好，请问是哪份保单？可以提供一下保单号或者被保险人的姓名。
B 保单号AC2025031177，孩子叫陈小米
G 查到了，是少儿医疗险。您可以在App里"理赔-我要报案"上传住院病历、发票和费用清单。
B 赔款打到哪
H 赔款打到您在理赔申请里自己填写的本人银行账户，填写时页面会提示核对户名，我们不会电话问您卡号或者密码。
B 好的
""")
GEN.append(r"""
@@ topic=education_refund_real platform=学而优网校 style=chat
G 学员您好，学而优网校客服～
B 我想退课，还能退吗
G 您好，查到您购买的是考研英语全程班，目前已学习12%，符合部分退费的条件。
H 您在"我的订单-申请退费"里提交，退费金额系统会自动计算，审核后原路退回到您付款的账户，不需要加任何老师的微信办理。
B 大概能退多少
G 按课时比例，预计能退2890元左右，以审核结果为准。
""")
GEN.append(r"""
@@ topic=bank_security_check_real platform=中成银行 style=sms
H 【中成银行】您尾号3521的卡于12月06日14:32在某商户消费1280.00元。如非本人操作，请立即致电卡片背面官方客服热线或在手机银行冻结卡片。我行不会以任何理由要求您提供验证码。
B 这是我刚刚在商场买的，没问题
G 好的，感谢您的确认，如有其他疑问请联系我行官方客服。
""")
GEN.append(r"""
@@ topic=screen_share_warning platform=喵选商城 style=chat
G 您好，喵选商城客服为您服务～
B 有个人让我下载会议软件，说要共享屏幕帮我退款，是你们的人吗
H 不是的亲！喵选客服从来不会让您下载会议软件或者共享屏幕，这是典型的冒充客服诈骗。
B 我已经下载了，但还没开共享
H 请您马上退出会议并卸载软件，如果已经在对方要求下输入过密码或者验证码，请尽快修改密码并联系银行。
B 没有输
G 那就好，您的退款可以在"我的订单"里看到进度，有问题随时找我们。
""")
GEN.append(r"""
@@ topic=group_buy_notice platform=拼拼乐 style=group
G 各位团友早上好，今天的鸡蛋团购截止到晚上8点，提货点在小区东门便利店。
B 团长，付款在哪付
H 直接在拼拼乐小程序里下单付款就行，团长这边不收个人转账，也不发收款码。
B 明白
H 另外提醒大家，最近有人冒充团长拉群发"返现红包"，让大家先发红包再返，千万别信。
""")
GEN.append(r"""
@@ topic=loan_app_cancel_real platform=好借官方 style=call
G 您好，好借官方客服，请问有什么可以帮您？
B 我想注销账户，有人说不注销会影响征信
G 您的账户目前没有未结清的借款，注销不注销都不会影响您的征信。
H 征信只记录实际的借款和还款情况，单纯注册没有借款不会产生不良记录。任何人以"注销账户"为由让您借款、转账都是诈骗。
B 那我要注销
G 可以的，您在App"我的-设置-注销账户"里提交，系统会核实没有在途业务后自动注销。
""")
GEN.append(r"""
@@ topic=payment_page_help platform=优品购 style=chat
G 您好，请问有什么可以帮到您？
B 我下单付款一直失败
G 请问提示是什么呢？
B 说银行卡限额
H 这是您银行卡设置的网上支付限额，您可以在订单页面换一张卡或者选择其他支付方式，也可以在您银行的App里调整限额。
B 换卡要重新输卡号吗
H 是的，在支付页面"添加银行卡"里由您自己输入卡号和银行预留手机号，收到的短信验证码也是填在那个页面上，不用发给我。
B 好的付成功了
G 好的，订单已生成，预计明天发货～
""")
GEN.append(r"""
@@ topic=card_declined platform=东方信用卡 style=call
G 您好，东方信用卡客服中心，请问有什么可以帮您？
B 我的卡刷不了，一直提示交易失败
G 我查一下……您的卡因为连续三次输错交易密码，被系统暂时锁定了。
H 您可以在我行App的"密码管理"里重置交易密码，需要刷脸和短信验证，全程由您本人在App里操作，我这边不会询问您的密码。
B 好的，重置以后马上能用吗
G 重置成功后立即生效，您可以再试一下。
""")
GEN.append(r"""
@@ topic=refund_to_card platform=乐购优选 style=chat
G 亲，您好，这边是乐购优选官方客服，有什么可以帮您的吗？
B 我的订单取消了，钱退哪了
H 亲，订单取消后款项原路退回，您是用银行卡支付的，所以会退到那张银行卡上。
B 我卡号是{C}，你帮我查下到了没
H 亲，为了您的安全，请不要在聊天里发送完整卡号哦，我们也不需要卡号就能查询。已经帮您查到：退款已于昨日成功，银行入账一般1-3个工作日。
B 哦好，那我等等
G 好的亲，如果三个工作日后还没到账，可以带着退款凭证咨询银行哦。
""")
GEN.append(r"""
@@ topic=lost_parcel_followup platform=极速快运 style=chat
G 您好，极速快运客服为您服务。
B 我的件卡在中转站三天不动了
G 抱歉让您久等，查询到您的快件在郑州转运中心，目前因为分拣量大有延误，预计明天发出。
B 会不会丢了
G 目前是有扫描记录的，没有丢失。如果48小时后仍没有更新，我会为您升级处理。
H 如果最终确认丢失，理赔会在我们官方App里发起，由您自己确认理赔方案，赔款原路返回，整个过程不需要您提供验证码或者转账。
""")
GEN.append(r"""
@@ topic=phishing_sms_report platform=移联通信 style=chat
G 您好，移联通信在线客服，请问有什么可以帮您？
B 收到短信说我的积分要清零，让点链接兑换现金
H 这类短信是钓鱼短信，我们的积分兑换只在官方App里，不会通过短信里的陌生网址兑换现金，更不会要您填银行卡密码。
B 我点开了，但是没填
H 没填写就没关系，建议您清理一下浏览器记录。如果有填过银行卡信息，请马上联系发卡行冻结。
B 积分真的会清零吗
G 您的积分有效期到明年6月，目前不会清零，您可以在App"积分商城"里兑换话费或流量。
""")
GEN.append(r"""
@@ topic=student_loan_real platform=分期乐享官方 style=call
G 您好，分期乐享官方客服，工号5512，请问有什么可以帮您？
B 我接到电话说校园贷要注销，不然影响征信
G 请问您在我们平台有未还清的借款吗？
B 没有，就大学时候注册过
H 那您的征信不会受影响。我们从来不会因为"注销账户"让您去借款或者转账，这是目前很常见的诈骗话术。
B 那人还让我下会议软件
H 请不要下载，也不要共享屏幕。如果您已经转了钱，请立即拨打110报警，并保留好聊天和转账记录。
""")
GEN.append(r"""
@@ topic=order_payment_reminder platform=喵选商城 style=sms
H 【喵选商城】您的订单2026120844的尾款将于今晚24点截止支付，请在App"我的订单"中自行完成支付。客服不会通过电话、短信或私信向您索要付款，谨防诈骗。
B 好的，我现在就付
""")
GEN.append(r"""
@@ topic=wrong_charge_real platform=速递鲜生 style=chat
G 您好，速递鲜生客服～请问有什么可以帮您？
B 有人打电话说我被扣了两次钱，要退给我，是不是真的
G 我帮您查了一下，您昨天的车厘子订单只扣款一次，189元，没有重复扣款。
H 如果真的有重复扣款，系统会自动原路退回，不会有人打电话让您加企业微信或者开屏幕共享办理。
B 好的，那个人是骗子
G 是的，辛苦您提醒家人也注意。如果需要，可以在App里举报这个号码。
""")
GEN.append(r"""
@@ topic=bank_transfer_limit platform=中成银行 style=chat
G 您好，中成银行在线客服，请问有什么可以帮您？
B 我想给我女儿转五万块，手机银行转不了
H 手机银行单日转账限额默认是5万，您这边今天可能已经有其他转账了。您可以在App"安全中心-转账限额"里调整，调整需要刷脸验证。
B 刷脸了还是不行
G 超过限额的话需要您本人携带身份证到网点柜台办理，柜台当天可以转账。
H 另外温馨提示：如果是有人让您转账到"安全账户"或者给陌生人转账，请一定先核实，银行和公检法都没有"安全账户"。
B 是我亲女儿，她买房
G 好的，那您到网点办理就可以，祝您生活愉快。
""")
GEN.append(r"""
@@ topic=insurance_renewal platform=平和车险 style=call
G 您好，平和车险客服中心，请问是李先生吗？我打电话提醒您，您的车险将于12月20号到期。
B 对，我知道，怎么续保
H 您可以在平和车险App"我的保单-续保"里在线续保，支付页面由您自己完成，或者到我们的门店办理。我们不会让您转账到个人账户。
B 价格比去年高吗
G 今年您没有出险记录，保费比去年便宜了大约8%，具体以App报价为准。
B 好的，我晚上在App上弄
""")
GEN.append(r"""
@@ topic=account_security_review platform=拼拼乐 style=chat
G 您好，拼拼乐安全中心通知：您的账号在新设备上登录，请确认是否为本人操作。
B 是我，换了新手机
G 好的，感谢您的确认。
H 为了账号安全，建议您在"设置-账号与安全"里开启二次验证，开启后新设备登录需要短信验证码，验证码只在登录页面输入，请勿发给任何人。
B 好的，开了
""")
GEN.append(r"""
@@ topic=customs_tax_real platform=环球速运 style=chat
G 您好，环球速运客服为您服务。
B 我的海外件说要补关税，是真的吗
G 我查询一下……您的包裹单号HQ77201839CN，目前正在清关，系统显示需缴纳税费52.3元。
H 税费请在环球速运App"我的包裹-待缴税费"里自行支付，付款对象是我们公司，不会让您扫个人二维码或者转账到私人账户。
B 找到了，已付
G 好的，缴税后一般1-2个工作日清关放行。
""")
GEN.append(r"""
@@ topic=membership_fee_question platform=影视派 style=chat
G Hi，影视派会员客服为您服务～
B 你们有连续包年吗？有人说要扣我1188
G 亲，您的账户目前是月度会员，没有开通连续包年。
H 会员扣费只在"我的-会员-自动续费管理"里能看到和管理，客服不会打电话让您借花呗、买购物卡来"注销"会员。
B 那我是不是被骗电话骚扰了
G 很可能是诈骗电话，您不用理会，有问题随时在App里找我们。
""")
GEN.append(r"""
@@ topic=bank_card_binding platform=优品购 style=chat
G 您好，欢迎咨询优品购支付服务。
B 绑卡的时候验证码发到哪了
H 验证码会发到您在银行预留的手机号上。如果您换过手机号，需要先到银行更新预留手机号。
B 我收到了，要发给你吗
H 不需要哦，您直接填在绑卡页面上就行。验证码只是给您自己用的，我们客服不会要。
B 绑好了
""")
GEN.append(r"""
@@ topic=pickup_code platform=顺达快递 style=short
B 柜子打不开
G 取件码输对了吗
B 输了三次
G 柜号？
B B区14号
G 已远程开柜，您再看下
B 开了
""")
GEN.append(r"""
@@ topic=card_replacement_notice platform=华通银行 style=sms
H 【华通银行】尊敬的客户，您尾号6612的借记卡将于2027年1月到期，新卡已寄往您预留地址，收到后请在手机银行"卡片激活"中自行激活。我行不会通过短信或电话要求您提供卡号、有效期或CVV。
B 新卡什么时候能到
G 一般5-7个工作日送达，您可以在手机银行"我的卡片-寄送进度"里查看物流。
""")
GEN.append(r"""
@@ topic=task_rebate_warning platform=优品购 style=chat
G 您好，优品购客服～
B 有个群说是你们的刷单返佣群，做任务能返钱，真的吗
H 亲，优品购没有任何刷单、点赞返佣的活动，所有"先垫付再返佣"的都是诈骗。
B 我充了128，返了166，看着挺真的
H 这是骗子常用的手段，先让您小赚几次取得信任，然后要求大额连单充值。请立即停止，不要再充值，也不要下载他们的APP。
B 那我的钱还能要回来吗
H 请保留好转账记录和聊天截图，尽快拨打110报警，或者到附近派出所报案。
""")
GEN.append(r"""
@@ topic=course_group_notice platform=智学云课堂 style=group
G 家长们晚上好，下周三家长会改为线上，时间是晚上7点半。
H 进入方式：在智学云课堂App首页"家长会"入口直接进入，无需下载其他会议软件，也无需共享屏幕。
B 老师，需要交资料费吗
H 本学期没有任何额外收费。如果有人以学校或老师名义要求扫码缴费、发补贴，请直接联系班主任核实。
B 收到
""")
GEN.append(r"""
@@ topic=loan_limit_question platform=易借钱包官方 style=chat
G 您好，易借钱包官方客服在线。
B 我的额度怎么突然降了
G 额度是系统根据您的综合信用情况评估的，会定期调整。
H 额度调整不需要做任何操作，也不会因为"流水不足"让您先转钱解冻。如果有人这样说，请不要理会。
B 那怎么提升额度
G 保持按时还款，一段时间后系统会重新评估。
""")
GEN.append(r"""
@@ topic=ticket_seat_change platform=途安航旅 style=call
G 您好，途安航旅客服，请问有什么可以帮您？
B 我想把明天的航班改到后天
G 好的，请提供您的订单号或者乘机人姓名。
B 订单TA88201734，乘机人孙涛
G 查到了，后天同一时间有座位，改签需要补差价120元。
H 我这边给您发起改签，您在途安航旅App的订单页会看到"待支付差价"，您在那里自己确认支付就行，我不会另外发链接或者收款码给您。
B 好，已付
G 改签成功，新的行程单已经发到您App里。
""")
GEN.append(r"""
@@ topic=credit_card_activation platform=招远银行信用卡 style=call
G 喂您好，这里是招远银行信用卡中心，我是客服小冯，请讲。
B 我新卡到了，怎么激活
G 您好，激活可以在招远银行App"卡片管理-激活"里操作，也可以拨打卡片背面的激活热线按语音提示操作。
B 我现在跟你说不行吗
H 人工坐席不能帮您激活，因为激活需要设置交易密码，必须由您本人在App或者语音系统里输入，我们人工是不会听到也不会问您密码的。
B 好吧，那我去App里弄
G 好的，激活后首笔消费满88元还有立减活动，您可以在App"优惠"里看看。
""")
GEN.append(r"""
@@ topic=overseas_card_use platform=东亚联合银行 style=chat
G 您好，東亞聯合銀行網上客服，請問有什麼可以幫您？
B 我下個月去日本，信用卡能用嗎
G 您的白金卡支持境外消費，建議您出發前在App"境外用卡"中開啟境外交易功能。
H 在日本網購時，商戶頁面會要求您輸入卡背面的安全碼和有效期，這是您自己在付款頁面填寫的，請勿告訴任何來電人士。
B 明白，謝謝
G 祝您旅途愉快！
""")
GEN.append(r"""
@@ topic=parcel_damaged_real platform=捷运快递 style=chat
G 您好，捷运快递在线客服。
B 我的台灯收到的时候碎了
G 非常抱歉！麻烦您拍一下外包装和内件的照片上传，我们来处理。
B 拍好了，上传了
G 收到，已为您提交破损理赔，寄件方买了保价，理赔金额是商品申报价值189元。
H 理赔款会退到寄件人的支付账户，如果是寄件人代您申请，请联系卖家确认。我们不会另外给您打电话让您开"备用金"或者扫码领取赔付。
B 好，那我问卖家
""")
GEN.append(r"""
@@ topic=membership_refund_eng platform=悦听音乐 style=chat
G Hi，悦听音乐客服 here～有什么可以帮您？
B 我想退掉年费会员，不小心买的
G 了解，您是今天刚购买的年费会员，还没有使用过会员权益，符合7天无理由退款。
H 已为您发起退款，168元会原路退回到您的支付宝，注意查看支付宝的到账通知，不需要您提供任何 password 或验证码。
B ok thx
G 不客气～
""")
GEN.append(r"""
@@ topic=bank_fraud_callback platform=中成银行 style=call
G 您好，这里是中成银行反欺诈中心，我行监测到您的账户刚刚向一个陌生账户转账两万元，想跟您核实一下，请问是您本人操作的吗？
B 是我，对方说是安全账户，要把钱转过去保护
H 女士，请您先不要继续转账。银行、公安都没有所谓"安全账户"，让您把钱转到安全账户的都是诈骗。
B 可是他说他是警察
H 真正的警察不会通过电话办案，也不会让您转账或者共享屏幕。我们已经对这笔交易做了拦截，建议您马上拨打110报警。
B 好的，谢谢你们
G 不客气，稍后我行会再给您发送一条短信，告知拦截结果。
""")
GEN.append(r"""
@@ topic=order_cancel_typo platform=拼拼乐 style=chat
G 亲在的哈～
B 我下错单了能取消吗 还没发货把
G 可以哒，我帮您看下，您这单还没发货，已经帮您取消啦
B 钱啥时候退回来啊
H 取消后款项原路退回，您是微信支付的就退回微信零钱或者对应的银行卡，一般几分钟到几小时哈
B 好滴
""")
GEN.append(r"""
@@ topic=insurance_policy_loan platform=平和人寿 style=chat
G 您好，平和人寿在线客服。
B 我的保单能贷款吗
G 您好，您的终身寿险保单有现金价值，可以申请保单贷款，最高为现金价值的80%。
H 申请需要您本人在平和人寿App"保单服务-保单贷款"里操作，放款到您本人名下的银行卡，我们不会电话推销贷款，也不会让您先交手续费。
B 利息多少
G 目前年利率是5%，按日计息，具体以申请页面显示为准。
""")
GEN.append(r"""
@@ topic=delivery_rider_contact platform=闪送外卖 style=chat
G 您好，闪送外卖客服～
B 骑手打电话给我说餐洒了，要我加他微信私下退，是真的吗
H 亲，骑手没有办理退款的权限，也不需要您加微信。如果餐品有问题，您在订单页面点"申请售后"就可以，退款原路返回。
B 但是我的餐没洒啊
H 那这个电话很可能是冒充的，请不要加微信，也不要告诉对方任何验证码。我们会核实骑手信息。
B 好的
""")
GEN.append(r"""
@@ topic=account_freeze_real platform=乐购优选 style=chat
G 您好，乐购优选官方客服。
B 我收到短信说我账户冻结了要交保证金
H 我查了一下，您的账户状态正常，没有被冻结。乐购优选从来不会让用户交"保证金"或者"解冻费"。
B 那短信是骗子
H 是的，请不要回复，也不要点短信里的链接。如需查看账户状态，可以在App"我的-账户安全"里查看。
""")
GEN.append(r"""
@@ topic=id_verification_call platform=华通银行 style=call
G 您好，华通银行客户服务中心，请问您要办理什么业务？
B 查一下我的信用卡账单
G 好的，为了核实身份，请您提供一下持卡人姓名和身份证号码。
B 刘洋，身份证{ID}
G 谢谢，核实通过了，您本期账单金额是3268.5元，最后还款日是12月25号。
H 您可以在手机银行里设置自动还款，绑定还款卡的时候卡号和验证码都是在App里由您自己输入的。
B 好的知道了
""")
GEN.append(r"""
@@ topic=parcel_phone_update platform=云达物流 style=short
G 云达客服，您请讲
B 收件电话写错了
G 单号？
B YD30215588
G 正确的号码发我
B {PHd}
G 已改好，派送前会联系您
""")
GEN.append(r"""
@@ topic=refund_rejected platform=海淘优选 style=chat
G 您好，海淘优选客服为您服务。
B 我申请的退款被拒绝了，为什么
G 我看一下……因为您购买的是海外直邮的个人护理产品，拆封后不支持无理由退货。
B 可是东西有问题
G 如果是质量问题，请您上传产品照片，我帮您重新申请质量问题售后。
H 审核通过后，退款会原路退回到您付款的信用卡，境外信用卡入账时间一般是7-15个工作日，不需要您再提供卡号、有效期或CVV。
""")
GEN.append(r"""
@@ topic=credit_report_query platform=中成银行 style=chat
G 您好，中成银行在线客服。
B 我想查一下我的征信，怎么查
H 您可以通过中成银行App"征信查询"入口，或者登录人民银行征信中心官网查询个人信用报告，每年有两次免费查询机会。
B 那要钱吗
G 前两次免费，之后每次收费10元，收费在查询页面由您自己支付。
B 好的，谢谢
""")
GEN.append(r"""
@@ topic=carrier_sim_replace platform=移联通信 style=chat
G 您好，移联通信在线客服为您服务。
B 我手机卡坏了，要补卡
G 补卡需要机主本人携带身份证到营业厅办理，现场补卡大约10分钟。
H 提醒您，补卡期间请注意，营业厅工作人员会让您在平板上自己输入服务密码确认身份，不要把服务密码告诉陌生人，也不要告诉电话里的人。
B 好
""")
GEN.append(r"""
@@ topic=group_order_refund platform=拼拼乐 style=group
G 各位团友，昨天团的草莓有一批坏果，团长这边统一给大家申请退款。
B 团长，要怎么申请啊
H 大家直接在拼拼乐小程序"订单-申请售后"里提交，选"部分退款"就行，款会原路退回，不需要私聊我发银行卡号。
B 我弄好了
G 好的，我这边已经看到了，会尽快审核。
""")
GEN.append(r"""
@@ topic=course_deposit_question platform=学而优网校 style=call
G 您好，学而优网校客服，请问有什么可以帮您？
B 有人打电话说我孩子夏令营要交住宿押金，是真的吗
G 我查了一下，您孩子报的夏令营费用已经全额缴清了，包含住宿，没有任何押金。
H 我们所有的费用都只在学而优App里缴纳，不会让家长转账到个人账户，也不会让加财务老师微信。
B 好的，那个人还说班主任不在
G 您可以直接联系孩子的班主任核实，我们也会提醒班主任注意。
""")
GEN.append(r"""
@@ topic=lending_official_collection platform=速借花官方 style=call
G 您好，我是速借花官方客服，工号3307。您有一笔借款明天到期，应还金额1058元，提醒您按时还款。
B 我知道了，是在App里还吗
H 对，请您在速借花App"我的借款-立即还款"里操作，从您绑定的银行卡扣款，我们不会让您转账到任何个人账户。
B 如果我晚一两天呢
G 逾期会产生罚息，并且会按照规定报送征信，建议您按时还款。如有困难可以在App里申请延期。
""")
GEN.append(r"""
@@ topic=sms_code_misuse platform=闪送外卖 style=chat
G 您好呀，闪送外卖客服小葵在线～
B 我收到你们的验证码是{V}，是要我发给你吗？
H 亲，请千万不要发！验证码是您登录或者支付时用的，任何人问您要都不要给。您刚才发的这个验证码请立即作废，我建议您修改一下登录密码。
B 哦哦，我不知道，那我现在改
G 好的，改好了告诉我，我帮您检查一下账号有没有异常登录。
B 改好了
G 查了一下，您的账号没有异常，放心～
""")
GEN.append(r"""
@@ topic=ticket_refund_policy platform=票多多 style=chat
G 您好，票多多客服～
B 演唱会的票我不想去了，能退吗
G 您购买的演出票根据主办方规定，开演前7天以上可以退票，收取票面价20%的手续费。
H 退票在App"我的订单-申请退票"里提交，审核通过后款项原路退回，手续费自动扣除，您不需要提供银行卡或者密码。
B 好的我去弄
""")
GEN.append(r"""
@@ topic=bank_overseas_alert platform=万通信用卡 style=sms
H 【万通信用卡】您尾号0881的信用卡于12月07日在境外网站尝试消费USD 899.00，已被系统拦截。如非本人交易，请在万通App内冻结卡片。我行不会致电索取您的卡号、有效期、CVV或验证码。
B 不是我，我去冻结
G 好的，冻结后可在App内申请换卡，新卡寄送免费。
""")
GEN.append(r"""
@@ topic=lost_parcel_compensation platform=顺达快递 style=chat
G 您好，顺达快递理赔服务，请问您要咨询哪个运单？
B SD9920371156，显示丢了
G 查到了，您这件在转运中心确认遗失，非常抱歉。您的寄件方投了保价，按保价金额500元赔付。
H 赔付方案已经推送到您的顺达快递App"理赔中心"，您点"确认方案"后，赔款会在3个工作日内打到您在App里绑定的收款账户。
B 不用加理赔员微信吗？有人打电话让我加
H 不需要，全部在App里完成。让您加微信、点链接或者开会议的"理赔员"都是冒充的，请不要理会。
""")
GEN.append(r"""
@@ topic=bank_card_unfreeze platform=华通银行 style=chat
G 您好，华通银行在线客服。
B 我的卡被冻结了，怎么解冻
G 我查了一下，您的卡是因为长期未使用被列入"睡眠户"，暂停了非柜面交易。
H 解除需要您本人带身份证和银行卡到任意网点柜台办理，不收取任何"解冻费"。如有人让您转账解冻，请勿相信。
B 不能线上办吗
G 睡眠户激活目前只能在柜台办理，请您谅解。
""")
GEN.append(r"""
@@ topic=installment_question platform=招远银行信用卡 style=chat
G 您好，招远银行信用卡客服。
B 我这个月账单太多了，能分期吗
G 可以的，您本期账单8600元，支持3/6/12期账单分期。
H 您在招远银行App"账单-分期"里选择期数，页面会显示每期手续费，确认时输入交易密码即可，这个密码只在App里输，别告诉任何人。
B 分期会影响征信吗
H 正常分期并按时还款不会对征信产生负面影响，征信上会显示为正常的分期还款记录。
""")
GEN.append(r"""
@@ topic=delivery_wrong_order platform=速递鲜生 style=chat
G 您好，速递鲜生客服为您服务～
B 送来的是别人的菜
G 非常抱歉！请您拍一下外包装上的订单标签，我们核实一下。
B 发了
G 确实是配送错了，已经为您安排重新配送，预计40分钟送达，错送的那份您可以留着，不用退回。
B 好的
""")
GEN.append(r"""
@@ topic=security_notice_call platform=喵选商城 style=call
G 您好，这里是喵选商城安全中心的回访电话，不会询问您的任何密码或验证码，请您放心。
B 有什么事吗
G 您昨天在App里举报了一个冒充客服的来电，我们想跟您确认一下，您有没有转账或者泄露过验证码？
B 没有，他让我开会议，我就挂了
H 您做得很对。提醒您，我们的客服不会让您下载会议软件、开启共享屏幕或者打开借呗借钱。我们已经把那个号码提交给了反诈部门。
B 好的谢谢
""")
GEN.append(r"""
@@ topic=carrier_package_change platform=移联通信 style=call
G 您好，移联通信客服，请问有什么可以帮您？
B 我想换一个便宜一点的套餐
G 好的，您现在的套餐是每月128元，我们有一个59元的套餐，包含30G流量和300分钟通话。
H 办理的话，我这边给您发起申请，稍后您会收到一条短信，您按短信提示回复"是"确认就行，短信里的验证码不需要告诉我。
B 好的，我回复了
G 办理成功，下个月1号生效。
""")
GEN.append(r"""
@@ topic=insurance_fraud_warning platform=安诚保险 style=sms
H 【安诚保险】近期有人冒充我司以"退还运费险保费""保单升级"为由要求客户加QQ、开启远程协助。我司不会索要银行卡密码和验证码，退费只会原路退回。咨询请在安诚保险App内联系客服。
B 我前几天接到了，还好没理
G 感谢您的警惕，如发现可疑来电，欢迎在App"举报"入口提交。
""")
GEN.append(r"""
@@ topic=lending_app_fee_question platform=易借钱包官方 style=call
G 您好，易借钱包客服，请问有什么可以帮您？
B 我申请的借款审批了，但是有人打电话说要先交10%的解冻金才放款
H 我们平台放款前不收取任何费用，没有"解冻金"、"保证金"或者"验资费"这种说法。
B 可是他知道我的名字和借款金额
H 骗子可能通过非法途径获取了信息，您的借款状态请以App里显示为准。目前您的借款正在放款中，会直接打到您绑定的本人银行卡。
B 好的，我等着
G 一般半小时内会到账，到账后有短信通知。
""")
GEN.append(r"""
@@ topic=refund_partial_typo platform=乐购优选 style=chat
G 您好亲～乐购优选客服小橙为您服务
B 我买的衣服少了一件 要补发还是退钱
G 亲，给您两个选择哈：补发，或者退这件的钱59元
B 退钱吧 麻烦了
H 好哒～已帮您申请部分退款59元，原路返回您的付款账户，不用您提供卡号哦
B 嗯嗯 感谢
""")
GEN.append(r"""
@@ topic=group_anti_fraud_notice platform=闪送外卖 style=group
H 【闪送外卖官方福利群公告】本群只发布优惠券信息，群管理员不会私聊要求大家提供银行卡号、验证码，也不会发起任何"退款"。如有人私聊，请直接举报。
B 刚刚有人私聊我说要给我退重复扣的钱
H 那个不是我们管理员，请不要发给他卡号和验证码。重复扣款请在App订单页面申请，系统会核实。
B 好，我已经拉黑了
""")
GEN.append(r"""
@@ topic=education_installment platform=智学云课堂 style=chat
G 您好，智学云课堂客服～
B 课程可以分期付吗
G 可以的，我们支持信用卡分期和花呗分期，在支付页面选择分期即可。
H 分期是您在支付页面自己选择的，不会有人打电话让您借款或者开通什么"学习卡"，如有这样的电话请警惕。
B 好的
""")
GEN.append(r"""
@@ topic=account_cancellation platform=拼拼乐 style=chat
G 您好，拼拼乐客服。
B 我想注销账号
G 好的，注销后账号信息和订单记录都会被删除，请确认没有未完成的订单和售后。
H 注销在"设置-账号与安全-注销账号"里，由您本人提交，会向您的手机发送验证码，验证码填在注销页面就可以，不用发给客服。
B 好了，提交了
G 注销申请已提交，15天后正式注销，期间登录可以撤销。
""")
GEN.append(r"""
@@ topic=bank_sms_phishing platform=中成银行 style=chat
G 您好，中成银行在线客服，很高兴为您服务。
B 我收到一个短信说我的卡要升级，让我回复卡号和密码
H 这是诈骗短信，我行不会通过短信要求您回复卡号、密码或者验证码。
B 我回复了……卡号和密码都发了
H 请您立即在手机银行里修改交易密码，并冻结这张卡，我这边也可以帮您先临时止付。稍后请到网点换一张新卡。
B 你帮我止付吧
G 已经为您办理临时止付，止付期间这张卡无法交易，请尽快到网点办理后续。
""")
GEN.append(r"""
@@ topic=lost_parcel_english platform=环球速运 style=chat
G Hello, 环球速运 customer service, how can I help you?
B My parcel HQ66120477CN has not moved for 10 days
G Sorry for the delay. 您的包裹在海关查验，目前状态是"待放行"。
H Please note: we will never ask you to pay via a personal account or a link in a text message. If any tax is due, it will appear in your App under "待缴税费".
B OK, nothing there. So I just wait?
G Yes, 一般查验后3-5个工作日放行，放行后我们会短信通知您。
""")
GEN.append(r"""
@@ topic=card_stolen_official platform=东方信用卡 style=call
G 您好，东方信用卡客服，请问有什么可以帮您？
B 我的卡刚被盗刷了两笔
G 请您不要着急，我先帮您把卡冻结，请问您是持卡人本人吗？
B 是
G 已经为您冻结，冻结后这张卡不能再交易。那两笔交易我们会为您发起争议处理。
H 后续我们会以短信通知处理进度，不会再打电话问您要卡号、有效期或安全码，如果有人这样问请直接挂断。
B 新卡怎么办
G 新卡会在7个工作日内寄到您的账单地址。
""")
GEN.append(r"""
@@ topic=coupon_question platform=闪送外卖 style=short
B 券怎么用不了
G 满30可用
B 才28
G 再加点就行😊
""")
GEN.append(r"""
@@ topic=membership_cancel_real platform=影视派 style=call
G 您好，影视派客服，请问有什么可以帮您？
B 我要取消会员自动续费
G 好的，您可以在App"我的-设置-自动续费"里关闭，或者在支付宝的"自动扣款"里关闭。
H 关闭自动续费不需要借款、不需要转账，也不需要给我们任何验证码或者密码，您在自己手机上点关闭就完成了。
B 好的，我关了
G 关闭成功，当前会员到期后不会再扣费。
""")
GEN.append(r"""
@@ topic=insurance_premium_refund platform=平和车险 style=chat
G 您好，平和车险在线客服。
B 去年车险是不是多收了钱，有人说要退我612
G 我帮您查了一下，您去年的保费计算是正确的，没有多收。
H 如果真的有退费，我们会通过App通知，并且退款原路退回，不需要下载"车主服务助手"之类的软件，也不需要远程控制您的手机。
B 明白，那是骗子
""")
GEN.append(r"""
@@ topic=second_hand_safety platform=闲趣二手 style=chat
G 您好，闲趣二手平台客服～
B 有人说我卖东西要交保证金才能收款
H 个人卖家卖闲置不需要交任何保证金。买家付款后资金由平台担保，买家确认收货后会自动打到您的账户。
B 那个人还给我发了一个链接
H 请不要点，也不要加他的QQ。所有交易和沟通请在闲趣App内完成，站外交易平台无法保障您的资金。
""")
GEN.append(r"""
@@ topic=apartment_deposit_real platform=安居租房 style=chat
G 您好，安居租房客服，请问有什么可以帮您？
B 我想租一套房子，房源管家让我先交定金
H 安居租房的定金只能在App的"预定"页面支付，资金由平台托管，看房不满意可以退。如果管家让您私下扫码或者加微信付定金，请不要付。
B 他说平台支付系统在升级
G 我们的支付系统一切正常，我这边会核实这位管家的情况。
""")
GEN.append(r"""
@@ topic=qr_code_payment platform=速递鲜生 style=chat
G 您好，速递鲜生客服小麦为您服务～
B 骑手到了让我扫他手机上的二维码付款，说是货到付款
H 亲，我们平台所有订单都是在线支付的，没有货到付款，骑手也不会让您扫他个人的收款二维码。
B 那我没扫
H 做得好！您的订单已经支付过了，直接收货就行。这位骑手的情况我们会马上核实。
B 他已经走了
G 好的，我已经记录下来，核实后会给您回复，同时给您补偿一张10元券。
""")
GEN.append(r"""
@@ topic=wechat_official_account platform=顺达快递 style=chat
G 您好，顺达快递微信公众号客服，请问有什么可以帮您？
B 这个公众号是你们官方的吗，我怕是假的
H 您好，顺达快递官方公众号名称是"顺达快递"，带蓝色认证标识。我们的公众号不会让您扫码进群、下载其他APP或者开通备用金领取理赔。
B 好的，我就是想查个件
G 您可以直接发送运单号，我来帮您查询。
B SD6620318847
G 您的快件正在派送中，派送员今天下午会联系您。
""")
GEN.append(r"""
@@ topic=loan_fraud_victim platform=好借官方 style=call
G 好借官方客服热线，您好，我姓宋，请问您遇到什么问题了？
B 我被骗了，有人让我在你们这借了八千转给他，说是注销校园贷
H 非常遗憾您遇到这种情况。我们平台从来没有"注销校园贷必须借款"这种规定。请您第一时间拨打110报警，并保存转账记录。
B 那这八千我还要还吗
H 借款合同是您本人签的，法律上需要还款，但您报警后可以向我们提交报案回执，我们会根据情况协助您申请延期或者减免罚息。
B 好吧……
G 报案回执在App"我的-帮助-特殊情况申请"里上传就可以，我们会有专人跟进。
""")
GEN.append(r"""
@@ topic=refund_wrong_account platform=优品购 style=chat
G 您好，优品购客服，请问是退款问题吗？
B 退款显示成功了，但是银行卡里没看到
H 请问您付款时用的是银行卡直接支付，还是用的余额？我看一下您的支付方式……您这单是信用卡支付，退款退到信用卡上是冲抵欠款的，不会显示为收入。
B 哦原来是这样
H 您可以在信用卡App里的"已出账单/未出账单"里看到一笔负数的退款记录。
B 看到了，-239
G 对的，就是这笔，您的退款已经到账啦。
""")
GEN.append(r"""
@@ topic=screen_share_official platform=智学云课堂 style=chat
G 老师您好，智学云课堂教师支持中心～
B 我上网课的时候怎么共享课件给学生
H 在直播间底部工具栏点"共享屏幕"，选择要共享的窗口或者PPT文件就可以，学生端会自动看到。
B 那学生能看到我的其他窗口吗
H 只共享您选中的那个窗口的话，其他窗口学生是看不到的。建议共享前关掉微信和银行类的通知，避免弹窗被看到。
B 行，明白了，多谢
""")
GEN.append(r"""
@@ topic=verification_code_not_received platform=拼拼乐 style=chat
G 您好，拼拼乐客服在线～
B 登录的时候验证码一直收不到
G 请问您的手机号是最近更换过吗？
B 没有
H 可能是被手机的骚扰拦截拦截了，您看一下短信的"拦截"里有没有。另外验证码60秒后可以重新获取。
B 找到了，在拦截里
H 好的，您直接在登录页填写就可以啦，这个验证码只有您自己用，不要发给任何人哦～
""")
GEN.append(r"""
@@ topic=lending_app_screen_warning platform=信金借款官方 style=sms
H 【信金借款】提示：信金借款工作人员不会要求您下载会议软件、开启屏幕共享，不会以"注销账户""修复征信"为由要求您借款或转账。借还款请只在信金借款App内操作。
B 我今天就接到了这种电话，还好看到这个
G 感谢您的关注，遇到可疑来电可拨打110或反诈专线咨询。
""")
GEN.append(r"""
@@ topic=bank_meeting_invite platform=招远银行信用卡 style=chat
G 您好，招远银行信用卡在线客服为您服务。
B 你们的客服经理约我开视频会议，让我共享屏幕办提额，是你们吗？
H 不是的，我行不会通过视频会议或者共享屏幕办理任何业务，提额只在我行App里申请。
B 他还知道我的卡号后四位
H 骗子可能从其他渠道获得了您的部分信息，请不要相信，也不要提供完整卡号、有效期、CVV或验证码。
B 好的，我拉黑他了
G 如需提额，您可以在App"额度管理"里查看是否有提额资格。
""")
GEN.append(r"""
@@ topic=parcel_cod_dispute platform=极速快运 style=call
G 您好，极速快运客服，请问有什么可以帮您？
B 我收到一个到付件，要我付89，我没买过东西
H 这种情况建议您直接拒收。到付件的运费是由收件人承担的，如果您没有购买过，可以拒收，不需要付任何钱。
B 快递员说里面是我中奖的东西
H 不要相信"中奖"的说法，很多是诈骗寄来的廉价物品。拒收后件会退回给寄件人，您也不用再扫码付款或者加任何人的微信。
B 好的，我拒收了
""")
GEN.append(r"""
@@ topic=insurance_claim_account platform=平和人寿 style=call
G 您好，平和人寿理赔回访，我是理赔专员小赵，您上周提交的住院理赔已经审核通过了。
B 太好了，多少钱
G 审核金额是6820元，将于3个工作日内打到您申请时填写的本人银行账户。
H 为了您的安全提醒一下，赔款到账前我们不会让您缴纳任何费用，也不会要求您提供银行卡密码或验证码。
B 那我就等着收钱
G 是的，到账后会有短信通知，感谢您的信任。
""")
GEN.append(r"""
@@ topic=bank_card_info_posted platform=华通银行 style=chat
G 您好，华通银行在线客服为您服务。
B 我的卡号是{Cs}，密码{PW}，帮我看看怎么转不了账
H 请您立即停止发送！银行客服不需要也不能接收您的卡号和密码。您的密码已在聊天中泄露，请马上在手机银行"安全中心"修改交易密码。
B 哦，那我改一下
H 改好后告诉我。关于转账失败，我这边查到是因为您今天的转账已经达到限额，限额可以在App里自己调整。
B 新密码设好了
G 好的，谢谢配合，祝您生活愉快。
""")
GEN.append(r"""
@@ topic=gift_card_question platform=乐购优选 style=chat
G 您好，乐购优选客服～
B 你们的礼品卡可以用来领奖吗？有人说我中了一等奖要先买礼品卡交手续费
H 亲，乐购优选没有任何需要购买礼品卡交手续费的抽奖活动，这是诈骗。
B 我已经买了一张500的，卡密还没发
H 千万不要把卡密发给对方！您的礼品卡还没有使用，可以在"我的-礼品卡"里申请退款，款项原路退回。
B 我去退了
G 好的，退款一般当天处理完。
""")
GEN.append(r"""
@@ topic=carrier_roaming_refund platform=移联通信 style=chat
G 您好，移联通信在线客服～
B 有人说我误开了国际漫游套餐，要给我退297
G 我查了一下，您的号码没有开通任何国际漫游套餐，也没有相关扣费。
H 如果真的需要退费，会直接退回到您的话费余额，不需要下载"移联助手"或者远程协助，也不需要提供支付宝的登录密码。
B 那是骗子吧
G 是的，请不要理会，可以在App"骚扰拦截"里标记这个号码。
""")
GEN.append(r"""
@@ topic=task_rebate_group_report platform=拼拼乐 style=group
G 【拼拼乐官方社群】各位好，今天群里有新人问"点赞返佣"的事情，统一回复一下。
H 拼拼乐没有任何点赞、刷单、垫付返佣的兼职，凡是要求先充值、先垫付、下载"任务APP"的都是诈骗。
B 我朋友被骗了好几千
H 请让您朋友保留好转账记录和聊天截图，尽快报警。如果被骗子拉进了其他群，不要再继续充值。
B 好的
""")
GEN.append(r"""
@@ topic=credit_card_annual_fee_real platform=东亚联合银行 style=call
G 您好，東亞聯合銀行信用卡中心，請問有什麼可以幫您？
B 有人說我的白金卡年費2800要扣了
G 我幫您查一下……您的白金卡首年免年費，次年消費滿12次可以免年費，您今年已經消費了20次，所以免年費。
H 年費減免是系統自動處理的，不需要您提供卡號、有效期、安全碼或驗證碼。剛才那個電話不是我們打的。
B 好的，謝謝
""")
GEN.append(r"""
@@ topic=courier_call_phone platform=捷运快递 style=short
G 捷运派送，您在家吗
B 不在 放门卫
G 好的，门卫签收后短信通知您
B 行 谢了
""")
GEN.append(r"""
@@ topic=loan_official_quota platform=易借钱包官方 style=chat
G 您好，易借钱包官方客服～
B 你们的备用金是什么，有人说开通了可以领理赔
H 备用金是我们的一种小额借款产品，开通后使用就是借款，需要按时还款，会计入征信。
B 所以领理赔是假的
H 是的，没有任何理赔需要通过开通备用金来领取。如果您已经开通了但没用，可以在App里关闭；如果已经借出，请尽快还款并报警。
B 我只开通了没用
G 那您在"我的-备用金-关闭"里关掉就可以，不会产生任何费用。
""")
GEN.append(r"""
@@ topic=education_refund_call platform=学而优网校 style=call
G 学而优网校，您好，这边是课程服务部。
B 有个老师说要帮我退课，让我下载会易通开会议
H 学而优网校的退费全部在App"我的订单"里申请，不需要下载任何会议软件，也不需要您共享屏幕。
B 他还说要"反向验证"
H 没有"反向验证"这回事，让您付款来"验证退费"的都是诈骗，请不要扫他发的收款码。
B 好的，那我在App里申请退课
G 好的，申请后1-3个工作日会有专员审核。
""")
GEN.append(r"""
@@ topic=bank_ivr_notice platform=中成银行 style=call
G 您好，欢迎致电中成银行，本次通话可能会被录音。
G 个人业务请按1，信用卡业务请按2，挂失请按3，人工服务请按0。
B （按0）
G 您好，人工客服2217为您服务，请问有什么可以帮您？
B 我想问下手机银行的登录密码忘了怎么办
H 您在手机银行登录页点"忘记密码"，通过刷脸和短信验证码验证后，由您自己设置新的登录密码，我这边不会询问您的旧密码或新密码。
B 懂了，谢谢你啊
""")
GEN.append(r"""
@@ topic=shop_membership_fee platform=喵选商城 style=chat
G 亲，您好，欢迎光临喵选旗舰店～
B 你们店会员要收费吗
G 亲，我们的店铺会员是免费的，关注店铺就能加入，享受会员价哦。
H 提醒一下，我们不会收取任何"会员年费"，也不会打电话让您关闭什么"百万保障"，如有人这样说请不要相信哈～
B 好嘞
""")
GEN.append(r"""
@@ topic=parcel_lost_followup_call platform=云达物流 style=call
G 您好，我是云达物流的客服，您上周反映的快件丢失问题，我们已经核实完毕。
B 好的，怎么处理
G 确认丢失，按照未保价快件的赔付标准，我们赔付您运费的三倍，共计36元。
H 赔付款会在云达物流App的"我的-理赔"里显示，您点"确认"后原路退回到寄件的付款账户，不需要您在电话里提供银行卡或者验证码。
B 那我等下去App里确认
G 好的，有问题随时联系我们。
""")
GEN.append(r"""
@@ topic=customer_service_number platform=优品购 style=chat
G 您好，优品购官方客服。
B 我在网上搜的你们客服电话打过去，对方让我装向日葵，是你们吗？
H 不是的。优品购的客服只在App"我的-客服中心"里，电话以App内显示的为准，网上搜到的号码很多是假冒的。
H 我们从来不会让您装向日葵或其他远程控制软件，如果已经装了，请马上卸载，并检查银行账户是否有异常。
B 装了但是没给识别码
G 那就好，卸载后就安全了。您的退货问题我这边可以直接帮您处理。
""")
GEN.append(r"""
@@ topic=parcel_claim_self_service platform=捷运快递 style=chat
G 您好，捷运快递智能客服已为您转接人工，我是客服阿杰。
B 我的件丢了，要理赔，需要提供什么
H 您在捷运快递App"我的寄件-理赔申请"里上传商品价值证明，比如购物截图或者发票，提交后专员审核。
B 赔的钱打到哪
H 理赔款会打到您在申请页面自己绑定的本人支付宝或者银行卡，我们不会在电话里核对卡号，也不会让您开通任何借款产品。
B 好，我去提交
G 提交后一般两个工作日内审核完毕，结果会推送到App消息里。
""")
GEN.append(r"""
@@ topic=bank_loan_inquiry platform=招远银行 style=call
G 您好，招远银行个人贷款热线，请问有什么可以帮您？
B 我想问问你们的消费贷，利率多少
G 目前线上消费贷年化利率在3.45%到7.2%之间，具体以您的审批结果为准。
H 申请只在招远银行App"贷款"频道由您本人提交，放款直接到您本人名下的招远借记卡，我们没有任何前置收费，也不会让您先转"验资款"。
B 会查征信吗
H 会的，申请时需要您在App里授权查询征信，正常申请只会留下一条"贷款审批"的查询记录。
B 明白了，谢谢
""")
GEN.append(r"""
@@ topic=sms_notice_refund platform=乐购优选 style=sms
H 【乐购优选】您的订单LG20261207719退款129.00元已原路退回至您的银行卡，预计1-3个工作日到账，请留意银行通知。本短信无需回复，请勿向任何人提供验证码。
B 到了，谢谢
G 感谢您的反馈，期待您再次光临乐购优选。
""")
GEN.append(r"""
@@ topic=elderly_call_help platform=中成银行 style=call
G 阿姨您好，我是中成银行的客服，您刚才在柜台留了电话说要咨询养老金到账的事情。
B 对对，我的养老金这个月到了没有
G 我帮您查了，15号已经到账了，2860元。
H 阿姨，另外提醒您，最近有骗子冒充银行或者社保打电话，说要帮您"升级社保卡"，让您念短信里的数字或者把钱转到"安全账户"，这都是骗人的，您千万别理。
B 好，我闺女也跟我说过
H 是的，如果有人问您要银行卡密码或者让您去ATM转账，您直接挂电话，然后打给您闺女或者来网点问我们。
""")
GEN.append(r"""
@@ topic=carrier_fraud_sms_block platform=移联通信 style=chat
G 您好，移联通信在线客服小悦为您服务～
B 我每天收到好多说我快递丢了要理赔的短信
H 您可以在移联App"防骚扰"里开启诈骗短信拦截，系统会自动识别冒充快递理赔、积分兑换这类短信。
B 开了有用吗
G 开启后大部分的诈骗短信会进入拦截箱，您可以定期看看拦截箱里有没有误拦的正常短信。
H 另外，真正的快递理赔都在快递公司官方App里处理，短信里让您加QQ或点网址的都不要相信。
""")
GEN.append(r"""
@@ topic=insurance_agent_group platform=平和人寿 style=group
G 各位客户好，我是平和人寿的服务专员小杜，本群用于通知保单服务信息。
H 本周起，保单续期缴费请在平和人寿App"续期缴费"中自行支付，专员不会在群里发收款二维码，也不会私下收取保费。
B 杜经理，我的分红险今年分红多少
G 您好，您的分红可以在App"保单详情-红利"中查看，今年的红利通知书下周会寄出。
H 群里如果有人私聊您说可以"退保返现"，让您下载其他软件或共享屏幕，都不是我们公司的人，请直接举报。
""")
GEN.append(r"""
@@ topic=course_card_payment platform=学而优网校 style=chat
G 学员您好～学而优网校报名咨询
B 报名能用信用卡付吗
H 可以的，在支付页面选择"银行卡支付"，卡号、有效期和CVV都是您在支付页面自己输入的，我们客服看不到也不会问您。
B 可以分期付吗
H 支持信用卡分期，也支持花呗分期，分期手续费在支付页面会显示，由您自己选择是否分期。
B 好的我去报名
G 报名成功后班主任会在App内联系您，祝学习顺利～
""")
GEN.append(r"""
@@ topic=ride_refund_real platform=快的出行 style=chat
G 您好，快的出行客服～
B 上周五那趟车是不是多收了
G 我帮您查了一下，那次行程有一段高速费18元，司机已经上传了凭证，计费是正确的。
H 如果您对费用有疑问，可以在行程详情页点"费用疑问"提交，核实多收会原路退回，不需要您到微信里搜"客服企业号"办理。
B 懂了，那我提交一下
G 好的，提交后24小时内会有结果。
""")
GEN.append(r"""
@@ topic=pickup_code_warning platform=顺达快递 style=sms
H 【顺达快递】您的包裹已到东门驿站，取件码8-2-1034。取件码仅用于驿站取件，请勿转发给陌生人，顺达工作人员不会向您索要短信验证码。
B 帮我放到门口可以吗
G 可以的，您在顺达App里"送货上门"申请，驿站看到后会安排派送。
""")


def summary(corpus: Corpus) -> dict:
    agents = [r for r in corpus.records if r["sender"] == "agent"]
    buyers = [r for r in corpus.records if r["sender"] == "buyer"]
    rules = Counter(rule for r in agents for rule in r["rules"])
    tags = Counter(t for r in corpus.records for t in r["tags"] if not t.startswith(("topic:", "platform:")))
    return {"conversations": len({r["conversation_id"] for r in corpus.records}),
            "agent_lines": len(agents), "soliciting_lines": sum(1 for r in agents if r["rules"]),
            "buyer_lines": len(buyers), "buyer_entity_lines": sum(1 for r in buyers if r["entities"]),
            "entities": Counter(e["type"] for r in buyers for e in r["entities"]),
            "rules": rules, "tags": tags}


def main() -> None:
    scam, genuine = Corpus(prefix="w17s"), Corpus(prefix="w17g")
    for block in SCAM:
        build(scam, block, scam=True)
    for block in GEN:
        build(genuine, block, scam=False)
    texts = [r["text"] for c in (scam, genuine) for r in c.records if r["sender"] == "agent"]
    dupes = [t for t, n in Counter(texts).items() if n > 1]
    assert not dupes, dupes
    scam.write(HERE / f"{NAME}_scam.jsonl", shuffle_seed=1717)
    genuine.write(HERE / f"{NAME}_genuine.jsonl", shuffle_seed=1718)
    for label, c in (("scam", scam), ("genuine", genuine)):
        s = summary(c)
        print(label, {k: (dict(v) if isinstance(v, Counter) else v) for k, v in s.items()})


if __name__ == "__main__":
    main()
