"""Generator for corpus sol_w03: impersonation of banks, couriers and telecom carriers, and the
genuine service of the same organisations.  Every line below is hand-written; code only fills in
values (card numbers, codes, tracking numbers) and turns the small script notation into records.

Script notation (one conversation per block):
    === topic:x platform:y style:z [pretext:kind]
    A: agent line                       (scam file: no rules -> scam_pretext + pretext:kind)
    A[CV|c,e]: agent line               rules by letter, then line tags
    B: buyer line with {CARD4} values
Rule letters: C card number, S card security (CVV/expiry), W password/PIN, V verification code,
R screen share / remote app, T transfer / payment, O off-platform, L loan / credit record.
Line tags: c contextual, e evasion, h hard_negative (genuine; also added by keyword), p=<kind>.
Run:  python3 gen_sol_w03.py   ->  sol_w03_scam.jsonl, sol_w03_genuine.jsonl
"""
from __future__ import annotations

import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # samples/: the shared kit

from kit import Corpus, card_number, chinese_digits, digits, expiry, fullwidth, id_number, mobile, spaced

NAME = "sol_w03"
RNG = random.Random(20240603)
LETTERS = {"C": "ASK_CARD_NUMBER", "S": "ASK_CARD_SECURITY", "W": "ASK_PASSWORD",
           "V": "ASK_VERIFICATION_CODE", "R": "ASK_SCREEN_SHARE", "T": "ASK_TRANSFER",
           "O": "ASK_OFF_PLATFORM", "L": "ASK_LOAN_OR_CREDIT"}
HN_WORDS = ("验证码", "银行卡", "卡号", "密码", "微信", "转账", "链接", "二维码", "共享", "借呗", "征信",
            "短信", "理赔", "赔付", "冻结", "异常", "账户", "扫码", "下载", "安全码", "有效期", "额度",
            "分期", "备用金", "远程", "屏幕", "红包", "充值", "押金", "注销", "停机", "实名", "身份证",
            "赔偿", "补偿", "退款", "客服电话", "付款", "支付", "动态码", "CVV", "验证", "转入", "收款")
SURNAMES = "王李张刘陈杨黄赵周吴徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢"


def _code6():
    return digits(RNG, 6)


ENTITY_FILL = {
    "CARD": ("CN_BANK_CARD", lambda: card_number(RNG)),
    "CARD4": ("CN_BANK_CARD", lambda: spaced(card_number(RNG), 4)),
    "CARDDASH": ("CN_BANK_CARD", lambda: spaced(card_number(RNG), 4, "-")),
    "CARD16": ("CN_BANK_CARD", lambda: spaced(card_number(RNG, length=16), 4)),
    "CARDFW": ("CN_BANK_CARD", lambda: fullwidth(card_number(RNG))),
    "CODE": ("CN_VERIFICATION_CODE", _code6),
    "CODE4": ("CN_VERIFICATION_CODE", lambda: digits(RNG, 4)),
    "CODESP": ("CN_VERIFICATION_CODE", lambda: spaced(_code6(), 1)),
    "CODECN": ("CN_VERIFICATION_CODE", lambda: chinese_digits(_code6())),
    "CODEYAO": ("CN_VERIFICATION_CODE", lambda: chinese_digits("1" + digits(RNG, 5), one="幺")),
    "CODEFW": ("CN_VERIFICATION_CODE", lambda: fullwidth(_code6())),
    "CVV": ("CN_CARD_SECURITY", lambda: digits(RNG, 3)),
    "CVVCN": ("CN_CARD_SECURITY", lambda: chinese_digits(digits(RNG, 3))),
    "EXP": ("CN_CARD_SECURITY", lambda: expiry(RNG)),
    "EXPCN": ("CN_CARD_SECURITY", lambda: "{}年{}月".format(RNG.randint(27, 33), RNG.randint(1, 12))),
    "PWD": ("CN_PAYMENT_PASSWORD", _code6),
    "PWDSP": ("CN_PAYMENT_PASSWORD", lambda: spaced(_code6(), 3)),
    "PWDCN": ("CN_PAYMENT_PASSWORD", lambda: chinese_digits(_code6())),
    "PHONE": ("CN_PHONE", lambda: mobile(RNG)),
    "PHONESP": ("CN_PHONE", lambda: spaced(mobile(RNG), (3, 4, 4))),
    "PHONEDASH": ("CN_PHONE", lambda: spaced(mobile(RNG), (3, 4, 4), "-")),
    "ID": ("CN_ID_CARD", lambda: id_number(RNG)),
    "IDSP": ("CN_ID_CARD", lambda: spaced(id_number(RNG), (6, 8, 4))),
}
TEXT_FILL = {
    "SF": lambda: "SF" + digits(RNG, 13),
    "ZT": lambda: "7" + digits(RNG, 13),
    "YT": lambda: "YT" + digits(RNG, 13),
    "JD": lambda: "JDV" + digits(RNG, 12),
    "QJM": lambda: "{}-{}-{}".format(RNG.randint(1, 9), RNG.randint(1, 6), RNG.randint(1001, 9899)),
    "FCM": lambda: digits(RNG, 8),
    "N": lambda: RNG.choice(SURNAMES),
    "ORDER": lambda: "2024" + digits(RNG, 14),
    "TAIL": lambda: digits(RNG, 4),
    "AMT": lambda: "{}.{:02d}".format(RNG.randint(38, 899), RNG.randint(0, 99)),
    "MEET": lambda: "{} {} {}".format(digits(RNG, 3), digits(RNG, 3), digits(RNG, 3)),
    "TEL": lambda: "0{}-{}".format(RNG.choice(["755", "21", "10", "571", "20", "28", "27"]), digits(RNG, 8)),
}
PLACE = re.compile(r"\{([A-Z0-9]+)\}")
HEAD = re.compile(r"^([AB])(?:\[([A-Z]*)(?:\|([^\]]*))?\])?[:：]\s?(.*)$")

SCAM: list[str] = []
GENUINE: list[str] = []


def parts_of(text: str):
    out, pos = [], 0
    for m in PLACE.finditer(text):
        out.append(text[pos:m.start()])
        key = m.group(1)
        if key in ENTITY_FILL:
            kind, fn = ENTITY_FILL[key]
            out.append((kind, fn()))
        elif key in TEXT_FILL:
            out.append(TEXT_FILL[key]())
        else:
            raise SystemExit(f"unknown placeholder {key}")
        pos = m.end()
    out.append(text[pos:])
    # merge adjacent strings
    merged = []
    for p in out:
        if isinstance(p, str) and merged and isinstance(merged[-1], str):
            merged[-1] += p
        elif p != "":
            merged.append(p)
    return merged


def build(corpus: Corpus, blocks: list[str], scam: bool, seen: Counter) -> None:
    for block in blocks:
        conv = None
        pretext = "other"
        for raw in block.strip().splitlines():
            line = raw.strip()
            if not line:
                continue
            if line.startswith("==="):
                tags = line[3:].split()
                conv_tags = [t for t in tags if not t.startswith("pretext:")]
                for t in tags:
                    if t.startswith("pretext:"):
                        pretext = t.split(":", 1)[1]
                conv = corpus.conversation(tags=conv_tags)
                continue
            m = HEAD.match(line)
            if not m or conv is None:
                raise SystemExit(f"cannot parse: {line}")
            who, letters, ltags, text = m.group(1), m.group(2) or "", m.group(3) or "", m.group(4)
            key = PLACE.sub("#", text)
            if len(key.replace("#", "").strip(" ，,/、")) > 2:
                seen[key] += 1
            flags = [t.strip() for t in ltags.split(",") if t.strip()]
            parts = parts_of(text)
            if who == "B":
                has_cred = any(isinstance(p, tuple) and p[0] not in ("CN_PHONE", "CN_ADDRESS") for p in parts)
                conv.buyer(parts, tags=["credential" if has_cred else "no_credential"])
                continue
            rules = [LETTERS[ch] for ch in letters]
            tags = []
            if scam:
                if rules:
                    tags.append("scam")
                else:
                    kind = next((f.split("=", 1)[1] for f in flags if f.startswith("p=")), pretext)
                    tags += ["scam_pretext", f"pretext:{kind}"]
            else:
                if rules:
                    raise SystemExit(f"genuine line with rules: {line}")
                tags.append("genuine")
                if "h" in flags or any(w in text for w in HN_WORDS):
                    tags.append("hard_negative")
            if "c" in flags:
                tags.append("contextual")
            if "e" in flags:
                tags.append("evasion")
            conv.agent(parts, rules=rules, tags=tags)

