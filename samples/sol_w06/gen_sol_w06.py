"""Generator for corpus sol_w06: scam families beyond the classic refund (task/刷单 rebates,
fake bank meetings and remote-assistance apps, investment "teachers", game-account and 代充
trading, gift cards, red packets and 数字人民币, verification prepayments, loans to "prove
repayment ability", 征信修复, 公检法 hand-offs) and genuine chats that use the same words.

Every line below is written by hand. Code only fills in buyer credential values (valid card
numbers, ID numbers, codes) so that entity offsets are exact, and adds the routine tags.

Script format, one conversation per block:
    == S topic:x platform:y style:z pk:<pretext kind>      (scam)   / == G topic:... (genuine)
    A TR OFF #contextual | agent text                           (rule abbreviations, #tags)
    B | buyer text with {CODE} {CARD_SP} ... placeholders
Run:  python3 gen_sol_w06.py
"""
from __future__ import annotations

import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # samples/: the shared kit
from kit import (Corpus, card_number, chinese_digits, digits, expiry, fullwidth, id_number,
                 mobile, spaced)

SEED = 20606
HERE = Path(__file__).resolve().parent
NAME = "sol_w06"

ABBR = {
    "CN": "ASK_CARD_NUMBER", "SEC": "ASK_CARD_SECURITY", "PW": "ASK_PASSWORD",
    "VC": "ASK_VERIFICATION_CODE", "SS": "ASK_SCREEN_SHARE", "TR": "ASK_TRANSFER",
    "OFF": "ASK_OFF_PLATFORM", "LOAN": "ASK_LOAN_OR_CREDIT",
}
# words scammers lean on; a genuine agent line using one is a hard negative
HARD_WORDS = (
    "验证码", "校验码", "动态码", "银行卡", "卡号", "信用卡", "储蓄卡", "密码", "卡密", "CVV", "安全码", "有效期",
    "微信", "QQ", "转账", "汇款", "打款", "链接", "二维码", "扫码", "共享", "屏幕", "投屏", "远程", "会议",
    "借呗", "备用金", "贷款", "借款", "额度", "征信", "红包", "数字人民币", "钱包", "充值", "代充", "礼品卡",
    "购物卡", "E卡", "理财", "收益", "刷单", "点赞", "返利", "返现", "垫付", "保证金", "解冻", "冻结",
    "安全账户", "公安", "警察", "下载", "App", "APP", "app", "短信", "账户", "退款", "付款", "支付",
    "手续费", "账号", "客服电话", "热线", "身份证", "验资", "流水",
)

BLOCKS: list[str] = []


def values(rng: random.Random) -> dict:
    """Placeholder -> (entity type, written value) generators."""
    return {
        "CARD": lambda: ("CN_BANK_CARD", card_number(rng)),
        "CARD16": lambda: ("CN_BANK_CARD", card_number(rng, length=16)),
        "CARD_SP": lambda: ("CN_BANK_CARD", spaced(card_number(rng), 4)),
        "CARD_DASH": lambda: ("CN_BANK_CARD", spaced(card_number(rng, length=16), 4, "-")),
        "CARD_FW": lambda: ("CN_BANK_CARD", fullwidth(card_number(rng))),
        "CVV": lambda: ("CN_CARD_SECURITY", digits(rng, 3)),
        "CVV_CN": lambda: ("CN_CARD_SECURITY", chinese_digits(digits(rng, 3))),
        "EXP": lambda: ("CN_CARD_SECURITY", expiry(rng)),
        "EXP4": lambda: ("CN_CARD_SECURITY", expiry(rng).replace("/", "")),
        "CODE": lambda: ("CN_VERIFICATION_CODE", digits(rng, 6)),
        "CODE4": lambda: ("CN_VERIFICATION_CODE", digits(rng, 4)),
        "CODE_SP": lambda: ("CN_VERIFICATION_CODE", spaced(digits(rng, 6), 3)),
        "CODE_CN": lambda: ("CN_VERIFICATION_CODE", chinese_digits(digits(rng, 6), one="幺")),
        "CODE_FW": lambda: ("CN_VERIFICATION_CODE", fullwidth(digits(rng, 6))),
        "PWD": lambda: ("CN_PAYMENT_PASSWORD", digits(rng, 6)),
        "PWD_CN": lambda: ("CN_PAYMENT_PASSWORD", chinese_digits(digits(rng, 6))),
        "PWD_SP": lambda: ("CN_PAYMENT_PASSWORD", spaced(digits(rng, 6), 1)),
        "PHONE": lambda: ("CN_PHONE", mobile(rng)),
        "PHONE_SP": lambda: ("CN_PHONE", spaced(mobile(rng), (3, 4, 4))),
        "PHONE_DASH": lambda: ("CN_PHONE", spaced(mobile(rng), (3, 4, 4), "-")),
        "ID": lambda: ("CN_ID_CARD", id_number(rng)),
    }


def buyer_parts(text: str, gen: dict) -> list:
    parts, pos = [], 0
    for m in re.finditer(r"\{([A-Z0-9_]+)\}", text):
        if m.start() > pos:
            parts.append(text[pos:m.start()])
        parts.append(gen[m.group(1)]())
        pos = m.end()
    if pos < len(text):
        parts.append(text[pos:])
    return parts


def build() -> tuple[Corpus, Corpus]:
    rng = random.Random(SEED)
    gen = values(rng)
    scam, genuine = Corpus(prefix="w06s"), Corpus(prefix="w06g")
    seen: Counter = Counter()
    for block in BLOCKS:
        conv = None
        for raw in block.strip("\n").splitlines():
            line = raw.strip()
            if not line or line.startswith("//"):
                continue
            if line.startswith("=="):
                head = line[2:].split()
                kind, ctags = head[0], head[1:]
                pk = next((t.split(":", 1)[1] for t in ctags if t.startswith("pk:")), "other")
                ctags = [t for t in ctags if not t.startswith("pk:")]
                corpus = scam if kind == "S" else genuine
                conv = corpus.conversation(tags=ctags)
                continue
            head, _, text = line.partition("|")
            text = text.strip()
            toks = head.split()
            who, extra = toks[0], toks[1:]
            rules = [ABBR[t] for t in extra if not t.startswith("#")]
            tags = [t[1:] for t in extra if t.startswith("#")]
            if who == "A":
                seen[text] += 1
                if kind == "S":
                    if rules:
                        tags = ["scam", *tags]
                    else:
                        own = [t for t in tags if t.startswith("pretext:")]
                        tags = ["scam_pretext", *([] if own else [f"pretext:{pk}"]), *tags]
                else:
                    assert not rules, text
                    hn = any(w in text for w in HARD_WORDS)
                    tags = ["genuine", *(["hard_negative"] if hn else []), *tags]
                conv.agent(text, rules=rules, tags=tags)
            else:
                parts = buyer_parts(text, gen)
                seen["".join(p if isinstance(p, str) else p[1] for p in parts)] += 1
                cred = any(isinstance(p, tuple) for p in parts)
                conv.buyer(parts, tags=["credential" if cred else "no_credential", *tags])
    dupes = [t for t, n in seen.items() if n > 1]
    if dupes:
        for t in dupes:
            print("duplicate line:", t, file=sys.stderr)
        sys.exit("duplicate lines")
    return scam, genuine


def stats(records: list[dict]) -> dict:
    agents = [r for r in records if r["sender"] == "agent"]
    c = Counter()
    for r in agents:
        for rule in r["rules"]:
            c[rule] += 1
        for t in r["tags"]:
            if not t.startswith(("topic:", "platform:", "style:")):
                c["tag:" + t] += 1
    for r in records:
        if r["sender"] == "buyer":
            c["buyer_lines"] += 1
            if r["entities"]:
                c["buyer_credential_lines"] += 1
            for e in r["entities"]:
                c["entity:" + e["type"]] += 1
    c["conversations"] = len({r["conversation_id"] for r in records})
    c["agent_lines"] = len(agents)
    c["agent_rule_lines"] = sum(1 for r in agents if r["rules"])
    return c

# ---------------------------------------------------------------- scam: task / 刷单 rebates
BLOCKS.append("""
== S topic:task-like platform:douyin style:chat pk:task_rebate
A | 亲，您好！我们是抖音官方合作的推广部门，现在招募兼职点赞员，动动手指一天轻松一两百，有兴趣了解下吗？
B | 怎么做？要交钱吗
A | 完全免费哦，给指定视频点赞截图就行，一个赞2元，当场结算😊
A OFF | 任务都在我们内部群里派发的，您先加一下接待老师的QQ：2871390456，备注"点赞"
B | 加了
A CN | 老师那边要登记您的收款卡，方便佣金直接打过去，把银行卡号发一下
B | {CARD_SP} 是这张
A | 好的，第一单佣金已经给您发放，请注意查收～
== S topic:task-follow platform:kuaishou style:group pk:task_rebate
A | 【任务大厅】今日第3轮关注任务开始，关注以下主播账号并截图回传，每关注一个返3元
A | 新人福利：完成前三个关注任务即送18元新人红包，直接到账
B | 我做完了，截图发群里了
A OFF | 恭喜新人～后面的高佣任务需要下载我们专用的接单App"星推客"，链接 https://xtk-app.cc/dl 点开安装
B | 为什么不能在群里接
A TR | 进阶任务是"预付返利"模式：您先垫付298元购买指定商品，系统15分钟内返还本金加佣金89元
B | 好吧，已经付了
A TR | 系统提示您接到的是三连单，还需要完成第二单垫付1288元，三单做完一起结算本金和佣金
B | 我钱不太够了……
A TR LOAN | 连单中途不能退出，否则前面的本金全部冻结，您可以先找朋友周转或者用借呗借一下，做完马上就返
== S topic:task-stuck platform:taobao style:chat pk:task_rebate
A | 您好，这里是任务结算中心，您的账户第7单显示"卡单"状态，本金和佣金暂时无法提现
B | 什么叫卡单？我做了好几单了都没问题
A | 卡单是因为您操作超时，系统判定数据异常，需要重新激活账户
A TR | 激活的方式就是再做一单同等金额的任务，把3600元充到任务账户里，系统识别到流水就会自动解卡
B | 还要充3600？之前那5000多呢
A TR | 之前的都在，解卡后一起退回，一分不少。您现在不补的话，系统24小时后会清零，您自己考虑
B | 我再想想
A TR | 姐我也是帮你，后台只给我半小时的处理时间，你赶紧转一下，转完截图发我
== S topic:praise-card platform:pdd style:chat pk:task_rebate
A | 亲，收到宝贝了吗？包裹里有一张好评返现卡，五星好评加晒图就能领20元现金哦
B | 看到了，卡上有个二维码
A OFF | 对的，用微信扫那个码加我们返现专员，备注订单号，返现是通过微信发的
B | 加上了，他说要先做个任务
A TR | 是的亲，返现之前需要完成一个简单的体验任务：在我们发的链接里购买一件99元的商品，付款后连同返现一起退给您
B | 这个不会是骗人的吧
A TR #contextual | 放心，我们是正规商家，您刚才扫码的那个页面直接付就行，付完截个图
== S topic:task-tiered platform:xiaohongshu style:chat pk:task_rebate
A | 宝子你好呀～我是品牌方的推广助理，这边需要小红书素人帮忙收藏+点赞笔记，每条5元，日结
B | 可以呀，我平时有空
A OFF | 那我拉你进做单群，微信搜一下 lxx_tuiguang88，备注小红书
A | 前面的小任务都是直接给你结，后面有"福利单"，佣金是30%，就是需要你先垫资
A TR | 今天的福利单是520档，给你发收款码，扫码付款后群里财务半小时内返你676
B | 上次那个福利单的钱我还没收到
A TR | 系统显示你上次做的是"组合单"，必须两单都完成才能一起返，第二单是1680，你补上就全部到账啦
""")

BLOCKS.append("""
== S topic:task-withdraw platform:douyin style:chat pk:task_rebate
A | 您好，您在任务平台的余额是3860元，目前提现失败，原因是银行卡信息填写错误
B | 我填的是对的啊
A CN | 系统显示姓名和卡号不匹配，您把完整的卡号重新发给我，我帮您后台修改
B | {CARD}
A TR | 修改成功，但账户已经被冻结，需要缴纳账户余额30%的解冻金1158元，解冻后连同余额一并提现
B | 我没有那么多钱了
A LOAN | 您可以在支付宝借呗或者微粒贷上看看有没有额度，先借出来周转一下，提现后就能还上
== S topic:task-group platform:douyin style:group pk:task_rebate
A | 【派单员-小雨】各位家人，今日第一单：打开抖音搜"香氛小铺"，关注后截图发我，秒结3元
B | 已关注，截图发你了
A OFF | 收到～3元已经发到你的支付宝了，看一下。后面的活动单人数有限，私聊我的企业微信 xy_paidan 报名
A TR | 活动单是1000起步，收益40%。你先往导师给的账户打1000，20分钟到账1400
B | 1000有点多，能先做小一点的吗
A TR | 那给你开个体验单，200的，返260，付款码发你了，直接扫
A TR #contextual | 到账了吧？姐妹这就是信誉。下一单按规则是3800，连单，做完四单一起提
== S topic:task-app-review platform:meituan style:chat pk:task_rebate
A | 您好，我们是美团商家运营，现在招聘线上兼职"刷好评员"，在家用手机就能做，日赚300+
B | 具体是什么流程
A OFF | 先下载我们的兼职App"蜂享客"，注册的时候填我的邀请码 FX8823，这个App商店搜不到，用浏览器打开 fxk-jz.top
A CN | 注册完在"我的-提现设置"里绑定银行卡，把卡号截图发我审核
B | 截图了 卡号是{CARD16}
A VC | 审核需要验证是否本人，我这边点了发送，您手机会收到一个6位数字，告诉我就行
B | 收到了{CODE}
A | 审核通过，今天就可以开始接单了，有问题随时找我
== S topic:task-stuck-short platform:taobao style:short pk:task_rebate
A | 亲 卡单了
B | 又卡？？
A TR | 补单1980就能出
B | 我真没钱了
A LOAN | 网贷上借点 很快的
== S topic:task-tiktok-live platform:douyin style:chat pk:task_rebate
A | 您好，这边是直播间人气助力项目，需要给指定直播间刷人气，进去停留两分钟+点赞，一次8块
B | 做了两次了，钱已经收到了，谢谢
A | 不客气，您表现很好，被系统评为优质助力员，可以解锁"充值任务"
A TR | 充值任务就是在直播间给主播刷礼物，您刷多少，平台按120%返给您，今天先刷520抖币
B | 刷完了，怎么返？
A SS OFF | 返现需要核对您的账户流水，您下载一下"云视通"App，进房间号 736 221 905，打开屏幕共享我看一下您的充值记录
B | 进去了 要共享吗
A SS #contextual | 对的，点下面那个"共享"按钮，然后把手机银行也打开，我看着您操作领取返利
""")

BLOCKS.append("""
== S topic:task-dianzan-evasion platform:xiaohongshu style:chat pk:task_rebate
A | 亲亲，兼职点赞了解一下嘛，一单3r，手机就能做
A OFF #evasion | 感兴趣加我薇❤：dz-6672 ，这边不方便细聊
B | 好的，你是哪个公司
A | 我们是MCN机构，专门给品牌做数据的，正规的，放心～
A TR #evasion | 进群以后新人要先交个"押金"68，做满十单原路退，放心不坑人，转我V就行
== S topic:task-novel-readers platform:kuaishou style:chat pk:task_rebate
A | 您好，我们是小说平台的推广方，招募"阅读任务员"，看小说章节、给书评点赞就有收益
B | 一天能赚多少
A | 新手每天50到100，熟练后有团队单，一天几百不是问题
A OFF | 任务需要在我们的官方任务系统做，网址 yuedu-task.vip ，用手机浏览器打开注册
A TR | 系统显示您已经到了V2等级，V2需要充值500元保证金才能接团队单，保证金随时可以退
B | 我在系统里充了500，现在显示提现审核中
A TR | 审核失败是因为您的信誉分不够，需要再充值800把信誉分刷到100才能提现
== S topic:task-rebate-call platform:jd style:call pk:task_rebate
A | 喂，您好，这里是京东商家服务中心的，我们看您之前参与过我们的返利活动对吧
B | 是参加过，怎么了
A | 是这样，您那个返利账户里还有1200多没提出来，这边今天要统一清算
A OFF | 您记一下我们财务的号码，一五八，三三零二，七七四一，您直接打过去跟财务对接
B | 我打过去了，他说要我先交个手续费
A TR | 对对，提现手续费是百分之五，六十块钱，您交了他就给您打款了，这个是正常流程
== S topic:task-bind-card-cvv platform:pdd style:chat pk:task_rebate
A | 您好，您参与的"砍价助力"任务已完成，奖励金468元待发放
B | 真的吗？怎么领
A CN SEC | 奖励金需要打到信用卡上，请提供信用卡卡号、有效期和卡背面的三位数
B | 卡号{CARD_DASH}，有效期{EXP}
A SEC #contextual | 还差背面三位，签名栏旁边那个
B | {CVV}
A VC | 好的，系统已提交，您会收到一条银行的验证短信，把里面的数字回复我就能到账
== S topic:task-wechat-yzm platform:douyin style:short pk:task_rebate
A | 你的佣金68已结算
A VC #evasion | 发下yzm 我这边确认是本人
B | {CODE4}
A | ok 等着到账
""")

