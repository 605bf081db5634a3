#!/usr/bin/env python3
"""Generator for the HELD-OUT fraud test corpus (samples/fraud_holdout.jsonl).

Held out: never use this file or its output for tuning rules, thresholds or
keyword lists. It was written independently of the policy, the detector and
the development corpus, to measure how well the detector generalises.

All chat text below is original writing.

Mini-language (DATA string):
  === scam|genuine [tags...]      start a multi-turn conversation
  --- scam|genuine [tags...]      start a pool: every A line opens a new
                                  single-line conversation; a B line right
                                  after it is attached to that conversation
  A[RULES; tags]: text            agent line. RULES = space separated codes
                                  CN CS PW VC SS TR OP LC (may be empty)
  B[tags]: text / B: text         buyer line
  # ...                           comment
Markers inside text:
  {VC:value} {CS:123} {EXP:08/27} {PW:123456}  credential entities (literal)
  {CARD:BIN} {CARD:BIN:s|d|f}     generated Luhn-valid card (plain, spaced by
                                  4, dashed by 4, full-width)
  {ORDER}  {TRACK:SF|ZTO|YT|JD}   generated order / tracking numbers that
                                  fail the Luhn check
  {ZW}                            zero-width space U+200B

Usage:
  python samples/gen_fraud_holdout.py           # write samples/fraud_holdout.jsonl
  python samples/gen_fraud_holdout.py --check   # build + self-check only
"""
import argparse
import collections
import json
import random
import re
import sys
from pathlib import Path

SEED = 7319
RULE_CODES = {
    "CN": "ASK_CARD_NUMBER",
    "CS": "ASK_CARD_SECURITY",
    "PW": "ASK_PASSWORD",
    "VC": "ASK_VERIFICATION_CODE",
    "SS": "ASK_SCREEN_SHARE",
    "TR": "ASK_TRANSFER",
    "OP": "ASK_OFF_PLATFORM",
    "LC": "ASK_LOAN_OR_CREDIT",
}
RULE_ORDER = list(RULE_CODES.values())
ENTITY_TYPES = {"CN_VERIFICATION_CODE", "CN_BANK_CARD", "CN_CARD_SECURITY", "CN_PAYMENT_PASSWORD"}
BIN_LEN = {"622202": 19, "621700": 19, "622848": 19, "621661": 19, "622588": 16}

