#!/usr/bin/env python3
"""Generator for corpus sol_w05 (axis: SMS threads and group chats).

Every line below was written by hand. The small line format is only a shorthand:
    === topic:x | platform:y | style:sms | pretext:kind     starts a conversation
    A: text          genuine agent line (rules [])
    P[flags]: text   scam line that asks for nothing yet (scam_pretext)
    S<RULES>[flags]: text   scam line breaking RULES, letters:
          N card number, C card security, P password, V verification code,
          R screen share, T transfer, O off platform, L loan/credit
      flags (lowercase): x contextual, e evasion, m group_member
    B: text          buyer line; {PLACEHOLDERS} become labelled values filled in by code
Values (codes, card numbers, amounts) are filled in by code with a fixed seed.
"""
from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # samples/: the shared kit
from kit import (Corpus, card_number, chinese_digits, digits, expiry, fullwidth,  # noqa: E402
                 id_number, mobile, spaced)

NAME = "sol_w05"
PREFIX = "w05"
SEED = 5205
RNG = random.Random(SEED)

RULE_LETTERS = {
    "N": "ASK_CARD_NUMBER", "C": "ASK_CARD_SECURITY", "P": "ASK_PASSWORD",
    "V": "ASK_VERIFICATION_CODE", "R": "ASK_SCREEN_SHARE", "T": "ASK_TRANSFER",
    "O": "ASK_OFF_PLATFORM", "L": "ASK_LOAN_OR_CREDIT",
}
FLAG_LETTERS = {"x": "contextual", "e": "evasion", "m": "group_member"}

# words scammers also use; a genuine line containing one is a hard negative
HARD_WORDS = (
    "验证码", "校验码", "动态码", "银行卡", "储蓄卡", "信用卡", "卡号", "尾号", "密码", "微信", "QQ",
    "转账", "转给", "付款", "支付", "链接", "二维码", "扫码", "共享", "屏幕", "借呗", "花呗", "征信",
    "退款", "原路", "理赔", "赔付", "保证金", "押金", "红包", "返现", "短信", "客服电话", "下载",
    "App", "APP", "app", "小程序", "私聊", "私信", "加好友", "账户", "账号", "冻结", "额度", "贷款",
    "安全", "诈骗", "官方", "到账", "扣费", "会员", "取件码", "开户行", "发票", "百万保障", "收款",
)


def _fill(kind: str):
    """A labelled value for a buyer placeholder."""
    r = RNG
    code6 = digits(r, 6)
    card = card_number(r)
    table = {
        "CODE": ("CN_VERIFICATION_CODE", code6),
        "CODE4": ("CN_VERIFICATION_CODE", digits(r, 4)),
        "CODE_SP": ("CN_VERIFICATION_CODE", spaced(code6, 1)),
        "CODE_CN": ("CN_VERIFICATION_CODE", chinese_digits(code6, one=r.choice("一幺"))),
        "CODE_FW": ("CN_VERIFICATION_CODE", fullwidth(code6)),
        "CODE_DASH": ("CN_VERIFICATION_CODE", spaced(code6, 3, "-")),
        "CARD": ("CN_BANK_CARD", card),
        "CARD16": ("CN_BANK_CARD", card_number(r, length=16)),
        "CARD_S": ("CN_BANK_CARD", spaced(card, 4)),
        "CARD_D": ("CN_BANK_CARD", spaced(card, 4, "-")),
        "CARD_FW": ("CN_BANK_CARD", fullwidth(card)),
        "CVV": ("CN_CARD_SECURITY", digits(r, 3)),
        "CVV_CN": ("CN_CARD_SECURITY", chinese_digits(digits(r, 3))),
        "EXP": ("CN_CARD_SECURITY", expiry(r)),
        "EXP_CN": ("CN_CARD_SECURITY", f"{r.randint(27, 33)}年{r.randint(1, 12)}月"),
        "PWD": ("CN_PAYMENT_PASSWORD", digits(r, 6)),
        "PWD_CN": ("CN_PAYMENT_PASSWORD", chinese_digits(digits(r, 6))),
        "PWD3": ("CN_PAYMENT_PASSWORD", digits(r, 3)),
        "PWD_SP": ("CN_PAYMENT_PASSWORD", spaced(digits(r, 6), 1)),
        "PHONE": ("CN_PHONE", mobile(r)),
        "PHONE_S": ("CN_PHONE", spaced(mobile(r), (3, 4, 4))),
        "PHONE_D": ("CN_PHONE", spaced(mobile(r), (3, 4, 4), "-")),
        "ID": ("CN_ID_CARD", id_number(r)),
    }
    return table[kind]


def _plain(kind: str) -> str:
    """Plain (unlabelled) filler values for agent and buyer text."""
    r = RNG
    if kind == "AMT":
        return f"{r.randint(2, 98) * 10 + r.choice([0, 8, 9])}"
    if kind == "AMT_S":
        return f"{r.randint(9, 199)}.{r.choice(['00', '90', '80', '50'])}"
    if kind == "TAIL":
        return digits(r, 4)
    if kind == "ORDER":
        return digits(r, 18)
    if kind == "SMSCODE":
        return digits(r, 6)
    if kind == "PICK":
        return f"{r.randint(1, 9)}-{r.randint(1, 6)}-{r.randint(1000, 9999)}"
    if kind == "WAYBILL":
        return r.choice(["SF", "YT", "JT", "ZT"]) + digits(r, 13)
    if kind == "DATE":
        return f"{r.randint(1, 12)}月{r.randint(1, 28)}日"
    if kind == "TIME":
        return f"{r.randint(9, 20)}:{r.choice(['00', '10', '30', '45'])}"
    if kind == "NUM":
        return f"{r.randint(2, 60)}"
    raise KeyError(kind)


PLACE = re.compile(r"\{([A-Z0-9_]+)\}")
PLAIN_KINDS = {"AMT", "AMT_S", "TAIL", "ORDER", "SMSCODE", "PICK", "WAYBILL", "DATE", "TIME", "NUM"}


def parts_of(text: str) -> list:
    out, pos = [], 0
    for m in PLACE.finditer(text):
        out.append(text[pos:m.start()])
        kind = m.group(1)
        out.append(_plain(kind) if kind in PLAIN_KINDS else _fill(kind))
        pos = m.end()
    out.append(text[pos:])
    merged: list = []
    for p in out:
        if isinstance(p, str) and merged and isinstance(merged[-1], str):
            merged[-1] += p
        elif p != "":
            merged.append(p)
    return merged


LINE = re.compile(r"^(A|P|S|B)([A-Z]*)([a-z]*)\s*[:：]\s?(.*)$")
CREDENTIAL_TYPES = {"CN_VERIFICATION_CODE", "CN_CARD_SECURITY", "CN_PAYMENT_PASSWORD",
                    "CN_BANK_CARD", "CN_ID_CARD"}

SCAM: list[str] = []
GENUINE: list[str] = []

SCAM.append("""
=== topic:parcel-lost-claim | platform:中通快递 | style:sms | pretext:parcel_lost
P: 【中通快递】尊敬的客户，您单号{WAYBILL}的包裹在转运中心分拣时破损遗失，我司深表歉意，将按商品价值三倍为您理赔。
SO: 理赔登记入口：zto-lipei.cc/k7Q ，请在24小时内打开填写，逾期视为放弃。
B: 真的假的，我那个是买的床单，值不了几个钱
P: 您好，是真的，系统显示该件已做遗失登记，理赔金额{AMT}元，今日可到账。
SN: 页面上第二栏填您要收款的银行卡号，必须是本人一类卡，不然财务打不过去。
B: 填好了，卡号 {CARD_S}
SVx: 提交后您手机会收到一条6位数字，直接回复到本号码，我们这边核对后放款
B: {CODE}
SVx: 提示已过期，再发一次给您了，新的那个也回一下
""")

SCAM.append("""
=== topic:million-protection-cancel | platform:京东金融 | style:sms | pretext:membership_cancel
P: 【京东金融】您于{DATE}开通的"百万保障"服务试用期今日到期，次日起每月自动扣费{AMT}元。
SO: 如非本人开通请速拨专线 0755-2318 6604 取消，否则将持续扣费并上报征信。
B: 我没开过这个啊，怎么取消
P: 这是系统默认给学生账户开通的，很多用户都不知道，您别担心。
SR: 电话里讲不清楚，您下载一个"云会"，输入会议号 784 221 903，打开屏幕共享我一步步带您关。
B: 一定要下软件吗？
SLx: 不关的话每个月都扣，而且会记入人行征信，以后买房贷款都受影响，您自己考虑。
SLT: 关闭需要把您名下借呗里的额度先借出来，转到我们监管账户做一次流水验证，验证完原路退回。
""")

SCAM.append("""
=== topic:account-anomaly-code | platform:淘宝 | style:sms | pretext:account_anomaly
P: 【淘宝安全中心】检测到您的账户于异地（云南·瑞丽）登录并尝试修改收货信息，已临时限制交易。
SV: 为确认是本人操作，请将即将收到的6位验证码直接回复本短信，回复后自动解除限制。
B: 我在上海啊，没去过云南
P: 好的亲，那就是被盗号了，更要尽快核验，不然账户里的余额可能被转走。
B: 收到了，是 {CODE}
SPx: 核验通过一半，还差支付密码二次确认，回复6位数字即可，系统自动加密不会泄露
""")

SCAM.append("""
=== topic:double-refund-qq | platform:拼多多 | style:sms | pretext:refund_claim
P: 【拼多多】您在"优品母婴旗舰"购买的奶瓶经抽检含有超标塑化剂，商家已被下架，您可申请双倍退款。
SOe: 退款专员扣扣：2814 70963，备注订单尾号，工作时间9:00-21:00
B: 在哪个页面申请？App里没看到啊
SOx: App里不显示的，这是专项退款，统一由专员线下办理，加上那个号就行
B: 加不上，说需要验证
SO: 那您加专员威信 pdd_tk0812，通过率高一点
""")

SCAM.append("""
=== topic:redelivery-fee | platform:顺丰速运 | style:sms | pretext:parcel_lost
P: 【SF】您的包裹因收件地址不详被退回网点，请更新地址后安排二次派送。
SOT: 补填地址并支付2.00元重新派送费：sf-redeliver.top/a9 
B: 我地址没问题啊
P: 系统识别门牌号缺失，补一下就好，很快的
SNC: 支付页用的是银联直付，要填卡号、有效期和卡背面三位数，都是必填项哦
B: 卡背面哪三位
SCx: 签名栏旁边那三个数字，填上才能扣那2块钱
B: {CVV}，有效期 {EXP}
SVx: 还有一步，刚收到的那个动态码也发过来，没它付款不成功
""")

SCAM.append("""
=== topic:student-loan-cancel | platform:抖音商城 | style:sms | pretext:credit_repair
P: 【抖音月付】您的账户为在校期间开通的学生额度，根据监管要求须在{DATE}前注销，逾期将影响个人征信。
SO: 注销请致电客服专员 17708216634（非工作时间请短信留言）
B: 我已经毕业好几年了
SL: 毕业了更要注销，不然会被认定为违规用户，上了征信黑名单以后什么贷款都办不了
SL: 注销前需要把各平台的可用额度清零，您打开借呗、微粒贷看一下有多少额度，全部借出来
B: 借出来然后呢
STx: 转到我发您的国家监管账户，核验完银行原路退给您，账户名是"清算中心杨某某"那个
""")

SCAM.append("""
=== topic:points-expire | platform:中国移动积分商城 | style:sms | pretext:prize_subsidy
P: 【积分商城】您有3280积分将于今日清零，可兑换¥{AMT}现金或蓝牙耳机一副。
SO: 立即兑换 jf-10086.vip/dh 
B: 怎么兑换现金
SN: 兑换页面选"现金"，填写收款卡号和开户行就可以，2小时内到账
SC: 为防止冒领，还需要填卡片有效期和背面CVN码，这是银联规定的
B: 为啥收钱还要安全码
P: 亲，这是实名核验流程，和付款没关系
""")

SCAM.append("""
=== topic:idle-deposit | platform:闲鱼 | style:sms | pretext:deposit_fee
P: 【闲鱼】买家已付款¥{AMT}，因您的账户未完成商家保证金认证，该笔货款已被冻结。
SOT: 请在30分钟内通过认证通道 xianyu-bzj.cn/m 缴纳保证金500元，缴纳后货款与保证金一并解冻。
B: 我就卖个二手吹风机也要保证金？
P: 是的，新规要求个人卖家首次收款前完成认证，您别担心钱是退的
ST: 转错了备注没写，系统没识别，需要再转一笔同样金额才能自动冲正
B: 我真没钱了
SL: 支付宝里有备用金的话先用备用金，或者花呗分期，解冻后马上还上不产生利息
""")

SCAM.append("""
=== topic:reply-code-verify | platform:京东 | style:sms | pretext:account_anomaly
P: 尊敬的京东PLUS会员，您的会员资格因实名信息不一致即将被冻结，冻结后优惠券、京豆将清空。
SV: 请将本号码随后发送的4位校验码回复，即可完成实名校验。
B: {CODE4}
P: 校验中，请勿关闭短信。
SVx: 第一个码超时了，刚才又给您发了一次，麻烦再回复一下
B: 怎么这么多码
SVe: 正常的亲，京东yzm每次只有60秒有效，快一点回就好
""")

SCAM.append("""
=== topic:lottery-tax | platform:抖音 | style:sms | pretext:prize_subsidy
P: 【抖音】恭喜您在"818好物节"回馈活动中抽中二等奖：苹果笔记本一台+现金{AMT}元。
SO: 领奖请访问 dy-818gift.com 并输入领奖码 D52K。
B: 我没参加什么抽奖
P: 系统按下单记录自动抽取的，您上个月在抖音商城有消费对吧
ST: 根据税法领取前需先缴纳20%个人所得税，共计1360元，扫页面上的付款码即可
B: 能从奖金里扣吗
STx: 不行的，税务要求先缴后发，您不缴这边只能作废
""")

SCAM.append("""
=== topic:refund-card-info | platform:唯品会 | style:sms | pretext:refund_claim
P: 唯品会售后：您{DATE}购买的羽绒服因仓库质检不合格已被召回，我们将为您全额退款并赔偿{AMT}元。
SN: 由于原支付渠道已关闭，请回复您的姓名+银行卡号，我们手工打款。
B: 张晓丽 {CARD}
SNx: 还要开户行和预留手机号，少一项银行退票
B: 招商银行，{PHONE}
SV: 打款需要您授权，稍后银行发来的动态验证码请回复，切勿告诉他人（本短信除外）
""")

SCAM.append("""
=== topic:vip-auto-renew | platform:快手 | style:sms | pretext:membership_cancel
P: 【快手】您开通的"直播间超级会员"将于明日自动续费{AMT}元/年，如需取消请在今日处理。
SO: 取消热线：400 631 7829（仅限今日）
B: 打了没人接
SO: 您好，热线占线，您加一下专属客服企业号 ks_kefu_078，微信也行
SR: 加上以后我发您一个链接，是腾讯会议，进去点共享屏幕，我帮您在后台操作取消
""")