BLOCKS.append("""
== S topic:task-coupon-group platform:meituan style:group pk:task_rebate
A | 【福利官】每天在群里签到抢红包，红包满10元就可以提现，还有额外的做单任务
B | 我抢了6块多了
A | 做单任务一单赚10%，今天第一单是100元体验单，做完就满提现门槛了
A TR | 点击群公告里的"做单收款码"，付100元，付完截图@我
B | 付了
A TR | 账户提示"数据错误"，需要您重新下单并附加一笔验证金200，系统会把三笔一起退给您
B | 怎么总是要再付
A TR #contextual | 这是系统规定不是我定的，您不补之前的也取不出来，两百块钱的事
== S topic:task-comment-advance platform:taobao style:chat pk:task_rebate
A | 您好，我们天猫店在招评价师，帮忙下单写评价，本金+佣金当天返
B | 需要先付钱？
A TR | 是的，您先用自己的钱拍下我们链接里的商品，确认收货后我们把本金和8%佣金一起打回给您
A OFF | 商品链接我发您QQ，平台上发链接会被屏蔽，您的QQ是多少？或者直接加我 1927736405
B | 我QQ加了你
A TR | 这一单是连环单，需要连续拍三次，第一次388，第二次1288，第三次4688，完成后统一结算
== S topic:task-sanlian-loan platform:xianyu style:chat pk:task_rebate
A | 您这边目前第二单已完成，第三单金额是6600，这是连单最后一单了
B | 我卡里就剩两千了，真的做不了
A | 理解您，但是任务一旦开始是不能中止的，否则系统判定违约，本金不予退还
A LOAN | 很多兼职的朋友都是先在分期乐、360借条上借点，一两个小时就回来了，利息我们平台补给您
A LOAN TR | 您打开支付宝看看借呗有多少额度，借出来直接转到任务账户就行，我在这边帮您盯着
B | 借呗是有额度……我怕还不上
A TR | 放心，做完这单马上就能提现8900多，利息才几块钱
== S topic:task-voting platform:wechat-shop style:chat pk:task_rebate
A | 您好，我们在做一个"萌宝大赛"投票推广，每帮投一票给0.5元，新用户首单奖励5元
B | 已经投了十票了
A | 结算需要先登记身份，请到我们的结算页面填写一下
A OFF CN | 打开这个链接 http://mb-vote.shop/pay 填姓名、手机号和收款银行卡号
A VC | 页面提示需要短信验证，您把收到的验证码填进页面，也同步给我一份我核对一下
B | 验证码是{CODE_SP}
A PW | 最后一步还要输一下您的取款密码，用于确认收款账户，这个也是系统要求的
""")

# ---------------------------------------------------------------- scam: fake bank meetings / remote apps
BLOCKS.append("""
== S topic:bank-meeting platform:bank-app style:call pk:account_anomaly
A | 您好，这里是银联风控中心，您名下一张银行卡今天凌晨在境外有一笔异常交易，我们已经临时拦截
B | 啊？我没在国外消费啊
A | 所以我们需要和您一起核实。为了保证通话安全，我们改用银行的视频会议系统处理
A SS OFF | 您在应用商店搜索下载"ZOOM"或者"钉钉"，打开后加入会议，会议号 8842 6613 091
B | 下好了，进去了
A SS | 请点击屏幕下方的"共享屏幕"，选择"整个屏幕"，我们专员看着您操作，防止再出错
A CN #contextual | 现在打开您的手机银行，点到"我的卡"，把卡号页面停留一下让专员核对
A VC | 稍后会有一个银行的动态码发到您手机，不用念出来，直接让它显示在屏幕上就好
== S topic:remote-app-anxin platform:jd style:chat pk:account_anomaly
A | 您好，您的京东账户开通了"京东金融-百万保障"服务，每月将扣费599元，如非本人开通需要尽快关闭
B | 我没开过这个
A | 那需要您配合我们在后台关闭，否则今天24点自动扣费
A SS OFF | 关闭流程比较复杂，您先下载一个"安心助手"App，下载后把屏幕上的9位邀请码发给我，我远程帮您一步一步关
B | 邀请码 是 502 771 38 9
A SS #contextual | 好的已经连上了，接下来手机上弹出的提示都点"允许"，不要退出，我这边能看到您的屏幕
A PW | 现在需要您进入银行App，输入登录密码，我帮您进到"扣费授权"页面取消
== S topic:screen-share-tencent platform:pdd style:chat pk:membership_cancel
A | 亲，您开通了拼多多"会员守护"自动续费，每年1980元，需要取消吗
B | 需要取消，我都不知道有这个
A SS OFF | 好的，为了您的资金安全，需要到腾讯会议里处理，会议号 513-772-846，进会议后点"共享屏幕"
A | 请您不要在会议里发言，只要看着我的提示操作就行，我们这边有录音
B | 共享了，你看得到吗
A SS #contextual | 看到了，您把屏幕共享保持开着，把支付宝首页调出来
A TR | 现在点"转账"，填我给您的核验账户，先转出账户里的余额做个核验，系统核对完会自动原路退回
== S topic:remote-app-made-up platform:taobao style:chat pk:account_anomaly
A | 您好，检测到您的淘宝账号存在异常登录，涉及一笔12980元的贷款申请
B | 不是我申请的
A | 明白，这边帮您走撤销流程，需要用我们的工单协助工具
A SS OFF | 在浏览器打开 help-tbkf.net/app 下载"云帮手"，安装好把屏幕上的识别码报给我
B | 装好了 识别码 6610 3382
A SS #contextual | 收到，接下来会弹出"是否允许对方控制您的设备"，点允许
A VC | 接下来手机会收到一条撤销贷款用的校验码，您读一下给我，我这边同步提交
B | 码是{CODE}
== S topic:meeting-app-fake-name platform:bank-app style:sms pk:account_anomaly
A SS OFF | 【XX银行】尊敬的客户，您的账户因涉嫌违规交易已被限制，请于今日内下载"银企视频通"App与客户经理视频核实：ydsp-bank.cn/d 退订回T
B | 这个是真的吗？我下了怎么登录
A SS OFF | 您好，我是您的专属客户经理。登录后输入房间号 4729，进入后打开"屏幕分享"，我引导您解除限制
A CN PW | 解除时页面会让您填写卡号和取款密码，您按照提示填完整就可以了
""")

BLOCKS.append("""
== S topic:cast-guide platform:douyin style:chat pk:membership_cancel
A | 您好，抖音小助手。您之前开通了抖音月付的"直播会员"，系统检测为未成年账户，需要注销处理
B | 我不是未成年啊
A | 可能是实名信息出了问题，注销不了的话每个月会扣800元
A SS | 为了方便我指导，您打开手机"投屏"功能，投到我发您的这个设备码 TPX-0937 上面
B | 投屏成功了，然后呢
A SS #contextual | 好，保持投屏别断开，我会看着您每一步操作，您现在打开微信
A TR | 点"我-服务-钱包"，把零钱转到我给的这个注销专用账户，金额就是页面上显示的全部余额
== S topic:remote-bank-meeting-call platform:bank-app style:call pk:account_anomaly
A | 喂，您好，我这里是建设银行信用卡中心，看到您的信用卡额度有一个降额通知，是不是最近有逾期
B | 没有逾期呀
A | 系统显示有一个风险标记，会影响您的征信，我这边可以帮您申诉
A SS OFF | 申诉要通过我们的视频面签系统，您手机上装一下"面签宝"，我给您发链接
A SS | 装好后点"开始面签"，会提示共享屏幕，您点同意，这是要全程录屏存档的
A CN SEC | 面签第一步核实信用卡，卡号、有效期、卡背后三位安全码您对着镜头念一下
B | 卡号{CARD}，有效期{EXP}，后三位{CVV}
A VC | 第二步，有个银行发送的6位面签码，念给我
B | {CODE_CN}
== S topic:screen-mirror-check platform:meituan style:chat pk:deposit_fee
A | 您好，美团骑手押金退还中心，您当时注册交的押金300还没退，现在可以办理
B | 我没当过骑手啊
A | 可能是您身份证被别人注册过，不退的话会被认为是您本人在使用
A SS | 您把手机屏幕共享给我看一下美团钱包里的信息，我确认一下押金状态
A SS #contextual | 共享不会的话，在设置里找"屏幕镜像"，点我给的这个名字 MT-KF-28
== S topic:remote-shortcut platform:xianyu style:short pk:account_anomaly
A | 账号异常 需远程处理
A SS OFF VC | 下载向日葵 给我识别码和验证码
B | 识别码 182 992 611
A SS VC #contextual | 验证码也要
""")

BLOCKS.append("""
== S topic:meeting-audit platform:taobao style:chat pk:refund_claim
A | 您好，您申请的理赔款退款审核不通过，原因是您的支付宝信用分不够，不能自动到账
B | 那怎么办
A SS OFF | 需要人工审核，请在应用商店下载"小鱼易连"，房间号 9182 773，我们审核员在线
A | 进房间后先别挂，审核员会问您几个问题，请如实回答
B | 已经进来了
A SS | 审核员请您点击"共享"，把支付宝的"芝麻信用"页面打开
A LOAN | 您的信用分不足以接收理赔款，需要您在"借呗"里申请一笔提额，申请成功才能证明信用，借出的钱稍后我们会帮您还掉
== S topic:meeting-unlock-card platform:bank-app style:chat pk:account_anomaly
A | 您好，这里是网联支付客服，您的银行卡因为频繁小额交易被冻结，需要解冻
A | 解冻要由监管专员视频确认本人操作
A SS OFF | 请打开这个网页 wl-jiedong.com/meeting 进入视频会议，开启摄像头和屏幕共享
B | 打开了，要开摄像头吗
A SS #contextual | 摄像头可以不开，屏幕一定要共享，让专员看着您的手机银行
A PW | 专员说需要您在页面里输入手机银行的登录密码和支付密码，这是解冻的必要步骤
B | 密码是{PWD}
A VC | 最后还有一个解冻码，银行会发到您手机上，您在会议里读出来
== S topic:guide-via-assist platform:kuaishou style:chat pk:account_anomaly
A | 您好，快手小店客服。您的小店保证金账户因违规被冻结，无法提现
B | 我没违规
A | 这边可以帮您走申诉，需要核实您的手机操作记录
A SS OFF | 您下载"随身协助"App（浏览器打开 ssxz.app），登录后把显示的设备ID发我，我远程看一下您的操作记录
B | 下完了，好像要很多权限
A SS #contextual | 对，悬浮窗、无障碍、录屏这些全部打开，不然我这边看不到
== S topic:fake-bank-review platform:bank-app style:call pk:account_anomaly
A | 您好，是张女士吗？我是招商银行客户经理，您的储蓄卡今天被系统标记为"睡眠账户"
A | 睡眠账户需要激活，不然会被注销，里面的钱要去柜台排队取
B | 怎么激活
A SS | 我们现在有线上激活，您把手机屏幕分享给我，我带您点
A CN PW | 打开一下招行App登录页，卡号和密码您输进去，我看着，确认没问题就能激活
""")

# ---------------------------------------------------------------- scam: investment / 理财 teachers
BLOCKS.append("""
== S topic:invest-teacher platform:wechat-shop style:group pk:other
A | 【王老师助理】各位群友早上好，昨天老师推荐的两只票全部涨停，跟上的朋友请在群里报喜
A | 老师今天下午开一场免费直播课，讲A股下半年的布局，名额只有50个
B | 我想听，怎么报名
A OFF | 报名要下载我们机构的专用交易软件"鼎盛汇金"，地址 dshj-vip.com ，下载后填邀请码 WL618
A TR | 软件里有内部通道的打新额度，您先入金5万，中签率百分之百，三天翻倍
B | 我先入了2万试试
A TR | 恭喜您中签了！但是中签后要在48小时内补足认缴资金8万，否则视为违约，要扣除全部本金
== S topic:invest-withdraw-tax platform:wechat-shop style:chat pk:other
A | 您好，我是"汇智财富"平台客服，您账户目前可提现余额是286,400元
B | 我要全部提出来
A | 好的，根据平台规定，大额提现需要先缴纳20%的个人所得税
A TR | 税费需要另外转到我们的税务代缴账户，不能从余额里扣，账户是 6217 0012 3300 4419 882，户名汇智财务
B | 为什么不能从余额扣
A TR | 这是监管要求，防止洗钱的。税款到账后2小时内资金解冻，您今天不交的话账户会被风控冻结
A TR | 另外提醒一下，提现前还要交一笔5%的"资金验证金"，这个提现后一并返还
== S topic:licai-account-anomaly platform:alipay style:call pk:account_anomaly
A | 喂您好，我是支付宝理财的客服，您的"余额宝"账户因为收益异常被系统冻结了
B | 啊？冻结了我的钱怎么办
A | 您别着急，这个可以解，主要是您的账户等级不够，收益太高触发了反洗钱
A TR | 您需要转一笔钱到"资金监管账户"验证一下流水，额度是冻结金额的一半，验证完马上解冻
B | 冻结金额多少
A TR | 四万二，您先转两万一，可以分几次转，我给您报账号，您拿笔记一下
== S topic:invest-coin platform:douyin style:chat pk:other
A | 哥，加了这么久还没聊过哈，我在做一个数字藏品/虚拟币的项目，最近收益挺稳的
A OFF | 你可以先看看我们的平台，下载"CoinPro"，苹果手机要用这个企业证书链接装 cpex.io/ios
B | 我先看看
A TR | 新人首充1000U送300U体验金，你用支付宝或者银行卡找币商买U，转到我给你的钱包地址
A TR | 充得越多收益越高，最少也要充5000才能进"VIP跟单"，我一般建议朋友充2万起
== S topic:invest-teacher-vip platform:kuaishou style:chat pk:other
A | 您好，我是金融直播间的助教小林，刚才看您在直播间提问了，老师让我私下联系您
A OFF | 我们有个VIP学员群，老师每天盘中给具体买卖点，扫这个码进群（群码7天有效）
B | 进群收费吗
A TR | 群是免费的，但是老师的"跟投计划"需要交年费9800，今天报名打五折，付4900就行
B | 我转了，然后呢
A TR | 老师说您的资金量太小，跟单效果不明显，建议在我们的合作平台至少存入10万
A LOAN | 资金不够可以先用信用卡套现或者网贷周转，收益出来轻松还上，很多学员都是这么起步的
== S topic:licai-short platform:bank-app style:short pk:other
A | 理财到期 需续期
A TR | 先转5000验证账户 明天返
B | 转哪里？
A TR #contextual | 对公户 我发你
""")

# ---------------------------------------------------------------- scam: game accounts / 代充
BLOCKS.append("""
== S topic:game-account-sell platform:game-trade style:chat pk:deposit_fee
A | 您好，我是交易猫官方客服，您出售的《王者荣耀》账号已经有买家下单付款了
B | 太好了，钱到哪里了
A | 钱已经在平台上冻结，因为您是首次交易，需要开通"卖家保证金"才能提现
A TR | 保证金是交易金额的30%，990元，提现时会一起退还，请扫描下面的二维码缴纳
B | 我已经交了，还是提不出来
A TR | 系统显示您的收款账户填写错误导致资金冻结，需要再缴纳一笔同等金额的解冻金，才能修改信息
== S topic:game-account-buy-offsite platform:xianyu style:chat pk:other
A | 你好，这个号还在，V10带全英雄，价格可以小刀
B | 1500可以吗
A OFF | 行，1500给你了。不过闲鱼手续费高，我们私下交易
A OFF TR | 你加我QQ 3326017590，直接微信转我，号我立刻换绑给你
B | 不走平台不安全吧
A | 放心我卖了好多号了，有一堆好评，截图给你看
== S topic:game-account-credentials platform:game-trade style:chat pk:account_anomaly
A | 您好，这里是盼之代售官方客服，您寄售的号需要验号，请提供一下账号密码
B | 账号是我QQ号，密码也要吗
A PW | 要的，验号员需要登录查看皮肤和战绩，登录密码发我就行，验完您可以改
B | 密码{PWD}，是不是要退出登录
A VC | 不用退出，验号员登录时会触发QQ安全中心的验证，您把收到的验证码发我
B | 验证码{CODE}
A | 好的，验号员已经在登录了，稍等十分钟出报告
== S topic:game-topup-cheap platform:douyin style:chat pk:prize_subsidy
A | 原神/王者/和平精英点券五折代充，官方渠道，安全不封号
B | 648能便宜多少
A | 648只要320，当天到账，好多老客户了
A PW VC | 代充需要登录您的账号，您把游戏账号密码发我，到时候会有一个登录验证码也发一下
B | 那我先付钱还是先给号
A TR | 先付款哦，扫码付320，付完我马上安排
B | 付好了，截图在这
A TR | 亲，您付款的时候备注错了，系统识别不了，要重新付一笔，之前那笔48小时后原路退回
== S topic:game-account-freeze platform:game-trade style:chat pk:deposit_fee
A | 您好，这里是螃蟹账号交易平台，您购买的号已经交付，但是买家资金账户被冻结了
B | 我是买家啊，我钱都付了
A | 是的，因为您的支付账户和实名信息不一致，系统风控自动冻结
A CN | 需要您提供一下绑定的银行卡号，我们核对实名
B | {CARD_SP}
A TR | 核对发现不一致，需要您转一笔888元的"实名认证金"到平台指定账户，认证后连同货款一起退
== S topic:game-skin-gift platform:game-trade style:chat pk:prize_subsidy
A | 恭喜您在本平台"幸运抽皮肤"活动中抽中传说皮肤一款+1888点券
B | 真的？怎么领
A PW #evasion | 领取需要登录您的游戏账号发放，把账号和蜜码发给我们客服
A VC #evasion | 登录时系统会给您发一个"验 证 码"，也请同步发送
B | 账号是微信登的，没有密码
A VC #contextual | 微信登的就更简单，把微信收到的那个数字发我就行
""")