DATA = r"""
########################################################################
# SCAM CONVERSATIONS (multi-turn)
########################################################################

=== scam topic:claim
A[]: 您好，这里是淘宝官方售后，您上个月买的那件儿童羽绒服被质检出甲醛超标，平台要给您做三倍理赔哈
B: 啊？真的假的，我怎么没收到通知
A[]: 是的亲，这批是系统统一处理的，所以没有站内信。赔偿款不走原路，直接打到您本人的银行卡
A[CN]: 麻烦您提供一下收款的银行卡卡号，我这边给您登记
B[credential]: 好的 {CARD:622202}
A[VC; contextual]: 已登记。系统刚刚给您手机发了一条短信，里面的数字念给我核对一下
B[credential; contextual; bare_value]: {VC:482913}
A[PW]: 最后还需要您提供一下这张卡的六位取款密码，确认是本人操作

=== scam topic:student-loan
A[LC]: 您好，我是京东金融客服，您在校期间开通的白条学生认证到现在还没注销，按照新规定会影响您的个人征信
B: 我早就毕业了啊，什么学生认证
A[LC]: 对的，就是因为您已经毕业了才要注销，不然每个月会扣800元服务费，而且会上报征信
A[SS]: 注销步骤比较多，您先下载一个腾讯会议，我开会议一步步带您操作
B: 下好了
A[SS; contextual]: 会议号 736 182 905，进去以后点下面的“共享屏幕”
A[LC]: 好的我看到了。现在您打开借呗看一下额度，系统需要把额度借出来验证您的还款能力
A[TR; contextual]: 借出来以后转到我们的验证账户，核验完会原路退还给您的

=== scam topic:order-stuck
A[]: 亲，您拍的那双运动鞋因为系统升级订单卡住了，货款被冻结在平台
A[TR]: 需要您先支付一笔99元的解冻保证金，解冻后连同货款一起退给您
B[question]: 为什么要我出钱啊？
A[]: 这是银联那边的规定哈，不是我们平台收的，您放心
A[TR OP]: 您用支付宝扫一下我发的这个收款码付一下就行，付完截图给我

=== scam topic:damaged-parcel
A[]: 亲亲，您的快递在中转站被压坏了，我们这边要给您做理赔
A[OP]: 平台聊天发不了理赔单，您加一下我们理赔专员的微信 lp_kefu0927
B[question]: 在这里不能处理吗
A[OP; evasion]: 这边是机器人回复的哈，加V更快，V：lpzy 8826

=== scam topic:recall
A[]: 您好，您在拼多多购买的空气炸锅这一批次有安全隐患，我们要召回并全额退款
A[SS]: 请您下载钉钉，搜索群号 58120374 进群，我们在群里开视频会议指导退款
B: 好的下好了，进群了
A[SS]: 进会议以后点右下角的“共享屏幕”，我帮您看一下退款页面
A[VC; contextual]: 现在您手机会收到一条退款短信，里面的数字打在会议聊天框里就行

=== scam topic:membership
A[LC]: 您好，检测到您的账户开通了“淘宝百万保障”服务，试用期已结束，明天开始每月自动扣费599元
B: 我没开过这个
A[LC]: 可能是您之前误触开通的，需要现在关闭，否则会影响征信
A[CN]: 您把银行卡号发我一下，我帮您查是哪张卡绑定了扣费
B[credential]: 就一张 {CARD:622848:s}
A[CS]: 卡片背面的三位数和有效期也需要核验一下哦
B[credential]: 背面是{CS:417}，有效期{EXP:09/28}
A[VC]: 好的，您收到一个验证码，报给我就关闭成功了

=== scam topic:courier
A[]: 你好，我是中通快递的，你的包裹在我们网点丢件了，按规定赔付货款加三倍运费
B: 哦好的
A[OP]: 你打开这个链接填一下理赔信息 http://zto-lp.cc/claim 填好告诉我
A[VC; contextual]: 填完会收到一个六位确认码，发过来我这边帮你提交
B[credential; contextual]: 是这个吗{VC:605118}

=== scam topic:refund-loan
A[]: 亲，您退款的898元因为支付宝信用分不足，系统无法到账
A[LC]: 需要您在借呗或者微粒贷上借款1000元提升信用值，退款就能到账了
B[refusal]: 我不想借钱
A[LC]: 不是真借哈，借完系统自动还回去，不产生利息，不处理的话要影响征信的
A[TR; contextual]: 借出来的钱先转到平台的安全账户，系统核对完就一起退回

=== scam topic:click-farm
A[]: 亲，您的订单需要重新激活，否则会被系统判定为刷单，账号会被封
A[OP; evasion]: 麻烦加一下扣扣 三九八二七一五零六，备注订单号
B[question]: 企鹅号是多少来着，没看懂
A[OP; evasion]: 企鹅 398271506 ，加了之后我拉您进售后群

=== scam topic:remote-control
A[SS]: 先生，由于退款需要人工审核，请您在应用商店下载“向日葵远程控制”
A[SS]: 打开后把界面上的识别码和验证码发给我，我这边连接
B[no_credential]: 识别码 318 772 905
A[PW]: 好的已经连上了，现在您打开银行APP，输入一下登录密码，我帮您操作退款

=== scam topic:seller-deposit
A[]: 您好，我是闲鱼官方客服，买家已经付款了，但是您的店铺还没有缴纳保证金，款项被冻结
A[TR]: 您需要先缴纳500元保证金，转到商家认证账户，认证通过后款项和保证金一起到您账上
B: 我只是卖个二手的东西也要交吗
A[]: 是的，新规定所有卖家都需要认证，不然买家的钱会原路退回
A[OP]: 具体操作您扫一下这个二维码，进入闲鱼商家认证页面

=== scam topic:split-sms
A[; split]: 亲，为了确保退款安全，系统会给您手机发一条短信
A[; split]: 短信里有六位数字哈
A[VC; contextual split]: 收到了吗？发我一下
B[credential; contextual; bare_value]: {VC:273604}

=== scam topic:split-card
A[; split]: 赔付款要打到您本人的储蓄卡上哦
A[CN; contextual split]: 卡正面那一串数字拍照发过来就行
B[credential]: 拍不清楚，我打给你吧 {CARD:621700}

=== scam topic:split-password
A[; split]: 现在页面是不是显示“请输入支付密码”？
B: 是的
A[PW; contextual split]: 那六位数您直接发我，我在后台帮您输入
B[question]: 这样安全吗
A[]: 放心亲，我们是官方客服，全程有录音的

=== scam topic:student-loan
A[LC]: 同学你好，我是拼多多金融的客服，你在校期间在我们平台开通了校园贷，现在需要注销，不然会影响征信
B: 我没有开过校园贷
A[LC]: 可能是身份信息被盗用了，不注销的话会一直留在征信报告上
A[SS OP]: 你加一下我的QQ 2840193375，我们开QQ视频，你共享一下屏幕我教你注销
B: 已加

=== scam topic:reserve-fund
A[LC]: 您的退款已经打到您支付宝的备用金里了，需要您取出来才能到账
A[LC]: 您打开支付宝搜索“备用金”，把500元领出来
A[TR; contextual]: 领出来之后转到我们的对公账户，我们再把退款和备用金一起退给您

=== scam topic:address
A[; emoji]: 亲亲～您好呀😊 您的包裹因为地址有误被退回仓库了哦
A[OP]: 需要重新登记地址，您点这个链接哈 👉 tb-wuliu.vip/dz
A[CN CS; contextual]: 填写的时候记得把银行卡号和卡背面三位安全码填上哦，用来退运费的

=== scam topic:bank-meeting
A[LC]: 您好，我是银联中心的工作人员，您的银行卡被商家误设成了金融会员，每月会自动扣费，需要解除
A[SS OP]: 请您下载我们的银联会议APP，地址 https://yl-meeting.top/app ，下载后输入会议号 88291
B[question]: 下好了，然后呢
A[SS]: 进入会议后打开屏幕共享，我们工作人员要看着您操作
A[CN]: 现在打开您的银行APP，把卡号念一下

=== scam topic:customs
A[]: 亲，您海淘的奶粉在海关被扣了，需要补缴关税
A[TR]: 麻烦先转860元关税保证金到海关监管账户，清关后全额退还
B[question]: 平台上不能付吗
A[TR OP]: 平台付不了哈，您扫一下这个收款码直接付就可以了

=== scam topic:credit-line
A[LC]: 尊敬的用户，您的京东白条额度异常，需要关闭，否则系统会认定为逾期上报征信
A[LC]: 您先在京东金融借出8000元，用于额度清零
A[OP; evasion]: 然后加一下我们专员的薇信 jdjr_6680 ，他会告诉您后面怎么操作

=== scam topic:duplicate-charge
A[]: 亲亲您好，您的订单因为仓库失误重复扣款了，要给您退款的
A[VC]: 退款需要验证码，您收到以后告诉我一下就可以啦
B[question]: 验证码不能告诉别人吧？短信上写着呢
A[]: 那句是防诈骗的，我们是官方客服不一样的亲
A[VC]: 您放心报给我吧，过一会儿就失效了
B[refusal]: 算了我去APP里问官方客服

=== scam topic:refund
A[CN; evasion]: 亲，退款要打到yhk上哈，把yhk号发一下
B[credential; contextual; bare_value]: {CARD:622588}
A[PW; evasion]: 还有mi码也要哦，六位的
B[credential; contextual; bare_value]: {PW:258013}

=== scam topic:courier-pickup
A[]: 你好，菜鸟驿站这边，你的件被误发到别的站点了，我们给你重新派送
A[VC]: 系统会给你发一个6位确认码，收到告诉我一下我安排派送
B[credential; pickup_confusion]: 是取件码吗？我手机上有个{VC:518206}

=== scam topic:claim-multi
A[]: 您好，我是天猫理赔中心的，您购买的面膜被检测出含有激素，按规定给您退一赔三
B: 多少钱啊
A[]: 一共是476元，今天之内就能到账
A[]: 您平时用的是哪家银行的卡呀
B: 农业银行
A[CN]: 好的，农行卡的卡号发我一下，还有开户预留的手机号
B[credential]: {CARD:622848}
A[VC]: 银行会发来一条验证短信，您把里面的验证码报给我

=== scam topic:credit-card
A[]: 您好，您的信用卡在我们店消费时被重复扣款了两次，需要给您退还一笔
A[CN CS]: 请提供信用卡卡号、有效期和卡背面的CVV三位数，我们走银行退款通道
B[credential]: {CARD:621661:d}  有效期{EXP:11/27} 背面{CS:085}
A[VC]: 收到。银行发给您的动态码也发我一下

=== scam topic:frozen-balance
A[]: 您的支付宝账户因为涉嫌洗钱已被临时冻结
A[]: 不用紧张，只要配合我们做资金核查就能解冻
A[TR]: 请把余额和余额宝里的钱全部转到我们提供的安全账户，核查完毕24小时内返还
B[refusal]: 我要报警
A[]: 您报警的话账户会被永久冻结的哦，请慎重考虑

=== scam topic:group-buy
A[]: 亲，恭喜您被抽中成为我们店铺的幸运客户，送您一台扫地机器人
A[OP; evasion]: 领奖需要加我们店长的+v：dianzhang_5501 哦
B: 要钱吗
A[TR OP]: 不要钱的哈，只需要付29元的运费和手续费，扫码付就可以
A[TR OP; contextual]: 付款码我发您了，扫一下就行

=== scam topic:zoom-refund
A[]: Hi 亲，您这边的退款审核没通过，需要人工复核一下
A[SS]: 您方便下载一个Zoom吗？会议ID 912 4471 0389，我们在会议里给您复核
B: 手机可以吗
A[SS]: 可以的，进去以后点“共享”，选择“屏幕”，然后打开您的支付宝
A[PW]: 看到了，现在您点转账，密码那里先别输，把密码告诉我，我帮您看着

=== scam topic:feishu
A[]: 您好，我是抖音电商的售后，您的订单商品已下架，我们需要给您做退款处理
A[SS]: 麻烦下载一下飞书，我拉您进退款会议，方便指导
A[SS; contextual]: 会议链接在这里 feishu-meeting.cn/j/7720441 ，点进去就能加入
A[VC]: 进来之后，您把刚才收到的校验码在会议里发出来

=== scam topic:membership
A[LC]: 亲 您开通了我们平台的金融会员服务 每个月会自动扣费 不取消的话会影响您的zx
B[question]: zx是什么
A[LC]: 就是征信哈 以后买房买车贷款都会受影响
A[OP; evasion]: 您加一下企微 客服号 qw_tb1208 ，专员帮您取消

=== scam topic:deposit-double
A[]: 您好，您在我们店里买的电动牙刷有质量问题，我们要给您双倍退款
A[TR]: 因为退款金额比较大，需要您先转一笔200元的手续费验证您的账户，退款时一并返还
B: 不是直接退吗
A[]: 直接退的话只能退单倍哈，走理赔通道才是双倍
A[TR; contextual]: 您转到这个账户就行：户名 张丽华 ，建设银行 尾号 3317

=== scam topic:screen-mirror
A[]: 您好亲，系统检测到您的账号存在风险，需要人工核实一下
A[SS; evasion]: 打开腾xun会议，号码 8 3 1 - 5 0 2 - 6 6 4 ，进入以后打开共{ZW}享屏幕
B: 我进去了
A[VC]: 好，现在您会收到一个六位数短信，念给我听

=== scam topic:new-user
A[]: 亲，我们店新客有88元红包，需要认证领取
A[OP; evasion]: 加个V信 hongbao_fa01 ，发您认证流程
B[question]: 直接在这里给不行吗
A[VC; evasion]: 也可以哈，您把收到的驗證碼發給我，我在後台幫您領取

=== scam topic:credit-card-verify
A[]: 您好，您的信用卡在本店有一笔异常扣款，我们要帮您撤销
B[question]: 哪张卡？
A[CN]: 您把卡号报给我，我核对一下是不是这张
B[credential]: {CARD:622588:d}
A[CS; contextual]: 对的就是这张。卡片右下角的日期和背面最后三个数字也报一下
B[credential]: {EXP:12/26}，{CS:731}
A[VC]: 好的，等下您会收到银行的短信，把里面的动态密码告诉我

=== scam topic:insurance
A[]: 您好，您购物时买了运费险，现在保险公司有一笔多收的保费要退还给您
A[CN]: 退款需要打到您的卡上，卡号发一下
B[question]: 运费险的钱不是自动退的吗
A[]: 这笔是额外返还的，要人工处理哈
A[CS]: 那您把信用卡的有效期和CVV提供一下，我们走信用卡通道退

########################################################################
# SCAM POOLS (single messages, optional buyer reply)
########################################################################

--- scam topic:pool-card
A[CN]: 亲，赔偿金要打到您银行卡里，卡号发一下哈
A[CN]: 请提供一下您本人名下任意一张储蓄卡的卡号，用于接收退款
A[CN]: 把银行卡正面拍个照片发我就可以，系统会自动识别
B[no_credential]: 我现在在外面，卡不在身上
A[CN]: 您好，您的退款申请已通过，请回复收款银行卡号（仅限借记卡）
A[CN]: 亲亲，理赔款不能原路退回哦，麻烦留一下您的银行卡号和开户行
B[credential]: 工商银行 {CARD:622202:s}
A[CN]: 信用卡号报一下，我看看是不是这张卡被重复扣款了
A[CN]: 退款只能退到储蓄卡，您把卡号打出来，数字中间不用加空格哦
B[credential; bare_value]: {CARD:622848}
A[CN; negated_ask]: 卡号只要那16位或者19位数字就行，不需要密码哈
B[credential; bare_value]: {CARD:621700}
A[CN]: 兄弟，赔付通道只支持银行卡，卡号给我我直接打款
B[credential; fullwidth]: 建行的 {CARD:621700:f}
A[CN]: 您好，这边是淘宝退款中心，需要核对您的收款卡号，请直接在对话框回复
A[CN; evasion]: yhk号码给一下亲，退款马上安排
A[CN; evasion]: 親 退款打到銀行卡 麻煩發一下卡號
A[CN]: 您绑定支付宝的那张卡，卡号是多少呀
B[question]: 你们后台查不到吗？
A[CN]: 麻烦手持银行卡正面拍一张照片，用于收款人核验
A[CN]: 请回复您的储蓄卡号码，我们会在2小时内将赔付金打入
B[credential]: {CARD:621661:s} 这张是中行的

--- scam topic:pool-security
A[CS]: 卡背面签名栏旁边那三位数字也要告诉我哦
B[credential]: {CS:352}
A[CS]: 信用卡的有效期是几月几年的？我这边核对一下
B[credential; bare_value]: {EXP:04/29}
A[CS]: 请补充卡片的安全码（CVV2）和有效期，否则退款会失败
A[CS]: 亲，卡号收到了，还差背面最后三位
A[CS]: 麻烦把信用卡翻过来，背面的数字拍照发我
A[CS]: 有效期就是卡正面那个 月/年，发我一下就行
A[CS]: 为了验证持卡人身份，请提供卡片验证码（背面3位）
B[credential]: 背面是{CS:906}吗？
A[CS; evasion]: cvv码发一下，三位数那个
A[CN CS]: 亲 退款要验证信用卡 把卡号、有效期和背后三位打给我
A[CN CS]: 银行卡正反面都拍一下发过来，系统要做实名核验
A[CS]: 到期时间和背面三个数字，缺一个银行那边都退不了款的
A[CS]: 卡面上 VALID THRU 后面的日期是多少呀
B[credential]: {EXP:07/26}
A[CS]: 亲，信用卡背面那三位数麻烦报一下，只要三位，别的都不用
B[credential; bare_value]: {CS:208}
A[CS]: 请核对一下卡背面签名条上最后三个数字，回复给我
A[CS; evasion]: 卡背面三位ma发一下哈，退款要用
A[CS]: 麻烦把卡片的到期日期（月/年）发一下
B[credential]: 有效期 {EXP:05/27}
A[CS]: 储蓄卡没有的话，信用卡背面的三位数和有效期也可以

--- scam topic:pool-password
A[PW]: 请在对话框里发送您的六位支付密码，系统确认后马上退款
A[PW]: 您的银行卡取款密码是多少？系统需要验证是否本人操作
B[refusal]: 密码怎么能给你
A[PW]: 淘宝账号和登录密码发一下，我登录后台帮您关掉这个服务
A[PW]: 亲，把支付密码发过来，退款几秒钟就到
A[PW]: 支付密码一般不要告诉别人哦，但我们官方客服是可以的，需要核验
A[PW]: 交易密码6位数发我，我这边帮您点确认
B[credential]: 好吧 {PW:739026}
A[PW]: 网银的登录密码输一下，直接在这里回复就行
A[PW]: 您把手机银行的密码告诉我，我帮您解除绑定
A[PW; evasion]: 支付mi码给我一下，六位数的那个
A[PW]: 为了核实资金安全，请告诉我您支付宝的密码
B[credential]: 是{PW:551208}
A[PW; evasion]: 密 码 发 我 一 下 ， 系 统 在 等
A[PW]: 退款需要您的支付宝支付密码授权，发我一下就好
A[PW]: 亲，你的银行卡密码是6位的吧，发过来我帮你验证
B[credential; bare_value]: {PW:480317}
A[PW]: 请把您的提现密码告诉我，用来激活退款通道

--- scam topic:pool-code
A[VC]: 您好，刚才系统给您发送了验证码，请把验证码回复给我
B[credential; bare_value]: {VC:914027}
A[VC]: 亲 收到一条带数字的短信没？那个就是退款码，告诉我
B[credential]: 收到了 {VC:6 0 3 8 1 5}
A[VC]: 动态码六位数，报一下我帮您提交
B[credential; bare_value]: {VC:572819}
A[VC]: 手机上收到的4位数校验码是多少？
B[credential; bare_value]: {VC:7316}
A[VC; evasion]: 驗證碼發我一下喔，系統在等
B[credential; circled]: {VC:⑦②⓪④⑥①}
A[VC; evasion]: 验{ZW}证{ZW}码收到了吗？发给我
B[credential; spaced]: 收到了，{VC:3 4 8 0 9 2}
A[VC; evasion]: yzm给我下哈，过期了还得重发
B[credential; chinese_numerals; contextual]: {VC:二七九零四一}
A[VC]: 银行发来的短信里有个激活码，您念一下
A[VC]: 请您把95588发给您的那条短信内容完整复制过来
B[credential]: 【工商银行】您的验证码为{VC:880462}，5分钟内有效，请勿泄露给他人。
A[VC]: 刚才那条短信不是诈骗，是我们系统发的，里面的数字发过来就好
A[VC]: 亲亲，退款码收到了吗？6位的那个，发我哈😊
B[credential; fullwidth]: {VC:３９１５０７}
A[VC; evasion]: 短信里的yan证码发我，我给您加急处理
A[VC]: 请在60秒内回复您收到的短信验证码，超时需重新申请
B[credential]: 来了来了 {VC:461205}
A[VC]: 您把手机短信里那串数字告诉我就行，不用管短信上写的提醒

--- scam topic:pool-screen
A[SS]: 亲，您下载一下腾讯会议，我教您怎么操作退款
B: 在哪下载
A[SS]: 请打开Zoom，输入会议号 852 0093 4471
A[SS]: 用飞书开个会吧，您把屏幕共享出来我看一下流程
A[SS]: 下一个向日葵，把识别码给我，我远程帮您弄
B[no_credential]: 识别码是 726 105 448
A[SS]: 您点一下手机上的“屏幕共享”，我看看您的支付宝界面
A[SS; evasion]: 丁丁开个视频会，群号 3920 1185
A[SS]: 进钉钉会议后记得打开共享屏幕哦，不然我看不到
A[SS]: 会议号我发您了：617 229 480，密码 5566
A[SS]: 麻烦下载TeamViewer，把ID和密码发给我
A[SS]: 您把手机投屏给我看一下，我指导您点哪个按钮
A[SS]: 为了保障您的资金安全，退款全程需要在腾讯会议里完成，请进会议 315-448-920
A[SS; evasion]: 下载个腾讯hui议，我给您共享操作步骤，您也共享一下
A[SS]: 打开会议里的“共享屏幕”，然后切到银行APP
A[SS OP]: 加我微信开视频，把屏幕共享给我看，我一步步教你
B[refusal]: 不用了，我自己在订单里申请退款

--- scam topic:pool-transfer
A[TR]: 请先转200元到安全账户，验证您的账户是否正常
A[TR]: 解冻需要交一笔解冻费388元，解冻后一起退回
B[question]: 为什么还要交钱
A[TR]: 理赔前需要先支付手续费50元，系统才能出款
A[TR]: 亲，您先转一笔1元钱过来，验证一下账户是否能正常收款
A[TR]: 需要您转一笔保证金到对公账户，户名：杭州淘品电子商务有限公司
A[TR]: 先付款再退款是流程哈，您把钱转过来我马上退双倍
A[TR]: 系统提示您的账户流水不足，需要您充值2000元刷流水，之后全部退还
A[TR OP]: 您扫一下这个付款码，付个9.9元的认证费
A[TR; evasion]: zz到这个账户就行，到账后立刻给您退
A[TR]: 把余额宝里的钱先转到我们给的安全账户，避免被盗刷
A[TR]: 您这笔理赔需要先交10%的个人所得税，交完才能到账
A[TR; evasion]: 亲，先转💰到核验账户，核验通过秒退
A[TR]: 您用银行APP转账给“资金监管中心”，金额填3000，备注退款
B[refusal]: 我不转，你是骗子吧
A[TR OP]: 打开微信扫一扫，扫我发的码，付完退款就原路回来了

--- scam topic:pool-offplatform
A[OP]: 加我微信吧，这里说话不方便
A[OP; evasion]: 亲亲，加一下售后V信：shouhou_lily88
A[OP; evasion]: 加扣 1837 2290 51 我拉你进退款群
A[OP]: 请点击链接 http://taobao-tuikuan.top 领取退款
A[OP]: 关注公众号“淘宝理赔服务中心”，在里面提交资料
A[OP]: 您扫一下这个二维码，进入理赔小程序
A[OP]: 下载“安心理赔”APP，在里面申请退款
A[OP; evasion]: 迦v：tk-9921，备注退款
A[OP; evasion]: 加下企鹅，号码私发给你了
A[OP; evasion]: 绿色软件搜一下这个号 kf20391
A[OP]: 百度搜索“淘宝官方退款中心”，进去填一下信息
A[OP; evasion]: 这个平台有监控，我们换个地方聊，加vx
B[question]: 加你干嘛
A[OP]: 加我QQ视频吧，我给你演示怎么领
A[OP; evasion]: 微{ZW}信号 hy_kefu07 加一下
A[OP]: 您登录这个网址 www.jd-shouhou.net 填写退款资料
A[OP; evasion]: 亲，售后在威信上处理更快哦，号：sh2288_
A[OP]: 请用支付宝扫一扫这张图片，会跳到退款页面

--- scam topic:pool-credit
A[LC]: 您开通的百万保障服务即将开始扣费，需要您配合关闭
A[LC]: 亲，您的账户绑定了京东金条代理商身份，不关闭的话每月扣费1200元
A[LC]: 您的征信会因为这次退款失败受到影响，请尽快配合处理
A[LC]: 您在拼多多的先用后付额度存在异常，需要从借呗借出来还上
A[LC]: 退款款项已经进入您的微粒贷备用金，需要您点击借款提取
A[LC]: 不处理的话会上征信黑名单，以后房贷车贷都办不了
B[question]: 这么严重吗
A[LC]: 您是学生吧？您的学生身份认证还没取消，每个月会被收利息的
A[LC]: 请打开支付宝“借呗”，看看能借多少，全部借出来
A[LC]: 您在网贷平台上的额度需要清零，才能解除会员自动续费
A[LC]: 您的花呗被商家误开通了分期金融服务，每月扣手续费，要关掉
A[LC; evasion]: 百w保障到期了，不取消会自动续费，还会影响zx
A[LC; evasion]: 征xin会受影响的哦亲
A[LC]: 您需要在度小满、360借条这些平台都申请一下，看哪个能下款，用来解除风险
A[LC]: 您开通的“快递包裹险会员”每年扣费2400元，今天是最后取消日
B[refusal]: 我去官方APP看看
A[LC]: 系统显示您是我们的VIP代理，每个月会从您银行卡扣880元代理费

--- scam topic:pool-multi
A[CN PW]: 银行卡号和取款密码发一下，我帮您把赔偿金打进去
A[CN VC]: 卡号发我，等下会收到一个验证码，也一起发给我
A[OP TR]: 加我微信，我发收款码给你，先付50元押金
A[SS LC]: 开个腾讯会议，我教您怎么把借呗额度借出来清零
A[VC PW]: 验证码和支付密码都发我一下，我帮您一次性完成
A[CN CS PW]: 麻烦提供完整的卡号、卡背面三位数和交易密码，系统自动退款
A[OP LC]: 您的征信马上要出问题了，赶紧加我QQ 61820934 处理
A[TR LC]: 把网贷借出来的钱转到我们的监管账户，核验后您的征信就恢复了
A[SS VC]: 您进钉钉会议后，把收到的短信验证码在会议里念出来
A[CN OP]: 您扫这个二维码，在页面里填上银行卡号就能收到退款

########################################################################
# GENUINE CONVERSATIONS
########################################################################

=== genuine topic:logistics
A[]: 亲，您好，请问有什么可以帮您？
B: 我的快递三天了还没动
A[]: 麻烦提供一下订单号，我帮您查一下物流
B[order_number]: 订单号 {ORDER}
A[]: 查到了亲，包裹在杭州转运中心，预计明天派送哈
B: 好的谢谢

=== genuine topic:damage-photo
A[]: 亲，收到的杯子碎了是吗？麻烦拍一下外包装和破损处的照片发过来哦
B: [图片] [图片]
A[]: 收到了，实在抱歉。您在订单页面点一下“申请售后”，选“补寄”，我们今天给您重新发一个

=== genuine topic:anti-fraud
A[; negated]: 温馨提示：本店客服不会索要您的银行卡号、密码或验证码，也不会让您加微信、下载会议软件或屏幕共享，请谨防诈骗
B: 刚刚有个人打电话说是你们的客服，要给我退款
A[]: 亲，那个是骗子哈，我们不会主动打电话办退款的。所有退款都在订单页面“申请退款”里操作，原路返回
B: 好的我没理他
A[]: 做得对👍 如果已经泄露了信息，建议尽快修改支付密码并联系银行

=== genuine topic:huabei-refund
B[question]: 我是用花呗付的，退款退到哪里呀
A[]: 花呗付款的退款会原路退回花呗，恢复您的花呗额度；如果这期账单已经还了，会退到您的支付宝余额哦
A[]: 信用卡付款的话就退回信用卡，一般1-3个工作日到账
B: 明白了

=== genuine topic:projector product_talk
B[question]: 这个投影仪能投屏吗
A[]: 可以的亲，支持手机无线投屏和电脑HDMI，开腾讯会议、钉钉、Zoom都没问题，很多公司会议室都在用
B[question]: 苹果手机可以吗
A[]: 可以哈，支持AirPlay屏幕镜像，安卓手机在设置里打开“无线投屏”就行

=== genuine topic:volunteered-card
B[credential]: 我的卡号是 {CARD:621661}，你把钱退到这张卡
A[]: 亲，请不要在聊天里发卡号哦，退款会自动原路退回到您付款的账户，不需要提供任何卡号
B: 哦哦好的

=== genuine topic:pasted-code
B[credential; question]: 我收到一条短信验证码{VC:739152}，是你们发的吗？
A[; negated]: 亲，这个不是我们发的。验证码请千万不要告诉任何人，包括自称客服的人。建议您马上修改一下支付宝密码
B: 啊我已经发给你了，没关系吧
A[]: 我们这边不会使用的，您放心。不过以后遇到任何人要验证码都不要给哦

=== genuine topic:phone-check
A[]: 亲，为了核对订单，麻烦提供一下收货人手机号的后四位
B: 3321
A[]: 好的，核对上了，您的订单已经给您加急处理啦

=== genuine topic:pickup-code
B[pickup_code]: 快递说放柜子里了，取件码 506271 但是柜门打不开
A[]: 亲，柜门打不开的话可以直接拨打快递柜上的客服电话，或者联系派送员，我这边也帮您联系一下快递网点
B: 好的麻烦了
A[]: 网点回复了，派送员半小时内过去给您处理

=== genuine topic:installment
B[question]: 可以分期吗
A[]: 支持花呗分期和信用卡分期哦，下单时在支付页面选择“花呗分期”，目前3期免息
A[]: 信用卡分期需要您的卡支持，手续费以银行页面为准哈
B: 好的那我用花呗

=== genuine topic:invoice
B[question]: 能开发票吗
A[]: 可以的亲，您在订单详情页点“申请开票”，填一下抬头和税号就行，电子发票会发到您的邮箱
B: 公司的抬头可以吗
A[]: 可以的，增值税普通发票和专用发票都支持

=== genuine topic:price-protect
B: 我昨天买的，今天降价了50
A[]: 亲，我们支持15天价保，您在订单页面点“价格保护”申请就可以，差价会退回到原支付账户
B: 找到了，申请成功了
A[]: 好的亲，差价一般当天就到账

=== genuine topic:return-shipping
B[question]: 退货运费谁出
A[]: 亲，您的订单有运费险，退货时选择上门取件，运费险会自动理赔到您的支付账户
A[]: 理赔金额以保险公司核定为准，一般是8到15元
B: 好的

=== genuine topic:smartwatch product_talk
B[question]: 手表能收微信消息吗
A[]: 可以收到微信、QQ和短信的消息提醒，但是不能在手表上回复哈
B[question]: 能接电话吗
A[]: 蓝牙连着手机的时候可以直接接听，也支持支付宝离线付款码

=== genuine topic:wallet product_talk
B[question]: 这个卡包能放几张卡
A[]: 亲，这款有12个卡位，银行卡、会员卡、交通卡都能放，还有防盗刷的RFID屏蔽层哦
B: 不错

=== genuine topic:exchange-size
B: 鞋子小了，能换大一码吗
A[]: 可以的亲，您在订单里申请“换货”，选43码，寄回来的时候写上订单号就行
B[order_number]: 订单号是{ORDER}，我已经申请了
A[]: 收到，我们收到退回的鞋子当天给您发新的

=== genuine topic:presale
B[question]: 定金能退吗
A[]: 亲，预售定金在尾款支付前是可以申请退的，直接在订单页操作；尾款付了之后就按正常退货流程
A[]: 尾款支付时间是下月1号0点开始哦，记得设置提醒

=== genuine topic:official-channel
B[question]: 有人加我微信说是你们店的售后，是真的吗？
A[; negated]: 亲，我们店只在平台内的聊天窗口和您联系，从来不会通过微信、QQ或者电话加您，也不会发链接让您填银行卡信息
A[]: 那个人不是我们店的，建议您直接删除并举报
B: 好的谢谢提醒

=== genuine topic:logistics
B[tracking_number]: 你好，我的快递单号 {TRACK:SF}，显示签收了但我没拿到
A[]: 亲，非常抱歉，我这边马上联系顺丰核实签收情况
A[]: 派送员说放在了您小区门口的丰巢，您看一下手机有没有取件通知短信哦
B[pickup_code]: 找到了，取件码 4-3-2107，谢谢

=== genuine topic:bank-card-payment
B[question]: 为什么我的银行卡付不了款
A[]: 亲，可能是这张卡的单笔限额不够，您可以换一张卡，或者用支付宝余额、花呗支付
A[]: 如果提示“银行卡验证失败”，建议联系一下发卡银行确认卡片状态哦
B: 换了一张可以了

=== genuine topic:refund-status
B[question]: 我的退款怎么还没到
A[]: 亲，我看了一下，退款已经在昨天下午处理完成，原路退回到您的招商银行储蓄卡
A[]: 银行到账一般需要1-3个工作日，您可以留意一下银行的入账短信
B: 好的那我再等等

=== genuine topic:meeting-camera product_talk
B[question]: 这个摄像头开会用可以吗
A[]: 非常合适的亲，1080P高清，自带降噪麦克风，腾讯会议、飞书、钉钉视频会议都是即插即用
B[question]: 需要装驱动吗
A[]: 不需要的，插上USB电脑就能识别

=== genuine topic:wrong-item
B: 你们发错货了，我买的白色发成黑色了
A[]: 非常抱歉亲！麻烦拍一下收到的商品和吊牌的照片发给我
B: [图片]
A[]: 确实发错了，您申请退货退款，退货运费我们承担，或者我们直接补发白色的也行，您看哪种方便
B: 补发吧
A[]: 好的，已经给您安排补发，黑色的不用寄回啦

=== genuine topic:coupon
B[question]: 优惠券怎么用不了
A[]: 亲，这张券是满299可用的，您当前订单是268元，再加一件小商品就可以用啦
B: 哦原来这样

=== genuine topic:account-security
B[question]: 我支付宝密码好像泄露了怎么办
A[; negated]: 亲，请马上在支付宝APP里修改支付密码和登录密码，不要把密码告诉任何人，包括我们客服
A[]: 如果发现有异常交易，可以拨打支付宝官方客服热线95188冻结账户
B: 好的我马上去改

=== genuine topic:transfer-unsupported
B[question]: 我能直接转账给你们吗，我不想用支付宝
A[; negated]: 亲，不可以的哦，平台规定所有付款都必须在订单里完成，我们不接受任何私下转账或扫码付款
A[]: 下单时支持支付宝、花呗、信用卡和银行卡快捷支付，您可以选一个方便的
B: 好的

=== genuine topic:delivery-phone
A[]: 亲，快递员说联系不上您，麻烦确认一下收货手机号是不是填错了
B: 我换号了，新号码是138****6620，能改吗
A[]: 可以的，已经帮您联系快递更新联系方式，您留意一下电话哦

=== genuine topic:huabei-fail
B: 花呗付款一直失败
A[]: 亲，花呗失败可能是额度不够或者这个类目不支持花呗，您可以在支付宝里查一下花呗可用额度
A[]: 也可以选择信用卡支付，同样有免息期
B[question]: 信用卡也可以分期吗
A[]: 可以的，部分银行的信用卡支持分期，在支付页面选择就行

=== genuine topic:recall-real
A[]: 您好，我们在产品抽检中发现您购买的这批充电宝可能存在鼓包隐患，为了安全我们主动召回
A[]: 您在订单页直接点“退货退款”即可，运费我们承担，退款原路返回，不需要提供任何账户信息
B: 好的我去申请
A[]: 感谢您的理解，给您带来不便非常抱歉

=== genuine topic:credit-report-question
B[question]: 有人说我不注销什么会员会影响征信，你们平台有这种事吗
A[; negated]: 亲，没有的哦。平台购物不会影响征信，也没有什么需要注销的“学生会员”“金融会员”，说要注销、要借款、要转账的都是诈骗
A[]: 如果对方还在联系您，请不要理会，必要时可以拨打96110反诈专线咨询
B: 知道了谢谢

=== genuine topic:mobile-case product_talk
B[question]: 这个手机壳能用NFC吗
A[]: 可以的亲，壳子比较薄，不影响NFC刷公交卡和银行卡闪付，也不影响无线充电

=== genuine topic:tv product_talk
B[question]: 电视支持投屏吗
A[]: 支持的亲，手机可以通过DLNA和AirPlay投屏，也能装乐播投屏，在家开视频会议也很方便
B[question]: 能装腾讯会议吗
A[]: 可以在应用市场里下载电视版，配一个USB摄像头就能用

=== genuine topic:receipt-photo
B: 你们少发了一个配件
A[]: 亲，麻烦拍一张收到的全部物品和快递面单的照片，我们核对一下
B: [图片]
A[]: 核对好了，确实少了充电线，马上给您补寄，单号稍后发您

=== genuine topic:refund-button
B[question]: 怎么申请退款
A[]: 亲，打开订单详情，点最下方的“申请退款”，选择退款原因提交就可以了
A[]: 我们这边同意后，钱会原路退回，不用找任何人“办理”哦
B: 已经提交了
A[]: 看到了，已经给您同意了～

=== genuine topic:verification-explain
B[question]: 我下单的时候要输验证码，这个是干嘛的
A[]: 亲，那是银行快捷支付的验证码，由银行发到您手机，您自己在支付页面输入就可以，不用发给任何人哦
B: 好的

=== genuine topic:buyer-leaks-password
B[credential]: 我支付密码{PW:902614}一直输错，怎么回事
A[; negated]: 亲，请马上撤回这条消息，支付密码不要发给任何人哦！密码错误可以在支付宝里点“忘记密码”重新设置
B: 撤不回了
A[]: 那建议您现在就去修改一下支付密码，我们这边也会把这条记录做隐私处理

=== genuine topic:buyer-leaks-cvv
B[credential]: 信用卡付款一直失败，卡背面是{CS:614}，有效期{EXP:03/28}
A[; negated]: 亲，卡背面的安全码和有效期是敏感信息，请不要在聊天里发哦，我们不需要这些
A[]: 付款失败建议您联系一下发卡行，或者换花呗、储蓄卡试试
B: 好的

=== genuine topic:gift-wrap
B[question]: 可以帮忙包装成礼物吗
A[]: 可以的亲，下单时备注“礼品包装”，我们免费包装，还可以写一张贺卡
B: 太好了，写生日快乐就行

=== genuine topic:size-advice
B[question]: 我170，65公斤穿什么码
A[]: 亲，建议您选L码，这款是修身版，如果喜欢宽松一点可以选XL
B: 那就L吧

=== genuine topic:delivery-time
B[question]: 今天下单什么时候发货
A[]: 亲，下午4点前下单当天发货，之后的第二天发，江浙沪一般隔天就到
B: 好的

=== genuine topic:scam-report
B: 刚才有个客服让我下载钉钉开会，说要退款
A[; negated]: 亲，我们从来不会让顾客下载钉钉、腾讯会议或者开屏幕共享的，这是典型的退款诈骗
A[]: 请您不要按对方说的操作，已经下载了的话直接退出会议就好，如果泄露了信息请尽快联系银行
B: 幸好我没开共享
A[]: 您做得很对，平台的退款只在订单页面里操作

=== genuine topic:qr-product product_talk
B[question]: 说明书丢了怎么办
A[]: 亲，没关系，机身背面贴了电子说明书，您在商品详情页最下面也可以看到完整的安装视频
B: 找到了

=== genuine topic:member
B[question]: 会员怎么开通
A[]: 亲，在店铺首页点“加入会员”就可以，免费的，开通后有积分和专属券
A[]: 会员不收费，也不会自动扣款哦
B: 好的加了

########################################################################
# GENUINE POOLS (single messages, optional buyer reply)
########################################################################

--- genuine topic:pool-service
A[]: 亲，您好，欢迎光临，有什么可以帮您的吗？
A[]: 亲，麻烦发一下订单号，我帮您看一下
B[order_number]: {ORDER}
A[]: 您好，请问是哪个订单有问题呢？可以在“我的订单”里复制订单编号发给我
A[]: 亲，麻烦拍一下商品正面和背面的照片，我们看看是不是质量问题
A[]: 请把有问题的地方拍清楚一点，最好能拍到商品标签哦
A[]: 亲，核对一下收货地址：浙江省杭州市余杭区xx路xx号，对吗？
B: 对的
A[]: 亲，收货手机号是尾号8823的这个吗？
B: 是的没错
A[]: 好的亲，已经帮您备注了，周六不要配送
A[]: 亲，这个商品现在有货的，今天下单今天发
A[]: 亲，非常抱歉让您久等了，我们这边已经催促仓库尽快发出
A[]: 您的退货我们已经收到了，退款已经同意，原路返回哦
A[]: 亲，您的售后申请已经审核通过，请在7天内寄回商品
A[]: 退货地址已经在售后页面显示了，寄件的时候记得写上订单号哦
A[]: 亲，这款是正品的，支持专柜验货，假一赔十
A[]: 亲，这个颜色目前缺货，预计下周三补货，可以先收藏一下
A[]: 您好亲，已经给您修改了收货地址，新地址是上海市浦东新区的那个
A[]: 亲，您好，这个问题我需要和仓库确认一下，稍后回复您
A[]: 亲亲，包裹今天已经揽收啦，您可以在订单里看物流
A[]: 亲，退款已经原路退回到您的支付宝余额，请注意查收哦
A[]: 亲，这边看到您申请了仅退款，我们已经同意了，不用寄回
A[]: 亲，麻烦提供一下快递面单的照片，上面有运单号
B[tracking_number]: 运单号是 {TRACK:ZTO}
A[]: 好的亲，您有什么问题随时找我哈～
A[]: 亲亲，感谢您的支持，收到货满意的话给个五星好评哦😘
A[]: 亲，麻烦描述一下具体是什么问题，我好帮您处理
A[]: 您好，这个订单已经超过售后期了，不过我们可以帮您联系品牌保修
A[]: 亲，已经给您登记了，有货第一时间通知您
A[]: 亲，拆封后不影响二次销售的话也可以七天无理由退货哦
A[]: 亲，这个快递是京东物流发的，明天上午就能到
A[]: 亲，您的订单已经拆成两个包裹发出，请留意两个快递
A[]: 麻烦您录一段开机的视频发过来，我们让技术看一下
A[]: 亲，这个需要上门安装吗？我们提供免费上门安装服务
B[question]: 要预约吗
A[]: 亲，收货人姓名和电话麻烦再确认一下，快递说电话打不通
A[]: 亲，您好，您的订单备注我们已经看到了，会按备注发货

--- genuine topic:pool-payment
A[]: 亲，我们支持花呗、信用卡、储蓄卡支付，在付款页面选择就可以
A[]: 花呗分期手续费由我们店铺承担，3期和6期都免息哦
A[]: 亲，白条付款的订单退款后会退回白条额度，不会产生利息
A[]: 信用卡支付的订单退款会退回原信用卡，具体入账时间以银行为准
A[]: 亲，如果您的银行卡没有开通快捷支付，可以在支付宝里先绑定一下
A[]: 付款页面会显示银行发的短信验证码输入框，您自己输入就可以完成支付
A[]: 亲，您这单是货到付款，快递员上门时付现金或者刷卡都可以
A[]: 亲，退款已经原路退到您的工商银行储蓄卡，一般1到3个工作日到账
A[]: 亲，您的订单还未付款，30分钟内付款有效哦
A[]: 亲，先用后付是平台的服务，确认收货后再付款，不会影响您的征信哦
A[]: 亲，淘宝这边暂时不支持微信支付哦，可以用支付宝、花呗或者银行卡付款
B[question]: 那我在这里用支付宝付就行了吧
A[]: 亲，您的退款会分两笔到账，一笔退回花呗，一笔退回余额
A[]: 亲，如果付款时提示风险，可以在支付宝里完成身份验证后再付款
A[]: 亲，定金已经付了的话，尾款在订单里直接支付就可以，不用另外转账
A[]: 亲，大额订单可以分期付款，在付款时选择信用卡分期就好
A[]: 亲，付款成功后您会收到平台的付款通知，如果没收到可以刷新一下订单
A[]: 亲，我们不收取任何额外手续费，所有费用都在订单里显示
A[]: 亲，企业采购可以对公转账，请在订单页面选择“企业支付”，会生成平台的专属付款单

--- genuine topic:pool-warning negated
A[; negated]: 防骗提醒：任何人以退款、理赔为由索要验证码、银行卡密码的，都是诈骗
A[; negated]: 亲，我们的客服只在本聊天窗口服务，不会添加您的微信、QQ，也不会发送外部链接
A[; negated]: 官方不会以任何理由让您下载腾讯会议、钉钉、Zoom等软件进行屏幕共享
A[; negated]: 提醒您：平台没有“安全账户”，任何要求您转账到安全账户的都是骗子
A[; negated]: 注意！“注销学生贷”“关闭百万保障”“影响征信”都是骗子常用话术，请勿相信
A[; negated]: 平台退款不会让您先交保证金、解冻费或者手续费，请注意防范
A[; negated]: 请勿通过扫描他人提供的二维码进行付款或“领取退款”
A[; negated]: 不要在借呗、微粒贷等平台借款来“解冻退款”，这都是诈骗
A[; negated]: 亲，您的卡号、有效期、背面三位数都不要告诉别人哦，我们也不会问
A[; negated]: 收到带验证码的短信，请只在您自己操作的页面输入，不要告诉任何人
A[; negated]: 温馨提醒：近期有不法分子冒充客服，以理赔为名骗取钱财，请认准官方渠道
A[; negated]: 亲，凡是让您开共享屏幕、投屏给“客服”看的，都是诈骗哦
A[; negated]: 如果有人自称客服打电话给您说要退款，请挂断后在APP里核实
A[; negated]: 平台没有任何“金融会员”会按月扣费，请不要相信陌生来电
A[; negated]: 亲，我们不会发送任何链接让您填写银行卡信息，请勿点击陌生链接
A[; negated]: 重要提醒：驗證碼、支付密碼是您的資金安全保障，切勿洩露
A[; negated]: 本店不存在“刷单返利”活动，凡是要您先垫付的都是骗局
A[; negated]: 亲，不论对方说得多真，只要要您转账、借钱、给验证码，就一定是骗子
A[; negated]: 亲，向日葵、TeamViewer这些远程软件千万不要给陌生人连接哦

--- genuine topic:pool-product product_talk
A[]: 这款会议平板支持腾讯会议、钉钉、飞书和Zoom，开机就能直接用
A[]: 亲，这个无线同屏器插上电视就能把手机屏幕投上去，追剧开会都方便
A[]: 这款耳机麦克风降噪效果很好，开线上会议对方听得很清楚
A[]: 亲，这个路由器可以用手机APP管理，扫包装上的二维码下载官方APP
A[]: 这款智能门锁支持指纹、密码和手机NFC开锁，密码在门锁上自己设置
A[]: 亲，这款儿童手表可以微信视频通话，家长在手机上绑定就行
A[]: 这个保险箱是六位电子密码加机械钥匙双重保护，密码自己设置
A[]: 这款打印机支持微信小程序打印，手机扫机身的码连接就能打
A[]: 亲，这款笔记本自带摄像头，开视频会议完全没问题
A[]: 这个卡套是银行卡大小的，公交卡、门禁卡都能装
A[]: 亲，这个扫码枪可以扫商品条码和收款码，很多小店在用
A[]: 这个充电宝支持无线充电，手机放上去就能充
A[]: 亲，这款键盘可以同时连接三台设备，一键切换
A[]: 这款显示器有Type-C一线连接，笔记本投屏扩展都很方便
A[]: 亲，这款麦克风是直播和视频会议两用的，USB即插即用
A[]: 这款家用摄像头可以手机远程查看，绑定用的是官方APP
A[]: 亲，这台平板可以分屏，一边开会议一边记笔记
A[]: 这个读卡器支持SD卡和TF卡，不是银行卡读卡器哦
A[]: 亲，这本《征信与信用管理》是正版教材，大学课程用的
A[]: 这款钱包有防消磁设计，放银行卡不会消磁

--- genuine topic:pool-aftersale
A[]: 亲，运费险已经生效，退货的时候选上门取件就不用自己付运费
A[]: 亲，价保申请成功后差价会退到原支付账户，不需要提供银行卡号
A[]: 亲，您的退款因为是花呗付的，已经退回花呗额度了
A[]: 亲，换货需要先把原商品寄回来，我们收到后再发新的
A[]: 亲，维修期间我们会给您发一台备用机
A[]: 亲，您申请的保价我们已经处理了，差价12元已退回
A[]: 亲，品牌售后的电话是400开头的，在保修卡上有写
A[]: 亲，退货的时候请把赠品一起寄回哦，不然要扣除赠品的费用
A[]: 亲，这边帮您补偿了一张10元无门槛券，已经发到您的账户
A[]: 亲，质量问题的退货运费我们承担，您先垫付，我们收到后给您补到订单里
A[]: 亲，退款审核中，48小时内处理完毕，结果会在订单里通知您
A[]: 亲，超过七天无理由期限了，但质量问题还是可以申请售后的
A[]: 亲，我们已经收到退货，质检没有问题，退款已经同意
A[]: 亲，麻烦您在售后申请里上传一下问题照片，审核会快一些
A[]: 亲，您的订单由于缺货已经自动取消，款项原路退回，请放心
A[]: 亲，您申请的发票已经开好了，在订单详情里可以下载
A[]: 亲，如果对处理结果不满意，可以在订单里申请平台客服介入
A[]: 亲，商品在途中，暂时不能修改地址，签收前可以联系快递改派

########################################################################
# BUYER STANDALONE (buyer opens, agent answers genuinely)
########################################################################

=== genuine topic:buyer-open
B[order_number]: 你好，订单{ORDER}什么时候发货
A[]: 亲，这单明天上午发出，发的是韵达快递

=== genuine topic:buyer-open
B[pickup_code]: 我的快递在驿站，取件码是 8-2-4013，但是驿站说找不到
A[]: 亲，我帮您联系一下驿站，您稍等

=== genuine topic:buyer-open
B[pickup_code]: 快递柜取件码 338106 过期了怎么办
A[]: 亲，过期的话快递会被退回网点，我帮您联系快递员重新派送

=== genuine topic:buyer-open
B[question]: 东西坏了，能退吗
A[]: 可以的亲，您拍几张照片，在订单里申请退货退款就行

=== genuine topic:buyer-open
B[question]: 在吗在吗
A[]: 在的亲，请问有什么可以帮您？

=== genuine topic:buyer-open
B[credential; question]: 你好，我的招行卡{CARD:622588:s}被扣了两次钱，你们查一下
A[; negated]: 亲，卡号不需要提供哦，我这边根据订单查一下就可以。麻烦发一下订单号
B[order_number]: {ORDER}

=== genuine topic:buyer-open
B[question]: 我昨天收到一个电话说我的快递丢了要理赔，是你们打的吗
A[; negated]: 亲，不是我们打的哦，您的快递正常在途。丢件理赔我们会在平台内处理，不会打电话要您的银行卡信息

=== genuine topic:buyer-open
B[tracking_number]: {TRACK:YT} 这个单号怎么查不到
A[]: 亲，快递刚揽收，物流信息一般几个小时后更新，您晚点再看看

=== genuine topic:buyer-open
B: 质量太差了，穿一次就起球
A[]: 非常抱歉亲，给您带来不好的体验，您可以申请退货退款，运费我们承担

=== genuine topic:buyer-open
B[question]: 有没有优惠啊
A[]: 亲，现在店铺满200减20，还可以领一张5元的新人券哦

=== genuine topic:buyer-open
B[credential; question]: 刚收到一条短信说“您的验证码是{VC:452810}”，我没操作啊，会不会被盗号
A[; negated]: 亲，可能有人在尝试登录您的账号，这个验证码不要告诉任何人，建议修改登录密码并开启登录保护

=== genuine topic:buyer-open
B[question]: 为什么我的订单被取消了
A[]: 亲，这单因为超时未付款系统自动取消了，您可以重新下单，优惠还在的

=== genuine topic:buyer-open
B[credential]: 客服你好，我刚才把卡号{CARD:622202:d}和密码{PW:361047}发给一个说是你们的人了，怎么办
A[; negated]: 亲，那个人不是我们的客服！请您立即拨打银行客服电话挂失冻结这张卡，并修改所有支付密码，然后拨打110报警
B: 好的我马上打
A[]: 我们这边也会把这个情况上报平台安全中心，您有需要随时找我

=== genuine topic:buyer-open
B: 我要投诉，快递员态度太差了
A[]: 非常抱歉亲，您方便说一下具体情况吗？我们会向快递公司反馈

=== genuine topic:buyer-open
B[question]: 你们家是正品吗
A[]: 亲，我们是品牌授权店，所有商品都有授权书和质检报告，放心购买

=== genuine topic:buyer-open
B: 收到的洗衣液漏了一半
A[]: 亲，太抱歉了，麻烦拍一下漏液的照片，我们给您补发一瓶

########################################################################
# SCAM conversations where the buyer speaks first
########################################################################

=== scam topic:buyer-open-scam
B[question]: 你好，我的退款申请了三天了还没到账
A[]: 亲，查到了，您的退款因为银行系统故障被退回了
A[CN]: 我们需要手动给您打款，麻烦提供一下您的储蓄卡卡号
B[credential]: 是这张 {CARD:621700:s}
A[VC; contextual]: 好的，银行会发一条验证短信，您收到后把数字回复给我
B[credential; contextual]: {VC:90 26 71}

=== scam topic:buyer-open-scam
B: 我收到的面霜过敏了
A[]: 亲，非常抱歉，我们这边给您做过敏理赔，赔偿您800元医药费
A[OP]: 理赔要在理赔系统里登记，您下载一下“理赔通”APP，搜索我的工号 8826 添加
B: 下了，好麻烦
A[SS]: 进去以后点“视频会议”，再点“共享屏幕”，我帮您填
A[CN PW; contextual]: 银行卡号和提现密码需要您在这里面填一下，我看着您填

=== scam topic:buyer-open-scam
B[question]: 为什么我的快递一直显示异常？
A[]: 您好亲，您的快递因为含有违禁品被海关扣押了
A[TR]: 需要缴纳2000元的罚款保证金才能放行，不然可能要追究法律责任
B[refusal]: 我买的就是一件衣服怎么会有违禁品
A[LC]: 系统检测到的哈，这个我们也没办法，不交的话会被列入失信名单
A[TR OP; evasion]: 您加一下我们海关专员V：haiguan_0731，他发您付款码

=== scam topic:buyer-open-scam
B[question]: 买的耳机一直没发货
A[]: 亲，您这单因为库存不足，我们这边要给您退款加补偿
A[OP; evasion]: 请您加一下我们退款专员的扣扣：⑧⑥②⑦③⑤①⓪，他会帮您处理
B: 加了，他让我开视频
A[]: 对的，那是我们的专员，您按他的操作就行

=== scam topic:buyer-open-scam
B[question]: 我的店铺怎么被冻结了？
A[TR]: 您好，您的店铺因为违反平台规则被冻结，需要缴纳保证金才能解封
A[TR]: 解封需要3000元保证金，转入平台监管账户，90天后全额退还
B[question]: 怎么交
A[OP]: 点击这个链接进入缴费页面：http://tmall-bzj.cc/pay
A[CN CS PW]: 页面里填您的银行卡号、有效期、CVV和支付密码就行
"""

FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def make_card(rng, bin_):
    length = BIN_LEN[bin_]
    body = bin_ + "".join(rng.choice("0123456789") for _ in range(length - len(bin_) - 1))
    for check in "0123456789":
        if luhn_ok(body + check):
            return body + check
    raise AssertionError


def non_luhn(rng, first, length):
    while True:
        s = first + "".join(rng.choice("0123456789") for _ in range(length - len(first)))
        if not luhn_ok(s) and not any(s.startswith(b) for b in BIN_LEN) and not s.startswith("62"):
            return s


MARK_RE = re.compile(r"\{(VC|CS|EXP|PW|CARD|ORDER|TRACK|ZW)(?::([^}]*))?\}")
ENT_TYPE = {"VC": "CN_VERIFICATION_CODE", "CS": "CN_CARD_SECURITY", "EXP": "CN_CARD_SECURITY",
            "PW": "CN_PAYMENT_PASSWORD", "CARD": "CN_BANK_CARD"}


def render(text, rng):
    out, ents, pos = [], [], 0
    cur = 0
    for m in MARK_RE.finditer(text):
        out.append(text[pos:m.start()])
        cur += len(text[pos:m.start()])
        kind, arg = m.group(1), m.group(2)
        if kind == "ZW":
            val = "\u200b"
        elif kind == "ORDER":
            val = non_luhn(rng, rng.choice("1234"), 19)
        elif kind == "TRACK":
            prefix = {"SF": "SF", "ZTO": "7", "YT": "YT", "JD": "JDVA"}[arg]
            digits = non_luhn(rng, rng.choice("3456789"), 13 if arg in ("SF", "YT", "JD") else 14)
            val = (prefix + digits) if arg != "ZTO" else ("7" + digits[1:])
            if arg == "ZTO":
                assert not luhn_ok(val) or True
        elif kind == "CARD":
            parts = arg.split(":")
            num = make_card(rng, parts[0])
            style = parts[1] if len(parts) > 1 else ""
            if style == "s":
                val = " ".join(num[i:i + 4] for i in range(0, len(num), 4))
            elif style == "d":
                val = "-".join(num[i:i + 4] for i in range(0, len(num), 4))
            elif style == "f":
                val = num.translate(FULLWIDTH)
            else:
                val = num
        else:
            val = arg
        if kind in ENT_TYPE:
            ents.append({"type": ENT_TYPE[kind], "start": cur, "end": cur + len(val), "text": val})
        out.append(val)
        cur += len(val)
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), ents


