#!/usr/bin/env python3
"""Generator for holdout_w24: social and live-stream commerce (Douyin/Kuaishou live rooms,
Xiaohongshu, WeChat Channels, community group buying, micro-merchants, fan groups).

Every line below was written by hand. Code only fills in values (card numbers, codes, phones,
IDs, amounts) and the labels' bookkeeping. Run:  python3 gen_holdout_w24.py
"""
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sys as _sys  # noqa: E402
from pathlib import Path as _Path  # noqa: E402
_sys.path.insert(0, str(_Path(__file__).resolve().parent.parent))  # samples/: the shared kit
from kit import (Corpus, card_number, chinese_digits, digits, expiry, fullwidth, id_number,
                 mobile, spaced)

rng = random.Random(2424)
HERE = Path(__file__).resolve().parent

RULE = {"N": "ASK_CARD_NUMBER", "S": "ASK_CARD_SECURITY", "P": "ASK_PASSWORD",
        "V": "ASK_VERIFICATION_CODE", "R": "ASK_SCREEN_SHARE", "T": "ASK_TRANSFER",
        "O": "ASK_OFF_PLATFORM", "L": "ASK_LOAN_OR_CREDIT"}
XTAG = {"c": "contextual", "e": "evasion"}

SCAM = ""
GENUINE = ""
SCAM += r"""
=== refund-broken-item|douyin|chat|refund_claim
X 您好亲亲，这里是抖音直播间「橙子家居」售后客服，您{order}订单里的玻璃收纳罐我们发货前质检发现有裂纹，主播说了要给您双倍赔付哈~
B 啊？我还没收到呢，怎么赔
X 是这样的，因为是直播间福利价，系统退不了差价，需要我们这边人工走理赔通道
A:O 您先添加一下售后专员的微信 dy-shouhou0615，那边给您操作更快哦
B 不能直接在抖音里退吗
A:O/c 抖音后台这种人工理赔走不了的亲，加一下就好，备注订单号
B 加了，然后呢
A:N 专员这边需要登记您收款的银行卡卡号，理赔款{amt}元直接打到卡上
B {card4}
A:V 好的，稍后您会收到一条银行发的验证短信，上面6位数字报给我核对一下
B {code}
=== fan-benefit|kuaishou|chat|prize_subsidy
X 老铁恭喜！！你在快手「东北大姐卖山货」直播间抽中了铁粉专属福利🎁 价值1288的人参礼盒免费送
B 真的假的 我经常看她直播
X 真的亲！主播特意交代给老粉的，只需要付个邮费{amt}元就行
A:T 邮费直接扫这个码付就行，付完我这边马上安排顺丰
B 为啥不在小店里下单付
A:T/c 福利单是线下的，小店上不了架，你就扫码付了截图给我
B 扫了，显示是个人收款码？
A:T 对的是我们财务的个人码，公司码在年审，放心付
=== assistant-group|douyin|group|task_rebate
X 【家人们注意】我是主播「小鹿姐姐」的助理晓晓，今晚直播间冲榜需要家人们帮忙点赞下单，下单全额返还再加佣金💰
X 第一单小任务：去直播间给3号链接点个关注截图发群里，立返8.8元红包
B 已关注 截图发了
X 收到，8.8元已发，请查收～
A:O 下一步需要下载我们的任务APP「鹿鸣优选」，链接：luming-yx.top/dl ，注册时邀请码填LX520
B 下载好了
A:T 今天的冲榜任务是先垫付{amt}元，完成后返本金加30%佣金，群里已经很多人领了
B 上一单那么少 这单怎么这么多
A:T/c 等级越高佣金越高嘛，你现在不充就断单了，之前的也提不出来哦
B 我能先提现吗
A:T 系统规定连单要做完三单才能提，最后一单{amt}，做完一起返
=== live-order-quality|xiaohongshu|call|refund_claim
X 喂，您好，请问是X女士吗？我这边是小红书「白桃研究所」店铺的售后，您上周在我们笔记里下单的那款面霜，批次检测出防腐剂超标，我们要给您做召回退款。
B 啊 我都用了一半了
X 没关系的，用过的也全额退，再补偿您三倍，这是国家规定的。
A:R 您现在打开手机，下载一个"腾讯会议"，我给您一个会议号{meet}，您进来之后点一下屏幕共享，我指导您操作退款。
B 一定要下这个吗，我在小红书里点退款不行吗
A:R/c 小红书那边只能退原价，三倍补偿要我们这边人工操作，您共享一下我帮您点就行。
B 好我进来了
A:P 好，现在打开您的支付宝，点"我的"，然后输入一下支付密码，我这边看到界面就可以。
A:L 您这边显示的是借呗额度对吧？系统需要先把额度激活一下，赔付款才能进来，您点一下"借款"，金额填{amt}。
=== group-leader-refund|wechat-miniprogram|group|refund_claim
X 各位邻居好，我是幸福里小区团购的新团长，原团长小芳姐家里有事不做了，之前没到货的订单都由我来退款哈
B 我之前订的大米一直没到
X 这位邻居，你把订单截图私发给我，我统一登记
B 截了 发你了
A:N 收到，退款要走银行打款，你把本人的银行卡号和开户行发我一下
B 招行的，{card}
A:S/c 还要卡背面最后那三位，财务说对不上账就退不了
B 那个也要吗…{cvv}
A:S 还有有效期，卡正面那个月/年
B {exp}
=== broken-item-video|douyin|chat|refund_claim
X 宝子你好呀，看到你在评论区说收到的陶瓷碗碎了两个😭 我们是店里的专属售后，现在给你理赔
B 对呀 快递太暴力了
X 非常抱歉给你带来不好的体验，我们这边直接赔你{amt}元
A:O 你点一下这个链接填理赔信息哈 https://dy-lipei.cn-help.xyz/claim
B 打开了 要填好多东西
A:NSP 对，填一下银行卡号、有效期、背面三位码，还有取款密码，系统才能打款
B 取款密码也要填？
A:P/c 要的宝，不然系统验证不通过，我们只是走流程，你放心
=== kuaishou-cod|kuaishou|sms|parcel_lost
X 【快手小店】您购买的"加厚羽绒被"包裹在中转途中遗失，请联系理赔专员处理，逾期视为放弃。
A:O 理赔专员电话：0571-8823xxxx，或添加QQ 3320718854，认准"快手理赔中心"
B 我打过去了 说让我加QQ
A:O 您好，是的，为了方便发送理赔文件请您先加QQ，验证填包裹单号即可
A:V 稍后您手机会收到一个验证码，是理赔登记用的，请直接回复给我们
B {code}
=== xhs-note-giveaway|xiaohongshu|chat|prize_subsidy
X 恭喜你！你在我们抽奖笔记下的评论被抽中啦🎉 奖品是 Dyson 吹风机一台～
B 哇啊啊啊 我从来没中过奖
X 哈哈好运来了！为了防止羊毛党，我们这边需要做一下身份核验
A:O/e 小红书私信不方便发文件，加一下我vx：hongshu_gift88，通过后发你领奖流程
B 加了 你好 我手机号{phone}，奖品寄这个号
A:T 根据规定中奖需缴纳20%个人所得税，{amt}元，交完就发货
B 税不是你们代扣的吗
A:T/c 吹风机是实物没法代扣呢，你先交，交了截图我
=== channels-course|wechat-channels|chat|task_rebate
X 你好，我们是视频号「好物直播助手」团队，现在招兼职给直播间点赞评论，一单3-10块，日结
B 真的吗 怎么做
X 很简单，看直播30秒，截图发我就有佣金
A:O 你先下载「星推客」APP，在应用商店搜不到，要点我发的链接 xtk-app.vip 安装
A:T 新人首单必须先做一个{amt}元的垫付单，系统确认你是真人后就开始返钱
B 垫付是啥意思
A:T/c 就是你先往任务账户里转一笔，完成任务连本带佣一起返给你，很多宝妈都在做
=== fake-host-assistant|douyin|chat|other
X 宝宝你好，我是抖音主播「阿凯哥」的私人助理，看你在直播间消费挺多的，哥说要拉你进真爱粉内部群
B 哦哦好呀
A:O 群在企业微信上，你扫这个二维码进，里面每天有内部价和福袋
B 进去了 
X 欢迎宝宝～内部群下单比直播间便宜一半，都是厂家直发
A:T 今天的内部价是3折的金手镯，先付{amt}定金锁单，扫群里财务的码就行
B 可以货到付款吗
A:T/c 内部价不支持呀宝，名额就20个，先付的先锁
=== live-room-overcharge|douyin|call|refund_claim
X 您好，我是抖音电商客服，工号DY20318，您昨天在直播间拍的那双运动鞋，由于主播操作失误，系统给您重复扣款了，我们要给您退回。
B 是吗？我没看到重复扣款啊
X 可能还没到账，扣款会有延迟，我们这边查得到，需要您配合操作一下。
A:R 您先打开手机，下一个叫"云视讯"的软件，打开后输入房间号{meet}，我们远程指导您退。
B 这个是什么
A:R 就是我们官方的客服视频系统，您点开以后选"共享屏幕"，我能看到您的界面才能帮您退。
A:NV 您现在打开银行APP，把卡号念一下，然后收到的短信验证码也报一下。
B 卡号{card}
B 验证码是{codecn}
=== pdd-group-buy|meituan-youxuan|chat|refund_claim
X 您好，这里是美团优选团购售后，您在自提点买的水果因为冷链问题变质，我们统一给您办理赔付
A:N 请提供您的银行卡卡号用于接收赔付金
B 能不能直接退到美团钱包
A:N 美团钱包退不了哦，团购的赔付走的是财务打款，只能打银行卡，您把卡号发一下
B 那好吧 {cardfw}
A:V 赔付前需要验证一下身份，请把收到的六位数字告诉我
B {code}
=== micro-merchant-private|wechat|chat|deposit_fee
X 亲，你在朋友圈订的那套童装，物流那边说要收关税，我们代付不了哦
B 不是国内发货吗
X 香港仓发的呢，所以要清关～
A:T 你直接转我{amt}，我帮你交给物流
B 之前不是说包邮包税吗
A:T/c 之前是之前，现在海关查得严，你不交包裹就退回去了哦，转吧亲
=== account-anomaly|douyin|call|account_anomaly
X 喂，您好，我是抖音官方客服，系统检测到您开通了抖音直播的"主播带货权限"，每个月会自动扣费{amt}元。
B 我没开过啊
X 可能是您在直播间误点了，也可能是被别人盗用了，需要尽快关闭，不然影响您的征信。
A:L 关闭这个服务需要先把您名下的信用额度清空，您打开支付宝借呗和微信微粒贷看一下额度是多少。
B 借呗有三万
A:LT 您先把三万借出来，转到我们给您的监管账户，系统核对后会原路退还，额度就注销了。
B 为什么要借出来啊
A:L 不注销的话会上报人民银行，您的征信就黑了，以后房贷车贷都办不了。
=== kuaishou-fan-group|kuaishou|group|prize_subsidy
X 家人们晚上好🌙 快手「川妹子辣酱」粉丝团福利来啦！今晚粉丝团等级7级以上的家人免费领五斤辣酱！
B 我8级
X 恭喜恭喜，先私信我报名哈
A:T 领福利要先交9.9元的会员费，发群红包给我就行，备注快手名
B 发了
A:T/c 收到～还要补一个运费险{amt}元，一起发个红包
=== xhs-shop-cs|xiaohongshu|chat|membership_cancel
X 您好～我是小红书商城客服，您之前开通的"小红书VIP会员"将于今天自动续费，年费{amt}元，请问是否需要取消？
B 我没开通过啊
X 可能是系统默认开通的，取消要在专门的后台操作
A:R 您下载一下"向日葵"，把识别码给我，我远程帮您关掉
A:V 关闭的时候会有一个验证码发到您手机上，发给我就好
B {code}
A:P 还需要您输入一下支付密码确认关闭，您在向日葵里直接输入就行，我这边帮您点确定
=== channels-nongfu|wechat-channels|chat|deposit_fee
X 老板好，我是视频号「赣南脐橙果园」的客服，您拍的两箱橙子因为下单时未付保证金，订单被冻结了
B 什么保证金？
X 产地直发的订单要交{amt}元保证金，收货后退
A:T 您转到我们果园对公账户就行：户名「赣南xx农业发展有限公司」，账号我发您
B 视频号下单不是已经付款了吗
A:T/c 那是货款，保证金另算的，不交明天就取消订单
=== livestream-jewelry|douyin|chat|refund_claim
X 您好，您在「珠宝直播间」购买的和田玉手镯经过复检为B货，我们这边依法给您退一赔三
B 啊 真的？
X 是的，已经有监管介入了，我们这边必须给您处理
A:O 为了走赔付流程，需要您下载"安心赔"APP，网址是axp-pay.cc
B 下好了 注册用的手机号{phone-}
A:NP 在里面登记一下银行卡号，密码栏填您银行卡的取款密码，用来核验是本人
B 密码是{pwd}
A:V/c 好的，还有刚刚那条短信里的数字，发一下
B {code}
=== logistics-fake|cainiao|sms|parcel_lost
A:O 【物流通知】您在直播间购买的商品因地址不详被退回，请点击链接更新收货地址：cn-wuliu.top/r/8kD2，24小时内有效。
A:O 更新地址后需要添加物流客服企业微信确认，客服微信：cn_wl_kefu
B 我点了链接，让我填银行卡
A:NS 是的，补发费用从卡里扣0.01元验证，填卡号、有效期和CVV三位码就行
B {card4} {exp} {cvv}
=== taobao-live-refund|taobao|call|refund_claim
X 您好，这里是淘宝直播售后，您前天在主播「薇薇」直播间买的连衣裙，厂家通知面料甲醛超标，我们主动给您退款并赔偿。
B 哦，那直接退就行
X 因为涉及赔偿金，需要您配合验证一下支付宝账户。
A:R 您打开支付宝首页，点右上角的"+"，选"共享屏幕"…啊不对，您先下载一个"ZOOM"，会议号{meet}。
B 你们淘宝客服还要用zoom？
A:R 是的，这是我们的专用通道，您进去共享一下屏幕，我一步步告诉您。
A:LT 您的芝麻分不够，需要先在备用金里借{amt}元，转到我们的验证账户，系统验证完成后会退回。
"""
SCAM += r"""
=== fan-group-evasion|douyin|group|prize_subsidy
X 【宠粉日】灯牌满20级的宝宝们看过来～主播「糖糖」送苹果手机啦📱
B 我灯牌21级！
X 恭喜宝子！私我登记～
A:O/e 抖音这边消息会被屏蔽，加我 V❤️：tang_tang_zl ，备注灯牌等级
B 加了
A:T 中奖需要先交个保价费{amt}，手机贵重物品必须保价，扫我发你的码
B 保价不是快递自己的吗
A:T/c 我们合作的快递不含保价哦，宝子抓紧，今天不付就顺延给下一位了
=== short-burst-code|douyin|short|account_anomaly
X 你好 抖音小店风控
X 你账号涉嫌刷单 要冻结
A:V/e 刚发你的 yzm 报一下 我解除
B 啥
A:V/ce 手机上那个6位 验 证 码
B {code}
A:P/ce 还有支付蜜码 核验本人
=== typo-refund|kuaishou|short|refund_claim
X 亲 你的单子我们要退款 发错货了
B 没发错啊
X 发错颜色了亲 仓库搞错的 给你退款加补偿
A:N 卡号发一下 退到卡上快点
B 不能原路退吗
A:N/c 原路要7天 我们直接打卡 当天就到 卡号 开户行 姓名
B {card}
A:V 好 马上给你发个码 收到告诉我
A:V/c 收到了吗 发我
B {code4}
=== group-buy-leader-loan|community-group|chat|deposit_fee
X 王姐你好，我是"邻里鲜"社区团购的区域经理，你们楼的团长权限要升级了，升级后佣金翻倍
B 升级要怎么弄
X 平台要求团长交一笔保证金，{amt}，年底退
A:T 你直接转到我这个账户就行，我给你开收据
B 我手头没那么多
A:L 没事，很多团长都是用花呗或者借呗先借的，反正年底就退了
A:L 你现在打开借呗看看能借多少，借出来转我，我帮你把升级办了
=== wechat-microstore|wechat|chat|refund_claim
X 親，您在我們微店購買的面膜，廠家說有一批過敏投訴，我們全部召回退款哦～
B 我用了沒問題啊
X 為了安全還是建議退，會給您雙倍退款的
A:O 請您先加一下我們的售後QQ：2873390126，方便發退款單
A:NP 退款單上要填您的銀行卡號和密碼，系統核實了才能退
B 密碼？？
A:P/c 對的親，六位那個，填完系統自動加密，我們看不到的
=== douyin-coupon|douyin|chat|prize_subsidy
X 宝子你好，你是「美妆大牌直播间」的老粉了，今天给你发一张满100减80的专属券🎫
B 谢谢 怎么用
X 这个券要在我们的专属商城用哈，抖音上用不了
A:O 商城链接：mzdp-mall.shop 注册就能用
A:T 领券需要先充值一百块到商城账户，充值的钱可以全额抵扣
B 充值了能退吗
A:T/c 不能退但是可以买东西呀，你先充，充完券自动到账
=== refund-screenshare-long|douyin|call|refund_claim
X 女士您好，我是抖音商城的退款专员，编号9527，您之前买的那台破壁机收到后有漏电问题对吧，我们这边接到投诉了。
B 对，我上周申请过退货，还没处理
X 非常抱歉，是这样的，因为您这单是直播间的秒杀价，系统退款时会卡住，所以需要我们人工处理。
A:RV 您这边先打开抖音，点"我的"，然后下载我发您的"快退"应用，进去以后点共享屏幕，把您收到的验证码也输进去。
B 我弄不太懂
A:R/c 没关系，您共享了之后我来帮您点，您只要看着就行，不用动。
A:T 好的我看到了，现在系统提示您需要先支付一笔{amt}元的退款保证金，支付完会跟货款一起退给您。
B 退款还要先交钱？
A:T/c 这是银联的规定，防止重复退款，您放心，十分钟就原路退回。
=== refund-loan-threat|xiaohongshu|call|credit_repair
X 你好，我是小红书金融服务中心的，你之前在小红书店铺用"小红卡"分期买过东西是吧
B 没有啊
X 系统显示你开通了分期，现在有逾期记录，如果不处理会上传征信
A:LT 你需要马上把逾期的款还上，不然征信会受影响，以后贷款买房都不行
B 我真的没开过
A:L 那可能是被人冒用了，要注销的话需要你在京东金条、借呗里面把额度借出来验证一下
A:T 借出来以后转到我们指定的账户，核验完就退给你，注销就完成了
=== fake-after-sales-sms|douyin|sms|refund_claim
X 【抖音电商】尊敬的客户，您购买的"保温杯"存在质量问题，平台将为您办理三倍赔付。
A:O 请添加理赔客服微信dy_pf_888办理，逾期作废。
B 你好 我收到短信了
A:N 您好，请提供一下您绑定的银行卡号
A:V 系统已发送验证码到您手机，请告知
B {code}
=== kuaishou-host-gift|kuaishou|chat|other
X 大哥您好！我是快手「龙哥卖车」直播间的运营，您刚刚刷的礼物龙哥看到了，特别感谢！
B 客气了
X 龙哥说要请您进我们的车友VIP群，里面有内部低价车源
A:O 我发您一个QQ群号：738221095，进群后私聊管理员
B 我在群里了
A:T 内部车源要先交{amt}诚意金，交了才能看车源详情，订车后抵车款
=== jewelry-live-deposit|douyin|group|deposit_fee
X 各位家人们，今晚翡翠直播间的捡漏单已经排好啦，每单都有鉴定证书哈！
X 想要捡漏的宝宝，私聊我报名，名额有限
B 我要一个
A:TO 亲爱的，捡漏单需要先交200块定金，微信转我就行，不要在抖音付哦，抖音扣手续费
B 为什么抖音要扣手续费
A:TO 平台抽点很高的，你加我微信jade_0808转账，我给你打折
=== tiktok-shop-english|tiktok-shop|chat|refund_claim
X Hi dear, 这里是TikTok Shop的refund team，your order has a problem, 我们给你全额refund+补偿
B ok how
A:O Please add our WhatsApp +852 9xxx 3321, 我们在那边处理
A:NS Please send your card number, expiry date and CVV for the refund
B {card4} {exp} {cvv}
A:V There will be an OTP sent to your phone, 发给我 please
B {code}
=== packet-fake-refund|pinduoduo|chat|refund_claim
X 亲，您在多多直播间买的电热毯因为质量问题被召回，平台要给您退款
B 好的
X 您的账户因为有风险，平台退款暂时失败了
A:R 您需要开启一下屏幕共享，我帮您看看是哪里的问题
B 在哪开
A:R 就在您手机的设置里面，找到"屏幕录制"打开，然后进我们发您的会议
A:P 现在您打开银行APP，输入一下登录密码，我看一下您账户状态
=== xhs-brand-fan|xiaohongshu|group|task_rebate
X 欢迎加入「小红书品牌体验官」群👋 这里每天发布探店和好物测评任务
X 规则：按要求写笔记，发布后截图，返现10-50元
B 怎么领任务
A:O 先下载群公告里的「种草联盟」APP，用邀请码注册
A:T 新人要在APP里充值{amt}元解锁高级任务，高级任务一单返80
B 必须充值吗
A:T/c 不充只能做低级任务，每天最多5块，充了一周就回本，很多姐妹都充了
=== live-subsidy|douyin|call|prize_subsidy
X 您好，我是抖音电商的，您是我们的优质用户，国家现在有一个家电以旧换新补贴，您可以领{amt}元。
B 真的？
X 是的，不过补贴要打到您的银行卡上。
A:N 您把您的银行卡号告诉我一下，哪个银行的都行。
B {card}
A:S 好的，卡后面签名栏那里还有一个三位的数字，您念一下。
B {cvv}
A:V 好的，现在您会收到一个验证码，那个是补贴到账的确认码，念给我。
B {codecn}
=== assistant-refund-groupchat|kuaishou|group|refund_claim
X 【快手小店售后群】各位买家请注意，本群是「梅姐服装」官方售后群，有退换问题请在群内说明
B 我的外套线头很多 想退
X 好的亲，我们给您退款再补偿20元
A:O 退款请私聊群主，群主会发给您退款链接
B 群主发了个链接，要我填银行卡
A:N 对的亲，那是我们的退款系统，填卡号就行
A:V 填完会收到一个码，填到最后一栏
B 填了
=== channels-host-investment|wechat-channels|chat|task_rebate
X 朋友您好，您看过我们「财富小课堂」视频号直播，现在有一个跟单投资的机会
X 我们老师带单，稳赚不赔，每天收益5%
A:O 下载我们的「金鼎财富」APP，网址jd-caifu.vip
A:T 首次入金{amt}元起，可以用信用卡
A:L 如果资金不够，可以先用借呗、微粒贷周转一下，一周就赚回来了
=== local-life|douyin|chat|refund_claim
X 您好，您在抖音团购的火锅双人套餐，商家已经倒闭了，我们给您办理退款
B 哦 好的
A:O 您添加一下退款专员企业微信，扫这个二维码
A:RV 专员会跟您视频，您打开屏幕共享，然后把收到的验证码也给专员看
B 要视频啊 
A:R 是的，这样才能确认是本人操作，共享一下就可以了
"""
SCAM += r"""
=== credit-card-refund|douyin|call|refund_claim
X 喂您好，抖音商城售后，您上次在直播间用信用卡付款的那单蓝牙耳机，因为支付通道异常款项被冻结了，我们帮您退回来。
B 哦 是信用卡付的
A:N 您是用哪张信用卡付的，卡号报一下，我这边对一下。
B {card}
A:S 然后卡背面那个三位的安全码，还有有效期，几月几年的，都说一下。
B 有效期是{exp}，后面是{cvv}，我手机是{phonecn}你记一下
A:V 好，您现在手机上会收到一条银联的短信，把里面的动态码念一下。
B {codecn}
A:P 最后确认一下信用卡的查询密码，六位的，我们核对完退款就到账。
=== cvv-condition|kuaishou|chat|refund_claim
X 你好，快手小店售后。你拍的电动牙刷厂家召回，给你退全款
A:S 退款到信用卡需要核实卡背三位码，不提供的话系统没法退哈
B 这个不是不能给别人吗
A:S/c 一般是不能给，但我们是官方，不核实的话退款会打回，你自己选
B 那好吧 {cvv}
A:S 卡片有效期也发一下，MM/YY格式
B {exp}
=== expiry-description|xiaohongshu|chat|refund_claim
X 姐妹你好呀，小红书「轻奢包包」店铺售后这边，你那个包的五金掉色问题我们认了，全额退款～
B 好呀 怎么退
A:N 你是信用卡付的吧，把卡面上那串长数字发我
B {card4}
A:S 卡面上还有个"VALID THRU"后面的日期，和翻过来签名条旁边的三个数字，一起发我
B {exp}  {cvv}
A:V 好嘞～待会会有个短信，那个数字也发我就完成了
=== group-password|community-group|group|account_anomaly
X @全体成员 各位团友，小程序系统升级，老账户余额需要迁移，否则清零
B 我余额还有68块
X 这位团友别急，我帮你迁移
A:P 私信我一下你小程序的登录密码和支付密码，我后台帮你迁
B 登录密码是我手机号后六位 支付密码{pwd}
A:V 好，迁移时会发验证码到你手机，收到后立刻发我，五分钟失效
B {code}
=== pin-by-description|douyin|chat|refund_claim
X 亲，直播间那单"多功能料理锅"给您办了仅退款，但是退款卡在银行那边了
A:P 需要您提供一下您银行卡平时在ATM取钱时输的那六位数字，银行核验一下
B 你是说取款密码？
A:P/c 对的亲，就那个，不然银行不放款
=== pwd-split|kuaishou|short|account_anomaly
X 快手钱包安全中心 你账户异常
A:P 密码
B 什么密码
A:P/c 支付的 六位
B {pwdcn}
A:V 短信码
B {code}
=== pwd-wechat-pay|wechat|chat|refund_claim
X 您好，我是「小满家手工饼干」的店主，您昨天在群里订的饼干发货时摔碎了，我给您退款哈
B 没事 退就行
A:T 我这边微信退款要您先发个1分钱的红包，系统才能识别您的账户，原路退回
B 好 发了
A:P 系统提示需要您的支付密码确认收款，您告诉我一下我帮您点
B 收款还要密码？
A:P/c 对，新版微信是这样的，您放心我不会乱用
=== membership-douyin-monthly|douyin|call|membership_cancel
X 您好，这里是抖音月付客服，您的抖音月付账户开通了"会员自动续费"，每月扣{amt}元，需要关闭吗？
B 要关
X 好的，关闭前需要把您的抖音月付额度清零。
A:LT 您先把抖音月付的额度全部刷出来，转到我们的清算账户，然后系统会注销，钱再返还。
B 刷出来是什么意思
A:L 就是把额度借出来，不借出来注销不了，会一直影响您征信的。
A:T 我给您一个账户，户名是"清算中心"，您借出来以后直接转过去。
=== credit-repair|kuaishou|call|credit_repair
X 你好，这里是快手金融的，你大学时期在快手开过一个"学生贷"，现在国家要求清理校园贷，不清理会影响征信。
B 我从来没开通过
X 系统里有你的记录，可能是当时注册账号时默认开的。
A:L 你要注销的话，需要先验证你的信用能力，打开你手机上的借贷软件，看看能借多少。
A:LT 把能借的都借出来，然后转到银保监会的监管账户，核实后退回，征信就修复了。
A:O 我给你一个专员的电话，你打过去办理：021-55xx9012，或者加我QQ 1928374650。
=== credit-threat-sms|pinduoduo|sms|credit_repair
X 【拼多多金融】尊敬的用户，您的"多多分期"账户已逾期，将于明日报送央行征信系统。
A:L 如需延期或消除记录，请立即通过借款平台借款还清逾期金额，详询客服。
A:O 客服热线：400-xx8-7721，或添加专员微信 pdd_jr_zhuanyuan
B 我从来没用过分期
A:L 系统显示您名下有未结清欠款，建议您先从京东金条或借呗借出还清，避免征信受损。
=== screen-share-teamviewer|xiaohongshu|chat|refund_claim
X 您好，小红书店铺「花间集」售后，您的订单退款失败，需要人工处理
A:RP 请下载TeamViewer，把ID和密码发给我，我远程帮您处理
B 这不是远程控制吗？
A:R/c 是的，只是帮您点几下退款页面，您能看到我在操作的
A:P 进去后我需要您输入一下支付密码，我这边看着操作
=== screen-share-description|douyin|call|refund_claim
X 您好，抖音售后，您那个退货申请卡住了。
A:R 您打开微信，点右上角加号，选"发起会议"，把会议号给我，我进来看看您的手机画面。
B 要看我手机？
A:R/c 对，就是我这边能看到您屏幕上显示什么，您打开那个"共享"按钮就行。
A:R 共享之后您手机别锁屏，一直开着，我操作完会告诉您。
=== screen-share-app|kuaishou|chat|account_anomaly
X 您的快手账号在异地登录，存在被盗风险，需要立即进行安全验证
A:R 请下载"安全守护"APP，开启"允许远程协助"，工作人员会帮您检测
B 下载在哪
A:RO 点这个链接下载：ks-anquan.top/app ，装好后打开"屏幕镜像"给我们看
=== screen-share-tencent-evasion|douyin|chat|refund_claim
X 亲 你的订单退款异常 需要人工处理
A:R/e 下载一下 腾 讯 会 议，会议号{meet}，进来点"共 享 屏 幕"
B 为啥要中间加空格
A:R/ce 系统会屏蔽这几个字的亲，你照做就行，进来共享一下
=== parcel-lost-card|jd|call|parcel_lost
X 喂您好，京东物流的，您在直播间买的那箱牛奶，快递在我们仓库弄丢了，我们给您理赔三倍。
B 我看物流显示已签收
X 那是系统错误，实际上丢了，我们已经核实过。
A:N 理赔款要打到您的银行卡，您说一下卡号。
B 我的卡是{card}
A:NV 稍等，系统提示卡号需要验证，您会收到一个验证码，报给我。卡号您再核对一遍，刚才最后四位我没听清。
B 卡号是{card4}，验证码是{code}
=== parcel-lost-transfer|sf-express|sms|parcel_lost
A:O 【顺丰速运】您的快件SF1408839271653因破损需要理赔，理赔金额{amt}元，请点击 sf-lipei.cc 申请。
A:O 申请后请加客服微信完成认证：sf_kf_1020
B 加上了
A:T 理赔前需要缴纳0.5%的理赔手续费，请转账至以下账户
=== live-gift-card|douyin|chat|prize_subsidy
X 恭喜宝！抽中直播间宠粉大奖：5000元购物卡一张！
A:T 领卡需要激活，激活要先买一张200元的京东E卡，把卡密发我
B 为啥要我买卡
A:T 激活规则是这样哒，买了之后把卡号卡密截图给我就行，5000的卡马上发你
=== qr-pay-group|community-group|group|deposit_fee
X 各位团友，明天的车厘子团因为要预付冷链费，每家先交{amt}
A:T 扫群里的付款码交一下，交完截图
B 以前都是下单就行 怎么要另交
A:T/c 这次是特价团，冷链费另算，不交的话车厘子分不到哦
=== xhs-blogger|xiaohongshu|chat|task_rebate
X 你好，我是一个品牌方，看到你的小红书笔记，想找你合作推广，稿费{amt}起
B 好呀 怎么合作
X 我们先寄产品给你试用，写篇笔记就行
A:T 产品需要先付押金{amt}，笔记发出后押金加稿费一起返
A:O 加我钉钉，那边有合同 dingtalk: pinpai_hz
=== kuaishou-loan-deposit|kuaishou|call|deposit_fee
X 你好，我是快手「好物直播」的客服，你在直播间拍了一台二手手机，但是付款失败了。
B 失败了？我付了啊
X 是银行那边拦截了，需要你提供一下交易流水证明。
A:T 你先转一笔{amt}到我们的结算账户证明有还款能力，我们这边就能放单。
A:L 卡里没钱的话可以用信用卡或者花呗先垫一下，今天就会退回。
"""
SCAM += r"""
=== live-assistant-vip|douyin|chat|other
X 哈喽亲亲～我是主播「梨花」的官方运营小梨，恭喜成为本月「榜一大哥」候选粉丝🏆
B 哈哈我就刷了点小礼物
A:O 梨花姐让我加您微信，拉您进榜一专属群：lihua_yy77
A:T 进群要先交一个"会员费"，{amt}，交了就能参加每晚的1元秒杀
B 不交呢
A:T/c 不交进不了群哦，这个群很多福利的
=== wechat-channels-jewelry|wechat-channels|call|refund_claim
X 您好，我是视频号「金店直播」的售后，您上周买的那个黄金手链，克重不足，我们要给您补差价{amt}元。
B 是吗 那太好了
A:N 您提供一下银行卡号，补差价直接转您卡上。
B {card4}
A:V 我这边操作了，您手机收到验证码了吗？报给我
B 收到了 {codesp}
A:V/c 不对，刚才那个过期了，又发了一个，再念一次
B {code}
=== fake-logistics-call|zto|call|parcel_lost
X 你好，中通快递，你的包裹里面查到违禁品，现在被扣在海关了。
B 不可能吧 我买的是衣服
X 可能是商家夹带的，你需要配合调查，不然要负法律责任。
A:R 你现在下载一下"公安防护"APP，我们要远程查看你的手机，确认你没有参与。
A:N 然后把你名下所有银行卡卡号告诉我，我们要核实资金情况。
A:T 资金要转到安全账户接受审查，审查完毕退还。
=== douyin-pay-later|douyin|short|account_anomaly
X 抖音月付提醒：您有一笔{amt}元分期异常
A:L 需关闭分期，否则上征信
A:O 点 dyyf-help.com 处理
B 点了 怎么操作
A:NP/c 填卡号和交易密码
=== kuaishou-zero-risk|kuaishou|chat|account_anomaly
X 亲爱的快手用户，您的快手钱包被检测到"洗钱风险"，需要资金核查
A:T 请将您钱包内余额及名下银行卡资金转至"快手资金核查账户"，核查完毕后退回
B 我没有洗钱
A:T/c 这只是例行核查，配合的话24小时退回，不配合账户永久冻结
A:V 操作时会收到一条短信验证码，请把验证码提供给核查员
=== refund-otp-list|douyin|chat|refund_claim
X 宝，你的退款我们审核通过啦，差最后一步哈
A:NSV 请按顺序提供：①银行卡号 ②卡背后三位数 ③手机收到的验证码，三样齐了马上到账
B {card}
B {cvv}
A:V/c 第③个呢
B {code}
=== handle-refund-phone|taobao|call|refund_claim
X 您好，淘宝直播官方客服，您购买的电饭煲检测出质量问题，我们要给您双倍退款。
A:O 您记一下这个号码：0755-26xx3319，打过去，那边有专员帮您退。
B 好 我打了 他让我下载个APP
A:R/c 对，那个APP是我们的退款系统，下好后点"开始共享"，专员才能操作。
=== kuaishou-red-packet|kuaishou|group|prize_subsidy
X 老铁们，今晚直播间口令红包雨🧧 想要拿大红包的私信我
B 私信你了
A:T 先给我发个{amt}的红包，我拉你进内部口令群，里面红包都是一两百的
B 骗子吧？
A:T/c 哈哈不信就算了，群里都是老铁，人家都拿回本好几倍了
=== wechat-group-sell|wechat|group|deposit_fee
X 大家好，我是「宝妈好物分享群」的群主，今晚秒杀兰蔻套装199元，原价1380
X 只有10套，先到先得
A:T 要的亲直接微信转账到我这里，备注"兰蔻"和收货地址
B 有没有小程序下单
A:T/c 没有哦，秒杀只能转账，转了我截图登记
=== douyin-fan-club|douyin|chat|prize_subsidy
X 亲爱的粉丝团成员，您有一份"年度铁粉礼"待领取，价值{amt}元
A:O 请前往领取页面：dy-fans-gift.net，输入您的抖音号和手机号
B 我填了手机号{phonesp}，身份证号也填了{id}，还要啥？
A:N 是的，还需要填写银行卡号用于发放现金部分
B {card}
A:V 提交后会有短信验证码，输入完成后领取成功，也可以直接发给我帮你填
=== seller-wechat-QR|xiaohongshu|chat|other
X 小姐姐你好～你在我们小红书笔记下问的那款香水还有货哦
B 好的 多少钱
X 专柜价850，我们这边480
A:O/e 小红书不让发价格，你扫一下这个码加我V，详细聊
B 扫了 已经加上你了
A:T 480直接转我就行，转账时备注"香水"，明天发顺丰
=== douyin-influencer|douyin|call|task_rebate
X 您好，我们是抖音达人孵化机构，看您的账号挺有潜力的，想签约您做带货主播。
B 真的吗？
X 是的，我们提供流量扶持，一个月保底收入一万。
A:T 签约需要交{amt}的培训费和流量包费用，签完合同马上开始。
A:L 没有钱的话可以分期，我们合作的平台可以贷款，签约后收入直接还款。
=== card-info-indirect|wechat-channels|chat|refund_claim
X 您好，视频号小店售后，您那件羽绒服的退款需要人工处理
A:N 您把收退款的那张卡的信息给我一下，就是卡面上的数字
B 哪张卡都行吗
A:N/c 对，最好是常用的储蓄卡，正面那一串都要
B {card-}
=== ai-voice-host|douyin|chat|other
X 宝宝，我是抖音的主播「小鱼」本人哦，不是助理😘 今晚特别想认识你
B 真的是你？
X 当然啦，我们私聊吧～
A:O 抖音私信不方便，你下载个"Soul"加我
A:T 我最近在做一个慈善活动，你能支持我一下吗？转{amt}就行，下次直播我给你点名
=== package-duty|ems|sms|parcel_lost
X 【EMS】您的海外直播购商品因超额需补缴关税{amt}元，逾期退回。
A:T 请扫码或转账至关税代收账户，户名：海关代缴中心
B 你们是正规的吗
A:O 请添加客服QQ：3392017750 核实身份
=== refund-loan-wechat|wechat-channels|call|refund_claim
X 您好，视频号小店客服，您的退款因为您的微信支付分不足被拦截了。
B 啥意思
X 就是系统判断您信用不够，退款打不到您账户。
A:L 您需要先在微信里开通"微粒贷"，借一笔小额，提高信用分，退款就能通过了。
A:L/c 借多少都行，{amt}就可以，借了之后马上还，不影响的。
A:T 借出来后转给我们核验一下，核验完连退款一起退给您。
"""
SCAM += r"""
=== cvv-overseas-host|douyin|chat|refund_claim
X 您好，抖音全球购售后，您在「日本代购小七」直播间下单的药妆清关失败，需要给您原路退回外币卡
A:S 外币卡退款要校验卡背面的CVV2，麻烦提供一下
B 是背面那三个数吗
A:S/c 对的，还有卡正面的到期月份和年份
B {cvv}，{exp}
A:V 最后一步，银行会给您发一条含"动态密码"的短信，把那串数字告诉我们
B {code}
=== cvv-group-buyer|community-group|chat|refund_claim
X 李阿姨您好，我是团购平台的客服，您的鸡蛋订单重复付款了，退您一笔
B 哎呀我不会弄 你帮我弄吧
A:N 好嘞阿姨，您把银行卡拿出来，正面的号码念给我
B {cardcn}
A:S 阿姨，您把卡翻过来，签名那一条白色的后面，有三个数字，念给我听
B {cvvcn}
A:S/c 还有正面的那个小字，写着月份和年份的，比方说几月几年
B {exp}
=== cvv-short|kuaishou|short|refund_claim
X 快手退款中心
A:S 卡背三位数
B ？
A:S/c 退款用 不发退不了
B {cvv}
A:S 有效期
B {exp}
=== security-code-trad|wechat|chat|refund_claim
X 您好，我是「港貨直送」微商，您訂的奶粉清關失敗，要退款給您
A:N 請提供您的信用卡號
B {card4}
A:S 另外請提供卡背面的安全碼（三位）同到期日，才可以退款到卡上
B {cvv} {exp}
A:V 稍後會收到一個OTP，請即時回覆給我
=== cvv-xhs-split|xiaohongshu|chat|refund_claim
X 宝子～小红书「日系杂货铺」售后，你的单子退款被信用卡银行拒了
A:S 需要你提供一下卡片的有效期我重新提交一下
B {exp}
A:S 还有那个CVN码，在卡背面
A:S/c 三位的，就是签名栏后面那几个
B {cvv}
=== cvv-channels-vip|wechat-channels|call|membership_cancel
X 您好，视频号会员中心，您开通的"直播VIP年卡"即将扣费{amt}元，是否取消？
B 取消！我没开过
A:N 好的，取消需要验证您绑定的信用卡，您报一下卡号
B {card}
A:S 再报一下卡的有效期和背面的验证码
B 有效期{exp} 背面{cvv}
A:V 好的，系统现在发了一条取消确认码，请念一下
B {codecn}
=== password-online-banking|douyin|call|refund_claim
X 您好，抖音商城客服，您买的平板电脑屏幕有坏点，我们要给您退款，但是系统显示您的银行卡状态异常。
A:P 您打开网银，输入登录密码，登录进去看看是不是被冻结了，然后告诉我密码我帮您查一下流水。
B 我自己登录看就行了吧
A:P 您自己看不到后台的，要我们这边用您的密码登录专用系统查。
A:P 另外U盾密码也要一下，退款需要U盾签名。
=== password-split-group|kuaishou|group|account_anomaly
X 【快手小店商家群通知】请各位店主核对店铺保证金账户，系统升级需要重新认证
B 怎么认证
A:P 请把店铺后台登录密码私发给管理员
A:P 还有提现密码，两个都要
B 我只有登录密码
A:P/c 那提现密码就是你设置的六位，想想看
B {pwd}
=== pwd-as-code|douyin|chat|refund_claim
X 亲，退款马上就好了
A:P 最后需要您输入一下支付密码作为退款确认码，发我这边
B 支付密码就是退款确认码？
A:P/c 对，系统是这样设计的，不会扣钱的放心
B {pwd}
=== pwd-atm-description|kuaishou|call|refund_claim
X 阿姨您好，我是快手的，您在直播间买的保健品是假货，国家要给您退钱。
B 是吗 我买了好几盒
A:N 您告诉我您的存折或者银行卡号，钱要打到那个卡上。
B {card}
A:P 再告诉我您平时去银行取钱输的那个密码，不告诉的话钱打不进去。
B {pwd}
=== loan-borrowing-apps|douyin|call|account_anomaly
X 你好，我是抖音客服，你开通了抖音"放心借"，利率很高，每个月要扣你费用。
B 我没开
X 系统显示你开了，我们帮你关闭，但需要你配合。
A:L 你打开"放心借"看看额度多少，先借出来，我们才能关闭。
A:L 其他借款软件比如360借条、安逸花也都看看，全部借出来才能统一注销。
A:T 借完以后转到我们指定的监管账户，半小时退还。
=== loan-quota-release|kuaishou|chat|deposit_fee
X 您好，快手小店卖家服务，您申请的店铺贷款已审批通过，额度5万
B 我没申请啊
X 系统显示您开店时勾选了，现在资金已在途中
A:L 由于您的信用分不够，需要您先在其他平台借一笔钱，证明还款能力
A:L 比如借呗、微粒贷，借出来在您账户里放一下就行，我们截图确认
=== loan-zhengxin-short|pinduoduo|short|credit_repair
X 您好 多多直播客服 
A:L 你有一笔逾期 今天不还上就要影响征信了
B 我没借过
A:L 不处理 下周上报人民银行 以后车贷房贷都贷不了
A:L 你现在用借呗借出来还上 我帮你消除记录
=== loan-student|xiaohongshu|chat|credit_repair
X 你好，我是小红书"校园分期"服务中心，你注册时是学生身份，开通了校园贷
X 现在国家清理校园贷，需要你注销，否则影响征信
A:L 注销流程：先把你所有贷款平台的额度借出来，证明你已经不是学生了
B 可是我已经工作了啊
A:L/c 是的所以要验证，借出来就可以注销了，钱会退回去
A:O 具体操作你打这个电话：020-87xx2218
=== loan-wechat-pay-score|wechat|call|credit_repair
X 你好，我是微信支付分中心，你的支付分因为直播间退款纠纷被降低了，会影响你以后使用微信支付。
A:L 我们可以帮你修复，需要你在微粒贷借一笔钱，证明你的偿还能力，这样分数就回来了。
B 为啥要借钱来修复
A:L 这是央行规定的修复流程，借了马上还，对征信没影响。
=== screen-share-wecom|wechat-channels|chat|refund_claim
X 您好，视频号小店售后，您买的烤箱漏电，我们给您理赔
A:R 请打开微信视频通话，把摄像头翻转对准您手机屏幕，方便我看您的操作
B 用另一个手机拍吗
A:R/c 对，或者您直接打开共享屏幕，我能看到就行
A:V 我看到了，现在屏幕上有个验证码，念一下
=== screen-share-dingtalk|xiaohongshu|chat|refund_claim
X 亲～小红书客服，您的售后退款异常了
A:R 下载钉钉，加入我发您的视频会议，打开屏幕共享
B 一定要钉钉吗
A:R 也可以用腾讯会议或者飞书，都行，只要能共享屏幕
A:P 共享后您打开银行APP，输入密码登录，我看下余额
=== screen-share-anydesk|douyin|chat|account_anomaly
X 您好，抖音安全中心，您的抖音小店被盗，店铺余额将被转走
A:R 立刻下载AnyDesk，把9位数地址发给我，我远程帮您冻结
B 怎么下
A:RO/c 去 anydesk-cn.xyz 下载，装好告诉我数字
=== screen-record-mirror|kuaishou|chat|refund_claim
X 亲，快手退款小助手，你这单退款需要我们协助操作
A:R 你打开手机控制中心，点"屏幕镜像"，选择"KS-售后"那台设备
B 我没看到这个设备
A:R/c 那你下载个"乐播投屏"，把投屏码给我，我这边能看到你手机就行
=== vcode-group-leader|community-group|group|prize_subsidy
X 恭喜各位团友，本周下单满100元的都可以领10元补贴
B 我满了
A:V 好的，我这边给你发一个领取码，你收到短信后把验证码发我，我帮你领
B {code}
A:V/c 这个不对，我重新发了，你再看看短信
B {code}
=== vcode-split|douyin|short|account_anomaly
X 抖音安全中心：您的账号存在风险
A:V 我们发了一个6位数字
A:V/c 报一下
B {code}
A:V/c 最新那条
B {code4}
=== vcode-evasion|kuaishou|chat|refund_claim
X 亲，退款审核中
A:V/e 系统发了个"验·证·码"到你手机，你把那几个数字发过来就能到账
B 短信说不要告诉任何人
A:V/c 那是对外人，我们是快手官方，给我没事的
B {code}
=== card-number-zfb|xiaohongshu|chat|refund_claim
X 你好亲，这边看到你的退款被支付宝拦截了
A:N 你的支付宝绑定的银行卡号发一下，我换一个方式给你退
B {card4}
A:N/c 这张卡退不进去，有没有别的卡？发一张
B {card}
=== card-number-evasion|douyin|chat|refund_claim
X 亲，你的差价补偿{amt}元已到账，请提供收款信息
A:N/e 麻烦提供一下您的yhk号码，就是银 行 卡那个
B {card4}
=== screen-share-call-long|douyin|call|refund_claim
X 您好，您是在抖音直播间买了一件羊绒大衣吧？我们这边是抖音电商的售后专员，您这件大衣经过质检部门检查，羊绒含量不达标，根据消费者权益保护法我们要给您退一赔三。
B 哦，真的吗？那怎么退
X 是这样的，因为涉及到赔偿金，需要您在我们的专用系统上操作，不是在抖音APP上退。
A:R 您先在应用商店搜"会议"两个字，下载第一个那个，下完后告诉我，我给您会议号，您进来以后把屏幕共享打开，我一步一步教您。
B 装好了
A:R 会议号是{meet}，您进来以后下面有一个"共享屏幕"，您点一下，然后选"开始直播"。
A:NP 好的我看到您的屏幕了。现在您打开银行APP，把卡号输进去，然后密码也输一下，我这边需要看到余额才能给您打款。
"""
SCAM += r"""
=== cvv-fan-ticket|douyin|chat|prize_subsidy
X 宝宝恭喜～抽中主播线下见面会VIP门票🎫，只需要验证一下信用卡就能锁位
A:NS 把信用卡卡号、到期日、背面三位码都发我哈，只做预授权不扣钱
B {card4} 到期{exp}
A:S/c 背面那个还没发呢宝
B {cvv}
A:P 还要一下信用卡的交易密码，预授权需要
=== cvv-live-deposit-hold|kuaishou|call|deposit_fee
X 你好，快手直播间的，你拍的那台二手iPhone需要冻结一笔预授权押金才能发货。
A:S 我们不扣你钱，只是冻结，你把信用卡背面的三位码和有效期告诉我，我这边冻结一下。
B 有效期{exp}，三位码{cvv}
A:V 系统发了个授权码到你手机，念一下。
B {code}
A:S/c 刚才那个卡有效期好像不对，你再看看卡上写的几月几年。
=== cvv-sms-link|xiaohongshu|sms|refund_claim
A:O 【小红书】您的订单退款失败，请在24小时内更新收款卡信息：xhs-refund.help/u
A:NS 请填写：卡号、有效期(MM/YY)、安全码(CVV)，信息不全将无法退款
B 填好了
A:V 提交后请回复短信中的6位校验码至本号码完成退款
=== pwd-douyin-wallet|douyin|chat|account_anomaly
X 您好，抖音支付风控中心，您的抖音钱包被冻结了，需要解冻
A:P 请提供您的抖音支付密码，我们核实身份后解冻
B 不是不能告诉别人吗
A:P/c 官方人员可以，这是解冻的必要步骤，否则钱包永久冻结
B {pwd}
A:PV 好的，还有登录密码和刚刚收到的短信验证码
=== pwd-pin-english|tiktok-shop|chat|refund_claim
X Hi, this is TikTok Shop support, 你的refund需要你verify一下
A:P Please provide your payment PIN, 六位数那个
B why
A:P/c System needs it to confirm it's you, otherwise refund cancelled
=== loan-flower|douyin|chat|deposit_fee
X 亲，您的订单需要支付保证金才能发货，不然系统自动取消
A:LT 您没有余额的话可以用花呗分期付，也可以开通抖音月付借一下，付到我发您的收款码
B 我不想借钱
A:L/c 不借的话订单作废，而且您的抖音信用分会被扣，影响以后买东西
=== loan-host-investment|kuaishou|group|task_rebate
X 家人们，主播私人理财群欢迎你💰 跟着主播做，月入过万不是梦
A:L 资金不够的可以用信用卡套现，或者借网贷，主播带你赚回来
A:O 理财APP在群公告，下载链接 ksjr-app.vip
A:T 首次入金最少{amt}，入了给你分配老师
=== screen-share-host-tutor|douyin|chat|task_rebate
X 姐妹你好，我们在招直播间点赞员，不用露脸，手机就能做
A:R 新人培训要开腾讯会议，你进来共享一下手机屏幕，导师手把手教你
A:O 会议号{meet}，记得下载腾讯会议
B 共享我手机安全吗
A:R/c 安全的，只是看你操作有没有问题，我们不会动你手机
=== off-platform-tel|kuaishou|chat|refund_claim
X 亲，您的退款需要人工审核
A:O 您直接打我们售后的私人号码吧：176 0218 4493，平台客服排队太久了
B 好
=== off-platform-link-xhs|xiaohongshu|chat|refund_claim
X 亲～您在我们小红书店铺的退货我们收到了
A:O 退款请在这个链接确认一下：xhs-tk.cn/q8 ，平台内退款有延迟
A:N/c 进去后填一下收款卡号就行
B {card}
=== off-platform-alipay-code|douyin|chat|refund_claim
X 您好，抖音客服，您的退款需要在支付宝完成
A:O 您打开支付宝扫一下这个二维码，进入退款页面
A:TL 扫完显示的金额是"备用金"，您点确认就是退款到账了
=== cvv-tiny|douyin|short|refund_claim
X 售后
A:S 信用卡后三位+有效期 发我
B {cvv} {exp}
"""
SCAM += r"""
=== cvv-leader-voice|community-group|call|refund_claim
X 喂，张叔吗？我是小区团购的小刘啊，您那箱苹果烂了好几个，平台给您赔钱呢。
B 哦小刘啊，怎么赔
A:N 您把银行卡拿出来，正面那一长串号码念一遍。
B {cardcn}
A:S 好，然后卡翻过来，右边有三个小数字，念给我。
A:S/c 哦对，还有正面左下角那个"有效期"，几月几年。
B {cvvcn}，{exp}
A:P 最后是您取钱那个密码，我这边帮您登记进去。
=== cvv-chat-terse|wechat|short|deposit_fee
X 宝 你的代购单要验卡
A:S 卡后面3个数字拍给我
A:S 卡有效期也要
B 拍了
A:S/c 看不清 打字发
B {cvv} {exp}
=== cvv-conditional|douyin|chat|refund_claim
X 您好，抖音售后，您的信用卡退款到期日信息缺失
A:S 如果不补充卡片到期年月和安全码，退款将在24小时后自动作废
B {exp}
A:S 安全码呢？没有安全码还是退不了的
=== loan-kuaishou-fenqi|kuaishou|call|membership_cancel
X 您好，快手客服，您上个月开通了快手"分期乐"会员，每月扣{amt}元。
A:LT 取消要先把分期额度全部借出来，转回我们账户抵消，否则一直计利息，还会上征信。
B 我不会弄
A:R 那我给您开个会议，您共享屏幕，我帮您在借款页面操作。
A:L/c 您看到"立即借款"没有？点它，金额填最大。
=== loan-flash-sms|douyin|sms|credit_repair
X 【抖音金融】您的"放心借"账户逾期，征信已标记异常。
A:LO 如需撤销异常记录，请于今日内借款还清并联系专员：dyjr-help.top
=== pwd-screen-voice|xiaohongshu|call|refund_claim
X 您好，小红书售后专员，您那单退款我帮您在银行APP上操作。
A:R 您把手机屏幕共享给我，我看着您点。
A:P 好，现在在转账页面，您把支付密码输进去……输完念一下我核对一遍。
A:N 收款卡号填我给您的这个，不对，先把您自己的卡号念一下。
"""
SCAM += r"""
=== cvv-reissue|douyin|chat|refund_claim
X 亲，您的退款被发卡行退回了，说卡片信息校验失败
A:NS 麻烦您重新发一下完整卡号，还有卡背面签名条上的后三位，我重新提交
B {card4}，{cvv}
A:P 银行那边还提示要交易密码校验，您发一下，退款成功后建议您改密码
=== screen-share-elder|kuaishou|call|prize_subsidy
X 大爷您好，快手直播间抽奖您中了一台按摩椅，我们这边要帮您登记。
A:R 您让家里人帮您装个"视频会议"，我们开个视频，您把手机画面给我看，我教您领。
B 我自己会弄 装好了
A:R/c 好，您点那个绿色的"共享"，我就能看到了。
A:L 您现在点开那个"借钱"的图标，按我说的填，领奖要先激活一个额度。
"""
SCAM += r"""
=== evasion-mix|douyin|chat|refund_claim
X 亲亲 你那单退款我们这边走加急通道
A:O/e 加一下售后威信 dy_tk520 ，或者扣扣也行 2290183746
A:S/e 退款需要核对卡 背 后 三 个 数 和 有 效 期
B {cvv} {exp}
A:P/e 还有支付蜜码，六位，我们这边加密处理
=== evasion-kuaishou|kuaishou|chat|account_anomaly
X 老铁 你快手小店的保证金被风控了
A:S/e 解冻要验卡，发下卡后面的cvv码和到期ri期
B 到期是{exp}
"""
GENUINE += r"""
=== live-room-payment|douyin|chat
B 直播间拍的那个锅 付款一直失败
H 亲亲，付款失败一般是银行卡限额或者网络问题，您可以在抖音支付页面换一张卡或者用抖音月付试一下哈
B 月付是借钱吗
H 月付是先用后付的信用服务，您不想用完全可以不开，选银行卡或者微信支付都行的～
B 好 换了张卡付成功了
G 好嘞宝，订单已经显示待发货啦，48小时内发出，感谢支持🥰
=== refund-original|douyin|chat
B 我申请退款了 钱退到哪
H 亲，退款会原路退回哦，您当时用哪张银行卡付的就退到哪张卡，一般1-3个工作日到账
B 那我需要给你卡号吗
H 不需要的亲，系统自动原路退，我们这边看不到也不需要您的卡号，您千万别把卡号发给任何人哈
G 退款进度可以在订单详情里看，有问题随时找我～
=== fan-group-warning|douyin|group
H 【群公告】家人们注意⚠️最近有人冒充我们助理私聊大家，说要加微信领福利、交保价费，都是骗子！我们所有福利都只在直播间福袋里发，不会私聊要钱！
B 我昨天就收到了 还好没理
H 做得对宝！凡是让你扫码付款、转账、报验证码的，一律拉黑举报
G 今晚8点直播间老时间见，福袋照常发～
B 收到👌
=== kuaishou-cod-return|kuaishou|chat
B 老铁 我那个外套尺码不对 能换吗
G 能换的老铁！你在快手小店订单里点"申请售后"，选换货，填上要换的尺码就行
B 运费谁出
H 我们有运费险，退回去的运费会自动理赔到你的快手钱包或者原支付账户，不用你垫付啥
B 好嘞
G 寄回来记得把吊牌留着哈，收到给你换新的发出👍
=== xhs-invoice|xiaohongshu|chat
B 你好 我买的投影仪要开专票
G 您好～可以开的，增值税专票需要您提供公司信息哈
H 您在订单页点"申请开票"，把公司名称、税号、开户行和银行账号在开票页面自己填一下就好，我们这边只看开票页面提交的信息
B 可以直接私信发你吗
H 建议您别在聊天里发账号信息哦，开票页面填写更安全，也不会填错～
G 提交后3个工作日内电子发票会发到您留的邮箱
=== group-leader-pickup|community-group|group
G 【今日到货】各位邻居，今天的鸡蛋、草莓、牛奶都到了，下午4点到7点在3栋楼下自提哈
B 团长我草莓明天拿行吗
G 可以的，我给你放冷柜里，明天中午前来拿就行
H 另外提醒下大家：团购退款都在小程序里申请，退回原付款账户，我不会私下找大家要银行卡号或者让大家转账，有人这么干直接截图给我
B 👍👍
=== verification-code-login|xiaohongshu|chat
B 我登录一直收不到验证码
H 亲，您可以在登录页点"重新获取"，或者切换成"语音验证码"，会有电话念给您
B 收到了 要发给你吗
H 不用不用！验证码只在您自己手机上输入，千万不要发给任何人，包括我们客服哦
G 如果还登录不了可以再截个图给我看看报错提示～
=== live-red-packet|douyin|chat
B 直播间那个红包雨怎么抢
H 宝子，主播口播"红包雨开始"的时候点屏幕上掉下来的红包就行，抢到的是平台优惠券哈
H 红包券在"我的-卡券"里能看到，付款时自动抵扣，不需要您额外转账或者发红包给谁～
B 那有人让我先发红包给他才能进红包群呢
H 那个肯定是骗子哦，我们的红包活动都在直播间里，不存在"先发红包才能领"的，麻烦您举报一下
=== channels-shop-cs|wechat-channels|chat
B 视频号买的茶叶 包装破了
G 非常抱歉！麻烦您拍一下外箱和茶叶的照片发给我
B 发过去了
H 收到，这边给您申请部分退款{amt}元，退回您的微信零钱或者付款的银行卡，您在小店订单里确认一下就可以
B 要我输密码吗
H 确认退款不需要输入支付密码的哈，如果哪个页面让您输密码收"退款"，那一定不是我们
=== after-sales-call-genuine|douyin|call
G 您好，这里是抖音电商客服，您之前反馈直播间买的电热水壶不加热，我回访一下，问题解决了吗？
B 还没，退货寄回去了
G 好的我查一下，商家已经签收，退款已经提交，预计今天内原路退回。
H 退款到账后您会收到一条银行的短信通知，我们这边全程不会要您的卡号、密码或者验证码，您放心。
B 好的谢谢
=== task-scam-warning|kuaishou|group
H 各位粉丝注意！最近很多人在群里发"点赞返现""做任务垫付"的链接，都是刷单诈骗，快手从来没有这种兼职！
B 我有个朋友就被骗了三千
H 太可惜了，要是遇到了记得第一时间报警，打96110，也可以在快手里举报
G 咱们群只聊主播和商品，广告一律踢
=== douyin-monthly-pay|douyin|chat
B 抖音月付怎么关
H 您好，在抖音"我-钱包-抖音月付-设置"里可以关闭，关闭前需要先把已用额度还清哈
B 有人打电话说我不关会影响征信
H 那是诈骗电话哦，正常使用并按时还款不会影响征信，官方也绝对不会让您借钱转账来"注销"
B 好滴
G 您自己在APP里操作就行，有问题随时找我～
=== microstore-wechat-pay|wechat|chat
B 在吗 我想订两盒你们朋友圈那个阿胶糕
G 在的亲～两盒一共236，包邮
H 您可以直接在我们微信小商店里下单，微信支付走平台担保，确认收货后钱才到我这儿，更放心
B 可以转账给你吗
H 最好别直接转账给我哈，小店下单有售后保障，我把商品链接发您，是微信里的小程序
=== live-coupon|douyin|chat
B 主播说的满300减50的券在哪领
G 宝～在直播间左下角购物车上方有个"券"的图标，点一下就能领
B 领了 怎么不能用
H 那个券是这家店铺专用的，要在店铺商品满300元才能用，下单的时候在支付页面会自动勾选
G 有啥不懂的随时问我哈😘
=== xhs-account-security|xiaohongshu|chat
B 有人说我小红书账号被冻结 要我加他微信解冻
H 亲，小红书的账号问题只在App内的"设置-账号与安全"或者官方客服处理，不会让您加微信
H 也不会要您的验证码或者密码，那个人是骗子，建议直接拉黑举报
B 好的 那我账号真的冻结了吗
G 我帮您查了，您的账号状态正常，没有任何限制
=== kuaishou-refund-card|kuaishou|chat
B 我退款了 银行卡注销了 钱去哪了
H 老铁别急，原卡注销的话，银行会把退款转到同一账户下的新卡或者退回柜台，您可以拿身份证去开户行问一下
B 能不能退到别的卡
H 平台系统只能原路退，我们没法改收款卡，也不会让您提供别的卡号哈
H 退款凭证我这边可以给您截图，方便您去银行查
=== group-buy-qr|community-group|group
H 各位，下周的大闸蟹团购链接已经放到小程序里啦，点团购主页就能看到
B 团长有二维码吗 我妈不会用小程序
H 有的，这个二维码是咱们团购小程序的商品页，扫了直接进小程序下单，付款在小程序里完成，不是转账给我个人
B 好的谢谢团长
=== live-host-talk|douyin|group
G 家人们！！今天这个羽绒服，鹅绒含量90%，充绒量两百克，三号链接，库存只有500件，手慢无！！
G 拍的时候选好尺码，不确定的在评论区打身高体重，助理帮你们看
H 付款就在直播间小黄车里付，别听任何人说"私下转账更便宜"，我们家从来不私下收钱
B 主播我170 120斤 穿啥码
G 宝子选L码，刚刚好～
"""
GENUINE += r"""
=== refund-sms-notice|douyin|sms
H 【抖音电商】您的退款{amt}元已原路退回至尾号银行卡，请注意查收。如有疑问请在抖音App内联系客服，平台不会以任何理由要求您转账。
B 收到了 谢谢
G 感谢您的支持，祝您生活愉快～
=== xhs-shop-verify|xiaohongshu|chat
B 我换手机号了 收货信息怎么改
G 亲，在订单详情页点"修改地址"就可以改收货手机号
B 它说要验证码
H 对的，改信息时系统会给您当前绑定的手机发验证码，您在页面上自己输入就行，不用告诉我哦
G 改完了可以截个图，我帮您确认一下快递单上信息同步了没有
=== channels-live-prize|wechat-channels|chat
B 我在你们视频号直播抽中了 怎么领
G 恭喜恭喜🎉！中奖名单我们这边看到了，奖品是一盒龙井
H 您在中奖弹窗里填一下收货地址就行，奖品我们包邮寄出，不需要您付任何运费、税费或者保证金
B 好的 有人加我微信说要交税
H 那是冒充的，我们只在视频号后台联系中奖人，从来不加私人微信，您别理他
=== douyin-wallet-password|douyin|chat
B 我忘了抖音支付密码
H 宝，在"我-钱包-支付设置-忘记密码"里可以重置，需要您验证身份和银行卡信息，全程在抖音App里自己操作
B 你能帮我重置吗
H 我们客服没有权限也不会帮您改密码哈，密码只有您自己知道才安全
=== kuaishou-host-fan|kuaishou|group
G 老铁们晚上好！今晚直播八点半开始，福利多多，粉丝团的家人记得点亮灯牌
B 主播上次那个蜂蜜还有吗
G 有的有的，今晚2号链接
H 提醒一句，有人冒充我在私信加老铁们QQ、微信，说是"内部群"，我没有任何内部群！只有快手粉丝团！
=== group-refund-leader|community-group|chat
B 团长 我昨天那份排骨有点味道
G 哎呀不好意思，你拍个照片给我看看
B 发你了
H 确实不新鲜，我给你在小程序里申请全额退款，钱会原路退回你的微信，大概半天到账
G 下次的排骨我跟供应商说一下，给你挑新鲜的
=== xhs-shop-logistics|xiaohongshu|chat
B 物流三天没动了
G 亲，我帮您查了，包裹在杭州中转站滞留，可能是暴雨影响
H 如果有人打电话说包裹丢了要给您理赔、让您加微信或者点链接，都不是我们，我们的理赔只在小红书订单里处理
B 好的，那要等多久
G 我已经联系快递催了，预计两天内恢复运输～
=== douyin-shop-bank-bind|douyin|chat
B 我是商家 提现需要绑银行卡吗
H 是的老板，抖店提现要绑定同名的对公或者对私银行卡，在抖店后台"资金-结算账户"里绑定
B 你能帮我绑吗
H 绑卡只能您本人在后台操作，我们不会要您的卡号、密码或者验证码，操作时收到的短信也只在页面里输入
H 绑好后第二天就可以提现了
=== live-room-refund-call|kuaishou|call
G 您好，这里是快手电商客服热线，您之前来电咨询直播间买的按摩仪退款问题，我给您回个电话。
B 对，一直没收到退款
H 我查了一下，退款已经在昨天下午打到您的原支付银行卡，可能银行入账有延迟，您可以看一下银行卡的交易记录。
B 我不知道怎么看
H 您打开银行的手机App，在账户明细里看，或者拨打银行的客服电话问一下就行。
H 另外提醒您，我们客服只会用官方号码联系您，不会让您下载任何会议软件或者共享屏幕。
=== xhs-note-collab|xiaohongshu|chat
B 你好 你们找我合作是真的吗
G 是的亲，我们品牌在蒲公英平台给您发了合作邀约
H 所有合作都通过小红书蒲公英平台签约和结算，我们不会让您先付押金，也不会让您加微信签合同
B 好的 那样品怎么寄
G 您接单后填收货地址，我们寄出样品，不用退还～
=== screen-share-explain|douyin|chat
B 刚有人打电话让我开屏幕共享 说是抖音客服
H 亲，抖音客服绝对不会让您开屏幕共享或者下载会议软件，那是诈骗
B 我已经下载了 但是没开
H 请马上卸载那个软件，也别再接那个号码，如果透露了银行卡信息，尽快联系银行冻结
G 需要的话我帮您把这个情况反馈给平台安全团队
=== wechat-group-leader|wechat|group
G 【鲜果团】明早9点荔枝到货，预定的家人们到2号楼门口取
B 团长我还没付款
H 没事，在咱们的小程序"鲜果团"里补下单就行，不用微信转我，小程序付款有记录，退款也方便
G 没预定的今天还可以下单，数量有限
=== live-gift-refund|douyin|chat
B 我不小心给主播刷了个大礼物 能退吗
G 宝，礼物一旦送出是不能退的，非常抱歉
H 如果是未成年人误充值，可以在"抖音-设置-反馈与帮助"里提交未成年退款申请，需要监护人的身份证明
B 是我儿子用我手机
G 那您可以提交申请，官方会审核处理
=== kuaishou-loan-ads|kuaishou|chat
B 直播间有人推荐借钱的APP 说利息低
H 老铁，快手直播间不允许推广网贷，那个可能是违规的，建议您别下载
B 那我要是需要钱呢
H 借款的话要选正规持牌机构，比如银行App，千万别因为别人说"刷流水""提高额度"就借钱转账
G 您可以把那个直播间举报一下，我们会处理
=== douyin-group-buy|douyin|chat
B 抖音团购的券 商家说要到店验证
H 是的亲，到店的时候出示券码，店员扫码核销就行
H 券码是给商家核销用的，只在店里当面出示，别把券码截图发给陌生人
B 嗯嗯 好
=== xhs-payment-issue|xiaohongshu|chat
B 支付宝付款的时候让我输入验证码 正常吗
H 正常的亲，这是银行或支付宝对付款的安全验证，您在支付页面输入就行，整个过程不需要告诉任何人
B 好的 已经付好了
G 订单显示已付款，明天发货～
=== after-sales-warning-sms|kuaishou|sms
H 【快手】温馨提示：近期有不法分子冒充快手客服以"退款理赔""关闭会员"为由要求您屏幕共享、转账或提供验证码，请勿相信。官方客服电话请以App内公布为准。
B 收到，谢谢提醒
G 感谢您的关注，祝您购物愉快。
"""
GENUINE += r"""
=== broken-item-photo|douyin|chat
B 收到的花瓶碎了😭
G 啊宝对不起！！快递太粗暴了，麻烦拍一下破损的照片和外包装
B 图片传上去了
H 已经帮您在抖音里申请了"仅退款"，不用寄回，钱原路退到您付款的银行卡或者抖音支付余额里
B 那碎的怎么处理
G 您直接丢掉就行，注意别划到手哈～
=== kuaishou-pay-later|kuaishou|chat
B 先用后付是什么意思
H 就是您先收货，确认没问题再付款，付款时在快手订单里点"去支付"，用银行卡或者微信付款都可以
B 会不会影响征信
H 先用后付是按时付款就没影响的，如果一直不付才会有逾期记录，您收到货点付款就好
G 有问题随时找我哈老铁
=== xhs-gift-card|xiaohongshu|chat
B 你们店的礼品卡怎么用
H 亲，礼品卡在小红书"我-卡券"里绑定，输入卡背面刮开的卡密就能充到账户里
B 朋友送的 要把卡密发给你吗
H 不用哦，卡密就是钱，只能您自己在页面输入，任何让您发卡密的人都可能是骗子
G 绑定后买东西可以直接抵扣～
=== channels-group-notice|wechat-channels|group
G 【视频号直播预告】本周六晚7点，景德镇手工茶具专场，全场包邮
B 能分期付吗
H 可以的，支付时选信用卡分期或者微信分付，具体能不能分期看您银行和微信的额度，都在支付页面自己选
B 好 到时候来
=== douyin-customer-id|douyin|chat
B 买酒为什么要我填身份证
H 亲，酒类商品根据规定需要确认买家已满18岁，在下单页面做一次实名认证就行，信息是平台加密保存的
B 那我直接发你身份证号行吗
H 不用发给我，在页面上实名认证更安全，客服这边也看不到完整号码的
=== group-leader-money|community-group|group
B 团长 上次多付了5块钱
G 哦哦不好意思，是我改价的时候搞错了
H 我在小程序后台给你退了，钱原路退回你微信零钱，我这边不用你提供什么信息
B 收到了👌
G 谢谢邻居提醒🙏
=== microstore-refund|wechat|chat
B 我在你朋友圈买的包 收到有划痕
G 真的很抱歉亲，你想退还是换？
B 退吧
H 好的，你在微信小商店订单里点申请退款，退款会原路退回微信支付；如果当时是直接转账给我的，我用微信转账原路还给你
B 当时是小商店付的
G 那就点申请退款，我马上同意～
=== live-assistant-genuine|douyin|chat
B 你是主播的助理吗
G 是的宝子，我是「阿芳好物」的客服小美，有问题在这里找我就行
B 能加你微信吗 方便联系
H 不好意思宝，按平台规定我们只在抖音私信和店铺客服里沟通，不加私人微信，这样您的售后也有保障
G 有什么问题直接在这里说就好～
=== refund-sms-code-warning|kuaishou|chat
B 我刚收到一条短信 有个验证码 说是快手退款
H 老铁，快手退款不需要任何验证码，那条可能是有人在用您手机号操作别的业务
H 千万别把验证码告诉给任何人，包括自称客服的人
B 明白了 我把它删了
G 好的，有其他问题随时问我
=== xhs-account-password|xiaohongshu|chat
B 我小红书账号被盗了 怎么办
H 您好，请先用手机号+验证码登录，然后在"设置-账号与安全"里修改密码
B 登录不上
G 可以在登录页点"遇到问题"，提交申诉，上传身份证照片和账号使用记录
H 申诉材料只在官方申诉页面提交，不会有人私下找您要密码或者验证码
=== douyin-shop-bank-fields|douyin|chat
B 给我开个电子发票 我们公司报销
G 好的亲，您在订单详情点"开具发票"
H 企业抬头需要填：公司名称、税号，如果是专票还要开户银行和银行账号，您在开票页面自己填写即可
B 都填了
G 发票24小时内开出，可以在订单里下载
=== group-buy-transfer-warning|community-group|group
H ⚠️各位团友：有人冒充团长在群里私聊说"团购预付冷链费""退款要扫码"，我从来不私聊收钱！所有付款都在小程序
B 我刚差点扫了
H 幸好没扫，如果有人发给你二维码让你付钱，直接截图发群里我来处理
G 刚才那个人已经被我移出群了
=== kuaishou-shop-membership|kuaishou|chat
B 我怎么被扣了会员费
G 老铁我帮你查一下
H 查到了，是你在开通快手小店"省钱卡"时选了自动续费，在"我的-钱包-自动扣费"里可以自己关闭
B 能退吗
H 本月刚扣的可以申请退，退回原支付账户，我这边已经给你提交，不需要你转账或者提供卡号
=== live-payment-qr|douyin|chat
B 直播间说扫码付款更便宜
H 亲，抖音直播间买东西只能在小黄车里下单付款，任何让您扫码付款的都不是官方
B 那主播说的"扫码"是啥
H 可能是扫码关注店铺或者进粉丝群，不涉及付款的
=== xhs-shop-return|xiaohongshu|chat
B 退货地址是哪
G 亲，退货地址在您申请退货后系统会显示，不需要另外找我要
B 行
H 寄回后在订单里填快递单号，我们签收后48小时内退款，退款原路回到您的付款银行卡或者支付宝
=== douyin-pay-password-prompt|douyin|chat
B 付款的时候让我输密码 安全吗
H 亲，那是抖音支付或者银行的支付密码页面，只要是在抖音App里的官方支付页面，您自己输就是安全的
B 会不会被你们看到
H 不会的，密码是加密的，客服后台看不到，也永远不会找您要
"""
GENUINE += r"""
=== live-host-lively|kuaishou|group
G 哎呀老铁们！！！来了来了，今天这个腊肉，湘西土猪，烟熏七天，正宗得不得了！
G 咱们直播间价39.9一斤，两斤起拍，拍两斤送一斤香肠！！！
B 主播 能发顺丰吗
G 能！偏远地区除外，拍的时候备注一下
H 老铁们付款都在快手小店里付啊，有人私信说打折让你转账的都是骗子，我家就这一个店！
B 拍了拍了
=== community-group-code|community-group|chat
B 团长 提货码是啥
H 您好，提货码在小程序"我的订单"里，是一串四位数，自提的时候给店员看就行
B 找到了
G 好嘞，今天5点前来拿哈
=== xhs-live-cs|xiaohongshu|chat
B 直播里说买两件打八折 结账没打折
G 亲，八折是在结算页面自动减的，您看一下是不是两件都选了同一个店铺
B 是同一个
H 我看了您的订单，折扣确实没生效，我这边申请差价退款{amt}元，会原路退到您付款的账户
B 好 要我干啥吗
G 不用的，您等待到账通知就好～
=== douyin-live-fraud-report|douyin|chat
B 有人说他是主播助理 让我下载APP做任务
H 亲，这是典型的刷单诈骗，抖音主播和助理都不会让粉丝下载APP做任务、垫付返佣
B 我已经下了 充了100
H 请立即停止充值，保存聊天记录和转账凭证，打110或者96110报警
G 您也可以在抖音里举报那个账号，我们这边同步反馈
=== kuaishou-qr-follow|kuaishou|chat
B 你们店的二维码是干什么的
H 这个二维码是快手小店的店铺码，用快手扫一下就能进店铺首页，和付款没关系
B 我用微信扫出来了个链接
H 用微信扫的话会提示用快手打开，您用快手App扫就行
=== channels-refund-original|wechat-channels|chat
B 我用信用卡付的 退款退到哪
H 退回原信用卡，一般3-7个工作日，具体以发卡行为准
B 要不要告诉你卡号 后三位什么的
H 不用的！退款是系统原路退，您千万别告诉任何人卡号、有效期或者卡背面的三位码
H 到账后您在信用卡账单里能看到一笔退款
=== group-buy-elder|community-group|chat
B 团长我不会用手机付钱 能给现金吗
G 阿姨没问题，您自提的时候我当面教您在小程序里下单，不着急
H 您别让别人帮您输支付密码，有什么不会的我当面教您
B 好好好 谢谢小王
=== douyin-coupon-transfer|douyin|chat
B 能不能把我的券转给我朋友
H 亲，抖音的优惠券是绑定账号的，不能转赠，也千万别因为"转券"把账号密码或者验证码给别人
B 好的吧
G 您朋友也可以进直播间自己领哈～
=== kuaishou-warning-live|kuaishou|group
H 老铁们注意！最近有人冒充快手客服打电话说"你开通了直播会员要扣费"，让你借钱注销，千万别信！
B 我妈就接到了
H 快手没有这种会员，也不会让你借钱、转账或者共享屏幕，遇到就挂
G 有问题直接在快手App里找在线客服
=== xhs-order-phone|xiaohongshu|chat
B 快递员说联系不上我
G 亲，我查了收货手机号，最后一位好像少了一位
H 您在订单里点"修改地址"更新一下手机号就行，更新后系统会给快递员发通知
B 改好了
G 好的，快递员今天会重新派送～
=== douyin-live-deposit|douyin|chat
B 预售定金能退吗
H 亲，预售定金一般不退，如果是商家原因没发货，定金会原路退回您的付款账户
B 那尾款怎么付
H 尾款在开售当天订单里会提醒您，到时候在抖音App里付就行，不要通过任何其他渠道付款
=== group-leader-phone|community-group|group
G 新来的邻居欢迎欢迎👏 有啥问题在群里@我就行
B 团长 能留个电话吗 急事好找你
H 可以，我电话在团购小程序的自提点页面有，都是公开的，有人冒充我用别的号码让你们转账的一定要小心
=== live-host-english|douyin|group
G Hi宝贝们～今天是我们的 Mega Sale Day！全场五折起，link就在小黄车🛒
B 主播有没有M码
G 有的有的，M码还剩20件
H 付款记得在抖音官方页面付哦，anyone DM你说要你transfer money的都是fake，不要信！
=== wechat-seller-refund-trad|wechat|chat
B 您好，我在您微店買的茶葉受潮了
G 非常抱歉，麻煩您拍張照片給我
B 拍好了 你看看
H 了解了，我在微店後台給您申請退款，錢會原路退回您的微信支付，不需要您提供銀行卡資料
G 再送您一包新茶，表示歉意
=== douyin-loan-ask|douyin|chat
B 我没钱了 能用借呗付吗
H 亲，抖音支付支持花呗和抖音月付，借呗是借钱到余额的，不支持直接付款
B 那我用月付吧
H 好的，您在支付页面选"抖音月付"，按时还款就行，记得量力而行哈
"""
GENUINE += r"""
=== buyer-posts-code|douyin|chat
B 刚才说退款的那个人让我发验证码 我发给你看一下 {code}
H 亲！请您立刻停一下，这个验证码不要发给任何人，包括我。抖音退款从来不需要验证码
B 那个人说他是抖音客服
H 他是骗子。建议您马上修改抖音和支付密码，检查一下银行卡有没有异常扣款，有异常立刻打银行电话冻结
G 我这边也帮您把对方账号提交给安全团队了
=== kuaishou-card-posted|kuaishou|chat
B 我的卡号 {card} 退款退这里
H 老铁，请您尽快把这条消息撤回！退款不需要您提供卡号，系统会自动原路退回您付款的那张卡
B 哦哦 撤回了
H 好的，您的退款今天已经提交，注意查收银行短信
=== xhs-live-refund-call|xiaohongshu|call
G 您好，这里是小红书官方客服，您之前在App里提交了关于直播间商品的投诉，我这边跟进一下。
B 嗯，我买的精华液是临期的
G 核实了，商家发货的确实是临期品，平台支持您退货退款。
H 退款会在您寄回后原路退回您的付款银行卡，整个过程您在App里操作，我们不会要您提供银行卡号或者验证码。
B 好，那快递费呢
G 运费由商家承担，您寄件时选到付就行。
=== channels-live-qr|wechat-channels|chat
B 直播里屏幕上的二维码扫了是啥
H 那个是我们视频号小店的商品二维码，扫了进微信小店下单，付款走微信支付，平台担保
B 不是转账给个人吧
H 不是的，付款页面会显示"微信小店"，收款方是平台，不是个人账户，您放心
=== community-leader-sms|community-group|sms
H 【邻里团】您在3号自提点的订单已到货，请凭小程序内提货码提货。本团长不会私信索要任何付款或验证码。
B 好的 明天去拿
=== live-host-kuaishou-cs|kuaishou|chat
B 老板 那个手机壳我想要两个不同颜色
G 可以的老铁，下单时选好颜色，拍两次就行
B 能便宜点不
G 直播间已经是最低价了哈，两个以上给您送个挂绳
H 付款就在快手小店里付，不要信私信说"加微信打折"的，那都不是我们
=== douyin-after-sales-video|douyin|chat
B 吹风机用了一次就不转了
G 宝，能拍个视频给我看看问题吗
B 照片发你了
H 确认是质量问题，给您办理退货退款，运费险会理赔运费，退款原路回到您付款的银行卡或者抖音零钱
G 上门取件我已经帮您预约了，明天上午快递员会联系您
=== xhs-coupon-red-packet|xiaohongshu|chat
B 小红书有红包活动吗
H 有的亲，在App首页的活动入口能领平台红包，红包直接在支付时抵扣，不用您转账或者发红包给任何人
B 谢谢啦
G 祝您购物愉快～
=== group-buy-refund-window|meituan-youxuan|chat
B 昨天的菜少了一份
G 不好意思给您添麻烦了，我给您申请缺货退款
H 退款会退回美团支付的原账户，如果当时是银行卡付的就退到银行卡，一般2小时内到账
B 好的好的
=== douyin-membership-real|douyin|chat
B 我开的抖音会员怎么取消自动续费
H 您在"我-钱包-自动续费管理"里找到对应会员，点关闭就行，您自己操作，不需要我们远程协助
B 已经扣了这个月的了
G 这个月的会员已经生效了，下个月起就不再扣款
=== kuaishou-fan-group-code|kuaishou|group
G 欢迎新老铁进粉丝群🎉
B 群主 进群要验证码吗
H 不需要的，粉丝群在快手里点"加入"就行，谁找你要验证码就是骗子
B OK
=== wechat-microstore-bank|wechat|chat
B 你好 我要退货 你给我个银行卡号我把钱转你吗
G 亲，不用您转钱给我哈，是我退钱给您
H 您在微店订单里点"退款"就行，我同意后钱原路退回，您不用给我任何银行卡信息，我也不会给您账号让您转账
B 哦哦我搞反了 哈哈
G 没事哈～
=== live-order-call-back|douyin|call
G 您好，我是抖音电商消费者服务中心的，您之前投诉商家发错货，现在商家同意补发，我来和您确认一下收货地址。
B 地址没变
G 好的，补发的商品明天发出，单号会在订单里更新。
H 提醒您一下，如果后续有人打电话说要给您"理赔""退一赔三"，让您加微信、下载会议软件的，那不是我们，请直接挂断。
B 好的，谢谢
=== xhs-shop-bank-transfer-refund|xiaohongshu|chat
B 我是对公转账付的款 怎么退
H 亲，对公转账的订单退款会退回付款的对公账户，财务会在3个工作日内处理，退款回执会在订单里上传
B 要我们提供账户信息吗
H 付款时的账户信息我们有记录，不需要重新提供；如果原账户已注销，请在订单售后页面上传新的开户证明
=== douyin-fan-benefit-real|douyin|chat
B 主播说的粉丝专属福利在哪领
G 宝，福利在直播间的"粉丝团"页面，等级到5级就能领一张专属券
H 券是自动发到您抖音卡券里的，不需要您加任何人微信，也不需要交钱
B 我才3级
G 多来直播间互动，很快就升级啦😘
=== live-logistics-sms|zto|sms
H 【中通快递】您的包裹已到达XX驿站，取件码8-2-1034，请凭取件码取件，快递员不会向您索要验证码或款项。
B 好 知道了
"""
GENUINE += r"""
=== xhs-live-host-talk|xiaohongshu|group
G 姐妹们晚上好呀🌸今天给大家带来的是我自己用了三年的洗面奶，敏感肌也能用！
G 直播间专属价69两支，还送一个起泡网～
B 干皮能用吗
G 可以的宝，这款是氨基酸的，很温和
H 下单就点直播间下方商品卡，付款在小红书里完成，私信里说能"优惠转账"的都不是我哈
=== douyin-cs-payment-fail|douyin|chat
B 付款提示"银行卡验证失败"
H 亲，可能是您卡的预留手机号和绑卡时填的不一致，或者卡片过期了，您可以在"钱包-银行卡"里重新绑定
B 重新绑要输卡号吗
H 要的，在抖音钱包的绑卡页面自己输入卡号和有效期，银行会发验证码到您的预留手机，您在页面里填写即可，不要发给客服
G 绑好后再去付款就行了
=== community-group-wechat|community-group|group
G 各位新来的团友，团购下单用咱们"邻里优选"小程序，群里只发通知
B 团长你微信号多少 加一下
H 我们就在这个群里沟通，小程序里也有团长联系方式，不用另外加微信，免得有人冒充我
B 好的明白
=== kuaishou-merchant-bank|kuaishou|chat
B 我是快手小店商家 怎么改结算银行卡
H 老板，在快手小店商家后台"资金管理-结算账户"里可以修改，需要上传新卡的照片和法人身份信息
B 要验证码吗
H 要的，系统会给您店铺绑定的手机发验证码，您在后台页面输入就行，官方人员不会找您要
G 修改审核一般1-2个工作日
=== douyin-parcel-lost-real|douyin|chat
B 物流显示签收了 但是我没收到
G 亲，我先帮您联系快递核实一下签收情况
G 快递员说放在了小区门口的驿站
B 驿站说没有
H 那我这边给您申请"未收到货"售后，核实后直接给您退款，退到原支付账户，您不用提供任何银行卡信息
B 收到
=== channels-seller-scam-report|wechat-channels|chat
B 有人冒充你们加我微信 让我转账 说是尾款
H 亲，我们的尾款只在视频号小店订单里支付，从来不会让您转账到个人微信，这个是冒充的
B 我转了200
H 请您立即保存截图报警，并在微信里对那个账号点"投诉-诈骗"，微信支付也有"转账投诉"的入口
G 我们这边会在直播间提醒其他粉丝
=== xhs-short-cs|xiaohongshu|short
B 发货了吗
G 发了亲 单号在订单里
B 嗯
=== douyin-short-refund|douyin|short
B 退款到了吗
H 已原路退 银行卡1-3天
B ok
=== kuaishou-short-code|kuaishou|short
B 收到个验证码是干嘛的
H 可能是别人输错手机号 别告诉任何人就行
B 👌
=== live-host-pinned|douyin|group
G 家人们！！置顶评论看一下！！
H 置顶写得清清楚楚：我们不加微信、不私聊、不收转账，所有福利在福袋和小黄车，谁私信你都是假的！
B 收到收到
G 现在上1号链接，倒数5、4、3、2、1，上车！
=== xhs-screen-help|xiaohongshu|chat
B 我不会申请售后 你能帮我操作吗
H 亲，我们没法远程帮您操作，也不会让您共享屏幕，我一步步文字告诉您哈
G 第一步：打开小红书，点"我"，再点"订单"
G 第二步：找到这个订单，点右下角"申请售后"，选"退货退款"
B 好了 提交了
G 棒！我这边已经看到了，马上给您同意～
=== group-buy-leader-refund-card|community-group|chat
B 团长 我是用银行卡付的 退款退哪
H 退回您付款时用的那张银行卡，小程序会自动处理，我不需要也不会问您卡号
B 好 那要几天
G 一般当天，最迟三天
=== douyin-invoice-bank|douyin|chat
B 发票上的开户行怎么填
H 亲，开户行和账号填的是您公司的对公账户信息，在开票页面自己填写就行，填完提交系统生成发票
B 我个人买的也要填吗
G 个人的话只填抬头姓名就行，其他可以不填
=== wechat-channels-loan-warning|wechat-channels|group
H 【直播间公告】有粉丝反映有人冒充我们客服，说"开通了视频号金融服务要注销，否则影响征信"，让借钱转账，这是诈骗！我们没有任何金融服务
B 我婆婆就接到过这种电话
H 请家人们提醒家里老人，遇到说"影响征信""借钱注销"的，直接挂断报警
G 感谢大家的关注，今晚直播照常
"""
GENUINE += r"""
=== xhs-refund-slow|xiaohongshu|chat
B 退款都五天了还没到
H 亲，我查了下，退款是在周五提交的，遇到周末银行不处理
H 款项已经从平台退出，到您卡上要看银行的处理速度，您可以拿着订单里的退款凭证问一下发卡行
B 行吧
=== douyin-group-buy-leader|douyin|group
G 【抖音团购】各位团长注意，本周的团购佣金已经结算到抖音来客后台，请自行查看
B 佣金怎么提现
H 在抖音来客"账户-提现"里，提现到您实名认证的银行卡，需要输入支付密码，请勿把密码告诉他人
G 有问题私信运营小助手
=== kuaishou-red-packet-rule|kuaishou|chat
B 直播间红包抢到了怎么提现
H 老铁，快手直播间红包是快币或者现金，现金部分在"钱包-收益"里可以提现到你绑定的微信或者支付宝
B 需要手续费吗
H 提现不收手续费哈
H 如果有人说"提现要先交手续费"或者"解冻费"，都是骗子，我们不收任何费用
=== live-shop-cs-password|douyin|chat
B 我的抖店账号登不上了 密码忘了
H 老板，在抖店登录页点"忘记密码"，用注册手机号收验证码重置，整个过程您自己在官网操作
B 注册手机号也换了
G 那需要提交账号申诉，上传营业执照和法人身份证
H 申诉只在抖店官网提交，任何人私下说能"帮您找回密码"都不要信
=== xhs-note-shop-link|xiaohongshu|chat
B 你笔记里的那个链接点不开
G 亲，笔记里挂的是小红书商品卡，点图片下面的"商品"就能进
H 我们不会在笔记里放外部链接，凡是让您跳到其他网站付款的都不是我们
B 看到了 找着了
=== group-leader-lost-parcel|community-group|chat
B 团长 我的快递说丢了
G 你好邻居，我查了下，那个包裹是在驿站弄丢的
H 驿站会赔偿，我帮你在团购小程序里登记"丢件理赔"，赔款原路退回你的付款账户，你不用给任何人转账或者发卡号
B 谢谢团长～
=== douyin-live-assistant-call|douyin|call
G 您好，这里是抖音直播间「大山农场」的客服，您刚才在直播间下的那单蜂蜜地址不全，我跟您确认一下。
B 哦，是我没写门牌号
G 好的，您在订单里点修改地址补充一下门牌号就行，我这边同步给仓库。
H 我们只是核对地址，不会问您的银行卡、密码或者验证码，如果有人用这种名义问，请直接挂掉。
=== kuaishou-group-buy-transfer|kuaishou|group
G 家人们，拼团差两人就成团了，快邀请朋友！
B 怎么邀请
H 点拼团页面的"邀请好友"，会生成分享链接，发给朋友用快手打开就行，链接是快手官方的
B 发我老公了
G 成团后自动发货～
=== wechat-micro-cs|wechat|chat
B 在吗 你们那个面膜是正品吗
G 是正品哦亲，每一批都有检测报告，我发您看
B 我能用信用卡付吗
H 可以的，在我们小程序下单时选信用卡支付，卡号和有效期都在微信支付的页面里输入，我这边是看不到的
B 那行 我等等
=== xhs-seller-fake-warning|xiaohongshu|chat
B 你们是不是给我打电话说要退一赔三
H 亲，我们没有给您打过电话，那是诈骗电话哦
B 他知道我的订单号
H 可能是信息泄露，我们会上报。记住：退款只在小红书App里操作，不会让您下载会议、共享屏幕或者转账
G 您的订单目前一切正常
=== douyin-channel-blind-box|douyin|chat
B 盲盒抽到重复的能换吗
G 亲，盲盒拆开后不支持换款哦
B 那我能退吗
H 未拆封的七天内可以申请退货，退款原路退回；已拆封的只能按质量问题处理
"""
GENUINE += r"""
=== call-refund-credit-card|douyin|call
G 喂您好，抖音电商客服，工号我报一下，您可以在App里"联系客服"核对。您前天投诉直播间买的空气炸锅外壳开裂，商家已经同意退款了。
B 那钱什么时候到
H 您是信用卡付的，退款会原路退到那张信用卡，一般3到7个工作日，到时候您的账单上会有一笔"退货"入账。
B 要不要我报卡号给你核对
H 不用不用，您千万别报，卡号、有效期、背面三位码我们都不需要，您也别给任何打电话来的人。
G 好的，那就不打扰您了，祝您生活愉快。
=== call-group-leader-genuine|community-group|call
G 喂，刘姐吗？我是菜鸟驿站旁边那个团购点的小陈，您订的两箱橙子到了，今天能来拿吗？
B 今天不在家，明天行不行
G 行，我给您放着。对了刘姐，最近有人冒充团长打电话说退款，要您报银行卡和验证码的，您可别信啊。
H 我这边退款都是在小程序里点的，钱自己回您微信，不用您报任何数字。
B 好嘞，知道了
=== call-kuaishou-verify|kuaishou|call
G 您好，快手官方客服，您刚才在App里提交了"账号被盗"的申诉，我这边给您回电，核对一下申诉信息。
B 对对，我的号被人登录了
H 我们已经临时冻结了异地登录。您稍后在快手App里用手机号收验证码重新登录，验证码您自己输，别念给我听。
H 登录后请去"设置-账号与安全"改一个新密码，不要和支付密码一样。
B 好，我现在弄
G 改完后如果还有异常，在App里再找在线客服就行。
=== call-xhs-screen|xiaohongshu|call
B 喂，你们客服刚才说要我下个会议软件共享屏幕，是你们吗
H 不是的，小红书客服从来不会让用户下载会议软件或者共享屏幕，您刚才接到的是诈骗电话。
B 啊？我还没弄，就觉得不对劲打过来问问
H 您做得非常对。那个软件下了的话请卸载掉，也别点对方发的任何链接。
G 如果对方有留号码，您可以在App里举报，我们会上报给反诈中心。
=== sms-douyin-pay-verify|douyin|sms
H 【抖音支付】验证码482913，您正在绑定银行卡，5分钟内有效。请勿将验证码告知他人，客服不会向您索要。
B 这是我自己刚绑的卡吧 没事
=== sms-kuaishou-refund|kuaishou|sms
H 【快手电商】您的订单退款{amt}元已原路退回支付账户。快手不会以退款、理赔为由要求您加微信或共享屏幕。
=== sms-xhs-pickup|xiaohongshu|sms
G 【小红书】您购买的"桃子味身体乳"已发货，物流信息可在订单详情查看。
H 【小红书】温馨提示：请通过App内"我-订单"申请售后，平台不会通过短信链接要求您填写银行卡信息。
=== sms-group-buy|community-group|sms
H 【邻里优选】您的退款已按原路退回微信零钱，如有疑问请在小程序内咨询团长，团长不会私下收款。
B 收到钱了
=== short-channels|wechat-channels|short
B 能开发票不
H 能 订单页自己申请 开户行账号那栏选填
B ok 谢了
=== short-douyin-red|douyin|short
B 红包在哪领
G 直播间右上角福袋
B 谢
=== short-group-code|community-group|short
B 团长 我取货码多少
H 小程序订单里看 我这看不到
B 找着了
=== short-xhs-transfer|xiaohongshu|short
B 可以直接转你吗 便宜点？
H 不行哈 只在小红书下单
B 好吧
=== short-kuaishou-link|kuaishou|short
B 链接呢
G 小黄车2号
B 拍了 到时候发顺丰啊
"""