BLOCKS.append("""
== S topic:game-daichong-card platform:taobao style:chat pk:other
A | 亲，欢迎光临游戏代充小店，本店原神月卡7折
B | 我要两张月卡
A | 好的亲，这边代充需要用信用卡渠道，价格更低
A CN SEC | 麻烦您提供一下您的信用卡卡号、有效期和背面的安全码，我们用渠道直接扣款
B | 为什么要我的信用卡信息
A SEC #contextual | 渠道扣款就是这样的，不填后三位系统扣不了，放心我们不会多扣
== S topic:game-account-unbind platform:xianyu style:chat pk:account_anomaly
A | 您好，您在闲鱼出售的游戏账号，买家投诉您私自找回，平台要核查
B | 我没有找回啊
A | 那需要您配合做一个"换绑核验"，证明您没有操作
A VC | 我这边发起换绑，您手机收到的短信验证码请告诉我，不告诉的话视为违规，保证金不退
B | {CODE}
A TR | 核验显示您的账户有风险，需要再缴纳1000元"信誉保证金"，交易完成退还
== S topic:game-trade-customer-wechat platform:game-trade style:chat pk:deposit_fee
A | 您好，我们平台的买家已经付款了，但您的账户未开通"快捷提现"
A OFF #evasion | 请添加平台财务的威信号 jym-caiwu_02 处理开通事宜，扣扣也行：2718893015
B | 加了，他让我交钱
A TR | 是的，开通快捷提现需要缴纳开通费200，缴纳后立即可以提现，开通费会随货款一起退还
== S topic:game-topup-minor-refund platform:game-trade style:call pk:refund_claim
A | 您好，这里是游戏防沉迷中心，您的孩子在游戏中充值了2万多，可以申请未成年退款
B | 能退？太好了
A | 能退，但是需要家长配合操作，退款会退到您的银行卡
A CN | 先把您准备收款的银行卡号告诉我，还有开户行
B | 卡号{CARD}，农业银行
A VC PW | 稍后有退款确认短信，收到后把验证码和您的取款密码一起告诉我，我这边帮您确认
""")

# ---------------------------------------------------------------- scam: gift cards / 充值卡
BLOCKS.append("""
== S topic:giftcard-unfreeze platform:jd style:chat pk:account_anomaly
A | 您好，京东金融客服，您的京东白条因为刷单被风控冻结，影响征信
B | 我没有刷单啊
A LOAN | 那您需要配合我们进行"消费能力验证"，证明您不是恶意刷单，否则冻结记录会上报央行征信
A TR | 验证方式是在京东购买2000元的京东E卡，把卡号和卡密发给我们，验证完24小时内退回
B | 买E卡？为什么要发卡密给你们
A TR #contextual | 卡密是用来核验您的消费能力的，我们验证后会原封不动退回，您放心买
== S topic:giftcard-apple platform:xianyu style:chat pk:prize_subsidy
A | 恭喜您获得闲鱼"百亿补贴"卖家激励金1200元
A TR | 领取前需要完成一次支付通道测试，请购买一张200元的苹果充值卡，把背面的代码拍照发我
B | 充值卡刮开了，照片发你了
A TR | 测试失败，系统说面值不够，还需要再买一张500的
== S topic:giftcard-phone-topup platform:pdd style:chat pk:prize_subsidy
A | 您好，您的拼多多账户有一笔648元的现金红包即将过期
A | 提现需要绑定手机号进行实名验证
A TR | 请您给这个号码充值100元话费作为实名认证，认证成功后100元会跟红包一起发放：17730095521
B | 话费充好了
A TR | 系统要求充值卡形式，请到便利店买两张100元的移动充值卡，把卡号和密码发我
== S topic:giftcard-police platform:other style:call pk:other
A | 我是市公安局反诈中心的民警，你现在涉嫌一起洗钱案件，必须配合调查
B | 我没有做过
A TR | 为了证明你的清白，你的资金需要接受清查，到超市买价值5000的购物卡，把卡号卡密报给我们登记
A | 这是保密案件，你不能告诉任何人，包括你的家人，否则后果自负
""")

# ---------------------------------------------------------------- scam: red packets / 数字人民币
BLOCKS.append("""
== S topic:red-packet-verify platform:wechat-shop style:chat pk:refund_claim
A | 您好，您在我们小店购买的面霜被检测出质量问题，我们给您三倍赔付
B | 好的，怎么赔
A TR | 为了确认收款账户可用，您先给我发个0.01元的红包，收到后我立刻给您转赔付款
B | 发了
A TR | 收到了亲，但是系统显示您的账户需要"激活"，您再发一个520的大红包，连同赔付1314一起返给您
== S topic:ecny-push platform:other style:call pk:other
A | 您好，我这边是数字人民币运营中心的，您的数字钱包被检测出和一起诈骗案有关联
B | 数字钱包我都没怎么用过
A TR | 正因为没怎么用，才会被别人冒用。需要您把钱包里的资金推送到安全子钱包隔离
A TR | 您打开数字人民币App，点"子钱包"，推送到我们告诉您的"公安专用"子钱包，名称是"资金核查0917"
A OFF | 数字人民币App要去官网下载，应用商店的是旧版，您打开这个链接 ecny-gov.cn.fw8.top 装新版
B | 推送了3000
A TR | 您银行卡里的钱也要转到数字钱包里，再一起推送过来，全部核查完就退还
== S topic:red-packet-group platform:wechat-shop style:group pk:prize_subsidy
A | 各位宝宝，今天群里第18个发红包的可以获得1888返现，发多少返多少再翻倍哦
B | 我发了一个66
A TR | 恭喜你中了！要领取1888需要先交个人所得税188，直接发个188的红包给我
A TR #contextual | 发完红包的宝子截图私我，十分钟内返
== S topic:ecny-subsidy platform:meituan style:sms pk:prize_subsidy
A OFF | 【美团福利】您获得政府数字人民币消费补贴800元，请在48小时内领取 mt-szrmb.cc 回T退订
B | 我点进去了，让我开钱包
A CN VC | 页面上填写您要绑定的银行卡号和手机收到的验证码，补贴就能到账
B | 卡号{CARD}，验证码{CODE}
A PW | 还差最后一步，输入您的银行卡取款密码完成绑定
""")

# ---------------------------------------------------------------- scam: prepayment for verification
BLOCKS.append("""
== S topic:prepay-verify platform:taobao style:chat pk:refund_claim
A | 您好，您购买的行李箱因为仓库质检不合格，现已下架，我们主动为您办理理赔，金额是商品价格的两倍
B | 好的，需要我做什么
A | 理赔款走的是支付宝备用金通道，需要先验证您的账户有没有收款资格
A TR | 验证方式是您先往"商家验证账户"转1元，转账成功说明账户正常，我们这边马上打理赔款
B | 1元可以
A TR | 转账页面显示您输错了金额，需要转10000元才能通过大额收款验证，这个十分钟内退回
== S topic:prepay-deposit-rent platform:xianyu style:chat pk:deposit_fee
A TR | 您好，您在闲鱼上租的房子房东已经确认了，请先支付订金锁房
B | 不能看房再付吗
A TR | 看房前要交验证押金500，证明您是真实租客，不租的话押金原路退回，这是平台规则
A OFF | 押金不走闲鱼，闲鱼会抽成，您加我企业微信，我发付款码给您
== S topic:prepay-verify-fee platform:jd style:chat pk:prize_subsidy
A | 恭喜您被抽中京东"618感恩回馈"，奖品是iPhone 15一台
B | 真的吗，我需要付邮费吗
A TR | 奖品包邮的，但是需要交一个"中奖公证费"198元，公证后两个工作日发货
B | 付了198
A TR | 公证处通知您的奖品价值超过5000，需要缴纳20%的个人偶然所得税1200元，税款交完立即发货
== S topic:prepay-sms-code-fee platform:pdd style:short pk:deposit_fee
A | 您好，您的退款被退回，需交验证费
A TR | 扫码付9.9即可重新发起
B | 哪里扫
A TR OFF | 点这个：pdd-tkzx.cn/q
""")

# ---------------------------------------------------------------- scam: loans to prove repayment ability
BLOCKS.append("""
== S topic:loan-prove-ability platform:bank-app style:chat pk:other
A | 您好，您在"易信贷"申请的5万元贷款已经审批通过，恭喜！
B | 太好了，什么时候放款
A CN | 放款前要确认收款卡，请把您本人的银行卡号发过来，必须是一类卡
B | {CARD_SP}
A | 系统提示您填写的卡号有误，资金已经被冻结，需要您证明还款能力才能解冻
A TR | 您需要往您的贷款账户转入贷款金额的20%，也就是一万元，证明您有还款能力，解冻后连同贷款一起打给您
B | 我要是有一万块还贷款干嘛……
A TR #contextual | 理解您，但这是风控要求，不转的话贷款作废，征信上还会有一条违约记录
== S topic:loan-flow-wash platform:wechat-shop style:call pk:other
A | 喂，您好，我是平安普惠的信贷经理，看您之前有贷款需求，我们现在有低息产品，年化3.6%
B | 我之前是问过
A | 您的资质我看了，流水不太够，我们可以帮您刷一下流水
A TR | 您把钱转到我们指定的账户，我们再转回给您，这样来回几次银行就认为您流水充足了，第一次先转8000
A LOAN | 另外您需要先在微粒贷、京东金条这几个平台都申请一下，把额度提出来放在卡里，银行看到余额才会批
B | 借出来的我要付利息啊
A | 放款后这些都可以先还掉，总共就一两天的利息
== S topic:loan-unfreeze-card platform:alipay style:chat pk:other
A | 您好，我是"360借条"放款部，您申请的贷款因为银行卡号填错被冻结
B | 卡号我确认过是对的
A CN | 您再把卡号发我一遍核对
B | {CARD_FW}
A | 核对发现少了一位，现在资金被锁定在监管账户里
A TR | 解冻需要缴纳解冻金3000，您转到财务账户后，贷款和解冻金会一起下发
A LOAN | 您要是手上钱不够，可以在其他平台先借一点过渡，放款以后再还上就行
== S topic:loan-sec-code platform:bank-app style:chat pk:other
A | 您好，招联金融客服，您的授信额度3万已经批下来了，需要绑定信用卡做还款账户
A CN SEC | 请提供信用卡卡号、有效期和背面的三位数字，我们给您绑定
B | 有效期是{EXP4}，后三位{CVV_CN}
A CN | 卡号也要，只有有效期和三位数绑定不了
B | {CARD16}
A VC | 绑定会收到一个银行验证短信，短信里的数字告诉我
== S topic:loan-short-sms platform:bank-app style:sms pk:other
A OFF LOAN | 【金融】您的备用金额度50000元已到期未领取，今日不领将影响征信，领取详询：19925507731
B | 我打过去了，他们说要先交会员费
A TR LOAN | 是的先生，开通额度需要交299会员费，不开通的话会被征信系统记录为"恶意申请"
""")

# ---------------------------------------------------------------- scam: credit repair 征信修复
BLOCKS.append("""
== S topic:credit-repair-student platform:jd style:call pk:credit_repair
A | 您好，我是京东金融客服，您大学期间开通过校园贷业务，现在根据银保监会规定需要注销
B | 我好像开过一个白条
A | 对，就是那个。如果不注销，会被认定为违规校园贷，影响您的个人征信，以后房贷车贷都办不了
A LOAN | 注销需要您把所有借贷平台的额度清零，您先打开借呗、微粒贷、京东金条，把能借的额度全部借出来
A TR | 借出来的钱转到我们的清算账户，系统核实后就会帮您注销并把钱退回，额度清零征信就干净了
B | 借出来转给你们？这不对吧
A LOAN #contextual | 您不配合的话我们只能按违规处理，征信上会有污点记录，自己考虑
== S topic:credit-repair-fee platform:bank-app style:chat pk:credit_repair
A | 您好，我们是专业征信修复机构，和人民银行征信中心有合作，可以消除逾期记录
B | 真的能消吗？我有两条信用卡逾期
A | 可以，成功率95%，不成功全额退款
A TR LOAN | 修复费用每条3000，先付一半定金，征信报告变干净后付尾款
A OFF | 您把您的征信报告拍照发我们微信 zx-xiufu668，我们评估一下
B | 我已经付了三千定金
A TR | 专员说您的情况比较严重，还需要加急处理费1800，不然要排队三个月
== S topic:credit-repair-card-unlock platform:alipay style:chat pk:credit_repair
A | 您好，支付宝客服，系统检测到您的花呗开通异常，不关闭会影响征信
B | 怎么关闭
A LOAN | 关闭前要先把您的花呗额度全部用掉，再由我们回收，证明您没有套现，否则征信会受影响
A TR | 您在我们给的商品链接里把额度全刷掉，刷完我们这边回收退还
== S topic:credit-repair-evasion platform:douyin style:chat pk:credit_repair
A | 征信花了？网贷被拒？专业修复，内部渠道，三天见效
B | 我征信查询太多了
A OFF #evasion | 这种好处理，加我扣扣详谈：号码在主页，或者V❤️：zx9982k
A TR LOAN | 修复费2800，我们的内部关系可以帮您把查询记录压下去，先交费后操作
""")

# ---------------------------------------------------------------- scam: 公检法 hand-offs
BLOCKS.append("""
== S topic:police-handoff-express platform:sf-express style:call pk:parcel_lost
A | 您好，顺丰快递，您寄往广州的一个包裹里被查出了12张银行卡和护照，已经被海关扣押
B | 我没寄过这样的包裹啊
A | 可能是您的身份信息被人冒用了，这个我们没办法处理，我帮您转接到广州市公安局
A OFF | 您记一下刘警官的电话，020开头，再拨分机，或者我直接帮您转过去，不要挂电话
A | （转接）你好，我是广州市公安局刑侦支队民警，警号010426，你涉嫌参与一起特大洗钱案
A OFF SS | 案件保密，你现在下载"警务通"，我们视频做笔录，链接 gzga-jwt.cn ，进去以后屏幕要保持共享
A TR | 为了证明清白，你名下所有资金需要转到国家安全账户接受核查，核查无问题72小时内退还
== S topic:police-handoff-account platform:taobao style:chat pk:account_anomaly
A | 您好，淘宝安全中心，您的账号涉嫌为诈骗团伙提供收款，目前已经被公安部门冻结
B | 我什么都没干啊
A | 我们这边只负责通知，具体的需要您和办案民警联系
A OFF | 请添加办案民警QQ 2049918372，备注您的淘宝账号，民警会给您出示通缉令
A | 请注意，此事属于机密，不能向家人朋友透露，否则以泄密论处
== S topic:police-check-card platform:other style:call pk:other
A | 我是北京市朝阳区检察院的王检察官，你名下的一张银行卡被用于洗钱，涉案金额两百多万
A CN | 你名下现在有几张银行卡？把卡号一张一张报给我，我们要做资金清查
B | 一张是{CARD}，另一张我找一下
A PW | 每张卡的余额和密码也要登记，清查结束以后你再改密码就行
B | 密码是{PWD_CN}
A TR | 清查需要你把钱集中到一张卡上，然后转到最高检的资金监管账户
== S topic:police-loan-clean platform:other style:call pk:other
A | 你现在是嫌疑人，我们可以给你办理"取保候审"，但是要交保证金
A TR | 保证金二十万，案件结束后退还，你先转到我们法院的监管账户
B | 我没有二十万
A LOAN | 你可以在手机上的贷款软件，比如借呗、招联、度小满都借一下，这个钱是合法保证金，会退的
A TR | 借到的钱马上转过来，不要告诉银行工作人员，他们问就说是自己装修用
== S topic:police-sec-card platform:bank-app style:call pk:other
A | 喂，我是反诈中心民警，你的信用卡被犯罪团伙盗刷，需要立即冻结
A SEC CN | 你现在拿着信用卡，把卡号、卡背面三个数字和有效期念给我，我给你做紧急止付
B | 卡号{CARD}，后面是{CVV}，有效期{EXP}
A VC | 好的，止付需要验证，你手机上收到的那个数字马上读出来
B | {CODE}
""")