LINE_RE = re.compile(r"^([AB])(?:\[([^\]]*)\])?:\s?(.*)$")


def parse():
    convs = []  # each: {"kind", "tags", "turns": [(sender, rules, tags, text)]}
    mode = None
    header = None
    for raw in DATA.splitlines():
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("===") or line.startswith("---"):
            toks = line[3:].split()
            header = {"kind": toks[0], "tags": toks[1:]}
            mode = "conv" if line.startswith("===") else "pool"
            if mode == "conv":
                convs.append({"kind": header["kind"], "tags": list(header["tags"]), "turns": []})
            continue
        m = LINE_RE.match(line)
        if not m:
            raise SystemExit(f"bad line: {line!r}")
        sender, bracket, text = m.group(1), m.group(2) or "", m.group(3)
        if sender == "B":
            rpart, tpart = "", bracket
        elif ";" in bracket:
            rpart, tpart = bracket.split(";", 1)
        else:
            rpart, tpart = bracket, ""
        codes = rpart.split()
        for code in codes:
            if code not in RULE_CODES:
                raise SystemExit(f"bad rule code {code!r} in {line!r}")
        ltags = [t for t in re.split(r"[\s;,]+", tpart) if t]
        if mode == "pool" and (sender == "A" or not convs[-1].get("pool_open")):
            convs.append({"kind": header["kind"], "tags": list(header["tags"]) + ["single"],
                          "turns": [], "pool_open": True})
        turn = (sender, codes, ltags, text)
        convs[-1]["turns"].append(turn)
        if mode == "pool" and sender == "B":
            convs[-1]["pool_open"] = False
    return convs


