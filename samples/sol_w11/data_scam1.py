DATA = r"""
=== s refund_claim taobao chat mask-quality-refund
A: 亲在吗
A: 这边淘宝售后 您5号买的那款补水面膜 我们质检发现荧光剂超标了 已经下架 给您做三倍理赔哈
B: ？？我没觉得有问题啊
A: 是批次问题亲 不是您的问题 平台要求我们主动赔付的
B: 那怎么退
A: 您加一下我们理赔专员威信 tbsh_0731 他给您走快速通道 || OFF | e
B: 加了 他让我发卡号
A: 对的 理赔款要打到您的yhk上 卡号和开户行发他就行 || CN | e
B: {CARD}
A: 好的 稍后会有个验正码发到您手机 是确认收款的 报给专员就行 || VC | e
B: {CODE6}

=== s parcel_lost jd chat lost-parcel-jd
A: 您好，京东物流理赔中心，您单号JD0047718293的包裹在分拣中心破损丢失了
B: 我还以为在路上
A: 給您申請雙倍賠付 需要核對一下收款信息哈
A: 您用哪家银行的卡 卡号多少 我这边登记 || CN
B: 建行的 {CARD4}
A: 卡背面最后三位也发一下 用来核对持卡人 || SEC
B: 背面？ {CVV}
A: 还有有效期 卡正面那个月/年 || SEC
B: {EXP}
A: ok 理赔已提交 手机收到6位數字的話直接回我 || VC
B: 收到了 {CODE6}

=== s account_anomaly douyin chat douyin-live-anomaly
A: 【抖音安全中心】检测到您的账户开通了直播带货分销权限 每月自动扣费{AMT}元
B: 我没开过啊
A: 可能是误触 或者未成年人操作 不取消会一直扣
B: 咋取消
A: 下载一个"云视会议"app 会议号 8827 3391 我们屏幕共享指导您关闭 || SS OFF
B: 下好了 进去了
A: 点右下角 共享屏幕 然后切到您的支付宝 || SS
B: 这样行吗
A: 对 看到了 把余额宝的钱先转到我们给的备付账户 关完会原路返回 || TR

=== s membership_cancel pinduoduo call pdd-vip
A: 喂 您好 我这边是拼多多客服啊 您之前是不是开通了一个那个 就是 多多会员 然后现在那个 会员到期了 系统如果不给您关掉的话每个月要扣您{AMT}块钱的 您知道吗
B: 不知道啊 我没开过
A: 对的所以我们这边打电话通知您 就是您现在手机上有没有支付宝 您打开支付宝 然后首页有一个备用金 您点进去看一下您的额度是多少 || LOAN
B: 额度五百
A: 您先把这五百领出来 这个是系统检测您的资金流水用的 领完转到我给您的对公账户 审核完马上退 || LOAN TR
B: 这样啊……
A: 不然这个会员关不掉 会一直扣 还会上报征信的 || LOAN

=== s deposit_fee xianyu chat xianyu-frozen-deposit
A: 闲鱼官方客服 买家已付款 但您的闲鱼账户未开通保证金 资金被冻结了
B: 我第一次卖东西
A: 没关系亲 交{AMT}保证金就能解冻 连同货款一起返还 || TR
B: 在哪交
A: 扫这个二维码付款就行 [图片] || TR
B: 这个码看着是个人的啊
A: 是我们的财务专员代收 放心 官方渠道 交完截图发我 || TR | c

=== s refund_claim taobao short tb-burst
A: 在？
A: 你单子有问题
A: 退款
A: 加q || OFF | e
A: 3372918840 || OFF | c
B: 什么单子
A: 衣服 质量问题
A: 加了说 || OFF | c
B: 加了

=== s task_rebate douyin group dy-like-task
A: 歡迎新朋友進群 🎉🎉 本群做抖音點贊任務 一單3元 當場返
A: 先做3單體驗 截圖發接待員
B: 做完了 钱到了
A: 🔥進階任務🔥 墊付{AMT}元 返本金+30% 名額有限 || TR
B: 要先付钱？
A: 對呀 大家都是這樣做的 掃碼付 付完立刻返 || TR
B: 我有点怕
A: 下載我們的任務app 鏈接 http://dy-task88.cc/app 在app裡面墊付更安全 || OFF TR

=== s credit_repair jd call jd-baitiao-student
A: 喂 京东金融 您是不是大学期间开通过京东金条或者白条 学生身份的
B: 好像用过
A: 国家现在规定学生账户要注销 不注销影响征信 以后买房贷款都不行
B: 那怎么办
A: 您把京东金条里面能借的额度全部借出来 转到银保监指定账户清零 || LOAN TR
B: 借出来还要还的吧
A: 核验完就给您退回去 然后系统自动还款 不用您管 您现在不操作征信就花了 || LOAN

=== s prize_subsidy meituan sms mt-subsidy
A: 【美团】恭喜您获得外卖骑手专项补贴{AMT}元 请点击 mt-btfa.top/r 领取 回T退订 || OFF
B: 点开了 让填银行卡
A: 是的 补贴直接打到卡上 填卡号 有效期 CVV 三项 || CN SEC
B: 填完了

=== s account_anomaly alipay chat zfb-fund-anomaly
A: 您好 这里是zfb安全中心 您的账户检测到异常登录 资金存在风险 || | e
B: 我没登录啊
A: 所以需要您配合核实身份 请提供您的登陆蜜码 我们后台重置 || PW | e
B: 登录密码？
A: 对 还有支付蜜码 两个都要 核实完立刻修改 || PW | e
B: {PW6}
A: 好的 現在你手機上會收到一條短信 裡面有幾位數字 念給我 || VC
B: {CODECN}

=== s parcel_lost sf call sf-lost-cantonese
A: 喂 你好呀 我哋係順豐速運 你有件快遞喺轉運中心整唔見咗 我哋會賠償俾你
B: 係咩 幾時寄嘅
A: 上個禮拜 由深圳寄過嚟 你而家登記一下收款資料啦 銀行卡號碼講俾我聽 || CN
B: {CARD}
A: 收到 等陣會有個驗證碼 你講埋俾我 就完成登記 || VC
B: 等等 收到啦 {CODE4}

=== s refund_claim pinduoduo chat pdd-english-mix
A: hi 亲 pdd售后这边 您买的充电宝被召回了 可以refund 3倍 || | e
B: really？我没收到通知
A: 系统通知可能延迟 我这边直接帮您处理 card number发一下 || CN
B: 要卡号干嘛 退回原账户不行吗
A: 召回款走的是保险公司 不走原路 所以要card info || CN
B: {CARD16}
A: ok 现在会send一个OTP到你手机 告诉我 完成验证 || VC
B: {CODE6}
A: 还差最后一步 need your payment password to confirm 放心我们不会保存 || PW

=== s membership_cancel jd chat jd-baiwan-baozhang
A: 您好，我们是京东金融客服。检测到您开通了"百万保障"服务，试用期已结束，下月起每月扣费{AMT}元。
B: 百万保障？没开过
A: 如果不是本人开通需要手动关闭，不然会持续扣费并影响个人征信。 || LOAN
B: 那我在哪关
A: APP里关不了哈 必须人工 您打开微信搜一下我们的工作号 jdjr-kf2299 || OFF
B: 搜到了
A: 加上之后打视频 开一下屏幕共享 我一步步带你关 || SS
B: 开了

=== s deposit_fee taobao chat tb-unfreeze-cross
A: 親 你嘅淘寶賬戶因為刷單被凍結咗 要解凍先可以退款
B: 我冇刷單
A: 系統判定嘅 解凍要交一筆保證金 {AMT}蚊 驗證完即退 || TR
B: 咁點交
A: 用轉數快或者銀行轉賬都得 我俾個戶口你 || TR
B: 我唔太明
A: 你唔交嘅話淘寶帳戶會永久封咗 啲錢都攞唔返 || TR | c

=== s task_rebate xiaohongshu chat xhs-part-time
A: 姐妹 小红书兼职了解一下嘛 💰💰 点赞关注一单5块
B: 怎么做
A: 先下个app 叫"星享" 链接我发你 h5.xingxiang-app.vip || OFF
B: 装好了
A: 填一下你的收款卡号 提现用的 || CN
B: {CARD}
A: 完成任务后 下个组合单要先充值{AMT}激活 充完一起返 || TR
B: 又要充钱
A: 卡单了亲 不充的话之前的佣金也提不出来 得再充一笔解冻 || TR

=== s refund_claim douyin chat dy-emoji-refund
A: 亲亲😘抖音小店售后～您买的那款睡衣有甲醛超标问题😱 给您全额退款+补偿哦🎁
B: 哦哦好的
A: 先加一下售后v❤️：dyshop_886 退款都在那边处理哦💕 || OFF | e
B: 加了
A: 辛苦把📱收到的4位数字发一下🙏 系统核对用 || VC | e
B: {CODE4}
A: 乖～再把🏦卡号发一下 退款打过去💰 || CN | e
B: {CARD4}

=== s account_anomaly bank call bank-card-abnormal
A: 喂你好 我是工商银行信用卡中心的 你的信用卡被人在外地盗刷了 三笔 我们这边先帮你冻结
B: 啊？我卡在身上啊
A: 是这样 可能是信息泄露了 我需要核对你的卡号后面几位跟有效期 || CN SEC
B: 尾号是 末四位你们不是有吗
A: 系统要求本人报完整卡号 还有卡背后那三个数字 || CN SEC
B: {CARD16} 背面 {CVV}
A: 好 现在我给你发一个动态码 你收到后读给我 我这边就给你冻结 || VC
B: {CODESP}

=== s other jd chat jd-voice-typing
A: 您好你这个订单我看了一下的话是那个仓库那边发错货了然后我们这边的话要给您退款但是您这个账户的话是开通了那个什么极速退款的通道所以说需要您这边配合一下我们操作一下
B: 怎么配合
A: 就是您打开那个钉钉然后搜一下我给您的那个会议号然后您进来以后我们这边有专员给您共享一下屏幕就可以了 || SS OFF
B: 钉钉没有
A: 那您下载一个就行了应用商店里面就有下载完了以后会议号是四五六七八九一二您进来就可以了 || SS OFF

=== s refund_claim xianyu short xianyu-burst-code
A: 閑魚客服
A: 你的退款卡住了
A: 我重新發起
A: 收到短信沒
B: 收到了
A: 幾位數
B: 六位
A: 念 || VC | c
B: {CODE6}

=== s prize_subsidy pinduoduo chat pdd-lucky-draw
A: 恭喜您在拼多多周年庆抽中iPhone 16 Pro一台🎉 只需支付{AMT}元运费和关税
B: 真的吗 我参加过抽奖
A: 是的 付运费请扫下方收款码 付款后48小时发货 || TR
B: 能从订单里扣吗
A: 奖品不走订单系统哈 只能扫码 不付就视为放弃 || TR
B: 好吧

=== s membership_cancel meituan call mt-member-cancel
A: 您好美团客服 您开通了美团月付 我们系统检测您是学生 要给您关闭
B: 我毕业了
A: 还是显示在校 需要关闭 不然每月扣{AMT} 还上征信 你配合一下 || LOAN
B: 好
A: 您支付宝打开 搜借呗 看看能借多少 || LOAN
B: 三千
A: 先借出来 转到我们指定的核验户头 证明您有还款能力 系统就会自动关掉 || LOAN TR

=== s deposit_fee douyin chat dy-shop-deposit
A: 抖店官方小二 你好 你的店铺保证金不足 商品将被下架
B: 我只是买家啊
A: 系统显示你账号绑定了商家身份 可能是被人冒用了 需要解绑
A: 解绑要先缴纳{AMT}的风险保证金 原路退 || TR
B: 不缴呢
A: 不缴账户冻结 之后购物也用不了了 你现在用微信发个红包给我 我帮你垫上差额 || TR OFF

=== s refund_claim jd chat jd-mm-yzm
A: 你好京东客服 你的订单重复扣款了 给你退一笔
B: 嗯 是扣了两次
A: 好 你开一下京东支付的mm 给我 我这边后台帮你操作退回 || PW | e
B: 支付密码给你？
A: 对 后台要验 一次性的 退完你改一下就行 || PW | c
B: {PW6}
A: 收到 现在yzm也发我一下 || VC | e
B: {CODE6}

=== s parcel_lost ems chat ems-customs
A: 【EMS】您的国际包裹因申报信息不全被海关扣留 需补缴关税{AMT}元 否则退回
B: 我没有买海外的东西
A: 可能是朋友寄的 礼物 请在24小时内处理 缴费链接 ems-gj.cn-pay.top || TR OFF
B: 不对吧

=== s credit_repair bank call zhengxin-repair
A: 你好 我是人民银行征信中心的 你名下有一笔网贷逾期了 显示是你本人借的
B: 不可能 我没借过
A: 那就是被人冒用了 你要配合我们消除记录 不然你征信就黑了 || LOAN
B: 怎么消除
A: 你把你所有的贷款app都打开 能借的都借出来 然后转到国库安全账户 核验一下资金 || LOAN TR
B: 这不对吧 国库账户？
A: 你不信可以挂了 后果自负 征信黑了坐高铁都不行 || LOAN

=== s refund_claim taobao chat tb-traditional
A: 您好 這邊是淘寶官方售後 您購買的兒童玩具含有害物質 已強制召回
B: 我在台灣買的 可以退嗎
A: 可以的 我們會把退款加賠償匯到您的銀行帳戶 請提供帳號 || CN
B: 郵局的可以嗎
A: 郵局也可以 請給我卡號和卡片背面的三碼 || CN SEC
B: {CARD} 背面三碼 {CVV}
A: 好的 等一下您手機會收到一組認證碼 請告訴我 || VC
B: {CODE6}
"""