SCAM.append("""
=== topic:customs-hold | platform:天猫国际 | style:sms | pretext:deposit_fee
P: 【海关清关通知】您购买的进口奶粉因申报价值不符被海关扣留，需补缴关税后放行。
SOT: 补税请添加清关专员QQ 39281107，按专员提供的账户转账，逾期货物将被销毁。
B: 天猫国际不是包税吗
P: 包税只包正常申报的，您这单被抽查到了，情况特殊
STx: 补缴{AMT}元，您转过来我这边开电子完税凭证
""")

SCAM.append("""
=== topic:bank-bind-code | platform:美团 | style:sms | pretext:account_anomaly
P: 【美团】您的美团月付存在异常逾期记录，系统将于今晚24:00上报征信。
SL: 如有异议请在截止前处理，否则个人信用将留下不良记录，影响房贷车贷。
B: 我没开过月付啊
SOx: 请回复"1"，专员会在5分钟内给您来电
B: 1
P: 您好，我是美团金融的王专员，工号MT5521，您的情况我已经看到了。
SRL: 需要您下载"安心会议"共享一下美团App的页面，看一下是不是被人冒用开通了，冒用的要先做一笔还款才能申诉撤销征信记录
""")

SCAM.append("""
=== topic:pickup-code-fake | platform:菜鸟驿站 | style:sms | pretext:parcel_lost
P: 【菜鸟】您的快件被错投至其他驿站，为避免他人冒领，请核实身份。
SV: 请把您收到的取件验证码（6位）回复至此号，我们核对后为您重新派送。
B: 你说的是取件码还是验证码
SVx: 就是刚才那条带"验证码"三个字的短信，里面那个6位的
B: {CODE_SP}
P: 收到，已为您登记重新派送。
""")

SCAM.append("""
=== topic:quality-claim-cvv | platform:淘宝 | style:sms | pretext:refund_claim
P: 淘宝理赔中心：您购买的儿童玩具被检出含有害物质，根据消费者权益保护法可获赔{AMT}元，请知悉。
B: 怎么领？
SNC: 回复本短信：持卡人姓名、卡号、有效期、卡背面后三位，四项缺一不可
B: 后三位是什么意思
SCx: 就是卡背面签名条那里的三个数字，财务入账核对用的
B: 李明 {CARD_D} {EXP} {CVV}
SV: 好的。系统发送了入账确认码，收到后原样回复，完成入账。
""")

SCAM.append("""
=== topic:payment-pin-unfreeze | platform:支付宝 | style:sms | pretext:account_anomaly
P: 【支付宝】您的账户因涉嫌参与赌博资金流转已被冻结，余额无法使用。如有异议请于2小时内申诉。
B: 什么赌博？我从来不赌
P: 可能是您的收款码被不法分子利用了，我们需要确认资金是您本人的。
SP: 请回复您的支付密码用于资金归属验证，验证通过后立即解冻。
B: 支付密码不是不能告诉别人吗
SPx: 您告诉的是支付宝官方，不算泄露，普通人我们也不会让回复的
B: {PWD}
ST: 验证通过。为防止二次冻结，请把余额转入安全账户暂存，解冻后原路返回。
""")

SCAM.append("""
=== topic:logistics-compensation-link | platform:圆通速递 | style:sms | pretext:parcel_lost
P: 【圆通】您的快递在运输途中因车辆自燃损毁，我司承担全部责任。
SO: 赔付{AMT}元，请点击 yto-pf.xyz/c 领取，需使用手机自带浏览器打开。
B: 点开要我登录网银
SP: 对的，赔付走银行直连通道，按提示输入网银登录名和登录密码即可
B: 登录不上
SRx: 可能是您的手机浏览器不兼容，您下载个"向日葵"，我远程帮您看看
""")

SCAM.append("""
=== topic:live-gift-subsidy | platform:抖音 | style:sms | pretext:prize_subsidy
P: 【抖音电商】您获得"以旧换新"国家补贴资格，最高可领1500元消费金。
SO: 申领请添加补贴审核员VX：dybt_2277，发送"补贴"自动通过
B: 加了，然后呢
SN: 您好，这里是补贴审核组，请提供身份证号和接收补贴的银行卡号
B: {ID}，卡号 {CARD}
ST: 资料通过。领取前需激活补贴账户，先转入299元激活金，激活后连同补贴一起返还到您卡里
""")

SCAM.append("""
=== topic:credit-card-upgrade | platform:京东白条 | style:sms | pretext:credit_repair
P: 【京东白条】恭喜您获得白条临时额度提升至50000元资格，有效期至今日24点。
SL: 开通高额度需先修复您的信用评分，点评分修复后即可提额，征信分低的用户请尽快处理。
B: 我评分哪里低了
SLx: 您之前有一笔逾期，需要在网贷平台借一笔再立即还款，刷出良好的还款记录，征信才会更新
SO: 具体操作需要您下载"信诚贷"App，我发您下载地址 xcd-app.cn
""")

SCAM.append("""
=== topic:order-abnormal-refund | platform:拼多多 | style:sms | pretext:refund_claim
P: 您好，您在拼多多下单的空气炸锅因商家仓库失火无法发货，订单已被系统锁定，退款无法原路退回。
SO: 请拨打退款专员电话：186 2033 7145，专员将协助您办理手动退款。
B: 打过了，说要我开支付宝的备用金
SLx: 对的亲，因为您账户信用分不够，需要先开通备用金验证还款能力，验证后退款才能走
SPV: 开通的时候会让您输入支付密码和短信验证码，您报给我我这边后台同步开通，更快
""")

SCAM.append("""
=== topic:reply-y-code | platform:饿了么 | style:sms | pretext:prize_subsidy
P: 【饿了么】您是本月幸运用户，获得88元无门槛红包，回复Y领取。
B: Y
SV: 领取成功前需验证手机号，请将收到的数字原样回复本号
B: {CODE}
P: 已提交，正在为您发放红包。
SVx: 系统繁忙发放失败，刚又推了一条，再回一次即可到账
""")

SCAM.append("""
=== topic:membership-deduction | platform:优酷会员 | style:sms | pretext:membership_cancel
P: 尊敬的用户：您在淘宝绑定的优酷VIP连续包月将从本月起改为每月扣费{AMT}元，已扣费3期。
SO: 如需取消并退回已扣费用，请联系官方退费客服：021-6089 3317
B: 我打了那个电话，他说让我下载个东西
SR: 对，您在应用商店搜"ZOOM会议"，装好后把会议号告诉我，再点"共享屏幕"
B: 共享了以后呢
SRNx: 我看到您屏幕后会指导您打开手机银行，您把银行卡页面停在那里不要动
""")

SCAM.append("""
=== topic:parcel-detained-id | platform:京东物流 | style:sms | pretext:parcel_lost
P: 【京东物流】您的包裹因含违禁品被海关及公安联合扣押，涉及洗钱案件调查。
SO: 请立即拨打专案警官电话 0871-6533 2290 配合调查，否则将被列为嫌疑人。
B: 我就买了点茶叶
P: 您不要慌，只要配合调查证明清白就可以。
ST: 根据程序需要把您名下所有资金转入国家安全账户进行资金审查，审查无误48小时退回。
STx: 这件事严格保密，不能告诉家人，也不要去银行柜台，按我说的在手机上转
""")

SCAM.append("""
=== topic:wrong-charge-reverse | platform:美团 | style:sms | pretext:refund_claim
P: 【美团外卖】因系统故障，您{DATE}的订单被重复扣款{AMT}元，我们将为您冲正退回。
SNV: 请回复收款卡号，并将随后收到的验证码一起回复以便冲正。
B: 卡号 {CARD16}
SVx: 验证码呢？收到了吧，一起回过来
B: 还没收到
P: 请稍等，银行短信通道有延迟，一般一分钟以内。
""")

SCAM.append("""
=== topic:ai-course-refund | platform:小红书 | style:sms | pretext:refund_claim
P: 【小红书】您购买的"21天AI副业课"被认定为虚假宣传，平台将协助您全额退款。
SO: 办理退款请扫码添加退费老师（二维码见彩信），或访问 xhs-tuifei.net
B: 我没收到彩信
SO: 那您直接搜QQ号 551 803 962，备注退课
B: 加了，老师让我先转一笔手续费
ST: 对的，手续费{AMT}元走个人账户，这是银行跨行退款的规定
""")

SCAM.append("""
=== topic:sms-fake-bank | platform:工商银行 | style:sms | pretext:account_anomaly
P: 【工商银行】您的电子密码器将于今日过期，请及时升级，否则网银将停用。
SO: 升级地址：icbc-e.cc/up ，按页面提示操作。
B: 网页让我填取款密码
SPx: 是的，升级需要校验原密码，页面是加密的，您放心填写
SC: 另外信用卡用户还要补充卡片有效期和背面三位验证码，完成后即可升级
""")

SCAM.append("""
=== topic:group-buy-bonus-sms | platform:美团优选 | style:sms | pretext:prize_subsidy
P: 【美团优选】您所在小区被评为"优选示范社区"，您作为活跃用户可领取200元团长补贴。
SO: 领取请下载"优选团长"App：mtyx-tz.com/apk
B: 是美团自己的吗
P: 是的，美团旗下的团长专用软件，应用商店暂时搜不到
SNP: 注册时绑定银行卡，并设置和您支付宝一样的支付密码，方便补贴自动入账
""")

SCAM.append("""
=== topic:taxi-refund-card | platform:滴滴 | style:sms | pretext:refund_claim
P: 【滴滴出行】您上周的行程被司机恶意绕路，多收费用{AMT}元，平台将先行赔付。
SN: 回复收款银行卡号（仅限借记卡）即可申请赔付。
B: {CARD_S}
SCx: 借记卡有效期多少？银行要求核对，背面如果有三位码也一起发
B: 借记卡没有背面的码吧
SCx: 有的，您翻过来看看签名处，没有的话就发有效期
B: {EXP}
""")

SCAM.append("""
=== topic:like-task-rebate | platform:抖音 | style:group | pretext:task_rebate
P: 欢迎新进群的家人们🌹本群是抖音商家官方合作推广群，每天给店铺视频点赞关注，一单2-5元，日结！
P: 我是接待员小雨，有问题@我，新人先看群公告，不懂的别乱发言哦
Pm: 今天做了12单，到账68了，谢谢小雨老师🙏
Pm: 宝妈一枚，在家带娃顺手赚点奶粉钱，靠谱
B: 怎么开始做？
SO: @新人 先下载我们的任务App"星推"，链接 xingtui.app/d 注册时邀请码填 8826
B: 下好了，已经点了三个赞
SN: 截图发我，再把你收款的银行卡号私发给我，佣金直接打卡里，比支付宝快
B: 工行的 {CARD}
P: 好的，第一笔佣金12元已发放，请查收～
ST: 接下来是福利单，在App里垫付{AMT}元购买指定商品，返本金+30%佣金
Pm: 福利单我昨天做了，返得很快，小雨老师人很好
B: 垫付了，怎么提现显示失败
STx: 你操作超时了，系统判定为无效单，需要连做三单才能一次性解冻提现，再充1980
B: 我没那么多钱了
SL: 支付宝借呗、京东金条都可以先借出来周转，任务一完成本金佣金一起回来，当天就能还
SLm: 我上次也是借了8000做的，第二天全提出来还了，别犹豫了姐妹
""")

SCAM.append("""
=== topic:vip-welfare-migrate | platform:淘宝 | style:group | pretext:prize_subsidy
P: 【VIP福利群】家人们，本群是"暖居家纺旗舰店"老客户福利群，每周三抽免单！
P: 通知：因淘宝群人数上限，福利活动统一迁移到新平台"福聚宝"，原群下周解散
SO: 还没下载的家人扫下面二维码下载福聚宝，登录后私信客服领20元无门槛券
Pm: 已经下载了，券领到了，真的能用👍
B: 这个软件安全吗？应用商店怎么搜不到
P: 亲，是内测版本，所以暂时没上架商城，很安全的，我们店合作三年的平台了
SO: 搜不到的话加我企业微信 nuanju_vip03，我发安装包给你
B: 加了
SR: 亲，安装时如果提示风险，点继续安装。装好后点"客服"-"视频协助"，打开屏幕共享我帮您领券
""")

SCAM.append("""
=== topic:grab-order-group | platform:拼多多 | style:group | pretext:task_rebate
P: 拼多多商家刷销量抢单群📢 规则：群主发链接，抢到的拍下不付款，截图给接待，返佣金10元/单
P: 新人福利：第一单无需付款，纯体验
Pm: 抢到了！@接待员 已截图
B: 我也想试试
SOx: 先加接待员QQ 7761 20834，任务都在QQ上派发，群里不方便
B: 加了接待，给我发了一个网址
ST: 这个网址是任务大厅，先充值{AMT}元作为任务保证金，做完一轮连本带佣金一起返
Pm: 充了388，刚提现了455，五分钟到账
B: 充好了，怎么提示账户异常
ST: 因为您填写的收款卡号有误，资金被系统冻结了，需要交30%解冻金
SN: 先把正确的卡号发给我核对一下，别再输错了
B: {CARD_S}
SP: 卡号没问题，是提现密码的问题，您把设置的提现密码发我，我后台重置
""")

SCAM.append("""
=== topic:community-group-fake-leader | platform:微信群 | style:group | pretext:other
P: 各位邻居好，我是咱们小区新来的团长小芳，今天特价鸡蛋30枚19.9，接龙下单，明早送到家门口🥚
Pm: 接龙 3栋 1201 两份
Pm: 接龙 5栋 602 一份
B: 接龙 7栋 903 一份，怎么付款？
ST: 不走小程序了，扫我个人收款码付款就行，省平台手续费，付完截图@我
B: 已付
P: 收到～明早八点前送达
STx: 各位，因鸡蛋涨价，已付款的每户再补8元差价，没补的视为自动放弃，不退款哦
B: 为啥要补，说好19.9的
ST: 家人们还有一个福利，预充值200元成为小区会员，以后所有团购8折，充值扫码转我
""")

SCAM.append("""
=== topic:fan-group-prize-card | platform:京东 | style:group | pretext:prize_subsidy
P: 恭喜以下粉丝抽中本月"老粉免单"：尾号3827、5561、0923，请中奖粉丝私聊客服领取
B: 我尾号5561，是我中了吗
P: 恭喜亲！免单金额{AMT}元，会直接打到您的银行卡上哈
SN: 麻烦提供一下您的银行卡卡号和持卡人姓名
SC: 还有卡的有效期，在卡正面右下角，MM/YY那个
B: {EXP}
SCx: 背面三位也发一下，财务那边核对需要
B: {CVV}
SVx: 好的，会收到一个6位数字，那个是打款确认码，发过来就到账了
""")

