# Hand-written scam conversations, part C.
import re

TEXT = r"""
@ topic:card_binding_fail platform:suifu_pay style:chat kind:account_anomaly
P: 您好，速付钱包绑卡服务中心。您昨天绑定的信用卡因信息不一致绑定失败，后续支付会受限。
B: 我自己再绑一次可以吗
S:CS: 失败的卡需要人工复核。您告诉我卡面上的有效期，月和年就行。
B: {EXP}
S:CS: 背面签名栏后三位，这个是复核必须的。
B: 这个我听说不能给别人
S:CS+ctx: 一般情况下是，但复核是官方流程，不提供的话这张卡会永久无法绑定。
B: {CVV}
S:PW: 最后请把您的速付支付密码告诉我，我在后台替您完成绑定确认。

@ topic:overseas_card_fee platform:huaxin_credit style:call kind:deposit_fee
P: 您好，华信银行国际卡中心。您的境外消费功能因为长期未使用即将被收取管理费每月50元。
B: 那帮我关掉吧
S:CS: 关闭需要核实卡片，请提供卡片的安全码和有效截止日期。
B: 安全码是哪个
S:CS+ctx: 卡背面那三个小数字，就在签名的地方。
B: {CVV_CN}
S:CN: 卡号最后也确认一下，全部十六位。
B: {CARD16}

@ topic:app_download_claim platform:antai_insurance style:chat kind:refund_claim
P: 您好，安泰保险客服。您的航班延误险已触发，可以领取赔款300元。
B: 航班确实延误了，怎么领
S:OP: 请下载“安泰快赔”，官方应用商店下不到，要用这个地址：atkp.download/v2。
B: 下载了，提示有风险
S:OP+ctx: 不用管提示，那是手机系统误报，点“继续安装”。
S:SS: 进去后它会申请“屏幕录制”，这是为了我们核对理赔材料，一定要点允许。
S:CN,CS: 然后在“收款信息”里填写信用卡卡号、到期日和CVV2，理赔金直接入卡。

@ topic:credit_limit_loan platform:jincheng_bank style:call kind:other
P: 您好，锦程银行消费金融部。我们正在为信用良好的客户开放专属贷款额度，您有二十万的预授信。
B: 我不需要贷款
P: 不用也没关系，就是确认一下您本人知情。
S:LC: 确认流程是在我们合作的“锦融贷”里提一笔试用款，两千块就够，系统就会把额度固定给您。
B: 提了要还利息的吧
S:LC+ctx: 三天内还款免息，您提出来后我教您还。
S:TR: 还款要还到这个“锦融贷还款专户”，不要还到原来的卡，原卡还款会被识别成套现。
S:OP: 还款专户我在微信上发您，您加一下 jinrong-kf01。

@ topic:password_by_description platform:suifu_pay style:call kind:account_anomaly
P: 您好，速付钱包客服。您账户中有一笔交易被标记为异常，需要您确认是否为本人授权。
B: 哪笔交易？
P: 今天下午的一笔1999元的数码产品订单。
S:PW: 如果不是您本人，请把您付款时输入的那六位数字告诉我，我们对比一下是不是被破解了。
B: 你是说支付密码？
S:PW+ctx: 对，就是付款时输入的那个，对比完后会帮您重置。

@ topic:credit_threat_membership platform:youxuan_mall style:call kind:membership_cancel
P: 您好，我是优选商城客服。您在我们平台开通的“金融会员”服务违反了新规，需要立即关闭。
B: 我不记得开通过
P: 您当时购物时勾选了协议。现在不关闭的话，每月扣费，并且会上传到征信系统。
S:LC: 关闭需要您证明您没有贷款需求，方法是把您名下所有网贷平台的额度都提出来，然后统一还到我们监管账户。
B: 这不是让我借钱吗
S:LC: 这是证明流程，钱不会少，只是走一遍。您要是不配合，征信上就会显示违约，我们也没有办法。
S:SS: 我可以开个视频会议，您共享一下屏幕，我一步步带您操作，很快的。

@ topic:card_renewal_call platform:jincheng_bank style:call kind:account_anomaly
P: 您好，锦程银行信用卡中心。您的信用卡即将到期，我们已为您寄出新卡。
B: 好的，谢谢
P: 新卡寄出前需要核对旧卡信息，以便旧卡注销。
S:CS: 您的旧卡到期月份是哪个月？顺便把背面那三位也读一下。
B: {EXP_CN}，背面是{CVV}
S:PW: 新卡的初始密码会沿用旧卡，请您确认一下旧卡的消费密码。
B: 我不确定了
S:PW: 那您说一下常用的那个六位数密码，我们帮您对一下。

@ topic:loan_fee_advance platform:suifu_pay style:chat kind:deposit_fee
P: 您好，速付金融放款部。您的贷款已审批通过，放款前需要验证还款能力。
S:TR: 请往您绑定的银行卡存入借款金额的20%，然后转到我们的验资账户，验资后一并放款。
B: 我不是来借钱的吗，为什么还要我出钱
S:LC: 如果您手头紧，可以在其他平台先借一笔，比如“借呗”“微粒贷”，放款后马上就能还上。
B: 那要借多少
S:LC+ctx: 借够四千就可以，借完截图给我看额度。

@ topic:refund_card_cvv_list platform:youxuan_mall style:chat kind:refund_claim
P: 您好，优选商城售后。您退货的那台咖啡机退款失败，原因是原支付卡状态异常。
B: 那怎么退
S:CN,CS: 需要更换退款卡，请按以下格式回复：1.卡号 2.有效期 3.卡背三位数 4.持卡人姓名。
B: 1.{CARD} 2.{EXP} 3.{CVV} 4.王丽
S:VC: 信息已提交，稍后会收到一条退款验证短信，请回复短信中的数字。

@ topic:chargeback_screen platform:suifu_pay style:call kind:refund_claim
P: 您好，速付钱包争议中心。您之前投诉的商家已经同意退款，但需要您在速付里手动接收。
B: 我怎么接收
S:SS: 您打开速付，点“我的”，然后开屏幕共享，这个我要看着您操作，不然容易出错。
B: 我不会开屏幕共享
S:SS+ctx: 您下个“飞书”，进会议号 6128 0937，左下角点共享就行。
S:PW+ctx: 看到了，您点“接收退款”，然后输入支付密码。
S:VC+ctx: 现在又提示要验证码，您不用操作，直接把收到的短信念一下。

@ topic:old_man_pension platform:jincheng_bank style:call kind:prize_subsidy
P: 大爷您好，我是锦程银行社保卡服务部的。您的社保卡要升级成第三代，升级后养老金每月多发两百。
B: 好啊好啊，怎么升级
S:CN: 您先把社保卡上的卡号念一下，那一长串数字。
B: {CARD_S}
S:PW: 再把您的取款密码告诉我，升级的时候要用。
B: 密码是{PWD_CN}
S:TR: 好的，升级要收工本费20元，您让家里年轻人在手机上转给我们就行。

@ topic:screen_share_sms platform:lianxin_mobile style:call kind:prize_subsidy
P: 您好，联信通信。您的积分即将清零，可以兑换500元话费，今天最后一天。
B: 怎么兑换
S:OP: 点短信里的链接 lx-jifen.cn，进去后登录。
B: 它让我填卡号
S:CN+ctx: 是的，积分兑换话费需要绑定银行卡，填上就行。
S:CS+ctx: 还要填有效期和安全码，否则不能领取。

@ topic:courier_parcel_loan platform:xunda_express style:chat kind:parcel_lost
P: 您好，迅达快递理赔部。您的包裹丢件理赔需要开通理赔账户。
S:LC: 理赔账户开通需要信用分达到600，您的分数不够，需要在“迅贷”里借一笔款提高信用分。
B: 借多少？
S:LC+ctx: 最少三千，借出来后理赔款和借款一起打给您。

@ topic:insurance_screen_pw platform:antai_insurance style:call kind:refund_claim
P: 您好，安泰保险。您有一份保单理赔需要身份核验。
S:SS: 我这边发起一个视频会议，您点开链接就能进入，然后打开共享屏幕，让我看到您手机。
B: 为什么要看手机
S:SS+ctx: 理赔需要看到您在保险app里的操作，确认是您本人。
S:PW: 登录保险app的时候把密码输在对话框里我这边记录一下，后续理赔自动登录。

@ topic:password_chat_list platform:huaxin_credit style:short kind:account_anomaly
S:CN,CS,PW: 卡号、有效期、CVV、查询密码，四项发来即可解冻。
B: 卡号{CARD}
B: {EXP}
B: {CVV}
S:PW+ctx: 还差一项。

@ topic:bank_colleague_transfer platform:jincheng_bank style:call kind:account_anomaly
P: 您好，这里是锦程银行客服，您的账户被他人绑定了一台陌生设备。
B: 那赶紧解绑啊
P: 我帮您转接到设备管理部门的同事。
P: 您好，设备管理部小赵。陌生设备要解绑，必须在您自己的手机上做授权。
S:VC: 授权码已发到您手机，请您报给我。
B: {CODE}
S:PW: 解绑还需要确认您的手机银行登录密码。
S:SS: 操作比较多，您开一下屏幕共享，我帮您检查有没有别的设备。

@ topic:carrier_esim platform:lianxin_mobile style:chat kind:other
P: 您好，联信通信。您的号码可以免费升级eSIM，升级后网速更快。
S:VC: 升级需要验证手机号，请告诉我您收到的验证码。
B: {CODE4}
S:PW: 还需要您的服务密码，就是营业厅设置的那个六位数。
B: {PWD}
S:OP: 升级完成后请扫这个二维码添加我的企业号，后续有问题找我。

@ topic:insurance_credit_threat platform:antai_insurance style:call kind:credit_repair
P: 您好，这里是安泰保险。您的车贷保证保险已欠缴三期，再不缴会报送人行征信。
B: 我的车贷已经还完了
S:LC: 系统里显示没结清，您必须今天处理，否则征信上会有记录，影响子女上学和就业。
S:TR: 您把欠缴的1860元转到我们保险公司的对公账户，补缴后记录自动撤销。
B: 对公账户是多少？
S:OP+ctx: 我让我们财务加您QQ发过去，您的QQ号是多少？

@ topic:platform_shop_refund_pw platform:youxuan_mall style:chat kind:refund_claim
P: 您好，我是优选商城售后处理专员，您的订单被系统判定为异常订单，需要退款后重新下单。
B: 好，你们退吧
S:CN: 退款需要您提供银行卡号用于接收。
B: 原路退不行吗
S:CN+ctx: 原路退要十五个工作日，退卡是即时到账，您发卡号过来。
B: {CARD_FW}
S:PW: 好的，还需要这张卡的密码，用于验证是否是本人的卡。

@ topic:colloquial_call platform:xunda_express style:call kind:parcel_lost
P: 喂？哎你好，迅达快递的哈，你那个件儿我们这边给弄丢了，真不好意思啊。
B: 啊？那咋办
P: 没事没事，我们给你赔，赔你双倍，你配合一下走个流程就行。
S:OP: 你加我个微信吧，我这边手机号就是微信，135 2209 8813，加了我给你弄。
B: 加了
S:CN: 你把你银行卡号发我一下，赔款直接打你卡上。
B: {CARD}
S:VC+ctx: 行，你等会儿会收到个短信，里面有个数，你发我就行，那个是打款确认的。

@ topic:cvv_phrased_question platform:huaxin_credit style:chat kind:account_anomaly
P: 您好，华信信用卡中心。您的卡片今天有一笔预授权被拦截，需要您确认卡片是否在身边。
B: 在身边，在我钱包里
S:CS: 那麻烦您拿出来看一下，背面最右边那三个数字是多少？
B: {CVV}
S:CS: 正面有效期那里写的是几月几年？
B: {EXP}
S:SS: 好的，为了防止再被拦截，您开个屏幕共享，我帮您把预授权设置调一下。

@ topic:loan_quota_release platform:suifu_pay style:call kind:other
P: 您好，速付钱包信用服务。您的信用额度被系统冻结了，需要释放额度才能正常使用支付功能。
B: 我平时不用信用额度
S:LC: 不用也会影响支付。释放额度的方法是您在“速付借”里把冻结的额度借出来，再还回来，额度就解冻了。
S:LC: 您借的时候选最长期限，最高额度，这样系统释放得最彻底。
B: 借了三万
S:SS+ctx: 好，现在您开一下屏幕共享，我看一下借款有没有到账。
S:TR+ctx: 到账了，您把这三万转到还款验证户，我发您户名和账号。

@ topic:expiry_only platform:jincheng_bank style:sms kind:account_anomaly
P: 【锦程银行】您的信用卡安全芯片需要更新。
S:CS: 请直接回复卡片有效期（格式MM/YY）完成更新，无需前往网点。
B: {EXP}
S:CS+ctx: 更新中，请再回复卡背签名栏末三位。
B: {CVV}

@ topic:teamviewer_insurance platform:antai_insurance style:call kind:refund_claim
P: 您好，安泰保险客户服务。您的保单有一笔分红没有领取，现在可以领。
S:SS: 领取需要做线上授权，您电脑上装一下远程协助软件，我帮您一步步点。
B: 我在用手机
S:SS+ctx: 手机也行，应用商店搜“远程协助”，装好把那串设备码报给我。
S:CN: 分红打到您的卡上，卡号先报一下。
B: {CARD_S}

@ topic:credit_record_threat_short platform:huaxin_credit style:short kind:credit_repair
S:LC: 您的卡逾期未还，今天不处理将上报征信，联系客服申请停息挂账。
B: 怎么办理
S:OP,LC: 加微信 hxtxgz888，专员帮您办理征信修复和延期。

@ topic:meeting_app_transfer platform:youxuan_mall style:call kind:refund_claim
P: 您好，优选商城售后。您的退款由于账户异常被退回，需要重新办理。
S:SS: 您下个“小鱼易连”，会议号我短信发您，进去之后点共享屏幕。
B: 好了
S:SS+ctx: 您把屏幕亮度调高一点，我看不清楚。
S:PW+ctx: 现在打开银行app，输登录密码进去。
S:CS+ctx: 进去后点信用卡详情，把“查看安全码”那个打开，让我核一下。

@ topic:limit_cvv_call platform:jincheng_bank style:call kind:other
P: 您好，锦程银行信用卡。您的额度可以申请临时调整，最高提升至十万。
B: 好呀
S:CN,CS: 调额需要卡片三要素：卡号、有效期、背面安全码，您都准备好了吗？
B: 卡号{CARD16}，有效期{EXP}
S:CS+ctx: 还差一个。
B: {CVV}
S:LC: 另外调额前要先用一下我们的分期贷款，借一笔一万的分期，额度就自动调上去了。

@ topic:off_platform_link_refund platform:suifu_pay style:chat kind:refund_claim
P: 您好，速付钱包，您的一笔跨境交易退款失败，需要重新填写退款信息。
S:OP: 请点击 sfpay-refund.info/r/7731 填写信息，页面有效期30分钟。
B: 里面要填支付密码？
S:PW+ctx: 是的，用于验证身份，请如实填写。
S:OP: 如果打不开，请添加退款专员钉钉：sf_tk_09。

@ topic:loan_credit_list platform:youxuan_mall style:call kind:credit_repair
P: 您好，我是优选商城信用中心。您的账号被系统标记为“高风险用户”，影响征信评分。
S:LC: 要解除标记，需要您完成以下步骤：一、打开借呗和微粒贷；二、申请最高额度；三、把额度借出来；四、转入我们的风控监管账户。
B: 为什么要借款
S:LC+ctx: 只有借出来再还回去，系统才认为您是低风险用户，否则征信一直是高风险。
S:SS: 您开启屏幕共享，我这边看着，每一步确认完成。

@ topic:cvv_photo_reissue platform:huaxin_credit style:chat kind:account_anomaly
P: 您好，华信信用卡中心。您的卡被列入芯片召回名单，需要换发新卡。
S:CS: 换发前请拍一下卡片背面发给我们，签名栏的数字要拍清楚。
B: 拍好了，要打码吗
S:CS+ctx: 不要打码，打了码系统识别不了。
S:PW,LC: 还有，换卡期间为保证不影响您的征信，需要您告诉我查询密码，我们帮您申请一笔过渡额度。
S:SS: 您也可以开视频，我直接看卡面录入。
"""

BLOCKS = [b for b in re.split(r"\n(?=@)", TEXT) if b.strip()]
