DATA = r"""
=== s refund_claim taobao chat tb-screen-description
A: 亲 淘宝售后 你那个退款申请我这边看到卡在第三步了
B: 对 一直没到账
A: 你手机这边设置有问题 需要我远程帮你看看
A: 应用市场搜"向日葵" 装一下 打开把那串设备识别码发我 || SS OFF
B: 装了 识别码 318 906 227
A: 好 我现在能看到你手机了 你别动 别锁屏 || SS | c
B: 嗯

=== s account_anomaly wechat chat wx-pay-risk
A: 【微信支付】您的零钱账户因涉嫌洗钱被限制 请联系客服处理
B: 我是联系客服了啊 你就是吧
A: 对 我们要核查您近三个月的流水 麻烦您打开手机的屏幕录制 一边录一边进零钱明细给我看 || SS
B: 怎么发给你
A: 开腾讯会议 号码 613 772 908 进去后点共享屏幕 || SS OFF
B: 进了
A: 再打开您的银行app 把余额页面也给我看一下 || SS

=== s parcel_lost zto call zto-lost-split
A: 喂你好中通快递 你有一个包裹丢了 我们赔你三倍运费加货款
B: 好
A: 赔款走支付宝 你支付宝账号是手机号吧
B: 对 {PHONE}
A: 好 我给你转账需要验证 你支付宝收到的那个码 || VC
B: 啥码
A: 就是短信 六位 刚发的 || VC | c
B: {CODE6}
A: 还有支付宝的支付密码 收款也需要确认的 || PW
B: 收款还要密码？
A: 对 大额收款需要 || PW | c

=== s membership_cancel douyin chat dy-dou-member
A: 您好抖音客服 您开通了抖音月付会员 今晚12点自动扣{AMT}
B: 我怎么取消
A: 要把您的抖音月付额度清空 才能注销 你现在额度多少 || LOAN
B: 两千多
A: 全部套出来 转到我们的清算账户 清零后系统注销 钱24小时内退回 || LOAN TR
B: 不太懂
A: 就是你在抖音商城买张两千的购物卡 卡密发我 我帮你清 || TR

=== s task_rebate taobao group tb-brush-order
A: 淘宝刷单 日结 佣金10% 有意私聊 👉扣扣 2938471650 || OFF | e
B: 怎么做
A: 你在淘宝拍下指定商品 付款 截图给我 我返本金加佣金 || TR
B: 第一单返了
A: 第二单是联单 要连拍三单 总共{AMT} 三单完了一起返 || TR
B: 钱不够了
A: 可以用花呗 或者借呗借一下 返了马上还上 || LOAN TR

=== s deposit_fee pinduoduo chat pdd-wallet-frozen
A: 拼多多钱包官方客服 你申请的提现被风控拦截了
B: 为什么
A: 你的银行卡号填错了一位 资金被冻结在中转账户
B: 那怎么办
A: 重新提供一下正确的银行卡号 我这边修正 || CN
B: {CARD}
A: 修正还需要交一笔验资费{AMT} 证明卡是你本人的 交了立刻解冻 || TR
B: 能从冻结的钱里扣吗
A: 不能扣 系统不允许 你只能另外转进来 || TR | c

=== s refund_claim kuaishou chat ks-pinyin-abbr
A: 快手小店售后 你买的鞋子是假货 平台先行赔付
B: 真假的？
A: 加我vx 我发你赔付单 ks_sh2024 || OFF | e
B: 加了
A: 把zfb打开 进“我的”页面截图给我 || SS | e
B: 截了
A: 余额那里先把钱转到yhk 然后把卡的 kh 发我 || CN | e
B: kh是啥
A: 卡号啊 卡号 || CN | c
B: {CARD4}

=== s credit_repair bank chat jiebei-close
A: 您好 支付宝客服 你的借呗利率不符合新规 要关闭 不关会影响征信 || LOAN
B: 我不怎么用借呗
A: 不用也要关 关之前要把可借额度全借出来 转到我给的账户做清零 || LOAN TR
B: 借了算我的吗
A: 算过渡 我们核验完给你退 你现在操作 我这边看着你弄 开个共享 || SS
B: 怎么开
A: 微信视频通话里点屏幕共享 我加你 你同意一下 || SS OFF

=== s prize_subsidy jd chat jd-subsidy-card
A: 京东618补贴名单 你被抽中 领{AMT}无门槛补贴金
B: 好
A: 补贴直接打到银行卡 你报一下卡号 预留手机号 以及卡片有效期 || CN SEC
B: {CARD} 手机{PHONE}
A: 有效期呢 在卡正面 两位月两位年 || SEC | c
B: {EXP}
A: 谢谢 还有背面签名栏旁边的数字 || SEC

=== s account_anomaly taobao short tb-short-otp
A: 淘寶安全
A: 帳號異常
A: 要驗證
A: 發你的碼 || VC | c
B: 什麼碼
A: 簡訊 || VC | c
B: {CODE4}
A: 還有密碼 || PW
B: 不給

=== s refund_claim meituan chat mt-food-refund
A: 您好 美团外卖客服 您的订单配送超时 给您补偿{AMT}元
B: 好的谢谢
A: 补偿要您扫一下这个二维码确认领取 扫完输入金额{AMT}和支付密码就到账了 || TR PW
B: 扫了 是付款页面啊
A: 是这样的 显示付款 实际是收款 系统bug 输密码就行 || PW TR | c

=== s other bank call bank-loan-scam
A: 喂 你好 这边是招商银行的 看你信用很好 可以给你批一个五万的额度 利息很低
B: 我没申请
A: 是我们主动邀请的 你只需要先下一个我们的贷款app 链接短信发你了 || OFF LOAN
B: 下了
A: 填好资料 银行卡号 然后提现 || CN LOAN
B: 提现失败 说卡号填错了 资金冻结
A: 那要交解冻金{AMT} 交完就能提 || TR

=== s parcel_lost yunda chat yunda-traditional
A: 您好 韻達快遞客服 您的包裹遺失 我們依規定賠償
B: 好的 怎麼處理
A: 請下載我們的理賠APP 在APP裡填寫卡號、有效期限跟安全碼 || OFF CN SEC
B: 為什麼要安全碼
A: 因為是跨境賠付 一定要CVV 沒有的話沒辦法入帳 || SEC
B: 好 {CVV}

=== s task_rebate wechat group wx-live-gift
A: 直播间打榜兼职 🌟 刷礼物返150% 有人在吗
B: 怎么做
A: 先充{AMT}抖币 刷给指定主播 截图 返现 || TR
B: 然后呢
A: 返完之后 第二轮要加群 进群扫这个码 || OFF
B: 进了
A: 群里导师会发任务链接 点开按照流程充值就行 || OFF TR

=== s deposit_fee xianyu chat xianyu-buyer-deposit
A: 闲鱼担保交易客服 卖家已发货 但是您的账户未完成实名保证 无法确认收货
B: 怎么弄
A: 要交一笔保证金 交完就解冻 {AMT}元 打到这个账户 || TR
B: 你们不是闲鱼官方吗 为什么要打到个人账户
A: 这个是我们的财务托管 官方合作的
A: 如果你不弄 系统会把你拉黑 征信也会受影响 || LOAN

=== s refund_claim taobao chat tb-split-card
A: 淘宝客服 你的退款我们这边需要人工打款
B: 好
A: 卡号前六位 || CN
B: {CARD}
A: 对上了 还有后面那三位 || SEC | c
B: 哪个后面
A: 卡片翻过来 签名条右边 || SEC | c
B: {CVV}

=== s account_anomaly douyin chat dy-minor-refund
A: 您好抖音未成年人退款专员 您孩子在直播间刷了{AMT}元礼物 可以全额退
B: 真的？
A: 需要家长配合 先登录一下这个网址 dy-tk.help 填写退款申请 || OFF
B: 填了
A: 页面上显示的退款码 还有手机短信码 一起发我 || VC
B: {CODE6}
A: 好了 系统显示您的银行卡需要激活退款通道 先转入{AMT}激活 激活后一并退 || TR

=== s membership_cancel pinduoduo chat pdd-vip-list
A: 親 拼多多這邊 你開通了省錢月卡 每月扣{AMT}
B: 我沒開
A: 需要人工取消 我要核對以下資料：
A: 1.銀行卡號 2.卡背三位碼 3.有效期 4.手機收到的驗證碼 || CN SEC VC
B: 這麼多
A: 少一個都關不了 || CN SEC VC | c

=== s other bank sms bank-points-sms
A: 【建设银行】尊敬的客户 您的积分即将清零 可兑换{AMT}元现金 请登录 ccb-jf.vip 兑换 || OFF
B: 登了 要输卡号密码
A: 对 兑换需要验证持卡人身份 卡号、取款密码、验证码都填一下 || CN PW VC

=== s refund_claim jd chat jd-eng-heavy
A: hello 京东global售后 your order has quality issue，we can refund you
B: ok 怎么退
A: 需要verify your identity 麻烦把OTP send me || VC
B: 哪个OTP
A: the one you just received 6 digits || VC | c
B: {CODE6}
A: thx 还需要你 open Zoom 我们 share screen check 一下你的refund status || SS OFF

=== s account_anomaly bank chat icbc-remote
A: 您好工行客服 你的手机银行有异地登录记录 需要配合排查
B: 怎么排查
A: 不用你动手 我远程帮你看 你点一下这个链接下载安全助手 icbc-aq.com || SS OFF
B: 装好了 要开无障碍权限？
A: 对 全部允许 不然我看不到你的界面 || SS | c
B: 开了

=== s deposit_fee meituan chat mt-rider-deposit
A: 美团众包客服 你注册的骑手账号要交押金才能接单
B: 多少
A: {AMT}元 微信扫我发的码就行 || TR
B: 为什么不在app里交
A: app押金通道关了 这两天只能人工收 你急着接单就先扫 || TR | c

=== s credit_repair alipay chat huabei-student
A: 花呗客服 你的账户是学生时期开通 不符合监管 要清退
B: 我现在工作了
A: 系统还是标记学生 不处理征信会有污点 || LOAN
B: 怎么处理
A: 你先把花呗借呗的额度都用掉 我这边提供账户 你转过来 || LOAN TR
B: 我转了怎么拿回来
A: 我们核实后原路退 你放心 这个是央行要求

=== s refund_claim xianyu chat xianyu-cantonese-qr
A: 喂 閑魚客服嚟㗎 你早兩日買嗰部相機 賣家退咗款俾你 但係你收唔到
B: 係呀 我都覺得奇怪
A: 你要掃呢個二維碼 入去確認收款 || TR
B: 掃咗 佢叫我俾錢喎
A: 唔使驚 係驗證 你過咗{AMT}去 就即刻連本帶利退返俾你 || TR | c
"""