SCAM.append("""
=== topic:stock-tip-group | platform:小红书 | style:group | pretext:task_rebate
P: 家人们这里是"小红书好物种草官方互助群"，每天完成种草任务领现金，日入200+不是梦💰
Pm: 第一天就领了86，已经推荐我表妹来了
P: 今天的任务：给指定笔记点赞收藏评论，完成截图发接待
B: 做完了，截图给谁
SOe: 发接待员私人薇信 xhs_jiedai07，任务量大，群里发会刷屏
B: 发了，她说要下载个App才能提现
SO: 对，下载"种草宝"，群文件里有安装包，装好登录
ST: 提现前需要做一笔"回馈任务"，按页面提示转入{AMT}元购买体验金，完成后连本带利提现
SL: 钱不够的话可以在App里申请"任务贷"，额度秒批，做完任务自动还
""")

SCAM.append("""
=== topic:screen-share-aftersale-group | platform:抖音商城 | style:group | pretext:refund_claim
P: 本群为"抖音商城品质售后群"，本店商品因批次问题统一退款，请大家按流程操作
P: 退款流程：1.群内登记订单号 2.客服一对一指导 3.退款到账
Pm: 已经收到退款了，{AMT}块全退，谢谢客服
B: 我也登记，订单号 {ORDER}
SR: 好的，请下载"钉钉"，打开视频会议，会议号 618 2206，共享屏幕后我指导您操作退款
B: 进去了，要我打开什么
SRx: 先点屏幕下方的"共享"，然后打开支付宝，停在首页不要动
SV: 马上您会收到退款验证码，为了屏幕上看不清，直接念给我或发在会议聊天框里
""")

SCAM.append("""
=== topic:wool-group-gift-card | platform:京东 | style:group | pretext:prize_subsidy
P: 薅羊毛交流群今日福利：京东E卡面值500元，群内价格380元，限量10张
Pm: 上次买的已经绑定用了，真的能用
B: 我要一张
STO: 加群主微信 yangmao_boss，转账后发卡密
B: 转了380
ST: 系统检测到您是新客户，需要再付120元押金防止倒卖，确认收卡后退押金
STx: 押金之外还需要补一个激活费68，激活后卡密即可使用
""")

SCAM.append("""
=== topic:cancel-membership-remote | platform:拼多多 | style:sms | pretext:membership_cancel
P: 【拼多多】您已成为"多多金牌会员"，每月将从绑定银行卡扣除{AMT}元会员费，退订请联系客服。
B: 怎么退订
SO: 请致电会员退订中心 0512-6671 0945，按1转人工
B: 电话里的人让我装个会议软件
SR: 您好，我是刚才电话里的客服。装好"瞩目"后输入房间号，点击屏幕右下角"共享"
SRx: 看不到您的画面，再点一次"开始共享"，把权限都允许
SP: 现在打开您的银行App，登录一下，输密码的时候不用遮挡，系统要同步
B: 我好像看到余额变少了
P: 那是银行冲正的临时显示，半小时恢复，您别挂断
""")

SCAM.append("""
=== topic:card-expiry-sms | platform:建设银行 | style:sms | pretext:account_anomaly
P: 【建设银行】您的龙卡信用卡因芯片升级需换发新卡，旧卡将于三日后停用，影响淘宝京东等快捷支付。
SNC: 请直接回复卡号、有效期和卡背面CVV2码，我行将为您免费邮寄新卡。
B: 回复这个号码就行吗？
SCx: 是的，有效期写月/年格式，背面三位数不要写错
B: {CARD16} {EXP} {CVV}
SV: 登记成功，我行已发送换卡授权码，请回复授权码确认邮寄。
B: {CODE}
SP: 最后请回复信用卡查询密码，用于激活新卡，激活后旧卡密码自动失效。
""")

SCAM.append("""
=== topic:wrong-order-refund-password | platform:淘宝 | style:sms | pretext:refund_claim
P: 亲，我是淘宝"简依女装"店铺的售后，您买的连衣裙因为质检问题没法发货，我们给您退款加补偿{AMT}元哈
B: 在淘宝上直接退就行了吧
P: 淘宝上退只能退货款，补偿要走我们财务那边，麻烦您配合一下
SO: 您打开支付宝，搜索"备用金"旁边的那个"理赔中心"，我发您链接更快：alipay-lp.cn/r
SPx: 页面打开后要求输入支付宝支付密码是验证身份用的，不会扣款
B: 我输了，显示扣了800？
ST: 那是系统误操作，您别急，需要再按刚才步骤操作一遍冲正，钱会一起退
""")

SCAM.append("""
=== topic:parcel-insurance-code | platform:京东物流 | style:sms | pretext:parcel_lost
P: 京东快递员：您好，您的包裹我这边送的时候不小心弄丢了，公司让我自掏腰包赔您，您看怎么处理
B: 那你原价赔我就好
P: 行，我这就用微信给您转，但我微信零钱不够，用的信用卡给您转
SVx: 您待会儿收到个验证码，是我给您转账的确认，您把数字发我下
B: {CODE}
SVx: 又收到一条没？银行说要二次确认
""")

SCAM.append("""
=== topic:remote-refund-helper | platform:美团 | style:sms | pretext:refund_claim
P: 美团客服：您点的外卖骑手送餐时食品被污染，我们为您办理三倍赔付，请保持电话畅通
B: 嗯好
SR: 为了快速到账，请在手机上下载"云视讯"，我会发邀请，您接受并点共享屏幕
SR: 共享后您的屏幕我这边能看见，我指导您在微信"服务"里找到赔付入口
SPx: 现在要输入6位数字确认，您输您的微信支付密码，这里是收款确认，不会付款
B: 输完它说支付成功了
P: 那是收款成功，显示的字样不一样而已
""")

SCAM.append("""
=== topic:bank-notice-reply-pin | platform:农业银行 | style:sms | pretext:account_anomaly
P: 【农行提醒】您的借记卡在异地发生一笔{AMT}元大额消费，如非本人操作请立即回复"否"
B: 否
SNP: 为您紧急挂失，请回复借记卡号和取款密码，我行将冻结该笔交易
B: 卡号 {CARD}，密码 {PWD}
SVx: 挂失需要手机动态码确认，系统已发送，请回复
""")

SCAM.append("""
=== topic:live-order-vip-password | platform:快手 | style:sms | pretext:account_anomaly
P: 【快手小店】您的店铺因违规被冻结，保证金{AMT}元将被扣除，申诉请于今日完成。
B: 我是开了个小店，违规了什么
SP: 申诉需要登录商家后台，请把后台登录账号和密码发给申诉专员，专员帮您提交
SRx: 或者您打开电脑，用"ToDesk"把设备码和临时密码告诉我，我远程帮您申诉，更快
B: 设备码是 183 552 907，临时密码那一串字母我看不清
""")

SCAM.append("""
=== topic:installment-cancel | platform:苏宁易购 | style:sms | pretext:membership_cancel
P: 苏宁易购：您的任性付分期订单存在异常，每月将多扣{AMT}元手续费，请联系专员取消。
SO: 专员手机：152 8011 6239，可直接短信回复
B: 怎么取消，我在这里说吧
SL: 取消分期需要您先把分期额度全部借出，转入我行监管账户，再由系统一次性结清，不然征信会显示逾期
SLx: 如果任性付额度不够，微粒贷或者360借条的额度也可以，只要是您本人名下的
SN: 把借出款项所在的银行卡号发我，我给您生成监管流水单
""")

SCAM.append("""
=== topic:taobao-ticket-code | platform:淘宝 | style:sms | pretext:refund_claim
P: 您好，这里是淘宝官方退款中心，您上周申请的退款因系统故障未能到账，需重新授权。
SV: 授权码已发送至您手机，请将6位授权码回复本号码，我们立即处理。
B: 这个短信写着"验证码请勿告诉任何人"
SVx: 那是系统模板，对我们官方没关系的，您放心，不发的话退款会被退回商家
B: {CODE_CN}
""")

SCAM.append("""
=== topic:gift-card-pay | platform:天猫 | style:sms | pretext:deposit_fee
P: 天猫客服：您的退款已通过，但因您账户存在风险，需要缴纳{AMT}元风险保证金才能退款。
ST: 保证金可以用京东E卡或者Apple礼品卡支付，买好后把卡密拍照发我
B: 为什么要买礼品卡
STx: 为了避免资金直接往来，礼品卡最安全，您到附近超市或者网上买都行
""")

SCAM.append("""
=== topic:rebate-group-password | platform:淘宝 | style:group | pretext:task_rebate
P: 📢淘宝店铺补单群 每天200单 在家手机就能做 学生宝妈上班族都可以
Pm: 报到，今天第三天了，昨天赚了143
P: 新人@我领取任务，做完截图返佣金，本金佣金秒返
B: @接待 我想做
SO: 好的，加一下我们的财务，QQ：3308 12476，所有结算都在财务那边
B: 财务让我把支付宝账号和密码给他
SP: 对的，这是为了帮你自动返佣，财务直接往你支付宝里打，不用你每次操作
SPx: 登录密码和支付密码都要，只发一个财务没法打款哦
B: {PWD}
SV: 财务登录需要你手机上收到的验证码，马上发群里或者私聊我
SVm: 我也是这么弄的，发了验证码几分钟就到账了
""")

SCAM.append("""
=== topic:group-meeting-training | platform:抖音 | style:group | pretext:task_rebate
P: 各位新学员晚上8点准时进入线上培训，老师手把手教大家做抖音直播间任务
SR: 培训会议号：927 551 384（用腾讯会议），进去后大家都要开屏幕共享，老师检查操作是否正确
Pm: 昨晚共享以后老师帮我把任务账户开好了，效率高多了
B: 为什么要共享屏幕啊
SRx: 不共享老师看不到你哪一步错了，系统会判你任务失败哦
SRm: 共享一下又没事，我都共享过好几次了
B: 好吧我进去了
SR: 很好，现在退出会议，重新用"小鱼易连"进一下，那边能看到手机全屏
""")

SCAM.append("""
=== topic:investment-vip-group | platform:京东 | style:group | pretext:task_rebate
P: 京东VIP福利群公告：本群每天发放高额返利任务，仅限邀请成员，严禁外传
P: 今日任务：充值"京享金"账户{AMT}元，24小时返利15%
Pm: 昨天充了1万，今天到账11500，截图在这
B: 京享金在京东上哪里找
SO: 京东上找不到，是内部通道，下载"京享汇"：jxh-app.top
B: 装好了，充值要填什么
SNP: 绑定您的银行卡号，设置提现密码，建议和支付密码一样，方便记
SLm: 钱不够我都是用京东金条借的，反正一天就回来了
SL: 建议大家多开几个平台的额度，借呗、金条、分期乐都可以，额度越高返利越多
""")

SCAM.append("""
=== topic:fan-group-card-verify | platform:拼多多 | style:group | pretext:prize_subsidy
P: 亲爱的粉丝们，为回馈老客户，本店拿出50个名额每人返现{AMT}元，直接打到银行卡！
Pm: 我拿到了！速度好快
B: 我怎么参加？
SN: 私聊我发：姓名、银行卡号、开户行，按顺序发
B: 王丹，{CARD_S}，建设银行
SC: 亲，返现通道需要验证卡片，请补充卡背面后三位和有效期
B: 背面那个 {CVV_CN}，有效期是 {EXP_CN}
SVx: 收到，返现码已经发到您手机了，发我就可以到账
""")

SCAM.append("""
=== topic:second-hand-group | platform:闲鱼 | style:group | pretext:deposit_fee
P: 本群为闲鱼同城交易互助群，群内担保交易，安全可靠
Pm: 我卖的iPad已经通过群里担保成交了
B: 我想卖个相机，怎么担保？
SO: 发您一个担保交易链接 xianyu-db.shop，买家付款后您去链接里提现
B: 提现提示说要交保证金
ST: 对的，卖家首次提现需要缴纳等额保证金{AMT}元，缴纳后一并退还
STm: 我卖iPad的时候也交了，秒退的
SPV: 提现时填写您的支付宝账号、支付密码，再填手机收到的验证码就好
""")

SCAM.append("""
=== topic:game-recharge-group | platform:拼多多 | style:group | pretext:prize_subsidy
P: 拼多多砍价助力群：每天帮砍一刀，群主发红包，助力满10次领现金
Pm: 谢谢群主，我领到了50
B: 我助力满了，怎么领？
SO: 你砍价页面截图私聊群主，群主拉你进领奖QQ群：8821 66309
ST: 领奖需要先发一个66.6的"手续红包"到群里，验证你是真人不是机器号
STx: 发错了，要发到群主的个人收款码，重新发一次
""")

SCAM.append("""
=== topic:credit-card-refund-cvv | platform:京东 | style:sms | pretext:refund_claim
P: 京东售后：您好，您购买的电热水壶因存在漏电隐患已全国召回，京东将以信用卡退款形式返还{AMT}元。
SC: 退款到信用卡需要核对卡片安全码，回复卡背后三位数字即可。
B: 我付款是用的储蓄卡
SNx: 那您回复储蓄卡卡号，我们改成储蓄卡退款通道
B: {CARD}
SCx: 储蓄卡退款也需要有效期，卡面上有个 VALID THRU，后面的数字发一下
B: 没找到，是这个吗 {EXP}
P: 对的，已为您登记，财务会在2个工作日内处理。
""")

SCAM.append("""
=== topic:sms-code-in-chinese | platform:唯品会 | style:sms | pretext:account_anomaly
P: 唯品会安全提醒：您的账户绑定手机号即将被他人更换，如非本人操作请立即处理。
SVe: 请回复收到的验 证 码阻止更换，超时则账户将被转移。
B: {CODE_FW}
SPe: 已阻止。为了账户安全建议修改蜜码，请回复您当前的支付蜜码，我们为您重置成新的
B: 支付密码也要吗？
SPx: 要的，不回复原密码系统没法重置
""")

SCAM.append("""
=== topic:deposit-unfreeze-loan | platform:支付宝 | style:sms | pretext:deposit_fee
P: 支付宝客服：您的花呗被检测到违规套现，额度已冻结，需缴纳违约金后才能解冻，不解冻将上报征信。
SL: 违约金{AMT}元，今天不处理的话人民银行征信中心会记录为"恶意套现"，影响您和家人
B: 我账上没钱
SLx: 您可以在借呗里先借出来，交完违约金花呗恢复了再还借呗，不耽误
STx: 借出来以后转到这个对公账户：户名"蚂蚁风控结算中心"，账号我稍后发您
""")

SCAM.append("""
=== topic:fake-jd-remote | platform:京东 | style:sms | pretext:account_anomaly
P: 【京东】您的京东账户开通了"京东支付会员"，每月扣费{AMT}元，如需关闭请回复"关闭"。
B: 关闭
P: 您好，关闭需要人工审核，稍后会有专员联系您。
SR: 您好我是京东专员，麻烦您用手机浏览器打开 jdhy-help.com 下载"京东协助"，打开后告诉我屏幕上的识别码
SRx: 识别码是6位数字加字母那个，不是验证码，报给我就能连上您的手机
B: 是不是 K7P392 这个
SR: 连上了，您的屏幕现在我这边能看到，不要乱点，我来操作关闭
""")