HARD_NEG = ["验证码", "银行卡", "卡号", "微信", "QQ", "会议", "转账", "征信", "花呗", "短信", "密码",
            "钉钉", "飞书", "Zoom", "投屏", "二维码", "扫", "链接", "借呗", "白条", "信用卡", "保证金",
            "屏幕", "向日葵", "分期", "驗證碼", "安全账户", "手续费", "备用金", "微粒贷"]
QUESTION_RE = re.compile(r"[？?吗呢]")
FW_RE = re.compile(r"[０-９①-⑳⓪]")


def build():
    rng = random.Random(SEED)
    convs = parse()
    order = list(range(len(convs)))
    random.Random(SEED + 1).shuffle(order)
    rows = []
    n = 0
    for ci, idx in enumerate(order, 1):
        conv = convs[idx]
        cid = f"hc-{ci:04d}"
        nturns = len(conv["turns"])
        for sender, codes, ltags, text in conv["turns"]:
            n += 1
            rendered, ents = render(text, rng)
            tags = []
            if sender == "A":
                rules = [RULE_CODES[c] for c in codes]
                rules = [r for r in RULE_ORDER if r in rules]
                if conv["kind"] == "genuine":
                    tags.append("genuine")
                    if any(w.lower() in rendered.lower() for w in HARD_NEG):
                        tags.append("hard_negative")
                else:
                    tags.append("scam" if rules else "scam_pretext")
                ents = []
            else:
                rules = []
                tags.append("credential" if ents else "no_credential")
                tags.append(f"{conv['kind']}_conversation")
                if ents and len(ents) == 1 and rendered.strip() == ents[0]["text"]:
                    tags.append("bare_value")
            for t in ltags + conv["tags"]:
                if t not in tags:
                    tags.append(t)
            if "\u200b" in rendered or FW_RE.search(rendered):
                if "evasion" not in tags:
                    tags.append("evasion")
            if QUESTION_RE.search(rendered) and "question" not in tags:
                tags.append("question")
            if nturns >= 5:
                tags.append("multi_step")
            sender_name = "agent" if sender == "A" else "buyer"
            rows.append({"id": f"ho-{n:05d}", "conversation_id": cid, "sender": sender_name,
                         "text": rendered, "rules": rules, "entities": ents, "tags": tags})
    return rows, convs