# ---------------------------------------------------------------- scam: mixed / other families
BLOCKS.append("""
== S topic:subsidy-birth platform:alipay style:sms pk:prize_subsidy
A OFF | 【社保中心】您符合2024年育儿补贴申领条件，补贴金额3600元，请点击 sbzx-bt.cn 申领
B | 填完了姓名和身份证，下一步要填什么
A CN PW | 下一步填写收款的银行卡卡号、预留手机号和银行卡密码，系统审核后发放
B | 我的卡是{CARD_SP}，手机{PHONE}
A VC | 页面会发送验证码，填写后立即到账
== S topic:unfreeze-fee-ecommerce platform:pdd style:chat pk:deposit_fee
A | 您好，您的多多钱包因为涉嫌"恶意刷单"被冻结，余额无法使用
B | 怎么解除？
A TR | 需要缴纳"解冻保证金"，金额为钱包余额的50%，解冻后全额退还
B | 我钱包里就几百块
A TR | 那就缴纳200就行，通过这个收款码，付款后截图给我
== S topic:rebate-group-qq platform:qq style:group pk:task_rebate
A OFF | 【管理员】本群所有任务都在"速赚"平台完成，新人先下载平台App，链接在群文件
A OFF | 群文件里那个"速赚2.3.apk"点开安装，苹果手机私聊管理员拿TestFlight
A CN | 注册时在资料页填写真实姓名、身份证号和收款卡号，否则佣金没办法提现
B | 我填了身份证{ID}，卡号{CARD}
A | 资料已审核，今天任务开放到晚上十点
== S topic:verify-phone-code-gift platform:douyin style:chat pk:prize_subsidy
A | 恭喜，您是本次直播抽奖的幸运观众，奖品是一台戴森吹风机
B | 哇，怎么领
A VC | 需要验证是您本人，平台会发一个6位数的中奖码，您回复给我即可登记
B | 中奖码是{CODE_FW}
A TR | 登记成功，奖品需要您承担保价费和运费，一共89元，扫码支付
== S topic:task-overseas-app platform:tiktok style:chat pk:task_rebate
A | Hi，我们是海外电商平台的招募官，在家做"跨境订单审核员"，每单提成3%
A OFF | 您需要先注册平台账号 shopee-task.xyz ，注册完把账号ID发我，我给您分配订单
B | 注册好了
A TR | 每次抢单需要账户里有足够余额，您先充值1000元到平台账户，抢到的单越多赚得越多
B | 充了，抢到一单9800的
A TR | 这是大单，账户余额不足无法完成，需要补充8800，补足后本金加佣金一起返还
A TR #contextual | 如果超时未补，账户会被冻结，之前的本金无法返还，请尽快
== S topic:verify-phone-code-loan platform:jd style:call pk:other
A | 您好，是您在京东上申请了"金条"额度提升吗
B | 没有啊
A | 可能是被人冒用了，这边帮您取消，系统会给您发一个取消验证码
A VC #contextual | 收到了吧？您把那个数字念一下，我给您撤销
B | 是{CODE_CN}吗
A LOAN | 对，还有一个问题，您的金条额度要先全部借出来再还上，才能彻底注销，您操作一下
""")

BLOCKS.append("""
== S topic:screen-share-report platform:xianyu style:chat pk:account_anomaly
A | 您好，闲鱼安全中心。您的账号被举报发布违禁品，需要配合核查
B | 我只卖了几件旧衣服
A SS | 那请您打开手机屏幕共享，我们查看一下您手机里的闲鱼聊天记录和支付记录
B | 怎么共享？我没用过
A SS OFF | 下载一个"QQ"，我们视频通话时您点"屏幕共享"就可以了，我的QQ号 30129847
== S topic:gift-phone-bill platform:meituan style:chat pk:membership_cancel
A | 您好，美团会员服务，您的"美团月付"开通了高额度分期，每月自动扣399
B | 我不用，帮我关了
A | 好的，关闭需要证明是本人，请配合完成实名认证
A TR | 您在微信里给我们认证账号发一个1分钱转账，备注"本人关闭"，系统自动识别
A OFF | 认证账号是 meituan-kf_vip，微信搜一下添加
B | 加了，转了1分
A TR | 认证需要金额和您的账户余额一致，请把余额全部转过去，认证完退回
== S topic:verify-pay-password platform:alipay style:chat pk:account_anomaly
A | 您好，支付宝客服，您的账户存在被盗风险，我们要给您升级安全等级
B | 需要我做什么
A PW | 请告诉我您的支付密码，我们在后台给您设置更高级别的保护
B | {PWD_SP}
A PW #contextual | 还需要登录密码，两个一起才能升级
== S topic:red-packet-lucky platform:wechat-shop style:chat pk:prize_subsidy
A | 亲，您是小店的第1000位顾客，送您一个幸运红包
A TR | 红包需要激活，您先给店铺发个8.88的红包激活，激活后自动返还88.8
B | 我发了
A TR #contextual | 收到了，但是系统显示要满100才能激活，再补一个91.12
== S topic:game-code-reader platform:game-trade style:short pk:account_anomaly
A | 核验号主
A VC | 手机收到的6位数发我
B | {CODE}
A VC #contextual | 不对 又发了一条 最新的
""")

# ---------------------------------------------------------------- scam: second pass, card / password / loan heavy
BLOCKS.append("""
== S topic:credit-limit-raise platform:bank-app style:call pk:other
A | 您好，这里是浦发银行信用卡中心，您的卡符合提额条件，最高可以提到8万
B | 好啊，怎么提
A SEC | 我这边帮您直接办，您报一下信用卡的有效期，月份和年份
B | {EXP}
A SEC #contextual | 好的，再看一下卡片背面签名条上最后三位数
B | {CVV}
A VC | 提额成功会发一条确认短信，里面有六位确认码，您收到后念给我，额度马上生效
B | 收到了{CODE}
A PW | 最后您设置一下新额度的查询密码，就用您现在的交易密码就行，说一下我帮您录入
== S topic:card-cvv-short platform:jd style:short pk:refund_claim
A | 退款要验证卡片
A SEC | 背面三位发下
B | 是这个吗 {CVV}
A SEC #contextual | 还有到期日
B | {EXP}
== S topic:loan-bind-credit-card platform:alipay style:chat pk:other
A | 您好，您的"借呗"额度可以转为"信用卡分期"，利率更低，需要吗
B | 可以啊，怎么弄
A CN SEC | 需要您提供要绑定的信用卡：卡号、有效期（MM/YY）、CVV2，三项缺一不可
B | {CARD_DASH} {EXP} {CVV}
A LOAN | 绑定成功了，您现在在借呗里把可借额度全部借出，系统会自动转成低息分期
A VC | 借的时候需要验证，验证码您直接发给我，我帮您点确认
== S topic:giftcard-card-security platform:taobao style:chat pk:prize_subsidy
A | 亲，您获得了"淘宝老用户感恩卡"，面值500元，可以直接抵扣
A SEC CN | 感恩卡需要和您的信用卡关联，请发送信用卡号码和卡背后的验证数字（三位）
B | 储蓄卡可以吗
A SEC #contextual | 必须信用卡，储蓄卡没有背面那三位数，关联不了
B | 卡号{CARD16}，三位是{CVV}
== S topic:police-safe-account-pw platform:other style:call pk:other
A | 我是上海市公安局经侦总队的，你的身份证被人拿去开了一个洗钱账户
A | 现在要对你名下的银行账户做资金冻结保护，防止嫌疑人转移
A CN PW | 你把每张卡的卡号和六位密码报给我，我们这边做保护性冻结
B | 工行卡{CARD}，密码{PWD}
A SEC | 你还有信用卡吗？信用卡的话要报卡号后面那三位和有效期
A LOAN | 你名下的网贷额度也可能被冒用，现在全部借出来放到安全账户里锁住，这样嫌疑人就动不了
""")

BLOCKS.append("""
== S topic:game-account-pw-trade platform:game-trade style:chat pk:other
A | 老板，你挂的那个和平精英号我要了，2800
B | 好，走平台吧
A PW | 平台交易前我得验一下号，你先把登录密码给我，我上去看看皮肤
B | 密码发你不好吧
A PW #contextual | 不给我看我怎么知道是不是真的？你发我，验完你改掉就行，很多卖家都这么干
B | 密码{PWD_SP}
A VC | 登的时候要验证码，发你手机上了，报一下
== S topic:game-dc-account-login platform:douyin style:chat pk:other
A | 本店代充点券，原价的6折，24小时自动发货
A PW VC | 下单后请在备注里写：游戏账号、密码、登录时收到的验证码，三项缺一不可
B | 我账号是QQ登录，密码也要写？
A PW #contextual | 对的亲，我们是登号充值，不写密码没法充
== S topic:licai-app-login platform:bank-app style:chat pk:other
A | 您好，工银理财客服，您持有的理财产品因系统升级需要重新签约
B | 在哪里签？
A OFF | 请您点击 icbc-lc-sign.com 进入签约页面，这个是升级专用通道
A CN PW | 页面上输入您的银行卡号和网银登录密码，提交后自动完成签约
B | 我填了，又让我输验证码
A VC | 没错，验证码也填进去，同时发我一份，我们后台核对签约人是不是本人
== S topic:ecny-wallet-pw platform:alipay style:chat pk:account_anomaly
A | 您好，您的数字人民币钱包开通了"免密支付"，存在盗刷风险，需要关闭
A PW | 关闭需要验证您的钱包支付密码，请发给我，我们在后台帮您关
B | 钱包密码是{PWD_CN}
A TR | 关闭完成。为防止盗刷，钱包余额请推送到我们提供的临时子钱包保管，7天后推回
== S topic:red-packet-code platform:wechat-shop style:chat pk:prize_subsidy
A | 亲，您好，店铺周年庆给老客户发188元现金红包，需要验证身份
A VC | 我们给您手机发了一个领取码，您把领取码告诉我，我给您发红包
B | 领取码{CODE4}
A PW | 领取码验证通过了，还需要您的微信支付密码来确认收款账户
""")

BLOCKS.append("""
== S topic:credit-repair-overdue platform:bank-app style:call pk:credit_repair
A | 您好，我是人行征信中心的工作人员，您的征信报告上有一笔3年前的逾期，我们现在做免费修复
B | 免费的？
A | 修复是免费的，但是要验证您现在的还款能力，证明您不是恶意逾期
A LOAN | 您在任意一个网贷平台借一笔一万以上的款，我们能查到您的借款成功，就说明您信用恢复了
A LOAN TR | 借出来以后钱先转到征信中心的核验账户，核验完退回，您再还掉就行，不影响
B | 我借了一万二
A CN | 好的，核验账户我发您，您转的时候用的哪张卡？把卡号报一下，我们好对账
B | {CARD}
== S topic:credit-repair-short platform:wechat-shop style:short pk:credit_repair
A | 征信黑了也能贷
A LOAN | 先下个口子，额度出来我帮你包装
A OFF | app名字私发，浏览器打开
== S topic:credit-threat-membership platform:jd style:chat pk:membership_cancel
A | 您好，京东PLUS会员，您开通的"金融会员"没有关闭，会按月扣费并上报征信
B | 那快帮我关
A LOAN | 关闭需要您先在京东金条借一笔钱再提前还款，这样系统才能识别是您本人主动关闭的
A SS | 借的时候您打开屏幕共享，我一步一步教您，免得操作错了又扣费
A SS OFF | 共享用"瞩目"会议，应用商店搜瞩目下载，会议号 883 1290 662
== S topic:credit-cutoff-loanapp platform:alipay style:chat pk:credit_repair
A | 您好，您的支付宝账户关联了12个网贷平台，已经造成征信"花户"
A | 我们是蚂蚁金服官方的征信优化部门，可以帮您断开这些关联
A LOAN | 断开之前要把每个平台的额度激活一次，激活就是借出来最低额度，我帮您一个个断
B | 要借12次？
A LOAN VC | 对，一个平台一个平台来，每次借款的短信码您报给我，我这边同时做断开
""")

BLOCKS.append("""
== S topic:task-bind-loan platform:kuaishou style:chat pk:task_rebate
A | 您的任务账户已经升级为金牌会员，可以做"大额返利单"，佣金翻倍
A LOAN | 大额单需要会员开通"信用通道"，您去360借条或者分期乐申请一下，把额度截图给我看
B | 申请下来两万
A TR LOAN | 很好，把两万借出来，转到任务账户里，就能接大额单了，今天做完明天就能全部提出来
== S topic:task-card-pw platform:xiaohongshu style:chat pk:task_rebate
A | 姐妹，你的佣金提现卡住了，是因为你的收款卡没做实名
A CN | 你把卡号和开户行发我，我给财务重新登记
B | 卡号{CARD_SP}，建设银行
A PW | 财务说要你设置的提现密码，就是你注册任务App时设的那个六位，不对的话会一直卡着
B | {PWD}
A SS | 还是不行，你开一下屏幕共享我看看你那边App里是什么情况
== S topic:remote-speedhelp platform:pdd style:chat pk:refund_claim
A | 亲，您的退款因操作失误退到了别人的账户，需要找回
A SS OFF | 找回需要远程协助，请去应用商店下载"速达协助"，打开后选择"接受协助"，报给我9位协助码
B | 下好了
A SS #contextual | 好的，我这边已发起连接，您点一下"同意控制"
A PW | 连接成功了，我现在帮您打开银行App，您输一下登录密码，输的时候我不看
""")

# ---------------------------------------------------------------- scam: third pass, security code heavy
BLOCKS.append("""
== S topic:daichong-visa platform:game-trade style:chat pk:other
A | Steam钱包低价代充，汇率比官方低两成，支持外卡通道
B | 怎么付款
A CN SEC | 外卡通道需要您的信用卡信息：1.卡号 2.有效期 3.安全码，填到订单留言里
B | 安全码是什么
A SEC #contextual | 就是卡片背面白条上那三位小数字，不填的话通道扣不了款，订单会被取消
B | {CVV}，有效期{EXP}，卡号{CARD16}
A VC | 银行会发个3D验证短信，您把里面的数字发给我就完成了
== S topic:giftcard-bind-credit platform:jd style:chat pk:prize_subsidy
A | 您好，您有一张京东E卡（面值300元）待领取，领取后可以直接绑定到账户
A SEC | 领取需要用信用卡做身份校验，请告诉我您信用卡的到期年月
B | 为什么要到期年月
A SEC | 校验规则就是这样，年月加上背面的三位，两项一起才能通过，少一个都不行
== S topic:credit-card-annual-fee platform:bank-app style:call pk:membership_cancel
A | 您好，这边是中信银行，您的信用卡今年的年费2400元即将扣收，您可以申请减免
B | 这么贵？那帮我减免
A SEC | 减免需要核实持卡人身份，请念一下卡片正面的有效期和背面最后三个数字
B | 有效期{EXP}，背面{CVV_CN}
A VC | 好的，现在系统给您下发了减免确认码，请告诉我
B | {CODE}
A PW #contextual | 最后请输入您的查询密码确认，您直接说出来，我这边帮您按
== S topic:card-cvv-refund-prize platform:pdd style:chat pk:prize_subsidy
A | 亲，拼多多"百亿补贴返现"给您返了299元到信用卡
A SEC CN | 返现要对一下卡：您卡号全部数字、卡背面三位码、卡面上的有效月年，发我核对
B | 卡号{CARD}，背面{CVV}
A SEC #contextual | 有效月年呢？不填返现就会打回
B | {EXP4}
== S topic:credit-card-upgrade-sms platform:bank-app style:sms pk:other
A SEC | 【交通银行】您的信用卡已获白金卡升级资格，额度提升至5万，回复卡号后四位+有效期+CVV2即可办理，退订回T
B | 1234 怎么回复有效期？
A SEC CN | 尊敬的客户，后四位无法识别，请回复完整卡号、有效期和卡背面三位数
== S topic:police-cvv-freeze platform:other style:call pk:other
A | 我这里是国家反诈中心，你的信用卡刚刚在境外消费了三笔，疑似被盗刷
A SEC | 要做冻结，请确认一下你卡背面的安全码，这样我们才能在系统里锁定这张卡
B | 安全码是{CVV}
A SEC #contextual | 到期日也报一下，月和年
""")