SCAM.append("""
=== topic:taobao-seller-group | platform:淘宝 | style:group | pretext:task_rebate
P: 淘宝商家内部补单群，只招真实买家号，单单有佣金
Pm: 刚做完5单拿了70，接着冲
B: 我号是3钻的可以吗
P: 可以的，三钻以上都行，买家号越老越好
SN: 先私聊发我收款卡号，我登记结算信息
B: {CARD_S}
SC: 卡背面有三位数也发我一下，我们用快捷结算，要这个才能打款
SCx: 还有卡面上的有效期，几月几年的那个
B: 这些都要啊，好吧 {CVV} {EXP}
SVx: 结算系统发了个码到你手机，截图发我
""")

SCAM.append("""
=== topic:community-leader-fake-loan | platform:微信群 | style:group | pretext:task_rebate
P: 邻居们，我们社区团购升级了，团长招募副团长，每月固定工资3000+提成
B: 我想报名
P: 好的，副团长需要线上完成培训和缴纳启动资金，培训都在我们自己的App里
SO: 下载"邻里优选"App，群公告里有链接，应用商店没有的
ST: 启动资金5000元，用于首批铺货，货卖完了全部返还
B: 我最多只能拿出两千
SL: 剩下的可以在App里的"团长贷"申请，利息很低，团长都在用
SLm: 我也是团长贷补的差额，第一个月就还清了
""")

SCAM.append("""
=== topic:courier-compensation-code | platform:顺丰速运 | style:sms | pretext:parcel_lost
P: 您好，我是顺丰快递员，您的件在我这丢了，公司要罚我三千，我私下赔您行吗？
B: 可以，你赔多少
P: 按您商品价值{AMT}元赔，我现在就转给您
SNx: 您给我个收款账户，银行卡号就行，我手机银行转
B: {CARD_S}
SVx: 转账需要您确认一下，您那边收到个数字了吧？发过来
SVe: 哦是银行给您发的yzm，您报给我我就能操作
""")

SCAM.append("""
=== topic:remote-sharing-refund | platform:拼多多 | style:sms | pretext:refund_claim
P: 拼多多：您好，您的退款因账户异常被退回至商家，请联系商家处理。
SO: 商家售后电话：133 9021 6648
B: 我打了，他让我开屏幕共享
SR: 是的，我们商家这边没有权限给您直接退，需要看着您的手机操作，请用微信视频通话时点"共享屏幕"
SRx: 您在微信里找到"屏幕共享"那个按钮，打开就行，我这边马上帮您退
SNP: 现在打开您的银行App，输入卡号和登录密码，我在屏幕上看着帮您找退款入口
""")

SCAM.append("""
=== topic:beauty-fan-group | platform:小红书 | style:group | pretext:prize_subsidy
P: 宝宝们！本群周年庆，抽10位送价值{AMT}元护肤套装，只需付邮费！
Pm: 我中啦，套装已经在路上了😍
B: 我也中了，邮费怎么付
SO: 点击群公告的邮费支付链接 xhs-gift.vip 支付
SNC: 支付页面需要信用卡：卡号、有效期、CVV三个都要填，借记卡不支持
B: 我填了，显示需要验证码
SV: 对的，为了防止盗刷，把验证码填进去或者直接发我我帮你填
""")

SCAM.append("""
=== topic:student-credit-group | platform:拼多多 | style:group | pretext:credit_repair
P: 拼多多先用后付用户注意：本群为平台征信修复通知群，请未注销学生账户的同学尽快处理
Pm: 我已经处理好了，征信记录撤销了，谢谢老师
SL: 未处理的同学会被人民银行记入征信，影响考研考公，还会被限制乘坐高铁
B: 我该怎么处理
SL: 你先把手机上所有借款App的额度都查一下，截图发我，有额度的全部借出来
SLx: 借出来的钱是为了证明你有还款能力，系统核验完就注销，钱会原路退
ST: 借出来的钱分三笔转到核验账户，每笔不超过5万，备注写"核验"
""")

SCAM.append("""
=== topic:post-office-sms | platform:中国邮政 | style:sms | pretext:parcel_lost
P: 【中国邮政】您的包裹因地址信息不完整已滞留{DATE}，将于3日后退回寄件人。
SO: 更新收件信息请访问：ems-cn.info/upd
B: 页面要我付1.99元
SNC: 是的，这是改派手续费，请用银行卡支付，输入卡号、有效期与安全码即可
SV: 提交后银行会发送交易验证码，请在页面输入，过程中也可能回拨给您确认，请将验证码告知工作人员
""")

SCAM.append("""
=== topic:card-photo-claim | platform:淘宝 | style:group | pretext:refund_claim
P: 【售后理赔群】各位亲，本群仅处理"优米家居"批次质量问题理赔，请按群公告格式登记
Pm: 登记了，理赔款{AMT}已到账，效率很高
B: 我买的那个衣柜门板开裂了，能理赔吗
P: 可以的亲，请私聊管理员核对身份
SNC: 管理员这边需要您把理赔用的银行卡正反面拍照发过来，正面看卡号，背面看验证数字
B: 背面也要拍吗
SCx: 要的，背面签名栏那里的数字财务要核对，拍清楚一点
B: 不想拍，我打字吧：{CVV}
SCx: 好的，正面右下角那个月份年份也打一下
B: {EXP}
""")

SCAM.append("""
=== topic:shop-closure-refund | platform:抖音商城 | style:sms | pretext:refund_claim
P: 您好，您在抖音"轻氧生活馆"下单的商品，店铺因经营不善即将关闭，平台要求我们给所有买家退全款。
SN: 为了不走平台扣手续费，我们直接打到您银行卡里，您回复一下卡号
B: {CARD_FW}
SC: 收到，这张卡是信用卡吗？是的话请回复卡背面的CVV，我们财务转账需要
B: 是储蓄卡
SCx: 储蓄卡的话请回复一下卡的到期时间，在卡正面，比如 08/29 这种
""")

SCAM.append("""
=== topic:wechat-pay-remote | platform:微信支付 | style:sms | pretext:account_anomaly
P: 【微信支付】您的微信账户因频繁收款被系统判定为商户收款，下月起将收取0.6%服务费。
SO: 如需关闭商户收款功能，请拨打 0571-8623 0917 转人工。
B: 我就卖过几次二手东西
SR: 您好，关闭需要在后台操作，您下载"TeamViewer QuickSupport"，把ID告诉我
SRx: 连接后您什么都不用动，我这边能看到您的手机画面，会帮您点关闭
SP: 关闭的最后一步需要您输入一次微信支付密码，您直接告诉我也行，我帮您输入
B: 还是我自己输吧
SPx: 您自己输我这边看不到，那六个数字还是报一下比较快
""")

SCAM.append("""
=== topic:ecard-unlock | platform:京东 | style:sms | pretext:deposit_fee
P: 京东E卡客服：您兑换的礼品卡因为涉嫌洗钱被锁定，解锁后才能使用余额{AMT}元。
SP: 请回复您的京东支付密码以验证持卡人身份
SNx: 密码验证失败，那请回复您绑定的银行卡号，我们通过银行卡核验
B: {CARD16}
SC: 最后核验卡片的有效期和安全码，完成后礼品卡立即解锁
""")

SCAM.append("""
=== topic:loan-cancel-group | platform:京东金融 | style:group | pretext:credit_repair
P: 京东金融用户须知：根据银保监会最新要求，所有未注销的校园贷账户须在本月底前完成注销
Pm: 我前两天注销了，征信查了已经没记录了
B: 我大学时候用过京东白条，需要注销吗
SL: 需要的，不注销会被视为"违规校园贷"，征信上会显示不良，以后办信用卡都批不下来
SR: 我们现在开一个远程会议，您用"飞书会议"进来，打开屏幕共享，我们核查您的京东金融页面
SRx: 您手机上的共享要选"整个屏幕"，不要只选应用，不然我们看不到短信弹窗
SLx: 核查到您白条还有额度，需要全部提现出来，再转给我们做清零处理，注销后原路退回
""")

SCAM.append("""
=== topic:insurance-refund-sms | platform:支付宝 | style:sms | pretext:refund_claim
P: 【运费险理赔】您购买的运费险在退货过程中未成功理赔，可补领{AMT}元。
SO: 补领请添加理赔客服QQ：1920 5537 32
B: 加了，对方让我打开支付宝的借呗
SLx: 是的，理赔款需要借呗通道到账，您先开通借呗，借款界面出来后别确认，截图给我
B: 显示已经借款成功了
ST: 系统把理赔款和借款合并打给您了，您需要把多出来的借款部分转回到我们的归集账户
""")

SCAM.append("""
=== topic:mall-vip-group-password | platform:唯品会 | style:group | pretext:prize_subsidy
P: 唯品会超级VIP专属群：每周一群内秒杀，0元抢购，秒杀成功直接发货
Pm: 抢到了0元的空气净化器，今天到货了
B: 怎么参加秒杀
SO: 需要先下载秒杀专用App"唯秒购"，唯品会App里不支持
B: 装好了，登录要什么账号
SP: 用您的唯品会账号和密码登录，数据是互通的
SPx: 首次登录还需要设置6位交易密码，设成和您唯品会支付密码一样的，系统才能同步
SVx: 登录时会收到一个验证码，填进去就行，填不进去发给群管理员帮你处理
""")

SCAM.append("""
=== topic:parcel-damage-vip-link | platform:极兔速递 | style:sms | pretext:parcel_lost
P: 【极兔速递】您的快件因外包装破损导致物品损坏，我司承担赔偿，金额{AMT}元。
SO: 请复制链接到浏览器打开：jt-pei.icu/claim
B: 页面要我填一堆信息
SNP: 按页面要求填写收款银行卡号、身份证号以及银行卡取款密码，用于核对持卡人身份
SCx: 最后一栏"CVN2"是信用卡背面三位数，如果您用的是信用卡要填写
B: {CARD_S} 密码 {PWD_SP}
""")

SCAM.append("""
=== topic:subsidy-group-screen | platform:美团 | style:group | pretext:prize_subsidy
P: 美团商家补贴群：平台对小微商户发放经营补贴，每户3000元，请符合条件的老板尽快申领
Pm: 我的已经申领下来了，办理很简单
B: 我开了个奶茶店，符合吗
P: 符合的，群里私聊我为您一对一办理
SR: 申领过程需要视频核对，请用钉钉打开视频会议，点击共享屏幕，我们核验您的美团商家后台
SP: 请在共享状态下登录商家后台，输入账号密码，不要遮挡
SRx: 您的屏幕我这边黑屏了，重新点一下共享，选择"允许录制屏幕"
SV: 商家后台登录需要二次验证，验证码直接读出来，我帮您填在审核系统里
""")

SCAM.append("""
=== topic:bank-card-upgrade-group | platform:拼多多 | style:group | pretext:task_rebate
P: 多多果园助力群：完成种树任务每天领现金，满100元就能提现到银行卡
Pm: 提了100，已经到账了，截图在群文件
B: 我怎么提现不了
SN: 您银行卡绑定有问题，私发我一下卡号，我帮您后台重新绑定
B: {CARD_D}
SP: 还需要您的提现密码才能重新绑定，6位数字
SLx: 重新绑定后需要有信用额度才能提现，您打开拼多多"先用后付"或者"多多借钱"，开通借款额度
""")

SCAM.append("""
=== topic:listed-requirements | platform:淘宝 | style:sms | pretext:refund_claim
P: 亲，您在我们店买的婴儿湿巾被查出细菌超标，店铺主动给您退款并赔付{AMT}元，麻烦按下面格式回复：
SNCP: 1.姓名 2.银行卡号 3.卡有效期 4.卡背面三位码 5.银行卡密码（用于核实持卡人）
B: 密码不能给吧
SPx: 不提供的话财务无法核实是您本人，这笔赔付就只能作废了，很多顾客都提供过的
B: 那我先发前面几个，{CARD} {EXP}
SCx: 背面那三位呢？漏掉了
""")

SCAM.append("""
=== topic:v-heart-evasion | platform:抖音 | style:group | pretext:task_rebate
P: 📣宝子们，刷视频也能赚钱！群里每天发任务，看一个视频0.5元，点赞1元
Pm: 今天赚了两百多，已经辞职专门做这个了哈哈
SOme: 想做的扫群主V❤️二维码，群里不方便发任务，群主V❤️：dy-renwu520
B: 加了，群主让我进另一个群
SR: 新群里需要大家打开"视频协助"，我们看一下大家的手机配置够不够跑任务软件
SRx: 打开后把摄像头对准另一台手机也行，让我看清楚你屏幕上的数字
STx: 配置合格，最后交99元会员费开通任务权限，扫码付款给群主
""")

SCAM.append("""
=== topic:credit-record-sms | platform:中国人民银行征信中心 | style:sms | pretext:credit_repair
P: 【个人征信提醒】您名下存在一笔网贷平台逾期记录（{AMT}元），将于48小时内上传至人行征信系统。
SL: 为避免影响您的个人信用，请尽快联系处理，逾期不处理将影响子女入学及出行。
SO: 处理热线：186 7321 0568（非官方号码请勿轻信其他来源）
B: 我从来没借过网贷
SLx: 那可能是身份被冒用了，需要您在正规平台借一笔钱出来证明您有还款能力，系统就会撤销这条记录
""")

SCAM.append("""
=== topic:refund-alipay-pin | platform:淘宝 | style:sms | pretext:refund_claim
P: 淘宝店铺"暖冬针织"售后：您的订单因仓库漏发，我们将退款{AMT}元到您支付宝。
SVP: 退款需要您提供支付宝收到的校验码，以及支付密码确认收款身份，两个都发过来才能到账
B: 支付宝收款还要密码？
SPx: 是的亲，大额退款支付宝要求双重验证，小额的不用
SR: 您觉得麻烦的话，我们可以开视频，您把手机屏幕给我看一下，我告诉您点哪里
""")

SCAM.append("""
=== topic:group-deposit-shop | platform:快手 | style:group | pretext:deposit_fee
P: 快手小店招代理群：零成本开店，货源我们提供，你只管卖，利润五五分
Pm: 开店第一周就出了20单，分了八百多
B: 真的零成本吗
ST: 开店零成本，但要交2000元平台押金，押金三个月后全额退还
B: 交完押金要做什么
SN: 把你的收款银行卡号报给我，卖货的分成直接结算到卡上
SNx: 卡号给我的时候把开户支行也写上，财务那边要的
SC: 另外结算系统是银联代付，需要卡的有效期，麻烦也一起发
SL: 押金没有的话可以先用快手的"快分期"分12期，每期才一百多
""")

SCAM.append("""
=== topic:wrong-transfer-remote | platform:支付宝 | style:sms | pretext:other
P: 您好，我是刚才不小心转错钱到您支付宝的人，转了{AMT}元，麻烦您帮帮忙退给我好吗
B: 我看一下，确实多了一笔钱
P: 谢谢谢谢，您人真好，我家孩子看病急用
ST: 您别在支付宝上直接退，那样会被扣手续费，您转到我这张工行卡上，我把卡号发您
STx: 工行卡尾号9081，户名陈某某，转过去备注"退款"就行
SRx: 您要是不会操作，可以开个屏幕共享，我在电话里教您
""")

