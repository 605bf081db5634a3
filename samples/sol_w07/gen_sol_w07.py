"""Generator for corpus sol_w07 (axis: register).

Every conversation below is written by hand in a small line format:

    == S <pretext_kind> <platform> <style> <topic>     a scam conversation
    == G - <platform> <style> <topic>                  a genuine conversation
    A <CODES> <tags> | text                            an agent line
    B text                                             a buyer line

Rule codes: CN card number, CS card security (CVV / expiry), PW password, VC verification code,
SS screen share, TR transfer, OP off platform, LC loan or credit.  Line tags: h hard_negative,
ev evasion, ctx contextual.  Placeholders in braces are filled by code: entity values in buyer
lines ({card}, {otp}, {cvv}, ...) become labelled entities; others ({amt}, {order}, ...) are plain
text.  Run:  python3 gen_sol_w07.py
"""
from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # samples/: the shared kit
from kit import Corpus, card_number, id_number, mobile, spaced, fullwidth, chinese_digits, expiry, digits, luhn_ok  # noqa: E402

NAME = "sol_w07"
PREFIX = "w07"
SEED = 20707
RNG = random.Random(SEED)

CODES = {
    "CN": "ASK_CARD_NUMBER", "CS": "ASK_CARD_SECURITY", "PW": "ASK_PASSWORD",
    "VC": "ASK_VERIFICATION_CODE", "SS": "ASK_SCREEN_SHARE", "TR": "ASK_TRANSFER",
    "OP": "ASK_OFF_PLATFORM", "LC": "ASK_LOAN_OR_CREDIT",
}
LINE_TAGS = {"h": "hard_negative", "ev": "evasion", "ctx": "contextual"}

DOMAINS = ["tb-tuikuan.cn", "jd-kfzx.top", "pdd-lipei.vip", "kf-anquan.xyz", "shop-refund.cc",
           "zhushou-kf.net", "vip-quxiao.cn", "safe-huanjing.top", "lp-center.icu", "xy-baozhang.cc"]
HANDLES = ["kf_lin0923", "tk_zhuanyuan88", "anxin_kf7", "sh-xiaomei66", "lipei_center01",
           "bz_wang2024", "yun_kefu515", "xz-kf-liu", "fuwu_tt33", "kf0808chen"]
SURNAMES = ["林", "陈", "王", "李", "张", "刘", "黄", "周", "吴", "赵", "许", "郭", "何", "罗"]
SHOPS = ["暖阳家居旗舰店", "小鹿母婴优选", "青禾数码专营店", "木木服饰", "云朵零食铺", "北岸运动户外",
         "栗子美妆", "拾光茶具", "星河手机配件", "橙意生活馆", "山野宠物用品", "初见女装"]


def _amount():
    return RNG.choice(["39.9", "58", "89", "129", "199", "268", "299", "358", "499", "688", "899", "1299"])


def _order():
    while True:
        v = RNG.choice("123456789") + digits(RNG, 17)
        if not luhn_ok(v):
            return v


def _otp(n=6):
    return digits(RNG, n)


def _fill_plain(key: str) -> str:
    if key == "amt":
        return _amount()
    if key == "big":
        return str(RNG.choice([1800, 2500, 3000, 4999, 5000, 6800, 8000, 9900, 12000, 20000, 30000]))
    if key == "order":
        return _order()
    if key == "last4":
        return digits(RNG, 4)
    if key == "meet":
        return spaced(RNG.choice("123456789") + digits(RNG, 8), 3)
    if key == "url":
        return f"{RNG.choice(DOMAINS)}/{''.join(RNG.choice('abcdefghkmnpqrstuvwxyz23456789') for _ in range(5))}"
    if key == "vx":
        return RNG.choice(HANDLES)
    if key == "qq":
        return RNG.choice("123456789") + digits(RNG, RNG.choice([8, 9]))
    if key == "acct":
        return card_number(RNG)
    if key == "pvt":
        return mobile(RNG)
    if key == "name":
        return RNG.choice(SURNAMES)
    if key == "shop":
        return RNG.choice(SHOPS)
    if key == "n":
        return str(RNG.randint(2, 9))
    if key == "gh":
        return digits(RNG, 5)
    if key == "date":
        return f"{RNG.randint(1, 12)}月{RNG.randint(1, 28)}日"
    raise KeyError(key)


def _fill_entity(key: str):
    c = None
    if key == "card":
        return ("CN_BANK_CARD", card_number(RNG))
    if key == "card4":
        return ("CN_BANK_CARD", spaced(card_number(RNG), 4))
    if key == "card-":
        return ("CN_BANK_CARD", spaced(card_number(RNG, length=16), 4, "-"))
    if key == "cardfw":
        return ("CN_BANK_CARD", fullwidth(card_number(RNG)))
    if key == "card16":
        return ("CN_BANK_CARD", card_number(RNG, length=16))
    if key == "cvv":
        return ("CN_CARD_SECURITY", digits(RNG, 3))
    if key == "cvvcn":
        return ("CN_CARD_SECURITY", chinese_digits(digits(RNG, 3), RNG.choice("一幺")))
    if key == "exp":
        return ("CN_CARD_SECURITY", expiry(RNG))
    if key == "expcn":
        e = expiry(RNG)
        return ("CN_CARD_SECURITY", f"20{e[3:]}年{int(e[:2])}月")
    if key == "otp":
        return ("CN_VERIFICATION_CODE", _otp())
    if key == "otp4":
        return ("CN_VERIFICATION_CODE", _otp(4))
    if key == "otp3":
        return ("CN_VERIFICATION_CODE", _otp(3))
    if key == "otpsp":
        return ("CN_VERIFICATION_CODE", " ".join(_otp()))
    if key == "otpcn":
        return ("CN_VERIFICATION_CODE", chinese_digits(_otp(), RNG.choice("一幺")))
    if key == "otpfw":
        return ("CN_VERIFICATION_CODE", fullwidth(_otp()))
    if key == "pw":
        return ("CN_PAYMENT_PASSWORD", digits(RNG, 6))
    if key == "pw3":
        return ("CN_PAYMENT_PASSWORD", digits(RNG, 3))
    if key == "pwcn":
        return ("CN_PAYMENT_PASSWORD", chinese_digits(digits(RNG, 6)))
    if key == "pwsp":
        return ("CN_PAYMENT_PASSWORD", spaced(digits(RNG, 6), 2))
    if key == "phone":
        return ("CN_PHONE", mobile(RNG))
    if key == "phonesp":
        return ("CN_PHONE", spaced(mobile(RNG), (3, 4, 4)))
    if key == "phone-":
        return ("CN_PHONE", spaced(mobile(RNG), (3, 4, 4), "-"))
    if key == "id":
        return ("CN_ID_CARD", id_number(RNG))
    return c


_PH = re.compile(r"\{([a-z0-9\-]+)\}")


def _parts(text: str, entities: bool):
    out, pos = [], 0
    for m in _PH.finditer(text):
        out.append(text[pos:m.start()])
        ent = _fill_entity(m.group(1)) if entities else None
        out.append(ent if ent else _fill_plain(m.group(1)))
        pos = m.end()
    out.append(text[pos:])
    merged = []
    for p in out:
        if isinstance(p, str) and merged and isinstance(merged[-1], str):
            merged[-1] += p
        elif p != "":
            merged.append(p)
    return merged