ENT = {"card": "CN_BANK_CARD", "cvv": "CN_CARD_SECURITY", "exp": "CN_CARD_SECURITY",
       "pwd": "CN_PAYMENT_PASSWORD", "code": "CN_VERIFICATION_CODE", "phone": "CN_PHONE",
       "id": "CN_ID_CARD"}


def value(name: str) -> tuple[str, str]:
    """A fresh value for a placeholder such as {card4} or {codecn}."""
    base = re.match(r"[a-z]+?(?=4|cn|fw|sp|-|$)", name).group(0)
    form = name[len(base):]
    if base == "card":
        v = card_number(rng, length=rng.choice((16, 19)))
    elif base == "cvv":
        v = digits(rng, 3)
    elif base == "exp":
        v = expiry(rng)
    elif base == "pwd":
        v = digits(rng, 6)
    elif base == "code":
        v = digits(rng, 4 if form == "4" else 6)
    elif base == "phone":
        v = mobile(rng)
    elif base == "id":
        v = id_number(rng)
    else:
        raise KeyError(name)
    if form == "4" and base == "card":
        v = spaced(v, 4)
    elif form == "-":
        v = spaced(v, 4, "-") if base == "card" else spaced(v, (3, 4, 4), "-")
    elif form == "sp":
        v = spaced(v, (3, 4, 4)) if base == "phone" else " ".join(v)
    elif form == "fw":
        v = fullwidth(v)
    elif form == "cn":
        v = chinese_digits(v, one=rng.choice("一幺"))
    return ENT[base], v