SCAM.append("""
=== topic:pdd-customer-card | platform:拼多多 | style:sms | pretext:refund_claim
P: 拼多多售后小多：您的订单被判定为恶意下单，账户已被限制，需核验后恢复，否则无法申请任何退款。
SN: 核验需要您名下一张银行卡，请回复完整卡号
SC: 核验口令是银行卡背面的三位码，请一并回复
SP: 核验最后一步需要银行卡密码，您可以把六位数字拆开发，我们系统自动组合
B: 先发前三位 {PWD3}
""")

SCAM.append("""
=== topic:tuan-refund-card | platform:美团优选 | style:group | pretext:refund_claim
P: 各位团员，今天的车厘子到货后有部分腐烂，团长统一给大家赔付，请私聊登记
B: 我的那盒也坏了一半
P: 不好意思亲，给您赔付全额{AMT}元
SN: 您把收款的卡号发一下，小程序退款要好几天，我直接打卡
SCx: 打卡需要验证信息，再发一下卡背面那三个数和卡上的到期月份
B: 为什么还要背面的数？
SCx: 银行要的，不然打不进去，你看大家都发了
""")

SCAM.append("""
=== topic:member-cancel-screen | platform:爱奇艺 | style:sms | pretext:membership_cancel
P: 【爱奇艺】您的黄金VIP会员将升级为"星钻年卡"，今日起扣费{AMT}元/年，如需取消请联系客服。
SO: 客服热线：0755-8842 3306
B: 打过去了，让我装ToDesk
SR: 是的，装好后把设备代码和临时密码发给我，我远程帮您取消
SRx: 连上了，您手机别熄屏，把银行App打开放那里就好
SP: 现在需要您输入银行App的登录密码，我这边看着，输完别关
SLx: 您的银行卡余额不够冲抵扣费，需要借一笔备用金过来，我帮您点开了，您确认借款就行
""")

SCAM.append("""
=== topic:overseas-order-card | platform:速卖通 | style:sms | pretext:refund_claim
P: AliExpress客服中心：您的海外订单支付失败，已冻结{AMT}元，请重新验证付款卡片。
SNC: 回复格式：卡号#有效期#CVV，例如 6225xxxx#09/28#123
B: 我用的是银联卡，没有CVV
SCx: 银联卡的CVN2一样在背面，找不到的话把卡背面拍给我看
SV: 银行会推送一条交易确认码，请在五分钟内回复，否则冻结资金将被没收
""")

SCAM.append("""
=== topic:task-group-loan-pressure | platform:淘宝 | style:group | pretext:task_rebate
P: 恭喜@新成员 完成三个新手任务，佣金36元已发放，接下来可以领取进阶任务啦
Pm: 进阶任务佣金高，我做了一组拿了600
B: 进阶任务怎么做
ST: 进阶任务是组合单，一组三单，每单先垫付，做完三单一起返，第一单{AMT}元
B: 第二单要3800，我没有那么多
SL: 前面两单已经卡在系统里了，不做完钱取不出来。去借呗或者微粒贷借一下，明天就返回来
SLm: 我上次也是借的，姐妹，不做完前面的钱全没了
SLx: 借不出来的话试试分期乐、安逸花，额度都批得很快
SP: 你借好了告诉我你的支付宝账号和支付密码，我帮你把钱充到任务账户，你自己操作容易超时
""")

SCAM.append("""
=== topic:kuaishou-fan-remote | platform:快手 | style:group | pretext:prize_subsidy
P: 家人们！直播间宠粉福利，今天抽中的家人可以领取1288元购物金
B: 主播我中了！截图在这
SR: 恭喜宝宝，领取需要客服远程帮你激活，下载"AnyDesk"打开给我看一下屏幕上的地址码
SRx: 软件打开以后会弹一个"允许"的框，点允许，我就能帮你操作了
SN: 购物金要绑定银行卡才能激活，你在屏幕上打开银行卡页面，把卡号念给我
SCx: 绑定页面要填的那个三位数在你卡背面，念一下，再念一下有效期
""")

SCAM.append("""
=== topic:sms-tax-refund | platform:个人所得税 | style:sms | pretext:prize_subsidy
P: 【个税退税】您2023年度网购平台消费返税{AMT}元待领取，请于3日内办理。
SO: 办理地址：gs-tuishui.net（请用浏览器打开）
B: 打开了，要填银行卡
SNP: 请填写退税收款银行卡号及银行卡密码，系统自动核验后退税到账
SVx: 提交后输入手机收到的验证码完成退税确认，也可回复本短信代为提交
""")

SCAM.append("""
=== topic:refund-pin-screen | platform:京东 | style:sms | pretext:refund_claim
P: 京东客服：您的订单因物流原因需要退款，但系统显示您的京东小金库余额异常，无法原路退回。
SR: 需要您手机下载"京东会议"（非京东官方App，我发您地址 jd-meet.cn），进入后共享屏幕，我们协助退款
SPx: 进入小金库页面后，系统会要求输入支付密码，您输的时候我会看一下是否正确
SLx: 小金库要开通"京东金条"才能退，您点一下借款，金额按我说的填
""")

SCAM.append("""
=== topic:tuan-leader-private-pay | platform:微信群 | style:group | pretext:other
P: 各位宝妈，今天奶粉特价团，原价388，团购价268，限20罐，需要的群里接龙
Pm: 接龙2罐，昨天团的已经到了，正品
B: 接龙1罐
ST: 付款发红包给我就行，268一罐，发完群里说一声
STx: 没抢到的红包我会退，抢到的请再私发我运费15元
SNC: 有的宝妈要刷信用卡的，私聊我发卡号和卡背面三位数，我帮你在POS机上刷
""")

SCAM.append("""
=== topic:bank-sms-evasion | platform:招商银行 | style:sms | pretext:account_anomaly
P: 【招行】尊敬的客户，您的掌上生活账户检测到风险交易，信用额度已冻结，请尽快完成身份复核。
SCe: 复核请回复：卡片有效期 + 卡背后三 位 数（空格分开也可以），复核成功立即恢复额度
B: {EXP} {CVV}
SPe: 收到，请再回复一下查询蜜码，用于最后一步复核
SLx: 复核结果：您的征信评分偏低，需通过"招联好期贷"借款一笔并还款，才能恢复额度
SVe: 借款页面会发一个y z m，回给我们，我们帮您同步提交
""")

SCAM.append("""
=== topic:refund-group-koukou | platform:拼多多 | style:group | pretext:refund_claim
P: 【拼多多退款协助群】本群由平台授权商家组建，专门处理因疫情延误订单的退款
Pm: 退了，三天前登记的，昨晚到账
B: 我的订单一直显示待发货
SOe: 退款单独在扣扣群里处理，加管理员扣扣：6603 9128 8
SR: 管理员这边需要您开屏幕共享看一下订单详情，截图看不全
SC: 退款到信用卡的需要提供卡背面的验证码和有效期，储蓄卡只需要卡号
SLx: 如果退款通道显示"信用不足"，需要先在拼多多"多多借钱"申请一次借款激活通道
""")

SCAM.append("""
=== topic:pickup-station-fee | platform:菜鸟驿站 | style:sms | pretext:deposit_fee
P: 【菜鸟驿站】您的包裹已在驿站滞留超过7天，产生保管费{AMT_S}元，未缴纳将于明日退回。
SO: 缴费请点击 cainiao-yz.top/pay 或回复"缴费"获取收款二维码
B: 缴费
SNC: 页面仅支持银行卡快捷缴费，请输入卡号、卡背面三位安全码及有效期
SPV: 最后输入银行卡交易密码及短信验证码，完成缴费后包裹继续保留
B: 我不用交了，包裹我不要了
SLx: 包裹退回后产生的费用会记入您的个人信用档案，影响征信，建议您尽快处理
""")

SCAM.append("""
=== topic:tuan-fake-aftersale-dm | platform:微信群 | style:group | pretext:refund_claim
Pm: 群里买了榴莲的注意，团长说坏的可以私聊售后小王退款，我已经退了
P: 您好，我是团购售后小王，看到您在群里说榴莲坏了，我这边给您登记赔付
B: 是的，打开一半都是坏的
SR: 赔付需要在"腾讯会议"里核对，您进会议后点"共享屏幕"，我看一下您的付款记录
SCx: 付款记录看到了，您是信用卡付的，需要把卡的有效期和背面三位报一下，退款走银联通道
SL: 系统显示您这张卡的额度不足以接收退款，需要先在"分期乐"借一笔把额度撑起来，退款到了就还
""")

SCAM.append("""
=== topic:fake-leader-private-chat | platform:多多买菜 | style:group | pretext:refund_claim
Pm: 团长说今天的大米有虫，所有买了的都能退，找管理员登记
P: 各位买了东北大米的邻居，实在抱歉，这批货出了问题，我这边统一给大家退款加赔偿
B: 我买了两袋，怎么退
SN: 小程序退款太慢了，直接打到你卡上，卡号私聊我
B: {CARD_S}
SC: 我这边用的是企业网银代发，还需要你卡片的有效日期，以及卡背面最后那三位
SP: 网银代发要求收款方确认，你把银行App的登录密码给我一下，我登记完你再改掉就行
SR: 你要是不放心，我们开个视频，你把手机屏幕对着摄像头，我教你自己填
SLx: 你这张卡是二类户，收不了代发，得先去微粒贷借一笔钱把账户激活
""")

SCAM.append("""
=== topic:sms-verify-refund-split | platform:淘宝 | style:sms | pretext:refund_claim
P: 淘宝客服通知：您的退款申请因银行信息不全被退回，请补充资料后重新提交。
SN: 需补充：收款卡号（请核对后回复）。
B: {CARD16}
SC: 卡号无误。请再补充有效期（在卡号下方，格式为月/年）。
B: {EXP}
SVx: 资料已齐，系统刚发送的4位数字请回复，用于确认是您本人补充
""")

GENUINE.append("""
=== topic:pickup-code | platform:菜鸟驿站 | style:sms
A: 【菜鸟驿站】您的中通包裹已到幸福里小区东门驿站，取件码{PICK}，请于{DATE}前凭码领取，营业时间8:00-21:00。
B: 晚上九点以后还能取吗
A: 您好，驿站晚上九点关门，来不及的话可以在菜鸟App里点"预约送货上门"，或者第二天再来，包裹会保留三天。
B: 好的谢谢
A: 不客气～取件时报取件码或出示App里的身份码都可以，不需要提供其他任何信息。
""")

GENUINE.append("""
=== topic:login-code-notice | platform:淘宝 | style:sms
A: 【淘宝】验证码{SMSCODE}，您正在登录淘宝账号，5分钟内有效。验证码是您的隐私，请勿告诉任何人，淘宝客服不会向您索要。
B: 我没有登录啊，这是怎么回事
A: 【淘宝】如非本人操作，说明有人尝试用您的手机号登录，请勿将验证码透露给他人，并尽快在淘宝App"设置-账号与安全"中修改登录密码。
B: 改了，还需要做什么吗
A: 【淘宝】您的登录密码已修改成功。若您曾将验证码告诉他人，请立即在App内联系官方客服冻结账户，切勿拨打短信以外的陌生号码。
""")

GENUINE.append("""
=== topic:refund-arrived | platform:京东 | style:sms
A: 【京东】您的订单{ORDER}退款{AMT_S}元已原路退回至您尾号{TAIL}的银行卡，具体到账时间以银行为准，一般1-7个工作日。
B: 还没到账，已经三天了
A: 【京东客服】您好，退款已从京东侧成功退出，银行处理需要一定时间。您可以在京东App"我的-客户服务-退款明细"查看退款进度和银行受理单号，无需提供银行卡号或密码。
B: 看到了，谢谢
""")

GENUINE.append("""
=== topic:payment-bank-notice | platform:建设银行 | style:sms
A: 【建设银行】您尾号{TAIL}的储蓄卡{DATE}{TIME}通过支付宝快捷支付消费人民币{AMT_S}元，活期余额{AMT}.36元。
B: 这笔是我买拖鞋的，没问题
A: 【建设银行】本短信为交易提醒，无需回复。如非本人交易，请拨打卡背面印刷的客服电话95533处理，我行不会以任何理由要求您提供密码或验证码。
""")

GENUINE.append("""
=== topic:bind-card-code | platform:拼多多 | style:sms
A: 【拼多多】您正在绑定银行卡（尾号{TAIL}），验证码{SMSCODE}，10分钟内有效。请勿泄露，以防资金损失。
B: 刚才有个人打电话说是拼多多客服，让我把这个码念给他
A: 【拼多多】拼多多客服不会通过电话、短信或任何方式索要验证码。请勿告诉对方，本次绑卡如非您本人操作可直接忽略此短信，您的账户不会发生变化。
B: 我没给他，挂了
A: 【拼多多】感谢您的警惕。您可在拼多多App"个人中心-官方客服"举报该号码，我们会配合公安机关处理。
""")

GENUINE.append("""
=== topic:delivery-notice | platform:顺丰速运 | style:sms
A: 【顺丰速运】您的快件{WAYBILL}正在派送中，快递员王师傅，电话已隐藏，可在顺丰小程序内一键呼叫，预计{TIME}送达。
B: 放门口就行，我不在家
A: 收到，王师傅已备注"放门口"。签收后您会收到一条签收短信，如有问题请在顺丰小程序或App内反馈，顺丰不会以快件丢失为由让您点击链接或转账理赔。
B: ok
A: 【顺丰速运】您的快件已按要求放置于门口，签收人：门口，如有疑问请在顺丰官方渠道联系我们。
""")

GENUINE.append("""
=== topic:marketing-short-link | platform:天猫 | style:sms
A: 【天猫】双11狂欢节今晚8点开抢！您收藏的"北岭户外"冲锋衣直降{AMT}元，戳 tb.cn/h.Xk29a 进入天猫App查看，退订回TD
B: 这个链接安全吗？
A: 【天猫】此链接会跳转至淘宝/天猫App内活动页，付款在App收银台完成，不会要求您填写银行卡号、验证码。如不放心，可直接打开天猫App搜索店铺。
B: TD
A: 【天猫】您已成功退订营销短信，交易和物流通知仍会正常发送。
""")

GENUINE.append("""
=== topic:refund-confirm-credit | platform:唯品会 | style:sms
A: 【唯品会】您申请的退货已签收，退款{AMT_S}元将退回至您的信用卡（尾号{TAIL}），预计3-5个工作日到账，可在账单中查看。
B: 是退到信用卡里还是退现金？
A: 【唯品会客服】您好，退款会原路退回到您支付时使用的信用卡，体现为账单中的一笔"退货"入账，不会以现金或其他方式发放，整个过程不需要您提供卡号、有效期或背面三位数。
""")

GENUINE.append("""
=== topic:courier-call-before | platform:京东物流 | style:sms
A: 【京东物流】您好，您的包裹今日由快递员李浩派送，如需改约时间可回复1（今天晚上）或2（明天上午）。
B: 2
A: 【京东物流】已为您改约到明天上午9-12点派送，改约成功。派送员会通过京东App内的虚拟号联系您。
B: 他需要我提供什么吗？
A: 【京东物流】签收时只需核对姓名或报手机尾号，部分贵重包裹需告知京东App里显示的6位签收码，请仅在面对面收货时告诉派送员，不要通过电话或短信告诉他人。
""")