DATA: list[str] = []
DATA.append(r"""
== S refund_claim taobao short quality_refund
A | 亲 在吗
A | 你上周买的面膜 质检查出荧光剂超标
B 啊？
A | 平台要求三倍赔付 {amt}x3
B 咋退
A CN | 卡号发下
B {card}
A | 收到
A VC | 系统发了个yzm 报下
B {otp}
A | ok 稍等
B 钱呢
A TR | 显示你卡没激活 先转1块钱过来验证下
B 不转了

== S parcel_lost jd short parcel_lost
A | 你好 快递员这边
A | 你件丢了 仓库那边没找到
B 啊 那怎么办
A | 给你理赔 {amt}
A OP ev | 加下威信 {vx} 那边专员弄
B 不能在这弄吗
A OP | 这边没权限 必须加
B 加了
A SS | 进了专员会让你开个会议 按他说的点就行

== S account_anomaly pdd short account_risk
A | 拼多多客服 你账号异常
B ？
A | 检测到有人异地登录
A PW ev | 登录蜜码多少 我给你改
B 我自己改不行吗
A PW | 不行 你改不了 后台要核对原mm
B 那我还是自己来
A VC ev | 那把yzm发我也行
B 不发

== S membership_cancel douyin short membership_cancel
A | 您开通了抖音百万保障
A | 下月起每月扣费{amt}
B 我没开过啊
A | 学生身份开的 要关
B 怎么关
A LC | 打开借呗看下额度
B 看这干啥
A LC | 把额度提出来 证明资金没问题才能关
A LC | 不关的话影响zx 以后贷款买房都不行
B 我去问问我爸
A TR | 别问了 提完转到我给的户头 {acct} 核对完原路退你

== S refund_claim xianyu short xianyu_refund
A | 闲鱼客服 你那个订单买家说没收到
B 我发了啊
A | 对方申请赔付 平台先打给你再扣
A OP | 扫这个码 进理赔群
B 码呢
A OP | [图片] 扫
B 扫了 让我下载个东西
A SS | 对 下那个app 进去点"共享"
A VC | 然后把刚收到的那串数字报一下
B {otp4}
A PW | 还有个六位的 支付那个
B {pw}
A | 好 等着

== S deposit_fee meituan short deposit_fee
A | 骑手保证金未退 要退不
B 要
A CN ev | yhk号
B {card4}
A | 哪个行的
B 农行
A CS | 卡背后三个数
B {cvv}
A CS | 有效期呢
B {exp}
A VC | 发了码 给我
B {otp}

== S prize_subsidy kuaishou short prize
A | 恭喜 抽中{big}购物补贴
B 真的？
A | 真的 今天领
A OP ev | 扣扣{qq} 加我领
B 为啥要加qq
A | 平台活动外包的 都这样
A TR | 领之前交个{amt}手续费
B 从补贴里扣不行？
A TR | 不行 先交后返

== S credit_repair jd short credit_repair
A | 京东金融 你白条逾期了
B 我没用过白条
A LC | 那是学生时候开的 不注销影响征信 必须弄
B 咋注销
A LC | 先去别的平台把额度借出来 证明还款能力
A TR | 借出来转到监管账户 {acct}
B 转了能退吗
A | 当天退
B 你工号多少
A | {gh}
A TR | 快点 今天五点前 不转就上报

== S refund_claim taobao short quality_refund2
A | 亲 你买的儿童鞋 有甲醛
A | 厂家召回 给你退{amt}+补偿
B 好
A CN | 退哪张卡
B 就付款那张
A CN | 卡号要的 系统不读
B {card}
A PW ev | 再发下zfb支付mm 核对身份
B 这个也要？
A PW | 不给退不了
B 算了

== S task_rebate douyin short task_rebate
A | 点赞就给钱 一单3块
B 咋弄
A OP | 下个app {url}
B 下了
A TR | 先垫付{amt} 做完返{big}
B 这么多？
A | 做的人多了
A TR | 第二单要垫{big}
B 前面的钱还没返
A TR | 连单了 不做完三单提不了 再充
""")
DATA.append(r"""
== S refund_claim pdd short refund_ctx
A | 你好 退款专员
A | 订单{order} 商家缺货 退款
B 嗯
A | 给你手机发了个码
A VC ctx | 发我
B {otp}
A | 又发一个 刚才那个过期了
A VC ctx | 快点 好了吗
B {otpsp}
A VC ctx | 还有一条 6位的
B 这条写着是支付的…
A VC ctx | 对 就要那个

== S account_anomaly taobao short shop_frozen
A | 店铺客服 你账户被冻结了
B 为啥
A | 刷单嫌疑
A TR | 交解冻金{amt}
B 我没刷过
A TR | 先交 核查完退
A OP ev | V-X {vx} 发你收款码
B 不交
A LC | 那就上征信黑名单

== S parcel_lost sf short sf_lost
A | 顺丰理赔
A | 你{date}的件 中转丢失
B 里面是手机
A | 按价赔 {big}
A CN | 收款卡号
B 招行的 {card16}
A | 到账要验证
A VC ev | 验.证.码
B {otp}
A | 提示卡被风控
A SS | 下个"云视通"开下共享 我帮你看看哪卡住了
B 不下

== S membership_cancel vip short vip_cancel
A | 唯品会
A | 你开了超级会员 自动续费 一年{big}
B ？？没开
A | 要关不
B 关
A SS | 下个会议软件 我远程帮你关
B 啥软件
A SS | 搜"飞会" 会议号{meet}
B 进了
A SS | 点屏幕共享
A SS ctx | 对 点那个 然后别挂
A PW ctx | 现在打开银行app 输一下登录的
B 我输了你能看到？
A | 看不到 放心

== S refund_claim xianyu short xy_split
A | 您好 闲鱼客服
A | 你订单被判违规 要退保证金{amt}
B 退吧
A CN | 卡号分两次发也行
B {card}
A CS | 背面后3位
B {cvvcn}
A CS ctx | 日期
B {exp}
A VC ctx | 短信数字
B {otp3}
B 还有
B {otp3}
A | 好的

== S deposit_fee eleme short rider_deposit
A | 在？
A | 你饿了么有{amt}押金没退
B 怎么退
A OP ev | 加vx {vx}
A OP ctx | 加了说一声
B 加了
A TR | 退之前要交{amt}认证费 不然打不了款

== S prize_subsidy pdd short pdd_subsidy
A | 政府消费补贴 你有{big}
B 哪来的
A OP | 点链接领 {url}
B 打不开
A OP | 复制到浏览器
B 要填卡号
A CN ctx | 填 不填发不了
A PW | 提现密码也填
B 好吧
A VC | 最后那个码填上

== S account_anomaly wechatpay short wxpay_anomaly
A | 微信支付安全中心
A | 你零钱异常 有人在转走
B 啊
A TR | 先把钱转安全账户 {acct}
B 这是谁的户
A | 央行监管户
A TR ctx | 全部 一分不留
A | 转完截图
B 你到底是谁

== S credit_repair alipay short huabei_close
A | 花呗中心
A | 你开了学生花呗 违规
B 我毕业了
A LC | 不关影响zx
B 咋关
A LC | 去借呗借{big}出来
A TR | 借完打到这个户 {acct} 验资
B 为啥要借钱才能关
A LC | 证明你有还款能力 流程就这样
A LC ctx | 快 去借

== S task_rebate xiaohongshu short task_rebate2
A | 兼职 日结
B 干嘛的
A | 关注店铺 截图 一单5块
A OP ev | 先加扣扣群 {qq}
B 进群了
A OP | 下载"优品任务"app
A TR | 进阶任务先充{amt}
A TR ctx | 再充{big}就解冻
""")
DATA.append(r"""
== S refund_claim jd short jd_refund_bursts
A | 京东售后
A | 空调
A | 安装费多收了
A | 退{amt}
B 哦
A CN | yhk
A CN ctx | 号
B {card}
A | 开户行
B 建行
A VC ev | yzm
B 没收到
A VC ctx | 再看看 刚发
B {otp}

== S membership_cancel taobao short 88vip
A | 88会员续费提醒
A | 你绑了自动扣款 {amt}/月
B 不要了
A OP | 关要在后台 加下专员 {vx}
B 微信？
A OP ev | 嗯 威❤️信
B 加了
A SS | 专员拉你进个会 会议号{meet}
A SS ctx | 手机横过来 点共享
A CN ctx | 屏幕上那张卡 号念一下

== S parcel_lost zto short zto_lost
A | 中通的
A | 件丢了 赔{amt}
B 好
A OP | 微信扫码领
B 扫了要填资料
A CN | 卡号 开户人
A CS | cvv也要
B {cvv}
A CS ctx | 还差个到期
B {exp}
A VC | 手机上那6个数 别停

== S account_anomaly douyin short douyin_pay
A | 抖音支付
A | 你开通了月付
A | 不关每月扣
B 关
A LC | 先看下月付额度多少
B 2000
A LC | 全部套出来 放到指定卡 再关
A CN | 你自己的卡号发我 我核一下
B {card-}
A PW | 月付密码
B 不知道
A PW ctx | 就是付款那6个

== S deposit_fee didi short didi_deposit
A | 滴滴司机押金
A | 清退 {amt}
B 咋退
A TR | 先交个手续费{amt}
B 扣押金里啊
A | 系统不支持
A TR | 红包发也行 快
B 发多少
A TR ctx | 200 发两个

== S refund_claim kuaishou short ks_refund
A | 快手小店
A | 你的衣服 起球 赔
B ok
A OP | 去这网址填 {url}
B 填了
A VC | 验正码 报
B {otp}
A VC ev | 再来一个 眼正码
B {otp}
A | 正在退款…
A TR | 提示账户流水不足 转{amt}进来激活

== S credit_repair meituan short meituan_loan
A | 美团月付
A | 你逾期了 要上征信
B 我都还了
A LC | 系统显示没还 不处理拉黑
A LC | 去美团借钱 借{big}
A TR | 还到这个卡 {acct}
B 为啥不是平台还
A | 这是还款专户
A TR ctx | 到了截图发我

== S refund_claim pdd short pdd_fast
A | 退款哈
B ?
A | 你买的猫粮 发霉
B 对 我投诉的
A | 赔你{amt}
A OP | 加q {qq}
B 不能在这赔？
A | 平台这边没法打款
A OP ctx | 加 快
A SS | 然后下个腾讯会议

== S account_anomaly jd short jd_cancel_loan
A | 京东客服 你号开了金条
B 没有
A LC | 是默认开的 要关闭 不然利息天天算 征信受影响
B 好 咋弄
A SS | 我给你发个会议号 进来我教你
A SS ctx | {meet}
B 进了
A SS | 点底下那个共享
A PW | 打开京东金融 输支付密码 我看着
A VC | 收到的码念出来
B {otpcn}

== S prize_subsidy taobao short tb_prize
A | 恭喜 十周年抽奖 iPhone
B 啊
A | 邮费{amt}
A TR | 扫码付下
B 扫了 是个人
A TR | 代收的 正常
A TR ctx | 付完截图
""")
DATA.append(r"""
== S refund_claim taobao short tb_refund_emoji
A | 亲亲 你买的电热毯 有漏电风险🙏
A | 全额退+{amt}补偿
B 好的 怎么退
A OP ev | 加微❤️信 {vx}
B 这不能弄吗
A | 售后系统维护中
A OP ctx | 加好了打个1
B 1
A CN ev | 银.行.卡.号
B {card}
A VC ev | 验证碼🔢
B {otp}

== S parcel_lost yto short yto_lost
A | 圆通客服
A | 你件破损 赔付
B 哦
A OP | 打这个电话 {pvt}
B 打了没人接
A OP ctx | 那加他微信 同号
B 加了 他说要下个软件
A SS | 对 按他说的下 开共享
A TR | 他发码你扫一下 就是赔付

== S membership_cancel pdd short pdd_member
A | 你开了拼多多省钱月卡
A | 每月扣{amt}
B 没开过
A | 系统默认开的
A LC | 去看下你花呗借呗有多少额度
B 干嘛看
A LC | 关会员要清零额度 借出来再还
A TR | 借出来先放到这 {acct}
B 啥意思
A TR ctx | 就是转过去 我们这边核完退

== S refund_claim douyin short dy_refund_ctx
A | 抖音电商
A | 你那单 质检不过关 退款
B 嗯
A | 我发了个退款申请到你手机
A VC ctx | 上面有个数 发我
B {otp}
A | 好 退款中
A VC ctx | 还有个 再发
B {otpfw}
A PW | 最后确认要你支付的那个数
B 密码？
A PW ctx | 嗯 6位的
B {pw}

== S deposit_fee xianyu short xy_deposit
A | 闲鱼
A | 你账号被冻了 买家投诉
B ???
A TR | 交{amt}保证金解冻
B 不交
A | 不交账户注销 余额清零
A TR ctx | 交了马上退
A OP | 收款码 加微信给你 {vx}

== S task_rebate pdd short pdd_task
A | 拼单返利 秒返
B 真假
A | 真的 我天天做
A OP | 下"趣拼"app {url}
A TR | 首单{amt} 返{big}
B 好吧
A TR ctx | 付了没？
A TR ctx | 快 名额不多
A LC | 钱不够 借呗先借点 返了就还

== S account_anomaly alipay short zfb_anomaly
A | 支付宝客服
A | 你zfb被人绑了
B 怎么办
A PW ev | 你zfb mm多少 先改了
B {pw}
A VC | 我这发了验证 看下短信
A VC ctx | 念
B {otpsp}
A SS | 下个共享 我远程解绑

== S refund_claim jd short jd_card_full
A | 退款
A | 请问是哪个行
B 工行
A CN | 卡号 全的
B {card}
A CS | 三位安全码
B {cvv}
A CS | 到期日 MM/YY
B {exp}
A | 好 到账5分钟

== S credit_repair wechatpay short wx_fen
A | 微信分
A | 你的分用于违规贷款
A LC | 不注销上征信
B 我没
A OP | 下个"安心还"app
A LC | 里面把额度借出来验证
A TR | 验完转这个卡 {acct}
B 骗子吧
A | 随你 后果自负

== S prize_subsidy kuaishou short ks_hb
A | 粉丝福利
A | 你中奖了
B 啥奖
A TR | 先发个88红包 激活领奖
B 为啥
A TR ctx | 发了马上返188
A OP | 群里领 {qq}
""")
DATA.append(r"""
== S membership_cancel shopee_tw traditional installment_cancel
A | 您好，這裡是蝦皮購物客服中心，敝姓{name}。
A | 您上週的訂單因為系統錯誤，被誤設為「批發商會員」，之後每個月會自動扣款十二期。
B 蛤？我沒有設定這個啊
A | 是的，所以我們要協助您解除。等一下會有銀行的專員打電話給您。
A OP | 請您留意接聽 {pvt} 這支電話，是郵局客服，請依照他的指示操作。
B 好…
A CN | 為了核對，請先提供您綁定的銀行帳號和信用卡號。
B {card4}
A CS | 卡片背面末三碼以及有效期限也請一併提供。
B {cvv} 還有 {exp}
A TR | 專員會引導您到ATM，按「轉帳」輸入解除代碼，這是取消分期的必要步驟。

== S refund_claim momo_tw traditional momo_refund
A | momo客服您好～您訂的氣炸鍋因為倉儲疏失重複出貨，需要幫您辦理退款喔
B 我只下一單耶
A | 對，所以系統會重複扣款，要趕快取消
A OP | 麻煩加一下我們的官方LINE客服 @{vx}，這邊比較快
B 加好了
A CN | 請問您刷的是哪一家銀行的卡？卡號也麻煩給我
A VC | 銀行會傳一組驗證碼給您，收到後請直接回傳給我，才能完成取消
B {otp}
A VC ctx | 有顯示錯誤，麻煩再看一下簡訊，最新那封
B {otp}

== S account_anomaly hktvmall traditional hk_account
A | 你好，HKTVmall 客戶服務部。你嘅帳戶有異常登入，需要即刻處理。
B 咩異常？
A | 有人喺深圳登入咗你個帳號，仲綁咗一張新嘅信用卡。
A PW | 請提供你而家嘅登入密碼，我哋幫你鎖定帳號。
B 我自己改密碼得唔得？
A PW ctx | 唔得，一定要經我哋後台，唔係會被盜用。
A VC | 我哋會send一個驗證碼去你手機，收到請即刻覆返畀我。
B {otp}
A TR | 為保障資金安全，請你用轉數快將戶口結餘轉去臨時保管戶口 {acct}

== S parcel_lost pchome traditional pchome_lost
A | PChome 24h購物您好，您的包裹在物流中心遺失，我們深感抱歉。
A | 公司將全額理賠，並補償您購物金{amt}元。
B 好的 要怎麼領？
A OP | 請點擊以下連結填寫理賠資料：https://{url}
B 裡面要填信用卡號跟背面三碼…
A CN,CS ctx | 是的，信用卡號、背面三碼、有效月年都要填，才能退回原卡。
B 填好了
A VC | 接著會收到OTP簡訊，請輸入到頁面上或直接告訴我。
B {otp}

== S credit_repair ruten_tw traditional ruten_credit
A | 露天拍賣客服您好。您的帳號被註記為「高風險帳戶」，已通報聯徵中心。
B 為什麼？？
A LC | 如果不處理，您的信用紀錄會有瑕疵，以後辦房貸、信用卡都會被拒。
A LC | 您需要先去申請一筆信貸，證明您的還款能力，核准後就能撤銷註記。
B 要借多少
A LC | 大約{big}元就好，撥款後我們再教您怎麼處理。
A TR | 撥款下來後，請轉入金管會指定的監管帳戶 {acct} 做資金驗證。

== S refund_claim taobao_hk traditional tb_hk_refund
A | 你好，淘寶香港客服。你張訂單因為海關扣查，要退款畀你。
B 咁點退？
A CN | 麻煩提供你嘅信用卡號碼，我哋退返去張卡度。
B {card}
A CS | 仲有卡背面三個位同埋到期日。
B {cvvcn}，{expcn}
A VC | 銀行會發個一次性密碼，收到即刻話我知。
B {otp}
A | 多謝，退款處理中。

== S deposit_fee mpay_mo traditional macau_deposit
A | 您好，這裡是澳門通客服。您的電子錢包押金可以申請退回。
B 我有押金？
A | 是的，開通時預收的{amt}澳門元。
A OP | 請下載我們的退款專用程式，連結：{url}
A SS | 安裝後請開啟「遠端協助」，我們的同事會幫您操作。
B 它要我開螢幕分享
A SS ctx | 對，請按「允許」，這樣我們才看到您的畫面。
A PW | 現在請打開您的銀行App，輸入登入密碼。

== S prize_subsidy line_tw traditional tw_prize
A | 恭喜您！您在我們週年慶抽獎中抽中 iPhone 一支🎉
B 真的假的
A | 真的，但需要先完成身分驗證與運費支付。
A TR | 請先透過超商代碼繳費{amt}元運費，代碼稍後提供。
B 運費要這麼多？
A TR ctx | 因為是保價運送，繳完立即出貨。
A CN | 另外請提供收件人的銀行帳號，以便退還保證金。

== S account_anomaly shopee_tw traditional shopee_bank
A | 蝦皮客服通知：您綁定的銀行帳號資料有誤，撥款失敗。
B 所以呢
A CN | 請重新提供完整的銀行帳號與戶名，我幫您更正。
B {card}
A | 已收到，系統需要您驗證身分。
A VC | 請將剛剛收到的六位數認證碼傳給我。
B {otp}
A PW | 另外網銀的登入密碼也需要核對一次，核對完立即刪除。
B 這樣安全嗎
A | 您放心，我們是官方客服。

== S credit_repair jkopay_tw traditional jko_loan
A | 街口支付您好，您的帳戶被誤開「信用預借」功能。
A LC | 若不關閉，會每月產生利息，並影響聯徵信用分數。
B 那要怎麼關
A SS | 請下載「TeamViewer」，把畫面分享給我，我協助您關閉。
B 下載了
A SS ctx | 請把那組ID跟密碼念給我。
A LC | 接著點進「借款」，把額度全部借出來再還回去，系統才會歸零。

== S refund_claim carousell_hk traditional carousell_hk
A | Carousell 客服：買家已付款，但因你帳戶未認證，款項被凍結。
B 咁點算？
A OP | 請按呢條連結認證收款：{url}
B 要我入信用卡？
A CN,CS ctx | 係，要輸入信用卡號碼、到期日同CVV，用嚟確認你身份。
A VC | 之後會有SMS驗證碼，請輸入。
B 入咗 話錯喎
A VC ctx | 你send畀我，我幫你手動入。
B {otp}

== S parcel_lost post_tw traditional tw_post
A | 中華郵政通知您：包裹地址不完整，無法投遞。
A OP | 請於24小時內點擊 https://{url} 更新地址並支付補寄費。
B 補寄費多少
A TR | 只要新台幣{amt}元，請用信用卡支付。
A CN,CS | 頁面上請填寫卡號、有效日期與安全碼。
B 好像不太對
A | 逾期包裹將退回寄件人。

== S task_rebate shopee_tw traditional tw_task
A | 您好，我們是蝦皮賣家助理，想邀請您做兼職刷評價。
B 怎麼做
A OP | 請加我的LINE：{vx}
A TR | 第一單先自行墊付{amt}元，完成後返還本金加佣金。
B 第二單呢
A TR ctx | 第二單是組合任務，需要墊付{big}元，完成才能一起提領。
A LC | 不夠的話可以先用信用卡預借現金。

== S membership_cancel kktv_tw traditional tw_sub
A | 您好，您的影音會員即將自動續約，每月扣款{amt}元。
B 我要取消
A | 好的，取消需要由銀行端操作。
A SS | 請加入我們的視訊會議，會議號碼{meet}，並分享手機螢幕。
A PW | 進入網路銀行後，請輸入您的使用者密碼，我在這邊看著指導您。
A TR | 接著按「轉帳」，金額欄位輸入取消代碼{big}。
B 這是轉帳吧？
A | 不是，那是取消代碼，不會真的扣錢。
""")
DATA.append(r"""
== S refund_claim taobao mixed_english otp_refund
A | Hi 亲, 这边是 Taobao after-sales
A | 你的 order {order} 有 quality issue, 我们要 refund 你 {amt}
B ok 怎么 refund
A CN | 你的 card number 发一下, refund 到你 card 上
B {card}
A VC | 等下会收到一个 OTP, pls send the OTP to me
B {otp}
A VC ctx | expired了, 再 send 一次 the new one
B {otp}

== S account_anomaly lazada mixed_english lazada_safe
A | Hello, Lazada security team here. 你 account 有 suspicious login
B what? 我没有
A | 有人在 overseas login, 你的 wallet balance 有 risk
A TR | 先 transfer 到 safe account, 我们 verify 完再 return 给你
A TR ctx | Account: {acct}, 全部 balance
B 这个是谁的 account
A | 是 platform 的 escrow account, 很安全

== S membership_cancel jd mixed_english sub_cancel
A | 您好, 你 subscribe 了 JD PLUS premium, auto-debit 每个月 {amt}
B cancel it pls
A SS | 要 cancel 需要 remote, 请 download Zoom 先
B downloaded
A SS ctx | Join meeting ID {meet}, then 点 share screen
A PW | 现在 open 你的 banking app, key in password, 我帮你 check setting
B you can see my screen?
A | only the setting page, don't worry

== S refund_claim shopee_sg mixed_english sg_refund
A | Hi, Shopee customer service. 你的 parcel 被 return 了, 要 refund
A OP | 加个 wechat 比较方便, ID: {vx}
B 为什么不在 app 里
A | App 的 refund system down 了
A CN | 加了之后 send me your card number and bank name
A CS | CVV 发下, 还有 expiry date
B {cvv}, {exp}

== S parcel_lost sf mixed_english sf_claim
A | SF Express claim department, 你的 parcel lost 了, compensation {amt}
B 好, 要做什么?
A OP | 点这个 link fill in form: https://{url}
B 要 card info?
A CN,CS ctx | yes, card number, expiry and CVV all required, 不然 cannot process
B {card4} / {exp} / {cvv}
A VC | Bank 会 send 你一个 code, 告诉我 ok?

== S task_rebate douyin mixed_english like_task
A | Part-time job, like videos earn money 💰, 每个 task RMB 5
B sounds good
A OP | Join our Telegram group first: @{vx}
A TR | VIP task 要 deposit {amt}, complete 后 refund + commission
B ok I paid
A TR ctx | Next level need top up {big}, 不 top up 就 cannot withdraw
A LC | 不够 money 可以 apply 借呗, fast approval

== S deposit_fee meituan mixed_english deposit_mix
A | 你的 rider deposit 还没 refund, 要 refund 吗?
B yes
A CN | Send me 你的 bank card no. + 开户行
B {card16}, 招行
A PW | 还要 verify 身份, 你的 payment PIN 多少?
B PIN 也要?
A PW ctx | yes, 6 digits, system 要 match
B {pw}

== S credit_repair alipay mixed_english credit_mix
A | 你好, 我们是 Alipay credit center. 你的 student loan account 没 close
A LC | 不 close 会 affect 你的 credit record (征信), very serious
B how to close
A LC | 你先 borrow from 借呗 and 备用金, 证明 repayment ability
A TR | Then transfer 到 our verification account {acct}
B 这不是 scam 吗
A | No no, 我们是 official, 工号 {gh}

== S prize_subsidy xiaohongshu mixed_english prize_mix
A | Congrats! 你抽中了 lucky draw, prize is Dyson 吹风机 🎁
B wow
A TR | Just pay shipping fee {amt}, scan this QR code
B QR 是个人的
A | It's our courier partner, normal one
A OP | After payment add my WhatsApp {pvt} for tracking

== S account_anomaly pdd mixed_english acct_verify
A | PDD risk control: 你的 account frozen 了 because of abnormal transaction
B 怎么 unfreeze
A VC | 我 send 一个 verification code 给你, 你 reply 给我
B {otp}
A PW | And your login password, need to reset from backend
B no way
A SS | OK 那 screen share 给我看, I guide you step by step

== S refund_claim amazon_cn mixed_english amazon_refund
A | Amazon 客服 here. Your order duplicate charged 了, we refund {amt}
B ok
A SS | Please install AnyDesk, 给我 the 9-digit address
B 123 456 789?
A SS ctx | Yes, 然后 click accept
A CN ctx | Now open banking page, read me the card number on screen
A VC | The SMS code 也 read out
B {otp4}

== S membership_cancel bilibili mixed_english bili_sub
A | 你的 big member 大会员 auto renew 了, 要 cancel 不?
B yes cancel
A OP | Call 我们 hotline {pvt}, 人工 cancel
B called 了, 他说 add QQ
A OP ctx | Yes add {qq}, 专员 handle
A LC | 他会让你 check 花呗 quota, 按他说的 borrow 出来 then return

== S deposit_fee xianyu mixed_english xy_mix
A | Xianyu 客服, buyer paid 了 but 你的 account 没 verify, money 冻住了
A TR | Pay {amt} verification fee, after that release all
B 不能从 payment 扣?
A TR ctx | Cannot, must pay separately, 用 red packet 也 ok
A CS | 或者 send 你的 credit card 的 CVV 和 expiry, 我们直接 charge
""")
DATA.append(r"""
== S refund_claim taobao scripted refund_steps
A | 尊敬的用户您好，此处为淘宝商城售后理赔中心。经系统核查，您于近期购买的商品存在质量问题，根据《消费者权益保护法》，您可获得{amt}元理赔款。
A | 为保障理赔款及时到账，请您按以下流程配合办理：
A CN,CS | 第一步：提供您本人名下银行卡的卡号、有效期及卡背面三位校验码，用于核验收款账户。
A VC | 第二步：系统将向您预留的手机号发送一条动态验证码，请在收到后一分钟内回复本客服。
A PW | 第三步：为确认是本人操作，请回复您的支付密码，核验完成后系统将自动清除。
B 第三步为什么要密码？
A PW ctx | 您好，该步骤为银联统一规定的身份核验流程，未完成则理赔无法打款，请您理解配合。

== S membership_cancel jd scripted jd_baozhang
A | 您好，这里是京东金融客服中心。系统显示您名下开通了“百万保障”服务，该服务将于本月起每月自动扣费{amt}元，持续24个月。
B 我从来没开过
A | 理解您的心情。该服务可能在您使用白条时默认开通。如需关闭，请严格按以下步骤操作：
A SS | 1. 在应用商店下载“腾讯会议”；2. 输入会议号{meet}加入；3. 点击底部“共享屏幕”，以便工作人员指导您。
A LC | 4. 打开您常用的借贷应用，查看并提取全部可用额度；5. 该额度提取后须转入银保监会监管账户完成清零核验。
A TR ctx | 监管账户信息：户名“资金清算中心”，账号{acct}。核验完成后资金将原路退回。
A LC | 温馨提示：若未在今日17:00前办理，将视为您同意继续扣费，逾期未缴将上报征信系统。

== S parcel_lost ems scripted ems_claim
A | 【EMS理赔中心】尊敬的客户：您寄递的邮件在运输途中丢失，我司深表歉意，现按保价为您赔付{big}元。
A | 请按以下流程领取赔付：
A OP | ①点击链接 https://{url} 进入“理赔申报”页面；
A CN,CS ctx | ②如实填写收款银行卡号、卡片有效期、CVV2码；
A VC | ③输入短信验证码完成签收确认。如遇页面无法提交，请将验证码直接回复本客服，由人工代为提交。
B 我填好了但是提示错误
A VC ctx | 您好，请将您收到的最新一条短信中的六位数字回复给我，我为您人工提交。
B {otp}

== S account_anomaly wechatpay scripted wx_scripted
A | 尊敬的微信支付用户：您好！我方监测到您的账户于今日存在多笔异常交易，疑似被不法分子盗用，账户已被临时冻结。
A | 为尽快恢复您的账户，请您配合完成以下安全核验：
A PW | （一）回复您的微信支付密码及登录密码，用于比对原始数据；
A CN | （二）回复您绑定的全部银行卡卡号；
A TR | （三）将零钱及银行卡内资金转入安全核验账户 {acct}，核验通过后24小时内返还。
B 你们真的是微信官方吗
A | 本人为微信支付安全中心专员，工号{gh}，您可放心配合。

== S credit_repair pboc scripted credit_repair_steps
A | 您好，这里是征信修复服务中心。根据系统记录，您名下存在一笔未注销的校园贷账户，将于近期纳入个人征信不良记录。
A LC | 为避免影响您今后的房贷、车贷及就业政审，您需要在今天内完成注销手续。
A | 注销手续如下：
A LC | 第一步：在各大网贷平台（如借呗、微粒贷、京东金条）申请借款，额度需全部借出；
A TR | 第二步：将借出的款项全部转入我中心提供的对公账户进行流水核验；
A | 第三步：核验完成后，系统将自动注销账户，借款将全额退回并由平台结清。
B 借出来的钱利息谁出？
A LC ctx | 您好，流水核验当日完成，不产生利息，请您尽快办理，否则征信记录将无法撤销。

== S deposit_fee douyin scripted dy_merchant
A | 尊敬的抖音小店商家，您好：因您的店铺保证金账户存在异常，平台将对您的店铺执行限流处理。
A | 解除限流需完成以下操作：
A TR | 1. 补缴保证金{amt}元，须通过客服提供的收款二维码支付；
A OP | 2. 添加平台商家服务专员企业微信（账号：{vx}）进行备案；
A SS | 3. 按专员指引下载远程协助软件，授权专员查看您的商家后台。
B 保证金不是在后台交吗
A TR ctx | 您好，因系统升级，本次须由专员人工收取，请您谅解并尽快完成支付。

== S refund_claim pdd scripted pdd_scripted
A | 您好，拼多多官方退款中心为您服务。经核实，您购买的商品因商家违规已被下架，平台将为您办理双倍退款。
A | 请您配合提供以下信息：
A CN | 1）收款银行卡号（请完整提供，不支持尾号）；
A CS | 2）该卡的有效期（月/年）以及背面最后三位数字；
A VC | 3）稍后您将收到银行发送的验证短信，请将短信中的数字回复给我们。
B {card} {exp} {cvv}
A | 信息已收到，系统正在处理中，请勿挂断。

== S account_anomaly kuaishou scripted ks_anchor
A | 您好，这里是快手官方客服。您的快手账号因涉嫌违规直播打赏，已被列入风控名单。
A | 如需解除，请按以下规定办理：
A VC | 步骤一：将手机收到的安全验证码告知客服，验证账号归属；
A PW | 步骤二：告知账号登录密码，由后台执行解封；
A TR | 步骤三：缴纳风险保证金{amt}元，解封后三个工作日内原路退回。
A LC | 如不予配合，平台将依法向征信机构报送违规记录。

== S prize_subsidy gov_subsidy scripted subsidy_script
A | 【消费补贴发放通知】您好，您已被纳入本季度家电消费补贴名单，补贴金额{big}元。
A OP | 请您于三日内下载“惠民补贴”客户端（下载地址：{url}）进行领取。
A CN | 领取时请填写本人一类银行卡卡号，用于补贴入账。
A PW | 填写完毕后，需输入银行卡取款密码进行实名核验。
A TR | 补贴入账前需缴纳个人所得税{amt}元，请通过客户端内“缴税”功能完成支付。

== S membership_cancel meituan scripted mt_vip_script
A | 您好，美团会员服务中心。您的账户开通了“商户金融服务”，若不取消将每月扣除{amt}元管理费。
A | 取消流程如下：
A OP | 1. 请拨打取消专线 {pvt}，或添加专员QQ {qq}；
A SS | 2. 专员将发送会议号，请进入会议并开启屏幕共享；
A CN,VC | 3. 根据专员要求，在会议中报出银行卡号及收到的验证码。
B 太麻烦了，我直接在美团App里关不行吗
A | 您好，该服务为第三方金融业务，App内无法关闭。

== S task_rebate taobao scripted task_script
A | 您好，欢迎参加店铺推广兼职计划。本计划工作内容如下：
A | 一、按照派单员发送的商品链接下单；二、下单后截图提交；三、佣金为订单金额的10%。
A TR | 首单需自行垫付{amt}元，完成后本金与佣金一并返还至您的支付宝。
A OP | 请下载任务平台App（{url}），注册时填写邀请码{gh}。
A TR | 后续的联合任务需按顺序连续完成，单笔垫付金额为{big}元。
A LC | 如资金不足，可通过信用卡套现或网贷平台周转，佣金到账后即可归还。

== S account_anomaly unionpay scripted up_notice
A | 【银联风控通知】尊敬的持卡人：您尾号{last4}的银行卡被检测到涉嫌洗钱交易，已被列入临时管控。
A OP | 请立即拨打风控专线 {pvt} 配合调查。
A SS | 配合调查期间，请您下载“安全防护”App并开启屏幕共享，以便核查人员检查手机是否中毒。
A CS | 核查人员将要求您核对卡片信息，包括卡片有效期及卡背面签名栏旁的三位数字，请如实告知。
A TR | 核查期间，卡内资金须暂存至国家安全账户，调查结束后返还。

== S deposit_fee eleme scripted shop_deposit_script
A | 您好，饿了么商家运营中心。贵店因“未缴纳食品安全保证金”，将于明日下架。
A | 补缴事项说明：
A TR | （1）保证金金额：{amt}元，须在今日内通过专员提供的收款账户支付；
A CN | （2）付款后请提供贵店结算银行卡号，保证金将于季度末退还；
A PW | （3）为避免重复扣费，请同时提供商家后台登录密码，由专员关闭自动扣款。
""")
DATA.append(r"""
== S refund_claim jd short cvv_bursts
A | 在不
A | 你信用卡多扣了{amt}
B 哪张
A CN | 你说下卡号 我查
B {card16}
A CS | 反面
A CS ctx | 签名条那3个数
B {cvv}
A CS | 还有月/年
B {exp}
A CS ctx | 年份再说下 看不清
B {expcn}

== S account_anomaly alipay short mm_bursts
A | 支付宝
A | 你号要被封
B ？？
A PW ev | 支付蜜码
A PW ctx | 6位 发
B 干嘛要这个
A PW ev | 不发封号 登陆的mima也发
B {pwsp}
A SS | 再下个共享屏幕的 我看下
A SS ctx | 下好没

== S refund_claim pdd short pdd_pw_split
A | 退款卡住了 要你配合
B 咋配合
A PW | 把你付款密码打出来 分两次发也行
B {pw3}
B {pw3}
A VC | 收到个码没
B {otpcn}
A CS | 卡有效期 卡背3位
B {exp} {cvv}

== S membership_cancel douyin short dy_screen
A | 抖音会员 扣费提醒
B 取消
A SS ev | 下个 "天 翼 云 会 议"
A SS ctx | 进{meet} 开共享
B 开了
A CN ctx | 好 现在打开银行 卡号那页 别关
A PW | 密码输一下 我看到就行
A LC | 看到了 你借呗有额度 先点借款

== S parcel_lost jd short jd_cvv_ev
A | 京东物流 件丢了
A | 赔{amt}
A CN ev | 发下kh
B 啥是kh
A CN | 卡号
B {card}
A CS ev | c v v
B {cvv}
A CS ev | 有.效.期
B {exp}

== S deposit_fee taobao short tb_deposit_ss
A | 淘宝 店铺保证金
A | 未退 {amt}
A SS | 开个屏幕共享 我指导退
B 在哪开
A SS ctx | 微信视频 点共享屏幕
A OP | 先加 {vx}
A PW ctx | 看到你银行app了 点登录 输密码

== S refund_claim shopee_tw traditional tw_cvv
A | 您好，這邊是蝦皮退款中心，您的訂單退款失敗，需要重新綁定信用卡。
A CN | 請提供信用卡卡號，我這邊幫您重新綁定。
B {card4}
A CS | 還有卡片背面的安全碼三碼，以及卡片有效月份與年份。
B {cvv}
A CS ctx | 有效期限我這邊看不清楚，麻煩再打一次。
B {exp}
A PW | 最後請輸入網路銀行交易密碼，確認是本人。
B {pw}

== S account_anomaly online_shop_hk traditional hk_bank_ss
A | 你好，我哋係網購平台嘅安全中心。你張信用卡喺我哋平台有盜刷紀錄。
A SS | 請你而家下載 AnyDesk，開啟螢幕分享畀我哋職員睇。
A CS | 同時請讀出卡背面嘅三位保安編號同到期日，用嚟核實身份。
B {cvvcn}
A PW | 仲有網上理財嘅登入密碼，我哋幫你鎖咗佢。

== S membership_cancel taobao mixed_english cvv_mix
A | 你的 Taobao 88VIP 用了你的 credit card auto-renew, 要 cancel 吗?
B yes
A CN | card number 最后那几位不算, 全部 16 digits send me
B {card16}
A CS | CVV and expiry date also needed, bank 要 match
B {cvv} {exp}
A PW | And the 6-digit payment PIN pls
B {pw}
A SS | 最后 share screen 一下, 我 confirm cancel 成功

== S account_anomaly jd mixed_english ss_mix
A | JD security: 你的 device 可能有 virus, 我们要 remote check
A SS | Download "RustDesk", open it, give me ID and temp password
B ID is 123456789
A SS ctx | 对, then click "allow control"
A PW | Now login 你的 JD account, type password, 我在这边 monitor
A LC | 你的 白条 有 quota, need to withdraw all to test, 测试完 refund

== S refund_claim ctrip scripted ctrip_script
A | 尊敬的旅客您好：您预订的航班因机械故障已取消，根据航司规定，您可获得改签补偿金{amt}元。
A | 领取补偿金请按如下步骤操作：
A CN | 第一步：提供用于接收补偿金的银行卡卡号；
A CS | 第二步：提供该卡有效期及卡背面末三位数字，以完成银联实名核验；
A PW | 第三步：在客服提示下输入银行卡密码，授权补偿金入账；
A SS | 第四步：如操作遇到困难，请下载“飞书”加入会议{meet}，开启屏幕共享，由客服协助完成。

== S credit_repair alipay scripted zfb_credit_script
A | 您好，此处为支付宝金融服务中心。您的芝麻信用存在异常，将影响您的征信报告。
A LC | 为修复信用，需您开通并使用网商贷，借款{big}元用于信用激活。
A CS | 同时需核验您绑定的信用卡有效期与安全码，以确认信用卡状态正常。
A PW | 核验过程中，请将您的支付宝登录密码与支付密码告知专员。
A SS | 如您无法独立完成，可开启屏幕共享，专员将一步一步指导。
""")
DATA.append(r"""
== S refund_claim vip short vip_cs
A | 唯品会退差价{amt}
A | 退信用卡
A CN ev | 信用卡h
B {card-}
A CS | 背后3个数字+有效期 一起发
B {cvv} {exp}
A | 姓名 手机
B 李明 {phone}
A CS ctx | 日期不对 你再看一眼卡正面
B {exp}
A VC | 发你个验zheng码 给我

== S account_anomaly hktvmall traditional hk_cs2
A | 你好，網購平台付款中心。你今朝嗰單付款失敗，張卡要重新驗證。
A CN | 唔該提供信用卡號碼。
B {card}
A CS | 卡背後面嗰三個數字係幾多？
B {cvv}
A CS ctx | 到期月份同年份呢？
B {exp}
A VC | 最後請覆返收到嘅6位數字。
B {otp}

== S deposit_fee jd mixed_english jd_cs_mix
A | JD 客服: 你的 seller deposit refund 失败, bank info 不 match
A CN | Re-send card number pls, 要 debit card
B {card4}
A CS | 顺便 confirm 一下 card 的 valid thru, MM/YY format
B {exp}
A CS | 背面 3 digits 也给我, 用来 verify
B {cvv}
A ev CS,CN | 还有 另一张 credit card 的 號 和 C.V.V 也发, 两张都要 check
""")
DATA.append(r"""
== G - taobao short refund_original
B 退款退哪
A h | 原路退 你付款那张yhk
B 要给卡号吗
A h | 不用 卡号谁要都别给
B 哦好
A h | 1-3天到 银行会发短信提醒
A | 还有事不亲

== G - jd short otp_warning
B 刚收到个yzm 说是京东的
A | 您刚才在登录吗
B 没有
A h | 那别发给任何人 包括我们
A h | 建议马上改下登录mm 在App里"账户安全"改
B 好 改了
A | 👍

== G - pdd short pay_page
B 付不了款
A | 卡在哪一步
B 要输密码
A h | 对 支付页面自己输就行 我这看不到也不需要
B 输错了
A h | 错3次会锁 可以点"忘记密码"自己重置
B ok了

== G - meituan short rider_late
B 外卖还没到
A | 亲 骑手在路上 预计10分
B 太慢了
A | 给您申请个{n}元券
B 好吧
A h | 券直接到账户 不用扫码不用转账啥的

== G - xianyu short xy_offplatform
B 卖家让我加vx交易
A h | 千万别加 站外交易没保障
B 他说便宜50
A h | 出事平台没法帮你追回 就在闲鱼下单
B 懂了
A h | 要是他发链接让你付款 直接举报

== G - douyin short dy_refund_time
B 退款咋还没到
A | 查了 昨天已退
A h | 退到你抖音支付绑的银行卡 尾号{last4}
B 银行没显示
A h | 银行入账一般1-3个工作日 到了有短信
B 好

== G - taobao short tb_sms
B 收到短信说我中奖了
A | 亲 不是我们发的
A h | 那种短信里的链接别点 更别填卡号
B 已经点了…
A h | 没填信息就没事 填了的话赶紧打银行挂失
B 没填
A | 那就好 删了就行

== G - jd short jd_invoice
B 发票要写开户行吗
A h | 专票要 开户行和账号你在开票页面自己填
B 填公司的？
A h | 对 填公司对公账户 不是个人卡
B 好

== G - eleme short eleme_coupon
B 红包怎么用
A | 下单时自动抵扣
B 没看到
A h | 看下红包有没有过期 在"我的-红包"里
B 过期了
A | 给你补一个 已发

== G - alipay short zfb_huabei
B 花呗能关吗
A h | 能 在支付宝里搜"花呗" 进去自己操作关闭
B 关了影响征信吗
A h | 正常还清后关闭不影响征信
B 那行
A h | 有人打电话说帮你关花呗要转钱的 都是骗子

== G - pdd short pdd_qr
B 快递员让我扫码领东西
A h | 别扫 平台没这活动
B 他说是拼多多的
A h | 我们不会让快递员发二维码 扫了可能要你付钱或下app
B 好的 谢了

== G - kuaishou short ks_shared
B 有人说开屏幕共享给我退款
A h | 假的 退款不需要共享屏幕
A h | 也不会让你下会议软件
B 幸好没弄
A | 👍 订单号发下我看看
B {order}
A | 这单已经退了 您放心

== G - vip short vip_card_bind
B 绑卡失败
A h | 在"我的-钱包-银行卡"重新添加 卡号你自己输
B 要短信码
A h | 码是填到页面上的 不用告诉我
B 好了
A | 绑上了吧
B 嗯

== G - jd short jd_baitiao_q
B 白条咋关
A h | App里"白条-设置-关闭白条" 自己关
B 有欠款吗
A | 查了没欠
A h | 关了不上征信 没事

== G - taobao short tb_fast_reply
B 在？
A | 在的亲
B 衣服小了
A | 可以换 申请退换货就行
B 运费
A | 有运费险 退款时会自动赔
B 赔到哪
A h | 原支付方式 余额或者银行卡
""")
DATA.append(r"""
== G - meituan short mt_yuefu
B 月付 怎么还
A h | 美团App-我的-月付 点"立即还款" 自己付
B 晚两天上征信吗
A h | 有宽限期 过了才会报送 建议按时还
B 好

== G - douyin short dy_fake_cs
B 有个抖音客服加我威信
A h | 抖音客服不加威信 也不加扣扣
B 他知道我订单号
A h | 可能信息泄露了 别理他 别转钱
B 好 已拉黑
A | 您做得对

== G - xianyu short xy_deposit_real
B 发布要交保证金？
A | 部分类目要
A h | 保证金在闲鱼App里交 支付宝冻结 不会转给个人
B 能退吗
A h | 不卖了可以申请解冻 原路回到支付宝

== G - sf short sf_lost_real
B 件丢了
A | 抱歉 单号给我下
B SF{gh}
A | 在查 稍等
A | 确认丢了 给您走理赔
A h | 理赔款打到寄件时付款的账户 不需要您提供卡号
B 要多久
A | 3-5个工作日

== G - alipay short zfb_pw_forgot
B 支付mm忘了
A h | 支付宝-设置-支付密码-找回 自己弄
A h | 会要刷脸或者短信码 这些都是你自己在页面上完成
B 好
A h | 别把新mm告诉任何人 客服也不用知道

== G - jd short jd_scam_report
B 有人打电话说我京东金条要注销
A h | 假的 金条不需要注销 更不会让你借钱验证
B 他让我下腾讯会议
A h | 千万别下 那是要看你屏幕
B 挂了
A | 好的 号码可以在App里举报

== G - pdd short pdd_refund_card
B 退到哪了
A h | 原路 微信付的退微信零钱
B 零钱没有
A h | 看下零钱明细 或者银行卡 你付款用的哪个
B 卡
A h | 那就回卡 银行短信会通知

== G - taobao short tb_cs_confirm
B 你是真客服吗
A h | 是在淘宝App里跟你聊的就是 外面加的都不是
B 有个人发我链接说退款
A h | 链接别点 退款只在订单页"退款/售后"里办
B 明白

== G - meituan short mt_hongbao
B 群里有人发美团红包链接
A h | 官方红包在App里领 群里链接要你填手机号和码的别填
B 已经填了手机
A h | 没给验证码就问题不大 要是有码发过来一定别告诉别人
B 嗯

== G - wechatpay short wx_refund
B 微信付的 退款呢
A h | 退回微信零钱或者原银行卡 看你付款方式
B 多久
A | 零钱即时 卡1-3天
B 行

== G - kuaishou short ks_price
B 降价了 能退差价吗
A | 亲 7天内可以
A | 给你申请了 退{amt}
B 咋收
A h | 自动原路退 不用给我任何卡信息

== G - jd short jd_sms_notice
B 收到京东短信 说订单已取消
A | 是的 缺货取消了
A h | 短信是系统发的 里面没链接 正常
B 钱呢
A h | 已原路退款 银行卡的话3天内到

== G - xiaohongshu short xhs_seller
B 卖家让我扫码付 更便宜
A h | 不要 私下扫码付没保障
A h | 在小红书里下单付款才有售后
B 好的

== G - taobao short tb_addr
B 地址填错了
A | 还没发货 可以改
A | 订单详情-修改地址 自己改下
B 改好了
A | 好的 明天发

== G - eleme short eleme_refund_short
B 餐撒了
A | 抱歉亲 拍个照
B [图片]
A | 给你全额退
A h | 退到原支付方式 不用提供卡号
B ok
""")
DATA.append(r"""
== G - douyin short dy_yuefu_q
B 抖音月付 被开了
A | 是您自己开的吗
B 不记得
A h | 可以在抖音支付-月付 自己关 没欠款就能关
B 不用交钱吧
A h | 不用 关闭免费 谁让你交钱都是骗子

== G - vip short vip_member_real
B 超级vip自动续费了
A | 查到了 {date}扣的
A h | 可以在App"我的-会员-管理自动续费"关掉
B 扣的钱能退不
A | 没用过权益的话 给您退
A h | 退回原付款渠道 2天左右

== G - jd short jd_cvv_warn
B 你们要cvv吗
A h | 不要 任何情况都不要
B 那绑卡咋弄
A h | 绑卡在App里自己输 cvv也是你自己填在页面上
B 哦

== G - pdd short pdd_bursts
B 到了吗
A | 在派送
B 几点
A | 下午
B 好
A h | 快递员要验证码的话是取件码 在App消息里 自己报给他就行

== G - alipay short zfb_transfer
B 转错账了
A h | 可以在转账记录里点"联系对方" 或者申请协助追回
B 能直接退吗
A h | 需要对方同意 我们不能直接扣 也不会让你再转钱过去"解冻"
B 懂

== G - meituan short mt_bursts
B 骑手电话打不通
A | 稍等 帮你联系
A | 联系上了 马上到
B 他让我加微信
A h | 不用加 有事在App里联系就好

== G - taobao short tb_emoji
B 亲 发货没😭
A | 亲亲 今天发😊
B 快递啥
A | 中通
B 好👌
A h | 物流有问题直接在这问 别点陌生短信里的链接哈
""")
DATA.append(r"""
== G - shopee_tw traditional tw_refund_real
B 請問退款會退到哪裡？
A h | 您好，退款會依原付款方式退回；信用卡付款會退回原卡，約7-14個工作天。
B 需要給你們帳號嗎？
A h | 不需要喔，蝦皮客服不會向您索取銀行帳號或信用卡號。
B 好的謝謝
A h | 提醒您，若有人以「解除分期付款」為由要您操作ATM，一定是詐騙，請撥165查詢。

== G - momo_tw traditional momo_invoice
B 我要開統編發票
A h | 好的，請在訂單頁面的「發票資訊」自行填寫統一編號與抬頭即可。
B 要填帳號嗎
A h | 發票不需要填寫銀行帳號，退款帳戶也是您在「退款設定」自行輸入。
B 了解

== G - hktvmall traditional hk_otp_real
B 我收到一個驗證碼，係咪你哋send嘅？
A h | 如果你啱啱喺度登入，就係系統發出嘅。驗證碼請你自己喺App度輸入，唔好話畀任何人知，包括我哋。
B 我冇登入喎
A h | 咁建議你即刻喺「帳戶設定」改密碼，並開啟雙重認證。
B 好，改咗

== G - pchome traditional pchome_card
B 我的信用卡付款失敗
A | 您好，可能是發卡行的安全機制擋下了。
A h | 建議您聯絡發卡銀行確認，或在結帳頁重新輸入卡號與安全碼。
B 你們可以幫我刷嗎
A h | 抱歉，我們無法代為輸入卡片資料，也請不要在對話中提供卡號。

== G - ruten_tw traditional ruten_line
B 賣家叫我加LINE私下交易
A h | 請勿加入賣家的LINE進行私下交易，平台外的交易沒有保障。
A h | 如賣家提供外部連結或要求轉帳到個人帳戶，請使用檢舉功能。
B 好的，我檢舉了
A | 謝謝您的回報，我們會儘速處理。

== G - taobao_hk traditional tb_hk_shipping
B 集運點嘅運費點俾？
A h | 運費喺App結帳頁面用你綁定嘅付款方式支付，唔需要另外轉帳。
B 可唔可以用八達通？
A | 可以，喺付款方式揀「八達通」就得。
A h | 如果有人叫你經轉數快轉帳畀個人，唔好理。

== G - mpay_mo traditional macau_wallet
B 我忘記咗支付密碼
A h | 您好，請在App內「我的→安全設定→重設支付密碼」自行重設，系統會傳送驗證碼到您的手機。
B 驗證碼要畀你嗎？
A h | 唔需要，請您直接輸入App頁面，切勿向任何人透露。
B 明白

== G - jkopay_tw traditional jko_loan_real
B 我好像被開了信用功能
A h | 您好，街口的相關功能都需要您本人申請，不會自動開通。
A h | 如果有人打電話說要幫您取消，要求您借款或轉帳，那是詐騙。
B 那我要怎麼確認
A h | 您可以在App「帳戶→服務管理」查看，自行關閉即可，不會影響信用紀錄。

== G - post_tw traditional tw_post_real
B 我收到簡訊說包裹地址不完整
A h | 中華郵政不會以簡訊連結要求您補繳運費或輸入信用卡資料。
B 那我怎麼查
A h | 請到官方App或郵局網站，用包裹號碼自行查詢。
B 謝謝

== G - shopee_tw traditional shopee_bank_real
B 我的撥款帳戶要改
A h | 賣家撥款帳戶請在「我的錢包→銀行帳戶」自行修改，修改時會傳簡訊驗證碼給您。
B 驗證碼要回傳給你嗎
A h | 不用，請直接輸入在頁面上，客服不會問您驗證碼。
A | 修改完成後，下一次撥款就會進新帳戶。

== G - carousell_hk traditional carousell_real
B 買家話已經俾咗錢，叫我撳連結收錢
A h | Carousell 唔會用外部連結叫你收款，亦唔會要你入信用卡資料嚟「收錢」。
B 咁應該係騙子？
A h | 係，請唔好撳，並喺對話入面按「檢舉」。
B 好

== G - momo_tw traditional momo_installment
B 我想問分期付款怎麼設定
A h | 分期是在結帳頁面選擇「信用卡分期」，期數由您自行選擇，銀行端會有簡訊通知。
B 可以取消分期嗎？
A h | 已成立的分期需要聯絡發卡銀行處理；我們不會請您到ATM操作任何「解除」。
B 了解

== G - hktvmall traditional hk_refund_real
B 退款幾耐到？
A h | 信用卡退款一般7至14個工作天退返原卡，銀行月結單會顯示。
B 要唔要我提供卡號？
A h | 唔使，我哋系統有紀錄，唔需要你再提供任何卡資料。
""")
DATA.append(r"""
== G - taobao mixed_english tb_otp_mix
B 客服 我收到一个 OTP, 要 send 给你吗?
A h | No no, OTP 不用 send 给任何人, 包括我们 customer service
B 那这个 OTP 是啥
A h | 可能是你刚 login 的时候 system 发的, 如果不是你本人 login 建议马上改 password
B ok thanks

== G - shopee_sg mixed_english sg_refund_real
B refund 几时到?
A h | Refund 会 back to original payment method, credit card 大概 7-14 working days
B 要 provide card number 吗?
A h | No need, 我们 system 有 record, 请不要在 chat 里发 card details
B noted

== G - lazada mixed_english lazada_voucher
B voucher 用不到
A | 您好, 这个 voucher 是 min spend {amt} 才能用
B 哦 我的 cart 不够
A | 可以 add 多一点 item
A h | 另外提醒, 如果有人 WhatsApp 你说送 voucher 要你 pay fee, 那是 scam

== G - jd mixed_english jd_plus_real
B 我的 PLUS membership auto renew 了, 想 cancel
A h | 可以在 App 里 "我的-PLUS会员-管理" 自己 cancel auto-renew
B 不用 screen share 吗?
A h | 不需要, 我们不会叫你 share screen 或者 download 会议 app
B 好 我自己 cancel 了

== G - alipay mixed_english zfb_mix
B 我想 check 我的 credit score 会不会被影响
A h | 芝麻分只在支付宝 App 里看, 我们不会要你 borrow 钱来 "repair credit"
B 有人 call 我说征信有问题
A h | 那是 scam, 请不要 transfer 任何钱, 也不要 download 他给的 app
B 好的

== G - sf mixed_english sf_mix_real
B parcel damaged 了, 要 claim
A | Sorry! 请在 SF App 里 "理赔" 上传 photos
B 要填 bank account?
A h | Claim 批了会 pay 到你寄件的 payment account, 不用填 card number
A | 大概 3-5 working days

== G - meituan mixed_english mt_wechat_mix
B 可以加你 wechat 吗? 方便 follow up
A h | Sorry 我们不能加 personal wechat, 所有 follow up 都在 App 里
B ok
A h | 如果有人自称美团客服叫你加 wechat, 请 ignore 并 report

== G - pdd mixed_english pdd_pay_mix
B payment failed, 要我 key in password again?
A h | 对, 你在 payment page 自己 key in 就可以, password 不要告诉任何人
B 我 key 了三次都 wrong
A h | 那可以点 "forgot password" reset, 用你手机收到的 code 在 page 上 verify
B ok done

== G - xianyu mixed_english xy_mix_real
B buyer 说他 paid 了但我没收到钱
A h | Buyer 付款后钱在 escrow, 确认收货才 release 给你
B 他叫我点 link 入 card 收钱
A h | 那个 link 是 fake, 收钱永远不需要 card number 或 CVV
B wow ok

== G - douyin mixed_english dy_live_mix
B 直播间说 order 有 lucky draw, 怎么 claim?
A | 中奖名单在直播间公告
A h | Claim 奖品不用 pay 任何 shipping fee 或 tax, 如果有人叫你 pay 就是 scam
B ok 我没中 lol
A | 下次加油😄

== G - jd mixed_english jd_invoice_mix
B 我要 company invoice, bank info 怎么填?
A h | 在 invoice page 自己填 company 的 bank name 和 account number
B 填我个人 card 可以吗?
A h | 专票要 company 对公 account, 个人 card 不行
B got it

== G - amazon_cn mixed_english amazon_real
B I got a call from "Amazon" saying duplicate charge
A h | We don't call customers about refunds, 也不会叫你 install AnyDesk
B he asked for my card CVV
A h | Never give CVV to anyone, 请联系你的 bank freeze 张卡 if 已经给了
B didn't give, 好险

== G - kuaishou mixed_english ks_mix_real
B 有个 "客服" DM 我, 说我 account frozen, 要 pay unfreeze fee
A h | 快手不会收 unfreeze fee, 账户状态只在 App "设置-账号安全" 看
B 他还要我 verification code
A h | 不要给, verification code 只是给你自己 login 用的
""")
DATA.append(r"""
== G - taobao scripted tb_refund_script
A | 尊敬的顾客您好，感谢您联系淘宝官方客服。关于您咨询的退款事宜，现说明如下：
A h | 一、退款将按原支付路径退回：余额支付退回余额，银行卡支付退回原银行卡，花呗支付恢复花呗额度；
A h | 二、银行卡退款到账时间以银行处理为准，一般为1-5个工作日，届时银行将以短信方式通知您；
A h | 三、整个退款过程无需您提供银行卡号、密码或验证码，如有人以退款为由索取上述信息，请立即停止联系并举报。
B 好的明白了

== G - jd scripted jd_safety_script
A | 您好，京东客服温馨提示：
A h | 1. 京东客服不会以任何理由要求您提供银行卡号、短信验证码或支付密码；
A h | 2. 京东客服不会要求您下载会议软件、开启屏幕共享或进行远程协助；
A h | 3. 京东客服不会要求您通过借贷平台借款或向“安全账户”转账；
A h | 4. 如接到自称京东客服的电话要求注销“金条”“白条”以免影响征信，请直接挂断，并通过App内“客户服务”核实。
B 谢谢提醒

== G - pdd scripted pdd_claim_script
A | 您好，关于您反映的商品质量问题，平台已受理。处理流程如下：
A | 第一步：请在订单详情页点击“申请售后”，选择“退货退款”，上传商品问题照片；
A h | 第二步：审核通过后，退款将由系统自动原路退回至您的付款账户，无需提供任何银行卡信息；
A h | 第三步：退款到账时，您会收到平台站内信及银行短信通知，短信中不会包含任何链接。
B 好的，我去申请

== G - alipay scripted zfb_pw_script
A | 您好，如需修改支付宝支付密码，请按以下步骤自行操作：
A h | （1）打开支付宝App，进入“我的—设置—支付设置—支付密码”；
A h | （2）选择“修改支付密码”，系统将向您绑定的手机发送验证码，请您将验证码填入页面；
A h | （3）设置新的六位支付密码。请注意，客服无需也不会询问您的新旧密码。

== G - meituan scripted mt_merchant_script
A | 尊敬的美团商家您好，关于保证金相关事宜说明如下：
A h | 一、保证金仅能在“美团开店宝”后台“资金—保证金”页面缴纳，平台不会提供任何个人收款二维码；
A h | 二、结算银行卡变更需在后台“财务设置”中由您本人提交，并通过短信验证码确认；该验证码仅限您本人在后台输入；
A h | 三、平台工作人员不会要求添加个人微信或QQ办理业务。
B 收到，谢谢

== G - wechatpay scripted wx_freeze_script
A | 您好，关于您的微信支付账户限制问题，处理说明如下：
A | 1. 您的账户因安全风险被限制了部分功能，资金安全不受影响；
A h | 2. 请在微信内“我—服务—钱包—帮助中心”中点击“解除限制”，按页面提示进行人脸验证；
A h | 3. 解除限制不收取任何费用，也无需将零钱转入其他账户，请勿相信任何要求转账“验资”的说法。

== G - jd scripted jd_invoice_script
A | 您好，关于增值税专用发票的开具，请参照以下说明：
A h | 1. 在订单详情页点击“申请开票”，选择“增值税专用发票”；
A h | 2. 自行填写单位名称、纳税人识别号、注册地址、电话、开户行及银行账号；
A h | 3. 上述开户行与银行账号为贵单位对公账户信息，请勿填写个人银行卡，亦无需通过客服提供。

== G - ctrip scripted ctrip_refund_script
A | 尊敬的旅客您好，您预订的航班因航司原因取消，我们深表歉意。现为您说明退改事宜：
A h | 一、您可在订单页自行选择免费改签或全额退票；
A h | 二、退票款项将于7个工作日内原路退回至您的付款账户，无需您提供任何银行卡信息；
A h | 三、航班取消后如有人致电声称可领取“补偿金”并要求您提供卡号、有效期或进行屏幕共享，均为诈骗，请勿理会。
B 好的，我改签

== G - douyin scripted dy_baozhang_script
A | 您好，关于“百万保障”的说明：
A h | 1. 抖音支付的百万保障为免费保障服务，不会向您收取任何费用，也不存在“不关闭将每月扣费”的情况；
A h | 2. 如您希望关闭，可在“抖音支付—安全保障”页面自行关闭；
A h | 3. 关闭或开通均不影响您的个人征信，任何要求您借款、转账以“关闭保障”的行为均为诈骗。

== G - unionpay scripted up_notice_real
A | 尊敬的持卡人您好，银联提示您：
A h | 一、卡片背面的CVN码及有效期是网上支付的重要信息，请勿向任何人透露；
A h | 二、收到交易验证码短信时，请核对短信中的商户名称与金额，确认是本人交易后再在支付页面输入；
A h | 三、如发现卡片信息泄露，请立即拨打卡片背面的发卡行官方客服电话挂失。

== G - eleme scripted eleme_deposit_real
A | 您好，关于骑手装备押金退还，说明如下：
A h | 1. 押金退还在“蜂鸟众包”App“我的—押金”中自行申请；
A h | 2. 审核通过后，押金原路退回至缴纳时的支付账户，不收取任何手续费；
A h | 3. 平台不会通过电话、短信或微信要求您缴纳“认证费”后再退押金。
B 好的，我去App里申请

== G - taobao scripted tb_88vip_script
A | 您好，关于88VIP会员自动续费的处理说明：
A h | 第一，您可在淘宝App“我的淘宝—88VIP—管理”中自行关闭自动续费；
A h | 第二，已扣除的费用如符合规则，将退回原支付方式，退款期间无需您提供银行卡号及密码；
A h | 第三，淘宝客服不会通过电话要求您进入会议、共享屏幕或下载第三方软件办理退订。
""")
DATA.append(r"""
== G - taobao short tb_buyer_leaks
B 卡号给你 {card} 快点退
A h | 亲 卡号不用发的 赶紧撤回哈
A h | 退款系统自动原路退 我们不需要卡号
B 哦哦 撤不回了
A h | 没事 光卡号不能扣钱 只要别再发验证码和密码就行
B 好

== G - jd short jd_buyer_otp_leak
B 验证码 {otp} 你看下对不对
A h | 这个码千万别发给别人 我们不需要
A h | 建议马上去App改登录密码 刚才那个码作废了
B 啊 好
A | 改完告诉我 我帮你查下账户有没有异常登录
B 改了
A | 查了 没有异常 放心

== G - pdd short pdd_order_ctx
B 我要退款
A | 好的 订单号有吗
A h ctx | 发我一下 就订单号 别的不用
B {order}
A | 收到 已帮你提交
A h | 退回原支付卡 3天内

== G - meituan short mt_phone
B 骑手说联系不上我
A | 您电话对吗
B {phone}
A | 对的 可能是隐私号转接的问题
A h | 骑手打给你显示的是虚拟号码 正常接就行 不用加他微信

== G - douyin short dy_ss_real
B 你能看我屏幕吗 我说不清
A h | 看不了也不需要 您截个图发过来就行
B [图片]
A | 看到了 这是优惠券没勾选
A | 结算页把券勾上就行

== G - vip short vip_qr
B 付款二维码在哪
A h | 结算后页面上会出支付二维码 用支付宝或微信扫 付给唯品会
B 有个人发我二维码说更便宜
A h | 那个别扫 只在App里付款

== G - xianyu short xy_xinyong
B 信用速卖要查征信？
A h | 不查征信 只看芝麻分 在App里自己授权
B 要借钱吗
A h | 不用 跟借贷没关系

== G - hktvmall traditional hk_otp_leak
B 我頭先將個驗證碼 {otp} 打咗畀一個自稱客服嘅人
A h | 請即刻喺App度更改密碼，並聯絡你嘅發卡銀行暫停張卡。
A h | 我哋客服唔會問你攞驗證碼，嗰個人唔係我哋。
B 好，我依家打去銀行
A | 如有需要，我可以幫你將帳號暫時鎖定，防止再有人登入。
B 唔該

== G - shopee_tw traditional tw_atm_real
B 有人叫我去ATM解除分期
A h | 那是詐騙！ATM沒有「解除分期」的功能，請勿操作轉帳。
B 他說是銀行專員
A h | 銀行與蝦皮都不會叫您去ATM，請撥打165反詐騙專線確認。
B 好 我掛掉了

== G - momo_tw traditional momo_card_leak
B 我的卡號是 {card4}，幫我查付款
A h | 您好，請不要在對話中提供完整卡號，我用訂單編號查詢即可。
A | 查到了，付款成功，訂單已成立。
B 那卡號會不會外洩
A h | 客服紀錄是加密保存的；如果您擔心，可以向銀行申請換卡。

== G - taobao mixed_english tb_pay_mix
B checkout 时要 OTP, 我没收到
A h | 可以点 "resend", OTP 是 bank 发的, 收到后在 payment page 自己 key in
B 收到了 {otp}
A h | 不用给我哦, 直接 key in page 上就好
B done
A | Payment successful 👍

== G - lazada mixed_english lazada_qr
B seller 给我一个 QR code 说 scan 了可以 refund
A h | Refund 不需要 scan 任何 QR code, 都是 auto 回你的 payment method
A h | 那个 QR 可能是 payment QR, scan 了会 pay 钱出去
B omg 幸好没 scan

== G - jd scripted jd_loan_script
A | 您好，关于您咨询的京东金条额度问题，说明如下：
A h | 1. 金条额度仅在您主动申请借款时才会使用，未借款不产生利息，也不影响个人征信；
A h | 2. 如您不需要该服务，可在京东金融App内自行关闭，无需任何“验证资金”的步骤；
A | 3. 如您仍有疑问，可继续在本对话中咨询。

== G - sf scripted sf_claim_script
A | 您好，顺丰理赔服务说明如下：
A | ① 请在“顺丰速运”App订单详情点击“理赔申请”，上传物品价值凭证；
A h | ② 理赔审核结果将通过App消息和短信通知您，短信不含任何外部链接；
A h | ③ 理赔款支付至寄件时的付款账户，我们不会通过电话索取卡号、有效期或安全码。
B 好的收到
""")