BLOCKS.append("""
== S topic:verify-student-loan platform:douyin style:call pk:credit_repair
A | 您好，我是抖音金融客服，您在学生时期开通的"放心借"没有关闭，现在要求统一清理
A | 不清理的话，会以"学生违规贷款"记录上报征信，以后买房买车贷不了款
A LOAN | 清理方法是把"放心借"的额度借出，然后借出的钱转入国家清查账户，额度就会归零
A CN | 借出需要绑卡，您手上哪张卡常用？把卡号读一下我帮您绑定
B | {CARD}
A VC PW | 稍后您收到验证码，还有您的支付密码，一起告诉我，我把借款流程帮您走完
== S topic:loan-apr-unfreeze platform:wechat-shop style:chat pk:other
A | 您好，"速享贷"的借款申请因为您的银行流水不足被冻结了
A TR | 需要您把3000块钱转到您的借款账户里，证明有还款能力，稍后和贷款一起退给您
A CN | 转账之前先把您的收款卡号再告诉我一遍，我们更新一下资料
B | 卡是{CARD_DASH}
A PW | 系统还要验证账户，请把这张卡的取款密码也报一下，放款后您可以去改
== S topic:loan-vc-check platform:jd style:short pk:other
A | 金条放款核验
A VC | 短信码报下
B | {CODE_SP}
A LOAN | 再点借款 全额借出
== S topic:pw-game-license platform:game-trade style:chat pk:account_anomaly
A | 您好，这里是网易游戏实名认证中心，您的账号因实名与账户不一致被锁定
A PW | 解锁需要您的网易通行证密码和将军令的动态口令，我们后台帮您更新实名
B | 通行证密码{PWD}
A VC #contextual | 将军令上显示的那串数字也要，它一分钟就变，您赶紧发
B | {CODE}
""")

BLOCKS.append("""
== S topic:screen-meeting-licai platform:bank-app style:chat pk:other
A | 您好，我是平安银行理财经理，您购买的"稳盈"产品有收益异常，需要在线核对
A SS OFF | 核对要在会议软件进行，您下载"飞书"，用我发的会议链接进入
A SS | 进入后打开屏幕共享，把您手机银行的理财持仓页面给我看
B | 能看到吗
A PW | 看到了，现在需要刷新一下数据，您退出手机银行重新登录，把登录密码念一下我同步记录
== S topic:screen-share-gift platform:taobao style:chat pk:prize_subsidy
A | 恭喜您获得淘宝"88VIP年度抽奖"二等奖，现金3000元
A SS | 领奖需要您分享屏幕，我们客服指导您在支付宝领取
B | 怎么分享
A SS #contextual | 打开支付宝首页，下拉控制中心，找"屏幕录制/屏幕镜像"，连我们发给您的那个设备名
== S topic:remote-evasion platform:xianyu style:chat pk:account_anomaly
A | 您好，您的闲鱼账号被限制交易
A SS OFF #evasion | 请下个"T-D"（拼一下就是todesk），装好把那串号码发来，我们远程给您解除
B | 下了，号码是 309 442 118
A SS #contextual | 再把临时密码发我，界面上就在号码下面
== S topic:task-meeting-guide platform:meituan style:chat pk:task_rebate
A | 您好，您做单时充值的4800元因为没有按流程操作被系统锁住
A SS | 我需要看着您操作解锁，请打开视频会议的屏幕共享功能，会议号已经发您短信
A VC | 短信里除了会议号还有一个6位的解锁码，您先读给我
B | 解锁码{CODE}
A TR | 解锁成功，但是系统要求再补一单2400，才能一起提现
""")

BLOCKS.append("""
== S topic:police-pw-bank-call platform:bank-app style:call pk:other
A | 喂，你好，我是公安局刑警大队的，你的工商银行卡涉嫌洗钱，现在要跟银行联合冻结
A PW | 为了不冻错，你报一下这张卡的取款密码，我们在系统里做比对
B | 我为什么要告诉你密码
A PW | 你不配合就是妨碍公务，我们只能上门拘传，你自己想清楚，密码报过来
B | 好吧，{PWD_CN}
== S topic:pw-task-app platform:kuaishou style:chat pk:task_rebate
A | 亲，任务平台升级，老用户需要重新绑定
A PW CN | 把你的登录账号、密码，还有收款卡卡号一起发我，我帮你迁到新平台
B | 账号{PHONE}，密码{PWD}
A CN #contextual | 卡号呢亲？没卡号佣金到不了
== S topic:giftcard-code-pw platform:alipay style:chat pk:account_anomaly
A | 您好，支付宝客服，您的账户因为购买大量礼品卡被系统判定为洗钱
A PW | 请提供您的支付宝支付密码，我们给您解除风控标记
B | 支付密码不是不能告诉别人吗
A PW #contextual | 对外人不能说，我们是官方客服，后台核验需要，不提供就无法解除
""")

# ---------------------------------------------------------------- scam: fourth pass
BLOCKS.append("""
== S topic:cvv-list-ask platform:meituan style:chat pk:refund_claim
A | 您好，美团外卖客服，您上周的订单因商家食品安全问题给您退款88元，需要退回信用卡
A CN SEC | 请按以下格式回复：卡号/有效期/CVV，例如 6225xxxx/08/29/123
B | {CARD}/{EXP}/{CVV}
A VC | 收到，银行验证码稍后发送，请直接回复数字
B | {CODE4}
== S topic:cvv-photo platform:xianyu style:chat pk:other
A | 买家您好，我这边是闲鱼担保交易的，您的订单需要验证信用卡
A SEC CN | 把信用卡正反面拍照发过来就行，注意背面的三位数不要挡住
B | 我只拍了正面
A SEC #contextual | 背面也要，签名栏那一条要拍清楚，不然验证不过
== S topic:cvv-ask-indirect platform:jd style:chat pk:deposit_fee
A | 亲，您的京东白条分期需要补充还款账户信息，否则会产生逾期记录
A SEC LOAN | 请补充您信用卡上的"VALID THRU"日期和卡背面的后三码，逾期会直接上征信
B | VALID THRU是 {EXP}
A SEC #contextual | 后三码呢？只差这个了
B | {CVV}
== S topic:police-loan-clear platform:other style:call pk:other
A | 我是最高人民检察院的，你的案子现在由我负责，你要配合资金清查
A LOAN | 你在银行的信用卡先做一个大额分期，再把网贷平台能借的都借出来，证明你的资金来源
A LOAN TR | 所有借来的钱都集中转到"清查账户"，这样我们才能判断哪些是赃款
B | 我借了三万了
A LOAN #contextual | 不够，至少十万才能出具清白证明，你再去度小满和微粒贷试试
== S topic:credit-repair-chat platform:xianyu style:chat pk:credit_repair
A | 您好，您发布的"急需征信修复"需求我们看到了，我们团队专做逾期消除
A LOAN | 修复之前要先做"征信激活"：在两个以上网贷平台申请借款，通过后我们才好操作
B | 申请了一个，批了5000
A TR LOAN | 把这5000作为保证金打给我们，修复完成后退还，同时您的征信会恢复到正常
== S topic:loan-rescue-ask platform:douyin style:chat pk:other
A | 您好，看到您在直播间咨询贷款，我们是持牌机构，黑户也能下款
A LOAN | 您先去下载我们推荐的三个借款App都申请一遍，有额度就截图给我，我帮您组合成大额
A OFF | App下载链接 jkzs.vip/apk ，安装时提示风险点"继续安装"
B | 两个被拒了，一个给了2000额度
A LOAN | 没关系，2000先借出来，放到卡里做流水，银行看到流水就给您批大额
""")

BLOCKS.append("""
== S topic:card-number-indirect platform:taobao style:chat pk:refund_claim
A | 您好，您的商品质检不合格，理赔款需要打到您的银行卡
A CN | 您那张卡正面的那一长串数字发我一下，我给您登记理赔
B | 是{CARD_SP}吗
A | 对的亲，已经登记上了，理赔款1-2小时到账
== S topic:card-number-condition platform:kuaishou style:chat pk:prize_subsidy
A | 您在快手"幸运大转盘"抽中了现金1888，奖金只能打到储蓄卡
A CN | 不提供储蓄卡账号的话，奖金将在24小时后作废
B | 好吧，{CARD}
A VC | 打款会验证本人，手机上收到的那条短信的数字也回复过来
B | {CODE_FW}
== S topic:card-and-id platform:alipay style:chat pk:account_anomaly
A | 您好，支付宝实名认证过期，需要重新认证，否则账户余额将被冻结
A CN | 请回复您的姓名、身份证号、绑定的银行卡号
B | 身份证{ID}，卡号{CARD}
A PW VC | 还需要支付密码和我们刚发给您的短信验证码，完成后实名就恢复了
== S topic:ask-card-list platform:game-trade style:chat pk:deposit_fee
A | 您的提现申请被驳回，原因：收款信息不完整
A CN PW VC | 请完整填写：① 开户名 ② 银行卡号 ③ 提现密码 ④ 手机验证码
B | 开户名张伟 卡号{CARD16} 提现密码{PWD}
A VC | ④没填，验证码看下短信
B | {CODE}
""")

BLOCKS.append("""
== S topic:loan-quota-release platform:wechat-shop style:chat pk:other
A | 您好，微信"微粒贷"客服，系统给您预授信了8万额度，今天是最后一天领取
A LOAN | 您现在打开微粒贷，点"借钱"，把额度释放出来，不然会被回收且影响以后的授信
B | 我不需要借钱
A LOAN | 不需要也可以先借出来再还，只是激活一下，不激活会在征信上记一笔"拒绝授信"
== S topic:beiyongjin-refund platform:alipay style:chat pk:refund_claim
A | 您好，您在淘宝购买的商品因为质量问题退款，但是您的余额宝被锁定无法退回
A LOAN | 这边会通过支付宝"备用金"给您退款，您打开支付宝搜索备用金，点"立即领取"
B | 领了500，这是借的吧
A TR | 是的，这500您转回给商家对公账户，我们这边再把退款加备用金一起退给您
== S topic:game-loan-minor platform:game-trade style:chat pk:refund_claim
A | 您孩子游戏充值的8000元可以全额退款，需要家长的信用证明
A LOAN | 家长需要在手机上开通一个"分期乐"或者"安逸花"额度，证明有偿还能力，系统才能把钱退给您
A SEC | 开通时会要求填信用卡有效期和三位码，您填完截图给我看一下
== S topic:cvv-short-chat platform:pdd style:short pk:prize_subsidy
A | 返现299要验卡
A SEC | 卡后三位？
B | 三位是{CVV_CN}
A SEC #contextual | 月/年也发下
B | {EXP}
""")

# ---------------------------------------------------------------- scam: fifth pass, evasions
BLOCKS.append("""
== S topic:evasion-cvv platform:taobao style:chat pk:refund_claim
A | 亲，退款通道需要核一下您的卡
A SEC #evasion | 卡背后的 C V V 三个数字和卡上的 有 效 期 发一下哈，平台会屏蔽，中间加空格发
B | {CVV} {EXP}
A VC #evasion | 收到～稍后收到的 y z m 也这样发，数字之间空一格
B | {CODE_SP}
== S topic:evasion-pw platform:douyin style:chat pk:account_anomaly
A | 您的抖音钱包被限制，需要人工解除
A PW #evasion | 麻烦提供下支付蜜马（6位），用拼音或者大写数字发都行，系统会过滤
B | {PWD_CN}
A TR #evasion | 已解除。为防再次限制，请把钱包余额"zhuan"到安全户头：6222 0216 0301 8874 551，户名李建国
== S topic:evasion-offsite platform:pdd style:chat pk:prize_subsidy
A OFF #evasion | 🎁恭喜中奖🎁 领奖请加👉 V:lj-2024lll 或 QQ(扣扣)：3301982274
A OFF #evasion | 平台不让发联系方式，你记下来自己搜，加的时候备注"领奖"
B | 搜不到
A OFF #evasion | 威信号第一个是小写L，不是数字1，你再试试，或者直接打这个号码找客服 一七七 零二八三 九九四一
== S topic:evasion-screen platform:xianyu style:chat pk:account_anomaly
A | 您的账号需要人工核验
A SS #evasion | 请打开"屏 幕 共 享"功能，或者用"共享桌面"，方便客服帮您处理
== S topic:evasion-loan platform:kuaishou style:chat pk:credit_repair
A LOAN #evasion | 您的"zx"（征信）有风险，需在"借bei"或"wld"上操作一笔才能消除记录
B | 什么意思，要我借钱？
A LOAN #contextual | 不是真借，就是走个流程，借出来第二天还掉，记录就能消了
== S topic:sec-expiry-call platform:bank-app style:call pk:other
A | 您好，广发银行，您的信用卡即将到期，我们要给您寄新卡，核对一下旧卡信息
A SEC | 旧卡有效期是几月几年？背面的安全码是多少？
B | 有效期{EXP}，安全码{CVV}
A CN | 卡号您再完整报一遍，新卡要跟旧卡关联
B | {CARD}
A PW | 新卡激活要用您原来的交易密码，您现在报给我我就直接帮您激活好
""")
BLOCKS.append("""
== S topic:sec-insurance-claim platform:jd style:chat pk:parcel_lost
A | 您好，京东物流，您的快递在中转站破损丢失，保价理赔金额是商品价值的1.5倍
A SEC | 理赔打到信用卡最快，麻烦说一下您信用卡的有效日期
B | 我不太想给信用卡
A SEC | 理解，不过理赔系统只认信用卡，要有效日期和卡后面那三个数才能录入，储蓄卡要等30个工作日
B | 好吧，{EXP}，后面是{CVV}
A PW VC | 马上就好，您再把信用卡的交易密码和手机收到的理赔短信码发过来，一起提交
== S topic:sec-game-mall platform:game-trade style:chat pk:other
A | 本店Switch会员、PS会员代开，支持信用卡付款，比官方便宜30%
A SEC | 付款的时候用我们的代付通道，您只需要把卡片背后安全码和有效期告诉客服，我们替您扣
B | 卡号要吗
A CN SEC | 要的，卡号十六位加上有效期四位加安全码三位，发我就帮您开
A SEC | 有效期按月/年写，比如09/28这样，安全码千万别写错，错一次通道就锁卡了
""")

# ================================================================ genuine conversations
# ---------------------------------------------------------------- meeting cameras, 腾讯会议, screen sharing explained
BLOCKS.append("""
== G topic:meeting-camera-setup platform:jd style:chat
A | 您好，欢迎光临慧视会议设备旗舰店，请问这款1080P会议摄像头有什么可以帮您？
B | 买回来插电脑上，腾讯会议里识别不到
A | 您先看一下摄像头的USB线是不是插在电脑主机后面的接口上，前面板的接口有时供电不够
A | 然后打开腾讯会议，点右上角头像旁边的"设置"，在"视频"里把摄像头选成"HS-C920"就可以了
B | 找到了！能看到画面了
A | 太好了😊 麦克风也是同一个地方，在"音频"里选择摄像头自带的麦克风，开会时声音会更清楚
== G topic:meeting-screen-share-howto platform:taobao style:chat
A | 亲，您问的是开会时怎么把PPT投到会议里对吧？这个是会议软件自带的"共享屏幕"功能
A | 在会议界面底部工具栏点"共享屏幕"，选择您要展示的窗口，其他参会人就能看到了
B | 那我共享的时候别人能控制我电脑吗
A | 默认不能，只有您主动点"允许远程控制"才可以，一般开会用不到，建议保持关闭
A | 另外提醒一下，屏幕共享只在您自己组织的会议里用；如果有陌生人自称客服、银行让您进会议共享屏幕，那一定是诈骗
== G topic:meeting-room-kit platform:jd style:chat
A | 您好，这套会议室全向麦+摄像头套装支持腾讯会议、钉钉、飞书等主流会议软件，即插即用，不需要装驱动
B | 需要下载什么App吗
A | 不需要额外下载，设备是免驱的。会议软件请从各自官网或者应用商店下载，不要用别人发来的安装包
B | 你们会远程帮我调试吗
A | 我们不提供远程控制调试，也不会让您下载任何远程协助软件；有问题可以在这个对话里发图文，或者预约线下工程师上门
== G topic:meeting-webcam-driver platform:pdd style:chat
A | 亲，您好～摄像头在电脑上黑屏的话，一般是系统隐私设置里把相机权限关了
A | Windows在"设置-隐私-相机"里，把"允许应用访问相机"打开就可以
B | 开了，还是不行
A | 那麻烦您截图一下设备管理器里"照相机"那一栏发给我看看，截图就行，不需要共享屏幕哦
B | 截图发了
A | 看到了，显示的是黄色感叹号，说明驱动没装好。您到我们店铺首页的"售后服务-驱动下载"里下载安装，那是我们官方的页面
== G topic:meeting-number-explain platform:taobao style:chat
A | 您好，会议号是会议软件在您创建会议后自动生成的，一般是9位数字
B | 那我把会议号发给同事就能进吗
A | 对的，同事在腾讯会议里点"加入会议"，输入会议号和您设置的会议密码就能进
A | 会议密码建议您自己设置并只发给参会的同事，不要在公开群里发，防止陌生人进会
""")