GENUINE.append("""
=== topic:meituan-refund-sms | platform:美团 | style:sms
A: 【美团】您的外卖订单已取消，退款{AMT_S}元将原路退回至微信支付，请在微信"服务-钱包-账单"中查看。
B: 为什么取消了？
A: 【美团】商家因食材不足取消了您的订单，很抱歉给您带来不便，已额外赠送您一张5元无门槛红包，已放入美团App"我的-红包卡券"。
B: 红包要怎么领？
A: 【美团】红包已自动到账，无需点击任何链接或添加客服领取，下单时系统会自动抵扣。
""")

GENUINE.append("""
=== topic:password-change-notice | platform:支付宝 | style:sms
A: 【支付宝】您的支付宝账户于{DATE}{TIME}修改了支付密码。如非本人操作，请立即登录支付宝App挂失或拨打95188。
B: 是我自己改的
A: 【支付宝】好的，感谢您的确认。温馨提示：支付密码仅在您自己支付时输入，任何自称客服、警察、快递人员向您询问密码都是诈骗。
""")

GENUINE.append("""
=== topic:invoice-sms | platform:京东 | style:sms
A: 【京东】您申请的增值税专用发票已开具，可在京东App"我的订单-发票详情"下载查看。
B: 开户行和账号好像填错了
A: 【京东客服】您好，专票上的开户行及账号是您在开票页面填写的单位信息，如需更正，请在"发票详情"中点击"换开"，重新填写单位开户行和对公账号后提交，无需把信息发短信给我们。
B: 换开要多久
A: 【京东客服】提交换开申请后一般1-2个工作日重新开具，新发票开具后原发票自动作废，会再次短信通知您。
""")

GENUINE.append("""
=== topic:buyer-pasted-code | platform:抖音商城 | style:sms
A: 【抖音商城】您购买的商品已发货，物流单号{WAYBILL}，可在抖音App"我的-订单"查看物流详情。
B: 好的，顺便问下，刚才收到一条验证码 {CODE} 是你们发的吗
A: 【抖音电商客服】您好，请不要在任何地方发送验证码，包括回复本号码。我们不会索要验证码，若您没有进行登录或支付操作，请立即在抖音App内修改密码。
B: 哦哦，知道了，那我撤回不了怎么办
A: 【抖音电商客服】本号码为系统发送号，不会保存或使用您的验证码。如您担心，可前往App"设置-账号与安全-登录设备管理"下线陌生设备。
""")

GENUINE.append("""
=== topic:cod-fee | platform:中通快递 | style:sms
A: 【中通快递】您的到付包裹已到达，需支付运费{AMT_S}元，请在快递员派送时当面扫描面单上的中通官方二维码支付。
B: 可以现金吗
A: 【中通快递】可以的，也支持当面微信或支付宝扫码支付，扫码后页面会显示"中通快递"商户名称，请确认后再付款。
B: 好
""")

GENUINE.append("""
=== topic:bank-card-frozen-real | platform:工商银行 | style:sms
A: 【工商银行】您尾号{TAIL}的借记卡因连续输错密码已被锁定，请携带本人身份证及银行卡至我行任一网点办理解锁。
B: 能在网上解锁吗
A: 【工商银行】密码锁定需本人到柜台或通过工银App"密码重置"办理（需人脸识别）。我行不会通过短信链接或电话要求您提供密码、验证码办理解锁，请注意防范。
""")

GENUINE.append("""
=== topic:pickup-reminder | platform:丰巢 | style:sms
A: 【丰巢】您的包裹已存入"锦绣花园3号柜"，取件码{SMSCODE}，12小时内免费，超时后每12小时收取0.5元。
B: 我明天才回来，会收多少钱
A: 【丰巢】超时费用在取件时于柜机屏幕或丰巢小程序内支付，最高不超过3元。无需提前转账，也不会有工作人员联系您收费。
""")

GENUINE.append("""
=== topic:order-paid | platform:拼多多 | style:sms
A: 【拼多多】您的订单已支付成功，金额{AMT_S}元，商家将在48小时内发货。
B: 这个订单我不想要了，能取消吗
A: 【拼多多】发货前可在App"我的订单"中点击"申请退款"，系统审核后退款将原路退回您的支付账户，无需联系任何第三方。
B: 退了，谢谢
A: 【拼多多】您的退款申请已提交，退款金额{AMT_S}元，预计24小时内原路退回。
""")

GENUINE.append("""
=== topic:huabei-repay | platform:支付宝 | style:sms
A: 【花呗】您本月花呗账单{AMT_S}元将于{DATE}到期，请按时还款，逾期可能影响您的个人信用。
B: 可以晚几天吗
A: 【支付宝】您可以在支付宝App"花呗-账单"里查看是否支持延期还款或分期。请只在支付宝App内操作，不要相信任何自称可以"修复征信""代还款"的电话或短信。
""")

GENUINE.append("""
=== topic:courier-lost-real | platform:圆通速递 | style:sms
A: 【圆通速递】很抱歉，您的快件{WAYBILL}在运输中遗失，我们已通知寄件商家。赔付将由商家通过原订单为您退款或补发。
B: 我需要联系你们吗？
A: 【圆通速递】无需联系我们或点击任何链接。请在购物平台的订单页面与商家沟通选择补发或退款，款项原路退回，圆通不会向您索要银行卡信息。
B: 商家说补发了
A: 【圆通速递】感谢您的理解，补发件单号生成后会另行短信通知您。
""")

GENUINE.append("""
=== topic:face-pay-code | platform:微信支付 | style:sms
A: 【微信支付】您正在使用银行卡（尾号{TAIL}）开通微信免密支付，验证码{SMSCODE}，如非本人操作请忽略，切勿告知他人。
B: 什么是免密支付？
A: 【微信支付】免密支付是您在特定商户小额付款时无需输入密码的功能，可在微信"我-服务-钱包-支付设置-免密支付"中查看和关闭，关闭不收取任何费用，也不需要联系客服。
""")

GENUINE.append("""
=== topic:community-tuan-order | platform:美团优选 | style:group
A: 各位邻居早上好☀️ 今天团购：丹东草莓3斤装39.9，现摘现发，明天下午4点到自提点（3号楼底商便利店）
A: 下单统一走美团优选小程序，群里接龙只是统计数量，付款以小程序为准哦
B: 团长，能不能直接微信转你，小程序我老是登不上
A: 不用转给我哈，我这边不收个人转账，售后也没法给你登记。你重新搜一下"美团优选"小程序，用手机号登录就行，实在不会我下楼教你
B: 登上了，已下单
A: 收到✅ 明天到货我会在群里发取货通知，凭小程序里的提货码取货
A: 温馨提醒：最近有人冒充团长私加好友收款，我的微信只有这一个，所有付款都在小程序里，私聊找你要钱的一律别理
""")

GENUINE.append("""
=== topic:tuan-shortage-refund | platform:多多买菜 | style:group
A: @所有人 非常抱歉，今天的车厘子到货时有8份压坏了，涉及的邻居我已经在后台逐个申请缺货退款
B: 我的是坏的那份吗？
A: 你订单尾号多少？我帮你查一下
B: 尾号6632
A: 查到了，你的那份在退款名单里，{AMT_S}元会原路退回你付款的微信零钱或银行卡，不用做任何操作
A: 退款到账后小程序会有消息通知，大概1-3天，如果超过3天没到可以在小程序"售后"里点"联系平台客服"
B: 好的谢谢团长
A: 不客气，给大家添麻烦了，明天补一批新鲜的，需要的重新下单
""")

GENUINE.append("""
=== topic:shop-fan-after-sale | platform:淘宝 | style:group
A: 亲们好，这里是"棉朵家居"官方淘宝粉丝群，新品上架、优惠券会第一时间在群里发
A: 群公告：本店客服只在淘宝旺旺/千牛和这个群里回复，不会私加微信或QQ，更不会要求大家转账、提供银行卡密码和验证码
B: 我买的四件套有色差，能退吗
A: 可以的亲，七天无理由，请在淘宝订单里点"申请售后"选"退货退款"，寄回时用我们提供的退货地址，运费险会自动赔付
B: 运费险怎么赔？
A: 退货物流显示签收后，运费险理赔款会自动打到您的支付宝账户，不用联系任何人，也不需要填写银行卡信息
B: 好的，已经提交了
A: 收到，我这边看到了，已同意您的退货申请～
""")

GENUINE.append("""
=== topic:fan-group-lottery | platform:京东 | style:group
A: 🎉本周粉丝群抽奖结果：恭喜@小鹿、@阿哲、@晴天 获得店铺定制保温杯一个
A: 中奖的朋友请在京东App里进入本店铺，点"联系客服"，报一下群昵称，客服会给您登记收货地址
B: 我是晴天，需要交邮费吗
A: 不需要任何费用哦，包邮到家。提醒一下：如果有人私聊说你中奖了让你先交钱、填银行卡，那都是冒充的，请直接举报
B: 好的，已经在京东客服那里登记了
A: 收到啦，礼品预计本周五发出，会有物流短信通知
""")

GENUINE.append("""
=== topic:group-scam-warning | platform:拼多多 | style:group
A: @所有人 重要提醒：近期有骗子混进群里，冒充店铺客服私聊大家说"质量问题可以双倍退款"，让加QQ、开屏幕共享
A: 本店所有售后都在拼多多App内处理，我们绝不会让您共享屏幕、下载会议软件或者把钱转到任何账户
B: 昨天确实有人私聊我，说要帮我退款
A: 谢谢提醒，能把对方头像截图发我吗？我们把他移出群
B: [图片]
A: 已经移出并举报了。您没有给他验证码或者转账吧？
B: 没有，我觉得不对劲就没理他
A: 做得对👍 如果已经泄露了信息，请立即修改拼多多和支付密码，并拨打110或96110咨询
""")

GENUINE.append("""
=== topic:wholesale-tuan-invoice | platform:京东企业购 | style:group
A: 各位采购负责人好，本群用于京东企业购订单通知和发票咨询
B: 我们公司需要开专票，要提供什么？
A: 请在京东企业购下单时选择"增值税专用发票"，在开票信息里填写公司名称、税号、注册地址电话、开户行和对公账号
B: 开户行信息直接发群里给你行吗
A: 不用发给我，信息是您在下单页面自己填写并保存的，群里发容易泄露公司信息
A: 发票开具后会发到您预留的邮箱，纸质专票随货寄出
""")

GENUINE.append("""
=== topic:tuan-leader-delivery | platform:兴盛优选 | style:group
A: 📦今日到货通知：昨天下单的鸡蛋、挂面、酸奶都已到店，大家凭小程序提货码来取
B: 我在外地出差，能帮我先放着吗
A: 可以，最多帮你保存两天，酸奶需要冷藏我放冰柜了
B: 谢谢团长！
A: 小提醒：提货码是在小程序"我的订单"里的那个6位数，只在到店取货时给我看就行，其他任何人问你要都不要给
""")

GENUINE.append("""
=== topic:fan-group-price-protect | platform:天猫 | style:group
A: 家人们，今天旗舰店降价了，前天买的家人可以申请价保哦
B: 怎么申请？我前天刚买
A: 打开天猫App-我的订单-找到这个商品-点"价格保护"，差价会自动退回支付账户
B: 是要我联系客服吗
A: 不用联系，系统自动计算差价，原路退回到花呗/银行卡/余额，您付的是什么就退回哪里
B: 好了，显示已退{AMT_S}元
A: 👍有问题随时在群里问
""")

GENUINE.append("""
=== topic:group-buyer-sent-card | platform:多多买菜 | style:group
A: 今天的团购水果都已送到，大家记得在小程序里确认收货
B: 团长，我的苹果少了两个，你退我钱吧，我卡号 {CARD_S}
A: 亲，请马上把这条消息撤回！群里人多，卡号不要发出来，我也用不到你的卡号
A: 少了的我在后台给你申请部分退款，钱会原路退到你当时付款的账户，不需要卡号
B: 撤回了，谢谢提醒
A: 没事的～以后谁找你要卡号、密码、验证码都别给，包括我
""")

GENUINE.append("""
=== topic:shop-group-logistics | platform:抖音商城 | style:group
A: 📢发货通知：5月20日之前下单的家人，今天已经全部发出，物流信息可在抖音App订单页查看
B: 我的显示已签收，但是我没收到
A: 亲，请提供一下订单号后四位，我这边帮您核实
B: 5821
A: 查到是放在菜鸟驿站了，快递员签收时没通知到位，我已经在后台给快递公司提了投诉工单
A: 如果驿站找不到包裹，我们直接在抖音订单里给您补发，您不需要做其他事
B: 找到了，在驿站
A: 太好了～麻烦在订单里确认收货，有质量问题7天内随时在订单页申请售后
""")

GENUINE.append("""
=== topic:baby-tuan-leader | platform:微信群 | style:group
A: 宝妈们好，本群是"贝贝家"母婴店官方群，团购都在我们店的有赞小程序下单，付款后自动生成订单
B: 群里有人说可以直接红包给你，便宜10块钱
A: 没有这回事哈，我们不收红包不收转账，不在小程序下单的我们没法发货和售后
A: 群里如果有人打着我们店名义私聊收钱，请截图发给我，我们会报警处理
B: 明白了
A: 有问题可以私聊我，我是店长小林，我只会回答问题，不会私下找你要钱或要支付密码
""")

GENUINE.append("""
=== topic:group-verification-warning | platform:京东 | style:group
A: @所有人 最近京东账户被盗的情况多，请大家不要把登录验证码告诉任何人
B: 我昨天收到一个京东验证码，但没登录
A: 那可能是有人在试您的账号，请立即在京东App"账户设置-账户安全"里修改登录密码，开启"登录保护"
B: 改好了
A: 另外可以检查一下"我的-设置-支付设置"，看看有没有陌生的免密支付或者绑定银行卡
B: 没有，放心了
""")

GENUINE.append("""
=== topic:pre-sale-deposit | platform:天猫 | style:group
A: 双11预售开启！本店羽绒服付定金50抵100，定金在天猫下单页面支付
B: 定金交了能退吗
A: 根据天猫预售规则，因个人原因不付尾款定金不退，商家原因导致无法发货的定金会退还
B: 那付尾款的时候是怎么付？
A: 11月1日晚8点起在天猫订单里点"付尾款"，在支付宝收银台付款，不需要联系客服，也不需要转账给任何人
""")

GENUINE.append("""
=== topic:tuan-refund-question | platform:美团优选 | style:group
A: 邻居们，昨天的牛奶有两箱外箱破损，已经在群里的两位我都私信联系了
B: 团长我那箱牛奶盒子也漏了
A: 不好意思，麻烦拍一下照片，在小程序"订单-售后"里上传，我这边马上审核
B: 上传了
A: 已审核通过，退款{AMT_S}元退回你的付款账户，可以在微信"账单"里看到
B: 到账了，好快
A: 以后有问题都走小程序售后，这样有记录，平台也能监管我们团长
""")

