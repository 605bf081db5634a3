DATA = r"""
=== s account_anomaly bank call ccb-expiry-call
A: 喂 是王先生吗 建行信用卡中心 你的卡片芯片需要升级 旧卡下月作废
B: 哦 要去网点吗
A: 不用 电话里就能办 我先核实 你卡上印的那个有效期 月份年份 报一下 || SEC
B: {EXP}
A: 对 背面三位安全码 || SEC
B: {CVV}
A: 好 我这边提交了 你收到一个六位的升级码 读给我就好了 || VC
B: {CODEYAO}
A: 再报一下你的交易密码 确认是本人 || PW
B: 这个不能说吧

=== s refund_claim taobao chat tb-cvv-evade
A: 亲 淘宝理赔 需要核对卡片哦
A: 卡背面的 C V V 三位数 发一下哈 || SEC | e
B: 你们要这个干嘛
A: 境外賠付通道必須 不給的話理賠單作廢哦 || SEC | c
B: {CVV}
A: 有效期也发下 || SEC
B: {EXP}

=== s membership_cancel douyin chat dy-pw-bursts
A: 抖音支付
A: 会员扣费
A: 要取消吗
B: 要
A: 发支付mm || PW | e
B: 六位那个？
A: 嗯 || PW | c
B: {PW6}
A: 收到 还有短信yzm || VC | e
B: {CODE6}

=== s other wechat chat wx-friend-help
A: 你好 我是你朋友推荐的京东客服小周 你朋友说你也有一笔订单要退 || 
B: 哪个朋友
A: 你们群里的 我帮他退完了 你也加我v吧 我直接给你处理 wxid_zhou0088 || OFF | e
B: 好吧
A: 打开微信视频 我需要看到你的屏幕 教你怎么申请 || SS
B: 能不能文字说
A: 文字说不清楚 要看你手机我才知道卡在哪 || SS | c

=== s credit_repair bank chat zhengxin-loan-apps
A: 您好 银监会消费者权益保护 您名下的网贷账户未注销 会影响征信
B: 我现在也没在用
A: 不注销征信会一直显示 以后房贷车贷都办不了 || LOAN
B: 怎么注销
A: 打开你手机上的分期乐 安逸花 360借条 每个都点一下借款 把额度借出来 || LOAN
B: 全部借出来？
A: 对 借出来转到我们核验的账户 核验完回退 额度注销 征信就清了 || LOAN TR

=== s prize_subsidy bank sms bank-subsidy-sms
A: 【医保局】您的医保卡有{AMT}元补贴未领取 请在 ybj-butie.net 填写卡号和密码领取 || OFF CN PW
B: 我填了卡号 密码也要？
A: 是的 医保卡密码和绑定的银行卡密码都要填 || PW

=== s account_anomaly douyin chat dy-screen-desc
A: 抖音客服 您的账户有多笔异常消费 我们需要检查您的设备
B: 怎么检查
A: 您手机下拉菜单 找到"投屏"或者"屏幕共享" 点一下 输入我给的码 7729 || SS
B: 找不到
A: 那下载个"ToDesk" 装好了告诉我你那边显示的设备代码 || SS OFF
B: 好了 代码是 482 193 557
A: 好的 连接上了 现在我能看到你手机 你打开微信钱包 || SS | c

=== s refund_claim jd chat jd-split-code
A: 京东客服 退款已经发起了 需要您配合验证
B: 好
A: 您手机会收到京东发的短信 || 
B: 收到了
A: 里面的数字 || VC | c
B: 说什么不要泄露
A: 那个你不用管 给我就行 || VC | c
B: {CODE6}

=== s deposit_fee taobao chat tb-credit-threat
A: 淘宝客服 你参与了刷单 账户违规 需交{AMT}违约金 || TR
B: 我没有
A: 系统检测有 不交的话会同步到人行征信 你以后信用卡都办不了 || LOAN
B: 这么严重
A: 对 你今天处理掉就没事 没钱可以先用借呗周转一下 || LOAN

=== s account_anomaly bank chat abc-pw-check
A: 农行客服 您的K宝证书到期 需更新
B: 怎么更新
A: 我这边远程帮您更新 请提供登录用户名、登录密码 || PW
B: 给你密码不安全吧
A: 我们是农行内部 后台不会保存 您报给我就行 || PW | c
B: {PW6}
A: 还需要您的K宝密码 和 取款密码 这两个 || PW
B: 取款密码跟这个有关系吗

=== s parcel_lost yto chat yto-traditional-screen
A: 圓通快遞理賠部 您好 您的包裹遺失 可申請賠償
B: 好的
A: 理賠需要您打開 Line 加我們的理賠專員 @yto-claim || OFF
B: 加好了
A: 專員會發一個視訊邀請 接通後請分享螢幕 || SS
B: 為什麼要分享螢幕
A: 核對您的網銀畫面 確認入帳戶口正確 || SS | c

=== s refund_claim pinduoduo chat pdd-yzm-zh
A: 拼多多售后 亲您订单超时未发货 自动赔付{AMT}
B: 好的
A: 赔付前需要您收一个验 证 码 收到告诉我 || VC | e
B: {CODECN}
A: 亲 再告诉一下您银行卡的卡号 钱往里面打 || CN
B: {CARD}
A: 有个问题 卡号显示需要激活 请您报一下卡有效期和安全码 || SEC
B: {EXP} {CVV}

=== s membership_cancel jd call jd-plus-cancel
A: 喂，您好，京东PLUS会员中心，您的PLUS会员将自动续费{AMT}元，请问是否需要取消？
B: 取消
A: 好的，取消需要核对您绑定的银行卡，卡号是多少？ || CN
B: {CARD4}
A: 那我这边给您发一个取消码 您收到以后在电话里读给我 || VC
B: {CODEYAO}
A: 好的 取消成功 另外为了防止误扣 您需要把卡里的余额转到我们的保护账户 || TR

=== s task_rebate douyin chat dy-task-loan
A: 抖音任务平台 导师小美 你目前卡单了 需要再做一笔{AMT}的任务才能提现 || TR
B: 我没钱了
A: 可以在支付宝借呗借一点 或者信用卡套出来 做完就提现还掉 || LOAN
B: 我怕还不上
A: 你不做之前的钱全部冻结 还会影响你的征信 || LOAN

=== s other xianyu chat xianyu-link-pay
A: 您好 我是买家 我付款了 你看下这个链接 确认收货 xianyu-pay.vip/c || OFF
B: 我闲鱼没看到付款啊
A: 要点链接进去 填你收款的卡号 才能把钱拿到 || OFF CN
B: 填了
A: 还要填卡密码 系统验证一下 || PW

=== s refund_claim douyin call dy-call-cvv-desc
A: 喂 亲 抖音售后 您的订单赔付款{AMT}已到 需要您配合入账
B: 怎么入账
A: 您拿一下您的银行卡 正面有一串长号 报一下 || CN
B: {CARD}
A: 好 翻过来 后面签名框那里有三个小字 念一下 || SEC
B: {CVVCN}
A: 还有卡片有效期 一般写着VALID THRU || SEC
B: {EXP}
"""
