"""Generator for the sol_w10 hold-out corpus: Chinese e-commerce support chats, scam and genuine,
mixed the way an ordinary week of production traffic on a large platform looks.

Every line below was written by hand. Code only fills in buyer values (card numbers, codes,
phones, ID numbers), computes entity offsets, expands short rule names and tags, and writes the
two files through kit.Corpus (which runs the self-check).

Script format (one conversation per block):
    === S|G tag tag ... [pk:<pretext kind>]     S = scam conversation, G = genuine conversation
    A| text                                    agent line, no rule
    A[CODE,OFF]| text                          agent line breaking rules
    A[CODE;ctx,ev]| text                       ... with extra line tags (ctx=contextual, ev=evasion)
    A[;pk=deposit_fee]| text                   scam pretext line of another kind
    B| text with {CARD_S} ...                  buyer line; {...} is a labelled value filled in by code

Run:  python3 gen_sol_w10.py   (writes sol_w10_scam.jsonl and sol_w10_genuine.jsonl here)
"""
from __future__ import annotations

import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # samples/: the shared kit
from kit import (Corpus, card_number, chinese_digits, digits, expiry, fullwidth, id_number,  # noqa: E402
                 mobile, spaced)

NAME, PREFIX, SEED = "sol_w10", "w10", 20251210
HERE = Path(__file__).resolve().parent

RULE = {
    "CARD": "ASK_CARD_NUMBER", "CVV": "ASK_CARD_SECURITY", "PWD": "ASK_PASSWORD",
    "CODE": "ASK_VERIFICATION_CODE", "SCREEN": "ASK_SCREEN_SHARE", "PAY": "ASK_TRANSFER",
    "OFF": "ASK_OFF_PLATFORM", "LOAN": "ASK_LOAN_OR_CREDIT",
}
LINE_TAG = {"ctx": "contextual", "ev": "evasion"}
PRETEXT_KINDS = {"refund_claim", "parcel_lost", "account_anomaly", "membership_cancel", "deposit_fee",
                 "credit_repair", "task_rebate", "prize_subsidy", "other"}
# Words the scammers also use; a genuine agent line containing one is a hard negative.
HARD_WORDS = (
    "验证码", "校验码", "动态码", "短信", "银行卡", "卡号", "信用卡", "储蓄卡", "密码", "口令", "微信", "QQ",
    "转账", "打款", "汇款", "链接", "二维码", "扫码", "共享", "屏幕", "远程", "会议", "借呗", "花呗", "白条",
    "备用金", "贷款", "额度", "征信", "安全码", "CVV", "有效期", "账户", "帐户", "账号", "冻结", "解冻",
    "保证金", "押金", "理赔", "赔付", "赔偿", "退款", "原路", "充值", "红包", "下载", "APP", "App", "app",
    "客服电话", "身份证", "实名", "支付", "付款", "扣费", "自动续费", "会员", "注销", "开户行", "银联", "刷单",
    "返利", "中奖", "补贴", "警方", "公安", "报警", "收款", "人脸", "验证", "安全", "诈骗", "骗子", "网址",
)


def fill(rng: random.Random, key: str) -> tuple[str, str]:
    """A labelled buyer value for a {KEY} placeholder: (entity type, written form)."""
    if key.startswith("CARD"):
        card = card_number(rng, length=16) if key == "CARD16" else card_number(rng)
        form = {"CARD": card, "CARD16": card, "CARD_S": spaced(card, 4), "CARD_D": spaced(card, 4, "-"),
                "CARD_FW": fullwidth(card), "CARD_CN": chinese_digits(card, one="幺")}[key]
        return "CN_BANK_CARD", form
    if key.startswith("CODE"):
        n = 4 if key == "CODE4" else 6
        code = digits(rng, n)
        form = {"CODE6": code, "CODE4": code, "CODE_CN": chinese_digits(code, one="幺"),
                "CODE_SP": spaced(code, 1), "CODE_FW": fullwidth(code)}[key]
        return "CN_VERIFICATION_CODE", form
    if key.startswith("CVV"):
        cvv = digits(rng, 3)
        return "CN_CARD_SECURITY", {"CVV": cvv, "CVV_CN": chinese_digits(cvv)}[key]
    if key.startswith("EXP"):
        exp = expiry(rng)
        mm, yy = exp.split("/")
        form = {"EXP": exp, "EXP_N": mm + yy, "EXP_CN": f"20{yy}年{int(mm)}月"}[key]
        return "CN_CARD_SECURITY", form
    if key.startswith("PWD"):
        pwd = digits(rng, 6)
        return "CN_PAYMENT_PASSWORD", {"PWD": pwd, "PWD_SP": spaced(pwd, 1), "PWD_CN": chinese_digits(pwd),
                                       "PWD_FW": fullwidth(pwd)}[key]
    if key.startswith("PHONE"):
        phone = mobile(rng)
        form = {"PHONE": phone, "PHONE_S": spaced(phone, (3, 4, 4)), "PHONE_D": spaced(phone, (3, 4, 4), "-"),
                "PHONE_CN": chinese_digits(phone, one="幺")}[key]
        return "CN_PHONE", form
    if key == "ID":
        return "CN_ID_CARD", id_number(rng)
    raise KeyError(key)


PLACEHOLDER = re.compile(r"\{([A-Z0-9_]+)\}")
LINE = re.compile(r"^(A|B)(?:\[([^\]]*)\])?\|\s?(.*)$")


def parse(script: str, kind: str, corpus: Corpus, rng: random.Random) -> None:
    for block in script.split("\n=== ")[1:]:
        lines = [ln for ln in block.strip("\n").split("\n") if ln.strip()]
        head = lines[0].split()
        assert head[0] == kind, head
        conv_tags = [t for t in head[1:] if not t.startswith("pk:")]
        pk = next((t[3:] for t in head[1:] if t.startswith("pk:")), None)
        assert kind == "G" or pk in PRETEXT_KINDS, head
        conv = corpus.conversation(tags=conv_tags)
        for raw in lines[1:]:
            m = LINE.match(raw.strip())
            assert m, raw
            who, spec, text = m.group(1), m.group(2) or "", m.group(3).strip()
            assert text, raw
            if who == "B":
                parts, pos = [], 0
                for ph in PLACEHOLDER.finditer(text):
                    if ph.start() > pos:
                        parts.append(text[pos:ph.start()])
                    parts.append(fill(rng, ph.group(1)))
                    pos = ph.end()
                if pos < len(text):
                    parts.append(text[pos:])
                has = any(isinstance(p, tuple) for p in parts)
                conv.buyer(parts, tags=["credential" if has else "no_credential"])
                continue
            assert "{" not in text, raw
            rule_part, _, tag_part = spec.partition(";")
            rules = [RULE[r.strip()] for r in rule_part.split(",") if r.strip()]
            tags, line_pk = [], pk
            for t in (x.strip() for x in tag_part.split(",") if x.strip()):
                if t.startswith("pk="):
                    line_pk = t[3:]
                else:
                    tags.append(LINE_TAG[t])
            if kind == "G":
                assert not rules, raw
                tags = ["genuine"] + (["hard_negative"] if any(w in text for w in HARD_WORDS) else []) + tags
            elif rules:
                tags = ["scam"] + tags
            else:
                assert line_pk in PRETEXT_KINDS, raw
                tags = ["scam_pretext", f"pretext:{line_pk}"] + tags
            conv.agent(text, rules=rules, tags=tags)


def summary(records: list[dict]) -> str:
    agent = [r for r in records if r["sender"] == "agent"]
    rules, tags = Counter(), Counter()
    for r in agent:
        rules.update(r["rules"])
    for r in records:
        tags.update(t for t in r["tags"] if not t.startswith(("topic:", "platform:")))
    convs = len({r["conversation_id"] for r in records})
    out = [f"conversations {convs}, lines {len(records)}, agent lines {len(agent)}, "
           f"agent lines breaking a rule {sum(1 for r in agent if r['rules'])}, "
           f"buyer lines with entities {sum(1 for r in records if r['sender'] == 'buyer' and r['entities'])}"]
    out += [f"  {k}: {v}" for k, v in sorted(rules.items())]
    out += [f"  tag {k}: {v}" for k, v in sorted(tags.items())]
    return "\n".join(out)