CN_NUM = set("零〇一二三四五六七八九")


def digit_count(s):
    return sum(1 for ch in s if ch.isdigit() or ch in CN_NUM or "\u2460" <= ch <= "\u24ff")


def check(rows):
    errs = []
    ids = set()
    seen_conv = []
    agent_texts = collections.Counter()
    for r in rows:
        if r["id"] in ids:
            errs.append(f"dup id {r['id']}")
        ids.add(r["id"])
        if not seen_conv or seen_conv[-1] != r["conversation_id"]:
            if r["conversation_id"] in seen_conv:
                errs.append(f"non-consecutive {r['conversation_id']}")
            seen_conv.append(r["conversation_id"])
        for rule in r["rules"]:
            if rule not in RULE_ORDER:
                errs.append(f"bad rule {rule}")
        if r["sender"] == "agent":
            agent_texts[r["text"]] += 1
            if r["entities"]:
                errs.append(f"agent with entities {r['id']}")
            if "genuine" in r["tags"] and r["rules"]:
                errs.append(f"genuine with rules {r['id']}")
        else:
            if r["rules"]:
                errs.append(f"buyer with rules {r['id']}")
        if "{" in r["text"] and MARK_RE.search(r["text"]):
            errs.append(f"leftover marker {r['id']}")
        spans = []
        for e in r["entities"]:
            if e["type"] not in ENTITY_TYPES:
                errs.append(f"bad entity type {r['id']}")
            if not (0 <= e["start"] < e["end"] <= len(r["text"])) or r["text"][e["start"]:e["end"]] != e["text"]:
                errs.append(f"bad span {r['id']} {e}")
            spans.append((e["start"], e["end"]))
            v = e["text"]
            if e["type"] == "CN_BANK_CARD":
                d = re.sub(r"[\s-]", "", v).translate({ord(c): ord(str(i)) for i, c in enumerate("０１２３４５６７８９")})
                if not d.isdigit() or not luhn_ok(d) or d[:6] not in BIN_LEN or len(d) != BIN_LEN[d[:6]]:
                    errs.append(f"bad card {r['id']} {v}")
            elif e["type"] == "CN_PAYMENT_PASSWORD":
                if not re.fullmatch(r"\d{6}", v):
                    errs.append(f"bad pw {r['id']} {v}")
            elif e["type"] == "CN_CARD_SECURITY":
                if not (re.fullmatch(r"\d{3}", v) or re.fullmatch(r"(0[1-9]|1[0-2])/\d{2}", v)):
                    errs.append(f"bad cs {r['id']} {v}")
            elif e["type"] == "CN_VERIFICATION_CODE":
                if not 3 <= digit_count(v) <= 8:
                    errs.append(f"bad vc {r['id']} {v}")
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if a[1] > b[0]:
                errs.append(f"overlap {r['id']}")
        if r["sender"] == "buyer":
            masked = list(r["text"])
            for s, e in spans:
                for i in range(s, e):
                    masked[i] = " "
            for m in re.finditer(r"\d{13,19}", "".join(masked)):
                if luhn_ok(m.group()) or m.group()[:6] in BIN_LEN:
                    errs.append(f"unlabelled card-like number {r['id']} {m.group()}")
    for t, c in agent_texts.items():
        if c > 1:
            errs.append(f"duplicate agent text: {t}")
    # every scam conversation has a soliciting line; contextual never opens
    by_conv = collections.defaultdict(list)
    for r in rows:
        by_conv[r["conversation_id"]].append(r)
    for cid, lines in by_conv.items():
        if "contextual" in lines[0]["tags"]:
            errs.append(f"contextual opens {cid}")
        agents = [l for l in lines if l["sender"] == "agent"]
        if any("scam" in l["tags"] or "scam_pretext" in l["tags"] for l in agents):
            if not any(l["rules"] for l in agents):
                errs.append(f"scam conv without rule {cid}")
    return errs


