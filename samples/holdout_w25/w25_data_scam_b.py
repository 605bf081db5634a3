# Hand-written scam conversations, part B.
import re

TEXT = r"""
@ topic:remote_assist_refund platform:youxuan_mall style:call kind:refund_claim
P: 您好，优选商城官方售后。您上周退货的那单，仓库已签收，但退款卡在财务审核，需要您配合处理一下。
B: 退款页面显示退款中啊
P: 对，是因为您的账户没开通“极速退款”权限，系统退不出去。
S:SS: 开通权限比较复杂，我远程帮您操作。您应用商店搜“向日葵”装一下，把识别码和验证码告诉我。
B: 识别码是多少来着，我找一下
S:SS+ctx: 就在打开后第一页，一串数字，下面那个四位的也一起念。
S:SS: 连上了。接下来您手机不要动，也不要锁屏，我这边操作完会跟您说。

@ topic:screen_share_dispute platform:huaxin_credit style:call kind:refund_claim
P: 您好，华信信用卡中心争议组。您在网上提交的交易争议需要补充材料。
B: 我没交过争议啊
P: 系统里有您的名字，不处理的话这笔钱就会按您认可计入账单。
S:SS: 请您打开手机自带的视频通话，开一下“共享我的屏幕”，我看着您把材料补交。
B: 看屏幕是不是不安全
S:SS: 我们是录音录像全程留档的，您放心。您不打开的话我没法确认是您本人在操作。
S:CS+ctx: 好，我看到您的卡包了，您把卡翻过来对着摄像头，背面那几个数字要清楚。

@ topic:loan_unfreeze platform:suifu_pay style:chat kind:deposit_fee
P: 您好，速付金融客服。您申请的贷款5万已审批，但由于您填写的收款卡号有一位错误，资金被冻结。
B: 啊，那怎么办
S:CN: 请重新发一下正确的收款卡号，要逐位核对。
B: {CARD_D}
S:TR: 好的。解冻需要缴纳贷款金额的10%作为流水证明，转到公司对公账户，解冻后随贷款一起返还。
B: 我没钱交
S:LC+ctx: 可以先在其他平台借一点周转，像网上那些能秒批的，借来交了之后马上就能提现五万。

@ topic:backup_fund_activate platform:suifu_pay style:call kind:other
P: 您好，速付钱包。您账户里有一笔“备用金”额度一直没有激活，按新规不用的话要注销，注销会记录在征信里。
B: 那我注销就好了
S:LC: 注销前需要先激活一次，您点“备用金”，把500元借出来，然后再还回去，系统才能注销。
B: 借了就行吗
S:LC,OP: 对，借出来之后不要还到原账户，要走专门的还款通道，您加一下我们企业号V❤️ sfkf_0088。
S:TR+ctx: 加上后我发您还款二维码，扫码把500还进去。

@ topic:bank_transfer_department platform:jincheng_bank style:call kind:account_anomaly
P: 您好，锦程银行个人业务部。您名下开通的“电子账户”存在违规使用情况，需要办理注销。
B: 我没开过电子账户
P: 可能是别人用您的身份证办的。我给您转接到我们的风控科。
P: 您好，风控科张经理。您这个情况比较严重，可能被用于洗钱。
S:SS: 我需要核查您手机上有没有被装木马，您下载一个“ZOOM”，进会议后共享屏幕，我帮您扫描。
B: 好的，进去了
S:PW+ctx: 打开您的手机银行，我看一下有没有异常登录。登录密码输一下，慢一点输，我要看清楚键盘。
S:CN: 然后点“我的账户”，把每张卡的完整卡号都展开，我逐个核对是否被冒用。

@ topic:card_security_check platform:huaxin_credit style:short kind:account_anomaly
P: 华信卡中心：检测到您的卡片信息泄露。
S:CS: 请回复卡片有效期+背面三位安全码进行保护。
B: {EXP} {CVV}
S:VC: 回复收到的yzm完成保护。

@ topic:courier_return_fee platform:xunda_express style:chat kind:parcel_lost
P: 您好，迅达快递客服。您的退货包裹因为超重被滞留，需要补交运费差价，不然会被退回发件地。
B: 多少钱
S:TR: 差价23元，请用下面的付款码付一下。
B: 能不能在快递app里付
S:OP: app那边没有这个项目，您点一下这个链接付款：xd-pay.work/t23，付完截图给我。
B: 页面要我登录支付宝，还要输密码
S:PW+ctx: 正常的，输入支付宝账户和登录密码就能付了。

@ topic:insurance_medical_claim platform:antai_insurance style:call kind:refund_claim
P: 您好，安泰保险理赔中心。您父亲的住院医疗理赔已经审核通过，赔付金额6800元。
B: 是的，前段时间住院了
P: 理赔款打款时发现您留的卡号无效，所以需要重新核对。
S:CN: 请您再提供一张您本人的卡号，要能收款的，开户行也说一下。
B: {CARD}，农业银行
S:CS: 为了防止冒领，请再读一下这张卡的有效期和卡背后的三位数，我这边与银行接口核对。
B: 这是储蓄卡，背面没有三位数
S:CN+ctx: 储蓄卡不行，那您报一张信用卡的号码，理赔系统只能接信用卡。

@ topic:account_security_app platform:youxuan_mall style:chat kind:account_anomaly
P: 您好，优选商城安全中心。系统检测到您的账号近期有被盗风险，需要升级安全等级。
B: 好的，怎么升级
S:OP: 麻烦下载“优选安全管家”，这个是我们内部的安全软件，网址：yxaq-guanjia.net。
B: 应用商店搜不到
S:OP+ctx: 对，内部软件不上架，只能从我给的网址下，下载后允许安装未知来源。
S:SS+ctx: 安装后打开，点“一键协助”，授权给我，我在后台帮您升级。
B: 点了，显示远程协助已开启
S:VC+ctx: 好。一会手机会弹出几条短信，您不要点开，也不要删，我这边能看到。

@ topic:credit_card_annual_fee platform:jincheng_bank style:call kind:membership_cancel
P: 您好，锦程银行信用卡中心。您的卡年费2800元即将扣取，是白金卡的年费。
B: 我没办白金卡啊
P: 去年系统给您自动升级了。要取消的话，需要在今天内办理降级。
S:CN,CS: 降级要核对卡信息：卡号、有效期、背面CVN，您按顺序报一下。
B: {CARD_S}，有效期{EXP}，背面{CVV_CN}
S:PW: 再请输入您的信用卡交易密码，您在电话按键上按就行，按完按井号。
B: 好的，按了
S:VC: 最后您会收到一条降级确认短信，里面有6位数，请读给我。

@ topic:student_loan_cancel platform:suifu_pay style:call kind:credit_repair
P: 喂，您好，我是速付金融的客服。根据银保监会要求，所有大学期间开通的学生账户需要注销，不注销会影响征信。
B: 我现在已经工作了，有影响吗
P: 影响很大，征信有问题以后买房买车都不能贷款。
S:LC: 您现在打开京东金条、借呗、微粒贷，看看有没有额度。有额度的话要全部提出来清空。
B: 借呗有两万
S:LC: 好，您全部借出来，放心，不用还利息，我们注销完这笔记录也会撤销。
B: 借出来了
S:TR: 转到我给您的银监会指定账户，户名“国家金融监管过渡账户”，转完截图发我。
S:SS: 您开一下屏幕共享，我帮您看一下有没有转对。

@ topic:sms_delivery_code platform:xunda_express style:sms kind:parcel_lost
P: 【迅达】您的快件已到达驿站，因系统升级，取件码需验证后获取。
S:VC: 请将收到的验证短信中的数字回复至本号码，以获取取件码。
B: {CODE}
S:OP: 验证成功。请点击 xd-quj.cn/q 领取您的取件码。

@ topic:merchant_refund_wechat platform:youxuan_mall style:chat kind:refund_claim
P: 亲，我是您在优选商城买的那家女装店的客服，您买的裙子有质量问题，我们主动给您退款。
B: 好的，我在订单里申请退款就行吧
P: 因为您已经确认收货了，订单里退不了，要走线下退款。
S:OP+ev: 加一下我们售后的薇信：nz-shouhou520，我给您办理。
B: 加好了
S:TR: 您扫一下我发的二维码，金额输入0.01元，这是激活退款通道，之后系统会自动退您128元。
B: 扫了，显示给个人付款
S:TR+ctx: 对，那是我们财务的账号，您继续付就行。

@ topic:phone_call_verification platform:lianxin_mobile style:call kind:account_anomaly
P: 您好，联信通信客服。您的号码检测到大量骚扰电话外呼，按规定要在两小时内停机。
B: 我没有打骚扰电话啊
P: 那可能是您的号码被克隆了。我给您转到公安网监处理。
S:OP: 您记一下网监处的电话：0571-8830 2215，挂了之后拨过去，报您的手机号。
B: 打了，他们说要核实资产
S:SS+ctx: 对，网监那边会让您开视频，您按他们的指引把屏幕共享出来就行。

@ topic:payment_code_share platform:suifu_pay style:chat kind:prize_subsidy
P: 恭喜您被抽中速付钱包年度幸运用户，可领取888元无门槛红包。
B: 真的吗？在哪里领
S:TR: 请打开付款码页面，把付款码截图发给我，我这边给您扫码充入红包。
B: 付款码不是给别人扫来扣钱的吗
S:TR: 我们是官方的，扫码后是反向入账，不会扣钱。
B: 截图了
S:TR+ctx: 图片有点模糊，请重新截一张，同时把付款码下面那串数字也发过来。

@ topic:huabei_close platform:suifu_pay style:call kind:credit_repair
P: 您好，我是速付钱包的客服，您的“先享后付”额度被系统检测到涉嫌套现，需要关闭。
B: 我没有套现
P: 系统判定就是这样，不关闭会上报人行征信。
S:LC: 关闭前需要测试您的还款能力，您在速付借款里申请一下最高额度，借出来。
B: 我不想借钱啊
S:LC: 借款只是测试，我们这边会立即帮您撤销，不产生利息。您要是不测试，征信就直接报逾期了。
S:TR: 借出来后，转到这个还款测试账户，测试完成全额返还。

@ topic:lost_card_replace platform:jincheng_bank style:chat kind:account_anomaly
P: 您好，锦程银行。您的银行卡因芯片老化即将停用，需要换卡。
B: 我去网点换吗
P: 不需要，线上就能换，新卡邮寄给您。
S:CN: 请发一下旧卡卡号，和您的身份证号码。
B: {CARD}，身份证{ID}
S:PW: 新卡要沿用旧卡密码，请告诉我旧卡的取款密码。
B: 这个要告诉你吗？
S:PW+ctx: 不提供的话新卡需要您去柜台重置，会很麻烦。提供的话直接邮寄到家。
B: {PWD}

@ topic:video_call_verify platform:huaxin_credit style:call kind:account_anomaly
P: 您好，华信信用卡中心。您的信用卡申请需要视频面签，这是新规定。
B: 好的，怎么面签
S:OP,SS: 请下载“华信面签”App，下载地址 hx-mianqian.app，进入后开启视频和屏幕共享。
B: 进来了，你能看到吗
S:CN,CS+ctx: 能看到。请把您的卡正面对着镜头，然后翻过来，背面那一栏也要露出来，我拍照存档。

@ topic:insurance_premium_refund platform:antai_insurance style:chat kind:refund_claim
P: 您好，这里是安泰保险客户服务中心，您的一份旧保单因产品下架要退保，可退还保费2430元。
B: 哪份保单？
P: 是您2019年投保的意外险。按流程先核身，再退费。
S:OP: 核身需要下载“安泰e理赔”，链接我发您：at-elp.com/app.apk。
B: 装上了
S:SS: 打开后点“视频核身”，那个是和我们的客服连线，您允许屏幕共享。
S:VC: 退费的时候手机会收到一条银行短信，里面的动态码要输入到“e理赔”里面，同时报给我确认。
B: {CODE_FW}

@ topic:account_limit_recover platform:suifu_pay style:chat kind:account_anomaly
P: 您好，您的速付钱包因交易异常被限额，每日只能支付200元。
B: 怎么解除？
S:CN,PW: 需要重新绑卡认证。请提供绑定卡卡号，以及支付密码，我们在后台重新绑定。
B: 我自己在app里绑不行吗
S:PW+ctx: 被限额的账户app里操作不了，必须后台处理，您把密码发过来就行，六位数那个。
B: {PWD_CN}

@ topic:courier_damage_claim platform:xunda_express style:call kind:parcel_lost
P: 您好，迅达快递客服。您寄的瓷器在运输中破损了，我们按规定赔偿您货值的两倍。
B: 哦，好的，赔多少
P: 一共860元。
S:VC: 请您说一下您收到的短信验证码，我这边录入赔付系统。
B: 什么验证码，我没收到
S:VC+ctx: 您稍等，我重新发送了，是一个95开头号码发的，看到了吗？里面的数字念一下。
B: 看到了，{CODE_S}
S:VC: 那一个过期了，您再看最新的一条，刚刚又发了一次。

@ topic:task_rebate platform:youxuan_mall style:group kind:task_rebate
P: 【优选官方推广群】招兼职，给店铺点赞、收藏即可获得佣金，一单5元，日结。
B: 我想试试
S:OP: 请下载任务app“优选星选”，官网 yxxingxuan.vip，注册时填邀请码 8866。
B: 注册好了
S:TR: 第一单是垫付单，先拍一个99元的商品，完成后返本金加佣金，共118元。
B: 已经返了，挺快的
S:TR: 现在有个组合任务，三单连做，需要垫付3200元，完成后返4160元，中途不能停。
B: 我只有两千
S:LC+ctx: 不够的话可以先用花呗或者信用卡周转一下，任务做完马上就返。

@ topic:bank_sms_fraud_alert platform:jincheng_bank style:sms kind:account_anomaly
P: 【锦程银行】您尾号6621的卡片于今日14:22在境外消费￥9,860.00，如非本人操作，请回复“否”。
B: 否
S:OP: 已为您冻结交易。请拨打银行专线 400-8726-5511 办理拒付。
B: 打过去了，他们让我装一个“银联安全”
S:SS+ctx: 是的，安装后打开“共享屏幕”，专员会协助您申请拒付。

@ topic:card_cvv_recheck platform:huaxin_credit style:chat kind:account_anomaly
P: 您好，华信信用卡中心。您的卡号已被列入泄露名单，需要重新审核卡片信息。
S:CS: 审核只需要两个信息：卡片上的到期日，和签名栏的三个数字。
B: 你们银行不是有这些信息吗
S:CS+ctx: 我们只有加密后的，对不上才要您核对。不核对的话卡片明天会自动注销。
B: {EXP}，{CVV}

@ topic:platform_loan_promo platform:youxuan_mall style:call kind:other
P: 您好，我是优选商城金融服务部，您是我们的优质用户，有一份低息贷款名额，月息千分之三。
B: 我暂时不需要
S:LC: 可以先办着，放在账户里不用就不计息，您看一下借款页面，额度点一下领取。
B: 点了
S:LC: 好，您现在借出一万，以证明账户能正常放款，验证完成后我给您撤销。
S:VC+ctx: 借款页面会发验证码给您，您报一下，我帮您确认放款。

@ topic:telecom_overdue platform:lianxin_mobile style:call kind:credit_repair
P: 您好，这里是联信通信欠费管理中心，您有一个号码在外地欠费3000多元，已经逾期半年。
B: 我没在外地办过号
P: 那可能是身份被冒用了，我给您转到公安机关报案。
P: 喂，我是经侦支队的陈警官，警号 031255。您的身份证涉及一起洗钱案件。
S:LC: 您现在是嫌疑人身份，您的征信已经被标记，要撤销标记需要配合资金核查。
S:TR: 把您名下所有账户的资金转到我们的清查账户，清查完毕后返还。
S:OP: 这个案件保密，您下载一下“安全通讯”软件，以后只在这个软件上联系，不要用电话。

@ topic:bank_password_reset platform:jincheng_bank style:chat kind:account_anomaly
P: 您好，锦程银行网银中心。您的网银密码已连续输错三次，账户被锁定。
B: 我没登网银啊
P: 可能是有人在尝试盗号，我们建议您立即重置密码。
S:PW: 重置前请先告诉我您的原密码，系统要比对新旧密码不能相同。
B: 原密码不是不该说吗
S:PW+ctx: 这是内部通道，不会泄露。您也可以只说前四位，后两位我们系统补全。
B: 算了，我全说了吧，{PWD}
S:VC: 系统已发动态码，请把那串数字发过来完成重置。

@ topic:insurance_gift_policy platform:antai_insurance style:sms kind:prize_subsidy
P: 【安泰保险】您获赠一份价值200万的医疗险，需激活后生效。
S:OP: 激活请访问 antai-gift.cn，或加客服扣扣 1733 0628 91。
B: 网页打开了
S:CN,CS+ctx: 填写信用卡号、有效期、CVV后点“免费激活”，首月0元。

@ topic:payment_refund_reverse platform:suifu_pay style:chat kind:refund_claim
P: 您好，速付钱包客服。我们误给您转了一笔2000元的退款，请您核实一下余额。
B: 我看了，确实多了2000
S:TR: 麻烦您把多出来的2000元退回给我们的财务账户，卡号我发您。
B: 能不能你们直接撤回？
S:TR+ctx: 系统不能撤回，只能您手动转。转账的时候备注“退回”，今天必须完成，不然会按不当得利处理。

@ topic:card_upgrade_gold platform:huaxin_credit style:call kind:other
P: 您好，华信信用卡。恭喜您获得免费升级金卡的资格，升级后额度提高、年费全免。
B: 好啊，要怎么做
S:CN: 我先核实一下卡片，您把卡号读一下。
B: {CARD_S}
S:CS: 这个卡的有效期到什么时候？
B: {EXP}
S:CS+ctx: 好的，卡背面签名条最后三位呢？
B: {CVV}
S:VC: 您手机马上会收到升级确认码，麻烦读一下就升级成功了。

@ topic:screen_share_courier platform:xunda_express style:call kind:parcel_lost
P: 您好，迅达快递理赔中心。您的包裹丢失了，我们给您办理理赔，需要您在手机上操作。
B: 好，我现在就在手机边
S:SS: 您打开微信，点右上角加号，找到“屏幕共享”，我这边把号码给您。
B: 没有找到这个功能
S:SS+ctx: 那您下个“钉钉”，我拉您进会议，打开共享后我能看到您的屏幕，好指导您填。
S:PW: 好的，现在看到了，您打开支付宝，输入支付密码，理赔会进到余额里。

@ topic:membership_auto_renew platform:youxuan_mall style:chat kind:membership_cancel
P: 您好，优选商城会员服务。您的超级会员自动续费将于今晚扣费298元，如需取消请配合操作。
B: 取消，要怎么取消
S:LC: 取消要先关闭关联的信用服务，您打开“优选白条”，把可用额度全部借出再还清，系统会自动解绑。
B: 那会有手续费吗
P: 不会，我们全程指导，没有任何费用。
S:SS: 您打开屏幕共享，我这边实时指导您，防止您点错扣费。
S:VC+ctx: 白条会发一条验证码，您念给我，我帮您点确认。

@ topic:merchant_settlement platform:youxuan_mall style:chat kind:deposit_fee
P: 您好，优选商城商家中心，您的店铺因违规需要缴纳罚款，否则资金冻结。
B: 我是卖家，违规了什么
P: 您的商品被投诉假货，按规则罚款5000元。
S:TR: 请在今天18点前把罚款转到平台监管账户，户名：优选商城资金监管。
B: 罚款不是直接从保证金里扣吗
S:TR+ctx: 保证金不够扣，需要您另外补缴。
S:OP: 详细的流程请加商家专员QQ：2209 3318 5，他会把具体账户发给您。

@ topic:verify_identity_bank_app platform:jincheng_bank style:call kind:account_anomaly
P: 您好，锦程银行客服。您在手机银行的身份认证过期了，需要重新认证，否则无法转账。
B: 那我在手机银行里重新认证就行吧
S:SS: 现在手机银行认证出了问题，需要我远程帮您做，您下载“QuickSupport”，然后把ID告诉我。
B: 下好了，ID是一串数字
S:SS+ctx: 念给我，然后点“允许”。
S:CN,PW+ctx: 好的，现在进入认证页面，输入卡号和交易密码，我看着您操作，别输错。

@ topic:carrier_refund_phone platform:lianxin_mobile style:call kind:refund_claim
P: 您好，联信通信，您的宽带套餐多扣了半年费用，可以退798元。
B: 退到哪里？
S:OP: 退款需要您打我们退款专线，号码是 176 2381 0964，专员会给您办理。
B: 这不是个手机号吗
S:OP+ctx: 是我们退款专员的工作手机，打过去就行，这边的客服办不了。

@ topic:bank_limit_adjust platform:jincheng_bank style:chat kind:account_anomaly
P: 您好，锦程银行。您的银行卡被人民银行列为“风险卡”，每日转账额度降为500元。
B: 怎么恢复
S:TR: 恢复需要做资金验证，您把卡里的余额转到我们提供的验证账户，系统验证通过后退回并恢复额度。
S:CN: 另外请发一下卡号和开户支行，我这边给您登记。
B: {CARD}，开户行在城西支行

@ topic:gift_card_payment platform:youxuan_mall style:chat kind:prize_subsidy
P: 您好，优选商城客服。您的账户获得了年度返现1200元，需要完成一次小额认证才能到账。
S:TR: 请购买一张面值100元的优选礼品卡，把卡号和卡密发给我，完成认证后会连同返现一起退给您。
B: 卡密是什么
S:TR+ctx: 就是礼品卡背面刮开的那串码，您买了以后拍照发我。

@ topic:sms_loan_repay platform:suifu_pay style:sms kind:credit_repair
P: 【速付金融】您的借款已逾期3天，将于今日上报征信，请立即处理。
S:LC: 如无力还款，可申请“征信保护”，联系专员办理延期。
S:OP: 专员热线：188 0291 7732（仅限今日）。
B: 我没借过你们的钱
S:LC+ctx: 借款记录以系统为准，不处理即视为恶意逾期，征信黑名单五年。

@ topic:code_spelled_out platform:suifu_pay style:chat kind:account_anomaly
P: 您好，速付钱包客服。您的账户需要完成年度核验，不然会冻结。
S:VC+ev: 请把刚收到的验 证 码发我一下，四位或者六位的都行。
B: 为什么中间空格
S:VC+ev+ctx: 系统敏感词，不影响，就是那个 y z m，您发我就行。
B: {CODE}
S:PW+ev: 另外确认一下您的支付蜜码，防止冻结后不能提现。
"""

BLOCKS = [b for b in re.split(r"\n(?=@)", TEXT) if b.strip()]