# ------------------------------------------------------------------ scam: couriers
SCAM += [r"""
=== topic:parcel_lost platform:shunfeng style:call pretext:parcel_lost
A: 喂您好，请问是{N}女士吗？这边是顺丰速运理赔专员，工号8137。
B: 是我，怎么了？
A: 您上周在网上买的一件衣服，运单号{SF}，在中转场分拣时破损丢失了，非常抱歉。
B: 啊？我还说怎么一直没到
A: 按照规定我们会给您三倍赔偿，一共是三百八十七元，今天就可以给您办理。
A[C]: 理赔款是直接打到您银行卡上的，您把常用的那张卡号报给我登记一下。
B: 卡号{CARD4}，是农行的
A[V]: 好的，系统这边给您手机发了一个理赔确认码，六位数，您念一下我帮您核销。
B: {CODECN}
A[V|c]: 这个过期了，我重新发一条，收到了马上读给我，不要挂电话。
""", r"""
=== topic:parcel_lost platform:zhongtong style:chat pretext:parcel_lost
A: 亲，您好，中通快递售后这边通知您：您的包裹{ZT}在派送途中遗失，已为您登记理赔。
B: 是真的吗？我在平台上看物流还在走
A: 物流信息是系统自动的哦亲，实际件已经丢失了，仓库那边确认过。
A[O]: 因为理赔要人工审核，麻烦您添加一下我们理赔专员的微信 zt_lipei0619，这边一对一给您处理。
B: 不能在这里直接处理吗
A[O|c]: 这边平台权限不够的亲，加上之后发个“理赔”两个字就行，专员会拉您进理赔群。
""", r"""
=== topic:parcel_lost platform:yuantong style:call pretext:parcel_lost
A: 您好，圆通速递，您有一个从广州发出的件{YT}，显示已被签收但实际是我们快递员送错了，现在找不回来。
B: 我没收到啊，是什么东西？
A: 是一套护肤品，商家报价六百多。我们公司规定丢件按一点五倍赔付，您这边可以拿到九百四。
B: 那怎么给我
A[R]: 现在理赔都是线上走流程，您手机上下载一个“会议通”，我发会议号给您，我们屏幕上一步一步教您填。
B: 会不会不安全
A: 放心，这是我们公司合作的正规软件，全程录音录像的。
A[R|c]: 会议号{MEET}，进去之后点右下角那个“共享屏幕”，然后把页面切到您的支付宝首页。
A[W]: 现在点“转账到银行卡”，输入密码的时候不用管我，直接按，我这边看着系统有没有接收到。
""", r"""
=== topic:parcel_lost platform:cainiao style:chat pretext:parcel_lost
A: 【菜鸟驿站】您的快递因货架破损遗失，已为您申请赔付188元，请核对信息。
B: 哪个快递
A: 亲，是您尾号{TAIL}手机号下的件，这边看是一双鞋子。
A[C|e]: 赔付需要绑定收款的银 行 卡，您这边发一下卡号+开户行就可以啦~
B: 为什么不能退回我原来付款的地方？
A: 原付款渠道是商家的，我们驿站是单独理赔，只能打到个人卡上。
B: 好吧，{CARD}，建设银行
A[S]: 收到，还需要卡背面最后三位数字和卡片上的有效月份年份，财务那边做身份核验要用。
B: 背面是{CVV}，有效期{EXP}
""", r"""
=== topic:parcel_lost platform:jdlogistics style:call pretext:parcel_lost
A: 您好，我是京东物流客服小周，您的快递{JD}在运输途中车辆起火，货物全部损毁了。
B: 天哪，那怎么办
A: 您别着急，我们这边有快速理赔通道，赔付金额是货值的两倍，今天就能到账。
A[T]: 不过系统检测到您的账户没开通收款功能，需要先转一笔一块钱的激活金到我们的对公账户，马上连同赔款一起返还。
B: 一块钱可以
A[T|c]: 转好了吧？系统显示金额太小未激活，要满五百才能激活，您再转四百九十九，会一起退回来的。
B: 这么多？我有点不敢
A[T]: 您现在不转的话理赔单十分钟后就自动作废了，钱是原路退给您的，不会少一分。
""", r"""
=== topic:package_recall platform:shunfeng style:sms pretext:refund_claim
A[O]: 【顺丰】您好，您的包裹因含违禁成分已被海关扣留，需在24小时内办理退件，请点击 sf-tuijian.cc/r/8821 填写退款信息，逾期将追究责任。
""", r"""
=== topic:package_recall platform:zhongtong style:call pretext:refund_claim
A: 喂，你好，这边是中通快递，你前天买的那个保健品商家那边出问题了，产品被质监局召回，要给你全额退款。
B: 哦，那你退吧
A: 是这样，退款要你本人操作一下，因为已经超过平台退款期了。
A[O]: 你现在打开微信，添加一下我们退款中心的企业号，搜 ZTO-tuikuan88，我把退款链接发你。
B: 加了
A[C]: 链接打开第一栏填你的银行卡号，第二栏填预留手机号，填好了截个图给我看一下。
A[V|c]: 然后你手机会收到一个六位数的验证码，那个是退款到账码，一起填进去，填错了退不了的。
""", r"""
=== topic:parcel_lost platform:fengchao style:chat pretext:parcel_lost
A: 您好，我是丰巢智能柜客服，您存放在柜机里的快递因柜门故障被他人误取，我们深表歉意。
A: 平台会先行赔付您货款加五十元补偿，请问您方便现在处理吗？
B: 方便，怎么弄
A[O]: 请您扫描这个二维码，进入“丰巢快赔”小程序，按照提示填写资料就可以。（图片）
B: 扫了，要我填支付宝账号和登录密码？？
A[W|c]: 对的，因为赔付是系统自动打款，必须登录您的账户才能把钱放进去，填完点提交即可。
B: 登录密码不是不能给别人吗
A[W]: 这个是系统读取不是人工看的，您放心，不填密码就只能按放弃理赔处理了。
""", r"""
=== topic:parcel_lost platform:yuantong style:group pretext:parcel_lost
A: 【圆通理赔服务群】各位客户好，本群是圆通丢件统一赔付群，进群的都是这批遗失件的收件人。
A: 今天下午三点统一发放赔款，按照群公告流程操作，先到先得。
B: 我要怎么领
A[T]: 领取前每人需扫群里的收款码支付9.9元手续费，系统确认后赔款连同手续费一起打回。
A[O]: 没有操作过的客户请先下载“速赔宝”APP，链接在群公告，下载后用手机号注册。
B: 我付了9.9了怎么没到账
A[T|c]: 您的赔款金额超过三百，属于大额理赔，还需要补缴一笔保证金，数额是赔款的百分之二十。
""", r"""
=== topic:parcel_lost platform:shunfeng style:call pretext:parcel_lost
A: 您好女士，这里是顺丰客服中心，您的快件在航空运输中丢失，我们核实您是顺丰会员。
A: 会员丢件可以走加急理赔，赔款直接进您的借记卡，请问您用哪家银行比较多？
B: 工商银行
A[C|c]: 好的，工行是吧，卡号从头到尾给我念一遍，我这边系统录入。
B: 六二二二……算了我直接发你，{CARDDASH}
A[W]: 收到。为了确认是本人收款，还需要您这张卡的取款密码，系统做一次四要素比对。
B: 取款密码是{PWD}
A[V|c]: 好，比对通过。马上有一条银行短信进来，里面的数字给我，这是入账的最后一步。
B: {CODE}
""", r"""
=== topic:parcel_lost platform:jdlogistics style:chat pretext:parcel_lost
A: 您好，京东物流售后为您服务，您的订单{ORDER}快递已确认丢失，赔付金额为商品价格的三倍。
B: 好，我等退款就行了吧
A: 这边是人工赔付，不会自动退回，需要您配合完成一下身份认证。
A[C]: 您发一下：1.姓名 2.身份证号 3.收款银行卡卡号 4.银行预留手机号，四项缺一不可。
B: {N}明，身份证{ID}，卡{CARD4}，手机{PHONE}
A[V|c]: 收到，刚刚下发了认证短信，请把里面6位数字回复给我，五分钟内有效哦。
B: 短信写着请勿告知他人，这个也要给吗
A[V]: 那是银行的通用模板，您放心，我们是官方渠道，不告诉我就认证不了，赔款会被退回。
""", r"""
=== topic:parcel_lost platform:cainiao style:call pretext:parcel_lost
A: 您好，这边是菜鸟裹裹理赔中心，您的国际包裹在清关时出了问题，海关那边扣押了。
B: 我没买国外的东西啊
A: 可能是商家从保税仓发的，系统显示收件人是您，我们要帮您申请退件并赔付。
A[R]: 您先装一个叫“TeamMeet”的软件，我远程协助您把退件申请提交了，很快的。
B: 我不太会装
A[R|c]: 没事，在应用商店搜那个名字，下载完打开，把上面显示的九位数识别码念给我就行。
A[R|c]: 好的我已经连上了，您看到屏幕上有个小红点就对了，接下来您别动手机，我来操作。
""", r"""
=== topic:parcel_lost platform:zhongtong style:sms pretext:parcel_lost
A[O|e]: 【中通】尊敬的客户，您的快递已遗失，可获三倍赔付。请添加理赔专员威信：zto_pf2024 领取，备注快递单号。
""", r"""
=== topic:parcel_lost platform:shunfeng style:call pretext:parcel_lost
A: 喂，顺丰啊，你那个件丢了，我们这边给你赔。
B: 什么件？
A: 就是你在拼多多买的那个小家电，一百多块钱那个。
A[L]: 我们现在赔付是通过你支付宝借呗的额度走的，你打开借呗看一下能借多少，借出来之后我们帮你还。
B: 为什么要借钱？
A[L]: 不是借钱，是把额度先激活，赔款打进来自动把这笔还上，征信上不留记录的。
A[T|c]: 借出来的钱转到我发你的那个账户做流水验证，验证完原路退回。
""", r"""
=== topic:parcel_claim platform:jdlogistics style:call pretext:refund_claim
A: 您好，京东快递，请问是{N}先生吗？您买的手机壳商家那边质检不合格，我们给您双倍退款。
B: 不用了吧，我用着挺好的
A: 先生您不退的话，这个不合格商品会影响您账户的信用分，后面可能用不了京东白条。
A[L]: 现在系统要求您在京东金融里面把白条额度全部借出来，证明您账户是正常的，不然就会上报征信。
B: 我没开白条
A[L|c]: 那就开一下，开通后您点“借款”，不借的话下个月会自动扣年费并且影响信用记录。
""", r"""
=== topic:parcel_lost platform:fengchao style:call pretext:parcel_lost
A: 您好，丰巢这边，您柜子里的快递超时太久被清理丢失了，我们核实一下赔偿。
B: 我每次都按时取的啊
A: 系统可能记录有问题，总之现在给您赔付两百元。
A[C]: 请问您收款用哪张卡，把卡号告诉我。
B: 用微信零钱不行吗
A[C|c]: 微信零钱入不了账，只能银行卡，储蓄卡信用卡都可以，发我一下那一长串数字。
B: {CARD16}
A[S]: 如果是信用卡的话，卡背面签名栏那三位也要一起报一下，财务打款要核对。
B: {CVVCN}
""", r"""
=== topic:parcel_lost platform:yuantong style:chat pretext:parcel_lost
A: 亲亲，我是圆通官方理赔客服，您的快件{YT}在我们网点遗失，给您带来不便非常抱歉~
A: 我们这边已经给您申请了三倍赔付共计五百一十元，请问您是否同意赔付方案？
B: 同意
A[T]: 好的亲，由于您是首次理赔，需要先在支付宝扫码支付一笔28元的运费险认证，认证后赔付自动到账。
B: 之前没听说理赔要交钱
A[T|c]: 亲，这个是保险公司那边要求的，支付后和赔款一起退回来，不会产生任何费用的。
A[T]: 您看这样，扫码的时候备注一下“理赔”，财务就能对上单号了，二维码我发您。
""", r"""
=== topic:package_recall platform:cainiao style:call pretext:refund_claim
A: 您好，我是菜鸟驿站总部客服，您最近签收的一批面膜被检测出甲醛超标，厂家发起召回。
A: 每个收件人可以获得货款退还和三百元的健康补偿金。
B: 那怎么领
A[O]: 领取需要您加一下我们召回中心的QQ号，2847361905，加好友的时候备注驿站召回。
B: 加了，他让我下载一个APP
A[O|c]: 对，那是召回专用的退款平台，下载后按群里的老师说的填就行。
""", r"""
=== topic:parcel_lost platform:shunfeng style:short pretext:parcel_lost
A: 顺丰理赔，您件丢了，赔您三百。
A[C]: 报下卡号
B: {CARD}
A[V|c]: 收到码了吗？念
B: {CODE4}
""", r"""
=== topic:parcel_lost platform:zhongtong style:chat pretext:parcel_lost
A: 您好，中通这边跟您说一下，您的件在我们仓库被水泡了，需要给您做理赔。
B: 那我要怎么做
A[O]: 我们这边理赔要在专门的网页上做，您复制到浏览器打开：zto-kfpf.top，登录后填写。
B: 打开了，让我填银行卡号、密码和验证码？
A[W|c]: 对的，全部填上，密码是您那张卡的取款密码，系统要核验之后才会放款。
A[V|c]: 验证码过一会儿会发到您手机上，收到后马上填进去，超过一分钟就失效了。
""", r"""
=== topic:parcel_lost platform:jdlogistics style:call pretext:parcel_lost
A: 喂您好，这边是京东物流的，您有一件快递在运输途中被损坏了，请问您还要吗？
B: 坏了还要什么
A: 那我们就按不要处理，给您走退款，是原价的一点五倍。
A[R]: 退款要在视频会议里完成身份核验，您下个“腾讯会议”，我把会议号发您短信上。
B: 下载好了
A[R|c]: 进来以后把摄像头关了，点共享屏幕，让我看到您打开的是哪个银行的APP。
A[V|c]: 好的，现在银行会发一个动态码，您不用念给我，直接在共享的界面里点开短信就行，我这边能看到。
""", r"""
=== topic:parcel_lost platform:fengchao style:sms pretext:parcel_lost
A[O]: 【丰巢】您的快件在柜机内遗失，已为您登记赔付99元。请致电理赔专线{TEL}或访问 fc-peifu.net 领取，逾期视为自动放弃。
""", r"""
=== topic:parcel_lost platform:yuantong style:call pretext:parcel_lost
A: 您好，请问是{N}女士吗？这边是圆通客服，您前两天寄出去的那个包裹在路上丢了。
B: 我寄的？哦那个寄给我妈的
A: 对对，保价了是吧，我们按保价金额一千块给您赔。
A[C|c]: 那麻烦您报一下您寄件时候付款的那张卡，我们原卡退。
B: 我是微信付的
A[C]: 微信绑定的银行卡也行，在微信钱包里能看到完整卡号，您点开念给我。
B: 我只能看到后四位
A[C|c]: 那您找一下实体卡，卡面上那十九位数字，一个都不能错。
""", r"""
=== topic:parcel_lost platform:cainiao style:chat pretext:parcel_lost
A: 亲，菜鸟官方客服，您有一笔快递异常件赔偿还没有领取，金额168元。
B: 什么异常件
A: 系统显示您上个月有一个件被驿站错发，现在统一补偿。
A[T|e]: 领取步骤：打开支付宝-扫一扫-扫我发的码-输入金额0.01元-付款，完成后系统秒到账168元。
B: 为什么要我付钱
A[T|c]: 0.01元是验证您账户真实性的，您付了就能收到，很多客户都已经领完了。
A[T]: 您付的那一分钱没到，可能是额度不够，您再付一笔188元，系统会一次性打回356元。
""", r"""
=== topic:parcel_lost platform:shunfeng style:call pretext:parcel_lost
A: 您好，顺丰速运，您有一个生鲜件因为冷链中断已经变质，我们要给您赔偿。
B: 嗯，多少钱
A: 商品价加运费，一共四百二十块。您这边是要现金赔付还是积分？
B: 现金
A[O]: 现金赔付要走我们财务部，我给您一个财务部刘经理的电话，{TEL}，您现在打过去报您的运单号。
B: 我打过去他让我开个什么共享
A[R|c]: 对的，刘经理那边要看着您操作，共享打开之后就听他的。
""", r"""
=== topic:parcel_lost platform:zhongtong style:call pretext:parcel_lost
A: 您好，我是中通快递网点的，您有个件地址写错了退回去的时候丢了。
A: 公司赔您两百，但是按流程要登记您的信息。
A[C]: 卡号、身份证号发我。
B: 身份证也要？
A[C|c]: 要的，卡号和身份证对得上我们才能打款，您先发卡号。
B: {CARDFW}
A[S]: 再把卡上的有效期告诉我，就是那个月份斜杠年份的。
B: {EXP}
A[V]: 最后您手机刚收到一条短信验证码，报给我就完成了。
B: {CODESP}
""", r"""
=== topic:parcel_lost platform:jdlogistics style:chat pretext:parcel_lost
A: 您好，京东物流客服，您的大件家电在配送时被摔坏，现在需要确认赔付方案。
B: 我的冰箱？？
A: 是的，给您带来麻烦非常抱歉，我们会全额退款并额外补偿三百元。
A[O]: 因为大件理赔流程复杂，您加一下我们的售后专员微信，V❤：jdwl_shouhou7，她专门跟进。
B: 我在京东APP里直接申请不行吗
A[O|c]: APP里排队要十五个工作日，加专员的话今天就能到账，您自己选。
""", r"""
=== topic:parcel_lost platform:yuantong style:chat pretext:parcel_lost
A: 圆通客服，您好，包裹丢失给您赔付。请按下面格式回复：
A[CSV]: 姓名 / 银行卡号 / 卡背后三位 / 有效期 / 刚收到的验证码
B: {N}芳 / {CARD4} / {CVV} / {EXP} / {CODE}
""", r"""
=== topic:parcel_lost platform:fengchao style:call pretext:parcel_lost
A: 您好，丰巢智能柜，您有个快递在柜子里放了七天，超期后被快递员取回，结果在网点弄丢了。
A: 按照规定给您赔付，先跟您核实一下身份。
A[W]: 您在丰巢小程序里设置的支付密码是多少？核对一下是不是您本人。
B: 我没在丰巢设过密码啊
A[W|c]: 那就是您微信支付的密码，一样的，报一下就行。
""", r"""
=== topic:parcel_lost platform:cainiao style:call pretext:parcel_lost
A: 喂，菜鸟驿站的，你的件我们给你弄丢了，实在不好意思。
B: 哦，怎么赔
A: 我们老板说直接给你赔钱，你看微信转你还是支付宝转你。
B: 支付宝吧
A[V]: 好，支付宝转账需要你那边的收款码确认，我这发起了，你手机上有个数字，告诉我一下。
B: 这是支付宝的登录验证码诶
A[V|c]: 对对对，是同一个，收款也要这个，你快点，我这边要下班了。
"""]
# ------------------------------------------------------------------ scam: banks
SCAM += [r"""
=== topic:card_limit platform:bank_card_center style:call pretext:other
A: 您好，这里是信用卡中心，您的信用卡用卡良好，本月可以为您免费提额到五万元，请问需要办理吗？
B: 可以啊，怎么办
A[C]: 先跟您核对一下卡片信息，您手上这张信用卡卡号是多少？
B: {CARD16}
A[S]: 好的，背面三位安全码和有效期也报一下，系统要做提额验证。
B: 安全码{CVV}，有效期{EXP}
A[V|c]: 系统已经给您预留手机号发了一条提额验证短信，您把验证码读给我，额度马上生效。
""", r"""
=== topic:card_limit platform:bank_card_center style:call pretext:other
A: 喂，{N}先生您好，我是信用卡中心额度管理部的，工号0926，您的卡现在可以临时提额。
B: 我的额度够用
A: 是这样，您这个月被系统评为优质客户，不提额的话额度会被降为两千。
B: 那怎么提
A[T]: 提额需要先证明您的还款能力，您把卡里的可用余额转到我们的资信验证账户，二十四小时后原数返回。
B: 转到哪里
A[T|c]: 我把账户信息发到您手机上，户名是“资信认证中心”，您转进去以后截个图给我。
A[L]: 如果您卡里钱不够，也可以从网商贷或者借呗先借一笔过来，做完流水就还掉，不收利息。
""", r"""
=== topic:card_upgrade platform:bank_card_center style:chat pretext:other
A: 尊敬的客户您好，您名下信用卡已获得升级白金卡资格，年费全免，额度提升至八万。
B: 要收费吗
A: 完全免费的，只需要在线完成激活即可，很简单。
A[O]: 请您点击链接进入白金卡升级通道：xyk-upgrade-bj.com/vip，按页面提示填写。
B: 页面上要我填卡号、查询密码、CVV
A[SW|c]: 是的，这些都是激活白金卡必须的信息，查询密码和卡背面三位数字都要填准确。
B: 查询密码是{PWD}，我先告诉你吧，页面老是打不开
A[V|c]: 可以的，我这边帮您后台录入，您再把手机上收到的动态码发给我。
""", r"""
=== topic:account_anomaly platform:netbank style:call pretext:account_anomaly
A: 您好，这里是网上银行安全中心，系统监测到您的网银账户今天凌晨在外地有异常登录。
B: 不是我登的
A: 那就是您的账户信息可能泄露了，现在存在被盗刷的风险，我们要马上帮您做安全处理。
A[T]: 为了保证资金安全，请您把卡里的钱先转到我们银行的安全账户，等风险解除再转回去。
B: 安全账户？
A[T|c]: 对，是银行内部的监管账户，只有您本人能转回来，我现在把账号报给您，您用手机银行转。
A[W]: 转账时输入的U盾密码跟我说一下，我这边同步做风控放行，不然会被系统拦截。
""", r"""
=== topic:safe_account platform:unionpay style:call pretext:other
A: 您好，银联中心，您名下的一张银行卡涉嫌在上海被用于洗钱，案件已经移交公安。
B: 怎么可能，我一直在本地
A: 我们也相信您是被冒用的，现在给您转接上海市公安局经侦支队的李警官。
A: 我是李警官，你的卡涉及一个三百万的洗钱案，现在需要对你的资金做清查。
A[O]: 你下载一个“公安云监控”，我把下载地址发给你，这个案子是保密的，不要告诉家人。
A[T|c]: 装好后把你名下所有卡的钱转到国家清查账户，核查无误四十八小时后解冻返还。
B: 我要先问问我老公
A: 你告诉任何人都属于泄露案情，要负法律责任的，我们是在帮你。
""", r"""
=== topic:account_anomaly platform:unionpay style:sms pretext:account_anomaly
A[O]: 【银联】您的银联卡于今日14:32在异地消费4980元，如非本人操作请立即致电{TEL}办理冻结，否则资金将无法追回。
""", r"""
=== topic:account_anomaly platform:unionpay style:call pretext:account_anomaly
A: 您好，刚才您打我们电话说有一笔异地消费不是您本人操作的是吧？
B: 对，我收到短信了
A: 好的，我们帮您拦截这笔交易，但需要先核实您是持卡人本人。
A[C]: 您把收到短信的那张卡的卡号报一下。
B: {CARD4}
A[W]: 好的，再输一下您的交易密码，用手机按键输入就行，按完后按井号键。
B: {PWDSP}
A[V]: 密码正确，系统发送了冻结授权码，您念一下，我这边立刻冻结。
B: {CODEYAO}
""", r"""
=== topic:card_annual_fee platform:bank_card_center style:call pretext:membership_cancel
A: 您好，这边是信用卡中心，您名下有一张金卡，年费一千二明天要自动扣除了。
B: 我记得说过免年费的啊
A: 免年费需要当年刷够六次，您只刷了三次，所以系统要扣年费，可以帮您申请取消。
A[R]: 取消要走线上流程，麻烦您下载一个“云视讯”，我开一个会议带您操作。
B: 直接在电话里取消不行吗
A[R|c]: 电话里没办法签电子协议的，进会议以后点共享，我看着您签。
A[T|c]: 看到签约页了吧，点“缴纳退订保证金”，输1200，协议签好后保证金退还，年费就不扣了。
""", r"""
=== topic:card_limit platform:bank_card_center style:chat pretext:other
A: 【信用卡中心】尊敬的卡友，您的卡片额度使用率较高，可申请专属分期额度5万元，利息低至0.25%。
B: 怎么申请
A[O]: 加我们的分期顾问QQ：3306842715，发送“分期”即可办理，名额有限。
B: 加了，他说要先交一个解冻金
A[T|c]: 是的，分期额度放款前是冻结状态，需要缴纳额度的百分之五作为解冻金，放款时一起返还。
A[T]: 您可以去便利店买京东E卡支付解冻金，卡密拍照发给顾问就行，更快到账。
""", r"""
=== topic:credit_repair platform:bank_card_center style:call pretext:credit_repair
A: 您好，我是中国人民银行征信中心的，您的信用卡有一笔逾期记录，已经被录入征信黑名单。
B: 我从来没逾期过
A: 可能是您卡被别人冒用了。逾期记录会影响您以后买房贷款、孩子上学，现在可以帮您消除。
A[L]: 消除逾期要先证明您有还款能力，您在各个贷款平台上能借的额度都借出来，放到一张卡上。
B: 我名下没有任何贷款
A[L|c]: 那就现在申请，借呗、微粒贷、美团借钱都可以，借出来马上就能查到您征信恢复。
A[T|c]: 借到的钱转到我们征信中心的验资账户，验资结束原路退回，您再还掉就行了，不会产生利息。
""", r"""
=== topic:card_activation platform:bank_card_center style:sms pretext:account_anomaly
A[O]: 【信用卡中心】您的信用卡积分即将清零，可兑换现金398元，请登录 m.xykjf-dh.cn 兑换，输入卡号及有效期即可到账。
""", r"""
=== topic:account_anomaly platform:netbank style:chat pretext:account_anomaly
A: 您好，您的手机银行账户因长时间未验证，已被列为异常账户，即将冻结。
B: 为什么冻结
A: 根据监管要求，所有账户需完成年度实名复核，未复核的账户将限制交易。
A[CW]: 请直接回复：银行卡号、登录密码、身份证号，我们帮您后台复核。
B: 我可以去柜台吗
A: 柜台要排队预约一周以上，线上两分钟就好，您确定要去柜台吗？
A[W|c]: 那您先把登录密码发我，卡号我这边能查到。
""", r"""
=== topic:card_upgrade platform:bank_card_center style:call pretext:other
A: 先生您好，我是信用卡中心的，您的信用卡磁条卡要停用了，需要升级为芯片卡。
B: 我的卡已经是芯片的了
A: 您那张是旧版芯片，新版有更高的安全等级，免费换发。
A[CS]: 我这边给您登记换卡，您报一下卡号，和卡片背面签名条最后那几位数字。
B: {CARD}，后面是{CVV}
A[S|c]: 好，卡片正面下面那个有效日期呢？
B: {EXP}
A[V]: 新卡已经申请了，稍后会有一个验证码，是新卡的寄送确认码，告诉我就可以寄出。
""", r"""
=== topic:safe_account platform:netbank style:call pretext:account_anomaly
A: 喂，您好，这边是网银中心，您的卡有一笔大额支出正在处理，三万八千元，请问是您本人吗？
B: 不是啊！我没转钱
A: 那这笔交易有风险，我们马上给您挂起。您现在在家里吗？旁边有没有人？
B: 在家，就我一个
A[R]: 好，请您打开手机里的“屏幕共享”，我们同步看您的账户状态，按照我说的操作。
A[T|c]: 看到了，您的余额还剩两万多，请您把这部分先转入我给您的保护账户，账户名是“资金监管专户”。
A[T]: 剩下的零钱也一起转过去，不然骗子还会继续扣，快点操作，我这边守着。
""", r"""
=== topic:card_limit platform:bank_card_center style:group pretext:other
A: 【信用卡提额内部群】群友们好，本群专门对接各大银行信用卡中心内部提额通道，成功率百分之九十。
B: 真的能提吗，怎么收费
A: 提额成功后收百分之三的服务费，不成功不收费。
A[CSW]: 需要提额的群友私信我：卡号、有效期、背面三位、查询密码，我们内部人员操作。
A[T]: 先交三百押金预约名额，押金提额后退回，微信转账扫这个码。
""", r"""
=== topic:account_anomaly platform:bank_card_center style:call pretext:account_anomaly
A: 您好，信用卡中心这边，您的信用卡被检测到在境外网站有一笔授权交易，美元三百九十九。
B: 我没有在国外消费
A: 这边可以帮您做拒付处理。为了确认卡片还在您手上，请配合核对。
A[S]: 您把卡片翻过来，签名栏后面有三个数字，读一下。
B: {CVV}
A[S|c]: 正面那个“VALID THRU”后面的日期也读一下。
B: {EXPCN}
A[V|c]: 好，银行给您发了拒付确认码，六位的，念给我我提交拒付。
""", r"""
=== topic:credit_repair platform:unionpay style:call pretext:credit_repair
A: 您好，银联客服中心，您名下有一个学生时代开通的网贷账户一直没注销，国家现在在清理校园贷。
B: 我没用过啊
A: 开通了就算，不注销的话会影响征信，以后房贷车贷都办不了。
A[L]: 注销需要先把账户里的额度全部清空，您登录一下那个APP，把额度借出来。
A[T|c]: 借出来的钱转到我们银联指定的清零账户，系统确认清零后才能注销，之后会退回。
A[R]: 您不会操作的话我们开个视频会议，您把手机屏幕共享出来，我帮您看着。
""", r"""
=== topic:card_activation platform:bank_card_center style:call pretext:account_anomaly
A: 您好，您申请的信用卡已经寄到了，还没有激活对吧？我这边可以帮您电话激活。
B: 对，还没激活
A[C]: 那您先说一下卡号，卡面上凸出来的那一串数字。
B: {CARD4}
A[W]: 好，再设置一个六位数的交易密码，您想好告诉我，我帮您录进去。
B: {PWD}
A[S]: 最后报一下背面三位，确认卡片真实有效后就激活了。
""", r"""
=== topic:card_limit platform:bank_card_center style:chat pretext:other
A: 您好，您的信用卡可以办理“备用金”业务，最高可用额度三万，秒到账。
B: 我不需要
A[L]: 备用金额度开通后不用也不收费的，您先领一下，不领额度会作废，而且会影响下次提额。
B: 这个福利怎么领
A[L|c]: 您在APP“我的额度”里点“备用金”-“立即领取”，取出来以后截图给我，我帮您登记。
A[T|c]: 登记要把领出的钱转到额度确认账户一下，十分钟回到您卡里。
""", r"""
=== topic:safe_account platform:netbank style:sms pretext:account_anomaly
A[O|e]: 【网银】您的网 银 盾 将于今日到期，为避免影响使用请登录 wy-dun-upd.com 进行更新，更新需验 证 码确认。
""", r"""
=== topic:account_anomaly platform:netbank style:call pretext:account_anomaly
A: 您好，我是手机银行客服，您刚才在我们APP上修改了预留手机号吗？
B: 没有啊
A: 那可能是有人在冒充您修改，我们这边已经拦截了，但是需要您本人确认取消。
A[V]: 我们马上给您发一条取消确认的验证码，您收到后告诉我，我就帮您撤销这次修改。
B: 收到了，{CODE}
A[V|c]: 好的，刚才那个不对，是第二条，第二条再读一下。
B: 第二条写着“您正在进行转账”……
A[V|c]: 那个就是撤销用的，系统写法不一样，您读一下数字就行，不然我这边撤不了。
""", r"""
=== topic:card_limit platform:bank_card_center style:call pretext:other
A: 您好，信用卡中心，您之前申请的额度提升审核通过了，现在给您开通。
B: 我没申请过
A: 系统显示是自动评估通过的，额度从一万提到六万。
A[T]: 开通需要先激活新额度，您把卡里现有的可用额度刷到我们的激活商户，刷完立刻返还并且新额度生效。
B: 刷到哪个商户
A[T|c]: 我发您一个收款二维码，您用信用卡扫码支付，金额就填可用额度的一半就行。
""", r"""
=== topic:account_anomaly platform:unionpay style:chat pretext:account_anomaly
A: 您好，我是云闪付客服，您的云闪付账户存在违规套现行为，已被限制使用。
B: 我没有套现
A: 可能是关联的商户有问题，您需要配合做一次资金核查才能解除限制。
A[O]: 核查在我们专用的核查平台进行，请下载“银联安全核查”APP，下载码我发给您。
A[R|c]: 下载后打开，允许“屏幕录制”权限，核查专员会远程连接您的手机。
A[W|c]: 连接后专员让您输入什么密码就输入什么，他需要看到您操作每一步。
""", r"""
=== topic:credit_repair platform:bank_card_center style:call pretext:credit_repair
A: 您好，信用卡中心催收部，您有一笔分期已经逾期三天，再不处理今天就上报征信了。
B: 我每月都是自动还款的
A: 可能是您扣款卡余额不足，没扣成功。现在有一个快速处理通道，不会上征信。
A[T]: 您把逾期的两千四百元加滞纳金转到我们的催收专户，我这边马上帮您销账。
B: 我在APP里还不行吗
A[T|c]: APP里还的话逾期记录已经生成了，只有转到专户我们才能人工撤回，您自己选。
""", r"""
=== topic:card_upgrade platform:bank_card_center style:chat pretext:other
A: 亲爱的持卡人，您的卡符合升级至无限卡的条件，可享机场贵宾厅、高端酒店权益。
A[C|e]: 请回复您的卡號和持卡人姓名进行预审。
B: {CARD}
A[S|e]: 预审通过。请再回复卡背三位 + 卡片到期日，完成最终核实。
B: {CVV}，{EXP}
A[V|c,e]: 核实码已发出，请回复收到的 yzm。
""", r"""
=== topic:safe_account platform:netbank style:call pretext:other
A: 喂，您好，我是某某银行的客户经理，您在我们这里有一笔理财要到期了，要办理续存。
B: 哪个理财？
A: 就是您去年买的那个稳健型，续存可以给您年化百分之六。
A[T]: 续存要先把本金转到我们的理财过渡账户，我把账号发您，今天转进来明天起息。
B: 我记得都是在APP里直接买的
A[T|c]: 这个是内部客户专享，APP里看不到，只能转账办理，名额今天就截止了。
""", r"""
=== topic:account_anomaly platform:bank_card_center style:short pretext:account_anomaly
A: 信用卡中心，您卡片被盗刷了
B: ？？？
A[C]: 卡号后面几位念一下，从第七位开始
B: 你们不是有我卡号吗
A[C|c]: 系统只显示前六位，您读一下剩下的就行
""", r"""
=== topic:card_limit platform:unionpay style:call pretext:other
A: 您好，银联这边，您的银联卡可以开通银联专属额度，五万以内随借随还。
B: 不用了谢谢
A[L]: 先生这个是免费的，不开的话您名下这张卡的信用评分会下调，您先开着不用也行。
B: 那怎么开
A[O|c]: 您打开浏览器输入 ylzs-ed.cn，用身份证注册，我在线等您。
A[V]: 注册时收到的验证码报给我，我帮您加急审核。
"""]
# ------------------------------------------------------------------ scam: telecom carriers
SCAM += [r"""
=== topic:number_suspension platform:china_mobile style:call pretext:account_anomaly
A: 您好，这里是中国移动客服，您的手机号被人举报发送诈骗短信，两小时后将停机。
B: 我没发过啊
A: 那可能是您的身份信息被人冒用，在外地办了一张卡。我们可以帮您转接到当地公安报案。
A: 喂，我是公安局反诈中心的王警官，你名下的那张卡涉嫌参与电信诈骗，你需要配合调查。
A[R]: 你现在下载一个“安全防护”APP，我给你发链接，开启屏幕共享，我们要检查你手机有没有被植入木马。
A[T|c]: 检查完了，你的资金有风险，你需要把卡里的钱转到我们的资金监管账户里，核查清白就退回。
""", r"""
=== topic:number_suspension platform:china_unicom style:sms pretext:account_anomaly
A[O]: 【联通】您的号码实名信息异常，将于今日24时停机。请在 lt-smrz.cc 完成补登记，需上传身份证并填写验证码。
""", r"""
=== topic:number_suspension platform:china_telecom style:call pretext:account_anomaly
A: 您好，中国电信，您的号码因为长时间未进行实名复核，被系统标记为异常号码。
B: 那怎么办？我这号码用了十几年了
A: 不用担心，我这边帮您远程复核，很快。
A[V]: 现在系统会下发一条复核短信，里面有一个六位的验证码，您念给我。
B: {CODE}
A[V|c]: 收到，还有一条是“服务密码重置”的，里面的数字也念一下。
B: 那条写着不要告诉别人……
A[V|c]: 那是系统统一模板，我们是电信官方，您放心读。
""", r"""
=== topic:plan_upgrade platform:china_mobile style:call pretext:prize_subsidy
A: {N}先生您好，我是中国移动的，恭喜您成为我们的星级客户，可以免费领取一部5G手机。
B: 免费的？
A: 是的，只需要把您的套餐升级为五G畅享，月租不变。
A[C]: 手机寄出前要绑定一张银行卡做担保，到期自动解绑，不扣钱的，您报一下卡号。
B: {CARD}
A[V]: 绑定验证码已经发到您手机上了，读一下。
B: {CODEFW}
A[T|c]: 好的，还需要交两百九十九的快递保价费，收到手机后退给您，我发个付款码给您扫。
""", r"""
=== topic:points_redeem platform:china_mobile style:sms pretext:prize_subsidy
A[O]: 【中国移动】尊敬的客户，您的积分6480即将清零，可兑换现金326.00元，请用手机打开 10086-jf.vip 兑换，兑换需填写银行卡信息。
""", r"""
=== topic:points_redeem platform:china_mobile style:chat pretext:prize_subsidy
A: 您好，这里是移动积分商城，您有积分可兑换现金，请问需要帮您兑换吗？
B: 多少钱
A: 您的积分可以兑换三百二十六元现金，直接打到您的银行卡。
A[CS]: 请提供银行卡号、卡背面三位数、有效期，我帮您提交。
B: 借记卡没有背面三位
A[S|c]: 那就提供信用卡的吧，信用卡到账更快。
B: {CARD16}，{CVV}，{EXP}
A[V|c]: 好的，现在您会收到一条兑换验证码，回复过来就能到账。
""", r"""
=== topic:broadband platform:china_unicom style:call pretext:other
A: 您好，联通宽带，您家宽带合约到期了，现在续约可以免费提速到一千兆。
B: 好啊
A[T]: 续约需要预存一年宽带费，九百六十元，您用手机支付宝扫我发的码付一下。
B: 之前都是营业厅交的
A[T|c]: 营业厅交是原价，我这个是内部价，还送一个路由器，您付完我给您发单号。
A[O]: 付款码我用微信发您，您加一下我的微信号 lt_kd_0731。
""", r"""
=== topic:number_suspension platform:china_broadnet style:call pretext:account_anomaly
A: 您好，中国广电客服，您的号码被检测到在外地频繁呼叫，已被列为高危号码。
B: 我刚办的广电号
A: 新号码更容易被盗用，需要马上做安全加固。
A[W]: 您把您的服务密码告诉我，我帮您重置一下。
B: 服务密码是{PWD}
A[V|c]: 重置短信已发出，上面的验证码告诉我一下就好。
B: {CODE}
""", r"""
=== topic:plan_upgrade platform:china_telecom style:chat pretext:membership_cancel
A: 您好，电信客服，您的号码开通了一项每月99元的增值业务“天翼会员尊享包”，现在要续费了。
B: 我不记得开过
A: 可能是误开的，我这边可以帮您退订并把之前扣的三个月费用退还。
A[C]: 退费需要打到您的银行卡上，请发一下卡号和开户行。
B: {CARD4} 招商银行
A[T]: 系统显示退款通道需要先验证您的收款能力，请转1元到这个账户，用于测试通道。
A[T|c]: 通道测试失败，需要按退款金额的等额验证，请转297元，系统会一并退还594元。
""", r"""
=== topic:phone_subsidy platform:china_mobile style:call pretext:prize_subsidy
A: 您好，我是中国移动的，您号码入网满十年，可以领一份话费补贴，八百元。
B: 这么多？
A: 是的，是国家提速降费的补贴，要在今天之内领取。
A[L]: 领取需要您的支付宝有花呗额度作为担保，您打开花呗看一下有多少额度。
B: 花呗有五千
A[L|c]: 好，您用花呗分十二期在我给您的链接里买一张话费卡，补贴会一次性打到您花呗还款。
A[O|c]: 链接我发您短信，打开后是移动的充值页面，您按照提示操作。
""", r"""
=== topic:number_suspension platform:china_mobile style:short pretext:account_anomaly
A: 移动营业厅。你号码要停机
B: 为啥
A[V]: 身份核实。验证码念下
B: {CODE4}
A[W]: 服务密码也说一下
""", r"""
=== topic:sim_swap platform:china_unicom style:call pretext:other
A: 您好，联通客服，您的SIM卡是老版本的，需要升级成5G卡，不升级下个月起无法使用。
B: 要去营业厅吗
A: 不用，我们可以给您远程升级，但是升级过程中您的手机会暂时没信号。
A[V]: 现在给您发一条升级确认短信，您把里面的验证码回给我，升级马上开始。
B: 好，{CODE}
A[W]: 再输一下您的服务密码，六位，升级需要两步验证。
B: 我忘了
A[V|c]: 那我给您发一个重置码，把新收到的数字也告诉我。
""", r"""
=== topic:plan_upgrade platform:china_telecom style:call pretext:membership_cancel
A: 您好，我是电信的，您之前办的那个副卡套餐现在要扣月租了，每月八十八，需要取消吗？
B: 我没办副卡
A: 系统显示是您的身份证办理的，可能是被冒用了，我们帮您注销。
A[R]: 注销需要在线签署，您下载“钉钉”，我把会议链接发您，进去打开共享屏幕。
B: 我手机里有钉钉
A[R|c]: 那更好，加入会议后点“共享”，我这边工作人员会一步步指导。
A[C|c]: 好，现在打开您的银行APP，在转账页面上把卡号那一栏填您自己的卡号给我看看。
""", r"""
=== topic:port_number platform:china_mobile style:chat pretext:other
A: 您好，携号转网服务中心为您服务，您的携转申请已经提交成功。
B: 我没申请携号转网啊
A: 系统显示是今天上午提交的，如果不是您本人，必须立即撤销，否则号码会被转走。
A[V]: 撤销需要您把收到的携转授权码发给我，就是短信里“SQ”开头的那串。
B: SQ 后面是 {CODE}
A[V|c]: 好的，另外还有一条数字验证码，也一起发过来。
""", r"""
=== topic:phone_subsidy platform:china_unicom style:group pretext:prize_subsidy
A: 【联通用户福利群】欢迎新成员，本群每天发放话费补贴，入群即可领取。
A[T]: 领取方式：先充值100元话费到群主提供的号码，系统返还200元到您的号码。
B: 真的会返吗？
A: 群里这么多人都领过了，您看上面的截图。
A[T|c]: 今天有活动，充五百返一千五，名额最后三个，要的私信我。
A[O]: 群主微信 lt_fl888，加了之后发“补贴”，他发您充值二维码。
""", r"""
=== topic:number_suspension platform:china_telecom style:sms pretext:account_anomaly
A[O|e]: 【中国电信】您的号码涉嫌违规使用，将在2小时后停机，如有疑问请加客服扣扣：1924837065处理。
""", r"""
=== topic:plan_upgrade platform:china_mobile style:call pretext:other
A: 您好，移动公司的，您的套餐现在每月一百二十八，给您降到五十八，流量通话一样多。
B: 还有这好事
A: 是给老用户的专属优惠，要在今天之内办理。
A[C]: 我需要先核实一下，您绑定自动缴费的那张银行卡卡号说一下。
B: 我没绑卡，都是微信充的
A[W|c]: 那就核实一下微信的支付密码，证明是您本人在办。
B: 微信支付密码你们怎么能问
A: 女士我们这边是全程录音的，正规营业厅，您不放心可以不办，但优惠过期就没了。
""", r"""
=== topic:broadband platform:china_broadnet style:call pretext:deposit_fee
A: 您好，广电网络的，您家的有线电视机顶盒要更换成新的4K盒子，旧的下个月停用。
B: 收费吗
A: 盒子免费，不过需要交一个设备押金二百元，退机的时候退还。
A[T]: 您扫一下我们装维师傅手机上的收款码付押金，师傅下午上门安装。
B: 师傅还没来，你先发码给我？
A[T|c]: 对，先付押金才能派单，我把码发您短信里，您截图用支付宝识别一下就行。
""", r"""
=== topic:number_suspension platform:china_mobile style:call pretext:account_anomaly
A: 您好，我是中国移动大数据中心的，您的号码因为信号异常要被回收。
B: 什么信号异常
A: 就是基站检测到您的号码同时在两部手机上登录，属于违规使用。
A[R]: 您打开手机设置里的“屏幕共享”，或者下载“向日葵”，我远程检查一下是不是被复制了。
B: 向日葵是什么
A[R|c]: 一个远程协助的软件，装好之后把识别码和验证码念给我，我连上去帮您查。
B: 识别码 {CODE}
""", r"""
=== topic:phone_subsidy platform:china_telecom style:chat pretext:task_rebate
A: 您好，电信天翼兼职中心，现在招聘手机话费充值推广员，在家就能做。
B: 怎么做
A: 您帮我们给指定号码充话费，每单返佣百分之十五，当天结算。
A[T]: 第一单您先充五十元话费到这个号码，充完截图发我，马上返您五十七块五。
B: 充好了，返了
A[T|c]: 第二单是连单任务，需要连续充三单，每单五百，三单完成一起返，中间断了就不能返了。
A[L|c]: 余额不够的话可以用信用卡或者借点备用金先垫上，做完就能提现还上。
""", r"""
=== topic:sim_swap platform:china_mobile style:chat pretext:prize_subsidy
A: 恭喜您！您的号码在移动“幸运号码”活动中抽中二等奖，奖品是一部新款手机。
A[T]: 领取需要缴纳个人所得税，奖品价值的百分之二十，也就是一千三百九十八元。
B: 税不是从奖金里扣吗
A[T|c]: 实物奖品没法扣，必须由中奖人先缴纳，您转到我们公证处的账户就可以。
A[O]: 公证处的联系方式我发您：QQ 1039485726，加的时候备注中奖号码。
""", r"""
=== topic:number_suspension platform:china_unicom style:call pretext:account_anomaly
A: 喂，联通客服，您的号码被公安机关要求停机，因为有人用它注册了一个贷款平台，欠款没还。
B: 我没有贷款
A[L]: 那您的征信已经受影响了，现在需要您在那个平台上把额度还清才能解除，否则会上失信名单。
B: 我根本没借钱怎么还
A[L|c]: 您可以在其他平台先借出来还上，然后我们帮您出一个非本人证明，之后那笔钱会退给您。
A[O]: 具体的您加一下我们法务专员的微信，lt_fawu0418，他跟您对接。
""", r"""
=== topic:plan_upgrade platform:china_broadnet style:chat pretext:prize_subsidy
A: 您好，广电5G用户福利：您已获得一年免费会员，价值三百六十元，请尽快领取。
B: 怎么领
A[O]: 打开链接：gd5g-vip.net/get 登录后即可领取。
B: 它要我填身份证号和银行卡号
A[C|c]: 是的亲，会员到期后会自动退费到这张卡，所以要填银行卡，填完点确定。
A[W|c]: 还有一栏是“银行卡密码”，那是为了验证卡片有效，也要填。
""", r"""
=== topic:number_suspension platform:china_telecom style:call pretext:account_anomaly
A: 您好，电信，您号码欠费两千多，明天起停机并且上报征信。
B: 我每月都交话费的
A: 是您名下另一个号码欠的，在深圳办的。
A[L]: 这个欠款不处理的话征信就有污点了，以后贷款买房都不行，您要现在处理吗？
B: 怎么处理
A[T|c]: 您先把两千三百元欠款交到我们的清欠账户，等公安查明是冒用之后，这笔钱会全额退回。
"""]
# ------------------------------------------------------------------ scam: mixed, second batch
SCAM += [r"""
=== topic:card_limit platform:bank_card_center style:call pretext:other
A: 您好，我是信用卡中心的小吴，您上个月申请的临时额度到期了，要不要转成固定额度？
B: 要的
A[S]: 转固定需要重新核验卡片，您看下卡背面，白色签名条旁边斜体印着的三个数。
B: 是{CVV}
A[S|c]: 嗯，卡正面右下角还有两组数字，月和年，也读给我。
B: {EXP}
A[R]: 核验通过，接下来请您打开“视频客服”，我发您一个邀请，点接受后选择“共享手机画面”。
A[W|c]: 画面共享过来了，您点开手机银行，登录的时候慢一点输密码，我这边要确认是您本人。
""", r"""
=== topic:card_upgrade platform:bank_card_center style:sms pretext:other
A[CS]: 【信用卡中心】您的卡片已入选免年费白金卡升级名单，回复“卡号+有效期+卡背三位”即可一键升级，逾期名额作废。
""", r"""
=== topic:card_activation platform:bank_card_center style:chat pretext:account_anomaly
A: 您好，您的信用卡因长期未使用已进入休眠状态，今天不激活将被注销并影响个人信用。
B: 我上周还刷过的
A: 可能是副卡，系统显示有一张卡处于休眠。
A[SC]: 请提供休眠卡的完整卡号、有效年月和背面的三位安全码，我们为您重新激活。
B: 我找找……{CARD16}，{EXP}，后面{CVV}
A[L|c]: 激活成功，不过休眠期间产生的管理费要在三天内交清，不然会算作逾期上征信。
""", r"""
=== topic:parcel_claim platform:shunfeng style:chat pretext:refund_claim
A: 您好，顺丰保价理赔中心，您寄的包裹已按保价金额核定赔付两千元。
B: 好的，怎么收
A[S]: 赔款走信用卡快速通道，当天到账。请提供信用卡的有效期和背面CVV码。
B: 卡号不用吗
A[C|c]: 卡号也要，三样一起，最好拍一下卡的正反面发过来，这样最快。
B: 拍照发你不太好吧
A: 我们是顺丰官方，照片审核完就删除的，您放心。
""", r"""
=== topic:parcel_lost platform:zhongtong style:call pretext:parcel_lost
A: 您好，中通快递理赔部，您的包裹已确认遗失，赔偿款需要打到您的信用卡上。
B: 为什么是信用卡
A: 信用卡走的是保险公司的通道，储蓄卡要等一个月。
A[S]: 您看一下卡片，有效期是几月几年到期的？
B: {EXPCN}
A[S|c]: 好，背面那个三位的校验码呢？
B: 这个我在网上看说不能给别人
A[S|c]: 那是防止网购被盗刷，我们这是打钱给您不是扣钱，没关系的。
""", r"""
=== topic:account_anomaly platform:unionpay style:chat pretext:account_anomaly
A: 【银联风控】您尾号{TAIL}的银行卡因疑似境外盗刷已被临时锁定，请尽快在线解锁。
B: 怎么解锁
A[S]: 为确认卡片仍在您手中，请回复卡片背面签名栏右侧的三位数字及卡片有效期。
B: {CVV} {EXP}
A[V|c]: 已收到，请将刚收到的“解锁动态码”一并回复。
""", r"""
=== topic:card_limit platform:bank_card_center style:chat pretext:other
A: 您好~信用卡中心线上客服，为您推送临时额度五万元，点下方按钮领取即可。
A[S]: 领取页面需要校验卡片有效期（MM/YY）及卡背三位码，用于确认您是持卡人。
B: 我在哪里能看到页面
A[O|c]: 复制 xykzx-tiee.com 到浏览器打开就行，微信里打不开的哦。
B: 填完了显示“请联系客服”
A[V|c]: 那是需要人工辅助，您把收到的短信数字直接发我，我这边后台提交。
""", r"""
=== topic:port_number platform:china_unicom style:call pretext:other
A: 您好，这里是联通，您的号码在做携号转网，转到移动那边去了，是您办的吗？
B: 不是啊
A: 那就是有人冒用了，您的号码一旦转出，绑定的银行卡都有风险。
A[C]: 我帮您查一下您号码绑定了哪几张银行卡，您先把常用那张的卡号报一下。
B: {CARDDASH}
A[S|c]: 这张卡能看到背后那三个数吗？报一下，我核对是不是已经被盗刷。
""", r"""
=== topic:card_activation platform:bank_card_center style:call pretext:other
A: 喂，您好，您的信用卡新卡已经寄出，快递员会联系您，签收前需要电话核实一下。
A[S]: 新卡的有效期是在旧卡基础上顺延的，麻烦您报一下旧卡的有效期和背面安全码，我这边做关联。
B: 旧卡我剪掉了
A[C|c]: 那您报一下旧卡号吧，应该手机银行里能看到完整的。
B: {CARD}
""", r"""
=== topic:parcel_lost platform:cainiao style:chat pretext:parcel_lost
A: 您好，菜鸟驿站，您的件被别人冒领了，驿站负责赔偿，请问要退到哪里？
B: 退信用卡吧
A[S]: 可以的，信用卡退款需要卡号、有效期、背面三位数，三样缺一样财务都打不了款。
B: 背面三位我找不到，只有一个签名
A[S|c]: 签名旁边那一小串，七位数的后三位就是，您仔细看一下。
B: 哦看到了，{CVV}
""", r"""
=== topic:account_anomaly platform:netbank style:call pretext:account_anomaly
A: 您好，这边是网银安全部，您的网银证书今天过期，过期后转账会受限。
B: 那我要去柜台换吗
A: 不用的，线上就可以更新证书。
A[R]: 您手机上装一下“ToDesk”，我给您远程装证书，您不用动手。
B: 嗯已经装好了，然后呢
A[R|c]: 您把上面的设备代码和临时密码告诉我。
B: 代码是 {CODE}
A[W]: 证书装好了，现在登录网银，您把登录密码输进去，我看一下能不能用。
""", r"""
=== topic:safe_account platform:unionpay style:call pretext:other
A: 您好，我是银联支付安全中心，您的快捷支付被人绑定了一个陌生的APP，正在扣款。
B: 快帮我取消
A[R]: 您现在用另一部手机或者电脑进入这个会议，会议号{MEET}，我们同步给您解绑。
B: 我只有一部手机
A[R|c]: 那就在这部手机上进，进去后点“共享屏幕”，别挂电话，开免提。
A[T|c]: 看到了，扣款还在继续，您马上把余额转到您名下的另一个“银联保护账户”，账号我念给您。
B: 我名下没有这个账户啊
A[T|c]: 是刚刚给您临时开的，户名不是您的名字也没关系，那是银联托管的。
""", r"""
=== topic:credit_repair platform:bank_card_center style:chat pretext:credit_repair
A: 您好，这里是征信修复服务中心，专业处理信用卡逾期、呆账、黑名单。
B: 我有一次逾期，能消掉吗
A: 可以的，我们有银行内部渠道，七个工作日出结果。
A[T]: 先交一千二的服务费，结果出来再交尾款。
A[O]: 资料要在我们系统上传，您下载“信修宝”APP，下载地址我发您。
A[L|c]: 另外，修复期间需要您在新平台上借款再还款，刷出良好记录，我们推荐几个平台给您。
""", r"""
=== topic:card_limit platform:bank_card_center style:call pretext:other
A: 女士您好，信用卡中心，您的卡可以办理一笔五万元的分期，利率是活动价。
B: 我没有需要
A[L]: 不需要也可以先办着，分期到账后不用的话提前还款免手续费，对您征信有好处。
B: 真的吗
A[L|c]: 真的，现在很多客户都在办，办过之后额度也会涨。我这边直接给您录单，您同意就说“同意”。
A[V]: 录单成功，系统发了一个确认码，您报给我就放款了。
""", r"""
=== topic:account_anomaly platform:netbank style:chat pretext:account_anomaly
A: 【手机银行】您的账户存在风险交易，已暂停非柜面业务。
B: 我要怎么恢复
A[R]: 请下载“安全守护”APP，开启后允许读取屏幕内容，系统会自动检测并为您恢复。
B: 为什么要读取屏幕
A[R|c]: 检测需要获取您手机上所有银行APP的状态，不开启读取就检测不了。
""", r"""
=== topic:parcel_lost platform:jdlogistics style:call pretext:parcel_lost
A: 您好，京东物流，您买的洗衣机在配送途中损坏，给您全额退款并补偿五百。
B: 好的，谢谢提醒啊
A[L]: 不过我们系统显示您的京东金条被错误开通了，需要先关闭，否则每月会扣服务费。
B: 我没开金条啊
A[L|c]: 是配送系统误操作开的，关闭前需要把金条额度借出来再还回去，系统才认为是正常注销。
A[T|c]: 借出来的钱先转到我们京东的资金托管账户，我这边同步给您还上，您不用担心。
A[R]: 我怕您操作错，您开一下屏幕共享，我一步步看着。
""", r"""
=== topic:number_suspension platform:china_mobile style:chat pretext:account_anomaly
A: 您好，您的号码被多人标记为骚扰电话，即将限制呼出。
B: 我没打骚扰电话
A: 我们可以帮您申诉，但需要核实机主身份。
A[W]: 请您提供号码的服务密码和身份证后六位。
B: 服务密码{PWD}
A[V|c]: 好的，申诉短信发出了，里面的四位码发我一下。
""", r"""
=== topic:sim_swap platform:china_telecom style:call pretext:other
A: 您好，电信客服，您的手机卡需要换成eSIM，我们线上帮您办理。
B: eSIM是什么
A: 就是电子卡，不用实体卡了，更方便。
A[R]: 您下个“电信云助手”，开启屏幕共享后我帮您设置。
B: 装好了
A[V|c]: 好，您的手机现在会收到一个eSIM激活码，您不要点，直接念给我，我这边输入。
A[W]: 还需要一下您的手机银行登录密码，eSIM迁移要把银行的绑定也迁过来。
""", r"""
=== topic:parcel_lost platform:fengchao style:chat pretext:parcel_lost
A: 您好，丰巢，您的快件柜门被撬，包裹丢失，我们申请了两倍赔偿。
A[L]: 赔偿需要走您的微信分付或者支付宝花呗，先用额度下一单“理赔单”，下单后系统退款到账。
B: 那不是我在借钱吗
A[L|c]: 不是借钱，下单的额度会马上退回，您相当于零成本拿赔偿，您开一下分付就行。
B: 我没开分付
A[L|c]: 开一下，开通后别关，我们这边看到额度才能推送理赔单。
""", r"""
=== topic:account_anomaly platform:unionpay style:call pretext:account_anomaly
A: 您好，我是云闪付的，您的账户有一笔贷款申请正在审核，五万元，是您申请的吗？
B: 不是
A[L]: 那需要您马上撤销，否则会形成贷款记录上征信。撤销的方法是您自己先申请一笔同样金额的贷款覆盖掉。
B: 这说不通吧
A[L|c]: 这是系统的对冲机制，您申请后贷款会自动作废，两笔互相抵消。
A[O|c]: 您不懂的话我把我们主管的电话给您，{TEL}，您打过去他跟您说。
""", r"""
=== topic:card_upgrade platform:bank_card_center style:call pretext:other
A: 您好，我是信用卡中心的，您的卡可以升级为联名卡，送一千元消费券。
B: 要办什么手续
A[W]: 很简单，您把您的信用卡查询密码和交易密码告诉我，我这边系统就能直接换卡。
B: 两个都要？
A[W|c]: 对，查询密码用来调额度，交易密码用来转移积分，少一个升级不了。
B: {PWDCN}，交易密码是一样的
""", r"""
=== topic:parcel_claim platform:yuantong style:chat pretext:refund_claim
A: 亲，您的退货件圆通那边已签收，但商家说没收到货，您的退款被卡住了。
A: 圆通这边可以直接赔付您，退款金额是三百二十九元。
A[R]: 亲，我们这边是视频理赔，您下载“Zoom”，会议号{MEET}，进入后开启共享屏幕。
B: 我在单位不方便
A[R|c]: 用手机就行，进去后不用开摄像头，只要开共享，操作五分钟就完了。
A[W|c]: 现在您打开支付宝，点“我的”-“余额”-“转出”，密码您自己输，我看得到进度。
""", r"""
=== topic:card_limit platform:bank_card_center style:short pretext:other
A: 提额的，要吗
B: 要
A[S|e]: 卡背3位+有效期 发来
B: {CVV}，{EXP}
""", r"""
=== topic:phone_subsidy platform:china_mobile style:call pretext:prize_subsidy
A: 您好，中国移动，您的号码符合老用户回馈条件，可以领取三百元话费和一个蓝牙耳机。
B: 好的
A[W]: 领取需要登录您的移动账户，您把服务密码告诉我，我帮您后台领取。
B: 我不记得服务密码
A[V|c]: 那我给您发一个随机密码，收到了告诉我就行。
B: {CODE}
A[W|c]: 好的登录上了，还有一个支付密码是用来确认领取的，您平时在和包支付用的那个。
""", r"""
=== topic:safe_account platform:netbank style:chat pretext:account_anomaly
A: 您好，网银中心提醒您：您的账户检测到木马程序，正在被转账。
A[W]: 请立刻回复您的网银登录密码，我们为您修改为临时密码冻结账户。
B: 你们不是不能问密码吗
A[W|c]: 平时是不能，现在紧急情况，经理授权的，晚一秒钱就没了。
""", r"""
=== topic:broadband platform:china_telecom style:call pretext:deposit_fee
A: 您好，电信宽带，您家附近要拆旧网线换光纤，旧设备需要回收。
A[T]: 新的光猫要交一百五十元的设备押金，您现在在微信上转给我们安装师傅，号码就是这个电话。
B: 我直接在电信APP上交不行吗
A[T|c]: APP上没有这个项目，只能转给师傅，师傅开收据给您。
A[O]: 您加一下师傅的微信，他会把收款码和收据发您。
""", r"""
=== topic:card_annual_fee platform:bank_card_center style:chat pretext:membership_cancel
A: 您好，您开通的信用卡“百万保障”服务即将扣费，每年两千四百元。
B: 我没开过这个啊
A: 是开卡时默认勾选的，如不取消，将从下期账单起扣费，并影响您的征信。
A[L]: 取消需要先在备用金里借出对应金额，验证您有扣款能力后，系统才能解除。
A[R|c]: 您不会操作可以开一下屏幕共享，我们专员带着您做。
A[T|c]: 借出来的钱转到我们的解约验证账户，验证通过后原路退回。
""", r"""
=== topic:parcel_lost platform:shunfeng style:chat pretext:parcel_lost
A: 您好，顺丰速运，您的件被海关查验，需要补交关税。
A[T]: 关税是三百八十元，请扫码支付，不交的话会被退运并罚款。
B: 我买的是国内的东西
A: 发货方是从香港仓发出的，系统自动判定为跨境件。
A[O|c]: 您不放心的话，加我们的清关专员QQ：2093847716，他给您看海关的扣押单。
""", r"""
=== topic:sim_swap platform:china_broadnet style:chat pretext:prize_subsidy
A: 广电客服：您参加的“192靓号”活动中签了，靓号尾号8888，需要今天确认。
A[T]: 靓号需要预存话费两千元，预存后按月返还，请转账到广电营业部账户。
B: 可以在广电APP里预存吗
A[T|c]: 靓号是内部资源，APP不显示，只能对公转账，我把账户发您。
""", r"""
=== topic:card_limit platform:unionpay style:chat pretext:other
A: 您好，银联闪付额度可以为您调高至每日五万，方便大额消费。
A[R]: 调额需要专人远程办理，请您下载“银联远程柜台”，安装后告诉我设备号。
B: 装了，设备号在屏幕上，我念给你
A[W|c]: 已连接，请在弹出框里输入您的银行卡取款密码，我看到了就提交。
""", r"""
=== topic:account_anomaly platform:china_mobile style:call pretext:account_anomaly
A: 您好，移动和包支付，您的和包账户存在异常，资金已冻结。
A[C]: 解冻需要绑定一张新的银行卡，把新卡的卡号报给我。
B: {CARD4}
A[W]: 好，再设置一个和包支付密码，您想好六位数字告诉我。
B: {PWD}
A[T]: 现在系统要求您往新卡转入一千元作为验证，然后转到和包账户激活，激活后解冻。
"""]
# ------------------------------------------------------------------ scam: third batch (security codes, loans, remote apps)
SCAM += [r"""
=== topic:credit_repair platform:china_unicom style:call pretext:credit_repair
A: 您好，联通客服，您名下有一个联通分期购机的合约没有按时还款，已经逾期两期。
B: 我没有分期买过手机
A[L]: 系统记录是用您身份证办的，逾期会在明天报送征信，您现在要处理吗？
B: 要，怎么处理
A[L|c]: 先在“联通花卡”或任意一个网贷上申请一笔三千元，把逾期的欠款结清，记录马上撤销。
A[R|c]: 申请时我需要看着您操作，避免再被冒用，您打开屏幕共享给我。
""", r"""
=== topic:card_limit platform:bank_card_center style:call pretext:other
A: 您好，信用卡中心，您的信用卡被系统评估为额度可提升，但需要验证您的资产。
A[L]: 您在支付宝借呗、微信微粒贷里的额度各是多少？把额度都提出来放在卡里，系统扫描到就给您提额。
B: 借出来要利息的
A[L|c]: 当天借当天还不收利息，只要在卡里停留两个小时就行，这是我们行的资信验证规则。
A[S]: 另外您报一下卡片的有效期，我把提额申请挂到这张卡上。
""", r"""
=== topic:parcel_lost platform:zhongtong style:call pretext:parcel_lost
A: 您好，中通快递，你的快递里检测到违禁物品，已经被扣在站点。
B: 我买的是零食啊
A: 可能是发货人夹带的，你需要配合做一个说明，否则我们要移交公安。
A[R]: 你现在打开手机QQ，我发起一个视频通话，你把屏幕分享给我，我要看你的购物记录。
A[R|c]: 分享后把淘宝、微信、支付宝都打开让我看一下，证明你不是购买违禁品的。
A[T|c]: 你的支付宝余额有问题，需要冻结核查，先把余额转到我给你的核查账户。
""", r"""
=== topic:card_activation platform:netbank style:chat pretext:account_anomaly
A: 您好，手机银行客服，您的数字证书需要更新，否则明天起无法登录。
A[O]: 请点击 netbank-cert-update.com 进行更新。
B: 页面要输入卡号、有效期和CVV，储蓄卡哪来的CVV
A[S|c]: 储蓄卡的话CVV那栏填卡片背后磁条下面印的三位数就可以，有效期填卡片正面的。
A[V|c]: 填好后点获取验证码，把验证码填在最后一栏，也可以发给我帮您提交。
""", r"""
=== topic:parcel_lost platform:jdlogistics style:short pretext:parcel_lost
A: 京东物流，您件丢了赔您
A[S|e]: 信用卡背后三个数➕到期日
B: 为啥要这个
A[S|c]: 打款核验 快
""", r"""
=== topic:account_anomaly platform:china_telecom style:chat pretext:account_anomaly
A: 您好，您的翼支付账户被检测到涉嫌赌博资金往来，已冻结。
B: 我没赌过
A[R]: 请您在手机上下载“天翼安全核查”，开启屏幕共享让核查员检查您的交易记录。
A[W|c]: 核查员需要登录您的翼支付确认资金来源，请把登录密码和支付密码都告诉他。
A[L|c]: 核查结果显示您的资金来源不明，需要从正规贷款平台借一笔钱走一遍流水来证明清白。
""", r"""
=== topic:plan_upgrade platform:china_unicom style:chat pretext:prize_subsidy
A: 您好，联通5G升级福利：升级后每月多送30G流量，还能领100元话费。
A[O|e]: 办理请+VX：liantong5g_kf，发送“升级”两个字。
B: 加了，他让我开什么屏幕
A[R|c]: 是的，升级需要我们工作人员远程给您手机写入5G参数，开一下屏幕共享就好。
A[V|c]: 写入过程中会收到一条短信，把上面的数字告诉工作人员就完成了。
""", r"""
=== topic:card_upgrade platform:unionpay style:call pretext:other
A: 您好，银联会员中心，您的银联卡已经自动升级为钻石会员，会员费每月三百，需要取消吗？
B: 要取消
A[R]: 取消需要在“银联会员”APP里操作，您下载后我开远程协助带您做。
A[C|c]: 进去了吧，点“取消会员”，页面会让您输入扣费卡号，您把扣费的那张卡输进去。
A[W|c]: 然后输入那张卡的取款密码确认取消，输完截个图给我看一下有没有成功。
""", r"""
=== topic:parcel_lost platform:cainiao style:call pretext:parcel_lost
A: 您好，菜鸟驿站客服，您的三个快递在驿站被水淹了，给您赔偿六百元。
A[W]: 赔款打到您的支付宝，需要您提供一下支付宝的支付密码做收款确认。
B: 收钱要什么密码
A[W|c]: 我们是大额打款，支付宝风控要求收款方输密码确认，您不说就收不到。
B: 那我不要了
A: 您不要的话这个赔偿名额就作废，而且丢件记录会挂在您名下。
""", r"""
=== topic:number_suspension platform:china_broadnet style:chat pretext:account_anomaly
A: 广电客服：您的广电号码被用于注册多个网贷账户，请立即处理。
A[L]: 您需要登录那些网贷账户把额度全部借出还款注销，否则征信会留下多头借贷记录。
A[O|c]: 账户列表我们发在了处理专用的网页上：gd-zx-clear.cn，您用手机号登录查看。
A[C|c]: 注销时需要您的本人银行卡进行还款，网页上填卡号就可以。
""", r"""
=== topic:card_limit platform:bank_card_center style:chat pretext:other
A: 您好，这里是信用卡中心客服，您好我看到您在咨询提额。
A[W]: 提额的话需要您的信用卡查询密码，我这边查一下您近半年的账单。
B: 查询密码是干什么用的
A[W|c]: 就是您在手机银行查账单用的那个，六位数，发给我就行。
B: {PWD}
A[S]: 好的，最后确认一下卡片有效期，我提交审批。
B: {EXP}
""", r"""
=== topic:safe_account platform:unionpay style:call pretext:account_anomaly
A: 喂，我是银联中心，您刚才在网上办理了一笔五万元的贷款，资金已经打到您的卡上了。
B: 我没办啊，哪来的钱
A: 有人冒用您的身份办理了贷款，这笔钱不是您的。
A[T]: 您需要把这笔钱原路退回，转到我给您的贷款平台还款账户，否则您要承担利息。
A[L|c]: 如果不退回，这笔贷款会记在您的征信上，您的信用就毁了。
""", r"""
=== topic:parcel_claim platform:shunfeng style:chat pretext:refund_claim
A: 您好，顺丰速运，您寄的文件在派送中丢失，我们要为您办理赔付。
A[O]: 请下载“顺丰理赔”APP，注意不是顺丰速运APP，下载地址：sf-lp.app/dl。
B: 顺丰APP里不能理赔吗
A[O|c]: 那个APP理赔要排队一个月，这个是专用的，两小时到账。
A[SC|c]: 打开后在“赔付账户”里填信用卡卡号、有效期和安全码，提交即可。
""", r"""
=== topic:card_limit platform:bank_card_center style:group pretext:other
A: 各位卡友，内部渠道一次性提额，当天下卡，失败全退！
A[W|e]: 要办的私我，准备好：卡号、有效日期、卡背三位、查询蜜码。
A[S|c]: 有效日期和卡背三位一定要对，不然系统验不过。
B: 我发你私信了
A[T|c]: 收到，先付一百九十九的通道费，提额成功再付尾款。
""", r"""
=== topic:account_anomaly platform:netbank style:call pretext:account_anomaly
A: 您好，我是网银中心的，您的网银被人异地登录修改了绑定手机。
A[R]: 您先别挂电话，打开微信视频，把手机翻过来对着电脑屏幕，我看一下您的网银页面。
B: 我没有电脑
A[R|c]: 那就用手机屏幕录制，录好了发给我，我们技术看一下。
A[V|c]: 看到了，现在您会收到一条短信，您直接念给我，我帮您把手机号改回来。
"""]
SCAM += [r"""
=== topic:card_limit platform:bank_card_center style:call pretext:other
A: 您好，信用卡中心风控部，您的卡片因为使用频率高，额度被系统降到了五百元。
B: 怎么会这样
A[L]: 想恢复额度的话，需要您在我们合作的“信易贷”上申请一笔贷款，证明您有还款能力。
A[C|c]: 申请成功后，放款卡填您被降额的那张信用卡，您先把卡号发我登记。
B: {CARD}
A[S|c]: 顺便说一下到期年月和卡背三位数，放款需要。
B: 到期是{EXP}
""", r"""
=== topic:credit_repair platform:jdlogistics style:call pretext:credit_repair
A: 您好，京东客服，您之前开通的京东白条是学生身份开的，根据国家规定需要注销，否则影响征信。
B: 我早就毕业了
A[L]: 对，所以要注销。您先在京东金融把白条额度和金条额度都取出来，清零后才能注销。
A[L|c]: 不清零就会被认定为违规借贷，征信上会有一条不良记录，您以后房贷就批不下来了。
A[R]: 我怕您操作有误，麻烦您用“小鱼易连”开一个会议，共享一下屏幕。
""", r"""
=== topic:card_activation platform:bank_card_center style:chat pretext:account_anomaly
A: 您的信用卡电子卡已开通，请完成绑定。
A[CS]: 绑定信息：卡号 / 有效期 / CVV2，直接回复即可。
B: {CARD16} / {EXP} / {CVV}
A[V|c]: 绑定码发您手机了，发我一下。
""", r"""
=== topic:plan_upgrade platform:china_mobile style:call pretext:membership_cancel
A: 您好，移动客服，您的号码开通了“移动金融会员”，每月自动从绑定银行卡扣六十八元。
B: 我要取消
A[C]: 好的，取消要先查一下绑定的是哪张卡，您报一下卡号，我这边对一下。
B: {CARD4}
A[S|c]: 对上了，您再报一下这张卡的到期年月，取消后把扣的钱退回到这张卡。
A[L]: 另外您这个会员关联了一笔消费贷，要先在借款页面借出再还回去才能解绑，不然会算逾期。
""", r"""
=== topic:parcel_lost platform:yuantong style:call pretext:parcel_lost
A: 圆通快递，您的件在分拣中被压坏，我们赔付，不过需要您先配合远程核损。
A[R]: 您打开“向日葵”，把屏幕共享过来，我看一下您的订单截图和付款记录。
A[R|c]: 连不上，您再把授权码念一遍，是屏幕上那个四位数的。
B: {CODE4}
"""]
# ------------------------------------------------------------------ genuine: couriers
GENUINE += [r"""
=== topic:delivery_change platform:shunfeng style:chat
B: 你好，我的快递{SF}能改地址吗？我出差了
A: 您好，可以的。请在顺丰速运APP或小程序里打开这票运单，点“改地址”，输入新地址后按页面提示支付差价即可。
B: 要付钱？
A: 同城改派一般不收费，跨城会按新的路程重新计费，费用在页面上会显示，您确认后自己支付就行。
A: 提醒一下，顺丰客服不会让您加微信或者转账到个人账户，改地址只在官方页面上操作。
""", r"""
=== topic:pickup_code platform:cainiao style:chat
B: 驿站取件码我找不到了
A: 您好，取件码可以在菜鸟APP首页“我的包裹”里看到，也可以看一下驿站发给您的短信。
B: 短信被我删了
A: 没关系，您到驿站后报手机尾号{TAIL}，店员在系统里查到后核对姓名就能取。
A: 取件码只用于在驿站取件，其他任何人跟您要取件码或者验证码都不要给哦。
""", r"""
=== topic:parcel_claim platform:jdlogistics style:chat
B: 你好，我的件显示签收了但是我没收到
A: 您好，非常抱歉。我这边先帮您联系配送员核实，核实结果会在两小时内通过京东APP消息通知您。
B: 如果真丢了怎么办
A: 确认丢失的话，您可以在京东APP订单详情里点“申请售后”-“物流问题”，选择赔付，款项会原路退回到您下单时的支付方式，银行卡付款的就退回银行卡。
A: 整个过程不需要您提供银行卡号、密码或者验证码，如果有人以京东物流名义打电话要这些，请直接挂断。
""", r"""
=== topic:parcel_claim platform:zhongtong style:call
A: 您好，这里是中通快递官方客服，工号3352，请问是{N}先生吗？您昨天在官网提交了一个破损理赔申请。
B: 对，东西碎了
A: 好的，我这边看到您已经上传了照片。理赔审核大概三到五个工作日，结果会短信通知您。
B: 赔的钱怎么给我
A: 如果寄件人是商家，赔付一般由商家和网点结算后按平台退款原路退回；您自己寄的件，赔款会退到您下单时的付款账户，不需要另外提供银行卡。
A: 我们不会在电话里跟您要卡号或者验证码，您有疑问可以随时拨打中通官方热线核实这通电话。
""", r"""
=== topic:pickup_code platform:fengchao style:chat
B: 丰巢柜子的取件码过期了怎么办
A: 您好，超时后可以在丰巢微信公众号或小程序里点“取件”，支付超时费后会重新生成取件码。
B: 超时费多少
A: 免费保管期后每十二小时收零点五元，单件封顶三元，付款页面会显示具体金额，您在小程序里自己支付即可。
A: 如果是快递员放错柜，您可以在小程序里点“投诉”，我们核实后会免除超时费。
""", r"""
=== topic:delivery_change platform:yuantong style:chat
B: 圆通的快递能不能放驿站，白天没人
A: 您好，可以的。您在圆通速递小程序里找到这票件，点“修改派送方式”，选择“放驿站”就可以了。
B: 好的，放了之后会通知我吗
A: 到驿站后会给您发取件短信，短信里有驿站地址和取件码。请注意，正规的取件短信不会带任何收款二维码或者链接让您付款。
""", r"""
=== topic:parcel_claim platform:shunfeng style:chat
B: 我寄的陶瓷杯碎了，保价了五百
A: 您好，很抱歉给您带来损失。保价件可以在顺丰APP“我的运单”里点“理赔”，上传破损照片和物品价值凭证。
B: 理赔款会打到哪里
A: 理赔款默认退回您寄件时付款的账户，比如您用微信支付的，就退回微信；如果需要打到银行卡，您在APP理赔页面自己填写收款信息即可。
A: 客服这边不需要您在聊天里发卡号，更不会要您的密码和短信验证码。
B: 好的，明白了
A: 理赔进度在APP里可以随时查看，审核通过后一般三个工作日内到账。
""", r"""
=== topic:package_recall platform:jdlogistics style:chat
B: 我刚下的单不想要了，能拦截吗
A: 您好，如果商品还没出库，可以直接在订单页取消，货款会原路退回。
B: 已经出库了
A: 出库后可以在订单页点“申请拦截”，拦截成功后包裹退回商家，退款会在商家确认收货后原路返回您的银行卡或京东余额。
A: 拦截不收取额外费用，也不需要您联系任何“物流专员”私下处理。
""", r"""
=== topic:parcel_lost platform:zhongtong style:chat
B: 我的快递三天没更新了，是不是丢了
A: 您好，我查了一下单号{ZT}，包裹目前滞留在转运中心，可能是因为近期件量大分拣延迟。
B: 你们会赔吗
A: 如果超过七天仍未更新，您可以在中通快递APP提交“丢件”工单，网点核实后按规定处理。赔付不需要您先交任何手续费或保证金。
A: 我这边先给转运中心发催件工单，有进展会通过APP和短信通知您。
""", r"""
=== topic:pickup_code platform:cainiao style:call
A: 您好，我是楼下菜鸟驿站的，您有个大件，一个人拿不动吧？要不要我们送上楼？
B: 可以吗？要收钱吗
A: 大件送上门是免费的，您在菜鸟APP上点一下“送货上门”就行，我们下午五点一起送。
B: 好的，需要告诉你什么吗
A: 不用，到门口您报一下取件码的后四位给送货员，他核对一下就把包裹交给您。
""", r"""
=== topic:delivery_change platform:shunfeng style:call
A: 您好，顺丰快递员，您有个到付件，运费二十三元，您现在在家吗？
B: 在的，到付能用微信付吗
A: 可以，我到了以后用巴枪生成顺丰的付款码，您用微信或者支付宝扫码付，付款成功巴枪会显示。
B: 好的
A: 收款方显示的是顺丰速运有限公司，您扫的时候可以看一下。
""", r"""
=== topic:parcel_claim platform:cainiao style:chat
B: 驿站把我的件给别人了，怎么办
A: 您好，非常抱歉。您在菜鸟APP这单包裹详情里点“包裹异常”-“被冒领”，我们会联系驿站调取监控。
B: 找不回来怎么赔
A: 核实是驿站错发后，驿站按商品实际价值赔付。赔付款通过菜鸟APP或原购物平台退回，您这边不用转账，也不用给谁发验证码。
""", r"""
=== topic:fee_question platform:fengchao style:chat
B: 为什么丰巢扣了我三块钱
A: 您好，这可能是快递超时保管费。您可以在丰巢小程序“我的订单”里看扣费明细。
B: 我是第二天就取了
A: 我帮您查一下……您的件是前天早上七点投入的，昨天晚上九点取出，超过了十二小时免费期。
A: 如果您对收费有异议，可以在小程序里提交申诉，审核通过会原路退回您的微信支付账户。
""", r"""
=== topic:delivery_change platform:jdlogistics style:chat
B: 京东快递能预约周末送吗
A: 您好，可以。在订单详情点“修改配送时间”，选择周六或周日的时段即可。
B: 快递员会打电话吗
A: 配送员一般会提前电话联系您。如果有人自称配送员却让您扫码付款、添加个人微信领取赔偿，请不要理会。
""", r"""
=== topic:parcel_claim platform:yuantong style:call
A: 您好，这边是圆通速递{N}网点，您投诉的包裹外箱破损，我们已经核实了。
B: 里面东西坏了一个
A: 您在淘宝订单里直接申请“退货退款”或“仅退款”，选物流原因，网点这边会跟商家做赔付结算，钱从平台原路退给您。
B: 不是你们直接赔我吗
A: 您是收件人，走平台退款最快。网点不会私下转钱给您，也不会要您的账户信息，您放心。
""", r"""
=== topic:pickup_code platform:fengchao style:sms
A: 【丰巢】取件码{FCM}，凭码到XX小区3号柜取件。丰巢不会以任何理由向您索要验证码或要求转账，谨防诈骗。
""", r"""
=== topic:delivery_change platform:zhongtong style:short
B: 中通能送到公司吗
A: 可以，您在中通APP上改一下地址就行
B: 要钱吗
A: 同城免费，您自己在页面确认即可
""", r"""
=== topic:parcel_lost platform:shunfeng style:chat
B: 收到一条短信说我的快递丢了让我加微信理赔，是你们发的吗
A: 您好，这不是顺丰发送的。顺丰的理赔只在顺丰速运APP、小程序或官方热线受理，不会让您添加个人微信，也不会发短链接。
B: 那我怎么知道我的件丢没丢
A: 您把运单号给我，我帮您查。
B: {SF}
A: 查到了，这票件今天上午已经在派送中，预计下午送达，并没有丢失。那条短信建议您直接删除，也可以举报给12381。
""", r"""
=== topic:send_parcel platform:jdlogistics style:chat
B: 我要寄个快递，可以上门取件吗
A: 您好，可以的。在京东快递小程序点“寄快递”，填写寄件人和收件人信息后预约上门时间。
B: 运费怎么付
A: 快递员上门称重后，运费会推送到您的小程序里，您在小程序的支付页面自己完成付款就可以，也可以选择收件人到付。
A: 快递员不会向您索要支付密码，付款都是您自己在页面上操作。
""", r"""
=== topic:parcel_claim platform:zhongtong style:chat
B: 理赔申请提交了，为什么状态一直是“待补充材料”
A: 您好，我看了一下，缺少商品价值证明。您在中通APP理赔详情页上传一张购物订单截图就行，截图上要能看到商品名和实付金额。
B: 订单截图会不会泄露我的信息
A: 您可以把收货地址和手机号那部分打码，只要商品和金额清楚即可。银行卡号之类的付款信息也请遮挡，我们用不到。
""", r"""
=== topic:pickup_code platform:cainiao style:chat
B: 我让朋友帮我取快递，要给他什么
A: 您好，您把驿站发给您的取件码转给朋友就可以了，他到驿站报取件码和您的手机尾号。
B: 要给他身份证吗
A: 不需要身份证。取件码可以给您信任的人，但手机收到的登录验证码、支付验证码是另一回事，千万不要发给别人。
""", r"""
=== topic:package_recall platform:shunfeng style:call
A: 您好，这里是顺丰，您寄往杭州的件，收件人那边拒收了，请问您需要退回还是转寄？
B: 退回来吧
A: 好的，退回运费会按照原路线收取，退回签收后您在顺丰APP里支付就行，或者现在在APP的运单页面点“退回”，提前确认费用。
B: 好，我去APP上看看
A: 好的，您在APP里操作时如果看到需要付款，收款方是顺丰速运，其他任何人发给您的付款码都不要扫。
"""]
# ------------------------------------------------------------------ genuine: banks
GENUINE += [r"""
=== topic:card_activation platform:bank_card_center style:chat
B: 新信用卡收到了，怎么激活
A: 您好，您可以在我行信用卡APP首页点“卡片激活”，按提示核对身份信息后设置交易密码，激活即完成。
B: 要输卡背面三位数吗
A: 激活流程中APP会让您自己输入卡片有效期和背面的CVN2，这些只在APP页面里填写，请不要发在聊天窗口里，也不要告诉任何客服人员。
B: 好的，密码也是在APP里设？
A: 是的，交易密码由您本人在APP里设置，我们工作人员任何时候都不会询问您的密码。
""", r"""
=== topic:card_limit platform:bank_card_center style:chat
B: 我想提额，能帮我申请吗
A: 您好，提额可以在信用卡APP“额度管理”里点“申请提额”，系统会根据您的用卡情况实时评估。
B: 有人打电话说可以帮我内部提额，要先交钱，是真的吗
A: 这是诈骗。我行提额不收取任何费用，也没有所谓的“内部通道”，更不需要您提供卡号、有效期、CVV或验证码。
A: 建议您挂断这类电话，如已泄露卡片信息，请立即在APP里临时冻结卡片，或拨打卡片背面的官方客服电话挂失。
""", r"""
=== topic:account_anomaly platform:netbank style:chat
B: 我收到短信说我网银有异地登录
A: 您好，请您先不要点击短信里的任何链接。您直接打开我行官方手机银行APP，在“安全中心”-“登录设备管理”里查看最近的登录记录。
B: 看了，都是我自己的手机
A: 那就没有问题，那条短信很可能是仿冒的。正规的银行短信不会要求您访问陌生网址或回拨非官方号码。
A: 如果以后确实发现陌生设备登录，您可以在同一页面把设备删除，再修改登录密码，修改时在APP里自己输入即可。
""", r"""
=== topic:bill_question platform:bank_card_center style:chat
B: 本期账单怎么多了一笔八十八块的年费
A: 您好，我查看一下……这是您的金卡年费，开卡时约定当年刷卡满六笔免次年年费，去年您刷了四笔。
B: 能免吗
A: 可以为您申请一次年费减免，需要您确认同意，我这边提交后三个工作日内退回到您的信用卡账户，下期账单会显示。
B: 同意
A: 已提交。减免不需要您支付任何费用，也不需要您提供验证码，结果会短信通知您。
""", r"""
=== topic:card_security platform:bank_card_center style:chat
B: 我不小心把信用卡号发在一个群里了 {CARD16}
A: 您好，请您先把刚才这条消息撤回，聊天里不要再出现完整卡号。
A: 仅有卡号一般无法完成交易，但为了安全，建议您在APP“卡片管理”里开启交易提醒，并关闭不常用的境外和网上支付功能。
B: 要不要换卡
A: 如果您同时泄露了有效期或背面三位码，建议在APP里申请“换卡”，新卡号寄到后旧卡失效，换卡免费。
""", r"""
=== topic:card_installment platform:bank_card_center style:call
A: 您好，我是信用卡中心客服，这通电话是回复您昨天在APP里留言咨询账单分期的。
B: 对，我想分十二期
A: 好的，分期可以在APP“账单”页面点“账单分期”，选择期数后页面会显示每期手续费，确认后您自己输入交易密码提交。
B: 你能直接帮我办吗
A: 电话里我可以为您记录意向，但最终确认需要您本人在APP上操作，我们不会在电话中让您报密码或验证码。
A: 另外分期手续费会在每期账单中列出，不需要您提前转账。
""", r"""
=== topic:safe_account platform:netbank style:chat
B: 有人说我账户有风险要我把钱转到安全账户，你们有安全账户吗
A: 没有。银行不存在所谓的“安全账户”，公安机关也不会通过电话要求任何人转账。这是典型的诈骗话术。
B: 我还没转
A: 很好，请不要转账，并挂断对方电话。如果对方让您下载了会议或远程控制软件，请立即卸载，并修改手机银行登录密码。
A: 您也可以拨打96110反诈专线咨询，或者到就近网点处理。
""", r"""
=== topic:card_activation platform:bank_card_center style:call
A: 您好，这里是信用卡中心，您申请的信用卡今天已经通过邮政EMS寄出，运单号稍后短信发给您。
B: 好的，收到后要做什么
A: 收到卡片请先核对卡面姓名，然后在我行APP里激活。激活时系统会发送验证码到您手机上，您在APP里输入，不要告诉任何人，包括自称是我们的工作人员。
B: 快递员会要我签字吗
A: 信用卡需要本人签收并出示身份证，快递员不会向您收取任何费用。
""", r"""
=== topic:transfer_limit platform:netbank style:chat
B: 手机银行转账限额太低了，想调高
A: 您好，手机银行单日转账限额可以在“我的”-“安全设置”-“转账限额”里自行调整，调整时需要验证短信验证码和U盾或人脸。
B: 我没有U盾
A: 没有U盾可以用人脸识别，单日最高五十万。如需更高额度请携带身份证到网点办理。
A: 调整是在APP里由您本人完成的，客服无法替您调整，也不会要求您共享屏幕。
""", r"""
=== topic:refund_question platform:unionpay style:chat
B: 我退了一个货，商家说退款了，但我卡里没看到
A: 您好，退款会原路退回到您支付时使用的银行卡，一般借记卡一到三个工作日，信用卡可能要到下一个账单日才体现。
B: 能帮我查一下吗
A: 您可以在云闪付APP“账单”里查看这笔退款是否已发起，或直接问发卡行。查询不需要您提供完整卡号和密码。
""", r"""
=== topic:card_lost platform:bank_card_center style:chat
B: 我信用卡丢了
A: 您好，请立即在APP首页“卡片管理”点“挂失”，挂失后卡片立即停用，可以同时申请补发新卡。
B: 补卡要钱吗
A: 补发卡工本费以APP页面显示为准，会计入下期账单，不需要您另外转账给任何人。
A: 如果在挂失前发现有不认识的交易，可以在APP里对该笔交易发起争议，我们会调查处理。
""", r"""
=== topic:bill_question platform:bank_card_center style:sms
A: 【信用卡中心】您尾号{TAIL}的信用卡本期账单金额{AMT}元，最后还款日为本月25日。请通过官方APP或绑定的储蓄卡自动还款，我行不会以任何名义要求您转账到个人账户。
""", r"""
=== topic:credit_report platform:bank_card_center style:chat
B: 我有一次晚还了两天，会不会上征信
A: 您好，我行对还款有三天的宽限期，在宽限期内足额还款的不视为逾期，不会报送征信。
B: 那有人说能帮我修复征信，可信吗
A: 不可信。征信记录只能由金融机构依据事实报送，不存在“付费修复”。如果确有错误记录，您可以本人向人民银行征信中心或我行提出异议申请，是免费的。
""", r"""
=== topic:unionpay_qr platform:unionpay style:chat
B: 云闪付付款码扫了没反应
A: 您好，请确认您展示的是“付款码”而不是“收款码”。付款码是您让商家扫的，收款码是别人向您付钱用的。
B: 好像弄反了
A: 嗯，在云闪付首页点“付款码”就对了。另外提醒您，付款码页面的数字不要截图发给别人，它和验证码一样可以被用来扣款。
""", r"""
=== topic:card_activation platform:bank_card_center style:chat
B: 我激活的时候提示“CVN2错误”
A: 您好，CVN2是卡片背面签名栏右侧的最后三位数字，请在APP激活页面重新输入一次，注意不要跟卡号末尾混淆。
B: 输了三次都不对
A: 连续错误后为保护您的卡片，系统会暂时锁定激活功能，请二十四小时后再试，或携带身份证和卡片到网点激活。这些数字请不要发给我，我们也看不到。
""", r"""
=== topic:account_anomaly platform:netbank style:call
A: 您好，我是银行风控中心，刚才您的借记卡在异地有一笔两千元的线上消费被系统拦截了，请问是您本人操作吗？
B: 不是
A: 好的，这笔交易已经被拦截，资金没有扣除。建议您在手机银行里把这张卡的网上支付功能暂时关闭。
B: 你要我做什么吗
A: 不需要您提供任何信息。稍后您会收到一条拦截通知短信，您也可以挂断后拨打卡片背面的客服热线核实这通电话的真实性。
""", r"""
=== topic:e_cny platform:netbank style:chat
B: 数字人民币钱包怎么绑定银行卡
A: 您好，在数字人民币APP里点“我的钱包”-“绑定银行卡”，选择我行后按页面提示输入卡号和手机验证码即可。
B: 卡号发给你可以吗
A: 请不要发给我，卡号和验证码都在APP页面自己填写就行，聊天里我们不需要。
""", r"""
=== topic:loan_offer platform:bank_card_center style:chat
B: 有人说信用卡中心给我开了备用金，不领会影响征信？
A: 您好，这个说法是假的。备用金和分期都是自愿申请的产品，不领取不会影响征信，也不会产生费用。
B: 对方还让我先借出来再转给他验证
A: 这是诈骗，请立即停止联系。任何要求您借款后转账“验证流水”“解冻”“清零”的都是骗局。
""", r"""
=== topic:card_upgrade platform:bank_card_center style:chat
B: 我的金卡能升级成白金卡吗
A: 您好，白金卡需要满足一定的用卡和资产条件，您可以在APP“办卡”页面查看是否有升级邀请。
B: 没有邀请
A: 那暂时不符合自动升级条件，您也可以在APP里单独申请白金卡，审核通过后会寄送新卡，您收到后在APP激活即可，整个过程无需提供密码或验证码。
""", r"""
=== topic:bill_question platform:netbank style:short
B: 转账手续费多少
A: 手机银行跨行转账免费
B: 柜台呢
A: 柜台按金额收，具体以网点为准
""", r"""
=== topic:card_security platform:bank_card_center style:call
A: 您好，这里是信用卡中心，我们注意到您的卡今天凌晨在海外网站有三笔小额尝试交易，都已经被拦截。
B: 我的卡是不是被盗了
A: 可能是卡片信息在某个网站泄露了。为了安全，我们建议为您换发新卡，新卡号与旧卡不同，您同意吗？
B: 同意
A: 好的，已为您提交换卡申请，旧卡立即停用，新卡七个工作日内寄到，激活后自动还款设置会保留。我们不需要您现在提供任何卡片信息。
"""]
# ------------------------------------------------------------------ genuine: telecom carriers
GENUINE += [r"""
=== topic:port_number platform:china_mobile style:chat
B: 我想携号转网到联通，要怎么办
A: 您好，您可以先编辑短信“CXXZ#姓名#身份证号码”发送到10086查询是否具备携转条件。
B: 查了，说有一个合约没到期
A: 是的，您的宽带合约到明年三月，需要到期后或者到营业厅办理解约才能携出。解约违约金以营业厅核算为准，在营业厅当面支付。
B: 明白了，那授权码呢
A: 条件满足后您发送“SQXH#姓名#身份证号码”到10086获取携转授权码，这个授权码您只需要到联通营业厅办理时自己提供给柜台，不要告诉电话里的任何人。
""", r"""
=== topic:bill_question platform:china_unicom style:chat
B: 这个月话费怎么多扣了三十
A: 您好，我帮您查一下账单明细……您上个月二十号开通了一个“视频彩铃包”，每月十元；另外有二十元是流量超出套餐的费用。
B: 彩铃包我没开过
A: 我看到是通过短信确认开通的，如果不是您本人确认的，我可以为您退订并申请退还本月费用，退费会返还到您的话费账户里。
B: 好的退了吧
A: 已为您退订，退费三个工作日内到账。以后开通任何业务都需要回复短信验证码确认，这个验证码请不要随便回复或告诉别人。
""", r"""
=== topic:topup platform:china_mobile style:chat
B: 我充了一百话费，没到账
A: 您好，请问您是在哪个渠道充值的呢？
B: 在一个小程序上，九折
A: 我查了一下，您号码今天没有到账记录。非官方渠道的折扣充值存在风险，建议您联系那个小程序的客服退款。以后充值请使用中国移动APP、支付宝或微信里的官方充值入口。
B: 那个小程序找不到客服了
A: 那可能是虚假充值平台，建议您保留付款截图，向支付平台投诉，必要时报警。中国移动不会通过第三方个人账户收取话费。
""", r"""
=== topic:number_suspension platform:china_telecom style:sms
A: 【中国电信】尊敬的客户，您的话费余额已不足5元，为避免停机影响使用，请及时通过电信营业厅APP或官方渠道充值。中国电信不会要求您向个人账户转账。
""", r"""
=== topic:number_suspension platform:china_telecom style:chat
B: 我的号码突然停机了，是欠费吗
A: 您好，我看到您的号码是因为“实名信息待补充”被单向停机的，并不是欠费。
B: 那怎么弄
A: 请您本人携带身份证到任意电信营业厅补登记，或者在电信营业厅APP“实名认证”里上传身份证照片并做人脸识别，认证完成后两小时内恢复。
B: 有人打电话说可以帮我远程认证
A: 请不要相信。实名认证只能您本人在官方APP或营业厅完成，我们不会电话要求您提供验证码、服务密码，也不会让您下载远程软件。
""", r"""
=== topic:plan_upgrade platform:china_mobile style:call
A: 您好，我是中国移动客服，工号A0572，根据您近三个月的流量使用情况，有一个更合适的套餐想给您介绍一下。
B: 你说
A: 您现在是一百二十八元的套餐，每月流量用不完；有一个九十八元的套餐流量三十G，更适合您。您不需要现在决定，可以在中国移动APP“套餐变更”里查看详情。
B: 你直接帮我改吧
A: 好的，变更需要您本人确认，稍后10086会给您发一条确认短信，您回复“是”即可，下个月一号生效。回复的时候只在短信里回，不用告诉我任何数字。
""", r"""
=== topic:service_password platform:china_unicom style:chat
B: 服务密码忘了，怎么重置
A: 您好，您可以在中国联通APP登录页点“忘记密码”，通过短信验证码和身份证号码后六位重置。
B: 验证码是发给我吗
A: 对，验证码会发到您本机，您在APP页面上输入。重置服务密码是您本人在APP上操作，客服不会询问您的服务密码或验证码。
""", r"""
=== topic:broadband platform:china_telecom style:chat
B: 宽带坏了，能派人来修吗
A: 您好，我已经为您提交了宽带故障报修单，装维师傅会在四小时内电话联系您预约上门时间。
B: 上门修要收钱吗
A: 线路故障维修免费。如果是您自购的路由器损坏需要更换，师傅会告知价格，可以在电信营业厅APP里支付或者现场刷官方的收款码，不要转给个人微信。
""", r"""
=== topic:eSIM platform:china_mobile style:chat
B: 我的手表想开通一号双终端
A: 您好，您可以在中国移动APP搜索“一号双终端”，按页面提示扫描手表上的二维码完成绑定。
B: 扫完手表那个码就行了？
A: 是的，扫码后会发送一条验证码到您的手机，您在APP页面里输入即可开通，每月功能费十元。全程在官方APP完成，不要把验证码给别人。
""", r"""
=== topic:port_number platform:china_telecom style:call
A: 您好，这里是中国电信客服，您昨天申请了携号转网的资格查询，这边给您回个电话。
B: 对，我想转出去
A: 了解，您的号码具备携出条件。方便问一下是对我们的服务哪里不满意吗？我们这边可以为您介绍一下老用户的优惠方案。
B: 不用了，我就是想转
A: 好的，尊重您的选择。您可以发送授权码申请短信到10000，拿到授权码后到新运营商营业厅办理。请注意授权码只给新运营商的营业厅，任何人来电索要都不要给。
""", r"""
=== topic:broadcast_tv platform:china_broadnet style:chat
B: 广电有线电视费怎么交
A: 您好，您可以在广电网络的官方公众号或APP里输入智能卡号缴费，也可以到营业厅现场缴费。
B: 智能卡号在哪看
A: 智能卡号印在机顶盒插卡上，也可以在电视的“系统设置”-“用户信息”里看到。这个卡号不是银行卡号，仅用于缴费查询。
B: 好的
A: 缴费成功后机顶盒会在十五分钟内自动恢复信号。
""", r"""
=== topic:sim_swap platform:china_unicom style:chat
B: 手机卡坏了，能补卡吗
A: 您好，补换卡需要您本人携带身份证到联通自有营业厅办理，工本费以营业厅为准，现场支付。
B: 不能线上办吗
A: 出于安全考虑，补卡必须本人到场。这样别人即便知道您的服务密码也没法补走您的卡。如果有人说可以远程给您补卡、要验证码，请不要相信。
""", r"""
=== topic:topup platform:china_broadnet style:chat
B: 广电号码怎么充话费
A: 您好，可以在中国广电APP首页点“充值”，或者在支付宝、微信的充值中心选择“中国广电”。
B: 充值要绑卡吗
A: 不需要绑卡，支付时用您自己的微信或支付宝付款就行，支付密码在支付页面自己输入。
""", r"""
=== topic:spam_report platform:china_mobile style:chat
B: 我收到一条说是移动积分兑换现金的短信，链接能点吗
A: 您好，请不要点击。那是冒充中国移动的钓鱼短信，中国移动积分只能在中国移动APP“积分商城”兑换商品或话费，不能兑换现金，也不会要您填银行卡信息。
B: 我已经点进去了但没填东西
A: 没有填写信息的话一般不会有损失。建议您删除短信，并把发信号码转发到10086999举报。
B: 好的谢谢
A: 不客气。如果已经填写过卡号、验证码，请立即联系发卡银行冻结卡片。
""", r"""
=== topic:plan_upgrade platform:china_unicom style:call
A: 您好，联通客服，您号码上的合约优惠下个月到期了，提前跟您说一声。
B: 到期会怎样
A: 到期后月费恢复为套餐原价，您可以选择续约继续享受优惠，或者不续约。续约在联通APP“我的合约”里点一下就可以，不需要预存费用。
B: 我考虑一下
A: 好的，您考虑好了自己在APP里办理即可，我们这边不会让您转账或者扫码付款。
""", r"""
=== topic:bill_question platform:china_telecom style:chat
B: 话费发票怎么开
A: 您好，您可以在电信营业厅APP“发票”里申请电子发票，选择月份后填写抬头和税号。
B: 公司报销需要开户行和账号
A: 开专票的话，开户行和账号由您在开票页面自己填写公司对公账户信息，提交后电子发票会发送到您填写的邮箱。
""", r"""
=== topic:number_suspension platform:china_unicom style:short
B: 我号码能停机保号吗
A: 可以，联通APP里办，每月五元
B: 不用去营业厅？
A: 不用，APP里实名验证就好
""", r"""
=== topic:account_anomaly platform:china_mobile style:call
A: 您好，这里是中国移动，系统发现您的号码今天有一笔异常的大额话费代扣，一百九十九元，是您订购的吗？
B: 什么代扣？我不知道
A: 是一个游戏平台发起的话费支付，我已经为您暂停了话费支付功能，这笔扣款会在核实后退回您的话费账户。
B: 要我做什么
A: 您不需要提供任何信息。稍后您可以在中国移动APP“话费支付管理”里查看状态，如需重新开通，自己在APP里打开就行。
""", r"""
=== topic:port_number platform:china_broadnet style:chat
B: 携号转网到广电后原来的微信还能用吗
A: 您好，携号转网后号码不变，微信、银行等绑定这个号码的应用不受影响，短信验证码照常接收。
B: 银行卡的预留手机号要改吗
A: 不需要改，号码没有变化。携转过程中可能会有一到两小时没有信号，建议避开重要的支付时间段。
""", r"""
=== topic:topup platform:china_unicom style:chat
B: 给我妈充话费，充错号码了
A: 您好，很遗憾，话费充值到账后无法撤回。您可以尝试联系被充值号码的机主协商退还。
B: 有人说能帮我追回来，要我先交手续费
A: 请不要相信，这是诈骗。联通没有付费追回话费的服务。
"""]
# ------------------------------------------------------------------ genuine: mixed, second batch
GENUINE += [r"""
=== topic:delivery_change platform:shunfeng style:chat
B: 收件电话写错了，正确的是{PHONE}
A: 好的，已收到。为了保护隐私，修改收件人电话需要寄件人或收件人在顺丰APP里发起，我这边可以先给派送网点备注。
A: 已备注，快递员派送前会联系新号码。您也可以在APP运单详情里点“修改收件信息”确认一下。
B: 要验证码吗
A: APP修改时会给原手机号发验证码，由您自己在APP里输入，不需要发给我。
""", r"""
=== topic:card_security platform:bank_card_center style:chat
B: 你们客服刚给我发了验证码 {CODE} 是要我发回来吗
A: 您好，请不要把验证码发给任何人，包括我们的客服。我们这边并没有给您发送验证码。
A: 这条验证码可能是有人在尝试用您的手机号登录或支付，建议您马上在APP里修改登录密码，并检查最近的交易记录。
B: 我看了没有交易
A: 好的，那目前没有损失。那个验证码已经发出来了，五分钟后会失效，您不用理会。
""", r"""
=== topic:parcel_claim platform:jdlogistics style:call
A: 您好，这边是京东物流客服，您提交的“外包装破损”反馈已经处理完成，给您回访一下。
B: 嗯，东西没坏就是盒子破了
A: 好的，给您造成不好的体验我们很抱歉，已经为您发放了一张十元的京豆补偿，在京东APP“我的-京豆”里可以看到。
B: 要我做什么吗
A: 不用做任何操作，自动到账的。回访到这里就结束了，我们不会在回访中要求您提供账户信息或者付款。
""", r"""
=== topic:bill_question platform:china_mobile style:chat
B: 手机号停机了我银行的验证码收不到怎么办
A: 您好，停机期间短信可能无法接收。您先在中国移动APP或微信充值中心给号码充值，缴清欠费后约十分钟恢复，就能收到银行验证码了。
B: 我现在急着转账
A: 理解您着急，复机以后再操作就行。也请注意，如果有人说可以帮您“代收验证码”，千万不要相信。
""", r"""
=== topic:card_activation platform:bank_card_center style:chat
B: 激活时要我输入的交易密码和查询密码有什么区别
A: 您好，交易密码用于刷卡消费、取现时验证，查询密码用于电话银行查询账户信息。
B: 可以设置成一样的吗
A: 技术上可以，但建议两个密码不同，也不要用生日和连号。两个密码都只在APP或柜台的密码键盘上由您本人设置，不用告诉我们。
""", r"""
=== topic:refund_question platform:netbank style:call
A: 您好，我是银行客服，您昨天来电反映的退款未到账问题，我们已经查到了。
B: 到了吗
A: 商户那边是今天上午发起退款的，资金已经退回您尾号{TAIL}的借记卡，您可以在手机银行的交易明细里看到一笔“退货”入账。
B: 看到了，谢谢
A: 不客气。提醒您以后遇到自称客服说要帮您退款的电话，先在官方APP里核实，不要按对方指示操作转账。
""", r"""
=== topic:pickup_code platform:fengchao style:chat
B: 丰巢开柜的时候要我扫码付费，是正常的吗
A: 您好，超时取件需要在柜机屏幕上扫码支付超时费，二维码是柜机屏幕上显示的，付款方是丰巢，这是正常的。
B: 柜门上还贴了一张纸二维码说扫码免费取件
A: 那张纸质二维码不是丰巢的，请不要扫。我这边记录一下柜机位置，安排工作人员去清理。
B: 在阳光小区南门那组柜子
A: 好的，已经登记，谢谢您的提醒。
""", r"""
=== topic:port_number platform:china_unicom style:chat
B: 我想把号码{PHONESP}从移动转到联通
A: 您好，欢迎携转到联通。请您先向移动发送短信获取授权码，然后携带身份证到联通营业厅办理，授权码由您现场在柜台告知工作人员。
B: 线上能办吗
A: 部分地区支持在联通APP线上申请，会寄送新卡。线上申请时授权码由您自己在APP页面填写，客服不会通过电话或聊天索取。
""", r"""
=== topic:card_limit platform:bank_card_center style:call
A: 您好，信用卡中心，根据您的用卡情况，系统给您的信用卡调整了固定额度，从两万提高到三万五，特地通知您一下。
B: 需要我确认吗
A: 您可以在APP里“额度管理”查看，如果您不希望提额，也可以在同一页面申请恢复原额度。这次提额不需要您做任何操作，也不收费。
B: 好的
A: 温馨提示，我行所有提额都不会向您收取费用，也不会要求验证码或卡片安全码。
""", r"""
=== topic:parcel_lost platform:yuantong style:chat
B: 有人打电话说圆通弄丢了我的件，让我下载会议软件理赔，是你们吗
A: 您好，不是的。圆通的理赔不会要求您下载会议软件或开启屏幕共享，那是诈骗。
B: 幸好我没下
A: 您做得很对。您可以把运单号发我，我帮您查下真实的物流状态。
B: {YT}
A: 这票件已经在您所在城市的网点，明天上午派送，并没有丢失。
""", r"""
=== topic:safe_account platform:unionpay style:chat
B: 银联会不会打电话让我冻结银行卡
A: 您好，银联不直接管理个人银行卡账户，不会打电话要求您冻结或转移资金。卡片的挂失、冻结由发卡银行办理。
B: 那如果我担心卡不安全呢
A: 您可以拨打卡片背面发卡行的客服电话，或在发卡行APP里临时锁卡。这些操作都由您自己发起，不需要把钱转到别的账户。
""", r"""
=== topic:bill_question platform:china_broadnet style:chat
B: 广电的宽带账单上有一项“设备押金”，能退吗
A: 您好，设备押金在您拆机并归还光猫和机顶盒后退还。退还时会原路退回您当初缴费的支付账户，或者按您在营业厅办理时登记的银行卡退回。
B: 登记的卡号需要我现在给你吗
A: 不需要，拆机时营业厅工作人员会让您在业务单上本人填写确认，我这边不收集卡号。
""", r"""
=== topic:delivery_change platform:cainiao style:chat
B: 驿站能帮我把退货寄回去吗
A: 您好，可以的。在淘宝订单里申请退货后选择“驿站寄件”，系统会生成退货码，您拿着商品到驿站出示退货码就行。
B: 运费谁出
A: 如果您有运费险，运费先由您支付，退货完成后运费险理赔款会自动退回您的支付宝账户，不需要您联系任何人申请。
""", r"""
=== topic:account_anomaly platform:netbank style:chat
B: 手机银行提示“检测到屏幕共享，已暂停交易”是什么意思
A: 您好，这是我行的安全保护功能。如果您的手机正在通过会议软件或者远程工具共享屏幕，为防止骗子看到您的密码和验证码，手机银行会暂停交易。
B: 我刚才在开会议
A: 如果是您自己的工作会议，结束共享后就能正常使用。如果是有人让您开的共享，请马上结束会议并挂断电话，那很可能是诈骗。
""", r"""
=== topic:plan_upgrade platform:china_telecom style:chat
B: 我想加一张副卡给我女儿
A: 您好，可以在电信营业厅APP“融合套餐”里点“添加副卡”，选择号码后会寄送到家，副卡月功能费十元。
B: 她要本人实名吗
A: 副卡需要使用人本人实名，收到卡后您女儿在APP里用她的身份证完成人脸认证即可激活。
""", r"""
=== topic:card_installment platform:bank_card_center style:chat
B: 客服，我现在分期想提前还清
A: 您好，可以的。在APP“分期管理”里选择这笔分期点“提前还款”，页面会显示剩余本金和需收取的手续费。
B: 还的钱要转到哪里
A: 不需要转到任何账户，确认后剩余本金会计入您的当期账单，您按正常方式还信用卡就行。
""", r"""
=== topic:parcel_claim platform:shunfeng style:call
A: 您好，这里是顺丰客服，您在APP里提交的理赔申请已经审核通过，赔付金额三百元。
B: 钱什么时候到
A: 赔款已经按您在APP里选择的方式发起，预计两个小时内退回到您的微信支付。
B: 你不要我的卡号吗
A: 不需要，赔付去向是您在APP里自己选的。如果之后有人自称顺丰来要卡号或者验证码，那一定不是我们。
""", r"""
=== topic:topup platform:china_telecom style:short
B: 交话费能开发票吗
A: 能，APP里“发票”自己申请
B: 充值卡的呢
A: 充值卡在购卡时开，或者使用后在APP里开
""", r"""
=== topic:card_security platform:unionpay style:chat
B: 云闪付让我设置“支付密码”，跟银行卡密码一样吗
A: 您好，云闪付支付密码是云闪付APP的，银行卡密码是卡片取现和刷卡用的，两者可以不同。
B: 我忘了云闪付的支付密码
A: 在云闪付“我的”-“设置”-“支付设置”里可以重置，需要验证您绑定的银行卡信息和短信验证码，都在APP里填写，请不要告诉他人。
""", r"""
=== topic:credit_report platform:netbank style:chat
B: 我想查一下自己的征信
A: 您好，您可以在我行手机银行“信用报告查询”里申请查询个人征信报告，每年前两次免费。
B: 需要交什么材料
A: 只需要在APP里通过人脸识别验证身份，报告会在一天内生成。网上要收费帮您查征信或者“修复”征信的都不要相信。
""", r"""
=== topic:number_suspension platform:china_mobile style:chat
B: 我号码被标记为骚扰电话了，能取消吗
A: 您好，号码标记是手机安全软件根据用户举报做的，您可以在对应的安全软件官网提交“号码标记申诉”。
B: 你们能帮我取消吗
A: 运营商无法直接修改第三方软件的标记。申诉过程中对方可能需要您的手机号接收验证码，那是在官网页面由您本人填写的，不要把验证码发给帮你“代申诉”的人。
"""]
GENUINE += [r"""
=== topic:parcel_lost platform:zhongtong style:call
A: 您好，中通快递{N}网点，您的件在我们这里找到了，之前被错放到隔壁小区的货架上，非常抱歉。
B: 终于找到了
A: 我们今天下午给您送上门。这次延误给您发了一张五元的寄件券，在中通APP“我的券包”里自动到账，不需要您做任何操作。
B: 好的
A: 快递员到的时候会打这个座机或者他的工作手机，不会找您要验证码，签收就行。
""", r"""
=== topic:card_activation platform:unionpay style:chat
B: 我在境外刷卡被拒了
A: 您好，请先确认您的卡片是否开通了境外交易功能，可以在发卡行APP的“卡片设置”里查看和开启。
B: 开了还是不行
A: 可能是当地商户不支持银联，建议换一家支持银联标识的商户，或者使用云闪付扫码。如遇问题请联系发卡行官方客服，不要相信路边或网上自称“银联代办”的人。
""", r"""
=== topic:bill_question platform:china_mobile style:sms
A: 【中国移动】您本月已使用流量18.6GB，套餐内剩余1.4GB。查询和办理流量包请使用中国移动APP或发送短信至10086，谨防冒充客服的电话和链接。
""", r"""
=== topic:delivery_change platform:jdlogistics style:call
A: 您好，京东快递员小陈，您的冰箱今天下午两点到四点送到，需要搬上楼吗？
B: 要的，八楼有电梯
A: 好的，送装一体，安装师傅会一起来，不收搬运费。
B: 需要我准备什么
A: 准备好收货人身份证或者订单上的手机尾号就行，到时候您在京东APP上点“确认收货”，不用给我们任何验证码或者付现金。
""", r"""
=== topic:card_security platform:netbank style:chat
B: 手机银行能关闭小额免密吗
A: 您好，可以。在手机银行“安全中心”-“支付设置”里关闭“小额免密支付”，关闭后每笔交易都需要输入密码。
B: 关闭后银行卡绑的支付宝也要输密码吗
A: 支付宝的免密是单独设置的，需要在支付宝“设置”-“支付设置”-“免密支付”里单独关闭。
""", r"""
=== topic:broadband platform:china_unicom style:call
A: 您好，联通装维，我是来给您装宽带的师傅，工号在联通APP工单里能看到，大概十点到您家。
B: 好的，要带什么吗
A: 不用，光猫和路由器我们带过去。安装费在办理时已经包含在套餐里了，现场不收钱。
B: 那太好了
A: 装好以后我会在APP里给您提交完工确认，您点一下“满意”就行。
""", r"""
=== topic:pickup_code platform:cainiao style:group
A: 【XX小区菜鸟驿站通知群】各位邻居，今天驿站晚上九点关门，件多的朋友请早点来取。
A: 另外提醒大家：驿站不会在群里发“丢件赔付”二维码，有人私聊说驿站赔付要交手续费的，都是骗子。
B: 我的取件码是{QJM}，今天能取吗
A: 可以，在货架3号柜，今天九点前都能取。取件码在群里发出来没关系，但别把手机收到的验证码发群里哦。
""", r"""
=== topic:phone_subsidy platform:china_telecom style:chat
B: 电信有没有老用户送话费的活动
A: 您好，目前电信营业厅APP“权益中心”里有签到领话费的活动，每天签到可以领积分兑换话费。
B: 有人说我可以领八百块补贴
A: 电信没有这样的补贴活动。任何要您先充值、先交税、先借钱才能领的“补贴”都是诈骗，请以APP里的活动为准。
"""]


