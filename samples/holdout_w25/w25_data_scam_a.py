# Hand-written scam conversations, part A (official procedure talk copied by impersonators).
import re

TEXT = r"""
@ topic:card_activation platform:huaxin_credit style:call kind:account_anomaly
P: 您好，这里是华信银行信用卡中心，工号6637。系统显示您名下有一张新卡尚未激活，按规定30天未激活将作废并影响您的用卡记录。
B: 我没申请过新卡啊
P: 可能是您之前办的升级卡，卡片已经寄出。为了确认是您本人，我们需要走一下激活核验流程。
S:CN: 请您报一下您现在手上那张旧卡的卡号，我这边做一个新旧卡关联。
B: {CARD_S}
S:CS: 好的。再请翻到卡背面，签名栏旁边那三位数字读给我，还有卡面上的有效期。
B: 背面是{CVV}，有效期{EXP}
S:VC+ctx: 收到。系统刚刚给您预留手机发了一条激活短信，里面六位数字念一下就完成了。
B: {CODE}

@ topic:limit_increase platform:huaxin_credit style:sms kind:other
P: 【华信信用卡】尊敬的客户，您的信用卡获得临时提额资格，最高可提至50000元，名额有限，今日有效。
B: 怎么申请？
S:OP: 回复太慢了，您加一下我们提额专员的企业微信 hx-tie2088，专员一对一给您办。
B: 不能在app里直接弄吗
S:CN,CS: app里排队要七天。专员这边是绿色通道，您把卡号、有效期、背面三位码发过去，十分钟出额度。
B: 卡号{CARD}，{EXP}，{CVV}
S:VC+ctx: 好的，马上会有一条验证短信，收到把码回过来，额度就生效了。

@ topic:dispute_chargeback platform:suifu_pay style:chat kind:refund_claim
P: 您好，我是速付钱包争议处理中心的客服。您3号有一笔在海外网站的消费，商户已同意全额退款，但需要您配合完成退款核验。
B: 海外？我没买过啊
P: 那更要处理了，可能是盗刷。我们会先发起拒付流程，把钱追回到您的账户。
S:CN: 拒付申请单上要填您的收款卡号，请提供一下，必须是一类卡。
B: 是哪张卡被刷的你们不知道吗
S:CN+ctx: 系统只显示尾号，为了防止退错人，需要您报完整的。
B: {CARD}
S:PW: 另外需要您的支付密码做电子签名确认，拒付单才能提交。
B: 密码也要？
S:PW+ctx: 是的，这是申请单的签名环节，不签的话退款无法原路返回，您报一下就行，我这边系统是加密的。
B: {PWD}

@ topic:account_freeze platform:jincheng_bank style:call kind:account_anomaly
P: 喂，您好，锦程银行风控部。您的账户因涉嫌一笔可疑交易被临时冻结，我们需要和您核实。
B: 什么可疑交易？我的工资卡吗
P: 对，昨天晚上有一笔三万二的跨行转入，来源账户涉案。如果不配合核查，账户会被司法冻结。
S:TR: 为了证明您的资金清白，需要您把卡里的余额先转到我们的监管核查账户，核查完48小时内原路退回。
B: 转到哪里？
S:TR+ctx: 户名“锦程清算中心”，账号我短信发您，您用手机银行转过去备注核查两个字。
B: 我还是去柜台问问吧
S:TR: 柜台那边查不到风控系统的数据。您今天下午五点前不转，冻结就转司法了，到时候我们也帮不了您。

@ topic:loss_report platform:jincheng_bank style:call kind:account_anomaly
P: 您好，这边是锦程银行挂失中心，您刚才是否申请了信用卡挂失？
B: 没有啊
P: 那可能是有人冒用您的信息在办理挂失补卡，新卡会寄到别人地址。我们先帮您撤销。
S:CN,PW: 撤销需要核对身份：请报一下卡号和您设置的查询密码。
B: 卡号是{CARD_S}，查询密码好像是{PWD}
S:VC: 好的，系统已向您发送撤销验证码，请读一下。
B: 是{CODE_S}吗
S:VC+ctx: 对，还有一条，刚才那条超时了，再发您一次，看到后告诉我。
B: {CODE}

@ topic:refund_original_method platform:youxuan_mall style:chat kind:refund_claim
P: 亲，您好，优选商城售后。您5月买的面霜因批次质量问题被召回，平台为您办理三倍赔偿。
B: 哦哦好的，直接退原路就行
P: 原路退款只能退本金，三倍赔偿需要走理赔通道，要单独打到您的银行卡。
S:CN: 麻烦提供一下您用于接收理赔款的银行卡号和开户行。
B: {CARD}，建行
S:SS: 好的。理赔系统需要您本人操作，您下载一个“云会议”，加入会议号 835 602 117，我一步步指导您。
B: 下好了，进去了
S:SS+ctx: 点下面的共享屏幕，对，开始共享，然后打开您的手机银行。
S:VC,SS+ctx: 现在银行会发一个验证码，那是理赔入账的确认码，您不用念，我这边屏幕上能看到就行，您别关共享。

@ topic:membership_cancel platform:youxuan_mall style:call kind:membership_cancel
P: 您好，我是优选商城会员中心的。您去年开通了学生会员，现在毕业了没有关闭，系统下个月起每月扣您800元。
B: 啊？我没开过这个
P: 可能是误操作。这个需要您在今天之内关闭，否则会影响您的个人征信。
S:LC: 关闭前需要先验证您的账户有没有资金能力，您打开借呗看一下额度，把额度先借出来。
B: 借出来干嘛？
S:LC,TR: 借出来之后转到我们的验证账户，系统核验完流水就自动退回，同时会员就注销了，不然征信上会留记录。
B: 我先挂了问问我家人
S:LC: 您要是挂了，这边就按您不配合处理，逾期记录直接上报征信，以后房贷车贷都办不了。

@ topic:insurance_claim platform:antai_insurance style:call kind:refund_claim
P: 您好，安泰保险理赔部。您购买的退货运费险有一笔理赔未到账，我们核查是系统故障，要给您补发38元。
B: 哦，那补吧
P: 补发需要做一个账户校验，校验完钱就到了。
S:OP: 您在支付宝搜一下小程序“安泰理赔通”，不是官方那个，是我们理赔专用的，进去填一下资料。
B: 找到了，要填银行卡
S:CN,CS+ctx: 对，卡号、有效期、CVV都填上，这是给理赔款用的，必须填全。
B: 填好了
S:VC: 然后会有一个六位数验证码，您在里面输一下，同时也跟我说一下，我后台帮您加急。
B: {CODE}

@ topic:courier_lost_parcel platform:xunda_express style:call kind:parcel_lost
P: 您好，我是迅达快递理赔中心。您单号结尾4417的快递在中转时丢失了，我们按照申报价值给您三倍赔付。
B: 是我的耳机吗，我还在等
P: 对的，非常抱歉。这个赔付需要您按流程在线申请。
S:OP: 我发个链接到您手机，xunda-peifu.top，您打开填下理赔信息。
B: 打开了，让我填支付宝账号和密码？
S:PW+ctx: 对，那个是理赔款入账用的，填一下支付宝的登录密码，系统核对后打款。
B: 登录密码是不是不太好
S:PW: 没事的，我们是正规快递公司，信息都是加密的，不填的话理赔就只能作废。

@ topic:courier_address_fail platform:xunda_express style:sms kind:parcel_lost
P: 【迅达快递】您的包裹因地址不详无法派送，已退回仓库，请于24小时内更新地址，逾期将销毁。
B: 怎么更新
S:OP: 点击 http://xd-update.cc/a7 填写新地址，并支付1.99元重新派送费。
S:TR: 重新派送费需在页面内支付，支付后次日送达。
B: 页面让我输卡号和有效期
S:CN,CS+ctx: 是的，按页面要求填写卡号和有效期即可完成支付。

@ topic:platform_identity_check platform:youxuan_mall style:chat kind:account_anomaly
P: 您好，优选商城安全中心提示：您的账号检测到异地登录，为保护您的财产，请配合完成实名复核。
B: 怎么复核
S:VC: 您会收到一条平台安全验证短信，把里面的验证码回复给我即可完成复核。
B: 短信上写着“请勿告诉任何人”
S:VC: 那是针对外人的，我是官方安全中心，这个码是给安全中心核验用的，您放心发。
B: {CODE}
S:VC+ctx: 好的，还差一条，刚才那个是登录码，现在是支付保护码，也发一下。
B: {CODE}

@ topic:telecom_plan platform:lianxin_mobile style:call kind:other
P: 您好，联信通信客服中心。您的手机号实名信息即将过期，需要重新认证，否则两小时后停机。
B: 怎么认证？我去营业厅吗
P: 不用去营业厅，电话里就能办。
S:CN: 实名认证需要绑定一张本人银行卡，请您告诉我卡号。
B: 身份证号不行吗
S:CN+ctx: 身份证您也报一下，但卡号是必须的，没有卡号认证通不过。
B: 身份证{ID}，卡号{CARD}
S:VC: 好的，我这边给您发了一个实名认证码，您念给我听。

@ topic:telecom_sim_upgrade platform:lianxin_mobile style:sms kind:prize_subsidy
P: 【联信通信】恭喜您获得5G卡免费升级及话费补贴300元，请联系专属客服领取。
B: 怎么领
S:OP: 请添加客服QQ 3819 2270 6，备注升级，客服会发您升级流程。
B: 加了
S:VC: 您好，升级需要验证，您手机会收到运营商发来的验证短信，把里面的数字发过来就好。
B: {CODE4}
S:TR: 好的，升级成功。补贴到账前需要先充一次100元话费激活，用下面的二维码扫一下。

@ topic:transfer_to_colleague platform:jincheng_bank style:call kind:account_anomaly
P: 您好，锦程银行客服。您的手机银行有一笔向陌生账户的大额转账正在处理中，是您本人操作吗？
B: 不是啊！
P: 别着急，我帮您转接到我们反诈中心的同事，他会帮您拦截。
P: 您好，我是反诈中心的刘警官，工号 JZ0913。这笔钱我们可以帮您拦下来，但要快。
S:SS: 您先下载一个“安全守护”App，我发您地址，安装后打开让我看到您手机的界面。
B: 下了，它要什么权限
S:SS+ctx: 全部允许，特别是“屏幕录制”和“无障碍”，不然拦截不了。
S:PW: 好，现在打开您手机银行，输入登录密码，别担心我这边只看不动。

@ topic:loan_credit_repair platform:suifu_pay style:call kind:credit_repair
P: 您好，我是速付钱包信贷部门。您几年前在我们这里有一笔校园贷没有注销，现在国家要求清理。
B: 我好像是注册过但没借过
P: 注册了就有额度，不注销会影响征信，您要配合我们销户。
S:LC: 销户前要把账户里的额度清零，您打开几个网贷app，把能借的都借出来。
B: 为什么要借？
S:LC,TR: 借出来的钱转到我们指定的清零账户，系统确认额度清空后全部退还，不会产生利息。
B: 那转到哪
S:TR+ctx: 我一会儿发您对公账户，您一笔一笔转，每笔不要超过五万。

@ topic:red_packet_subsidy platform:youxuan_mall style:group kind:prize_subsidy
P: 【优选官方福利群】各位群友好，今天是平台周年庆，群内发放消费补贴，每人可领88-888元。
B: 怎么领？
S:TR: 先在群里发个1元的拼手气红包，系统识别您是活跃用户后自动发放补贴。
B: 发了
S:OP+ev: 好的，请添加客服小优的威信 yx_fuli66 核对领取资格。
S:TR: 下一步是认证任务，需要您充值200元到领取账户，补贴会连本带息一起返。

@ topic:payment_app_verification platform:suifu_pay style:chat kind:account_anomaly
P: 尊敬的用户，您的速付钱包账户存在风险，根据监管要求需要进行人脸和银行卡双重认证。
B: 我在app里看看
S:OP: app里认证通道已经关闭了，请您点击我们发的备用认证地址 sf-renzheng.vip。
B: 为什么关闭了
P: 因为最近用户太多，服务器压力大，所以开启了备用通道。
S:CN,CS: 进去之后填写绑定卡的卡号、有效期、安全码，再做个人脸就完成了。
B: 卡号{CARD_S} 有效期{EXP} 安全码{CVV}
S:PW: 最后一步，设一下支付密码进行确认，就是您现在用的那个，您也跟我说一下，我这边核对。

@ topic:car_insurance_refund platform:antai_insurance style:call kind:refund_claim
P: 您好，安泰车险客服，您上个月续保多交了保费，按规定要退您1260元。
B: 是吗，我记得续保的时候价格挺正常的
P: 是系统计算有误，您是我们的优质客户，所以给您优先退。
S:CN: 退费需要您提供一张本人的储蓄卡卡号，信用卡不行。
B: {CARD}
S:VC: 财务已经提交，银行会给您发验证码，您读一下我这边确认入账。
B: 短信说我向外转出1260？
S:VC+ctx: 那是银行系统模板问题，您别管文字，把数字读给我就行。

@ topic:dispute_chargeback platform:huaxin_credit style:chat kind:refund_claim
P: 您好，华信信用卡争议处理组。您申请的一笔机票拒付已经审核通过，款项待退。
B: 我申请过拒付吗？
P: 系统显示是您在上周提交的。现在只差最后一步，确认收款方式。
S:CN,CS: 请您在这里直接回复需要收款的卡号、卡片有效期以及卡背后三位数。
B: 我不记得有效期了
S:CS+ctx: 那您看一下卡片正面，月/年那个格式的，拍张正反面照片发我也行。

@ topic:account_unfreeze platform:suifu_pay style:chat kind:deposit_fee
P: 您好，速付钱包客服。您的提现被冻结是因为您填写的银行卡号有误，资金已被系统锁定。
B: 那怎么办，我的8000块
P: 别担心，可以解冻，需要您按流程操作。
S:TR: 解冻需要缴纳资金的20%作为保证金，也就是1600元，缴纳后资金和保证金一起退回。
B: 为什么要交钱
S:TR: 这是金融监管规定，防止洗钱。您转到我们财务账户，转账备注写您的用户ID。
B: 转了
S:TR+ctx: 系统显示您刚才备注格式不对，又冻结了一次，需要再缴一笔3000的解冻金，这次一定能解。

@ topic:courier_customs platform:xunda_express style:call kind:other
P: 您好，这里是迅达国际快件清关处。您有一个从日本寄来的包裹，海关查验发现里面有违禁物品。
B: 我没有买日本的东西
P: 那可能是有人冒用您的身份寄件，涉及走私案件，我给您转到海关缉私局。
P: 您好，我是缉私局的王警官。您的身份信息涉嫌洗钱，我们要对您的资产进行清查。
S:OP,SS: 请您下载“警务通”APP，地址我发您，加入视频会议做笔录，并打开屏幕共享。
B: 这个是真的吗
S:TR: 为了证明您清白，需要把您名下所有资金转入国家安全账户，核查后返还。这是保密案件，不要告诉家人。

@ topic:ecommerce_price_protection platform:youxuan_mall style:chat kind:refund_claim
P: 亲，您购买的洗衣机降价了，根据平台价保规则，我们给您退差价420元。
B: 好呀，在订单里点价保就可以吧？
P: 因为是活动商品，订单页不支持，需要客服人工处理。
S:OP: 麻烦您下载“优选售后”app，安装包链接：yxsh-app.cn/dl，安装后登录。
B: 下好了
S:TR: 进去后点“退差价”，页面会让您扫码支付一分钱验证账户，付完差价就到。
B: 付了，显示失败
S:LC+ctx: 失败是因为您的账户信用分不够，您点一下页面上的“开通备用金”，额度通过后重新操作就能成功。

@ topic:bank_security_reminder platform:jincheng_bank style:sms kind:account_anomaly
P: 【锦程银行】您的电子密码器已过期，为避免影响使用，请尽快升级。
S:OP: 登录 jcbank-e.com.cn.upgrade-mb.top 进行升级。
B: 我打开了，要输卡号和取款密码
S:CN,PW+ctx: 是的，请按提示完整输入卡号和6位取款密码，升级后旧密码器自动失效。
B: 然后让输入短信码
S:VC+ctx: 对，输入刚收到的动态码，并把动态码回复到本号码，方便我们复核。
B: {CODE}

@ topic:insurance_renewal_cancel platform:antai_insurance style:call kind:membership_cancel
P: 您好，安泰保险。您在购物时开通了“百万保障”服务，试用期到了，每月扣费599元，现在给您取消吗？
B: 取消，我根本不知道有这个
P: 好的，取消需要在银保监系统里操作，我帮您转银联的工作人员。
P: 您好，银联中心。取消扣费需要核对您绑定的所有银行卡。
S:CN: 您绑了哪几张卡？卡号都报一下，我看哪张被关联了。
B: 就一张，{CARD_S}
S:TR: 这张卡被关联了。您需要把卡里的钱先转到银联的安全账户，解除关联后再转回来，不然取消时会被一起扣走。
B: 转多少？
S:TR+ctx: 全部。卡里留一分钱都可能被扣。

@ topic:platform_account_upgrade platform:youxuan_mall style:call kind:account_anomaly
P: 您好，我是优选商城的客服，您的账号被误设为代理商，每年要扣费2880元。
B: 啊？我只是普通买家
P: 是系统错误，我们帮您取消，需要您配合。
S:SS: 您打开手机上的“腾讯会议”，会议号我报给您，进去后点共享屏幕，我指导您操作。
B: 好，会议号多少
S:SS+ctx: 926 3375 081，进来后不要关屏幕共享，我要看着您操作才行。
S:PW: 现在打开您的支付app，在“安全设置”里输入您的支付密码。
S:VC: 银行会发一个取消授权码，您直接读出来就可以。

@ topic:mobile_bill_refund platform:lianxin_mobile style:chat kind:refund_claim
P: 您好，联信通信退费中心。经核查，您上季度被重复扣取套餐费三次，总计237元，现在退还。
B: 怎么退，回到话费里吗？
P: 话费退回需要两周，现在可以退到银行卡，当天到账。
S:CN: 您选择银行卡退款的话，麻烦把本人卡号和开户行发一下。
B: 退话费吧，不着急
S:CN: 话费退款通道已经关闭了，只能退卡，您提供卡号就能退了。

@ topic:card_activation platform:jincheng_bank style:chat kind:account_anomaly
P: 您好，锦程银行信用卡中心。您的信用卡额度被系统评估为“高风险”，即将降额。
B: 为什么会降额
P: 您最近用卡不活跃，系统自动判定的。我们可以帮您恢复，还能提额。
S:CS: 请提供卡片背后的CVV2码，这是我们判断卡片是否在您手上的唯一方法。
B: {CVV}
S:CS: 好的，再麻烦说一下卡片有效期，就是卡号下面那四位。
B: {EXP}
S:VC: 稍后收到的验证码请提供给我，完成恢复。

@ topic:account_freeze platform:suifu_pay style:short kind:deposit_fee
P: 速付钱包：您的账户涉嫌违规交易已冻结。
S:TR: 请缴纳保证金500元解冻。
B: 转哪？
S:TR+ctx: 扫这个码付。

@ topic:loss_report platform:huaxin_credit style:chat kind:account_anomaly
P: 您好，华信信用卡中心。您的卡在境外发生盗刷，我们已帮您临时锁卡。
B: 谢谢，那我怎么补卡
S:CN,CS: 补卡需要先核实原卡：原卡卡号、有效期、背面三位码请依次提供。
B: {CARD16}
B: {EXP_CN}
B: 背面{CVV}
S:PW: 再报一下原卡的交易密码，系统要把旧密码迁移到新卡上。
B: {PWD}

@ topic:courier_compensation platform:xunda_express style:chat kind:parcel_lost
P: 您好，我是迅达快递客服，您的生鲜包裹在运输途中变质，我们为您办理理赔180元。
B: 可以，那怎么操作
S:OP+ev: 请添加我们的理赔专员扣扣，号码 2750 1193 8，专员会给您办。
B: 不能直接在这里办吗
S:OP+ctx: 这里只能登记，理赔需要专员，您加一下哈。
B: 加了，专员说让我扫一个码
S:TR+ctx: 对，那个是理赔入口，扫码后输入金额180，然后输密码确认接收。

@ topic:credit_record_fix platform:huaxin_credit style:call kind:credit_repair
P: 您好，这里是央行征信中心合作机构。您名下有一笔逾期记录，会影响您以后办房贷。
B: 我没有逾期过
P: 可能是您信用卡的年费没交。我们可以帮您修复征信，内部通道，当天生效。
S:LC: 修复需要您先在速付借款上申请一笔借款，证明您有还款能力。
B: 我不想借钱
S:LC: 不借钱就证明不了还款能力，逾期记录就会一直在征信上。您借出来不用动，十分钟后我们帮您还掉。
B: 那借了之后呢
S:TR: 借款到账后转到我们的征信核验账户，核验完全额退回。

@ topic:refund_original_method platform:youxuan_mall style:call kind:refund_claim
P: 喂，您好，是优选商城的李女士吗？我是售后客服。您买的儿童玩具检测出甲醛超标，要给您退款。
B: 是，我是
P: 退款会原路退回，但您的原支付方式是花呗，花呗退款需要您先解绑。
S:LC: 您先打开借呗，看看您的额度是多少，退款要通过借呗额度走。
B: 五万
S:SS: 好，您打开屏幕共享，我看着您操作，不然容易点错被扣款。
S:VC: 您收到一个验证码，那是退款验证码，报给我。
B: {CODE_CN}

@ topic:limit_increase platform:jincheng_bank style:call kind:other
P: 您好，锦程银行信用卡中心。您是我们的优质客户，现在可以把您的额度从两万提到八万。
B: 好啊，怎么提
P: 需要您做一个资产证明。
S:TR: 您往卡里存一万元，存完再转到我们的资产证明账户，系统检测到资金流水就能提额。
B: 存到自己卡里不行吗
S:TR: 自己卡里的系统看不到，必须转到证明账户。
S:VC: 转完后我会给您一个验证码，您把您那边收到的码也报给我，对上了就提额。

@ topic:insurance_claim platform:antai_insurance style:chat kind:prize_subsidy
P: 您好，安泰保险。您购买的意外险今年没有出险，可以领取500元返还金。
B: 还有这个？
S:OP: 请扫码添加返还金专员的企业微信，专员会发送领取链接。
B: 加了，链接要我填写信用卡的卡号和CVV
S:CN,CS+ctx: 是的，返还金只能打到信用卡上，按要求填写就可以。
S:VC: 提交后收到的短信码也填进去，同时截图发给专员。

@ topic:platform_merchant_deposit platform:youxuan_mall style:chat kind:deposit_fee
P: 您好，我是优选商城招商部的，您的店铺保证金不足，需要补缴。
B: 我是买家，没开店
P: 系统显示您名下有店铺，可能是您之前注册时误操作开通了，不关闭会一直扣保证金。
S:TR: 关闭店铺需要先把保证金补齐到1000元，关闭后保证金全额退回您的银行卡。
B: 我先看看
S:TR: 今天不处理的话明天会自动扣除您支付账户里的余额，您补缴一下就不会扣了。

@ topic:carrier_number_port platform:lianxin_mobile style:call kind:account_anomaly
P: 您好，联信通信。您的手机号码被他人申请了携号转网，如果不是您本人，请配合撤销。
B: 不是我
S:VC: 那请您报一下刚收到的短信验证码，我这边撤销申请。
B: 短信上说是什么“转网授权码”
S:VC+ctx: 对，就是那个，撤销也要用同一个授权码。
B: {CODE}

@ topic:payment_app_security platform:suifu_pay style:chat kind:account_anomaly
P: 速付钱包安全中心：您好，您的账户在异地设备登录，已开启临时保护。
B: 我没在别的地方登录
P: 那是您账号被盗了。为了您的资金安全，我们会把余额转到安全账户里。
S:PW: 请提供您的登录密码，我们后台修改为新密码。
B: 你们后台不是能直接改吗
S:PW+ctx: 必须要旧密码才能改，这个是系统设计。
B: {PWD}
S:TR: 好，另外您银行卡里的钱也不安全，您先转到速付的“保险箱”账户，我发您账号。
"""

BLOCKS = [b for b in re.split(r"\n(?=@)", TEXT) if b.strip()]