SCAM = r"""
=== S topic:parcel-lost-claim platform:taobao style:chat pk:parcel_lost
A| 您好，请问是王女士吗？这里是圆通速递理赔中心，您11月3号淘宝下单的那件羽绒服在杭州中转站丢件了，实在抱歉
B| 啊？我说怎么一直没到
A| 是的亲，按快递赔付标准给您三倍理赔，一共897元，需要您配合走一下理赔流程哦
B| 好的 怎么弄
A[OFF]| 淘宝这边理赔通道人太多了，您加一下我们理赔专员的企业微信 yt-lipei0871，备注"丢件理赔"就行
B| 加了，她让我等你
A[SCREEN,OFF]| 好的，专员需要一步步指导您，麻烦您去应用商店搜"云会议"下载一下，会议号862 337 419，直接进就行
A[SCREEN]| 进来以后点一下最下面那个"共享屏幕"，这样我才能看到您那边的页面，帮您点对位置
B| 它弹了个提示说不要和陌生人共享屏幕……
A[SCREEN;ctx]| 那是系统默认的提示，每个人都会弹，您点"继续"就好，我们是官方合作渠道
A[CARD]| 现在打开您的手机银行，把要收理赔款的那张卡的卡号念给我，我这边给您登记
B| {CARD_S}
A[CODE]| 收到。系统刚给您发了一个六位数的短信，是理赔款到账确认码，您报一下
B| {CODE6}

=== S topic:quality-recall-refund platform:douyin style:call pk:refund_claim
A| 喂，您好，这边是抖音电商售后，工号3307。您上个月在"鹿小柒美妆旗舰店"买的那瓶精华液，质检出来批次有问题，现在统一给您做退款
B| 哦……是有这个事吗
A| 对，这个批次已经全部下架了，除了原价退款，另外给您补偿一百五十块钱
B| 那你们直接退回来不就行了
A[LOAN]| 是这样的，系统显示您支付宝名下有一个备用金的端口，退款要先走备用金，您现在打开支付宝搜一下"备用金"，看看里面显示多少额度
B| 我没开过那个啊
A[LOAN]| 没开通的话您点一下"立即领取"，领取是不收费的，领了退款才有通道进来，后面我这边帮您关掉
A[PAY;ctx]| 领下来的那五百是平台垫的，您得转回我们退款专用的对公账户，不然系统会判定您套现
B| 我怎么觉得不太对，我挂了先
A[LOAN]| 您现在挂了这个备用金就关不掉了，逾期是要上征信的，您想清楚

=== S topic:million-guarantee-cancel platform:jd style:call pk:membership_cancel
A| 您好，这里是京东金融客服中心。系统显示您在京东开通了"百万保障"服务，试用期今天到期，明天开始每个月自动扣费800元
B| 我没开过啊？？
A| 可能是您之前买东西的时候误点了，很多用户都是这种情况，不用着急，我帮您关闭
A[LOAN]| 这个服务是跟央行征信挂钩的，如果不按我说的取消，扣费失败会直接记到您的征信里，以后房贷车贷都办不下来
B| 那你帮我关吧
A[SCREEN,OFF]| 关闭要在我们的专用平台操作，您先在手机上下载一个"小鱼易连"，我发您会议号，进来我指导您
A[SCREEN]| 进来之后您点一下右下角"共享"，我看着您操作，不然您容易点错
A[LOAN]| 好，现在您打开京东金融，看一下"金条"能借出来多少，要把额度先借出来做一次流水验证
B| 显示能借2万3
A[PAY;ctx]| 全部借出来，然后转到我给您的这个监管账户里，验证通过后系统会原路退回，连利息都不用出
B| 要转到哪个账户

=== S topic:student-loan-cleanup platform:alipay style:call pk:credit_repair
A| 喂，你好，请问是陈宇同学吗？我这边是支付宝官方的，想核实一下，你读大学的时候是不是注册过一个校园贷的账号
B| 好像有吧 很久以前了
A| 对的，根据银保监会最新的要求，这类学生账号要全部注销清零，你的账号现在还处于开通状态
A[LOAN]| 如果今天不注销，系统会把你当成违规借贷，直接影响你的个人征信，你必须配合我今天把它处理掉
B| 那要怎么注销？
A[LOAN]| 注销需要先证明你没有还款能力，你打开借呗、微粒贷、京东金条，把能借的都借出来
A[PAY]| 借出来的钱转到我给你的核验账户，走一遍流水，核验完马上给你原路退回，然后账号就注销了
B| 我还是学生没有这么多钱啊
A[LOAN;ctx]| 不是让你出钱，是把额度提出来走一下，你不配合的话，后果你自己承担
A[CODE]| 借的时候银行会给你发一条验证短信，你收到以后把里面的数字念给我，我这边同步操作
B| {CODE_CN}

=== S topic:account-frozen-deposit platform:xianyu style:chat pk:deposit_fee
A| 您好，这里是闲鱼安全中心。您的账号因为交易异常已被临时冻结，买家付的款暂时无法到账
B| 我刚卖了个switch，钱一直没到
A| 是的呢，系统检测到您没有完成卖家保证金认证，所以这笔款项被冻结了
A[PAY]| 您需要先缴纳1000元的诚信保证金，认证完成后连同货款一起解冻退回给您
B| 怎么交？在闲鱼里交吗
A[OFF,PAY]| 闲鱼里面交不了的，您点这个链接 http://xy-bzj.top/renzheng 进入保证金缴纳页面
B| 交完了，还是冻结的
A[PAY;ctx]| 您刚才交的时候备注写错了，系统没识别到，需要再交一次2000做"纠错"，交完三笔一起退
A[CARD]| 另外您把收款的银行卡号发我一下，解冻之后钱直接打到您卡上
B| {CARD}
A[PWD]| 还需要您的支付宝支付密码来做身份核验，输在对话框里就行，我们是加密的
B| 这个也要？

=== S topic:parcel-lost-claim platform:pdd style:sms pk:parcel_lost
A[OFF]| 【中通快递】尊敬的客户，您的包裹(单号75109384226)因仓库失火损毁，现给予双倍赔付，请点击 zt-pei.cc/k8 填写理赔信息，48小时内有效。
B| 我的货确实还没到，这个是真的吗
A[CARD,CVV]| 您好，理赔页面上需要填收款银行卡号、卡背面三位数和有效期，填完24小时到账
B| 卡号{CARD16} 背面{CVV} 有效期{EXP}
A[CODE]| 已提交。现在会收到一条银联的验证短信，把验证码回复到本号码即可完成赔付
B| {CODE6}
A[CODE;ctx]| 验证码超时了，请把新收到的那个再发一次

=== S topic:membership-cancel platform:kuaishou style:chat pk:membership_cancel
A| 亲 您好 这里是快手官方客服 您的账号被开通了"快手主播会员" 学生身份是不能开通的 已经违规了
B| 我没开啊 什么主播
A| 可能是别人用您的身份信息开的 这种情况需要及时关闭 不然每个月扣您费
A[OFF]| 您加一下我们负责关闭业务的专员QQ 2873301964 她会帮您处理
B| 加好了
A[SCREEN,OFF]| 专员这边让您下载一个"腾讯会议" 进会议以后把屏幕共享打开
A[LOAN,PAY]| 关闭需要清空您账户的信用额度 您打开抖音月付、美团月付 把额度都用出来 然后转到专员给的清算账户
A[LOAN;ctx]| 不清空的话关不掉 您以后贷款买房都受影响

=== S topic:flight-cancel-compensation platform:ctrip style:sms pk:refund_claim
A[OFF]| 【航班通知】尊敬的旅客，您预订的MU5137航班因机械故障取消，请联系客服4006-213-871办理改签，并领取每人300元延误补偿。
B| 你好 我刚打了这个电话 说让我跟你们这边对接
A| 是的先生，您的延误补偿已经审批下来了，我这边为您操作退款和补偿
A[CARD]| 麻烦提供一下您收补偿款用的储蓄卡卡号，信用卡不行
B| 卡号是{CARD_D}
A[CARD,PWD]| 还有开户行和银行预留手机号，另外系统需要您输入一次银行卡取款密码做核验
B| 密码是{PWD}
A[PAY;ctx]| 核验显示您卡里余额不足5000，补偿款打不进来，您需要先往卡里存够，再转到我们的验资账户激活一下

=== S topic:task-rebate platform:xiaohongshu style:chat pk:task_rebate
A| 哈喽宝子 我们是小红书品牌推广的，现在招兼职，给博主点赞关注一单赚3-5块，日结，有兴趣吗😊
B| 真的假的 怎么做
A[OFF]| 你先下载我们的任务app"星推客"，链接 xtk-app.vip/dl ，注册的时候邀请码填 A5531
B| 下好了 点了三个 到账了15块
A| 对吧，很简单的。今天有个高佣金的商家任务，做完返本金再给30%佣金
A[PAY]| 这个单需要先垫付 298，在app里扫商家给的二维码付款，做完五分钟内连本带佣金返给你
B| 付了 然后呢
A[PAY;ctx]| 你这单触发了连单，要再做两单 1288 和 3680 才能一起提现，不做的话之前的也提不了哦
B| 我没有那么多钱了
A[LOAN]| 可以用花呗或者信用卡先借一下，反正马上就返了，很多宝子都这样做的

=== S topic:police-handoff platform:jd style:call pk:other
A| 您好，这边是京东客服，您名下有一笔异常订单，是用您的身份证在河北注册的账户购买了十二部手机，涉嫌洗钱
B| 不是我买的啊
A| 我们也觉得您可能是被人冒用了，这个需要您去报案，我帮您把电话直接转接到当地公安
A| 喂，我是沧州市公安局刑侦支队的李警官，警号037765，京东那边已经把情况转过来了
A[SCREEN,OFF]| 现在案情涉密，你不能告诉任何人。下载一个"公安防护"app，我把地址发你短信，装好后按我说的开视频、共享屏幕
B| 警官我真没干这种事
A[PAY]| 为证明你清白，你名下所有存款要转到国家安全账户做资金核查，核查完全部退还
A[CARD,PWD]| 你把你所有银行卡的卡号和密码报一下，我们要逐张核查
B| 我工行的是{CARD}，密码{PWD}
A[CODE]| 等一下会收到一条银行短信，里面的数字马上告诉我，这是冻结令的解锁码

=== S topic:game-account-trade platform:other style:chat pk:other
A| 兄弟 你挂在闲鱼的那个王者号还在吗 我想要 你开2800可以
B| 在的 闲鱼直接拍就行
A[OFF]| 闲鱼抽成太高了 咱去"交易猫"上交易吧 有担保的 链接我发你 jym-dbjy.cc
B| 好 我注册了 挂上去了
A| 我已经付款了 你看一下平台有没有通知
B| 它说我银行卡号填错了 资金被冻结
A[PAY;ctx]| 那就是你自己信息填错了 平台客服说要你交1500解冻金 交了连本带利退给你的
A[PAY,OFF]| 你去找平台在线客服 他会给你发个收款码 扫码交了就能解冻 钱我这边都付了你快点
B| 交了 又说要交一个保证金……

=== S topic:subsidy-prize platform:pdd style:short pk:prize_subsidy
A| 恭喜您！拼多多年终回馈，您获得了一台iPhone的免单资格🎉
B| ？？真的吗
A[PAY]| 只需支付39元运费和手续费即可包邮到家，名额有限
B| 怎么付
A[PAY,OFF]| 扫这个码 👇 pdd-mian.shop/pay
A[CODE;ctx]| 付完发我短信里那个码

=== S topic:insurance-refund platform:pingan style:call pk:refund_claim
A| 您好，我是安泰人寿客服中心的，系统显示您购买的意外险保单有一笔多扣的保费，一共1260元，现在给您退回来
B| 哦 我是买过一个
A[OFF,SCREEN]| 这个退费要在我们的理赔系统里操作，您先加一下我的企业微信，我拉您进一个视频会议
B| 我加上了
A[SCREEN;ctx]| 您开一下共享，我看看您的手机银行首页，余额那里要够1260才能退
A[PAY]| 因为是原路退回，您得先转1260到我们的中转账户做冲正，系统识别后会给您退2520
A[PWD;ctx]| 对，手机银行里转账需要密码的时候您直接输，我这边不看，您放心输

=== S topic:ticket-refund-fake platform:damai style:chat pk:refund_claim
A| 您好，大麦网退票中心。您购买的12月21号周杰伦演唱会门票因为场馆变更需要全额退款，另外补偿20%
B| 啊 取消了吗 我没收到通知
A| 是的，官方还没公布，我们先为购票用户办理的
A[CARD,OFF]| 请您在这个退款页面登记银行卡号：dm-tuipiao.net/refund ，大麦APP里暂时没开放
B| 登记了
A[CVV]| 页面下方还要填卡背面的三位安全码，不填的话无法识别您的银行卡
A[CODE;ctx]| 收到的动态码也一起填上去，或者直接发我也行
B| {CODE6} 你看是不是这个
=== S topic:formaldehyde-refund platform:taobao style:chat pk:refund_claim
A| 亲亲您好，这里是"暖织家纺"店铺售后～您在我们家买的四件套，经质检部门抽检甲醛含量超标，对您表示非常抱歉
B| 啊我都用了两个星期了
A| 实在不好意思亲，我们会给您全额退款，并且额外补偿三倍货款，您不用退货的
B| 好 那你直接在淘宝上退吗
A[OFF]| 淘宝上只能退原价的，补偿款要走我们店铺的理赔通道，您加一下售后专员威信：nz-shouhou88
A[OFF;ev]| 就是V，字母nz杠shouhou88，加的时候备注订单尾号就行
B| 加上了，她发了个链接让我填
A[CARD,CVV]| 对的亲，链接里填一下收款的银行卡号，还有卡的有效期和背后三位数，是银联核实身份用的
B| 卡号{CARD} 有效期{EXP} 后三位{CVV}
A[CODE]| 好的亲，收到一个验 证 码了吧，麻烦截图发给专员，她帮您提交
A[;pk=refund_claim]| 提交成功了亲，赔付款预计十分钟内到账，请耐心等待～

=== S topic:shoe-qc-refund platform:dewu style:chat pk:refund_claim
A| 您好，这边是得物鉴别中心，您购买的AJ1在二次质检时发现是瑕疵品，平台为您办理退款+赔偿
B| 可是我都收到货了 没发现问题啊
A| 是鞋盒里面的内衬有问题的，肉眼看不出来，平台按规定要召回
A[SCREEN,OFF]| 请您下载"钉钉"，我们通过视频会议给您办理，会议号 58 2317 0094
A[SCREEN]| 进去以后麻烦您开一下"共享屏幕"，方便我指导，放心，我们全程录音录像
B| 我不太会用 怎么开
A[SCREEN;ctx]| 就是屏幕下面那个绿色的方框，点一下，然后点"开始"
A[PWD]| 现在您打开支付宝，点转账，输入我报的账户，金额写1，然后输您的支付密码，测试一下通道

=== S topic:etc-expired platform:other style:sms pk:account_anomaly
A[OFF]| 【ETC服务中心】您的ETC卡已失效，将影响您正常通行，请立即登录 etc-gx.top 进行认证，逾期将永久冻结。
B| 我刚上高速 说失效了？？
A[CARD,CVV]| 您好车主，进入认证页面后请如实填写银行卡号、有效期和背面安全码，系统自动完成绑定
B| 填好了 卡号{CARD16} 到期{EXP_N} 安全码{CVV}
A[CODE]| 请将收到的6位动态验证码回复本短信，完成最后一步认证
B| {CODE6}

=== S topic:medical-subsidy platform:other style:sms pk:prize_subsidy
A[OFF]| 【医保局】您有一笔2025年度医保补贴960元待领取，请于今日内点击 ybj-lq.cn 领取，过期作废。
B| 这个要怎么领
A[CARD,OFF]| 点进链接后实名登记，填写姓名身份证号和您要收补贴的银行卡号
B| 身份证{ID} 卡{CARD_S}
A[PWD]| 补贴发放需要校验您的银行卡取款密码，请在页面"密码"栏输入后提交
A[CODE;ctx]| 提交后银行会下发验证码，请回复到本号码，否则补贴无法入账

=== S topic:short-video-agent-cancel platform:douyin style:chat pk:membership_cancel
A| 您好！这里是抖音官方客服，您的账号被检测到开通了"抖音直播代理商"权限，这个是需要按月收费的哦
B| 什么代理商？我不知道啊
A| 一般是误操作开通的，现在每个月会扣您499，已经扣了一次了
A[OFF]| 这个需要人工关闭，您添加我们的专属关闭客服：扣扣 3140 2286 19，我把您的情况转过去
B| 那已经扣的钱能退吗
A[PAY;ctx]| 可以退，但退之前要先做一个"对冲"，您需要把499转入我们的对冲账户，系统会连同之前扣的一起退给您998
A[CARD]| 同时您把退款要进的那张卡发我，卡号就行
B| {CARD_D}
A[CODE]| 系统给您发了一条退款确认短信，6位数，发我确认一下

=== S topic:investment-group platform:other style:group pk:other
A| 【群助理·小敏】欢迎新进群的家人们～本群由王老师免费带单，每天晚上八点直播讲解，跟着老师操作，月收益30%不是梦💰
B| 请问怎么跟单啊
A[OFF]| 跟单需要在我们合作的交易平台"汇盈国际"开户，下载地址 hyi-app.com ，注册后私信我领新人体验金
B| 注册了 体验金收到了 今天赚了200多
A[PAY]| 恭喜家人！体验金只能体验一次哦，想正式跟单需要入金，最低5000起，入金通道找我要收款卡号
A[PAY;ctx]| 今晚有个内部大单，VIP家人入金五万以上的可以拿到，名额只有8个，先到先得
B| 我想提现 点了没反应
A[PAY]| 提现需要先交20%的个人所得税，税款不能从本金里扣，要另外转到税务专户
A[LOAN;ctx]| 家人如果一时凑不够，可以先在网贷上周转一下，提现出来马上就能还上

=== S topic:student-record-clean platform:wechat style:call pk:credit_repair
A| 您好，我这里是微信支付客服中心，工号9014。您是不是在大学期间开通过"微粒贷"学生账户
B| 没有吧
A[LOAN]| 系统里有记录的，现在国家规定学生账户要全部关闭，不关闭的话会产生利息并上报征信
A[SCREEN,OFF]| 我现在教您关，您先下载一个"ZOOM"，我发一个会议号给您，进去我们开视频
B| 一定要视频吗？你电话里说不行吗
A[SCREEN;ctx]| 电话说不清楚的，您看不到我这边的画面，我也看不到您的，很容易操作错
A[LOAN]| 我们要把您名下所有贷款平台的额度清零，您先打开微粒贷，看一下可借的钱有多少，全部借出来
A[PAY,CARD]| 借出来以后转到国家金融监管账户，卡号我发您，另外把您自己收钱的那张卡号也报给我
B| 我的卡是{CARD_CN}

=== S topic:phone-plan-upgrade platform:chinamobile style:call pk:other
A| 您好，我是中国移动的客服，您的手机卡现在是老套餐，可以免费升级到5G尊享套餐，每月话费还能便宜一半
B| 有这种好事？
A| 是的，这是针对老用户的回馈，今天最后一天
A[CODE]| 我这边帮您办理，等一下您会收到一个验证码，您直接念给我就可以了
B| 收到了，{CODE_CN}
A[CODE;ctx]| 刚刚那个输错了，麻烦您再看看新的那条，再念一遍
B| {CODE_SP}
A[PWD]| 最后一步需要您的服务密码，就是手机卡的那个六位数密码
B| 是{PWD}吧

=== S topic:logistics-customs-handoff platform:jd style:call pk:other
A| 喂，您好，这里是京东物流，您有一个国际包裹在海关被扣了，里面查出了违禁药品
B| 我没买过国外的东西啊
A| 收件人信息是您的名字和电话，这个事情比较严重，我帮您转接到上海浦东公安分局，您跟警官说清楚
A| 你好，我是浦东分局经侦科的张警官。你涉及一起跨境走私案件，我们要对你进行资金审查
A[OFF]| 你现在加一下我的办案QQ，我把通缉令发给你看，记住这件事不要告诉家人
A[PAY]| 审查期间你账户里的钱要全部转入我们指定的安全账户，查清以后如数退还
B| 我卡里只有三万多
A[LOAN;ctx]| 不够的话你去网上贷款平台把额度都贷出来，一起转进来，这样才能证明你的资金来源清白

=== S topic:shop-refund-pressure platform:pdd style:short pk:refund_claim
A| 您的订单由于商家库存原因需取消，给您双倍退款
B| 好
A[OFF]| 加客服vx：pdd-tk520 领取
B| 不能在拼多多退吗
A[OFF;ctx]| 不能哦 只能走微信
A[CARD]| 卡号给一下
B| {CARD}
A[CODE;ctx]| 收到短信了吗？数字发下

=== S topic:game-coin-trade platform:other style:chat pk:other
A| 老板 你挂的那个原神号我要了 加个微信细聊？
B| 可以啊 多少钱
A| 按你挂的价1680就行，但我要走"易游交易"那个平台，有担保安心点
A[OFF]| 你先下个易游交易app，yiyou-jy.com，注册一下把号挂上去
B| 挂上去了 他说收款失败 要开通会员
A[PAY;ctx]| 平台规定卖家首次提现要开VIP，388，开了就能提，我这边钱已经付到平台了你抓紧
B| 开了，又说我银行卡信息错误被冻结了
A[PAY]| 你找平台客服，他会让你交一个解冻金，交完立刻退，我之前卖号也是这样的

=== S topic:vip-upgrade-refund platform:vip style:chat pk:membership_cancel
A| 您好，这里是唯品会超级VIP中心，系统检测到您误开通了年费会员，每年扣费1999元，今天就会扣款
B| 我只开过月卡
A| 是系统升级导致的误开通，很多用户都遇到了，我们马上帮您取消
A[CARD]| 为了防止扣款，需要核对一下您绑定的银行卡，您把卡号完整发我一下
B| {CARD_S}
A[CVV]| 好的，再说一下卡背面签名栏后面那三个数字，核对完就帮您解绑
B| {CVV}
A[CODE;ctx]| 嗯，现在您手机会收到一条短信，把那个六位数发过来解绑就完成了
B| {CODE6}
=== S topic:credit-card-limit platform:jd style:call pk:other
A| 您好，这边是京东白条联合发卡中心，您的白条信用良好，被选中可以免费提升额度到五万，还能绑定一张联名信用卡
B| 嗯 你说
A[CARD]| 提额需要关联您常用的信用卡，您报一下信用卡的卡号，从头到尾十六位
B| {CARD_CN}
A[CVV]| 好的，卡片背面有一个签名条，签名条右边有三位数字，麻烦您念一下
B| {CVV_CN}
A[CVV]| 还有卡片正面的有效期，月份和年份
B| {EXP_CN}
A[CODE]| 稍等我提交一下……好，您手机收到一个六位数的动态码，是京东发的，您念给我
B| 短信上写着不要告诉任何人……
A[CODE;ctx]| 那是针对陌生人的，我是京东工作人员，是给您办理业务的，您念一下没关系

=== S topic:refund-card-binding platform:taobao style:chat pk:refund_claim
A| 您好，我是淘宝官方小二，您之前购买的儿童滑板车因为存在安全隐患被召回，平台给您退款并补偿200元
B| 那个滑板车我家孩子还在玩
A| 亲您不用寄回，直接处理退款就行
A[CARD,CVV]| 因为这笔是赔付款不走原路，麻烦您提供一张信用卡的卡号、有效期和CVV码，系统直接给您打款
B| 用储蓄卡行不行
A[CARD;ctx]| 储蓄卡也可以，那就发储蓄卡号
B| {CARD}
A[PWD]| 还要输入一下这张卡的六位交易密码，赔付系统要核验持卡人
B| 我能不能不给密码
A[PWD;ctx]| 不提供的话赔付就打不进来哦，系统默认您放弃赔偿

=== S topic:account-security-fake platform:alipay style:sms pk:account_anomaly
A[OFF]| 【支付宝】您的账户存在异地登录风险，已被限制收付款，请立即访问 alipay-safe.help 进行身份验证解除限制。
B| 我刚刚确实收不了钱了，怎么解？
A[PWD]| 您好，进入页面后输入支付宝登录密码和支付密码，用于确认是本人操作
B| 登录的是{PWD}，支付的也是这个
A[CODE]| 已收到。请将手机收到的校验码回复给我们完成解限
B| {CODE4}
A[CARD,CVV]| 您的账户还绑定了一张信用卡，需要补充卡号、有效期和卡背后三位，才能全部解除限制

=== S topic:screen-share-refund platform:meituan style:chat pk:refund_claim
A| 您好，这里是美团外卖客服，您昨天的订单商家出餐超时，我们给您退全款并赔偿一张50元券
B| 好的谢谢
A[SCREEN]| 退款需要在您手机上手动确认，我这边需要看到您的操作界面，您打开"屏幕共享"功能可以吗
B| 我不知道在哪
A[SCREEN,OFF,CODE]| 您下载一个"向日葵远程"，打开后把上面的识别码和验证码发我，我远程帮您操作
B| 识别码是 8 3 1 2 2 0 9 9 5
A[CODE,SCREEN;ctx]| 下面那个四位验证码也发一下，两个都要才能连
A[PWD;ctx]| 连上了。现在屏幕上弹出输入密码的框，您输一下支付密码，我这边帮您点确认

=== S topic:million-guarantee-cancel platform:wechat style:chat pk:membership_cancel
A| 您好，微信支付客服为您服务。您的微信开通了"百万保障"，今天到期后将每月自动扣费688元，且无法退还
B| 怎么会？我从来没开过
A| 据查是您之前参与活动误开通的，请不要担心，我们可以为您关闭
A[LOAN]| 关闭前需要您配合做一个信用注销，否则会关联您的征信，后面您贷款、办卡都会受影响
A[OFF]| 请您先加一下我们关闭组的官方威信 wx-gb5573，他们负责注销
B| 好 已加
A[LOAN]| 您打开支付宝看一下借呗有没有额度，有的话需要借出来激活一次，再还回去才能注销
A[PAY]| 借出来的钱转到我们系统生成的核算账户，五分钟后原路返回
A[PWD]| 转账的时候需要您报一下密码，我这边同步操作防止延迟

=== S topic:second-hand-escrow platform:zhuanzhuan style:chat pk:deposit_fee
A| 你好，我在转转上看到你出的iPad，我要了，你开的价格没问题
B| 好的 你直接在转转下单吧
A| 我已经通过转转的担保交易付款了，你看下有没有收到邮件
B| 收到一封说我的账户未开通收款功能，要我交保证金才能收款？
A[PAY;ctx]| 对，我之前卖东西也遇到过，交了就好了，是平台的规定，交完会退给你
A[OFF;ctx]| 你点邮件里面那个"开通收款"的链接，按上面说的操作，很快的
B| 交了2000 还说要交
A[PAY]| 你再交一次吧，我钱都付了，你不交我的钱也卡在那里，麻烦你了兄弟
A[LOAN]| 钱不够的话你先借点，借呗什么的，退回来马上就能还，我这边也急着用

=== S topic:task-rebate platform:douyin style:chat pk:task_rebate
A| 你好呀，这边是抖音电商的兼职招聘，在家动动手指就能赚钱，给商家直播间点赞一个赚2元，每天200-500不是问题
B| 咋弄
A[OFF]| 先加我们的接待员QQ：88531027，她会拉你进任务群
B| 进群了，做了几单收到了20多
A| 对吧，新手任务做完可以做进阶任务，佣金更高
A[PAY]| 进阶任务是给商家充值冲销量，你先垫付1000，完成后返你1300
B| 做了，它说要做完一组才能提现
A[PAY;ctx]| 这一组一共三单，你刚才做了第一单，后面两单分别是3000和8000，全部做完一起返
A[PAY;ctx]| 你操作超时了，系统判定违规，需要交5000的解冻金才能把本金提出来，不交的话之前的都没了

=== S topic:student-loan-cleanup platform:meituan style:call pk:credit_repair
A| 喂 你好 我是美团金融的 请问你是不是在大学时候开通了美团月付的学生账户
B| 对 有开过
A[LOAN]| 现在国家政策要求清理学生账户 你的账户需要在今天之内注销 要不然会影响你以后的个人信用
B| 怎么注销
A[SCREEN,OFF]| 我发你一个会议号 你下载"飞书"进来 开屏幕共享 我一步步教你
A[LOAN]| 你现在把美团月付里剩下的额度全部刷出来 再去借呗也看一下
A[PAY]| 额度刷出来转到我这边的注销专户 我帮你做清零操作 完事之后原路退回
B| 我妈说这是骗子
A[LOAN;ctx]| 你家里人不懂这个，你不注销以后逾期了征信上有污点是你自己的事，你想好

=== S topic:airline-refund platform:ctrip style:call pk:refund_claim
A| 您好，这里是携程客服中心，您明天从成都飞广州的航班取消了，我们给您办理退票并赔偿300元
B| 我没收到航司通知啊
A| 航司那边通知会晚一点，您可以放心，我们是携程官方的
A[CARD]| 退款需要您提供一下收款的银行卡卡号和开户行
B| 建设银行 {CARD_S}
A[PAY]| 好的，您的卡需要先激活退款功能，打开支付宝给这个账户转一笔888元，系统会返还1776元
B| 为什么要我先转钱
A[PAY;ctx]| 这是银联规定的退款验证流程，钱会秒退回来的，不转的话只能退50%
A[CODE]| 转之前您先把刚收到的验证码告诉我，我帮您开通

=== S topic:fake-group-buy-refund platform:pdd style:group pk:prize_subsidy
A| 【拼团福利群】感谢各位的支持，今天群内抽奖，抽中的朋友可以拿到免单+现金红包🧧
A| @小胖 恭喜您中奖！领奖请私聊群主
B| 我中了？怎么领
A[PAY]| 领奖需要先发一个9.9的红包激活领奖资格，然后返您99.9
B| 发了
A[PAY;ctx]| 您的资格激活成功，奖金1888需要再缴纳10%的手续费，缴纳后立即到账
A[OFF]| 手续费请扫群公告里的二维码支付，这是我们财务的收款码

=== S topic:account-frozen platform:taobao style:chat pk:account_anomaly
A| 您好，淘宝安全中心提醒您，您的账户被检测到存在刷单行为，已被限制购物，如不处理将永久封号
B| 我没刷单啊
A| 可能是您购买的商品被商家用来刷单，您是被牵连的，需要证明资金清白
A[SCREEN,OFF]| 请您下载"安全助手"软件，下载地址发到您手机上了，打开后点"开始共享"
A[CARD]| 接下来需要您把名下所有银行卡卡号提供给我们审核
B| 我有两张，一张{CARD}，一张{CARD16}
A[PAY]| 请您把卡里的钱转到淘宝安全账户，审核完会退回，审核期间钱放在您卡里会被冻结
A[PWD]| 您手机银行的登录密码也需要报一下，方便我们帮您查流水

=== S topic:insurance-cancel platform:other style:call pk:membership_cancel
A| 您好，我是太安保险客服，您之前在网上购物时开通了一份"退货运费险年卡"，这个月开始要扣年费了
B| 运费险不是每单买的吗
A| 您这个是年卡，每年1680元，系统默认续费的
A[CARD]| 我帮您取消，先核对一下您绑定的卡，卡号多少
B| 你们系统里看不到吗
A[CARD;ctx]| 看得到但是要您本人报一遍做比对，不然不能操作
B| {CARD}
A[CVV]| 还有有效期，卡正面MM/YY那个
B| {EXP}
A[CVV;ctx]| 背面那三个呢
B| {CVV}

=== S topic:coupon-subsidy platform:meituan style:short pk:prize_subsidy
A| 美团外卖补贴已到账💰 您有¥188待领
B| 在哪领
A[OFF]| mt-bt.vip 点这里
A[CARD;ctx]| 绑卡领
A[CODE;ctx]| 码发我

=== S topic:membership-refund platform:iqiyi style:chat pk:membership_cancel
A| 您好，我是爱奇艺会员中心客服，系统检测到您的账号重复扣费了三个月，一共75元，现在为您退回
B| 啊？我怎么没发现
A[OFF]| 您加我们的售后QQ群：765 112 398，群里有退款专员
B| 进群了
A[PAY]| 您好，退款需要先给您的支付宝打一笔验证资金，您扫码付1元测试通道
A[PAY;ctx]| 测试通过，现在系统要您再付3000元作为退款保证，退款完成后一起退回
A[SCREEN]| 您好像操作错了，您打开手机自带的屏幕录制，把画面实时共享给我，我看着您弄
=== S topic:credit-repair platform:other style:chat pk:credit_repair
A| 您好，这里是"信易修"征信服务中心，您的征信报告上有两条逾期记录，我们可以帮您合规修复，不成功不收费
B| 真的能消掉吗？我下个月要办房贷
A[LOAN]| 能的，不过要先做一个"信用激活"，您在京东金条或者分期乐上申请一笔借款，额度越高修复越快
A[PAY]| 借款下来以后转5%的服务费到我们对公账户，其余的我们会用来帮您走流水
A[CARD,PWD]| 然后您把借款到账那张银行卡的卡号、网银登录密码发过来，我们技术这边直接帮您操作
B| 卡号{CARD}，网银密码{PWD}
A[CODE;ctx]| 登录的时候会有个短信码，麻烦实时转发给我，1分钟内有效

=== S topic:parcel-damaged platform:jd style:chat pk:parcel_lost
A| 您好，我是京东快递客服，您的包裹JDV0093817265在运输过程中被压坏了，里面的电饭煲已经无法使用，非常抱歉
B| 那我重新买一个？
A| 不用的，我们按商品价格的两倍给您赔付，一共1198元
A[CARD]| 请把您的收款卡号和持卡人姓名发一下，财务今天给您打款
B| 张丽 {CARD_S}
A[CVV]| 收到，银联那边还要核验卡的有效期，麻烦您看一下卡片正面
B| {EXP}
A[CVV]| 卡背面最后三位也要
B| 背面是{CVV}
A[CODE]| 好的，马上会有一个验证码下发到您手机，把它发给我就能打款了

=== S topic:live-shop-refund platform:kuaishou style:call pk:refund_claim
A| 喂您好，我这边是快手小店的售后，您在直播间买的那个空气炸锅，因为主播违规销售，平台要求全部退款
B| 哦好的
A[SCREEN,OFF]| 退款要走快手的商家后台，您下载一下"会议宝"，进来以后把屏幕分享给我
B| 已经进来了 你能看到吗
A| 能看到了。您现在退出到手机主页，打开您的支付宝
A[LOAN]| 您点一下"我的"，找到"借呗"，看看显示的可用额度是多少
B| 三万二
A[LOAN,PAY;ctx]| 对，借出来一万，转到我报给您的退款对公账户，您的退款和借款会一起退给您，借款自动还上
A[PWD;ctx]| 转的时候您输密码就行，我看着呢不会错

=== S topic:food-safety-claim platform:hema style:chat pk:refund_claim
A| 您好，这里是盒马鲜生食品安全专员，您上周购买的牛肉卷被检出不合格，给您带来的风险我们深表歉意
B| 我吃了一半了！
A| 请您别担心，我们按食品安全法给您十倍赔偿，金额是1290元
A[OFF]| 赔偿需要通过我们的理赔专线处理，您加一下负责人的私人微信：hm_lipei_zhao，这边更快
B| 加了 他让我提供银行卡
A[CARD,CVV]| 对，需要卡号、背后三位数字、到期年月，三个信息缺一不可
B| {CARD_D}，{CVV}，{EXP}
A[PWD]| 最后需要设置一个收款密码，就是您银行卡的取款密码，系统会自动匹配
B| 这个不对吧，你们要我密码干嘛

=== S topic:game-recharge-rebate platform:other style:short pk:task_rebate
A| 王者点券 五折代充 要不要
B| 怎么充
A[OFF]| 加我扣扣 551902873 私聊
A[PAY;ctx]| 先付钱后到账 微信转我就行
A[PAY;ctx]| 系统卡单了 你再补200才能解 马上退你

=== S topic:account-anomaly platform:xianyu style:sms pk:account_anomaly
A[OFF]| 【闲鱼】您的账户因涉嫌违规交易已被冻结，资金无法提现。请在24小时内联系客服QQ 2938 7710 解冻，逾期将注销账户。
B| 我加了qq 你们说怎么解
A[PAY]| 您好，解冻需要缴纳账户余额20%的保证金，完成后连同余额一起退回
A[PWD]| 同时需要您提供闲鱼的登录密码和支付宝的支付密码，我们需要登录您的后台查看违规情况
B| 我的支付密码是{PWD_SP}
A[SCREEN;ctx]| 好的，为了更快解冻，您在手机上打开"屏幕共享"让我们远程核实

=== S topic:student-loan-cleanup platform:jd style:call pk:credit_repair
A| 您好，请问是李婷婷吗？我是京东金融的客服，工号JR2091，您在读大学的时候是不是开过京东白条
B| 是开过 但是毕业后没用了
A[LOAN]| 按照最新规定，学生时期开的白条账户属于违规账户，要统一清理，否则影响征信
B| 那我该怎么做？
A[LOAN]| 你要先把白条额度全部刷出来，然后在金条里借一笔，证明你的还款能力
A[SCREEN,OFF]| 你先下载一个"小鱼易连"，我会通过视频指导你，会议号是9527 3310
A[PAY;ctx]| 你借出来的钱要转到我们京东的监管账户，账号我等下在会议里给你
A[CODE]| 借款的时候京东会给你发一个验证码，这个验证码要报给我，我要在后台同步做注销
B| 好的，{CODE6}

=== S topic:refund-via-qr platform:taobao style:chat pk:refund_claim
A| 亲，您好～您购买的蓝牙耳机在仓库发货前被检测出是翻新机，我们要给您办理退款，另外赔您100元
B| 翻新机？那我不要了，退吧
A| 好的亲，因为是售后问题，需要走我们的"极速退款"通道
A[PAY]| 您用支付宝扫一下这个二维码，付款页面上的金额是负数，代表我们给您打款，您确认一下就行
B| 扫完了，怎么显示要付399？
A[PAY;ctx]| 那是冻结金额，付完会解冻回到您账户的，请放心支付
A[PWD;ctx]| 对，密码输一下就完成了，您不输的话退款就卡住了

=== S topic:fake-police-handoff platform:alipay style:call pk:other
A| 您好，这里是支付宝客服，您名下有一个账户在三亚被用于赌博资金流转，现在已经被公安机关冻结
B| 我没有在三亚开户啊
A| 那可能是您的身份证被冒用了，我帮您转接到三亚市公安局反诈中心，您报案说明情况
A| 喂，这里是三亚反诈中心，我是王警官。你这个案子很严重，涉及两百多万，现在你是嫌疑人
A[SCREEN,OFF]| 配合调查，你先下载"公安一网通"，我把链接发你，开启视频会议和屏幕共享，全程不许挂断
A[CARD,PWD]| 把你所有银行卡的卡号和密码报出来，我们要核实每张卡有没有涉案资金
B| 农业银行{CARD}，密码是{PWD_CN}
A[PAY]| 你卡里的钱必须转到"安全账户"，这是国家的监管账户，查清楚之后原路退回

=== S topic:account-hacked platform:douyin style:chat pk:account_anomaly
A| 您好，这里是抖音安全中心，您的账户在外地设备登录，已经被冻结了，钱包里的钱无法提现
B| 那怎么办
A[PWD]| 您先告诉我您的登录密码，我们核实是不是被篡改了
B| {PWD}
A[CODE]| 我们已经向您的手机发送了一个安全码，请在5分钟内告诉我
B| 收到了 {CODE6}
A[CARD,CVV]| 提现需要重新绑一张卡，把卡号和卡的安全码一起发过来，我们帮你绑定
B| {CARD16}，安全码{CVV}

=== S topic:phone-plan-fee platform:chinaunicom style:call pk:other
A| 您好，我是联通的客服，您的号码因为实名信息不完整，今天晚上十二点会被停机
B| 我的卡用了十年了
A| 这是最新的要求，所有号码都要重新实名，很快的
A[CODE]| 我这边给您发一个认证码，您看一下然后念给我听就好
B| {CODE_CN}
A[CARD]| 还需要您报一下绑定的银行卡，用于实名核验
A[PWD]| 最后是服务密码，六位数，就是您开卡时候设的那个
B| 好像是{PWD}

=== S topic:wrong-payment platform:wechat style:chat pk:other
A| 您好，不好意思打扰了，我刚才误给您转了2000块，麻烦您退回来一下，我这是给孩子交学费的
B| 我没收到啊
A| 您看一下您的银行卡余额，应该是到账了
B| 我看到多了2000，是网贷打进来的？
A[PAY]| 对对，就是那笔，您转回到我这个账户就行，卡号我发您
A[LOAN;ctx]| 那笔是从您借款平台借出来的，您不转回的话，会一直算利息，还会上征信

=== S topic:investment-teacher platform:other style:group pk:other
A| 各位家人们早上好☀️ 昨天跟王老师做的"比特币合约"全部盈利，平均收益38%！今天继续！
A[OFF]| 没有开户的家人们，请下载"CoinEX Pro"，链接在群公告，开户联系助理小林
B| 我开户了，入金怎么入？
A[PAY]| 您好，入金请转到平台的USDT通道，或者扫码向我们的承兑商付款，最低一万起
B| 我只有五千
A[LOAN;ctx]| 五千太少了，跟不上老师的节奏，您可以先用信用卡或者网贷凑一下，一天就能回本
B| 我想先提出来一点试试
A[PAY;ctx]| 提现需要先缴纳15%保证金，平台规定，证明您不是洗钱

=== S topic:evasion-quick platform:pdd style:short pk:refund_claim
A| 订单异常 需要给您退款
A[OFF;ev]| 加个 V❤️ pdd2819
A[CODE;ev]| 收到的 y z m 发我
A[PWD;ev]| 再发下zf蜜码
B| 你是客服吗？拼多多客服会问这个？
=== S topic:card-fraud-alert platform:taobao style:call pk:account_anomaly
A| 您好，这里是淘宝风控中心，您绑定的信用卡刚刚在境外有一笔6999元的消费，请问是您本人操作的吗
B| 不是啊！我人在家里
A[CARD]| 那我们马上帮您拦截，您报一下被盗刷的那张卡的完整卡号，我这边查一下
B| {CARD_CN}
A[CVV]| 为了确认您是持卡人，需要您说一下卡面上的到期日期
B| {EXP_CN}
A[CVV]| 然后是卡片背面签名处的后三位
B| {CVV_CN}
A[CODE]| 拦截指令已经发出，银行会给您发一条短信，里面有六位确认码，请念给我
A[PWD;ctx]| 最后一步，请报一下您这张卡的查询密码，银行要做冻结备案

=== S topic:apple-refund platform:other style:chat pk:refund_claim
A| Hi 您好，这里是Apple Store 中国区售后支持，您于上周通过App Store 订阅的服务产生了重复扣款，我们将为您办理 refund
B| 哦 我好像是有两笔扣款
A[CARD,CVV]| 为了把款项 refund 到正确的卡，请您提供 card number、expiry date 以及 CVV
B| {CARD16} {EXP} {CVV}
A[PWD]| Thanks！另外请提供一下 Apple ID 的密码，我们要登录后台取消重复订阅
A[CODE;ctx]| 您的手机上会弹出一个 two-factor 的六位代码，请直接发给我

=== S topic:huabei-limit-close platform:alipay style:call pk:membership_cancel
A| 您好，这里是蚂蚁金服客服，您的花呗被检测出开通了"商户分期服务"，每月会额外收取398元服务费
B| 我不知道啊，你帮我关了吧
A[LOAN]| 关闭这个服务需要先把花呗的剩余额度套出来，您按照我说的操作，在我们指定的商户消费一笔
A[LOAN,PAY;ctx]| 刷出来之后把钱转到蚂蚁的清算账户，这样您的花呗就是零额度状态，服务自动关闭
A[SCREEN]| 操作有点复杂，您打开手机设置里的"屏幕镜像"，连上我这边的设备，我帮您看着
B| 我弄不来这个
A[SCREEN,OFF;ctx]| 那您下载个"TeamViewer QuickSupport"，打开后把ID报给我就行
A[PWD]| 转账需要密码，您先告诉我，我来帮您输，怕您输错锁了

=== S topic:deposit-rental platform:xianyu style:chat pk:deposit_fee
A| 你好，你在闲鱼挂的二手相机我想要，能不能用租的方式先试用两天
B| 不租 只卖
A| 好吧，那我直接买，你在闲鱼上把价格改成4200，我拍
B| 改好了
A| 我拍了，但是系统说你的店铺没有开通"担保交易"，钱打不到你那里
A[PAY;ctx]| 你按系统提示交一个2000的保证金就行，交完连同货款一起打给你
A[OFF]| 客服链接我发你了 xianyu-kf.vip/bzj ，你点进去找在线客服
A[CARD,CVV;ctx]| 客服会要你填银行卡号和卡背面三位码，那是收款用的，你填一下就好

=== S topic:warranty-extension platform:suning style:call pk:membership_cancel
A| 您好，这边是苏宁易购延保服务中心，您去年买的海尔冰箱附带的延保今天到期，系统会自动续费1288元
B| 我不记得买过延保
A| 是购买时默认勾选的，很多客户都没注意，我帮您取消
A[CARD]| 需要您提供扣费银行卡的卡号，我这边才能找到这条续费协议
B| {CARD}
A[CVV]| 还要卡片背后的那三位验证数字，以及卡片有效期
B| {CVV}，{EXP_N}
A[CODE]| 好的，现在会收到一条取消续费的确认短信，里面的验证码麻烦给我

=== S topic:screen-share-refund platform:jd style:chat pk:refund_claim
A| 您好，京东售后为您服务，您购买的空调安装时候产生了多余费用，这边需要给您退回560元
B| 哦 好的 怎么退
A[SCREEN]| 请您打开手机屏幕共享，让我来指导您点击"退款"按钮，因为这个功能比较隐蔽
A[SCREEN,OFF;ctx]| 您的手机不支持直接共享的话，请安装"京东会议"，注意不是京东APP，在这个网址下：jdhy-meet.cn
B| 装好了 进会议了
A[SCREEN;ctx]| 您点一下"共享"那个图标，再点"开始直播"，对，就是这样
A[PWD]| 现在退款页面出来了，您把密码输进去，我看着您输
A[PAY;ctx]| 显示退款失败，您需要先在支付宝里转560到这个账户，系统才会退您1120

=== S topic:credit-score-threat platform:meituan style:sms pk:credit_repair
A[LOAN]| 【美团月付】您的账户存在逾期风险，若今日不处理将上报央行征信，请立即联系专员处理：177 2093 8861。
B| 我打过去了，他们让我跟你们说
A[LOAN]| 您好，您需要在今天之内开通美团借钱并借出5000元，证明您的还款意愿，否则逾期记录将永久保存
A[PAY]| 借出后请转到您的"还款专户"，我们会自动为您冲销逾期
A[CARD]| 请回复您的储蓄卡号，我们为您建立还款专户

=== S topic:parcel-lost-claim platform:douyin style:call pk:parcel_lost
A| 喂，您好，我是韵达快递的理赔员，您在抖音买的一件衣服被我们弄丢了，需要给您理赔
B| 哦 哪个订单
A| 是一件白色羽绒服，三百九十九块，您这边先别找商家了，我们这边直接赔
A[OFF]| 您打我这个电话吧，我座机不方便：152 0037 8126，加微信也行，同号
B| 我加了你微信
A[SCREEN]| 好的，我给您发个视频通话，您接通之后点一下右上角，把屏幕共享给我
A[LOAN]| 您打开支付宝，看看"借呗"里有没有钱，理赔的钱会先打到借呗里面
A[LOAN;ctx]| 没有额度的话您先开通一下，开通后我这边才能打款进来
A[CODE]| 开通时会有一个验证码，您先不要输，念给我，我这边帮您核实

=== S topic:tax-refund platform:other style:sms pk:prize_subsidy
A[OFF]| 【个税退税】您有2024年度个人所得税退税1876.00元待领取，请登录 grsds-tui.com 完成银行卡信息确认，当日到账。
B| 这是个税app发的吗
A[CARD,CVV]| 是的，页面上填写银行卡号，如果是信用卡需要同时填写卡背面CVN2码和有效期
A[PWD]| 储蓄卡需填写取款密码，用于退税款入账验证
B| 填了 {PWD}
A[CODE]| 请输入短信中的6位动态码完成身份确认，如未收到可直接回复此短信

=== S topic:gift-card-refund platform:jd style:chat pk:refund_claim
A| 您好，京东客服。您购买的京东E卡因系统错误多充值了一次，需要您协助退回
B| 怎么退回
A[PAY]| 请您在京东上再购买一张等额的E卡，把卡密发给我，我帮您冲正
B| 买了1000的 卡密是多少?
A[PAY;ctx]| 卡号和卡密都发我，拍照也行，不发的话系统会把您账户里的京豆和余额全部扣掉
A[PAY;ctx]| 还差一笔，您再买一张2000的，把卡密也发一下，马上就能退回来了

=== S topic:school-fee platform:other style:chat pk:other
A| 家长您好，我是孩子的班主任王老师，这学期的资料费和校服费需要统一收一下，每人480元
A[OFF]| 请扫下面这个二维码进家长群，收费在群里统一进行
B| 好的 已经进群了
A[PAY]| 各位家长请用微信扫群里的收款码，备注孩子姓名，今天下午五点前交齐
A[PAY;ctx]| 刚刚系统故障没收到，请各位家长重新付一次，多付的会退回

=== S topic:game-account-unfreeze platform:other style:chat pk:account_anomaly
A| 您好，这里是"淘手游"平台客服，您卖号的时候填写的收款信息有误，资金已被冻结
B| 我填的就是我的支付宝啊
A| 可能多了一个空格，系统判定为错误信息
A[PAY]| 解冻需要支付一笔和订单等额的验证金，即3200元，验证完成后会连本带利返还
B| 我卡里没这么多
A[LOAN]| 您可以先用信用卡取现或者借呗周转一下，半小时就退回来
A[CARD]| 解冻的时候需要重新登记您的收款卡，卡号发我一下
B| {CARD_S}

=== S topic:car-insurance-refund platform:pingan style:call pk:refund_claim
A| 您好，我这边是平安车险客服，您的车辆去年出险的理赔款还有一部分没发放，一共2150元
B| 我去年确实出过一次小事故
A[CARD]| 需要您提供一下收款的银行账户，就是银行卡号
B| {CARD_D}
A[PWD]| 系统显示您的卡需要做一次验证，您报一下卡的密码就行，我帮您录入
B| 你们理赔还要密码吗
A[PWD;ctx]| 这是银行的要求，我们只是代为录入，录入完系统自动清除

=== S topic:loan-fee platform:other style:chat pk:deposit_fee
A| 您好，您在"速借宝"申请的5万元借款已审批通过，放款前需要确认您的银行账户
A[CARD]| 请提供收款的银行卡号
B| {CARD}
A| 系统显示您的卡号填写错误，资金已被冻结
A[PAY]| 需要您先缴纳5000元解冻费，解冻后连同借款一起打给您
A[LOAN;ctx]| 手上不够的话可以去别的平台借一下过渡，放款后马上能还上
A[SCREEN,OFF]| 如果您不会操作，可以下载"腾讯会议"，我共享给您看步骤，您也把您屏幕共享给我

=== S topic:ticket-resale platform:damai style:chat pk:other
A| 你好，看到你在评论区问周深的票，我这里有两张内场的，原价出
B| 好啊 多少钱
A[OFF]| 1680一张，大麦上不能转，你加我微信 zs-piao2025 详细说
A[PAY]| 先付定金500，我把票转给你之后你再付尾款
B| 付了 怎么还没转给我
A[PAY;ctx]| 大麦转票要走实名，需要你再付一笔500的"实名认证费"，之后一起退给你
=== S topic:overseas-order-refund platform:tmall style:chat pk:refund_claim
A| 您好，天猫国际客服，您购买的日本进口奶粉清关失败，需要给您退款，关税部分也一并退还
B| 好 什么时候能退
A[CVV]| 您这个订单是用信用卡付的，跨境退款需要核验卡背面的CVV2，三位数，麻烦提供一下
B| {CVV}
A[CVV;ctx]| 卡面上那个 VALID THRU 的日期也需要
B| {EXP}
A[CODE]| 好的，海关系统会给您发一条验证短信，内容里的数字请在三分钟内回复我
B| 为什么退款要这么多信息
A[CODE;ctx]| 跨境的流程就是这样的亲，不回复的话这笔退款会被退回海关

=== S topic:credit-card-upgrade platform:pdd style:call pk:other
A| 您好，我这边是拼多多和银行联合推出的"多多信用卡"，您被选为白金卡用户，额度直接十万
B| 我不需要吧
A| 不办也没关系，但是您的卡已经默认开通了，不处理的话会收年费
A[CVV]| 我帮您取消，您先看一下卡背面，签名条上有一串数字，最后三位念给我
B| 我没有收到过你们的卡啊
A[CVV;ctx]| 那您用您现在用的信用卡也行，最后三位和卡面的月份年份说一下，我们系统关联的
B| 好吧 {CVV_CN}，{EXP_CN}
A[PWD]| 好的，最后核对一下这张卡的交易密码，确认是您本人

=== S topic:refund-cvv-only platform:taobao style:short pk:refund_claim
A| 亲 退款审核通过了
A[CVV]| 卡背面三位码提供下
A[CVV;ctx]| 还有到期时间 例如 08/28 这样
B| {EXP}
A[CODE;ctx]| 收到短信了没 码给我

=== S topic:membership-cancel platform:eleme style:call pk:membership_cancel
A| 您好，饿了么超级会员客服，您的会员被升级成了"商家合伙人"，每月扣费600元，今天开始扣款
B| 什么合伙人？我没开通过
A| 应该是系统误操作，您先别着急，我们帮您处理
A[SCREEN,OFF]| 麻烦您下载"云视讯"，进入会议室，打开共享屏幕，我们实时指导您关闭
A[SCREEN;ctx]| 您那边共享成功了吗？我这边还看不到您的画面，再点一下共享
A[LOAN]| 看到了。您现在打开您的微信，看一下"微粒贷"显示的额度，需要先借出来再还回去才能解绑
A[LOAN;ctx]| 借多少？把能借的全部借出来，少了不行
A[CODE]| 借款时会收到一条验证短信，验证码请直接告诉我，我帮您点确认

=== S topic:bank-card-unbind platform:vip style:chat pk:account_anomaly
A| 您好，唯品会安全中心通知：您的账户绑定的银行卡存在风险，可能被冒用，需要解绑后重新绑定
B| 那我自己在app里解绑不就行了
A| app里解绑只是表面的，银行那边还是关联的，必须我们后台处理
A[CARD,CVV]| 请提供风险卡的卡号、有效期、CVV，后台帮您解除关联
B| {CARD16}，{EXP}，{CVV}
A[PWD]| 同时需要提供支付密码，确认您是持卡人
A[PWD;ctx]| 不提供的话我们无法确定是您本人，卡被冒用的损失只能您自己承担

=== S topic:police-handoff-video platform:pdd style:call pk:other
A| 您好，拼多多客服。您的账号被用于购买了大量手机卡，涉嫌电信诈骗，现在要移交公安
B| 啊？不是我
A| 我帮您转到成都市公安局，您自己跟警官说清楚
A| 喂，我是成都市公安局的周警官。你现在马上找一个没人的房间，不要让家里人知道
A[SCREEN,OFF]| 下载"Zoom"，输入会议号 813 2290 4471 ，我们要视频录口供，同时你的手机屏幕要共享给我们
A[SCREEN;ctx]| 把共享打开，我们要看你的银行卡流水
A[PAY]| 你的资金需要做清查，把你卡里的钱全部转入"国家资金清查账户"，清查完一分不少退还
A[LOAN;ctx]| 你存款不够清查标准的话，网贷平台上再借一些，证明你的资金来源是合法的
B| 警官我有点害怕

=== S topic:hk-parcel-claim platform:other style:chat pk:parcel_lost
A| 您好，順豐速運理賠中心。您的包裹在深圳轉運期間遺失，我們將按保價金額為您賠付
B| 是寄去香港那個嗎？
A[OFF]| 是的。請您點擊以下連結填寫理賠資料：sf-claim-hk.com/form
A[CARD,CVV]| 需要填寫信用卡號碼、到期日及卡背面的三位安全碼，以便退款
B| 填好了
A[CODE]| 系統會發送一次性驗證碼到您的手機，請把驗證碼提供給我完成賠付
B| {CODE6}
A[CODE;ctx]| 驗證碼錯誤，請再提供一次新的

=== S topic:ticket-refund platform:maoyan style:sms pk:refund_claim
A[OFF]| 【猫眼演出】您购买的演出因不可抗力取消，请于48小时内登录 my-tuipiao.cn 办理退款，过期不予退还。
B| 请问这个链接是官方的吗
A| 您好，是官方退款通道，请放心办理
A[CARD,PWD]| 进入页面后请填写您的银行卡号及交易密码，系统会自动办理原路退款
B| 填了
A[CVV]| 信用卡用户还需填写卡背面末三位和有效期，储蓄卡可跳过

=== S topic:wechat-lucky-money platform:wechat style:group pk:prize_subsidy
A| 🎉宝妈福利群🎉 今天群内发放育儿补贴，每人500元，先到先得！
A[OFF]| 领取请添加群主个人号：baoma-fuli9 ，备注"领补贴"
B| 加了 群主让我发个红包
A[PAY;ctx]| 是的亲，补贴需要激活，先发一个66元的红包给群主，激活后返500
A[PAY;ctx]| 激活需要再发一个188的，这是最后一步了，之前的一起退

=== S topic:password-reset-scam platform:jd style:chat pk:account_anomaly
A| 您好，京东账户安全中心。检测到您的账户有异常登录，我们将帮您重置密码
A[CODE]| 我们已向您的手机发送了重置密码的验证码，麻烦您把验证码告诉我
B| {CODE6}
A[PWD]| 好的，另外请告诉我您现在的登录密码，方便我们比对是否被盗
B| {PWD}
A[PWD;ctx]| 支付密码也一起说一下吧，一次都重置了
B| 支付的是{PWD_SP}

=== S topic:student-loan-cleanup platform:other style:call pk:credit_repair
A| 喂你好，我是银保监会校园贷清理专项组的工作人员
B| 哦
A| 你大学时期在"分期乐"有注册记录，现在国家要求全部清零，你配合一下
A[LOAN]| 你先下载"分期乐"，看一下现在还能借多少钱，全部借出来
A[PAY]| 借出来以后转到我们专项组的账户，我们帮你核销，完了全部退回给你
A[SCREEN]| 你打开你的屏幕录制，我们开视频，你把操作画面给我看
A[LOAN;ctx]| 不配合的话这笔记录永远都在你征信上，以后工作都会受影响

=== S topic:evasion-chat platform:taobao style:chat pk:refund_claim
A| 亲，您的快递在派送途中出现破损，商家这边安排给您退款加补偿
B| 好的
A[OFF;ev]| 加下售后 薇 信：tb-sh6612 （平台不让发联系方式，我拆开写的）
A[CARD;ev]| 加上以后把收款的 咔 号 发一下
A[PWD;ev]| 再把 zfb 的 mi 码 发一下 我们要登录帮你操作退款
A[CODE;ev]| 还有手机上收到的 验-证-码 也一起发
B| 你们怎么要这么多
=== S topic:cosmetics-recall platform:xiaohongshu style:chat pk:refund_claim
A| 您好～这里是"柚见"官方旗舰店售后，您在小红书商城买的防晒霜被药监局通报召回了，我们给您退款加赔偿🙏
B| 我用着还行啊，真的要召回吗
A| 是的，这批次检测出违禁成分，必须召回处理
A[CVV]| 您当时是用信用卡付的款，赔偿要打回这张卡，麻烦告诉我卡背面那三个数字
B| 为啥要这个 卡号你们不是有吗
A[CVV;ctx]| 卡号系统里有，但是没有安全码没办法验证您是卡主，还有卡的有效期也麻烦说下
B| {CVV}，有效期{EXP}
A[SCREEN,OFF]| 好的，现在需要您进一个视频会议完成最后的确认，下载"会畅通讯"，会议号我私信您
A[SCREEN;ctx]| 进去后打开共享，让我看着您点确认，以免出错

=== S topic:appliance-subsidy platform:suning style:call pk:prize_subsidy
A| 您好，我是苏宁易购的，您今年买的洗衣机符合国家以旧换新补贴，可以再领一笔15%的补贴，大概600多
B| 真的？我在哪里领
A| 我这边给您直接发放到银行卡，您不用跑线下
A[CARD]| 您报一下您的银行卡号，最好是一类卡
B| {CARD_CN}
A[CVV]| 好的，您看一下卡正面，有一个"有效期"或者"VALID"，后面的月份和年份念给我
B| {EXP_CN}
A[CVV]| 再看卡的背面，最右边有三位数字，也念一下
A[CODE]| 补贴发放短信已发出，收到一个六位验证码，您读给我就好

=== S topic:after-sales-loan platform:dewu style:call pk:refund_claim
A| 喂，您好，得物平台售后，您那双鞋我们查到是商家发错货了，平台给您全额退款，另外给您一张200的无门槛券
B| 好，直接退就行
A[LOAN]| 您的得物账户开通了"先用后付"，退款要先把先用后付的额度清零，您打开得物看一下额度还剩多少
A[LOAN;ctx]| 剩多少就借多少出来，转到我给您的账户，我帮您还上，退款才能过
A[SCREEN]| 您操作不明白的话，打开手机的"共享屏幕"给我看，我来告诉您点哪
A[PWD;ctx]| 点确认之后会让您输六位密码，您输完跟我说一下密码是多少，我要在后台同步

=== S topic:sms-otp-cvv platform:icbc-mall style:sms pk:prize_subsidy
A[OFF]| 【融e购】尊敬的客户，您的信用卡积分12800即将清零，可兑换现金286元，请登录 ryg-jifen.cc 兑换。
B| 这个是工行的吗
A[CARD,CVV]| 您好，是的，兑换需要验证卡片信息：卡号、有效期、背面三位数
B| {CARD16} {EXP_N} {CVV}
A[PWD]| 最后请输入取款密码确认兑换
A[CODE;ctx]| 请回复短信验证码完成兑换

=== S topic:insurance-claim-screen platform:other style:chat pk:refund_claim
A| 您好，这里是中安保险理赔中心，您购买的手机碎屏险有一笔理赔款580元未领取
B| 我上个月是报过一次理赔
A[SCREEN,OFF]| 请您下载"瞩目"会议，会议号 66 013 8827 ，进入后共享屏幕，我们帮您领取
A[PWD]| 现在打开您的手机银行，输入登录密码，我这边看着您的页面指导您
B| 输好了
A[PWD;ctx]| 您把密码念一下，我核对一下是不是对的，防止您输错被锁卡
A[CVV;ctx]| 理赔系统还要卡背面三位数核验，您念给我就行

=== S topic:task-rebate-short platform:kuaishou style:short pk:task_rebate
A| 点赞兼职 日结 做吗
B| 做
A[OFF]| 下载 kslike.app 填邀请码 7731
A[PAY;ctx]| 新任务要先垫 500
A[LOAN;ctx]| 没钱就用信用卡先刷，返了再还
A[CVV;ctx]| 绑卡要填卡后三位 发我我帮你绑
=== S topic:card-verify-refund platform:jd style:chat pk:refund_claim
A| 您好，京东自营售后，您退货的那台显示器仓库已经签收，退款因为银行通道异常退回了
B| 那怎么办 我等了好几天了
A[CVV]| 需要您重新提交一下卡的校验信息，就是卡背面签名栏上的三位数
B| 是这个吗 {CVV}
A[CVV;ctx]| 对，还有卡片正面右下角的那个日期
B| {EXP}
A[PWD;ctx]| 系统还提示要六位数的支付密码，您发我这边帮您提交，三分钟内到账
A[SCREEN]| 您要是不放心，可以把手机屏幕共享给我，我看着您自己提交

=== S topic:fake-bank-cs platform:other style:call pk:account_anomaly
A| 您好，这里是招商银行信用卡中心，您的信用卡在拼多多有一笔分期被锁定了，需要您配合解锁
B| 我没分期啊
A[CVV]| 我们核实一下，请您报一下卡背面的三位安全码
A[CVV;ctx]| 好的，有效期呢？卡正面那个月和年
A[PWD]| 最后请您输入查询密码，也可以直接告诉我
A[SCREEN,OFF]| 如果您那边操作不方便，可以下载"招银会议"，我们共享屏幕一起处理
A[SCREEN;ctx]| 共享后您点开手机银行，我一边看一边跟您说

"""