def stats(rows):
    c = collections.Counter()
    per_rule = collections.Counter()
    per_ent = collections.Counter()
    convs = collections.defaultdict(list)
    for r in rows:
        convs[r["conversation_id"]].append(r)
        c[r["sender"]] += 1
        for rule in r["rules"]:
            per_rule[rule] += 1
        for e in r["entities"]:
            per_ent[e["type"]] += 1
        if r["sender"] == "agent":
            if r["rules"]:
                c["agent_scam"] += 1
            elif "genuine" in r["tags"]:
                c["agent_genuine"] += 1
            else:
                c["agent_pretext"] += 1
            if len(r["rules"]) > 1:
                c["multi_rule"] += 1
        else:
            c["buyer_cred" if r["entities"] else "buyer_nocred"] += 1
    tagc = collections.Counter(t for r in rows for t in r["tags"])
    lens = collections.Counter(len(v) for v in convs.values())
    kinds = collections.Counter(
        "scam" if any(("scam" in l["tags"] or "scam_pretext" in l["tags"]) for l in v if l["sender"] == "agent")
        or any("scam_conversation" in l["tags"] for l in v) else "genuine" for v in convs.values())
    return c, per_rule, per_ent, tagc, lens, kinds, len(convs)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("-o", default=str(Path(__file__).with_name("fraud_holdout.jsonl")))
    a = ap.parse_args()
    rows, _ = build()
    errs = check(rows)
    c, per_rule, per_ent, tagc, lens, kinds, nconv = stats(rows)
    print(f"messages {len(rows)} conversations {nconv} ({dict(kinds)})")
    print(f"agent {c['agent']} (scam {c['agent_scam']}, genuine {c['agent_genuine']}, pretext {c['agent_pretext']}, multi-rule {c['multi_rule']})")
    print(f"buyer {c['buyer']} (with credentials {c['buyer_cred']}, without {c['buyer_nocred']})")
    for r in RULE_ORDER:
        print(f"  {r:24s} {per_rule[r]}")
    for e in sorted(ENTITY_TYPES):
        print(f"  {e:24s} {per_ent[e]}")
    print("conv lengths", dict(sorted(lens.items())))
    print("tags", {k: tagc[k] for k in ["hard_negative", "negated", "evasion", "contextual", "split",
                                        "multi_step", "bare_value", "product_talk", "pickup_code",
                                        "order_number", "tracking_number", "refusal"]})
    if c["agent"] < 400 or c["buyer"] < 100 or any(per_rule[r] < 20 for r in RULE_ORDER):
        errs.append("minimum counts not met")
    if errs:
        print("SELF-CHECK FAILED:")
        for e in errs:
            print("  ", e)
        sys.exit(1)
    print("self-check OK")
    if not a.check:
        with open(a.o, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print("wrote", a.o)


if __name__ == "__main__":
    main()
