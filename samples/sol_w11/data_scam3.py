DATA = r"""
=== s account_anomaly wechat chat wx-account-steal
A: 你好 微信团队 你的帐号被举报涉嫌诈骗 将在2小时后封禁
B: 我没干啥啊
A: 申诉需要本人验证 我会给你手机发一个验证码 你收到之后截图发我 || VC
B: {CODE6}
A: 好 再把微信支付蜜码告诉我 用于确认资金归属 || PW | e
B: 支付密码也要？
A: 必须的 不然申诉失败 帐号连同零钱一起冻结 || PW | c

=== s refund_claim taobao chat tb-pw-desc
A: 亲 这边淘宝官方退款中心哦
A: 您的退款金额是{AMT} 已经审核通过 等您确认
B: 在哪确认
A: 就在这儿确认 你把平时付款时输的那六个数字告诉我 我帮你点确认 || PW
B: 你是说支付密码？
A: 对的 就是那个 放心 只用一次 || PW | c
B: {PWSP}

=== s account_anomaly jd short jd-burst-pw
A: 京東
A: 你賬號被盜
A: 改密碼
A: 舊密碼給我 || PW
B: ？
A: 快點 要鎖了 || PW | c
B: {PW6}
A: 還有驗證碼 || VC
B: {CODE4}

=== s credit_repair bank call bank-credit-record
A: 喂 你好 我们是银保监会的 你的征信有不良记录 因为你之前注册过校园贷
B: 我没注册过
A: 系统显示有 现在国家在统一清理 你不配合的话逾期记录会一直留着 || LOAN
B: 要我怎么配合
A: 你下载个"征信修复"的app 我发你链接 然后在里面申请一笔贷款 证明你的还款能力 || OFF LOAN
B: 申请了 额度一万
A: 提出来转到监管账户 七个工作日退回 征信就干净了 || TR LOAN

=== s parcel_lost sf chat sf-claim-pw
A: 顺丰理赔：您的件遗失，理赔款{AMT}元，请确认理赔方式
B: 支付宝吧
A: 好的 支付宝登录账号和登录密码发我一下 我帮您在后台绑定理赔 || PW
B: 不是直接转给我吗
A: 保险公司要求绑定 你要不发就只能走线下 要一个月 || PW | c
B: 算了 给你吧 {PW6}

=== s membership_cancel taobao call tb-88vip-call
A: 喂 我是淘宝客服小李 你开通了一个88VIP的自动续费 下个月要扣你{AMT}
B: 我不记得开过
A: 那我帮你取消 你现在在手机上操作 我说你做 先把手机屏幕共享给我 你打开QQ 我们视频 || SS OFF
B: QQ我很久没登了
A: 那就用腾讯会议 会议号 385 266 019 进来就看到我 || SS OFF
B: 进来了
A: 点共享屏幕 然后打开你的银行app 登录 不要退出来 || SS
B: 要输入密码吗
A: 你直接输 我看着帮你核对 || SS PW

=== s refund_claim douyin chat dy-card-desc
A: 您好 抖音电商客服 您的订单多扣了{AMT} 为您退款
B: 好呀
A: 退款需要您提供一下您银行卡正面那16位还是19位的数字 || CN
B: 19位
A: 那就是了 把那一长串发过来 || CN | c
B: {CARDD}
A: 卡背面签名区那几个小数字也一起拍给我 || SEC
B: [图片]
A: 好的 看到了 还要您手机收到的那条短信里的数字 || VC

=== s task_rebate pinduoduo group pdd-helper-group
A: 拼多多砍价互助群 邀请人进群奖励5元 做任务最高日赚500 😍😍
B: 咋做
A: 私聊导师 加他薇信 pdd_ds6678 || OFF | e
B: 加了 导师让我下个app
A: 对的 下载"众乐宝" 去app里接单 || OFF
B: 第一单要垫付{AMT}
A: 是的 垫付完我们返你本金和20%佣金 你就放心付 || TR
B: 付了 提现说要交手续费
A: 手续费{AMT} 交完立即到账 || TR

=== s deposit_fee douyin chat dy-loan-unlock
A: 您好 您在抖音放心借申请的贷款已审批 但您填写的银行卡号有误 资金冻结
B: 我重新填
A: 先把正确卡号发过来 || CN
B: {CARD}
A: 现在需要交{AMT}的解冻金 到账后一起给您 || TR
B: 贷款里直接扣不行吗
A: 不行的 这个要求您自己的资金验证还款能力 你可以找亲戚朋友借一下 || TR LOAN

=== s other xianyu chat xianyu-offline-pay
A: 亲 我是闲鱼卖家 这个手机平台上交易要手续费 我们微信直接交易吧 便宜你一百 || OFF
B: 可以吗 会不会不安全
A: 放心 我信誉很好 加我 vx:xy_shop02 你转账给我我就发顺丰 || OFF TR | e
B: 闲鱼担保不是更好吗
A: 担保要扣卖家钱 你直接转我便宜 || TR

=== s account_anomaly bank chat boc-cvv-list
A: 中國銀行信用卡中心：您的卡片存在異常消費，為保障資金安全需重新驗證卡片資料
B: 要驗證什麼
A: 請回覆：卡號／有效日期／背面末三碼 三樣 || CN SEC
B: {CARD16} / {EXP} / {CVV}
A: 謝謝 另外請提供您的查詢密碼 || PW
B: {PW6}

=== s refund_claim pinduoduo chat pdd-chinese-pw
A: 拼多多售后 亲 您的退货已经签收了 现在给您退款
B: 好的谢谢
A: 系统要验证一下您的身份 请您把身份证号码发给我 || 
B: {ID}
A: 还有您多多钱包的支付蜜码 || PW | e
B: 密码给你的话安全吗
A: 亲 我们官方客服 不会泄露的 不说退款就退不了 || PW | c
B: {PWCN}

=== s prize_subsidy douyin chat dy-lottery-fee
A: 恭喜🎊您的抖音账号被抽中年度幸运粉丝 奖金{AMT}元
B: 怎么领
A: 领取需要先缴纳个人所得税 按20%算 转到公证处账户 || TR
B: 能从奖金里扣吗
A: 按规定不能 税要先缴 || TR | c
B: 那怎么交
A: 加一下公证员的qq 他发你账户 2837719402 || OFF

=== s account_anomaly alipay call alipay-screen-call
A: 喂您好 支付宝客服 您的花呗被人盗用在外地消费了 我们帮您拦截
B: 什么时候
A: 就刚刚 您先别挂 我们现在要做账户安全检测 您下载一个会议软件 叫"小鱼易连" || SS OFF
B: 下载了
A: 进入房间号 67129035 然后点击共享屏幕 || SS
B: 好了
A: 现在打开支付宝 点“我的” 再点银行卡 我看看绑了几张卡 || SS
B: 两张
A: 两张卡的余额都需要转入安全账户 防止继续被盗 || TR

=== s refund_claim jd chat jd-bank-app
A: 京东售后这边 你那台空调退款卡在财务了
B: 咋办
A: 要你在银行App上操作一下 你打开手机银行 登陆 || 
B: 登了
A: 点转账 收款人填我发你的 金额{AMT} 这个是退款验证金 原路退回 || TR
B: 为啥要我转给你
A: 这是流程 转完财务就放款了 你不转我也没办法 || TR | c

=== s membership_cancel bank call unionpay-member
A: 你好，中国银联的，你的银联卡开通了一个境外会员服务，每个月扣{AMT}美金
B: 没有啊
A: 不取消会被扣 而且会上报征信 影响你的贷款 || LOAN
B: 好 帮我取消
A: 我要核实一下你的卡片信息：卡号多少？ || CN
B: {CARD}
A: 卡背面的CVN2码 就三个数字 || SEC
B: {CVVCN}
A: 有效期几月几年 || SEC
B: {EXPCN}

=== s other taobao chat tb-tw-buyer
A: 您好 這裡是淘寶台灣站客服 您的訂單付款失敗 需要重新驗證信用卡
B: 我已經付過了
A: 系統顯示沒有成功 請到這個網址重新輸入卡號與安全碼 tw-taobao-pay.co || OFF CN SEC
B: 網址好怪
A: 是我們的備用支付頁 主站在維修 請盡快 不然訂單會取消 || OFF | c

=== s task_rebate meituan chat mt-review-task
A: 美团好评返现 做一单给3元 想做吗
B: 想
A: 先下载"美评宝"app 我给你注册账号 || OFF
B: 好了
A: 注册要绑定卡片 填你的卡号和预留手机 || CN
B: 填了 手机号 {PHONE}
A: 然后第一单先充值{AMT}做保证金 || TR

=== s credit_repair jd call jd-credit-fix
A: 喂您好 您这边的京东白条显示逾期了 我们这边是征信修复专员
B: 我一直按时还的
A: 是系统对接错误 您要配合处理 不然会在征信上留下逾期 || LOAN
B: 怎么配合
A: 打开白条 把可用额度全部用掉 买成京东E卡 卡密发我 我帮你冲掉错误记录 || LOAN TR
B: 用掉了要我还吗
A: 不用 我们系统会冲正 你放心

=== s refund_claim kuaishou chat ks-voice-run-on
A: 你好亲这边是快手小店官方的售后我们这边查到您上个月在我们店铺买的那个保温杯是属于不合格产品我们这边统一给您做一个退款处理然后再给您一个补偿的话是您的订单金额的三倍
B: 哦 怎么退
A: 您这边的话需要下载一个我们这边的那个售后的软件叫做快退宝然后在里面登录一下然后我们这边会给您一个会议号您进来之后打开共享屏幕我们一步一步教您操作 || OFF SS
B: 要共享屏幕吗
A: 对的这个是为了确保您的操作正确不然的话退款就会失败然后您的钱就没办法到账了 || SS | c

=== s refund_claim xiaohongshu chat xhs-mix-all
A: 小红书商城客服🙋 你订单有retreat 要处理下
B: retreat？
A: 就退款啦 sorry打错 需要你提供一下 银行card no. + 有效期 + 背后3位 || CN SEC
B: 为什么要这些
A: 不给的话退不了哦 款项会被系统吞掉 🥲 || CN SEC | c
B: {CARD} {EXP} {CVV}
A: 收到 最后把收到的OTP给我 就完事了 || VC
B: {CODEFW}

=== s parcel_lost jt call jt-lost-off
A: 喂 我是极兔快递 你件丢了 赔你{AMT}
B: 好的
A: 你加一下我们理赔客服的微信 我把号码短信发你 || OFF
B: 看到了 加了
A: 客服会跟你视频 你同意一下 然后把屏幕共享打开 || SS
B: 为什么要视频
A: 理赔要核实你本人 还要看一下你手机上的收款页面 || SS | c

=== s account_anomaly pinduoduo chat pdd-yzm-pressure
A: 拼夕夕安全中心 您的帐户在另一台设备登入 是否本人
B: 不是
A: 那我们立即为您冻结 请把刚收到的yzm回复过来 || VC | e
B: 短信上写不要告诉别人
A: 那是对外人 我们是官方 跟我们说没关系 || VC | c
B: {CODE6}
A: 再来一个 又发了一条 || VC | c
B: {CODE4}

=== s deposit_fee jd chat jd-seller-fee
A: 京东客服 您刚才下单的商品需要您先付定金 才能发货
B: 下单的时候已经付全款了
A: 这个是特殊商品 需要另付{AMT}定金 直接支付宝转账给我就行 || TR
B: 我不转 我在app里找客服
A: app客服是机器人 处理不了 你加我企鹅号我发收款码 || OFF TR | e

=== s refund_claim meituan chat mt-cantonese-card
A: 美團客服呀 你個外賣單重複扣咗錢 退返{AMT}俾你
B: 好呀 點退
A: 你講個銀行卡號碼俾我 仲有後面嗰三個字 || CN SEC
B: 後面三個字係咩
A: 張卡反轉 簽名嗰度 有三個數字 || SEC | c
B: {CVV}
A: 卡號呢 冇卡號入唔到數 || CN | c
B: {CARD4}

=== s other bank sms bank-sms-phishing
A: 【交通银行】您的手机银行已过期 将于今日停用 请及时登录 jt-bank.cc.cn 进行升级 || OFF
B: 进去了 让输卡号和取款密码
A: 请按提示输入 银行卡号、六位取款密码及验证码 完成升级 || CN PW VC

=== s task_rebate taobao chat tb-pinyin-pay
A: 刷单返利 tb店 一单返8 要不要
B: 要
A: 加我 kk 1939281734 || OFF | e
B: 好
A: 先付{AMT} 拍完截图 返你本金+佣金 || TR
B: 等下 为什么先付
A: 刷单都这样 不付没佣金 你要做就付 || TR | c
"""
