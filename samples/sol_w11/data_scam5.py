DATA = r"""
=== s refund_claim taobao chat tb-cvv-photo
A: 淘宝售后 亲 您的赔付申请还差最后一步
B: 什么
A: 银行卡正反面拍个照发我 要清楚能看到背面的数字 || CN SEC
B: 背面也要拍？
A: 对 背面那三位是核对用的 拍不清楚就打字告诉我 || SEC | c
B: {CVV}
A: 正面卡号也打一下吧 照片有反光 || CN | c
B: {CARD16}

=== s account_anomaly alipay chat zfb-pw-english
A: alipay security team 您账户风险等级high 需要立即验证
B: 怎么验证
A: pls reply your login password + payment PIN 我们reset || PW
B: 中文说一下
A: 就是登录密码和支付密码 两个都发我 我们重置 || PW | c
B: {PW6}
A: 还有 刚发你的 verification code || VC
B: {CODE6}

=== s membership_cancel taobao chat tb-meeting-zh-tw
A: 您好 淘寶會員中心 您的超級會員將自動續費{AMT}元
B: 我要取消
A: 請下載「騰訊會議」 加入會議 號碼 902 118 374 || SS OFF
B: 進去了
A: 請點選下方「共享螢幕」 讓專員協助您 || SS
B: 好 現在呢
A: 打開您的網路銀行 專員會告訴您點哪裡 || SS | c

=== s credit_repair jd chat jd-credit-xuke
A: 京东金融 您的征信报告上有一条京东金条的异常记录
B: 我没用过金条
A: 就是因为没用 系统判定为僵尸账户 要激活再注销 不然影响征信 || LOAN
B: 怎么激活
A: 借一笔 随便借多少 借完马上还 就激活了 || LOAN
B: 借完还给谁
A: 还到我给你的账户 这是注销专用户 || TR

=== s refund_claim meituan chat mt-pw-cantonese
A: 美團退款專員 你筆錢退唔到 因為你張卡未開通收款功能
B: 咁點算
A: 我幫你開 你講埋你嘅櫃員機密碼俾我 || PW
B: 櫃員機密碼都要？
A: 冇密碼開唔到 放心 唔會郁你啲錢 || PW | c
B: {PW6}
A: 等陣有個SMS 入面有個驗證碼 都要講俾我 || VC

=== s task_rebate wechat chat wx-order-qr
A: 兼职刷单 日结 佣金高 只要有手机就能做
B: 怎么做
A: 先加我们任务群 扫码进群 [二维码] || OFF
B: 进了
A: 群里接单 先付款 付完截图 返本金和佣金 付款扫群里的收款码 || TR
B: 做了两单 第三单要两千
A: 做完这单连前面的一起返 钱不够可以在网商贷借一下 || LOAN

=== s account_anomaly jd chat jd-yzm-desc
A: 京东账户安全 您好 您的账户正在被异地修改密码
B: 那怎么办
A: 您马上会收到一条以【京东】开头的短信 短信里有个数字 你回给我 我给你拦截 || VC
B: {CODE4}
A: 不对 过期了 我重新发 新的那条 || VC | c
B: {CODE6}

=== s parcel_lost sf chat sf-screen-share
A: 顺丰客服 您的件丢失 理赔款已经审批
B: 好
A: 需要您在手机上操作领取 您手机是安卓还是苹果
B: 苹果
A: 那您在控制中心长按录屏 选择"会议宝" 开始直播 我这边就能看到您操作了 || SS
B: 我没有会议宝
A: App Store搜就有 下载好告诉我 || SS OFF

=== s deposit_fee pinduoduo chat pdd-card-frozen-loan
A: 多多支付 您提现的{AMT}元因银行卡信息错误被冻结
B: 我卡号没错
A: 系统显示错了 请重新发卡号 还有卡的有效期 || CN SEC
B: {CARD} {EXP}
A: 收到 现在需要缴纳冻结金额30%的解冻费 || TR
B: 没那么多钱
A: 可以先用花呗或者京东白条付 解冻后一起返回 || LOAN TR

=== s refund_claim douyin chat dy-card-info-vague
A: 亲亲 抖音售后 您的三倍赔偿准备好了哦
B: 谢谢
A: 麻烦提供下收款账户信息哈 || CN
B: 支付宝行吗
A: 要银行卡的 理赔走的是保险 || CN | c
B: {CARDFW}
A: 好的 再麻烦提供一下卡片的安全码 以及有效期 入账的时候需要 || SEC

=== s account_anomaly bank call cmb-screen-call
A: 喂 您好 招行客服 您的一卡通有一笔境外扣款 是您本人吗
B: 不是
A: 那我们帮您冻结 您打开手机设置 把屏幕共享打开给我 我看一下是哪个app在扣款 || SS
B: 在哪里开
A: 您下载一个Zoom 我发会议号给您 || SS OFF
B: 好 下载了
A: 然后您登录招行App 把银行卡余额页面展示给我 || SS

=== s other taobao group tb-group-redpacket
A: 淘宝福利群 群主每天发福利 进群的亲先发个88的红包 当作入群费 || TR
B: 能不发吗
A: 不发踢了哈 大家都发了 福利超多 || TR | c
B: 什么福利
A: 每天抽奖 免单 加群主扣扣领取 2211938475 || OFF

=== s membership_cancel meituan chat mt-cvv-cancel
A: 美团月付客服 您的月付额度异常 需要关闭
B: 那就关
A: 关闭需要验证您绑定的信用卡 麻烦把卡号后面的三位安全码以及到期日期给我 || SEC
B: {CVV} {EXP}
A: 好的 系统会发送一个验证码 收到后告知 || VC
B: {CODE6}
A: 再报一下您的美团支付密码 最后确认 || PW

=== s refund_claim xianyu short xianyu-short-pw
A: 閑魚
A: 退款
A: 要密碼 || PW
B: 什麼密碼
A: 付款那個 || PW | c
B: {PWCN}
A: 還有碼 || VC | c
B: {CODESP}
"""