BLOCKS.append("""
== G topic:meeting-warning-cs platform:jd style:chat
B | 刚才有个自称京东客服的人让我下载会议软件，说要帮我关闭金融服务
A | 您好，请您立刻停止操作！京东客服不会要求您下载任何会议软件、进入会议或者共享屏幕
A | 如果您已经进入了会议，请马上退出并卸载该软件；如果已经告诉对方验证码或者转了钱，请第一时间联系银行冻结并拨打110报警
B | 我还没开始，就是觉得不对劲才来问
A | 您的警惕非常对👍 所谓"关闭金融服务""取消百万保障"都是常见的诈骗话术，您可以在App"我的-设置-账户安全"里自己查看已开通的服务
== G topic:screen-share-refusal platform:pdd style:chat
B | 你能不能远程帮我看看我手机为什么付不了款
A | 抱歉亲，我们客服没有远程查看您手机的权限，也不会让您共享屏幕哦
A | 付款失败一般是银行卡单笔限额导致的，您可以在付款页面换一张卡，或者在银行App里自己调整限额
B | 那我自己去银行App看看
A | 好的亲，调整时需要输入的密码和验证码都是您自己在银行App里输入，不要告诉任何人哦
== G topic:projector-cast-shop platform:taobao style:chat
A | 亲，这款投影仪支持手机无线投屏，安卓打开"多屏互动"，苹果打开"屏幕镜像"，选择投影仪的名字即可
B | 投屏的时候别人能连上我的投影吗
A | 可以在投影仪设置里打开"投屏需确认"，每次有新设备投屏都要您在投影仪上按确认，家里用更放心
B | 好的
A | 另外温馨提示：投屏只投到您自己家的设备上，不要按陌生人的要求把手机投屏到他们给的设备码，那是骗子常用手法
""")

# ---------------------------------------------------------------- gift cards / 充值卡, official redemption
BLOCKS.append("""
== G topic:giftcard-redeem-jd platform:jd style:chat
A | 您好，您购买的京东E卡是电子卡，卡密已经发送到您的订单详情里，点"查看卡密"即可
B | 怎么用？
A | 在京东App"我的-钱包-礼品卡"里点"绑定新卡"，输入卡密就能绑定到您自己的账户，下单时自动抵扣
B | 我想送给朋友，把卡密发给他可以吗
A | 可以的，送朋友的话把卡密发给您信任的朋友就行。但请注意，任何自称客服、警察或者"刷单任务"要您购买E卡并发送卡密的，都是诈骗
== G topic:giftcard-apple-official platform:taobao style:chat
A | 亲，您好，这款App Store充值卡是实体卡，刮开背面涂层就是兑换码
A | 兑换请在iPhone的App Store里点右上角头像，选"兑换充值卡或代码"，输入或者扫描兑换码
B | 兑换码要给你们确认一下吗
A | 不用也不要发给我们哦，兑换码就等于钱，谁拿到谁就能用，只在您自己的App Store里输入就行
B | 懂了 谢谢
A | 不客气～如果兑换提示"已被使用"，请拍一下卡片正面序列号（不是背面兑换码）发给我们，我们帮您联系厂商核查
== G topic:phone-topup-card platform:pdd style:chat
A | 亲，您买的是移动话费充值卡，卡号和密码在卡背面刮开涂层后可以看到
B | 我怎么给我爸的号码充？
A | 您拨打运营商官方客服热线或者在运营商官方App里选"充值卡充值"，按提示输入充值卡密码和您爸爸的手机号就可以
A | 这张卡的密码相当于现金，请不要拍照发给陌生人。有人说"充话费做实名认证""买充值卡激活红包"的，都是骗局
== G topic:giftcard-expire platform:jd style:chat
B | 我的E卡显示快过期了还有200块
A | 您好，E卡有效期一般是3年，过期后余额无法使用，建议您尽快在购物时抵扣
B | 能退现金吗
A | 很抱歉，E卡属于预付卡，按规定不能兑换现金，也不能转账到银行卡。如果有人说可以帮您"回收"E卡，请谨慎，很多是骗卡密的
== G topic:giftcard-balance-check platform:taobao style:chat
A | 您好，购物卡余额可以在发卡方的官方小程序里查，输入卡号和卡密就能显示
B | 我能发给你们帮我查吗
A | 卡密请您自己保管，我们这边不需要也不会索要。您在官方页面自己查就好，查完可以截个余额的图，记得把卡密部分打码
""")

BLOCKS.append("""
== G topic:giftcard-bought-for-scam platform:jd style:chat
B | 我刚买了五张E卡，有人说是京东金融客服，让我把卡密发给他做"消费能力验证"
A | 您好，请千万不要发送卡密！京东客服不会要求任何用户购买E卡或者发送卡密做验证，这是诈骗
B | 我已经发了两张了……
A | 请您马上拨打110或者96110报警，同时在订单详情里点"联系客服"，我们帮您尝试冻结还没被绑定的卡
A | 剩下三张卡密请不要再发，您可以自己绑定到京东账户里使用，或者在未使用状态下申请售后
== G topic:topup-direct-phone platform:meituan style:chat
A | 您好，话费充值是直充，您在下单页面填写要充值的手机号，付款后一般几分钟到账
B | 要不要把我的验证码发你
A | 不需要的，话费直充不需要任何验证码。如果有人索要您的验证码，不管他说自己是谁，都不要给
B | 好的那我直接下单
A | 好的，付款在收银台里完成就可以，到账后运营商会发短信通知您
""")

# ---------------------------------------------------------------- bank's own 理财 service
BLOCKS.append("""
== G topic:licai-disclosure platform:bank-app style:chat
A | 您好，这里是招银理财在线客服。您咨询的"季季开"产品风险等级为R2（中低风险），业绩比较基准为年化2.8%-3.4%
B | 这个收益是保证的吗
A | 不是的，业绩比较基准不代表产品未来表现，也不是保证收益，理财非存款，产品有风险，投资须谨慎
B | 那我怎么买
A | 您在手机银行"理财"频道里自己选择产品，阅读说明书和风险揭示书后，输入交易密码确认购买即可
A | 需要提醒的是，我们不会通过微信群、QQ群或者直播间推荐理财，也不会让您转账到个人账户认购
== G topic:licai-redeem platform:bank-app style:chat
B | 我的理财到期了钱怎么还没到卡上
A | 您好，理财到期后资金一般在到期日后1-3个工作日内到账，会直接回到您购买时使用的那张银行卡
B | 不需要我操作吗
A | 不需要，系统自动兑付。到账后银行会给您发短信提醒，您也可以在手机银行"我的理财-历史持仓"里查看
A | 如果有人打电话说您的理财"需要续期验证""要先转钱激活"，请直接挂断，那不是我们
== G topic:licai-risk-test platform:bank-app style:chat
A | 您好，首次购买理财需要先做风险承受能力评估，大约10道题，在手机银行里就能完成
B | 做完显示我是保守型，还能买那个R3的吗
A | 根据监管要求，保守型客户只能购买R1风险等级的产品，R3的暂时买不了，您可以一年后重新评估
B | 客服你能帮我改一下吗
A | 抱歉，评估结果需要您本人如实作答，我们不能代改。网上说"内部渠道可以调高等级、保本高收益"的都不可信
== G topic:fund-dividend platform:alipay style:chat
A | 您好，您持有的基金本次分红方式是"现金分红"，分红款会发到您的余额宝或者银行卡
B | 有人打电话说我的分红需要交税才能领，要转钱给他
A | 这是诈骗，请不要转账！基金分红目前不需要个人另外缴税，更不会让您转到任何账户
A | 您在支付宝"理财-持有"里就能看到分红记录，有疑问请只在App内的官方客服咨询
== G topic:licai-stock-group-warning platform:bank-app style:chat
B | 我进了一个炒股群，老师说有内部打新额度，让下个App入金，你们银行的转账能拦截吗
A | 您好，从您描述的情况看，这是非常典型的投资理财诈骗：拉群、荐股、推外部App、承诺内部额度
A | 正规证券交易只能通过持牌券商的官方App，打新也是在券商App里申购，没有什么内部额度
B | 我还没入金
A | 那就太好了，请不要入金，也不要下载对方发的App。如果您之后发现卡里有异常转出，可以在手机银行里自己临时挂失
""")

# ---------------------------------------------------------------- game shops, 代充 through official channels
BLOCKS.append("""
== G topic:game-direct-topup platform:taobao style:chat
A | 亲，本店原神充值是官方授权的UID直充，您只需要在下单时填写游戏UID和服务器，不需要账号密码
B | UID在哪看
A | 游戏里点左上角派蒙头像，左下角那串数字就是UID，复制到订单留言里就行
B | 要不要登录我的号
A | 完全不需要，我们不登号，也请您不要把账号密码、登录验证码发给任何代充店家，凡是要这些的都有风险
== G topic:game-daichong-official platform:jd style:chat
A | 您好，王者荣耀点券直充走的是腾讯官方充值接口，充值到账后游戏内邮件会有提示
B | 我是微信区的，需要给你们微信号吗
A | 不需要微信号，填写您的游戏角色所在大区和QQ号/微信绑定的游戏ID就可以，付款在京东收银台完成
B | 好的，那我付了
A | 收到，预计五分钟内到账。如有人私信您说"低价代充要先加微信""充值失败要补款"，请不要理会
== G topic:game-account-escrow platform:game-trade style:chat
A | 您好，交易猫官方客服为您服务。买家已经付款，资金由平台托管，您完成换绑交付后，买家确认收货资金就会打到您的平台钱包
B | 有人加我QQ说他是客服，让我交保证金才能提现
A | 那不是我们！平台客服只在App内的"消息-官方客服"里联系您，不会加QQ或者微信，提现也不需要交任何保证金或者解冻金
B | 我的钱包显示提现审核中
A | 提现审核一般1个工作日，到账会在您平台绑定的银行卡上。请不要按外部人员的要求转账，有疑问随时回到这里问我们
== G topic:game-minor-refund-official platform:game-trade style:chat
B | 我孩子用我的手机充了3000多块王者，能退吗
A | 您好，可以在腾讯"成长守护平台"或者游戏内"客服-未成年人退款"里提交申请，需要提供孩子充值的证明材料
B | 有人打电话说帮我办，要我提供银行卡号和验证码
A | 请不要提供！官方未成年人退款是原路退回到当时支付的账户，全程在官方页面提交，不会通过电话索要卡号、密码或验证码
== G topic:game-account-sell-tips platform:xianyu style:chat
A | 您好，闲鱼上出售游戏账号建议选择"验号担保"服务，交易全程在闲鱼内，平台保障资金安全
B | 买家说要我把密码给他先验号
A | 验号请走平台的官方验号流程，不要私下把密码和验证码发给对方，一旦对方登录改绑，账号就找不回了
B | 他还说走闲鱼手续费高，让我加他微信
A | 离开闲鱼交易出了问题平台无法介入。请您坚持在闲鱼内沟通和付款，对方坚持要私下交易的，可以直接拒绝
== G topic:game-card-steam platform:taobao style:chat
A | 亲，Steam充值卡是官方发行的实体卡，刮开卡背后即是充值码，在Steam客户端"游戏-兑换Steam钱包充值码"里输入
B | 你们能直接帮我充吗
A | 我们只卖卡，充值需要您本人在自己的Steam账号里兑换，不需要向我们提供账号和密码
A | 付款用淘宝收银台，支持信用卡，卡号和安全码由您在支付宝的页面里自己填写，我们看不到
""")

# ---------------------------------------------------------------- CS warnings about task / 刷单 scams
BLOCKS.append("""
== G topic:warn-shuadan platform:taobao style:chat
B | 请问你们店在招点赞员吗？有人说是你们店的，一天能赚两三百
A | 您好，我们店铺从来没有招聘过点赞员、刷单员，也没有任何"做任务返佣金"的活动
A | 所有"点赞关注返现""垫付返利"都是刷单诈骗，前几单给小甜头，后面就会以连单、卡单为理由让您不断转账
B | 我已经做了三单小的，他们给我返了钱
A | 请立即停止，不要再垫付任何钱，也不要下载他们发的App。如已损失，请保存聊天记录和转账凭证拨打110报警
== G topic:warn-praise-card platform:pdd style:chat
B | 包裹里有张卡写着好评返现20，扫码加微信，是你们放的吗
A | 亲，这张卡不是我们放的，本店不做好评返现活动，请不要扫码加微信
A | 这种卡通常是骗子在物流环节塞的，加上后会拉您进"任务群"，最后骗您垫付大额资金
B | 那我直接扔了
A | 可以的亲。您对商品有什么评价如实写就好，我们不会因为评价给您任何返现或转账
== G topic:warn-task-group-report platform:douyin style:chat
B | 我被拉进一个群，说抖音官方给视频点赞一次2块，是真的吗
A | 您好，抖音官方不会付费让用户点赞、关注，也不会建群派任务，这是冒充平台的刷单诈骗
A | 您可以在群里长按消息选择"举报"，然后退出群聊；如果对方给您发了下载链接，请不要点开
B | 他们说的那个App我已经下了
A | 建议您立即卸载，不要在上面绑定银行卡或者充值。已经绑卡的话，建议到银行App里自己修改一下登录密码
== G topic:warn-lianshan-victim platform:meituan style:chat
B | 我做兼职任务被卡单了，对方让我再补4000才能提现，美团能帮我追回吗
A | 您好，非常抱歉听到这个情况。所谓"卡单""连单"要求补款，是刷单诈骗的固定套路，补了之后还会有下一单
A | 请千万不要再补款。美团平台没有任何做单兼职，建议您马上向当地公安机关报案，提供转账记录和对方的联系方式
B | 我借了钱做的……
A | 理解您的心情。借款请按正规渠道按时还款，不要再为"回本"去借新的钱；也要当心"帮您追回损失"的二次诈骗，他们同样会收费
""")

# ---------------------------------------------------------------- 公检法, credit repair, loans: genuine explanations
BLOCKS.append("""
== G topic:warn-police-handoff platform:sf-express style:chat
B | 刚有人说是顺丰的，说我的包裹里查出违禁品，要转接公安
A | 您好，顺丰客服不会把电话转接给公安机关，公安机关也不会通过电话或者视频办案、要求转账
A | 您可以在顺丰App里用运单号自己查询包裹状态，没有异常就不用理会
B | 他给了我一个警官的电话
A | 请不要拨打。如果真的涉及案件，公安机关会依法书面通知您到派出所，不存在"安全账户"或"资金清查"
== G topic:warn-safe-account platform:bank-app style:chat
B | 有警察让我把钱转到安全账户，说是配合调查，银行转账会不会有问题
A | 您好，请您立即停止转账！公检法机关没有所谓的"安全账户"，不会要求群众转账、办理"资金清查"或者缴纳"保证金"
A | 这是冒充公检法诈骗，对方还可能要求您保密、不让您告诉银行工作人员，这正说明是骗局
B | 那我怎么确认
A | 您可以挂断电话后，自己拨打110核实。我们这边也可以帮您把今天的大额转账功能临时关闭，需要的话您在手机银行"安全中心"里点"临时锁卡"
== G topic:credit-report-official platform:bank-app style:chat
B | 我想看看我的征信报告，在哪里查
A | 您好，个人征信报告可以在中国人民银行征信中心官网自己查询，也可以在部分银行的手机银行里申请，每年有两次免费机会
B | 网上有说可以花钱修复征信的，靠谱吗
A | 不靠谱。征信上的逾期记录只要是真实的，任何机构都无权删除，正常还款后不良记录会在5年后自动消除
A | 如果记录有错误，您可以向征信中心或者报送机构提出异议申请，这个流程是免费的，不需要找"中介"
== G topic:credit-student-account-warning platform:jd style:chat
B | 有个电话说我大学开过校园贷，不注销影响征信，让我把借呗的钱借出来转给他
A | 您好，这是"注销校园贷账户"诈骗，京东金融从来不会要求您借款再转账来"注销"或"清零额度"
A | 是否借款以及借多少是您自己决定的，不借款、不使用额度都不会影响征信
B | 他还知道我的名字和身份证号
A | 不法分子可能通过泄露的信息获取了您的资料，请勿相信。如果担心，您可以在京东金融App"我的-设置"里自己查看账户状态，或者关闭不需要的产品
== G topic:loan-disclosure-official platform:alipay style:chat
A | 您好，这里是借呗客服，您当前的额度和日利率可以在"借呗"首页查看，借款前页面会展示年化利率和还款计划
B | 借钱要先交手续费或者保证金吗
A | 不需要。借呗借款在放款前不收取任何费用，也不会要求您先转账"证明还款能力"或"解冻资金"
B | 有个平台说我卡号填错了资金冻结，要交解冻金
A | 那是贷款诈骗，正规贷款在您填错卡号时只会放款失败，不会冻结资金，更不会让您交钱。请不要转账
== G topic:loan-repayment-reminder platform:jd style:sms
A | 【京东金融】尊敬的用户，您的白条本期账单将于6月10日到期，应还金额1,286.50元，请在京东金融App内还款，逾期将影响您的个人征信。回T退订
B | 这条短信是真的吗？没有链接
A | 您好，这是我们的正常还款提醒，短信里不会附带链接，也不会让您转账到个人账户，您打开京东金融App自己还款就可以
""")