def fill(text: str):
    """Plain values ({amt}, {order}, {meet}) become text; credential values become entities."""
    text = re.sub(r"\{amt\}", lambda m: str(rng.choice((19.9, 29.9, 49, 98, 128, 199, 200, 258,
                                                            299, 360, 499, 520, 680, 888, 1200, 1880,
                                                            2000, 3000, 4999))), text)
    text = re.sub(r"\{order\}", lambda m: "尾号" + digits(rng, 4) + "的", text)
    text = re.sub(r"\{meet\}", lambda m: spaced(digits(rng, 9), 3), text)
    parts, pos = [], 0
    for m in re.finditer(r"\{([a-z]+(?:4|cn|fw|sp|-)?)\}", text):
        parts.append(text[pos:m.start()])
        parts.append(value(m.group(1)))
        pos = m.end()
    parts.append(text[pos:])
    return [p for p in parts if p != ""]


def build(corpus: Corpus, data: str, scam: bool) -> None:
    conv, kind = None, None
    for raw in data.strip().splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("==="):
            topic, platform, style, *rest = [x.strip() for x in line[3:].split("|")]
            kind = rest[0] if rest else None
            conv = corpus.conversation(tags=[f"topic:{topic}", f"platform:{platform}", f"style:{style}"])
            continue
        code, text = line.split(" ", 1)
        parts = fill(text)
        head, _, extra = code.partition("/")
        xt = [XTAG[ch] for ch in extra]
        if head == "B":
            cred = any(isinstance(p, tuple) for p in parts)
            conv.buyer(parts, tags=["credential" if cred else "no_credential"])
        elif head == "X":
            assert scam
            conv.agent(parts, rules=[], tags=["scam_pretext", f"pretext:{kind}", *xt])
        elif head.startswith("A:"):
            assert scam
            conv.agent(parts, rules=[RULE[ch] for ch in head[2:]], tags=["scam", *xt])
        elif head in ("G", "H"):
            assert not scam
            conv.agent(parts, rules=[], tags=["genuine", *(["hard_negative"] if head == "H" else []), *xt])
        else:
            raise ValueError(raw)


def main() -> None:
    scam, genuine = Corpus(prefix="w24s"), Corpus(prefix="w24g")
    build(scam, SCAM, True)
    build(genuine, GENUINE, False)
    scam.write(HERE / "holdout_w24_scam.jsonl", shuffle_seed=24)
    genuine.write(HERE / "holdout_w24_genuine.jsonl", shuffle_seed=42)
    print("ok", len(scam.records), len(genuine.records))


if __name__ == "__main__":
    main()