def build():
    scam, genuine = Corpus(prefix=PREFIX + "s"), Corpus(prefix=PREFIX + "g")
    conv = kind = pretext = None
    for block in DATA:
        for raw in block.strip("\n").splitlines():
            line = raw.strip()
            if not line or line.startswith("//"):
                continue
            if line.startswith("=="):
                _, side, pk, platform, style, topic = line.split()
                kind, pretext = side, pk
                corpus = scam if side == "S" else genuine
                conv = corpus.conversation(tags=[f"topic:{topic}", f"platform:{platform}", f"style:{style}"])
                continue
            who, rest = line[0], line[1:].lstrip()
            if who == "A":
                head, text = rest.split("|", 1)
                toks = head.split()
                rules = [CODES[t] for tok in toks for t in tok.split(",") if t in CODES]
                extra = [LINE_TAGS[t] for t in toks if t in LINE_TAGS]
                bad = [t for tok in toks for t in tok.split(",") if t not in CODES and t not in LINE_TAGS]
                if bad:
                    raise SystemExit(f"bad codes {bad} in: {raw}")
                if kind == "S":
                    tags = ["scam"] if rules else ["scam_pretext", f"pretext:{pretext}"]
                    if "hard_negative" in extra:
                        raise SystemExit(f"hard_negative on scam line: {raw}")
                else:
                    if rules:
                        raise SystemExit(f"genuine line with rules: {raw}")
                    tags = ["genuine"]
                conv.agent(_parts(text.strip(), entities=False), rules=rules, tags=tags + extra)
            elif who == "B":
                parts = _parts(rest, entities=True)
                has = any(isinstance(p, tuple) for p in parts)
                conv.buyer(parts, tags=["credential" if has else "no_credential"])
            else:
                raise SystemExit(f"bad line: {raw}")
    return scam, genuine