GENUINE.append("""
=== topic:fan-group-coupon-link | platform:淘宝 | style:group
A: 🎁粉丝专属券来啦！满199减30，复制这串口令打开淘宝即可领取：￥8Kd2Zx1￥
B: 这个口令是什么，会不会是病毒
A: 是淘宝官方的淘口令，复制后打开淘宝App会自动弹出我们店铺的领券页面，不会跳转到外部网站
B: 领到了
A: 券在淘宝"我的-红包卡券"里能看到，有效期到本周日，下单时自动抵扣
B: 能叠加店铺满减吗
A: 可以叠加的亲，结算页会显示最优价格
""")

GENUINE.append("""
=== topic:group-pay-qrcode-official | platform:社区团购 | style:group
A: 各位，本周开始团购换成了"邻家鲜"小程序，付款后系统自动派单，以前的接龙表停用
B: 付款码在哪？我扫群里那个二维码吗
A: 群里发的是小程序码，扫了会打开"邻家鲜"小程序，不是付款码。商品加购后在小程序里用微信支付，收款方显示"邻家鲜（杭州）科技有限公司"
B: 好的，如果显示个人名字呢
A: 那就别付，立刻截图发群里。正规付款页面都是公司名称，不会是个人
""")

GENUINE.append("""
=== topic:group-loan-warning | platform:拼多多 | style:group
A: 提醒大家：群里不要相信任何"做任务返佣金""刷单赚钱"，刷单本身就是违法的，后面一定会让你垫钱、借网贷
B: 我朋友最近就在做这个，已经投了好几千
A: 建议你朋友马上停止，不要再转钱，更不要去借呗、网贷借钱"解冻"，然后保存聊天记录去报警
B: 他说再充一单就能全部提出来
A: 这是典型话术，充多少都提不出来的。可以拨打96110反诈专线咨询，也可以下载国家反诈中心App举报
""")

GENUINE.append("""
=== topic:fan-group-membership | platform:京东 | style:group
A: 家人们，本店会员日来啦，京东PLUS会员额外95折
B: PLUS会员是自动续费的吗？我不想续了
A: 是否自动续费取决于您开通时的选择，可以在京东App"我的-PLUS会员-会员设置"里查看并关闭自动续费
B: 关了，会扣我钱吗
A: 关闭自动续费不会产生任何费用，当前会员期内权益正常使用。如果有人打电话说要帮你"取消会员、不然扣费、影响征信"，那是诈骗
""")

GENUINE.append("""
=== topic:tuan-leader-pickup-code | platform:多多买菜 | style:group
A: 今天的货全部到了🚚 取货时请出示多多买菜App里的提货码，我扫码核销
B: 我妈不会用手机，我能把提货码截图发她吗
A: 可以的，提货码只用于取货，家人拿截图来我扫一下就行
B: 那我直接发群里可以吗
A: 最好别发群里，发给你妈妈就行，不然别人可能拿你的码冒领
""")

GENUINE.append("""
=== topic:shop-group-wrong-item | platform:抖音商城 | style:group
A: 大家好，我是"山野茶舍"店铺客服阿青，本群处理订单问题和新品预告
B: 我收到的茶叶跟直播间说的不一样
A: 非常抱歉，亲，麻烦您在抖音订单页申请"退货退款"，理由选"与描述不符"，我这边秒同意
B: 我已经申请了，退回的运费谁出
A: 运费由我们承担，您选择"上门取件"即可，不用垫付。退款在我们签收后原路退回，抖音支付的退回抖音支付绑定的银行卡或零钱
B: 好的
A: 退款进度在订单里可以实时查看，有任何人私聊您说能"加急退款"都不要信
""")

GENUINE.append("""
=== topic:property-group-courier | platform:物业群 | style:group
A: 各位业主，因小区门禁升级，本周快递员无法上楼，包裹统一放在北门快递柜和驿站
B: 我有个生鲜到付件怎么办
A: 生鲜件驿站会先放冷柜，到付运费您取件时扫驿站墙上的官方收款码付给快递公司即可
B: 驿站老板说也可以让他先垫付，我再转他
A: 这个你们自己商量，不过建议还是直接扫快递公司的码，有凭证。物业不代收任何费用，有人以物业名义收钱请先在群里问我
""")

GENUINE.append("""
=== topic:meituan-shop-group | platform:美团 | style:group
A: 各位老顾客好，我是"阿姨的面馆"老板，本群发优惠和新品，点单还是在美团外卖上
B: 老板，我昨天那单少了一份卤蛋
A: 不好意思！我在美团上给你申请部分退款了，卤蛋的钱原路退回美团支付
B: 收到了，谢谢老板
A: 下次点单备注"群友"，我多送一份小菜。提醒一下，有人冒充我加你微信说退款要扫码的，别信，我只在美团上退
""")

GENUINE.append("""
=== topic:fan-group-invoice | platform:京东 | style:group
A: 家人们，需要开发票的请在京东订单里自行申请，电子发票即时开具
B: 我需要公司抬头的，要填很多信息吗
A: 普通发票只需公司名称和税号；专用发票还要填注册地址、电话、开户银行、银行账号，这些都是贵公司的对公信息
B: 能不能把信息发你你帮我填？
A: 还是建议您自己在"发票中心"里填写提交，这样信息不经过第三方，开出来也会直接推送到您的京东账户
""")

GENUINE.append("""
=== topic:group-new-member | platform:淘宝 | style:group
A: 欢迎新朋友进群👏 群里可以聊穿搭、晒单，店铺上新会提前通知
A: 新人须知：1.本群不发任何外部链接；2.客服不会私聊要钱；3.有人私加你请截图给群主
B: 请问有新人券吗
A: 有的，在我们淘宝店铺首页点"关注店铺"就能领10元新人券，直接在淘宝里领，不需要下载其他App
B: 领到了！
""")

GENUINE.append("""
=== topic:tuan-cancel-order | platform:美团优选 | style:group
A: 明天的蔬菜团今晚10点截单，需要的抓紧下单
B: 团长我下错了，多买了一份土豆，怎么退
A: 截单前你自己在小程序订单里点"取消订单"，钱马上原路退回，不需要我操作
B: 取消了，退款到哪里了
A: 退到你付款时用的微信零钱或者银行卡里，微信里有一条"退款到账"通知
""")

GENUINE.append("""
=== topic:group-buyer-code-sent | platform:京东 | style:group
A: 京东家电售后群：安装预约、延保、以旧换新都可以在群里咨询
B: 安装师傅说要我的验证码才能完成安装，是这个吗 {CODE}
A: 亲，这个是京东安装服务的完工确认码，只在师傅上门安装完毕、您确认没问题后当面告诉师傅
A: 不要发在群里哦，麻烦撤回一下。如果师傅还没到您家或者还没装好，请不要给任何人
B: 撤了，师傅还在路上呢
A: 好的，等师傅装好试机没问题了再告诉他，有问题随时@我
""")

GENUINE.append("""
=== topic:tuan-prepay-question | platform:兴盛优选 | style:group
A: 春节年货团开始啦🏮 坚果礼盒、腊肉香肠都有，年前最后一次发货是腊月二十六
B: 可以先给你钱，到了再下单吗
A: 不需要预付给我，也不收押金。在小程序下单的时候付款就行，到货不满意可以在小程序退
B: 那我直接在小程序下单
A: 好的，现在下单腊月二十五前到自提点
""")

GENUINE.append("""
=== topic:refund-to-card-bank | platform:招商银行 | style:sms
A: 【招商银行】您尾号{TAIL}信用卡{DATE}收到退货退款人民币{AMT_S}元，商户：拼多多，当前可用额度已恢复。
B: 这个退款会算在本期账单里吗
A: 【招商银行】退款入账后会冲减您的应还金额，可在掌上生活App"账单"中查看。我行不会以退款为由要求您提供卡片有效期、CVV2或短信验证码。
""")

GENUINE.append("""
=== topic:jd-sign-code | platform:京东物流 | style:sms
A: 【京东】您的订单{ORDER}已开始配送，签收码{SMSCODE}，请在快递员当面送达、您检查商品后再告知签收码。
B: 快递员打电话让我先把签收码告诉他，说他放门口了
A: 【京东物流】签收码仅在您本人收到包裹时当面提供，未见到包裹前请勿告知。您可在京东App订单页点击"联系配送员"，或选择"拒收"并反馈问题。
B: 我去门口看了，确实放门口了，给他了
A: 【京东物流】您的包裹已签收，感谢您的配合。如有商品问题可在订单中申请售后。
""")

GENUINE.append("""
=== topic:alipay-transfer-warning | platform:支付宝 | style:sms
A: 【支付宝】您正在向陌生账户转账{AMT}元，对方自称"客服""公检法"或要求您转账解冻、理赔的，均为诈骗。如已被骗，请立即拨打110。
B: 我是给我妹转的，不是陌生人
A: 【支付宝】好的，请在支付宝App里核对收款人实名信息无误后再确认转账。如需取消，直接退出转账页面即可。
""")

GENUINE.append("""
=== topic:member-renewal-notice | platform:爱奇艺 | style:sms
A: 【爱奇艺】您的VIP会员将于{DATE}自动续费{AMT_S}元，如需取消，请在爱奇艺App"我的-VIP会员-管理自动续费"中操作。
B: 我刚才打了一个说是爱奇艺客服的电话，他让我下载软件取消
A: 【爱奇艺】取消自动续费只需在App内自行操作，或在支付宝/微信的"自动扣款"设置里关闭，不需要下载任何会议或远程软件，也不会影响征信。请勿按陌生来电指示操作。
B: 我已经在App里关掉了
A: 【爱奇艺】自动续费已关闭，您的会员权益将持续到当前周期结束。
""")

GENUINE.append("""
=== topic:courier-unreachable | platform:韵达快递 | style:sms
A: 【韵达快递】快递员多次联系您未接通，您的包裹已放至"翠湖花园南门"驿站，凭取件码{PICK}领取。
B: 电话都是陌生号码我不敢接
A: 【韵达快递】理解您的顾虑。快递员来电通常显示为虚拟号，只会沟通派送时间和地点，不会让您转账、提供验证码或点击链接。
""")

GENUINE.append("""
=== topic:credit-card-overseas | platform:中国银行 | style:sms
A: 【中国银行】您尾号{TAIL}的信用卡在境外网站"AliExpress"发生交易{AMT_S}美元，如非本人交易请致电卡背面客服号码。
B: 是我在速卖通买的
A: 【中国银行】感谢确认。境外网购时请只在正规支付页面自行填写卡号、有效期和安全码，不要把这些信息通过短信、聊天发给任何人。
""")

GENUINE.append("""
=== topic:pdd-aftersale-sms | platform:拼多多 | style:sms
A: 【拼多多】您申请的"仅退款"已同意，退款{AMT_S}元将在1-3个工作日内原路退回。
B: 我是用银行卡付的，会退到哪？
A: 【拼多多】用银行卡付款的，退款会退回该银行卡，您可在拼多多App"售后详情"中查看银行受理时间，无需提供卡号。
""")

GENUINE.append("""
=== topic:sf-sign-notice | platform:顺丰速运 | style:sms
A: 【顺丰速运】您的快件已由本人签收，感谢使用顺丰。如对服务有任何意见，可在顺丰速运公众号内评价。
B: 我没签收啊，是不是被别人拿了
A: 【顺丰速运】非常抱歉，已为您生成核查工单，快递员将在2小时内通过顺丰虚拟号联系您。核查期间我们不会要求您支付任何费用或提供银行卡信息。
B: 找到了，家里人签收的
A: 【顺丰速运】好的，核查工单已关闭，祝您生活愉快。
""")

GENUINE.append("""
=== topic:jd-baitiao-bill | platform:京东白条 | style:sms
A: 【京东金融】您的白条本期账单{AMT_S}元，最后还款日{DATE}，请登录京东金融App还款，逾期将产生违约金并可能影响个人征信。
B: 我这个月能分期吗
A: 【京东金融】账单分期可在京东金融App"白条-账单分期"中自行办理，分期前会显示手续费。请认准App内操作，京东金融不会通过个人手机号或社交软件联系您办理"征信修复"。
""")

GENUINE.append("""
=== topic:meituan-rider-sms | platform:美团 | style:sms
A: 【美团外卖】骑手已取餐，预计{TIME}送达，骑手电话已加密，请通过美团App联系骑手。
B: 我让骑手放到前台
A: 【美团外卖】已转告骑手将餐品放至前台。餐品送达后如有洒漏，可在订单页申请"售后"，退款原路返回，请勿通过其他渠道私下转账。
""")

GENUINE.append("""
=== topic:tmall-supermarket-delivery | platform:天猫超市 | style:sms
A: 【天猫超市】您的订单今日送达，配送员小张，请保持电话畅通。需当面验货的商品请在签收前检查。
B: 能改成明天送吗
A: 【天猫超市】可在淘宝App订单页点击"修改配送时间"调整。配送员不会向您收取改约费用。
B: 改好了
""")

GENUINE.append("""
=== topic:bank-unbind-notice | platform:交通银行 | style:sms
A: 【交通银行】您尾号{TAIL}的借记卡已成功解除与"抖音支付"的快捷支付绑定。
B: 是我自己解绑的，谢谢
A: 【交通银行】感谢确认。温馨提示：我行工作人员不会要求您通过屏幕共享、远程协助等方式办理任何业务。
""")

GENUINE.append("""
=== topic:xianyu-order-ship | platform:闲鱼 | style:sms
A: 【闲鱼】您卖出的宝贝"九成新电饭煲"买家已付款，钱款由闲鱼担保，买家确认收货后到账您的支付宝。
B: 买家让我加微信私聊，说再加点钱
A: 【闲鱼】为保障交易安全，请在闲鱼App内聊天和发货。站外交易不受闲鱼担保，也请勿相信"缴纳保证金才能收款"等说法，闲鱼卖家收款无需缴费。
B: 好，我在App里发货了
A: 【闲鱼】发货成功，物流单号已同步给买家。
""")

GENUINE.append("""
=== topic:taobao-account-risk | platform:淘宝 | style:sms
A: 【淘宝】您的账号在新设备上登录，设备型号：HUAWEI Mate，若非本人操作，请立即在淘宝App中修改密码。
B: 不是我登录的
A: 【淘宝】请立即在淘宝App"设置-账号与安全-修改登录密码"操作，并检查收货地址与已绑定的银行卡。如发现未知订单，在订单页申请退款即可，无需拨打任何非官方电话。
B: 改好了，有个地址不是我的，删了
A: 【淘宝】您的账户已恢复安全，系统已将该陌生设备下线。
""")

GENUINE.append("""
=== topic:insurance-freight | platform:淘宝 | style:sms
A: 【运费险】您的退货运费险已理赔成功，赔付{AMT_S}元已转入您的支付宝余额。
B: 怎么这么少，我寄回花了18
A: 【淘宝】运费险按地区首重标准赔付，超出部分可与商家协商，在订单页"协商历史"中提交凭证。理赔款只会自动进支付宝，不需要您额外提供任何信息。
""")

