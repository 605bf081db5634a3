DATA = r"""
=== s refund_claim jd chat jd-cvv-condition
A: 京東客服 您好 您的商品被判定為瑕疵品 可以退款加賠償{AMT}
B: 好 怎麼辦理
A: 賠償款是用信用卡退刷 需要您提供卡片到期日 || SEC
B: {EXP}
A: 以及背面的三位檢查碼 沒有這個銀行不給過帳 || SEC
B: {CVV}
A: 好的 最後請把銀行傳給您的OTP簡訊碼給我 || VC
B: {CODE6}

=== s account_anomaly douyin short dy-short-pw-burst
A: 抖音安全
A: 你号要封
A: 解封要验证
A: 密码发来 || PW
B: 登录的还是支付的
A: 都要 || PW | c
B: {PW6}

=== s membership_cancel alipay chat zfb-baoxian-cancel
A: 支付宝客服 你开通了一个"好医保"的自动扣费 每个月{AMT} 需要取消吗
B: 要取消
A: 取消需要先验证您的支付宝账号 请把您的支付宝支付密码和刚收到的校验码发过来 || PW VC
B: 密码 {PW6}
A: 校验码呢 六位的 || VC | c
B: {CODE6}
A: 收到 系统提示您的芝麻信用有风险 要用借呗借一笔再还上 才能保住信用分 || LOAN

=== s credit_repair bank chat credit-card-limit
A: 您好 信用卡中心 您的信用卡可以提额到五万 需要激活提额通道
B: 怎么激活
A: 提供一下您的卡号 有效期 以及卡背三位数 || CN SEC
B: {CARD16} {EXP} {CVV}
A: 好的 提额前需要验证您的还款能力 请在网贷平台申请一笔借款 放款后转入验资账户 || LOAN TR

=== s refund_claim kuaishou chat ks-code-repeat
A: 快手售后 您的退款失败了 需要重新验证
B: 又要验证？
A: 是的 请把手机上新收到的动态码告诉我 || VC
B: {CODE4}
A: 验证失败了 有可能输错 重新发了 这次看清楚再说 || VC | c
B: {CODE6}
A: 还是不行 得您开个屏幕共享我帮您看 你那边可能有病毒 || SS

=== s account_anomaly bank call bank-pw-pin
A: 喂 你好 我是邮储银行反诈中心的 你的卡被列入涉案账户了
B: 啊？为什么
A: 有人用你的卡洗钱 你要配合调查 你的取款密码是多少 我们要核实是否被修改 || PW
B: 我不能说吧
A: 你不配合就视为同案 我们会冻结你名下所有的卡 也会影响征信 || LOAN

=== s prize_subsidy taobao chat tb-cvv-prize
A: 淘宝幸运用户 恭喜获得{AMT}元购物返现
B: 怎么领
A: 返现打到信用卡 请提供卡号和卡片背面三位 || CN SEC
B: 我只有储蓄卡
A: 储蓄卡也行 卡号加上取款密码 就可以领 || CN PW
"""