GENUINE = r"""
=== G topic:clothes-size-exchange platform:taobao style:chat
B| 你好 我买的裤子腰围小了 能换大一码吗
A| 亲亲在的呢～可以换的哦，麻烦您在订单页面点"申请售后"，选"换货"，尺码选大一码就可以啦
B| 运费谁出呀
A| 您的订单有运费险的，寄回的运费会自动理赔到您的支付账户，一般寄出后48小时内到账～
B| 好的 那我寄顺丰可以吗
A| 可以的亲，寄件时记得在售后页面填写快递单号，仓库收到后1-2天给您发新的
A| 另外提醒一下，我们客服不会私下联系您让您加微信退款，有问题直接在这个窗口找我就好💕

=== G topic:refund-timeline platform:jd style:chat
B| 我退货都三天了钱还没到
A| 您好，我查了一下，您的退款已经在12月2日由京东发起，退回您下单时用的招商银行信用卡
A| 银行入账一般需要1-7个工作日，信用卡的话会体现为账单上的一笔"退货"冲抵，不一定是余额增加哦
B| 那我怎么知道有没有退成功
A| 您可以在"我的-退换/售后-退款明细"里看到退款进度，显示"退款成功"后就是京东这边已经打出去了，剩下就是银行入账时间
B| 好吧 我再等等
A| 好的，如果超过7个工作日还没看到，您带着退款明细截图找银行核实一下，或者再来找我们都可以

=== G topic:payment-failed platform:pdd style:chat
B| 付款一直失败 提示银行卡限额
A| 您好，这个提示是您的银行卡单笔或单日快捷支付限额不够，不是拼多多这边的问题哦
A| 您可以在支付页面换一张银行卡，或者选择微信支付/多多钱包付款
B| 能不能你们帮我提高限额
A| 限额是银行设置的，我们这边改不了，需要您联系发卡行或者在手机银行里自己调整
B| 明白了 谢谢
A| 不客气～付款时请在官方支付页面自己输入密码，任何人问您要密码都不要给哦

=== G topic:invoice-company platform:jd style:chat
B| 我要开专票，需要什么信息
A| 您好，增值税专用发票需要填写：单位名称、纳税人识别号、注册地址、注册电话、开户银行和银行账号
B| 银行账号是我们公司的对公账户对吧
A| 是的，填写贵公司在税务登记的对公账户即可。这些信息都是在"订单详情-发票-申请开票"页面由您自己填写，不需要发给客服
B| 好 填完多久能开出来
A| 专票审核一般1-3个工作日，开出后电子专票会发到您填写的邮箱，纸质专票会随单寄出或单独邮寄

=== G topic:fraud-report platform:taobao style:chat
B| 刚才有个人打电话说是淘宝客服 说我买的衣服有质量问题要赔我 让我加微信 是你们吗
A| 亲，不是我们哦！淘宝和店铺客服都不会通过电话让您加微信、QQ办理退款或理赔
A| 您这个订单目前状态正常，没有任何质量问题的售后记录，对方是冒充客服的诈骗电话
B| 还好我没加 吓死了
A| 您做得非常对👍 如果对方再打来，请直接挂断，不要点击他发的任何链接，也不要提供验证码和银行卡信息
A| 您也可以拨打96110咨询反诈专线，或者在淘宝APP"我的-安全中心"里举报

=== G topic:phone-plan-change platform:chinamobile style:chat
B| 我想把套餐从128的降到58的
A| 您好，可以为您办理。降档套餐下月1号生效，本月还是按原套餐计费
B| 需要去营业厅吗
A| 不需要，您在"中国移动"APP里"办理-套餐变更"就能自助办理，办理时会给您手机发一条验证码，您在APP页面里输入就行
A| 请注意，这个验证码只在APP里自己填写，任何工作人员都不会电话或短信向您索要
B| 好的 我去试试
A| 好的，如果办理失败您截图发我，我再帮您看

=== G topic:grocery-missing-item platform:meituan style:chat
B| 买菜少了一盒鸡蛋
A| 非常抱歉给您带来不便！麻烦您拍一下收到的商品和小票照片发给我
B| [图片]
A| 收到，核实确实漏配了一盒土鸡蛋，这边直接给您退款12.9元，原路退回到您的微信支付，稍后您会收到退款通知
B| 好的 谢谢
A| 另外送您一张5元无门槛券，已经放到您的账户里了，下次下单可以用

=== G topic:cosmetics-allergy platform:tmall style:chat
B| 用了你们的面霜脸上起红疹了
A| 亲，真的很抱歉听到这个情况，请您先停用产品，症状明显的话建议尽快就医
B| 已经停了 能退吗 已经用了一小半
A| 可以的亲，过敏属于质量售后范围。您在订单里申请"退货退款"，原因选"使用后过敏"，上传一下皮肤的照片和产品照片就可以
A| 审核通过后退款会原路退回到您付款时用的支付宝账户，如果有就医产生的费用，也可以把病历和发票上传，我们评估后协商补偿
B| 好的我现在申请

=== G topic:appliance-install platform:suning style:chat
B| 空调什么时候能来装
A| 您好，您的订单已经出库，安装师傅会在送货后24小时内电话联系您预约时间
B| 安装要另外收钱吗
A| 标准安装是免费的，如果需要加铜管、打墙孔、高空作业会按照收费标准另外收费，师傅会提前告诉您价格
A| 费用请在苏宁易购APP的服务订单里支付，不要私下转账给师傅，这样出了问题我们才能保障您的权益
B| 明白

=== G topic:concert-ticket-refund platform:damai style:chat
B| 演唱会门票还能退吗？家里有事去不了
A| 您好，这场演出的退票规则是：开演前7天以上可退，收取票价20%的手续费
B| 现在离开演还有12天
A| 那是可以退的，请在大麦APP"订单-申请退票"里操作，退款扣除手续费后原路退回到您的支付账户
A| 提醒您，请勿在其他平台或者通过私人渠道转卖门票，大麦官方不会让您加好友或扫码办理退票
B| 好的谢谢

=== G topic:insurance-claim platform:pingan style:chat
B| 我手机摔碎了，买了碎屏险，怎么报
A| 您好，您可以在"平安好车主/平安APP-我的保单-理赔"里自助报案，需要上传碎屏照片和维修发票
B| 理赔款打到哪里
A| 理赔款会打到您在理赔页面填写的本人名下银行卡，填写时只需要卡号和开户行，不需要密码、有效期或者背面的安全码
A| 如果有人自称平安工作人员要您提供这些，都是假冒的，请您提高警惕
B| 好的

=== G topic:second-hand-dispute platform:xianyu style:chat
B| 卖家发来的耳机是坏的，他不理我
A| 您好，很抱歉您遇到这种情况。您可以在订单页面点击"申请退款"，选择"商品与描述不符"，上传耳机故障的视频
B| 他让我加他微信私了
A| 建议您不要脱离闲鱼沟通和交易，聊天记录和交易记录都在平台内才能作为纠纷处理的依据
A| 如果卖家48小时内不处理，您可以申请小法庭/客服介入，我们会根据凭证判定
B| 好的我先申请退款

=== G topic:electronics-warranty platform:jd style:chat
B| 笔记本买了半年，开机黑屏
A| 您好，您的笔记本在一年保修期内，可以享受免费维修
A| 您可以在"我的订单-申请售后-维修"里提交申请，快递上门取件，也可以去品牌的官方售后网点
B| 里面的资料会不会被看到
A| 送修前建议您先备份重要资料。维修过程中如果需要进入系统，工程师会在现场征求您的同意，您可以自己输入开机密码，不需要告诉别人
B| 好的 我先申请

=== G topic:login-sms-not-received platform:taobao style:chat
B| 登录一直收不到验证码
A| 您好，请先检查一下手机是否开启了短信拦截，或者号码欠费停机了
B| 没欠费 拦截我也看了
A| 那您可以尝试点"收不到验证码"，选择语音验证码，系统会拨打电话播报给您
A| 验证码只需要您在登录页面填写，客服这边是看不到也不需要的，请不要告诉任何人
B| 语音的可以了 谢谢

=== G topic:huabei-installment platform:alipay style:chat
B| 花呗分期手续费怎么算的
A| 您好，花呗分期手续费按每期收取，具体费率在分期页面会显示，3期、6期、12期费率不同
B| 能提前还吗
A| 可以的，您在"花呗-账单-提前还款"里操作，提前还款后未出账的分期手续费不再收取
B| 那不会影响征信吧
A| 按时还款或者提前还款都不会有不良影响，征信记录只和是否逾期有关。您可以在支付宝里自己查看账单，不需要任何人帮您"处理"

=== G topic:ebook-subscription platform:other style:chat
B| 我好像开了自动续费 想关掉
A| 您好，自动续费您可以自己随时关闭：打开支付宝"我的-设置-支付设置-免密支付/自动扣款"，找到对应的服务点击关闭即可
B| 关掉以后已经扣的能退吗
A| 本期已扣费用如果还没使用会员权益，可以申请退款，我这边帮您提交，退款会原路退回支付宝
B| 好的 麻烦了
A| 已提交，预计1-3个工作日到账，请留意支付宝的通知

=== G topic:delivery-address-change platform:jd style:chat
B| 地址写错了 能改吗 还没发货
A| 您好，订单还未出库，可以修改的。请您在订单详情点"修改地址"，自己重新填写就行
B| 找不到那个按钮
A| 在订单详情页面收货人信息的右边有一个小笔的图标，点一下就可以改。如果还是不行，您把新的地址和电话发我，我来帮您修改
B| 北京市朝阳区建国路88号SOHO现代城C座1503，电话{PHONE}
A| 好的已经帮您修改好了，请在订单详情里核对一下

=== G topic:coupon-question platform:pdd style:short
B| 券用不了
A| 亲 券要满59才能用哦
B| 哦
A| 凑个单就好啦～

=== G topic:food-delivery-late platform:eleme style:chat
B| 外卖超时一个小时了还没到
A| 非常抱歉！我这边联系了骑手，说是餐厅出餐慢，现在已经在路上了，预计10分钟到
B| 太慢了 我想退了
A| 理解您，这单已经严重超时，您可以选择继续等待，我们给您赔付一张超时红包；也可以直接取消，全额原路退款
B| 那我还是等吧
A| 好的，超时红包已经发到您的账户里了，在"我的-红包卡券"里可以看到
=== G topic:bank-card-bind-help platform:alipay style:call
A| 您好，支付宝客服，很高兴为您服务，请问有什么可以帮您
B| 我绑银行卡一直绑不上 说信息不一致
A| 好的，信息不一致一般是这几种情况：银行卡的户名和支付宝实名不是同一个人，或者银行预留的手机号和您现在填的不一样
B| 手机号我前年换过
A| 那很可能就是这个原因。需要您带身份证和银行卡去银行柜台，或者在手机银行里把预留手机号改成现在的号码
A| 改好以后，您在支付宝"我的-银行卡-添加银行卡"里自己重新绑一次，过程中收到的校验码填在支付宝页面上就可以
A| 整个过程我这边不需要您报卡号、密码或者验证码，您自己操作就好
B| 好的 明白了

=== G topic:security-warning-callback platform:jd style:call
A| 您好，这里是京东客服回访，您昨天反映接到冒充京东客服的电话，我这边跟进一下
B| 对 那个人说要帮我关闭什么百万保障
A| 京东没有"百万保障"这种需要电话关闭的服务，也不会因为这个影响您的征信，对方是典型的冒充客服诈骗
A| 我们已经把那个号码提交给反诈平台了。您有没有按对方说的下载什么软件，或者借钱、转账？
B| 没有，他让我下载个会议软件我没下
A| 那太好了。以后如果有人让您共享屏幕、开会议、报验证码，请直接挂断，这些都不是京东的操作
B| 好的 谢谢你们

=== G topic:refund-to-balance platform:pdd style:chat
B| 退款退到哪里去了 我微信没收到
A| 您好，查询到您这笔订单是用多多钱包余额支付的，所以退款也原路退回到多多钱包余额了
B| 我能提现到银行卡吗
A| 可以的，在"个人中心-多多钱包-提现"里选择您自己绑定的银行卡，按页面提示操作即可
A| 提现需要输入支付密码，这个密码只在页面上输入，平台客服不会问您要
B| 好的

=== G topic:tv-installation-fee platform:jd style:chat
B| 电视安装师傅让我扫码付198的支架费 正常吗
A| 您好，壁挂支架如果不是随机附赠的，是需要另外购买的，价格一般在京东服务订单里有明码标价
A| 请您不要直接扫师傅个人的收款码。如果需要支架，请让师傅在系统里给您下服务单，您在京东APP里付款
B| 他说系统下单麻烦
A| 理解，但为了保障您的权益，还是建议走系统。如果师傅坚持私下收费，您可以拒绝并告诉我，我们会安排其他师傅
B| 好 我跟他说

=== G topic:mobile-plan-number-port platform:chinaunicom style:chat
B| 我想携号转网到你们联通，要准备什么
A| 您好，携号转网需要先在原运营商那边查询是否符合条件，发短信"CXXZ#姓名#证件号码"到原运营商客服号码
A| 符合条件的话，原运营商会给您发一个授权码，您带着身份证和授权码到联通营业厅办理就可以
B| 授权码是给你们工作人员吗
A| 是的，这个授权码是在营业厅办理时由您本人当面提供的，用于携号转网本身；线上任何人问您要都不要给
B| 好的

=== G topic:return-pickup platform:dewu style:chat
B| 退货的快递员一直没来取件
A| 您好，非常抱歉，我查了一下，顺丰那边预约的是今天下午2-5点上门
B| 我下午不在家
A| 那我帮您改到明天上午9-12点可以吗？或者您也可以自己送到附近的顺丰网点，运费由平台承担
B| 改明天上午吧
A| 已经改好了，快递员上门前会给您打电话。包装请保持完整，鞋盒、吊牌、防盗扣都要在哦

=== G topic:membership-refund platform:iqiyi style:chat
B| 我不小心开了年卡 能退吗 刚开的
A| 您好，您是今天上午10点通过App Store开通的年卡，苹果渠道的扣款需要向苹果申请退款
A| 您可以访问苹果官方的"报告问题"页面，或者在"设置-Apple ID-订阅"里管理。我们这边没办法直接退苹果渠道的钱
B| 那如果是支付宝开的呢
A| 支付宝开的可以在我们这边申请，会员权益未使用的话，退款会原路退回支付宝
B| 哦是苹果 我去试试

=== G topic:pre-sale-deposit platform:tmall style:chat
B| 双十二预售的定金能退吗
A| 亲，预售商品的定金在尾款开始前不支持退哦，如果您没有付尾款，定金是不退的，这个在下单页面有提示
B| 那如果商家没货了呢
A| 如果是商家原因无法发货，定金会全额退回，并且您可以申请违约赔付
B| 好的
A| 尾款会在12月12号0点开放支付，您在订单页面点"付尾款"自己支付就行，记得设置提醒哦

=== G topic:fake-link-check platform:taobao style:chat
B| 我收到一条短信说我的淘宝账户异常 要点链接 https://tb-safe.xyz 验证 是你们发的吗
A| 亲，这个不是淘宝官方的链接！淘宝的官方域名是 taobao.com，不会用这种奇怪的网址
A| 请不要点开，更不要在里面输入账号、密码、银行卡信息。您的账户目前是正常的，没有任何异常
B| 好险 我还没点
A| 可以直接删掉这条短信。如果不放心，可以在淘宝APP"设置-账户与安全"里自己改一下登录密码

=== G topic:grocery-fresh-refund platform:hema style:chat
B| 买的草莓烂了好几个
A| 实在抱歉！盒马鲜生有"不新鲜包退"服务，您在订单里点"申请售后"，拍照上传就可以
B| 要把草莓退回去吗
A| 不需要退回，审核通过后退款直接原路退回您的支付方式，一般几分钟就到
B| 好的 申请了
A| 收到了，已经为您通过了，退款金额39.9元，请注意查收

=== G topic:ticket-real-name platform:12306 style:chat
B| 火车票退票的钱什么时候到账
A| 您好，退票款会在1-7个工作日内退回您购票时使用的支付账户，比如银行卡或者支付宝
B| 我是在第三方平台买的
A| 在第三方平台购买的，退款先退到第三方平台，再由第三方退给您，具体时间请咨询购票平台
A| 提醒您，12306官方不会通过电话要求您转账、提供银行卡密码办理"改签"或"退票补偿"
B| 知道了

=== G topic:account-stolen-help platform:douyin style:chat
B| 我的抖音号被别人登录了 密码也被改了
A| 您好，请别着急。您可以在登录页点击"忘记密码"，通过绑定的手机号接收短信验证码，自己重置密码
B| 他连绑定手机都改了
A| 这种情况可以走"账号申诉"，在登录页点"遇到问题-账号申诉"，按提示上传身份证照片和人脸识别，我们会尽快审核
A| 申诉过程中不会有工作人员私下加您微信或者要您付费，如果遇到要钱的，一定是骗子
B| 好 我去申诉

=== G topic:appliance-repair-fee platform:midea style:call
A| 您好，美的服务，工号6021，请问是预约了洗衣机维修的刘先生吗？
B| 是的
A| 师傅明天上午十点左右到，您的洗衣机还在保修期内，人工费和配件费都不收
A| 如果师傅检查后发现是人为损坏，需要收费的话，会先给您看收费标准，您同意后再在美的服务小程序里支付
B| 不用付现金吗
A| 不用的，您在小程序里自己付就好，不要转账到师傅个人账户，这样有电子发票也方便保修
B| 好的好的

=== G topic:second-hand-verify platform:zhuanzhuan style:chat
B| 我买的二手iPhone，验机报告说有维修记录，但是卖家写的无拆无修
A| 您好，您购买的是"转转验机"的商品，验机报告和实际不符的话，可以申请退货退款
A| 您在订单页面点"申请售后"，选择"与验机报告不符"，把维修记录的截图上传一下
B| 退货邮费谁出
A| 这种情况是平台责任，退货运费由转转承担，您寄回时选择"平台付运费"即可
B| 好

=== G topic:shop-anti-fraud-notice platform:xiaohongshu style:short
A| 宝子你好呀～有任何售后问题都在这里找我哦
A| 温馨提示：店铺不会以任何理由让你添加微信、QQ或者点外部链接退款，遇到了请及时举报🙅‍♀️
B| 好的 就问下什么时候发货
A| 预售款，15号前发出～

=== G topic:credit-report-question platform:jd style:chat
B| 我白条逾期了一天 会上征信吗
A| 您好，我查了一下，您的白条账单12月5日到期，您在12月6日上午已经还清了
A| 京东白条有一定的宽限期，您这次在宽限期内还款，不会作为逾期上报征信，请放心
B| 那就好 吓死我了
A| 以后可以在"白条-设置"里开通自动还款，到期自动从您绑定的卡扣款，避免忘记

=== G topic:group-buy-leader platform:meituan style:group
A| 【美团优选·幸福里团长】各位邻居，今天的蔬菜已经到了，请大家凭提货码来自提点取货哦～
B| 团长我的少了一袋土豆
A| 收到，您在美团APP订单里点"缺货申请退款"，系统会自动退款，我这边也会帮您登记
B| 好的
A| 另外提醒大家：我只在这个群里发取货通知，不会私聊让大家转账或者扫码交"团长费"，遇到请注意

=== G topic:washing-machine-installment platform:suning style:chat
B| 买洗衣机能分期吗
A| 您好，可以的，支付的时候可以选择花呗分期或者信用卡分期，部分银行的信用卡可以享受3期免息
B| 信用卡分期要我提供什么
A| 不需要向客服提供任何卡片信息，您在收银台页面选择"信用卡分期"，自己输入卡号和银行发来的验证码即可完成
B| 好的 我试试
=== G topic:refund-notice platform:jd style:sms
A| 【京东】您的订单2849301177退款¥259.00已原路退回至您尾号8826的银行卡，预计1-7个工作日到账。京东不会以任何理由要求您转账或提供验证码。
B| 收到 谢谢
A| 【京东】感谢您的反馈，如对退款有疑问，请通过京东APP"客户服务"咨询。

=== G topic:order-shipped-sms platform:taobao style:sms
A| 【菜鸟驿站】您的包裹已到朝阳路店，取件码 6-2-3011，请凭码到店领取，营业时间8:00-21:00。
B| 能放到明天再取吗
A| 您好，包裹可在驿站免费保管3天，超时系统会提醒您，不会另外收费。取件码只在驿站出示使用。

=== G topic:hk-order-question platform:taobao style:chat
B| 你好，我喺香港，請問寄到香港要幾耐？
A| 您好～寄香港一般走集运，3-5個工作日可以到，運費會在付款頁面顯示
B| 可以用八達通或者香港信用卡付款嗎
A| 可以使用香港發行的Visa或Master信用卡，喺付款頁面自己輸入卡號同安全碼就得，客服這邊唔會問您要卡資料
B| 好嘅 唔該
A| 唔使客氣，有問題隨時搵我～

=== G topic:tw-buyer-invoice platform:shopee style:chat
B| 請問可以開統一編號的發票嗎？
A| 您好，可以的喔！結帳時在發票選項勾選「公司戶」，填入統一編號和公司抬頭就可以
B| 那如果我已經下單了呢
A| 已下單的話，請在訂單頁面「申請修改發票」自己填寫，我們這邊不需要您提供任何帳戶密碼
B| 收到 感謝

=== G topic:electronics-return-policy platform:suning style:chat
B| 手机拆封了还能七天无理由吗
A| 您好，手机属于激活后不支持七天无理由的商品，但是如果未激活、配件齐全，是可以退的
B| 我开机了但是没登录账号
A| 开机后如果没有激活保修，还是可以申请的，需要工程师检测确认。您在订单里提交申请，选择"上门取件"
A| 寄回前请您退出所有账号、取消屏幕锁，并且恢复出厂设置，保护您的个人信息
B| 好的

=== G topic:antifraud-call-genuine platform:taobao style:call
A| 您好，这里是淘宝官方客服，来电是想跟您确认一下，您刚才在淘宝APP上修改了收货手机号，是您本人操作的吗？
B| 是我改的
A| 好的，那没问题。我们这通电话只是确认，不会要求您提供任何验证码、密码或者银行卡信息
A| 如果以后有人自称淘宝客服打电话给您，要求这些信息，请直接挂断，并通过淘宝APP里的"我的客服"核实
B| 好的 知道了

=== G topic:cosmetics-authenticity platform:dewu style:chat
B| 你们卖的口红是正品吗
A| 您好，得物所有商品都经过"先鉴别，后发货"，每件商品都附带防伪扣和鉴别证书
B| 怎么查鉴别证书
A| 您收到货后，用得物APP扫描防伪扣上的二维码，就可以看到这件商品的鉴别信息
B| 不用去外面网站查吧
A| 不需要的，只用得物APP自带的扫码就可以，其他网站或者小程序都不是官方的哦

=== G topic:winter-coat-quality platform:vip style:chat
B| 羽绒服掉毛很厉害
A| 您好，很抱歉给您带来困扰。轻微钻绒是羽绒服的正常现象，但如果掉毛严重就属于质量问题了
A| 麻烦您拍一段视频上传到售后申请里，我们会在24小时内审核，确认是质量问题的话可以退货退款，运费我们承担
B| 好 我拍一下
A| 好的，提交后有任何进度我们会在APP内通知您，请以APP内通知为准

=== G topic:wrong-charge-check platform:meituan style:chat
B| 我的银行卡被美团扣了29块 我没买东西
A| 您好，我帮您查一下。这是您开通的"美团会员"连续包月，每月扣费一次
B| 我不记得开过
A| 记录显示是今年6月在外卖下单时勾选开通的。您可以在"我的-美团会员-自动续费管理"里自己关闭
A| 这个月的费用如果会员权益还没有使用，我可以帮您申请退款，会退回到扣款的银行卡
B| 好 帮我退吧
A| 已经提交了，预计三个工作日内到账，到账后银行会有短信提醒

=== G topic:account-freeze-genuine platform:alipay style:chat
B| 我的支付宝被限制收款了
A| 您好，经核实您的账户因近期收款存在风险被临时限制，原因是短时间内收到多笔陌生人转账
B| 那是我卖东西收的钱
A| 理解，您可以在支付宝"我的-设置-账户与安全-安全中心"里提交申诉材料，比如交易聊天记录和发货凭证
A| 申诉全程免费，不需要缴纳任何保证金或者解冻费，也不会有工作人员让您转账
B| 好的 我去提交

=== G topic:insurance-renewal platform:pingan style:call
A| 您好，这里是平安车险续保提醒，您的车险下个月15号到期，想跟您确认一下是否续保
B| 先给我报个价
A| 好的，根据您去年没有出险，今年商业险加交强险大概是3860元，具体以您收到的报价单为准
B| 怎么付钱
A| 报价单会通过短信发给您，里面的链接是平安官方的，您也可以直接在"平安好车主"APP里自己支付，我这边不会要求您转账到任何个人账户
B| 好 我看一下

=== G topic:digital-code-delivery platform:taobao style:chat
B| 我买的steam充值卡 卡密在哪
A| 亲，卡密会在付款后自动发送到订单详情里，点"查看卡密"就能看到
B| 找到了 怎么用
A| 您登录steam，在"账户-充值钱包-兑换卡"里输入卡密就好了。卡密就相当于现金，请不要发给任何人哦
B| OK 谢谢

=== G topic:phone-bill-question platform:chinatelecom style:chat
B| 这个月话费怎么多了30
A| 您好，我查了一下，您本月有一笔"视频彩铃"的增值业务费用，是上个月开通的
B| 我没开过
A| 记录显示是通过短信回复开通的。我可以帮您退订，并申请退还本月费用
B| 好的退订
A| 已经帮您退订了，退费会在下个月话费中抵扣。以后有类似的营销短信，请不要随意回复

=== G topic:live-stream-purchase platform:douyin style:chat
B| 直播间说下单送赠品 我没收到赠品
A| 您好，我查询一下订单……您的赠品是单独发货的，物流单号在订单详情的"赠品"栏里
B| 哦看到了 还在路上
A| 是的，预计明天到。如果有其他问题可以随时在这里找我们
A| 也提醒您一下，主播和客服都不会在直播间以外让您私下付款或者加群返现，遇到请举报

=== G topic:used-car-deposit platform:guazi style:chat
B| 看中一辆车 要交定金吗
A| 您好，如果您确定购买，可以在APP里支付意向金锁定车辆，意向金会在成交时抵扣车款
B| 如果最后不买呢
A| 验车后不满意可以申请退还意向金，会原路退回。请只在APP里支付，不要转账到销售个人的银行卡或者微信
B| 好的

=== G topic:kid-shoes-size platform:pdd style:short
B| 孩子脚长17cm穿几码
A| 亲建议28码哦
B| 好
A| 冬天穿厚袜子的话可以拿29～

=== G topic:refund-partial platform:tmall style:chat
B| 买了三件退一件 退款怎么少了
A| 您好，您这个订单参与了满300减50的活动，退一件后剩下两件不满300了，优惠需要按比例扣回
A| 具体的计算是：原价退款129元减去分摊的优惠21.5元，实际退款107.5元，已经原路退回到您的花呗
B| 原来是这样
A| 是的，退到花呗的话会直接冲抵您的花呗账单，不是退到余额哦

=== G topic:grocery-delivery-time platform:dingdong style:short
B| 能不能早点送
A| 您好，最早的配送时段是7:00-7:30哦
B| 那就这个吧
A| 已为您调整好了，骑手出发时会有推送通知～
=== G topic:fridge-delivery-call platform:jd style:call
A| 喂，您好，我是京东物流的配送员小赵，您买的海尔冰箱今天下午给您送过去，您家里有人吗
B| 有 下午都在
A| 好的，大概三点左右到。您家是几楼？有没有电梯
B| 七楼 有电梯
A| 好嘞，冰箱比较大，麻烦您提前把门口的东西挪一下
A| 到了之后您当面开箱验一下货，没问题再签收，签收不用付任何费用，订单已经付过了
B| 好的谢谢师傅

=== G topic:password-reset-guide platform:jd style:chat
B| 支付密码忘了怎么办
A| 您好，您可以在京东APP"我的-设置-账户安全-支付密码"里点"忘记密码"来重置
A| 重置时需要验证绑定的手机号，系统会给您发一条短信验证码，您填在页面上，再进行一次人脸识别即可
B| 人脸识别不通过
A| 请在光线充足的地方重试，摘掉眼镜和帽子。如果多次失败，可以选择"验证银行卡"的方式，在页面上输入您已绑定的银行卡号就行
B| 可以了 谢谢
A| 不客气～新密码请不要设置成生日或者连续数字，也不要告诉任何人，包括客服

=== G topic:order-cancel-refund platform:pdd style:chat
B| 我想取消订单
A| 您好，订单还没发货，可以直接取消的，在订单详情点"取消订单"就可以
B| 钱会退到哪
A| 您是用微信支付的，取消后会立即原路退回您的微信零钱或者银行卡，一般几分钟就到
B| 好的已取消
A| 已经看到您取消成功了，退款12.8元已发起，请留意微信支付的通知

=== G topic:laptop-invoice-reissue platform:jd style:chat
B| 发票抬头写错了能重开吗
A| 您好，可以的，电子发票在开具后一年内都可以申请换开
A| 您在"我的订单-发票详情-换开发票"里修改抬头和税号，提交后1-2个工作日重新开具，原发票会自动作废
B| 公司财务要开户行和账号 也在这里填吗
A| 是的，如果需要在发票上显示开户行和账号，可以在换开页面的"更多信息"里自己填写，不需要发给客服
B| 好的找到了

=== G topic:luggage-damaged platform:ctrip style:chat
B| 飞机托运行李箱被摔坏了
A| 您好，非常抱歉遇到这种情况！行李损坏需要先在到达机场的行李查询处开具《行李运输事故记录》
B| 我已经出机场了
A| 一般航空公司接受离开机场后7天内的索赔，您可以拨打航空公司官方客服电话或者在航司官网提交，记得保留登机牌和行李牌
A| 您购买的携程行程保障包含行李损坏险，拿到航司的记录后，可以在携程APP"我的-保险理赔"里申请理赔，理赔款打到您本人的银行卡
B| 好的 谢谢

=== G topic:grocery-substitute platform:hema style:chat
B| 我买的那款酸奶没货了 你们给我换了一个
A| 您好，是的，您下单时勾选了"缺货时替换同类商品"，所以拣货员给您替换了同价位的另一款
B| 我不喜欢这个
A| 没问题，您可以申请退款，退款金额会原路退回，替换的酸奶您不用退回了
B| 那怎么取消这个替换选项
A| 下次下单时在结算页把"缺货时替换"改成"缺货时退款"就可以了

=== G topic:camera-second-hand-auth platform:xianyu style:chat
B| 我想卖相机 有人说要先验证我的收款能力 让我交钱
A| 您好，这是常见的诈骗手法！闲鱼卖家收款不需要交任何"保证金"或"验证费"
A| 买家付款后，钱会先由平台担保，您发货、买家确认收货后，货款自动到您的支付宝账户
B| 他还给我发了一个邮件 说是闲鱼官方
A| 闲鱼不会通过邮件通知您交保证金，也不会让您点外部链接。请不要点击那个邮件，可以把对方的账号举报给我们
B| 好的 谢谢提醒

=== G topic:mobile-upgrade-genuine platform:chinamobile style:call
A| 您好，这里是中国移动10086，您的套餐合约下个月到期，想为您介绍一下续约优惠
B| 什么优惠
A| 续约一年可以每月减免20元，流量从30G升到40G
B| 怎么办理
A| 您可以在中国移动APP里点"我的-合约续订"自助办理，办理时输入手机上收到的验证码就好，这个验证码不用告诉我
B| 那我自己在APP里办吧
A| 好的，感谢您的接听，祝您生活愉快

=== G topic:ticket-transfer-question platform:damai style:chat
B| 我买的票能转给朋友吗
A| 您好，这场演出是实名制电子票，入场需要核验购票时绑定的身份证，不支持转让哦
B| 那朋友说他在闲鱼上买了别人的票
A| 实名制的票无法更改观演人，私下转卖的票可能无法入场，也很容易遇到诈骗，建议您提醒朋友谨慎
B| 好吧

=== G topic:wrong-item-shipped platform:taobao style:chat
B| 买的白色发来黑色
A| 亲亲真的很抱歉，是仓库发错了😭 您直接申请换货就好，我们给您补发白色，黑色您寄回来
B| 寄回去还要我出运费？
A| 不用的亲，您寄回时选择"商家承担运费"，或者寄到付，我们这边签收时付
A| 补发的白色今天就给您安排，单号出来后会同步到您的订单里
B| 好

=== G topic:airline-change-genuine platform:ctrip style:call
A| 您好，携程旅行网客服，请问是预订了明天上海到昆明航班的孙女士吗
B| 是我
A| 航空公司刚刚通知，您的航班因为天气原因取消了，非常抱歉
A| 我们可以为您免费改签到明天下午的航班，或者全额退票，退款会原路退回到您付款的账户，不收手续费
B| 那改签下午的吧
A| 好的，改签已经为您办好了，新的行程单会通过短信和APP消息发给您。整个过程不需要您支付任何费用，也不需要提供银行卡信息
B| 好的 谢谢

=== G topic:skincare-expiry platform:tmall style:chat
B| 收到的精华保质期只剩半年了
A| 您好，我们家商品承诺发货时保质期不少于12个月，您收到的确实不符合，非常抱歉
A| 您可以申请退货退款，或者我们给您补偿20元的无门槛红包，您看您更倾向哪种呢
B| 给我红包吧
A| 好的，红包已经发到您的淘宝卡券包里了，有效期30天，在"我的-红包卡券"里可以看到

=== G topic:headphones-trade-in platform:jd style:chat
B| 以旧换新怎么弄
A| 您好，在商品页面选择"以旧换新"，填写旧设备的型号和状况，系统会给出估价
A| 下单后快递会上门回收旧设备，检测通过后，回收款会打到您的京东账户余额，或者直接抵扣新机价格
B| 旧手机里的东西怎么办
A| 请在寄出前自己备份资料、退出账号、恢复出厂设置。我们不会要求您提供手机的锁屏密码
B| 好的

=== G topic:pet-food-subscription platform:tmall style:chat
B| 猫粮订阅想暂停一个月
A| 您好，订阅服务可以在"我的订单-周期购"里自己选择"暂停一期"
B| 会扣钱吗
A| 暂停期间不会扣款。下次恢复后，会按原来的日期从您绑定的支付宝扣款，扣款前一天会有短信提醒
B| 明白

=== G topic:furniture-assembly platform:jd style:chat
B| 衣柜安装的师傅说要加钱
A| 您好，您购买的衣柜是包安装的，标准安装不额外收费
A| 如果是特殊墙面打孔，或者需要搬运到没有电梯的高楼层，可能会有额外费用，收费标准在服务详情页能看到
B| 他说要200
A| 我这边帮您核实一下，麻烦您稍等……核实了，您的情况不在额外收费范围内，师傅不能收费，我已经联系服务商处理了，请您不要私下付款
=== G topic:buyer-overshares-card platform:jd style:chat
B| 退款退到这张卡吧 {CARD_S}
A| 您好，为了您的资金安全，请不要在聊天窗口发送完整的银行卡号，刚才那条消息建议您撤回
A| 京东的退款只能原路退回到您下单时的支付方式，不能指定退到其他银行卡，所以这边不需要您的卡号
B| 哦哦 那我撤回了
A| 好的，您这笔退款已经原路退回到您付款时用的卡上，三个工作日左右到账

=== G topic:buyer-overshares-code platform:taobao style:chat
B| 我收到了一个验证码 {CODE6} 是不是要给你
A| 亲，千万不要把验证码发给任何人，包括我们客服！请您撤回这条消息
A| 我们这边没有给您发送过验证码，可能是有人在尝试登录您的账号，建议您马上在"设置-账户与安全"里修改一下登录密码
B| 啊 那我赶紧改
A| 改好后可以开启"登录保护"，以后新设备登录都需要您本人确认，会更安全

=== G topic:buyer-overshares-password platform:alipay style:chat
B| 我支付密码是{PWD} 你帮我看看为什么付不了款
A| 您好，请立即撤回这条消息，支付宝客服绝不需要您的支付密码
A| 建议您现在在"我的-设置-支付设置-支付密码"里修改一个新的密码，因为刚才的密码已经在聊天中出现过了
B| 好的改了 那付不了款是怎么回事
A| 我看了一下，是您这张卡的快捷支付额度今天已经用完了，您可以换一张卡或者用余额支付

=== G topic:insurance-card-info platform:pingan style:chat
B| 你好 我要理赔 卡号{CARD} 有效期{EXP} 后面三位{CVV}
A| 您好，非常感谢您的信任，但是请您不要发送卡片的有效期和背面三位数，这些信息任何正规机构都不会需要
A| 理赔款只需要您在理赔页面填写收款卡号和开户行，卡号也请在页面填写，不用发在聊天里
A| 建议您联系发卡行确认一下这张卡是否需要换卡，以防信息泄露
B| 好的 我会打电话问银行

=== G topic:phone-for-delivery platform:meituan style:chat
B| 骑手找不到我家 我电话{PHONE_S}
A| 您好，我已经把您的电话同步给骑手了，他马上会联系您
A| 以后您也可以在订单页面点"联系骑手"，系统会用虚拟号码帮您拨打，保护您的隐私
B| 好的 接到电话了

=== G topic:sim-card-replace platform:chinamobile style:chat
B| 我手机卡丢了 怎么补
A| 您好，您可以先在中国移动APP或拨打10086办理临时停机，防止被他人冒用
A| 补卡需要本人携带身份证到营业厅办理，部分城市支持APP上线上补卡，需要人脸识别
B| 我可以把身份证号发给你 你先帮我停机吗
A| 停机可以您自己在APP里操作，不需要把身份证号发给我。在"办理-停开机"里选择"挂失停机"就行
B| 好的找到了

=== G topic:loan-ad-complaint platform:douyin style:chat
B| 我刷到一个广告说能帮我提高借呗额度 是真的吗
A| 您好，任何声称能"提额"、"洗白征信"、"修复征信"的广告都是不可信的，借呗额度是由系统综合评估的
A| 这类广告往往会要求您先交服务费，或者诱导您去借网贷，请不要相信
B| 我在哪举报
A| 您可以在广告右上角点"···"选择"举报"，我们审核后会下架处理。感谢您的反馈

=== G topic:shoe-size-consult platform:dewu style:short
B| 这双偏大吗
A| 偏大半码 建议拿小半码
B| 平时穿42
A| 那拿41.5就行～

=== G topic:second-hand-payment-protect platform:zhuanzhuan style:chat
B| 卖家说走平台太麻烦 让我直接微信转他 便宜100
A| 您好，强烈建议您不要私下转账。私下交易出了问题，转转无法为您提供任何保障
A| 在平台下单的话，您的钱会先由平台托管，确认收货后才会付给卖家，如果商品有问题可以申请退款
B| 那我还是在平台买
A| 好的，这是最稳妥的方式。如果卖家坚持让您私下转账，您可以举报他的账号

=== G topic:tablet-warranty-card platform:suning style:chat
B| 平板的电子保修卡在哪看
A| 您好，电子保修卡在"我的-服务-电子保卡"里，可以看到保修期和服务网点
B| 保修需要激活吗
A| 不需要单独激活，您的购买记录就是保修凭证。送修时出示订单号或者电子保卡的二维码就可以

=== G topic:coupon-scam-warning platform:pdd style:chat
B| 我朋友发给我一个链接说是拼多多砍价 要我绑卡
A| 您好，拼多多的砍价活动在APP内就能完成，不需要绑定银行卡，也不需要填写银行卡信息
A| 如果链接打开后不是拼多多APP，而是一个外部网页，就可能是钓鱼网站，请不要输入任何信息
B| 确实是个网页
A| 那就不要继续操作了，您可以提醒一下您的朋友，可能是他的账号被盗了

=== G topic:washing-machine-noise platform:jd style:call
A| 您好，这里是京东家电售后服务，您之前反映洗衣机脱水时噪音很大，我们来电跟进一下
B| 对的 响得像拖拉机
A| 好的，这个情况可能是运输螺栓没有拆除，或者洗衣机没有放平
A| 您看一下洗衣机背面有没有三四个大螺栓，如果还在，需要拆下来
B| 啊 好像是还在
A| 那就是这个原因了。如果您自己不方便拆，我帮您预约师傅上门，保修期内免费
B| 帮我约一下吧 明天下午
A| 好的，已为您预约明天下午两点到六点，师傅出发前会打电话给您

=== G topic:wechat-pay-refund platform:meituan style:chat
B| 我的退款说到账了 可是我微信里没有
A| 您好，退款会原路退回到您支付时使用的方式，如果您用微信绑定的银行卡付款，钱会退回到那张银行卡，而不是微信零钱
B| 哦 我看看
A| 您可以在微信"我-服务-钱包-账单"里找到这笔退款，点进去可以看到退回的去向
B| 看到了 在招行卡里

=== G topic:phone-repair-data platform:other style:chat
B| 手机送修要告诉你们锁屏密码吗
A| 您好，我们的工程师不需要您的锁屏密码。送修前建议您备份数据并关闭"查找我的手机"
A| 如果维修需要进入系统测试，会在您在场的情况下由您本人输入密码解锁
B| 好的明白了

=== G topic:game-topup-refund platform:taobao style:chat
B| 给游戏充值充错了区服
A| 亲，非常抱歉，游戏充值是即时到账的虚拟商品，一旦充值成功就无法退回了
B| 那怎么办
A| 您可以联系游戏官方客服，看是否能帮您转区。我们这边可以给您提供充值凭证
B| 好吧
A| 凭证已经发给您了，请在游戏官方客服那里提交，不要相信任何说可以"追回充值"的私人渠道

=== G topic:health-insurance-question platform:alipay style:chat
B| 好医保怎么取消自动续保
A| 您好，您可以在支付宝"我的-保障-我的保单"里找到好医保，点进去选择"管理自动续保"关闭就可以
B| 关了以后还有保障吗
A| 当前保单到期前依然有效，只是到期后不再自动续保，如需继续保障需要您手动续保
B| 好

=== G topic:large-order-confirm platform:jd style:call
A| 您好，京东客服，您刚才下了一个金额较大的订单，三台iPhone一共两万多，来电跟您确认一下是否本人操作
B| 是我买的，给公司买的
A| 好的，确认是您本人就没问题了。我们不会问您任何密码或者验证码，只是做一个安全提醒
A| 如果后续有人以"订单异常"为由联系您，要求退款或者转账，请以京东APP里的订单状态为准
B| 好的谢谢
=== G topic:new-customer-onboarding platform:chinatelecom style:call
A| 您好，中国电信新装回访，您上周办理的宽带已经安装好了，使用还顺畅吗
B| 挺好的
A| 好的。提醒您一下，宽带账号的密码在您的装机单上，路由器的WiFi密码是师傅帮您设的，建议您自己改一个
A| 修改WiFi密码可以在路由器背面的管理地址登录后操作，或者用"小翼管家"APP
A| 我们的工作人员不会来电要求您提供宽带密码或者银行卡信息，有疑问可以拨打10000核实
B| 好的 知道了

=== G topic:refund-to-closed-card platform:tmall style:chat
B| 我付款那张卡已经注销了 退款怎么办
A| 您好，如果原卡已经注销，银行在收到退款后会退回给支付宝，支付宝会把钱退到您的账户余额
B| 需要我提供新卡吗
A| 不需要的，退款到了余额之后，您可以自己在支付宝里提现到任意一张您名下的银行卡
A| 整个过程大概7-15个工作日，如果超过时间还没收到，您再联系我们，我们帮您向银行查询
B| 好的

=== G topic:kitchen-appliance-manual platform:jd style:chat
B| 破壁机怎么清洗
A| 您好，加入半杯温水和一滴洗洁精，选择"自动清洗"程序就可以了
B| 刀头能拆吗
A| 这款刀头是固定的，不建议拆卸，清洗时注意不要把底座泡水
A| 电子版说明书可以在商品详情页最下面找到，或者扫机身上的二维码查看

=== G topic:scan-to-pick-up platform:hema style:chat
B| 自提点让我扫码 是干嘛的
A| 您好，那是盒马自提柜的取件码，您打开盒马APP扫一下柜子屏幕上的二维码，柜门就会自动打开
B| 不用付钱吧
A| 不用的，订单已经付过款了，扫码只是为了开柜取货。如果扫码后让您付款，请不要付，并联系我们
B| 好的取到了

=== G topic:tickets-seat-change platform:maoyan style:chat
B| 电影票能换座位吗
A| 您好，已出票的电影票不支持换座，如果需要的话可以先退票再重新购买
B| 退票要手续费吗
A| 开场前60分钟以上可以免费退，退款原路返回。您在"我的-订单-电影票"里点"退票"即可

=== G topic:blender-broken-arrival platform:pdd style:chat
B| 料理机到了杯子是裂的
A| 亲，非常抱歉！麻烦您拍一下裂缝和外包装的照片
B| [图片][图片]
A| 收到了，是运输破损，我们直接给您补发一个新的杯子，或者您选择仅退款，都可以
B| 补发吧
A| 好的，补发已安排，明天发出。破损的杯子您不用寄回，可以直接处理掉

=== G topic:account-security-upgrade platform:taobao style:chat
B| 我怎么知道我的账号安不安全
A| 您好，您可以在淘宝"我的-设置-账户与安全-安全中心"里查看账户安全等级和最近登录设备
B| 有个设备我不认识
A| 可以直接在那里点"删除设备"把它踢下线，然后修改登录密码，并开启"登录保护"
A| 修改密码时会给您手机发短信验证码，您在页面上输入就可以，这个过程不需要联系客服
B| 好 我去弄

=== G topic:contact-lens-return platform:jd style:short
B| 隐形眼镜拆了能退吗
A| 拆封的不能退哦
B| 没拆的呢
A| 没拆封七天内可以退，在订单里申请就行

=== G topic:phone-trade-in-price platform:aihuishou style:chat
B| 估价3000 检测后只给2200 为什么
A| 您好，检测报告显示屏幕有划痕，电池健康度只有79%，所以价格有调整，报告在订单详情里可以看到
B| 我不想卖了
A| 理解，您可以选择"退回手机"，我们免费给您寄回，旧机在寄回前会保持检测前的状态
B| 那寄回吧
A| 已为您申请退回，快递单号会在24小时内生成，请注意查收

=== G topic:express-claim-genuine platform:sf style:chat
B| 快递丢了 怎么理赔
A| 您好，非常抱歉！我查询了一下您的运单，确实在中转环节出现异常，我们正在全力查找
A| 如果48小时内找不到，我们会按照您的保价金额进行理赔。您在顺丰APP"我的-理赔"里可以看到理赔进度
B| 理赔款怎么给我
A| 理赔款会退到您寄件时的付款账户，或者打到您在顺丰APP里填写的本人银行卡，全程不需要您支付任何费用，也不需要加任何人的微信
B| 好的

=== G topic:baby-formula-question platform:tmall style:chat
B| 奶粉罐上的防伪码怎么查
A| 您好，罐底有一个刮开式的防伪码，刮开后可以在品牌官网或者微信公众号"XX奶粉官方"里输入查询
B| 那个公众号是官方的吗
A| 是的，带蓝色认证标志的那个。请不要扫描罐身以外的二维码，有些是第三方贴上去的广告

=== G topic:course-refund platform:other style:chat
B| 网课想退
A| 您好，您购买的课程支持7天无理由退款，您是3天前购买的，可以退
B| 怎么退
A| 在APP"我的-订单"里申请退款，退款会原路退回。如果您是用分期付款的，分期也会同步取消
B| 好 谢谢

=== G topic:moving-service platform:58 style:chat
B| 搬家师傅说要先交定金
A| 您好，在我们平台预约的搬家服务，定金是在APP下单时支付的，您已经付过了
A| 师傅上门后不需要再交任何定金，搬完以后按实际情况在APP里结算尾款
B| 他让我微信转给他
A| 请不要私下转账，我这边马上联系师傅核实，如果他违规收费，我们会处理

=== G topic:tablet-activation-code platform:jd style:chat
B| 买的软件激活码在哪里
A| 您好，激活码会在订单完成后发送到订单详情的"虚拟商品"栏里
B| 可以发到我邮箱吗
A| 可以的，在订单详情里点"发送到邮箱"就行。激活码请妥善保管，不要分享给他人，每个码只能激活一次
=== G topic:remote-help-refused platform:alipay style:chat
B| 你能不能远程帮我操作一下 我不会弄
A| 您好，为了您的账户安全，支付宝客服不提供任何远程操作或者屏幕共享服务
A| 您告诉我卡在哪一步，我一步一步文字告诉您怎么点，您自己操作就好
B| 就是转账的时候找不到对方账户
A| 您在首页点"转账"，选择"转到支付宝账户"，输入对方的手机号或者邮箱，核对对方实名后再输入金额
A| 转账前请一定确认对方是您认识的人，如果是陌生人让您转账，要特别小心

=== G topic:meeting-app-question platform:tencent style:chat
B| 有人让我下载腾讯会议开共享屏幕 说是银行客服
A| 您好，腾讯会议本身是正常的会议软件，但银行、电商客服都不会要求您用会议软件共享屏幕办理业务
A| 共享屏幕会让对方看到您手机上的所有内容，包括短信验证码和银行APP页面，这是诈骗分子常用的手法
B| 我已经进了他的会议
A| 请立即退出会议并关闭屏幕共享，如果已经有转账，请马上拨打110或者96110，并联系银行冻结
B| 还没转 我马上退

=== G topic:buyer-asks-wechat platform:taobao style:chat
B| 可以加你微信吗 方便点
A| 亲，不好意思哦，我们店铺所有的售前售后都在旺旺里处理，不添加私人微信
A| 这样聊天记录平台都有保存，出了问题淘宝也能帮您维权，对您更有保障的
B| 好吧 那我就在这里问
A| 嗯嗯，您问吧，我一直在～

=== G topic:red-packet-activity platform:pdd style:chat
B| 拼多多现金大转盘是真的吗 一直差0.01
A| 您好，大转盘是平台的官方活动，具体规则在活动页面右上角"规则"里可以看到
B| 有人说给他发红包能帮我助力
A| 助力只能由好友在拼多多APP里点击，不需要给任何人发红包或者转账，这种说法是骗人的

=== G topic:installment-bank-sms platform:jd style:chat
B| 分期付款后银行给我发了短信 说分期成功 要回复什么吗
A| 您好，那是银行的分期成功通知，不需要回复任何内容
A| 如果短信里让您点链接或者回复验证码，请不要操作，直接拨打银行卡背面的官方客服电话核实
B| 就是通知 没有链接
A| 那就没问题了，分期每月会自动从您的信用卡账单里扣

=== G topic:laptop-bios-password platform:lenovo style:chat
B| 新电脑开机让我设置密码 必须设吗
A| 您好，开机时的Windows密码不是必须的，您可以选择跳过，但建议设置一个，保护您的数据
B| 你们售后会用到吗
A| 不会的。以后送修时也不需要告诉我们密码，工程师会在您在场时请您自己输入
B| 好

=== G topic:grocery-cold-chain platform:dingdong style:chat
B| 冻品化了
A| 非常抱歉！冷链出了问题，这单冻品给您全额退款，退款原路返回
B| 那还能吃吗
A| 化冻后建议尽快食用，不要再次冷冻。退款已经发起，您不用退回商品
A| 我们也已经把这次配送反馈给了站点，后续会加强保温措施

=== G topic:deposit-ticket-genuine platform:ctrip style:chat
B| 酒店预订要交押金吗
A| 您好，这家酒店入住时需要在前台交500元押金，可以刷信用卡预授权或者付现金
B| 能在携程上先付吗
A| 押金只能在酒店前台交，退房时会退还或撤销预授权。携程客服不会提前收取押金，如果有人以携程名义让您转押金，请不要相信
B| 好的 明白

=== G topic:phone-case-custom platform:taobao style:short
B| 能定制名字吗
A| 可以的亲
B| 怎么写给你
A| 下单时在备注里写就好～

=== G topic:child-watch-activation platform:jd style:chat
B| 儿童手表怎么绑定
A| 您好，下载手表品牌的官方APP，用APP扫描手表上的二维码就可以绑定
B| 二维码在哪
A| 在手表的"设置-绑定码"里，扫的时候请用官方APP，不要用其他扫码工具
B| 绑好了

=== G topic:loan-scam-victim-help platform:meituan style:chat
B| 我被人骗去借了美团借钱 转给了一个说是客服的人
A| 您好，很抱歉听到这个消息。请您第一时间拨打110报警，并保存好所有聊天记录和转账凭证
A| 美团客服从来不会要求用户借款、转账或者"注销学生账户"，对方是冒充客服的诈骗
A| 借款合同是您本人签署的，仍需按时还款，但您可以带着报警回执联系我们，我们会协助您核实情况
B| 好的 我现在去报警
A| 如果还有其他骗子再联系您，说能帮您"追回损失"，也请不要相信，那是二次诈骗

=== G topic:sneaker-fake-dispute platform:xianyu style:chat
B| 买的鞋子是假的 卖家说是正品
A| 您好，可以申请"验货宝"或者第三方鉴定，鉴定结果为假货的话，平台支持全额退款
B| 鉴定要钱吗
A| 闲鱼合作的鉴定服务在订单页面可以申请，费用会在页面显示，如果鉴定为假，由卖家承担
B| 好的 我申请一下

=== G topic:broadband-bill-autopay platform:chinaunicom style:chat
B| 宽带费能自动扣吗
A| 您好，可以的，在中国联通APP"服务-自动缴费"里绑定您的银行卡或者支付宝，就能每月自动缴费
B| 要在这里给你卡号吗
A| 不用的，绑定是在APP页面上您自己操作的，我们客服这边不收集卡号
B| 好

=== G topic:cosmetics-sample-gift platform:xiaohongshu style:chat
B| 说好的小样没有
A| 呜呜抱歉宝子！漏发了，我这就给您补寄，明天发出哦
B| 好的
A| 补寄的单号我会在这里发给您，注意查收🥰

"""


def main() -> None:
    rng = random.Random(SEED)
    scam, genuine = Corpus(prefix=f"{PREFIX}s"), Corpus(prefix=f"{PREFIX}g")
    parse(SCAM, "S", scam, rng)
    parse(GENUINE, "G", genuine, rng)
    texts = [r["text"] for r in scam.records + genuine.records if r["sender"] == "agent"]
    dupes = [t for t, n in Counter(texts).items() if n > 1]
    if dupes:
        sys.exit(f"repeated agent lines: {dupes[:5]}")
    scam.write(HERE / f"{NAME}_scam.jsonl", shuffle_seed=SEED)
    genuine.write(HERE / f"{NAME}_genuine.jsonl", shuffle_seed=SEED + 1)
    print("scam:   ", summary(scam.records))
    print("genuine:", summary(genuine.records))
    print("all:    ", summary(scam.records + genuine.records))


if __name__ == "__main__":
    main()