# ------------------------------------------------------------------ writing and counting
def counts(records):
    agents = [r for r in records if r["sender"] == "agent"]
    rules = Counter(rule for r in agents for rule in r["rules"])
    tags = Counter(t for r in records for t in r["tags"] if not t.startswith(("topic:", "platform:", "style:")))
    conv_tags = Counter(t for r in records for t in r["tags"] if t.startswith(("topic:", "platform:", "style:")))
    return agents, rules, tags


def main() -> None:
    seen: Counter = Counter()
    scam = Corpus(prefix="w03s")
    build(scam, SCAM, True, seen)
    genuine = Corpus(prefix="w03g")
    build(genuine, GENUINE, False, seen)
    dup = [t for t, n in seen.items() if n > 1]
    if dup:
        for t in dup:
            print("duplicate line:", t, file=sys.stderr)
        sys.exit("duplicate lines")
    scam.write(HERE / f"{NAME}_scam.jsonl", shuffle_seed=31)
    genuine.write(HERE / f"{NAME}_genuine.jsonl", shuffle_seed=37)
    allrec = scam.records + genuine.records
    agents, rules, tags = counts(allrec)
    convs = scam._conversations + genuine._conversations
    asking = sum(1 for r in agents if r["rules"])
    print(f"conversations: {convs} (scam {scam._conversations}, genuine {genuine._conversations})")
    print(f"agent lines: {len(agents)}, soliciting: {asking} ({asking / max(1, len(agents)):.1%})")
    print(f"buyer lines: {sum(1 for r in allrec if r['sender'] == 'buyer')}, with entities: "
          f"{sum(1 for r in allrec if r['sender'] == 'buyer' and r['entities'])}")
    for rule, n in sorted(rules.items()):
        print(f"  {rule}: {n}")
    for tag, n in sorted(tags.items()):
        print(f"  tag {tag}: {n}")
    ents = Counter(e["type"] for r in allrec for e in r["entities"])
    for e, n in sorted(ents.items()):
        print(f"  entity {e}: {n}")


if __name__ == "__main__":
    main()