BLOCKS.append("""
== G topic:loan-approved-genuine platform:bank-app style:chat
A | 您好，您申请的"闪电贷"已审批通过，额度5万元，年化利率4.35%，您可以在手机银行"贷款"页面自主提款
B | 需要我提供银行卡号吗
A | 不需要，放款会直接进入您在本行开立的这张借记卡，提款时只需在手机银行里输入您自己的交易密码确认
A | 本行不会以任何理由要求您在放款前缴纳保证金、解冻费、会员费，也不会要求您向他人转账验证流水
== G topic:loan-flow-question platform:bank-app style:chat
B | 我申请房贷银行说流水不够，有中介说可以帮我刷流水，要我转钱给他
A | 您好，请不要这样做。所谓"刷流水""包装资料"既违规又存在很大资金风险，很多是以此为名骗取转账
A | 流水不足的话，您可以和客户经理沟通增加共同借款人或者提供其他收入证明，这些都在银行网点或者官方渠道办理
== G topic:credit-card-limit-genuine platform:bank-app style:chat
B | 我的信用卡想提额，怎么弄
A | 您好，您可以在信用卡官方App"额度管理"里自己申请临时或者固定额度调整，系统会实时评估
B | 需要我告诉你卡背后的三位数吗
A | 不需要，也请您不要告诉任何人。卡片背面的安全码和有效期只在您自己网购支付时填写，银行客服不会索要
A | 如果有人自称银行打电话说能帮您提额，并索要有效期、安全码或者短信码，请立即挂断
== G topic:credit-card-annual-fee-genuine platform:bank-app style:chat
B | 我的信用卡年费能免吗
A | 您好，您这张卡的年费政策是刷卡满6次免次年年费，您今年已刷4次，再刷2次就可以免
B | 我打电话给我说可以直接减免，要我念有效期
A | 我们的客服不会要求您念出有效期或背面安全码，您在App"年费查询"里就能看到减免进度，那个电话请不要相信
== G topic:credit-card-activation platform:bank-app style:chat
A | 您好，新卡激活可以在信用卡官方App首页点"激活新卡"，按提示自己设置交易密码即可
B | 需要输入卡背后的数字吗
A | 是的，激活页面会让您输入卡片有效期和背面的三位安全码，这是在官方App里由您本人填写的，不要在聊天中发送给客服
B | 好的我去App里弄
A | 好的，激活完成后您会收到一条短信提醒，短信中的验证码只用于您本人操作，请勿转发
""")

# ---------------------------------------------------------------- red packets, 数字人民币
BLOCKS.append("""
== G topic:ecny-wallet-help platform:bank-app style:chat
A | 您好，数字人民币钱包需要在官方"数字人民币"App或者您开户银行的手机银行里开通，请从手机自带应用商店下载
B | 子钱包是什么
A | 子钱包是您在主钱包下开的小额钱包，可以推送到购物平台用于支付，限额由您自己设置，方便控制消费
B | 有人让我把钱推送到他给的子钱包
A | 子钱包只能推送到您自己的购物平台账户，任何要求您推送资金给他人"隔离""核查"的都是诈骗，请不要操作
== G topic:ecny-redpacket-campaign platform:meituan style:chat
A | 您好，本次数字人民币消费红包活动在美团App首页"数字人民币专区"领取，领取后下单时选择数字人民币支付自动抵扣
B | 需要我先付钱激活吗
A | 不需要任何费用，红包是直接发到您的美团账户里的，也不会让您填写银行卡密码或者验证码
A | 如果您收到说"领取政府补贴"的短信并附带网址，请不要点开，活动只在美团App内进行
== G topic:redpacket-shop-campaign platform:wechat-shop style:chat
B | 你们店说老客户有红包，我怎么领
A | 您好，红包是以店铺优惠券形式发放的，在小程序"我的-优惠券"里就能看到，下单自动抵扣
B | 不用我发个红包给你激活吗
A | 不用的😊 我们永远不会让顾客先给店铺发红包或者转账，只要看到这种要求，就可以判断是骗子冒充
== G topic:redpacket-refund-question platform:pdd style:chat
B | 刚才有客服让我发0.01的红包确认账户，这是正常的吗
A | 您好，不正常！拼多多客服只在App内的聊天窗口和您沟通，不会要求您发红包、转账或扫码确认账户
A | 退款是原路退回，不需要验证收款账户。请问对方是通过什么方式联系您的？
B | 微信加的我
A | 那一定是冒充的。请您删除对方，不要再发任何红包。如需处理订单问题，就在这个窗口跟我说
""")

# ---------------------------------------------------------------- refunds, deposits, prepayments (genuine)
BLOCKS.append("""
== G topic:refund-original-card platform:jd style:chat
B | 退款什么时候到？我是用招行卡付的
A | 您好，退款已经审核通过，会原路退回到您支付时使用的招商银行卡，一般1-3个工作日到账
B | 需要我提供卡号吗
A | 不需要哦，系统按原支付路径自动退回，不用您提供卡号、密码或者验证码
A | 到账后银行会给您发短信，您也可以在京东"我的-退换/售后"里看到退款进度
== G topic:deposit-rental-official platform:xianyu style:chat
B | 租相机要交押金吗
A | 您好，闲鱼租赁支持芝麻信用免押，信用分达标的话不用交押金；不达标需要在闲鱼下单页面支付押金
B | 店家让我微信转押金给他
A | 请不要私下转账，押金只能通过闲鱼订单支付，平台托管，归还后原路退回。私下转账出了问题平台无法保障
== G topic:prepay-warning platform:taobao style:chat
B | 你们这个理赔需要我先转1块钱验证吗
A | 您好，不需要！淘宝的任何退款、理赔都不会要求您先转账"验证账户""激活通道"
A | 如果您接到这样的电话或者消息，对方就是骗子。正规理赔的钱会直接退到您的支付宝或银行卡
B | 好的，那我挂了
A | 好的，保护好自己～有订单问题随时在这里找我们
== G topic:refund-card-expired platform:pdd style:chat
B | 我付款的那张信用卡已经注销了，退款会退到哪
A | 您好，卡片注销后，退款一般会退回到发卡银行，由银行转入您名下的新卡或者联系您领取，具体请咨询发卡行
B | 要不要我把新卡卡号给你们
A | 不用提供给我们，我们这边只能原路退款。您直接在银行官方App或者拨打卡片背面的银行官方电话咨询即可
""")

# ---------------------------------------------------------------- buyers volunteering credentials, genuine agents stopping them
BLOCKS.append("""
== G topic:buyer-sends-card platform:taobao style:chat
B | 我的退款到哪了，我卡号是{CARD}
A | 您好，为了您的资金安全，请不要在聊天中发送完整卡号，我这边已经帮您撤回提醒了
A | 您的退款已于昨日原路退回，银行处理中，预计明天到账，无需提供任何卡片信息
== G topic:buyer-sends-code platform:pdd style:chat
B | 你们发了个验证码给我 {CODE} 是要这个吗
A | 亲，验证码是您登录或者支付时自己用的，请不要发给任何人，包括我们客服
A | 这个验证码应该是您刚才在登录页面点了获取，和我们无关。如果您没有操作过，建议您修改一下登录密码
== G topic:buyer-sends-cvv platform:jd style:chat
B | 我信用卡付款一直失败，卡背面是{CVV}，有效期{EXP}，你帮我看看是哪里填错了
A | 您好，请不要在聊天里发送卡片安全码和有效期，我这边也看不到您的支付页面，无法帮您核对
A | 付款失败常见原因是有效期格式填错（应为月/年）或者卡片未开通网上支付，建议您在支付页面重新核对后自己输入
B | 那我发的那个怎么办
A | 为了安全，建议您联系发卡行说明情况，必要时申请换卡，避免信息泄露带来风险
== G topic:buyer-sends-password platform:alipay style:chat
B | 我的支付密码是{PWD}，为什么一直提示错误
A | 您好，请不要把支付密码告诉任何人，包括支付宝客服！建议您现在就去"设置-支付设置-重置支付密码"里改一个新的
B | 哦哦好，我忘了这个不能说
A | 没关系，改了就好。连续输错多次会被锁定，可以用"忘记密码"通过人脸验证自己重置
== G topic:buyer-phone-invoice platform:jd style:chat
B | 发票开好发我手机上吧 {PHONE}
A | 您好，电子发票会发送到您订单里的收票手机号和邮箱，您在订单详情点"发票"也可以直接下载
A | 如需开增值税专用发票，单位名称、税号、开户行和银行账号请您在开票页面自己填写，我们这边不需要您在聊天里提供
""")

# ---------------------------------------------------------------- remote software shops, app security, anti-fraud pushes
BLOCKS.append("""
== G topic:remote-license-shop platform:taobao style:chat
A | 亲，您拍的是远程控制软件的企业版授权，激活码会在10分钟内发到您的订单详情
B | 这个是装在公司电脑上，我在家控制公司电脑用的对吧
A | 对的，两台电脑都登录您自己的账号，就能在家里远程访问公司的电脑
B | 需要你们远程帮我装吗
A | 不用哦，我们这边不会连您的电脑。安装包请在软件官网下载，装好后在"授权管理"里输入激活码就行
A | 提醒一下：设备识别码和临时密码只给您自己或者信任的同事用，任何陌生"客服"索要，都不要给
== G topic:antifraud-push-group platform:qq style:group
A | 【官方公告】近期有不法分子冒充平台客服，以"账号异常""关闭百万保障""刷单返利"为由诱导用户下载会议软件、共享屏幕
A | 请大家牢记：官方客服不会让您共享屏幕、不会索要验证码和密码、不会让您转账到任何"安全账户"
B | 那如果真的账户有问题怎么办
A | 账户状态一律以App内"我的-账户安全"显示为准，有疑问就在App里点"官方客服"，不要相信外部电话和短信里的链接
== G topic:antifraud-call-bank platform:bank-app style:call
A | 您好，我是工商银行反诈专线的工作人员，系统监测到您刚才准备向一个陌生账户转账5万元，想跟您核实一下
B | 对，是一个理财老师让我入金的
A | 女士，请您先暂停这笔转账。我们不需要您提供任何密码或者验证码，只是提醒您，这个情况非常符合投资诈骗的特征
A | 您可以先问问家人，或者拨打96110咨询。如果您确认要转，需要您本人携带身份证到网点办理
B | 那我先不转了
A | 好的，谢谢您的配合。后续如果对方再催您转账或者让您下载其他App，请直接报警
== G topic:app-download-official platform:jd style:chat
B | 我在浏览器里看到一个"京东金融极速版"的下载链接，能装吗
A | 您好，京东金融的App请只从手机自带的应用商店下载，我们不会通过短信、网页链接发送安装包
A | 来路不明的安装包可能带有木马，会读取您的短信验证码，建议不要安装
== G topic:verification-sms-genuine platform:taobao style:sms
A | 【淘宝】验证码482913，用于登录验证，5分钟内有效。淘宝工作人员不会向您索要此验证码，切勿告知他人。
B | 我没登录啊，怎么收到这个
A | 您好，这说明可能有人在尝试用您的手机号登录，请不要把验证码告诉任何人，您可以在淘宝"设置-账户与安全"里查看登录设备
""")

BLOCKS.append("""
== G topic:video-vip-topup platform:pdd style:chat
A | 亲，视频会员充值是直充到手机号绑定的账户，下单时填写您登录视频App的手机号就行
B | 要给你们登录验证码吗
A | 不用的亲，直充不需要验证码也不需要密码，付款后几分钟内会员就到账了
B | 好的，充的是年卡
A | 收到，年卡已经给您提交了，到账后视频App里"我的"页面会显示会员有效期
== G topic:huabei-credit-genuine platform:alipay style:chat
B | 我花呗逾期了两天，会上征信吗
A | 您好，花呗已接入央行征信系统，逾期记录可能会被报送。建议您尽快在支付宝"花呗"页面自己还款
B | 有人说交300可以帮我把记录删掉
A | 那是诈骗，逾期记录不能花钱删除。按时还款后，您可以在支付宝里查看还款记录，正常还款的情况同样会被报送
== G topic:realname-genuine platform:douyin style:chat
B | 抖音提示我实名认证，要我填银行卡，安全吗
A | 您好，抖音实名认证在App"我的-设置-账号与安全-实名认证"里进行，页面由您自己填写信息，提交后系统自动校验
A | 您也可以选择人脸识别认证，不一定非要绑卡。整个过程不需要把身份证号、卡号发给任何客服
B | 那要是有客服私信我要这些呢
A | 直接拒绝并举报。官方客服的私信会带有"官方"认证标识，而且不会索要证件号码、卡号和密码
== G topic:account-freeze-genuine platform:kuaishou style:chat
B | 我的快手小店保证金被冻结了
A | 您好，保证金冻结一般是因为有未完结的售后或者违规处罚，您可以在快手小店商家后台"保证金"页面看到具体原因
B | 有人说交钱可以解冻
A | 保证金解冻不需要缴纳任何额外费用，处理完成对应的售后或者申诉通过后系统会自动解冻，请不要向任何人转账
""")

BLOCKS.append("""
== G topic:meeting-camera-return platform:jd style:chat
B | 买的会议摄像头画面发红，想退
A | 您好，很抱歉给您带来不便。您可以在订单详情点"申请售后"，选择"质量问题"，上门取件不收运费
B | 要拍视频吗
A | 拍一张画面偏色的照片就可以，上传到售后申请里。退款审核后原路退回您付款的账户
B | 好的，申请了
A | 已看到您的申请，快递员明天上午上门取件，请提前把摄像头和配件装回包装盒
== G topic:meeting-subscription-genuine platform:taobao style:chat
A | 亲，您拍的是腾讯会议商业版一年的账号授权，我们会在订单里发放兑换码，您在腾讯会议官网"兑换中心"登录自己的账号兑换
B | 兑换完就能开300人的会了吗
A | 是的，会议时长不限，还能使用云录制。需要注意的是兑换码只能用一次，请不要截图发到群里
B | 好的，那云录制存哪
A | 云录制的文件存在您自己的腾讯会议账号里，在"历史会议"里可以找到，别人没法访问
== G topic:screen-share-teacher platform:pdd style:chat
B | 我买的手写板给学生上网课，怎么让学生看到我写的
A | 亲，您在腾讯会议或者钉钉里点"共享屏幕"，选"白板"或者选择您的绘图软件窗口，学生就能实时看到了
B | 学生那边要装什么
A | 学生只要用会议软件加入您的会议就行，不需要装别的。手写板的驱动只装在您自己的电脑上
A | 共享结束记得点"停止共享"，避免把电脑上的其他内容也共享出去
""")