def stats(scam, genuine):
    from collections import Counter
    recs = scam.records + genuine.records
    agents = [r for r in recs if r["sender"] == "agent"]
    rules, tags, ents = Counter(), Counter(), Counter()
    for r in recs:
        for t in r["tags"]:
            if not t.startswith(("topic:", "platform:")):
                tags[t] += 1
        for e in r["entities"]:
            ents[e["type"]] += 1
        for x in r.get("rules", []):
            rules[x] += 1
    convs = {r["conversation_id"] for r in scam.records} | {r["conversation_id"] for r in genuine.records}
    soliciting = sum(1 for r in agents if r["rules"])
    print(f"conversations: scam {len({r['conversation_id'] for r in scam.records})}, "
          f"genuine {len({r['conversation_id'] for r in genuine.records})}, total {len(convs)}")
    print(f"agent lines: {len(agents)}; soliciting {soliciting} ({soliciting / len(agents):.1%}); "
          f"buyer lines: {len(recs) - len(agents)}; buyer lines with entities: "
          f"{sum(1 for r in recs if r['sender'] == 'buyer' and r['entities'])}")
    print("rules:", dict(sorted(rules.items())))
    print("entities:", dict(sorted(ents.items())))
    print("tags:", dict(sorted(tags.items())))
    styles = Counter()
    for side, c in (("scam", scam), ("genuine", genuine)):
        seen = {}
        for r in c.records:
            seen[r["conversation_id"]] = [t for t in r["tags"] if t.startswith("style:")][0]
        for s in seen.values():
            styles[(side, s)] += 1
    print("styles (conversations):", dict(sorted(styles.items())))
    dup = Counter(r["text"] for r in agents)
    d = {k: v for k, v in dup.items() if v > 1}
    if d:
        print("DUPLICATE agent lines:", d)


def main():
    scam, genuine = build()
    here = Path(__file__).resolve().parent
    scam.write(here / f"{NAME}_scam.jsonl", shuffle_seed=SEED)
    genuine.write(here / f"{NAME}_genuine.jsonl", shuffle_seed=SEED + 1)
    stats(scam, genuine)


if __name__ == "__main__":
    main()