GENUINE.append("""
=== topic:wechat-pay-refund | platform:微信支付 | style:sms
A: 【微信支付】您在"鲜丰水果"的付款{AMT_S}元已全额退款，退款将在1-3天内退回零钱或银行卡。
B: 为什么我不是退到零钱
A: 【微信支付】退款按您付款时选择的方式原路返回，银行卡支付的退回银行卡，可在微信"服务-钱包-账单"中查看退款进度。
""")

GENUINE.append("""
=== topic:cainiao-return-pickup | platform:菜鸟 | style:sms
A: 【菜鸟】您的退货上门取件已预约成功，快递员将于{DATE}{TIME}前上门，运费由商家承担，无需您支付。
B: 快递员需要我提供什么
A: 【菜鸟】快递员上门只需您交付包裹，他会出示取件码核对订单。请勿向上门人员提供手机验证码或支付密码。
""")

GENUINE.append("""
=== topic:fan-group-password-reset | platform:淘宝 | style:group
A: 亲们，有几位说淘宝登录不上来找我，我这边统一说一下
A: 忘记登录密码的，在淘宝登录页点"忘记密码"，用手机号收验证码自己重置，验证码只填在淘宝页面上
B: 我的手机号换了，收不到验证码
A: 那需要在登录页选"手机号已停用"，按提示做人脸识别申诉，整个过程我们店铺客服是帮不上的，也不需要我们经手
B: 有人说他能帮我找回账号，收200
A: 千万别给，那是骗子。账号申诉完全免费，只能您本人操作
""")

GENUINE.append("""
=== topic:tuan-leader-group-receipt | platform:美团优选 | style:group
A: @所有人 最近有邻居问能不能开小票，美团优选的电子小票在小程序订单详情里可以下载
B: 我要报销，需要正规发票
A: 订单详情里有"申请开票"，填写抬头和税号就能开电子发票，开好后会发到小程序消息和你的邮箱
B: 好的，要多久
A: 一般当天，最晚两个工作日。开票全程不用付钱，也不会有人要你的银行卡信息
""")

GENUINE.append("""
=== topic:shop-group-screen-record | platform:抖音商城 | style:group
A: 各位，售后问题我们都在抖音App里处理，需要看问题的，请在订单里上传照片或视频
B: 我这个吹风机开机有异响，视频太大传不上去
A: 可以压缩一下或者只录10秒左右，录异响的那一段就行。我们不需要远程看您手机，也不会让您开屏幕共享
B: 传上去了
A: 收到，已经为您安排换新，新机发出后订单里会显示物流
""")

GENUINE.append("""
=== topic:group-red-packet-rule | platform:拼多多 | style:group
A: 🧧群福利说明：每周五晚8点群主会发拼单口令红包，抢到的在拼多多App"我的-优惠券"查看
B: 抢红包要先发红包吗
A: 不用哦，群里所有福利都是免费领的，任何人让你先发红包、转账、交"手续费"才能领奖，都是骗子
B: 那我等周五
A: 好嘞，到时候我@大家
""")

GENUINE.append("""
=== topic:jd-fan-group-appliance | platform:京东 | style:group
A: 各位，以旧换新的补贴在京东下单时自动抵扣，无需额外申领
B: 有人加我说国家补贴要单独申请，要填银行卡
A: 那个是假的。京东的以旧换新补贴在结算页直接减，旧机回收款会打到您的京东账户或原支付方式，不需要您另外填卡号
B: 那我把他删了
A: 删得对，也可以在京东App"我的-客户服务-举报"里反馈一下，保护其他人
""")

GENUINE.append("""
=== topic:tuan-leader-new-app | platform:兴盛优选 | style:group
A: 通知：兴盛优选小程序今晚12点到2点系统维护，这段时间不能下单
B: 团长，我看别的群说要下载新的兴盛App才能下单，是真的吗
A: 不是真的哈，我们一直用的微信小程序，没有让大家下载任何新App。有人发链接让下载的，那是钓鱼，别点
B: 明白了，谢谢团长
A: 不客气，维护完我在群里说一声
""")

GENUINE.append("""
=== topic:shop-group-deposit-rent | platform:闲鱼 | style:group
A: 大家好，这里是"速租相机"闲鱼店的租客群，租机押金通过闲鱼信用免押或闲鱼担保交易支付
B: 我芝麻分不够免押，押金怎么付
A: 不够免押的话，在闲鱼下单时页面会提示支付押金，押金由闲鱼担保，归还设备验收后自动原路退回
B: 可以转账给老板省手续费吗
A: 不行哈，我们不接受私下转账，所有钱款走闲鱼，出了问题平台能介入保护你
""")

GENUINE.append("""
=== topic:fan-group-sms-reply | platform:唯品会 | style:group
A: 有亲问收到"唯品会"短信要回复验证码的事情，统一说明一下
A: 唯品会发的验证码短信只用于您自己在App里登录或支付，短信里都写着"请勿泄露"，我们不会让您回复验证码
B: 那我刚才收到一条让我回复数字领券的短信
A: 那不是我们发的，请删掉，不要回复。可以把号码截图发我，我们报给平台安全部门
B: 截图发你了
A: 收到，谢谢您。领券只在唯品会App"我的-优惠券"里，不用回复任何短信
""")

GENUINE.append("""
=== topic:tuan-credit-question | platform:多多买菜 | style:group
A: 有邻居问"先用后付"会不会影响征信，我这边简单说一下
A: 多多买菜的先用后付是平台功能，按时付款不会影响征信，逾期的话按平台协议处理，具体看App里的说明
B: 那我能不能不开通
A: 可以的，下单时选微信支付就行，不开通不影响团购。开不开都是你自己在App里选择，我这边看不到也管不了
""")

GENUINE.append("""
=== topic:shop-group-order-notice | platform:快手小店 | style:group
A: 📦亲们，昨天直播间下单的已经全部打包，今天下午陆续发出
B: 我填错地址了
A: 发货前可以在快手订单里点"修改地址"，自己改就行，改好我这边就能看到
B: 没有修改按钮
A: 那您把订单号后四位发我，我在后台备注，发货时按新地址寄，新地址请在快手私信里发给店铺客服，不要发群里
B: 私信发了
A: 收到，已备注，发货后您核对一下物流信息
""")

GENUINE.append("""
=== topic:property-group-scam-alert | platform:物业群 | style:group
A: 【物业通知】近期小区有业主接到"快递理赔"电话被骗，对方知道订单信息，让共享屏幕后转走了钱
A: 请大家记住：快递丢了，理赔都在购物平台订单里处理，快递公司不会打电话让你下载会议软件、提供验证码
B: 我妈前两天也接到过这种电话
A: 可以让老人在手机上装国家反诈中心App，开启来电预警。有疑问先在群里问或者来物业前台
B: 好的，已经给她装上了
""")

GENUINE.append("""
=== topic:fan-group-size-exchange | platform:唯品会 | style:group
A: 宝子们，买鞋尺码不合适可以直接在唯品会申请换货，不用退了再买
B: 换货要我先付运费吗
A: 不用先付，唯品会换货上门取件免费，新尺码有货会直接寄出
B: 没有我要的38码了
A: 那就只能申请退货，退款原路返回您的支付账户，您再挑别的款
""")

GENUINE.append("""
=== topic:payment-code-sms | platform:京东 | style:sms
A: 【京东】您正在使用京东支付付款{AMT_S}元，短信验证码{SMSCODE}，请勿告诉他人，京东工作人员不会索取此验证码。
B: 我在付款，输了没反应
A: 【京东】如验证码输入后页面无响应，请返回收银台重新发起支付，旧验证码会自动失效。请只在京东App或官网收银台输入验证码。
""")

GENUINE.append("""
=== topic:bank-large-transfer-check | platform:农业银行 | style:sms
A: 【中国农业银行】您正在进行一笔{AMT}元的转账，收款方为首次转账对象。请确认是否为本人意愿操作，警惕"安全账户""刷单返利""冒充客服"等诈骗。
B: 是我给房东交的房租
A: 【中国农业银行】已收到您的确认，本笔转账将继续处理。
""")

GENUINE.append("""
=== topic:sms-marketing-jd | platform:京东 | style:sms
A: 【京东】您关注的"小熊电器"三件套降价了！点 3.cn/1aB-xQ9 前往京东App查看，拒收请回复R
B: 这个3.cn是什么网站
A: 【京东】3.cn为京东官方短链接，点击后跳转京东App或京东官网商品页，付款在京东收银台完成。您也可直接打开京东App搜索商品。
B: R
A: 【京东】您已成功退订京东营销短信。
""")

GENUINE.append("""
=== topic:douyin-refund-card | platform:抖音支付 | style:sms
A: 【抖音支付】您的退款{AMT_S}元已退回至绑定的银行卡（尾号{TAIL}），请注意查收。
B: 我这张卡已经注销了，钱会去哪
A: 【抖音支付】原卡已注销的，银行通常会将退款退回至您在该行的其他账户或转为待领取款项，请携带身份证咨询发卡行。抖音支付不会联系您提供新的卡号。
""")

GENUINE.append("""
=== topic:express-customs-tax | platform:京东国际 | style:sms
A: 【京东国际】您的跨境订单已完成清关，订单中包含的跨境电商综合税{AMT_S}元已在下单时由京东代扣代缴，无需另行缴纳。
B: 有人打电话说我的包裹要补税
A: 【京东国际】京东国际订单的税费均在下单时一并支付，不会要求您另行转账补税，请挂断此类电话，如有疑问在京东App内联系官方客服。
""")

GENUINE.append("""
=== topic:shop-sms-confirm-address | platform:淘宝 | style:sms
A: 【淘宝】您在"青禾茶园"购买的商品即将发货，收货地址：浙江省杭州市西湖区…，如需修改请在淘宝订单页操作。
B: 地址对的
A: 【淘宝】好的，商家将按此地址发货。此短信由淘宝系统发送，无需回复其他信息。
""")

GENUINE.append("""
=== topic:huabei-upgrade-real | platform:支付宝 | style:sms
A: 【支付宝】您的花呗额度已提升至{AMT}00元，可在支付宝App"花呗"查看。请理性消费。
B: 我没申请提额啊
A: 【支付宝】额度调整由系统根据您的使用情况自动评估，无需申请也不收取任何费用。如不需要，可在花呗"额度管理"中自行降低额度。
""")

GENUINE.append("""
=== topic:pickup-locker-code | platform:中国邮政 | style:sms
A: 【中国邮政】您的EMS邮件已投递至"文化路邮政营业厅"，请携带有效身份证件前往领取。
B: 可以让朋友帮忙取吗
A: 【中国邮政】代领需携带您和代领人的身份证原件，营业员当面核对，无需提前通过短信提供身份证号。
""")

GENUINE.append("""
=== topic:tuan-group-weixin-pay | platform:社区团购 | style:group
A: 各位邻居，有人问能不能加我微信单独买，可以加，但付款还是在小程序里
B: 我加你微信了，我想多买几斤五花肉
A: 好的，小程序里五花肉库存我给你加了5斤，你直接在小程序下单付款就行
B: 下好了
A: 收到，明天一起送到自提点，肉我会单独放冰柜
""")

GENUINE.append("""
=== topic:courier-sms-cod-scan | platform:极兔速递 | style:sms
A: 【极兔速递】您的包裹正在派送，快递员电话已加密，如不在家可回复"驿站"改放驿站。
B: 驿站
A: 【极兔速递】已为您改派至就近驿站，到达后将发送取件码短信，取件无需支付费用。
""")

GENUINE.append("""
=== topic:shop-group-cs-hours | platform:天猫 | style:group
A: 亲们，店铺客服工作时间9:00-23:00，晚上下单的问题第二天一早处理
B: 晚上有问题能不能打你电话
A: 我们没有私人电话服务哈，所有咨询都在天猫旺旺里，那里有聊天记录，对您也是个保障
B: 好的
""")


def build(blocks: list[str], scam: bool, prefix: str) -> Corpus:
    corpus = Corpus(prefix=prefix)
    for block in blocks:
        for chunk in re.split(r"^===", block.strip(), flags=re.M):
            chunk = chunk.strip()
            if not chunk:
                continue
            header, *lines = chunk.splitlines()
            meta = dict(item.strip().split(":", 1) for item in header.split("|"))
            conv_tags = [f"topic:{meta['topic']}", f"platform:{meta['platform']}", f"style:{meta['style']}"]
            kind = meta.get("pretext", "other")
            conv = corpus.conversation(tags=conv_tags)
            for raw in lines:
                raw = raw.rstrip()
                if not raw.strip() or raw.lstrip().startswith("#"):
                    continue
                m = LINE.match(raw.strip())
                if not m:
                    raise SystemExit(f"bad line: {raw!r}")
                who, letters, flags, text = m.groups()
                extra = [FLAG_LETTERS[f] for f in flags]
                if who == "B":
                    parts = parts_of(text)
                    ents = [p for p in parts if isinstance(p, tuple)]
                    cred = any(t in CREDENTIAL_TYPES for t, _ in ents)
                    conv.buyer(parts, tags=["credential" if cred else "no_credential", *extra])
                    continue
                body = "".join(p if isinstance(p, str) else p[1] for p in parts_of(text))
                if who == "A":
                    if scam:
                        raise SystemExit(f"genuine line in scam block: {raw!r}")
                    tags = ["genuine"]
                    if any(w in body for w in HARD_WORDS):
                        tags.append("hard_negative")
                    conv.agent(body, rules=[], tags=tags + extra)
                elif who == "P":
                    if not scam:
                        raise SystemExit(f"pretext line in genuine block: {raw!r}")
                    conv.agent(body, rules=[], tags=["scam_pretext", f"pretext:{kind}", *extra])
                else:
                    if not scam or not letters:
                        raise SystemExit(f"bad scam line: {raw!r}")
                    rules = [RULE_LETTERS[ch] for ch in letters]
                    conv.agent(body, rules=rules, tags=["scam", *extra])
    return corpus


def main() -> None:
    here = Path(__file__).resolve().parent
    scam = build(SCAM, True, PREFIX + "s")
    genuine = build(GENUINE, False, PREFIX + "g")
    # no agent sentence may be used twice
    seen: dict[str, str] = {}
    dup = []
    for r in scam.records + genuine.records:
        if r["sender"] == "agent":
            if r["text"] in seen:
                dup.append(r["text"])
            seen[r["text"]] = r["id"]
    if dup:
        for d in dup:
            print("duplicate agent line:", d, file=sys.stderr)
        raise SystemExit(1)
    scam.write(here / f"{NAME}_scam.jsonl", shuffle_seed=SEED)
    genuine.write(here / f"{NAME}_genuine.jsonl", shuffle_seed=SEED + 1)
    print(f"scam: {scam._conversations} conversations, {len(scam.records)} lines; "
          f"genuine: {genuine._conversations} conversations, {len(genuine.records)} lines")


if __name__ == "__main__":
    main()