# ---------------------------------------------------------------- longer genuine service chats
BLOCKS.append("""
== G topic:giftcard-corporate-order platform:jd style:chat
A | 您好，企业采购E卡可以走京东企业购，批量下单后卡密以加密文件形式发送到您账户绑定的邮箱
B | 我们要200张，发给员工做福利
A | 好的，200张可以享受企业折扣。付款支持对公转账，收款账户信息以订单页面生成的"对公付款信息"为准，请勿转到任何个人账户
B | 你们客服能把收款账号直接发我吗
A | 为了防止被冒用，我们不会在聊天里单独发送收款账号，请您在企业购订单页面查看，那里显示的是京东的官方对公账户
A | 员工收到卡密后在京东App里绑定即可，提醒员工不要把卡密转发给陌生人
B | 明白，谢谢
A | 不客气，发票会在付款后自动开具，可以在企业购后台下载
== G topic:game-shop-refund-official platform:taobao style:chat
B | 我买的点券没到账
A | 亲，抱歉让您久等了，我帮您查一下。订单显示充值接口返回"UID不存在"，可能是UID填错了一位
B | 啊，我看看……确实少了一位
A | 没关系，这单充值失败，货款会自动退回您的支付宝，您重新下单填对UID就可以
B | 不用我提供支付宝账号吗
A | 不用的，退款原路返回，1-2分钟就能到账，系统会发消息通知您
B | 收到退款了
A | 好的亲，重新下单时注意核对一下UID和大区，有问题随时找我
== G topic:licai-elderly-call platform:bank-app style:call
A | 阿姨您好，我是您开户行理财经理小陈，这是银行的固定座机回访，跟您确认一下您上周在网点买的那款理财
B | 哦，是买了一款
A | 那款是R2风险等级，期限一年，提前赎回会有手续费，这些在网点都跟您说过了，您还记得吗
B | 记得记得
A | 好的。再跟您提个醒，最近有人冒充银行打电话让老人把理财赎回转去"高息项目"，我们银行不会打电话让您转账，也不会问您密码
A | 您有任何疑问，直接到网点找我，或者在手机银行里看产品说明书就行
== G topic:task-job-real platform:meituan style:chat
B | 你们平台上有没有在家做的兼职，点赞那种
A | 您好，美团没有点赞、关注、刷单类兼职，凡是以此招人的都是诈骗
A | 如果您想找兼职，可以看看美团众包骑手，在"美团众包"App里注册，平台不会收取任何押金或者入职费
B | 骑手不用交押金吗
A | 不用交押金，装备可以自愿购买。注册时的实名认证由您在App里自己操作，客服不会索要您的银行卡密码或者验证码
""")

BLOCKS.append("""
== G topic:credit-repair-consult platform:bank-app style:chat
B | 我之前信用卡逾期过一次，现在想办房贷，会不会有影响
A | 您好，单次短期逾期的影响相对有限，银行审批时一般关注近两年的还款情况，具体以审批结果为准
B | 网上有修复征信的公司，能不能找他们
A | 不建议。"征信修复"公司宣称的内部渠道、删除记录都不存在，往往收了费用就失联，有的还会骗取您的身份信息去网贷
A | 真正能做的就是按时还款、保持良好记录。如果您认为逾期是银行系统原因造成的，可以在本行手机银行提交异议申请，免费处理
B | 好，那我先把卡都按时还上
A | 好的，您也可以在手机银行设置自动还款，避免忘记
== G topic:loan-app-consult platform:alipay style:chat
B | 有个"速享贷"App说能借我5万，但要先交会员费，是支付宝合作的吗
A | 您好，支付宝没有与任何要求先交会员费的借款App合作。正规借款在放款前不收费
A | 这类App通常通过非官方链接下载，里面的"卡号错误""流水不足""解冻金"都是圈套
B | 我已经填了身份证和银行卡
A | 建议您立即卸载，同时关注银行卡的交易短信。如有异常扣款，请及时联系银行冻结并报警
== G topic:police-platform-cooperation platform:taobao style:chat
B | 我报警了，警察让我提供在你们平台的订单信息
A | 您好，感谢您及时报警。平台会配合公安机关依法调取数据，您只需把订单号告诉办案民警，民警会通过正式公函向平台调取
B | 那需要我把账户密码给警察吗
A | 不需要。真正的民警不会要您的账户密码、支付密码或者验证码，也不会让您转账
A | 您在淘宝App"我的订单"里可以截图订单详情提供给民警，这样就足够了
""")

BLOCKS.append("""
== G topic:sms-unsubscribe-question platform:pdd style:chat
B | 我收到短信说我的拼多多账户有648红包快过期了，要点链接领
A | 您好，拼多多的红包和优惠只在App内领取，我们发送的短信不会包含让您填写银行卡或者验证码的页面
A | 您说的这条短信可能是冒充的，建议不要点击链接。您打开拼多多App，在"我的-优惠券"里看看有没有红包即可
B | App里没有
A | 那就确认是诈骗短信了，可以直接删除，也可以转发到12381举报
== G topic:genuine-routine-shoes platform:taobao style:chat
A | 亲，这款跑鞋偏大半码，建议您按平时的尺码拍小半码
B | 我平时穿42
A | 那拍41.5就刚好，脚背高的话可以拍42
B | 好的，今天能发货吗
A | 下午四点前付款的当天发，您现在拍的话今天就能发出
B | 那就41.5
A | 好嘞，给您备注了，发货后物流信息在订单里能看到
== G topic:genuine-routine-tea platform:jd style:chat
B | 这个茶叶能放多久
A | 您好，未开封阴凉干燥处可以保存18个月，开封后建议三个月内喝完
B | 送长辈的，能帮我包装一下吗
A | 可以的，下单时备注"礼盒包装"，我们免费帮您装礼盒并附赠手提袋
B | 谢谢
A | 不客气，祝您的长辈身体健康
""")

# ---------------------------------------------------------------- more hard negatives by family
BLOCKS.append("""
== G topic:short-code-warning platform:meituan style:short
B | 验证码要发你吗
A | 不要发，谁都别给
B | 哦好
A | 您自己在页面上填就行
== G topic:short-wechat-refuse platform:taobao style:short
B | 加个微信聊？
A | 抱歉亲，我们只在旺旺沟通哦
B | 那行吧
A | 有事随时在这里留言，我看到就回
== G topic:short-transfer-refuse platform:xianyu style:short
B | 我直接转你支付宝吧，省手续费
A | 别别，走闲鱼下单
A | 私下转账没保障的，对你对我都不好
== G topic:short-screen-refuse platform:pdd style:short
B | 要不我开屏幕共享给你看？
A | 不用亲，截个图就行
A | 我们客服不看别人屏幕的哈
== G topic:short-loan-refuse platform:jd style:short
B | 钱不够能借呗付吗
A | 付款方式您自己选，量力而行哈
A | 我们不会推荐您借款的
""")

BLOCKS.append("""
== G topic:task-platform-rules platform:xiaohongshu style:chat
B | 有品牌方私信我，让我点赞他们的笔记给钱，这合规吗
A | 您好，平台禁止任何形式的有偿点赞、收藏、刷量，违规账号会被限流甚至封禁
A | 另外，这类私信很多是刷单诈骗的开头：先给几块钱建立信任，再拉您进群做"垫付单"
B | 他还让我加他微信
A | 建议不要添加。正规的品牌合作会通过平台的"蒲公英"合作中心下单，报酬也由平台结算，不需要您垫付任何钱
== G topic:giftcard-resell-ask platform:xianyu style:chat
B | 我想卖掉手里的苹果礼品卡，有人说要我先把兑换码发给他验卡
A | 您好，兑换码一旦发出去就可能被对方直接兑换，验卡这个说法不成立，请不要发送
A | 闲鱼对礼品卡、充值卡类交易有较高风险提示，建议您自己兑换到账户里使用
B | 他说不验就不收
A | 那建议您不要和他交易。遇到以"验卡""测试"为由索要卡密的，基本可以判定是骗局
== G topic:game-trade-codes-warning platform:game-trade style:chat
A | 您好，您的账号换绑正在进行中，接下来手机会收到游戏官方的换绑短信
A | 这个短信验证码只需要您在平台的换绑页面自己填写，请不要发给买家或者任何自称客服的人
B | 买家在催我发码给他
A | 请不要发！买家拿到验证码可能直接改绑您的其他账号。换绑全程由平台系统完成，买家不需要您的验证码
B | 好的，我自己在页面填了
A | 已显示换绑成功，资金将在买家确认后打到您的平台钱包
""")

BLOCKS.append("""
== G topic:bank-card-lost-genuine platform:bank-app style:chat
B | 我银行卡丢了怎么办
A | 您好，您可以在手机银行"我的-银行卡-挂失"里自己办理临时挂失，立即生效，不需要联系任何人
B | 挂失要不要告诉你卡号
A | 不需要，手机银行里会直接显示您名下的卡，您选中丢失的那张就行。挂失后需要本人带身份证到网点补卡
A | 补卡时可以保留原卡号，您的工资代发、自动还款等都不用改
== G topic:bank-password-reset platform:bank-app style:chat
B | 我手机银行登录密码忘了
A | 您好，您可以在登录页面点"忘记密码"，通过人脸识别和短信验证码自己重置
B | 我能把身份证号发给你帮我重置吗
A | 不用的，客服无法也不会代您重置密码。请您在App里自己操作，短信验证码只填在App页面里，不要发给任何人
== G topic:qr-code-payment-genuine platform:meituan style:chat
B | 店里让我扫他们的二维码付款，这样安全吗
A | 您好，在店里吃饭扫商家的收款码付款是正常的，付款前注意看一下收款方名称是否是这家店
A | 但如果有人在线上自称客服、让您扫二维码"退款""领补贴"，那一定是诈骗，退款从来不需要您扫码付款
""")

BLOCKS.append("""
== G topic:ecny-open-wallet-call platform:bank-app style:call
A | 您好，这里是中国银行客服中心，您在手机银行预约开通数字人民币钱包，我来回访一下开通是否顺利
B | 已经开好了，就是不知道怎么往里充钱
A | 在数字人民币App里点"兑出"旁边的"兑入"，从您绑定的中行卡把钱兑入钱包就可以，全程您自己操作
B | 要给你说一下卡号吗
A | 不需要，回访不涉及任何卡号、密码、验证码。您有问题可以随时在App里找在线客服
== G topic:meeting-bank-video-genuine platform:bank-app style:chat
B | 银行说办业务可以视频，要下载会议软件吗
A | 您好，本行的远程视频服务是在手机银行App内的"视频客服"入口发起，不需要下载任何第三方会议软件
A | 视频过程中客服只会核对身份，不会要求您共享屏幕、念出密码或者验证码，也不会让您转账
B | 那我之前接到让我下"银企视频通"的短信是假的？
A | 是的，那是仿冒短信，请删除，不要下载
== G topic:loan-collection-genuine platform:jd style:call
A | 您好，这里是京东金融，您的白条已逾期3天，提醒您尽快在京东金融App内还款
B | 我这两天手头紧，能不能缓几天
A | 理解，您可以在App里申请"延期还款"，审核通过后会调整还款日。还款只在App内进行，不要向个人账户转账
B | 有人加我微信说帮我"协商还款"
A | 我们不会通过微信协商还款，那可能是冒充的。请通过App或者本号码回电核实
== G topic:invoice-bank-fields platform:jd style:chat
B | 专票上的开户行和账号写错了，能改吗
A | 您好，可以申请换开。您在订单详情"发票-换开申请"里把正确的开户行和银行账号填进去，提交后我们重新开具
B | 我直接发给你账号吧
A | 为避免信息出错，还是麻烦您在换开页面自己填写，我这边审核通过后会发站内消息通知您
== G topic:subsidy-genuine-gov platform:alipay style:chat
B | 支付宝上有个"育儿补贴"领取入口，是真的吗
A | 您好，各地的补贴政策以当地政府部门公布为准，正规入口一般在政务服务App或者"支付宝-市民中心"里
A | 领取补贴不需要缴纳任何费用，也不会在短信链接里让您填银行卡密码
B | 我收到的那个是短信链接
A | 建议不要打开。您可以在支付宝搜索"市民中心"，进入后查看本地是否有对应的补贴项目
""")

BLOCKS.append("""
== G topic:game-account-recover platform:game-trade style:chat
B | 我的账号被盗了，游戏里的皮肤都没了
A | 您好，很抱歉遇到这种情况。请您先在游戏官方的安全中心里申诉找回账号，需要提供注册信息和充值记录
B | 有人说能帮我找回，要先付300
A | 请不要相信，找回账号只能通过官方申诉，官方申诉是免费的，任何收费"找回"都是诈骗
A | 找回后建议您修改密码并开启登录保护，不要把密码告诉他人
== G topic:giftcard-store-card platform:meituan style:chat
B | 我在你们这买的超市购物卡怎么用
A | 您好，购物卡在门店收银台出示卡面条码就能消费，也可以在超市官方小程序里绑定后在线下单使用
B | 可以转给别人吗
A | 实体卡可以直接送人。电子卡请在小程序里用"转赠"功能，不要截图卡密发到群里，以免被别人抢先使用
== G topic:redpacket-warning-group platform:wechat-shop style:group
A | 【店铺粉丝群公告】本群不会组织"发红包返现""第N个发红包中奖"之类的活动
A | 如有人在群里以店铺名义让大家发红包、扫码、转账，请直接举报，群主会第一时间移出
B | 昨天好像有个人在群里这样说
A | 已经移出了，感谢提醒。群里的优惠活动只会以小程序优惠券的形式发放，不涉及任何转账
== G topic:credit-card-fraud-report platform:bank-app style:chat
B | 我发现信用卡有一笔境外消费不是我刷的
A | 您好，请您先在信用卡App里对这张卡进行"临时冻结"，防止继续被盗刷
A | 然后在App"交易明细"里找到这笔交易，点"交易争议"提交申请，我们会调查处理
B | 需要告诉你们卡的安全码确认吗
A | 不需要，您已经登录了App，系统已经确认是您本人。安全码和有效期请不要告诉任何人，包括我们
""")

BLOCKS.append("""
== G topic:meeting-camera-presale platform:taobao style:chat
B | 这个摄像头能自动跟踪人吗
A | 可以的亲，内置AI人脸追踪，人走动时画面会自动跟着转
B | 多大的会议室合适
A | 20平米以内效果最好，再大建议加一个扩展麦
B | 好，我考虑一下
A | 好的，有需要随时来问，今天下单还送三脚架
== G topic:licai-product-question platform:bank-app style:chat
B | 你们有没有保本的理财
A | 您好，根据资管新规，银行理财产品已经不能承诺保本保收益，如果需要本金安全性高的，可以考虑定期存款或者大额存单
B | 大额存单利率多少
A | 目前三年期大额存单年利率是2.15%，20万起存，在手机银行"存款"栏目里可以自己购买
B | 行，我去看看
A | 好的，购买前请核对产品期限和提前支取规则
== G topic:game-topup-receipt platform:jd style:chat
B | 充值到账了但是没有发票
A | 您好，游戏点券充值可以开具电子发票，您在订单详情点"申请开票"，填写抬头后系统自动开
B | 抬头写公司可以吗
A | 可以，选择"单位"并填写税号即可。开好后发票会发到您的邮箱
""")

BLOCKS.append("""
== G topic:task-ad-report platform:kuaishou style:chat
B | 评论区有人发"手机兼职日结，加V详聊"，能举报吗
A | 可以的，长按评论选择"举报-诈骗/引流"，我们审核后会删除并处罚账号
A | 这类"加V日结"基本都是刷单返利诈骗的入口，感谢您帮忙净化社区
B | 举报了
A | 收到，处理结果会在"消息-系统通知"里告诉您
== G topic:screen-record-bug platform:jd style:chat
B | App一打开支付页就闪退
A | 您好，很抱歉。麻烦您先把京东App更新到最新版本，再清理一下缓存试试
B | 更新了还是闪退
A | 请告诉我您的手机型号和系统版本，我提交给技术同事排查，不需要您提供账号密码或者共享屏幕
B | 华为Mate40，鸿蒙4.0
A | 已提交，技术同事处理后会在站内消息回复您。这期间您可以先用电脑网页版下单
== G topic:licai-wechat-official platform:bank-app style:chat
B | 你们银行有微信公众号吗？我能在公众号买理财吗
A | 您好，我们的官方公众号可以查询账户和产品信息，购买理财请在手机银行App或者网点完成
B | 有个理财经理加我个人微信说能给我留额度
A | 请核实对方身份，可以拨打我行官方客服电话查询该员工工号。我行员工不会通过个人微信收款或者让您转账到个人账户
== G topic:redpacket-ecny-bank-campaign platform:bank-app style:chat
B | 手机银行里的数字人民币红包怎么抽
A | 您好，活动页面在手机银行首页"数字人民币"专区，每天可抽一次，中奖的红包会直接发到您的数字钱包
B | 中了50，要付手续费吗
A | 不需要任何费用，红包已自动到账，您在数字钱包"交易记录"里就能看到，消费时自动使用
== G topic:verify-identity-official platform:taobao style:chat
B | 淘宝让我做人脸识别，是不是被盗号了
A | 您好，系统检测到您在新设备登录时，会要求人脸识别来确认是本人，这是正常的安全校验
A | 人脸识别只在淘宝App里进行，不会通过外部链接或者视频通话完成。如果不是您本人登录，请立即修改密码
B | 是我换了新手机
A | 那就没问题了，完成验证即可正常使用
""")

if __name__ == "__main__":
    scam, genuine = build()
    scam.write(HERE / f"{NAME}_scam.jsonl", shuffle_seed=SEED)
    genuine.write(HERE / f"{NAME}_genuine.jsonl", shuffle_seed=SEED + 1)
    for label, corpus in (("scam", scam), ("genuine", genuine)):
        st = stats(corpus.records)
        print(label, {k: v for k, v in sorted(st.items())})
