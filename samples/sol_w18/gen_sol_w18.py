"""Generator for corpus sol_w18 (axis: mixed languages and scripts).

Every conversation line below was written by hand. Code only fills in buyer credential values
(card numbers, CVVs, expiry dates, codes, passwords, phones, ID numbers) so that checksums and
offsets are exact, and turns a compact line notation into kit records.

Line notation inside a conversation body (one line each, spec before the first "|"):
  A:<rules>[:<tags>]|text   scam agent line that breaks rules
                            rules: C=ASK_CARD_NUMBER S=ASK_CARD_SECURITY P=ASK_PASSWORD
                                   V=ASK_VERIFICATION_CODE R=ASK_SCREEN_SHARE T=ASK_TRANSFER
                                   O=ASK_OFF_PLATFORM L=ASK_LOAN_OR_CREDIT
                            tags:  x=contextual e=evasion
  P[=kind][:<tags>]|text    scam pretext line (no rule yet); kind defaults to the conversation's
  G[:<tags>]|text           genuine agent line
  H[:<tags>]|text           genuine agent line using scam vocabulary (hard_negative)
  B|text                    buyer line; {card:form} {cvv} {exp} {code} {pwd} {phone} {id} ...
                            become labelled entities (forms: plain sp dash fw cn cn1 dot)

Run:  python3 gen_sol_w18.py   (writes sol_w18_scam.jsonl and sol_w18_genuine.jsonl)
"""
from __future__ import annotations

import random
import re
import sys

import sys as _sys  # noqa: E402
from pathlib import Path as _Path  # noqa: E402
_sys.path.insert(0, str(_Path(__file__).resolve().parent.parent))  # samples/: the shared kit
from kit import Corpus, card_number, chinese_digits, digits, expiry, fullwidth, id_number, mobile, spaced

SEED = 1818
rng = random.Random(SEED)

RULE_CODES = {
    "C": "ASK_CARD_NUMBER", "S": "ASK_CARD_SECURITY", "P": "ASK_PASSWORD",
    "V": "ASK_VERIFICATION_CODE", "R": "ASK_SCREEN_SHARE", "T": "ASK_TRANSFER",
    "O": "ASK_OFF_PLATFORM", "L": "ASK_LOAN_OR_CREDIT",
}
TAG_CODES = {"x": "contextual", "e": "evasion"}
ENTITY = {
    "card": "CN_BANK_CARD", "card16": "CN_BANK_CARD", "cvv": "CN_CARD_SECURITY",
    "exp": "CN_CARD_SECURITY", "code": "CN_VERIFICATION_CODE", "code4": "CN_VERIFICATION_CODE", "pin4": "CN_PAYMENT_PASSWORD",
    "pwd": "CN_PAYMENT_PASSWORD", "phone": "CN_PHONE", "id": "CN_ID_CARD",
}
PLACE = re.compile(r"\{(\w+)(?::(\w+))?\}")


def value(kind: str) -> str:
    if kind == "card":
        return card_number(rng)
    if kind == "card16":
        return card_number(rng, length=16)
    if kind == "cvv":
        return digits(rng, 3)
    if kind == "exp":
        return expiry(rng)
    if kind == "code":
        return digits(rng, 6)
    if kind == "code4":
        return digits(rng, 4)
    if kind == "pwd":
        return digits(rng, 6)
    if kind == "pin4":
        return digits(rng, 4)
    if kind == "phone":
        return mobile(rng)
    if kind == "id":
        return id_number(rng)
    raise KeyError(kind)


def written(kind: str, raw: str, form: str | None) -> str:
    if not form or form == "plain":
        return raw
    if form == "sp":
        if kind == "phone":
            return spaced(raw, (3, 4, 4))
        if kind in ("code", "pwd"):
            return spaced(raw, 3)
        if kind == "id":
            return spaced(raw, (6, 8, 4))
        return spaced(raw, 4)
    if form == "dash":
        return spaced(raw, (3, 4, 4) if kind == "phone" else 4, "-")
    if form == "fw":
        return fullwidth(raw)
    if form == "cn":
        return chinese_digits(raw)
    if form == "cn1":
        return chinese_digits(raw, one="幺")
    if form == "dot":
        return " ".join(raw)
    raise KeyError(form)


def buyer_parts(text: str):
    parts, pos = [], 0
    for m in PLACE.finditer(text):
        if m.start() > pos:
            parts.append(text[pos:m.start()])
        kind, form = m.group(1), m.group(2)
        parts.append((ENTITY[kind], written(kind, value(kind), form)))
        pos = m.end()
    if pos < len(text):
        parts.append(text[pos:])
    return parts


scam = Corpus(prefix="w18s")
genuine = Corpus(prefix="w18g")
SEEN: dict[str, str] = {}


def _seen(text: str, where: str) -> None:
    if text in SEEN and len(text) > 3:
        print(f"duplicate line ({where} / {SEEN[text]}): {text}", file=sys.stderr)
    SEEN.setdefault(text, where)


def _body(conv, body: str, kind: str | None, is_scam: bool, where: str) -> None:
    for raw in body.strip().splitlines():
        raw = raw.strip()
        if not raw:
            continue
        spec, text = raw.split("|", 1)
        text = text.strip()
        bits = spec.strip().split(":")
        role = bits[0]
        if role == "B":
            parts = buyer_parts(text)
            cred = any(isinstance(p, tuple) for p in parts)
            conv.buyer(parts, tags=["credential" if cred else "no_credential"])
            continue
        _seen(text, where)
        if role == "A":
            assert is_scam, where
            rules = [RULE_CODES[c] for c in bits[1]]
            tags = ["scam"] + [TAG_CODES[c] for c in (bits[2] if len(bits) > 2 else "")]
            conv.agent(text, rules=rules, tags=tags)
        elif role.startswith("P"):
            assert is_scam, where
            k = role.split("=", 1)[1] if "=" in role else kind
            tags = ["scam_pretext", f"pretext:{k}"] + [TAG_CODES[c] for c in (bits[1] if len(bits) > 1 else "")]
            conv.agent(text, rules=[], tags=tags)
        elif role in ("G", "H"):
            assert not is_scam, where
            tags = ["genuine"] + (["hard_negative"] if role == "H" else [])
            tags += [TAG_CODES[c] for c in (bits[1] if len(bits) > 1 else "")]
            conv.agent(text, rules=[], tags=tags)
        else:
            raise ValueError(f"{where}: bad spec {spec!r}")


def S(kind: str, topic: str, platform: str, style: str, region: str, body: str) -> None:
    conv = scam.conversation(tags=[f"topic:{topic}", f"platform:{platform}", f"style:{style}",
                                   f"region:{region}", "axis:mixed_script"])
    _body(conv, body, kind, True, conv.id)


def G(topic: str, platform: str, style: str, region: str, body: str) -> None:
    conv = genuine.conversation(tags=[f"topic:{topic}", f"platform:{platform}", f"style:{style}",
                                      f"region:{region}", "axis:mixed_script"])
    _body(conv, body, None, False, conv.id)


# =============================================================================================
# SCAM CONVERSATIONS
# =============================================================================================
S("parcel_lost", "courier_lost_hk", "swiftex", "call", "hk", """
P|喂，你好，呢度係SwiftEx國際速遞客服，你喺美國order嘅parcel喺轉運倉lost咗，我哋會做理賠。
B|吓？我個包裹唔見咗？入面係一對波鞋嚟㗎
P|係呀，好抱歉，system顯示已經確認遺失，賠償係貨價雙倍。
A:C|我哋要將賠償直接過數去你張card，麻煩你讀一讀個card number俾我。
B|我張係 {card:sp}
A:S|收到。背面簽名位三個digit都要，同埋有效期，system先verify到你係持卡人。
B|{cvv}，到期係 {exp}
A:V|好，而家你手機會收到一個6位OTP，收到即刻話我知。
B|{code} 呀，但係個短訊寫住係付款喎？
P|唔使擔心，嗰個只係理賠系統嘅驗證流程嚟。
""")
S("refund_claim", "dutyfree_refund_hk", "dutyfree_plus", "chat", "hk", """
P|Hi 陳小姐，我係DutyFree+售後，你上星期喺機場買嘅香水批次有質量問題，我哋主動幫你退款＄1,280。
B|咁好？要點做
A:O|你加我哋退款專員WhatsApp +852 5xxx 3391，佢會send條link俾你填資料。
B|唔可以喺呢度做咩
A:O:x|呢度系統做唔到退款，一定要經嗰條link，click入去揀「原路退回」就得。
A:CP|入面要填你收款嘅銀行卡號同埋網銀登入密碼，咁先可以即時到賬。
B|網銀密碼都要？
A:P|係呀，唔填密碼個退款會卡住，要等90日。
""")
S("account_anomaly", "octopus_topup_hk", "hkeasybuy", "sms", "hk", """
P|【港易購】閣下帳戶出現異常登入，已暫停使用。如非本人操作請即回覆處理。
B|我無登入過喎，係咪被人hack咗
A:V|為保障帳戶安全，請回覆剛收到嘅6位驗證碼俾我哋，我哋幫你reset。
B|{code}
A:T|帳戶已解鎖一半，仲要你增值HK$500去指定嘅安全帳戶做保證，24小時後全數退返。
B|點解要俾錢？
A:T:x|呢筆係保證金，唔入嘅話帳戶會永久凍結，入咗就即刻退返俾你。
""")
S("membership_cancel", "vip_autorenew_hk", "hkeasybuy", "call", "hk", """
P|你好，我哋係港易購VIP會員中心，你早排開咗個試用，下個月開始每月自動扣HK$399。
B|我冇開過喎
P|可能係誤觸，唔取消就會一直扣落去，我幫你處理。
A:R|你download個「AnyMeet」app，開個會議號碼 682 113 907，我睇住你畫面教你取消。
B|吓要開會咁複雜？
A:R|入咗會議之後撳「共享屏幕」，咁我先見到你setting入面嘅選項。
B|ok我入咗喇
A:P|好，而家開你網銀app，輸入登入密碼，我會幫你去「取消授權」嗰度。
A:V|有個驗證碼彈出嚟，唔使理，直接讀出嚟俾我就得。
B|係 {code:sp}
""")
S("refund_claim", "student_uk_order", "haitaojie", "chat", "uk", """
P|Hi 同學你好～我是海淘街customer service，你在UK下的那單護膚品海關扣了，需要退款給你哈
B|啊？？我剛還看到物流在動
P|那是系統延遲顯示的，實際上已經被customs退回了，可以全額refund。
A:C|麻煩發一下你收款的card number，Visa或者國內的銀行卡都可以。
B|用國內的吧 {card}
A:S|還要一下卡背面的CVV和expiry date，海外打款要驗證的。
B|CVV是{cvv}
A:S:x|expiry 呢？月/年那個
B|{exp}
A:V|好的，我這邊提交了，你會收到一條短信code，發我確認一下就到賬。
""")
S("task_rebate", "brushing_tg_my", "shoplah", "group", "my", """
P|Hello 各位，ShopLah 商家推廣任務群，每天做task幫店鋪點讚下單，佣金10%-30%，即做即返 💰
B|真的有那麼好賺？要本金嗎
P|第一單免本金，點讚截圖就有RM8 commission，大家可以先試試。
A:O:e|做任務需要加我們的飛機號 @shoplah_task88 領取派單，這裡不方便說太多。
B|加了，然後呢
A:T|第二單是merchant task，先墊付RM300下單，系統會連本帶佣退RM390給你。
B|可以，我用TnG轉了
A:T|系統顯示你卡單了，要再做一組連單RM1,200才能提現，不然前面的都提不出來哦。
B|我沒那麼多錢了……
A:L|可以先用你的信用卡cash advance或者借點網貸頂一下，完成就全部返給你。
""")
S("credit_repair", "student_loan_tw", "lepai_tw", "call", "tw", """
P|您好，這邊是樂拍金融客服，查到您大學時期開通過學生分期帳戶，現在依金管會規定要註銷。
B|我不記得有開過欸
P|沒註銷的話會影響您的聯徵紀錄，以後辦房貸信用卡都會被拒。
A:LT|要註銷得先把帳戶額度清零，您先在「速借通」app借出來，再轉回我們指定帳戶就能消掉紀錄。
B|借出來再轉回去？
A:T|對，轉到監管帳戶 808-1234-567890，確認後我們馬上幫您註銷，錢會原路退回。
A:OR|您先下載我們傳的Teams連結，開分享畫面我指導您一步一步操作。
""")
S("account_anomaly", "atm_installment_tw", "lepai_tw", "call", "tw", """
P|您好這裡是樂拍購物網客服，因為我們系統錯誤，把您的訂單設定成批發商12期分期付款，每個月會扣款。
B|蛤？我只買一次而已
P|沒關係，我會幫您轉接銀行客服來解除分期設定。
A:O|銀行那邊專員的電話是02-2xxx-7788，請您用手機直接打過去，報您的訂單編號。
B|好的我打了，他說要我去ATM
A:T|對的，請到附近的ATM，插卡後按「轉帳」，輸入專員給您的解除代碼 78033 作為金額。
B|那個代碼輸在金額那格嗎？
A:T:x|是的，照輸就好，這是解除指令，不會真的扣錢。
A:T:x|如果ATM要您輸入晶片卡密碼就照常輸入，輸完把畫面上的數字念給我聽。
""")
S("prize_subsidy", "lucky_draw_sg", "shoplah", "sms", "sg", """
P|[ShopLah SG] Congrats! 你已被抽中 11.11 幸運獎 S$888 購物金 🎉 請回覆 1 領取。
B|1
A:O|請點擊 http://shoplah-sg-reward.top/claim 填寫資料領獎，24h內有效。
B|點了，要填card details喎
A:CS|係，填你嘅card number、expiry同埋後面3位CVV，獎金會直接入你張卡。
A:T|另外要先付S$38.80手續費同GST，系統扣咗之後獎金即時到賬。
""")
S("deposit_fee", "seller_deposit_tw", "lepai_tw", "chat", "tw", """
P|親愛的賣家您好，您的蝦拍小舖因為違反交易規範，帳號保證金不足，目前提款功能被凍結。
B|我沒有違規吧？昨天還能提款
A:T|系統偵測到您有三筆異常訂單，需補足保證金才可以解凍。
A:T|請在30分鐘內匯款NT$15,000至凍結處理帳戶，完成後保證金連同貨款一起撥回。
B|可是我戶頭只有八千
A:L|不足的部分可以先用信用卡預借現金，或者申請一下「樂貸」小額貸款，撥款很快。
A:O|匯款完把收據拍照傳到Line ID：@lepai_svc01，專員會幫您解凍。
""")
S("refund_claim", "shoes_refund_cn_en", "haitaojie", "chat", "cn", """
P|亲，这边是海淘街售后，您买的那双AJ被检测出是瑕疵品，我们给您办理3倍赔偿refund哈～
B|3倍？这么多
A:O|需要您扫一下这个二维码添加我们的理赔专员微信，他那边有专门的理赔通道。
B|已添加
A:R|专员：您好，麻烦下载一个「云屏」app，打开共享屏幕，我帮您看下支付宝里的退款入口。
A:V:e|操作过程中会收到一条 y z m，是用来核对身份的，直接告诉我就可以了哈
B|{code}
A:T|好的，现在退款通道显示你的备用金没开通，需要先转入一笔¥2,000激活，激活后连同赔偿一起退回。
""")
S("parcel_lost", "ems_customs_fee", "globalex", "sms", "cn", """
P|【GlobalEx国际快递】您的包裹(单号GX7731029CN)因清关资料不全被扣留，请于今日内处理，否则将被退运销毁。
B|要怎么处理
A:TO|需缴纳关税及滞港费共计¥468，请点击链接在线缴费：gx-customs-pay.cc/7731
A:CS|缴费页面请如实填写银行卡号、有效期及CVN2，否则无法完成清关。
B|我填了 卡号{card}，cvn {cvv}
A:V|系统已向您手机发送动态码，请将动态码回复至本号码以完成付款确认。
""")
S("account_anomaly", "paypal_like_student_au", "globalpay", "chat", "au", """
P|Hi, this is GlobalPay 客服 Amy。我哋監測到你個account喺Lagos有一筆AUD 1,299嘅pending transaction，係咪你本人？
B|唔係呀！！我喺Melbourne
P|明白，我哋而家即刻幫你block咗佢，但需要你配合verify身份。
A:V|你會收到一個one-time passcode，麻煩readback俾我核對。
B|{code} 係咪呢個
A:P|係。仲要你account嘅login password，我哋要喺後台reset佢，避免再被盜。
B|我唔想俾password喎
A:P:x|唔俾嘅話呢筆交易會自動confirm，錢就拎唔返㗎喇，你自己考慮。
""")
S("refund_claim", "tw_credit_card_refund", "lepai_tw", "call", "tw", """
P|林先生您好，我是樂拍的客服，您上週訂的氣炸鍋因為倉庫作業疏失重複扣款了兩次，要退您一筆。
B|有嗎？我看一下……好像真的有兩筆
A:C|退款要退到您刷卡的那張信用卡，請您提供一下卡號，我幫您核對。
B|{card16:dash}
A:S|再麻煩您卡片背面的末三碼，也就是信用卡安全碼，我這邊系統需要比對。
B|安全碼也要喔？好啦，是{cvv}
A:V|等一下銀行會發一封簡訊驗證碼，請您收到後念給我，這樣退款才會生效。
B|收到了，{code:cn}
""")
S("task_rebate", "like_task_hk", "hkeasybuy", "group", "hk", """
P|各位早晨☀️ 港易購兼職群今日task開始，like一條片HK$10，做滿30個送bonus！
B|點樣開始？
A:O:e|先加群主 WhatsApp 同 ＴＧ，報名後會拉你入 VIP 群派單，呢度唔講太多
P|VIP群入面係「預付單」，做一次返傭15%，好多人日賺過千。
A:T|第一張預付單HK$800，你轉去FPS 8831xxxx，完成後連本帶利返HK$920。
B|我轉咗，幾時返錢？
A:T:x|你做錯咗步驟，要補一張HK$2,400嘅修正單先可以提取全部。
""")
S("membership_cancel", "student_member_deduct_us", "haitaojie", "call", "us", """
P|Hello 你好，我这边是海淘街会员中心，你之前注册了学生会员，毕业之后没有取消，系统要每月扣$59.9。
B|我还没毕业啊 我是在美国读研
P|是这样的，系统判断你已满年龄，要手动关闭，不然会影响你的个人credit score。
A:L|关闭需要把你的征信记录和学生账户解绑，你打开借呗看一下能借多少额度，我帮你清零。
B|借呗额度是3万
A:LT|好，你把额度全部借出来，转到我们的清零账户，清零完成后系统会原路退回你卡上。
A:R|你开一下 Zoom，meeting ID 843 2210 9917，点share screen，我看着你操作才不会出错。
""")
S("refund_claim", "crossborder_milk_refund", "haitaojie", "chat", "cn", """
P|您好，这里是海淘街跨境店售后，您下单的澳洲奶粉被海关抽检不合格，平台启动先行赔付。
B|啊 那宝宝喝了怎么办
P|这批没有发出，您放心。赔付金额¥756，今天就能到账。
A:C|请把您绑定的card号码发一下，卡号完整19位哦
B|{card}
A:S|还有卡片有效期，就是卡面上 MM/YY 那个
B|{exp}
A:V|好的，马上您会收到一个 code，6位数字，直接发过来就行
B|收到了 {code:fw}
A:P|最后一步，退款需要您输一下支付密码授权，发在这里我帮您提交
""")
S("account_anomaly", "line_pay_tw", "lepai_tw", "chat", "tw", """
P|【樂拍客服】系統偵測您的帳號被綁定到另一台裝置，疑似盜用，已暫時鎖定。
B|怎麼會這樣，我要怎麼處理
A:V|我們會寄一組認證碼到您的手機，請在這邊回覆給我們解鎖。
B|認證碼是 {code}
A:V:x|剛剛那組逾時了，系統重新發了一組，再麻煩您給一下最新的。
B|{code}
A:O|另外請加我們的官方Line帳號 @lepai-safe 做後續綁定，點這裡 line.me/ti/p/xxlepai
""")
S("deposit_fee", "loan_unfreeze_my", "shoplah", "chat", "my", """
P|Hi boss, 你的 ShopLah PayLater 申請已經批准 RM5,000，但是你填的bank account 錯了一個數字，款項被凍結 lah。
B|我有申請，可是我沒填錯啊
P|系統顯示 account name 和 IC 不匹配，要做 unfreeze 流程。
A:T|unfreeze 需要你先轉 RM500 的解凍費到 Maybank 5140xxxx8821，轉完就可以放款。
B|這個錢會還嗎？
A:T:x|會的，放款時一起返給你，總共RM5,500進你戶口。先做，不然 30 分鐘後申請作廢。
A:C|順便把你正確的 bank card number 給我，我幫你重新綁定。
B|{card}
""")
S("parcel_lost", "courier_sg_redelivery", "parcelgo", "sms", "sg", """
A:T|ParcelGo SG: 你嘅包裹因地址不完整未能派送，請於48小時內更新地址並支付S$1.99重新派送費。
A:O|請點擊 parcelgo-sg.help/redeliver 更新，逾期將退回寄件人。
B|點咗入去，佢要我填card
A:CS|係，請輸入完整卡號、有效日期同CVV，收費只係S$1.99。
A:V|之後會有SMS OTP，輸入咗之後請都copy一份回覆呢個號碼，方便我哋確認。
B|{code}
""")
S("credit_repair", "zhengxin_hk_student", "haitaojie", "call", "hk", """
P|你好，我係海淘街金融服務中心，你喺內地讀大學嗰陣開咗個「校園貸」，而家未註銷，會上征信。
B|我冇借過錢喎
P|系統顯示有記錄，如果唔處理，你返內地搵工、開戶都會有問題。
A:L|你要喺支付寶借唄同微粒貸度開晒額度，將額度借出嚟做一次「驗資」，證明你有還款能力，征信先會清除。
B|驗資之後錢點返嚟？
A:T|驗資完成後轉去我哋嘅監管帳戶，我哋核實完即刻原路退返俾你。
A:R|你下載「騰訊會議」，加入會議號 526-771-093，開共享畫面，我幫你逐步睇住。
B|我冇騰訊會議，用Zoom得唔得
A:R|得，你開Zoom都得，share埋個screen，我要見到你個支付寶畫面。
""")
S("prize_subsidy", "gov_subsidy_tw", "lepai_tw", "sms", "tw", """
P|【樂拍×振興五倍券】恭喜您獲得數位振興補助NT$3,000，請於今日完成綁定領取。
B|要怎麼綁？
A:O|請下載「振興通」APP：bit.ly/xxzhenxing (非Google Play上架，請允許安裝未知來源)
A:CS|APP內輸入您要入帳的信用卡卡號、有效月年、背面末三碼即可領取。
B|填好了，它說要OTP
A:V|把簡訊的OTP回傳給本號碼，我們人工幫您審核入帳。
B|{code}
""")
S("refund_claim", "taobao_like_hk_refund_call", "hkeasybuy", "call", "hk", """
P|喂陳生你好，我係港易購客服，你上個禮拜買嘅藍牙耳機，供應商話有電池安全問題，要召回退款。
B|哦，咁點退？
P|我哋會退全額HK$699，再加HK$100補償。
A:R|你而家用手機download個「TeamViewer QuickSupport」，開咗之後話我知個ID。
B|ID係 1 234 567 890
A:R:x|好，撳「允許」，咁我就可以幫你操作退款頁面。
A:P|而家你開你個網銀，我見到你要入密碼，直接入就得，我唔會睇。
A:V|你收到個SMS驗證碼，都係入喺我叫你入嗰格度，唔係就讀俾我聽。
""")
S("account_anomaly", "wechatpay_hk_cross", "haitaojie", "chat", "hk", """
P|【海淘街】親，你個帳號喺香港同深圳同時登入，疑似被盜，已經暫停交易。
B|我人喺香港，冇喺深圳登入過
A:O:e|請即加客服V❤️ : htj_kf_2024 ，我哋會透過威信同你核實身份
B|加咗
A:P:e|請提供你嘅支付 mm 同埋登入 mm，我哋要逐一重設
A:V:e|仲有，手機收到嘅 yzm 都 send 埋過嚟
B|{code}，mm係 {pwd}
""")
S("task_rebate", "review_task_students", "haitaojie", "group", "au", """
P|留學生兼職群📢：幫海淘街商家寫好評，每條¥15，一天輕鬆做50條，weekend也能做～
B|要怎麼報名
A:O|報名先下載「TaskHub」app，不在App Store上，用這個鏈接裝：taskhub-cn.app/dl
A:T|新人需要充值¥199開通接單權限，任務做完連同佣金退還
B|已充值
A:T|你的帳戶等級太低提不了現，再充¥1,999升級到V2，升完就可以全額提現了
A:L|錢不夠可以用花唄分期充，這邊很多同學都是這樣做的
""")
S("deposit_fee", "deposit_rental_sg", "shoplah", "chat", "sg", """
A:T|Hi! 你在ShopLah預訂的相機租賃order需要先付refundable deposit，否則不能發貨哦。
B|我以為平台會自動扣
A:T|平台這邊deposit要走另外的通道，你直接PayNow S$350到 8xxx 2241，備註order號。
B|可以用平台錢包付嗎
A:T:x|不行哦，錢包通道維護中，只能PayNow，付完截圖給我
A:O|截圖發到我Telegram @shoplah_rental，這邊聊天室傳不了圖片。
""")
S("credit_repair", "credit_record_hk_bank", "globalpay", "call", "hk", """
P|你好，我哋係GlobalPay嘅風險管理部，你張信用卡喺內地有逾期記錄，會影響你嘅TU信貸評分。
B|我每個月都有還款㗎喎
P|可能係身份被冒用開咗張卡，要即刻處理，唔係就會被列入黑名單。
A:C|我要核對你張信用卡，你讀一讀卡面16位數字。
B|{card16:sp}
A:S|後面嗰三個數字同到期日都要，系統要全部對得上先可以撤銷記錄。
B|{cvv}，{exp}
A:L|處理方法係你喺網上借一筆錢入返去，證明你有還款能力，之後記錄就會消除。
""")
S("prize_subsidy", "anniversary_gift_cards_my", "shoplah", "chat", "my", """
P|恭喜 abang！你是 ShopLah 週年慶第 88 位幸運用戶，獲得 iPhone 一部 📱
B|wah 真的嗎 不用錢？
A:T|手機免費，只需要你付運費和 SST 稅。
A:T|請你買 RM300 的 Google Play gift card，把卡背面的 code 拍給我，我們用來抵稅。
B|為什麼要用gift card
A:T:x|因為是海外寄出，gift card 是最快的付款方式，很多人都這樣付的 lah
""")
S("refund_claim", "cvv_by_description", "globalmall", "chat", "uk", """
P|Hi Jessie，我是環球購GlobalMall客服，你訂的Dyson吹風機庫存不足，系統給你做退款加延遲補償£30。
B|OK 那就退吧
A:C|請告訴我你付款用的那張卡的16位長號碼，系統才能把錢打回去。
B|{card16}
A:S|卡背面簽名欄旁邊那三個小數字也要，還有卡面上印的月份/年份。
B|{cvv} 和 {exp}
A:V|系統發了一個數字到你手機，念一下給我就完成了。
""")
S("account_anomaly", "taiwan_bank_online_bank", "lepai_tw", "call", "tw", """
P|您好，這邊是樂拍金流客服，我們發現您的帳戶被設定為自動扣款會員，每月扣NT$1,990。
B|我要取消！
P|好的我幫您轉接合作銀行的專員。
A:P|專員：您好，先確認身分，請告訴我您網銀的使用者代號和密碼。
B|使用者代號可以，密碼不太好吧
A:P:x|這是合法的身分認證流程，我們有錄音，您放心念出來就好。
A:R|不然您下載AnyDesk，開遠端，我直接幫您在網銀裡面取消設定。
""")
S("refund_claim", "short_code_ask", "haitaojie", "short", "cn", """
P|退款已提交，需要验证
A:V|yzm发我
B|{code}
""")
S("account_anomaly", "short_cvv_ask_hk", "hkeasybuy", "short", "hk", """
P|張卡驗證失敗，要重新核實
A:S|cvv幾多？
B|{cvv}
""")
S("deposit_fee", "short_transfer_tw", "lepai_tw", "short", "tw", """
A:T|解凍金先匯3000過來，匯完就撥款
B|好
""")
S("membership_cancel", "short_pin_sg", "shoplah", "short", "sg", """
P|Cancel membership need verify
A:P|send your card PIN here
B|ok {pwd}
""")
S("parcel_lost", "short_offplatform_my", "parcelgo", "short", "my", """
P|Parcel 遺失理賠 RM200
A:O|加 WhatsApp 領 +60 12-xxx 8876
""")
S("credit_repair", "short_loan_cn", "haitaojie", "short", "cn", """
A:L|先去网贷app借5000出来 做资金流水证明 征信就能修复
B|真的能修复？
""")
S("refund_claim", "short_screen_hk", "hkeasybuy", "short", "hk", """
A:R|幫你退款，但要遙距操作
A:R|開Zoom share mon俾我
""")
S("account_anomaly", "short_card_no", "globalpay", "short", "au", """
A:C|卡號
B|{card}
""")
S("task_rebate", "crypto_task_tw", "lepai_tw", "group", "tw", """
P|【樂拍合作夥伴】在家也能接單，每單回饋8%，全台灣已經有上萬人加入！
B|什麼任務？要會什麼
P|只要在指定的App幫商品衝銷量，完全不用出貨。
A:O|任務App是「衝量寶」，到 cl-bao.xyz 下載後用邀請碼 TW520 註冊。
A:T|註冊後先儲值USDT或超商代碼繳費NT$3,000，作為接單保證金。
B|超商繳費可以，我去7-11繳了
A:T|系統說你超時了，要再繳一次同樣金額才能解鎖，之前的會一起退。
A:L|如果現在手頭緊，可以先用手機門號申辦小額借款，我給你推薦一家很快的。
""")
S("refund_claim", "full_width_code_ask", "globalmall", "chat", "cn", """
P|您好，我是环球购GlobalMall的售后小敏，您购买的Switch游戏卡带区域错误，给您补偿¥120＋全额退款～
B|好的谢谢
A:O|为了快速处理，麻烦您点击ｗｗｗ．ｇｌｏｂａｌｍａｌｌ－ｒｅｆｕｎｄ．ｃｏｍ进入退款页
A:CS:e|页面上填写ｃａｒｄ号、有效期、ＣＶＶ，这三项缺一不可
B|填了
A:V:e|最后把手机收到的６位ＯＴＰ回复给我即可完成
B|{code:fw}
""")
S("membership_cancel", "insurance_cancel_cn", "haitaojie", "call", "cn", """
P|您好，我是海淘街保险服务部的，您之前购物时开通了「百万保障」服务，试用期到期，明天起每月扣费¥600。
B|我没开过啊
P|可能是您购物时误点的，不关闭的话会一直扣，而且会上报征信。
A:L|关闭前需要确认您有没有欠款，请打开支付宝「借呗」，截图一下额度页面给我。
B|截图发你了
A:L:x|您额度有2万，要先全部提出来，证明这个额度不是我们平台开的，才能关闭。
A:T|提出来之后转到银保监指定的账户，核查完毕原路退回。
A:O|具体账户我微信发给您，您加一下 yinbaojian-kf01
""")
S("account_anomaly", "amazon_like_prime_us", "globalmall", "call", "us", """
P|Hello, this is GlobalMall Prime 安全部門，你的帳戶被用來買了一部$1,499的MacBook，是你本人嗎？
B|不是啊！！
P|OK, 我們會幫你取消訂單，但你的 gift card balance 被動過，需要保護。
A:T|請你去附近的CVS買$500的Apple gift card，把卡號讀給我，我把你的餘額轉進安全帳戶。
B|為什麼要買gift card？
A:T:x|因為系統只能用gift card做資金隔離，這是標準流程，不會損失。
A:R|你另外裝一個UltraViewer，我遠程幫你檢查電腦有沒有被植入病毒。
""")
S("parcel_lost", "dhl_like_hk_customs", "swiftex", "chat", "hk", """
A:T|SwiftEx清關部：你由日本寄嚟嘅包裹申報價值過低，需要補稅，否則退運。
B|我喺樂天買嘅相機，點解要補稅
P|香港一般免稅，但係呢件被列為二手商品，要做商業報關。
A:T|補稅HK$1,560，請你用轉數快轉去 FPS ID 1xxxxx72，備註單號。
B|可唔可以貨到先付
A:T:x|唔得，一定要預先繳，繳咗先放行。
A:O|繳完之後加我哋清關主任WhatsApp，佢會安排翌日送貨。
""")
S("prize_subsidy", "dutyfree_lottery_tw", "dutyfree_plus", "chat", "tw", """
P|您好！您在機場免稅店消費時登記的抽獎中獎了，獎品是價值NT$38,000的精品包👜
B|真的？我有填過抽獎單沒錯
P|是的，但是需要您先完成領獎手續，中獎稅金依法由得獎人負擔。
A:T|中獎稅金10%，請匯款NT$3,800到指定帳戶，匯款後三個工作天內寄出。
A:C|另外請提供您的銀行帳號跟卡號，完稅證明會寄到您的帳戶。
B|帳號是{card}
A:S:x|那張卡的有效期限也給一下，財政部要登錄。
B|{exp}
""")
S("task_rebate", "review_like_sg_students", "shoplah", "chat", "sg", """
P|Hi Hi，我是ShopLah招募小助手，請問你有興趣做part-time嗎？在家動動手指，一單S$5～S$50。
B|我是學生 可以嗎
P|可以的，很多NUS NTU的同學都在做 😊
A:O|你先加我 WhatsApp +65 8xxx 1092，我把你拉進任務群。
A:T|第一單需要你先買一張S$100 Steam卡做任務，卡號發給導師核單後返S$115。
B|我沒有Steam帳號
A:T|不用帳號，你在7-Eleven買實體卡，把背面刮開的code拍給我就行。
""")
S("refund_claim", "screen_share_description", "globalmall", "call", "cn", """
P|喂，您好，环球购售后，您那单香水被海关退了，现在要给您走原路退款。
B|那直接退就好了呀
A:R|原路退款通道现在坏了，要走人工退款，需要我这边看着您操作。
A:R|您打开手机设置，找到那个「屏幕录制」或者「投屏」，点开后让我能看见您的手机画面。
B|点开了，然后呢
A:R|再装一个我发给您的小程序，叫「云客服」，装好以后点"允许控制"。
A:O|安装包在这个网址下载：yunkefu-app.cn，不要在应用商店找，那里是旧版。
""")
S("account_anomaly", "student_visa_bank_ca", "globalpay", "call", "ca", """
P|你好，这里是GlobalPay加拿大中文客服，你的学生账户因为反洗钱调查被冻结了。
B|？？我刚到Toronto一个月
P|你的护照信息被用在一宗跨境洗钱案中，中国警方和加拿大警方都在调查。
A:T|为了证明清白，你需要把账户里的钱转到调查专用的安全账户，调查结束后返还。
A:O|我把你转给北京公安的王警官，你下载Telegram联系他，他的号码是+86 1xx xxxx 2235。
B|我好害怕
A:P|你先把网银的密码告诉我，我帮你锁定账户，防止嫌疑人再操作。
""")
S("refund_claim", "pinyin_initials_cn", "haitaojie", "chat", "cn", """
P|亲 你的退款申请我们这边审核通过了 金额¥338 需要你配合一下下
B|配合啥
A:C:e|把你的 kh 发我 就是卡hao 19位的那个
B|{card:sp}
A:P:e|还有zf mm 6位 我这边帮你点提交
B|支付密码不能给吧
A:P:xe|不给的话退款会被系统退回 你自己考虑 别的客户都给的
B|那好吧 {pwd}
A:V:e|好 最后一个 收到的yzm报一下
B|{code}
""")
S("deposit_fee", "crossborder_seller_join_fee", "globalmall", "chat", "my", """
P|Hi，恭喜你的環球購跨境店鋪入駐申請通過啦！只差最後一步就可以開店 😄
B|還要什麼資料？
A:T|需要交一個店鋪保證金，開店後三個月無違規就全數返還。
A:T|保證金RM2,000，請用DuitNow轉到我們的代收帳戶，我等下發account號碼給你。
B|平台不是有自己的付款頁嗎
A:T:x|付款頁只收人民幣，你在馬來西亞就走代收比較快，轉完發截圖就好。
A:L|如果資金不夠，我們合作的金融公司可以借給你，手續費很低，要不要幫你申請？
""")
S("parcel_lost", "courier_tw_cod", "parcelgo", "call", "tw", """
P|您好，這裡是ParcelGo宅配，您的包裹因為貨到付款金額設定錯誤，多收了您NT$2,680。
B|可是我還沒收到包裹耶
P|已經派送到您家附近的超商了，我們要先把多收的錢退給您。
A:O|請您撥打我們退款專線 0909-xxx-128，由專員協助您操作。
B|專員說要我去ATM
A:T|是的，ATM上選「轉帳」，輸入專員提供的帳號，金額那欄輸入退款代碼。
A:T:x|輸入晶片密碼後，系統會問您確認，您按確定就完成退款了。
""")
S("account_anomaly", "hk_bank_otp_app", "globalpay", "sms", "hk", """
P|【GlobalPay】你嘅帳戶有一筆HK$8,888海外消費正等待確認，如非本人，請即致電客服。
B|打咗過去，佢話要我做嘢
A:V|我哋會send個一次性密碼去你手機，你讀俾我聽，我幫你cancel咗呢筆交易。
B|{code:dot}
A:V:x|啱啱嗰個唔work，system又send咗一個，再講多次。
B|{code}
A:P|OK，為安全起見，請你講埋個手機理財嘅6位PIN俾我，等我鎖住佢。
""")
S("membership_cancel", "live_stream_member_my", "shoplah", "call", "my", """
P|Hello 你好，我是ShopLah直播中心，你上個月在直播間開通了「主播粉絲會員」，每月扣RM99，現在要續費了。
B|我沒有開啊，我只是看看而已
P|那可能是被誤開了，我們可以幫你取消，但需要去銀行端關閉扣款授權。
A:R|請你download「RustDesk」，把上面的9位數ID和密碼告訴我，我幫你遠端關掉。
B|ID 是 981 223 441，密碼 x7k2pa
A:C|OK，現在你打開bank app，我看到了，請輸入你的卡號給我核對是哪張卡在扣款。
B|{card}
A:V|bank會發TAC給你，那個不用理，直接念給我聽就好，我幫你輸。
""")
S("task_rebate", "douyin_like_likes_hk", "hkeasybuy", "chat", "hk", """
P|哈囉～港易購外判推廣部招人，幫網店follow IG帳號同like post，每個HK$5，即日出糧💵
B|咁簡單？
A:O|你加我 Telegram @hk_easy_job 先，我同你開工作帳號
B|加咗喇
A:T|開帳號要做一張「體驗單」，你先轉 HK$300 去 Payme，完成後返 HK$360
A:T:x|你嘅單卡咗，要追加HK$1,000先提到，唔做就前功盡棄
B|我真係冇錢喇
A:L|你可以去 app 借錢，好多財務公司即日批，我可以介紹俾你
""")
S("refund_claim", "dutyfree_card_double_charge", "dutyfree_plus", "call", "cn", """
P|喂您好，这边是DutyFree+海南离岛免税客服，您在三亚购物的时候信用卡被重复扣款了¥4,399，我们给您退回来。
B|是吗，我还没注意到
A:C|退款需要核对扣款卡号，您看一下卡面，把卡号报给我。
B|卡号是 {card:cn}
A:S|还需要您卡背面的三位安全码，免税系统比较严格。
B|安全码是{cvv:cn}
A:S:x|有效期呢？卡面右下角那个几月几年的。
B|{exp}
A:V|好的，银行会给您发一条动态码，您收到念一下，就能退款到账。
""")
S("credit_repair", "tw_joint_credit_center", "lepai_tw", "chat", "tw", """
P|您好，這邊是樂拍分期客服，查到您有一筆無卡分期逾期未繳，已經通報聯徵中心。
B|我有按時繳欸
P|可能是系統誤判，但要更正需要走「信用修復」流程，否則三天後正式列入不良紀錄。
A:L|修復流程要您向兩家網貸平台申請小額貸款，證明您的信用有在使用，我們再幫您撤銷通報。
B|申貸會不會更糟？
A:L:x|不會，這只是形式上的資金往來，三天後就會自動還掉。
A:T|貸款撥款後，請匯到我們信用修復專戶，系統核對後退回您原帳戶。
""")
S("account_anomaly", "student_phone_number_verify_jp", "globalmall", "chat", "jp", """
P|こんにちは～不好意思，我是环球购日本站中文客服，您的账户被检测到在多台设备登录。
B|我在东京留学，可能是我换了新手机
P|明白了，我们需要确认一下是本人操作，需要几项信息。
A:O|请先在LINE上加我们的安全核验账号 @gm-jp-verify，这里的聊天窗口不能传送敏感资料。
A:V|加好之后，把我们发给您的認証コード（6位数字）发到LINE上就行
B|已经发了 {code}
A:P|还需要您的登录密码，我们要先改一个临时密码给您
""")
S("refund_claim", "cvv_as_condition", "globalmall", "chat", "cn", """
P|您好，您的订单因仓储原因无法发货，系统已自动生成退款单，不过需要您确认银行信息～
B|直接原路退不行吗
P|原路退需要7-15个工作日，我们这边可以给您走快速通道，今天到。
A:S|快速通道需要验证卡片背面三位数，不提供的话只能走普通通道，可能会因为跨境结算失败被冲回。
B|那好吧，{cvv}
A:C:x|卡号也补一下，就是那张卡的正面号码
B|{card}
""")
S("account_anomaly", "icloud_like_screen_hk", "hkeasybuy", "call", "hk", """
P|你好，我係港易購技術支援，你部iPhone個Apple ID綁咗我哋app，發現有人用你帳戶喺海外買嘢。
B|咁要點做？
A:R|你開FaceTime同我視像，然後撳「分享我嘅螢幕」，我幫你睇吓有冇被入侵。
B|我開咗，你見唔見到
A:R:x|見到，而家你去設定入面，幫我打開「輔助使用」嗰個權限俾我哋個app。
A:V|你會收到個Apple ID驗證碼，唔好撳「不允許」，直接話俾我知個數字。
""")
S("deposit_fee", "lost_luggage_deposit_sg", "dutyfree_plus", "chat", "sg", """
A:T|Dear customer, 我是樟宜機場DutyFree+行李服務中心，你在免稅店寄存的商品因超過提領期限，需付保管費。
B|我上星期已經拿了啊
P|系統紀錄顯示還有一件未提領，如不處理將被拍賣。
A:T|保管費S$280，請你通過link付款：dfplus-sg-storage.com/pay
A:CS|付款頁需要card number、CVV和到期日，請如實填寫避免失敗
B|我不想填，可以寄給我嗎
A:O|那你直接加我WhatsApp，我發一個代付碼給你掃，掃碼就能付。
""")
S("prize_subsidy", "student_subsidy_uk", "haitaojie", "chat", "uk", """
P|同學你好！海淘街聯合英國中國留學生會派發「春節返鄉補貼」£200，你已符合資格🎊
B|wow 怎麼領
A:O|請用微信掃這個二維碼加入「留學生補貼群」，群內有領取教程
B|進群了
A:C|群主：請提交你收款的UK bank card號碼 + sort code
A:V|然後你會收到Monzo app的驗證碼，把它發給群主完成身份綁定
B|{code}
""")
S("parcel_lost", "express_claim_cn_hk", "swiftex", "call", "cn", """
P|您好，这边是SwiftEx快递理赔中心，您从香港寄回内地的包裹丢失，我们按保价给您赔¥1,800。
B|好的，那怎么赔？
P|理赔款需要走支付宝的「理赔通道」，我一步一步教您。
A:L|您先打开支付宝，搜索「备用金」，点开通，这是理赔的必要步骤。
B|开通了，显示有500额度
A:L:x|对，点领取，领出来就是用来验证您理赔账户的。
A:T|然后转到我提供的理赔专户，系统会把1,800和这500一起退给您。
""")
S("membership_cancel", "zoom_meeting_cancel_tw", "lepai_tw", "call", "tw", """
P|王小姐您好，我是樂拍會員中心，您的帳號被升級成「鑽石經銷商」，每個月會自動扣NT$2,980。
B|我沒有申請過這個
P|了解，那我們協助您解除，因為涉及金流，要由銀行端處理。
A:R|麻煩您先用電腦開Zoom，會議號碼 917 4402 6631，密碼 8866，進來後按「分享畫面」。
B|進去了，按了分享
A:P|現在打開您的網路銀行，帳號密碼請自己輸入，我這邊看著畫面幫您找解除設定的位置。
A:R:x|螢幕不要切走喔，等一下我要看到您手機收到的簡訊，請把手機也對著鏡頭。
A:V:x|對，把簡訊上的那串數字念出來，我幫您填入解除欄位。
B|{code:cn}
""")
S("credit_repair", "hk_tu_loan_apps", "globalpay", "chat", "hk", """
P|你好，GlobalPay信貸部通知：你個信貸評級已跌至H級，下個月信用卡會被取消。
B|點解會咁？我冇欠錢
P|系統顯示你有多次遲還紀錄，可以做「評級修復」。
A:L|修復方法：喺我哋指定嘅三個財務app各借HK$3,000，準時還款一次，評級即刻升返。
B|要借咁多？
A:LT|只係走一次流程，借完即刻轉入我哋嘅「修復戶口」，我哋代你還埋。
A:T|修復戶口資料：戶口名 GP Credit Ltd，戶口號碼 012-xxx-88123，轉完send收據俾我。
A:O|收據send去我WhatsApp就得，呢度上載唔到圖。
""")
S("refund_claim", "anydesk_refund_students_au", "globalmall", "call", "au", """
P|Hi, 這邊是GlobalMall澳洲站退款部門，你買的那台ASUS筆電被退回倉庫了，我們要退你AUD 1,099。
B|好呀，直接退到卡上就可以
A:R|你的卡是國內發行的，澳洲系統打不進去，要用遠程協助的方式手動退款。
A:R|你先在電腦上下載AnyDesk，打開後把9位數的address讀給我。
B|是 412 773 905
A:R:x|好，我連上了，等一下會跳一個「接受」，你點一下，滑鼠就讓我來控制。
A:P|現在打開你的網銀，你輸入一下登錄密碼，我已經把頁面準備好了。
A:V|網銀給你發了短信驗證碼，直接在這個聊天框打出來，我幫你輸入。
B|{code}
A:T|不好意思，我手滑多打了一個0，退了你AUD 10,990，要麻煩你把多出來的9,891轉回我們。
""")
S("account_anomaly", "line_group_screen_tw", "lepai_tw", "chat", "tw", """
P|親愛的樂拍用戶您好，您的帳號因被多人檢舉涉及詐騙賣家，已被凍結，須在今日完成身分驗證。
B|我只是一般買家啊
A:O|請加入官方驗證Line群組，網址 line.me/R/ti/g/lepaiverify
B|我加入了
A:R|請在Line群組中開啟視訊，並把畫面分享給客服，讓我們確認是本人。
A:CS|再拍一張您的信用卡正反面，上傳到群組內，背面的安全碼不可以遮住。
B|為什麼要正反面
A:S:x|背面三碼是驗證持卡人身分的關鍵，沒有這個無法解凍。
""")
S("task_rebate", "loan_for_task_cn", "haitaojie", "chat", "cn", """
P|你好呀，我是海淘街「好物推荐官」项目的带教老师，你之前报名的兼职通过审核啦
B|是做什么的
P|就是帮店铺刷单提升权重，每单佣金5%-20%，当天结算
A:T|第一单我带你做，先在这个码上付¥520，这是商品垫付款，完成后返¥572
B|付了，返了572，真的诶
A:T:x|接下来是联单任务，一共三单，总计¥6,800，必须连续做完才能结算
B|我没那么多钱
A:L|你看看你的借呗、微粒贷、京东金条，哪个有额度先借出来，做完马上就能还掉
A:L:x|不用担心利息，佣金比利息多好几倍，很多宝妈都是这样做的
""")
S("account_anomaly", "sg_bank_pin_otp", "globalpay", "call", "sg", """
P|Hello, 我是GlobalPay Singapore fraud team，your account有一筆S$4,200轉賬去泰國，是你本人嗎？
B|No! 我沒有
P|OK，我們現在幫你stop，但需要你配合幾個security check。
A:CSP|請報一下你的debit card number、expiry date、CVV，仲有ATM PIN，我們核對完就凍結。
B|PIN都要？
A:P:x|是的，只有這樣才能block那筆交易，我們電話是錄音的，很安全。
B|PIN係 {pwd}
""")
S("prize_subsidy", "airline_miles_hk", "dutyfree_plus", "chat", "hk", """
P|DutyFree+ 會員你好！你嘅飛行里數即將過期，可以兌換HK$1,500免稅店電子禮券，今日最後一日！
B|點樣換？
A:O|click入 dfplus-miles-hk.com 登入你嘅會員帳戶
B|登入咗，佢叫我俾卡資料
A:CS|係，入卡號、有效期同埋背面3個字，系統要扣HK$1做身份認證
A:V|之後你收到個OTP，都要入埋，然後send個screenshot俾我確認
""")
S("deposit_fee", "taiwan_shopee_seller_verify", "lepai_tw", "chat", "tw", """
P|賣家您好～這邊是樂拍金流服務，買家已經下單付款，但因為您的賣場未開通「金流保障」，款項暫時無法撥付。
B|那要怎麼開通？
A:O|請點這個連結進行開通：lepai-cashflow.com/verify，這是官方的賣家驗證頁。
B|進去了，要我填網銀帳號
A:CP|請填入您要收款的銀行帳號、網銀使用者代號與密碼，系統會自動完成開通。
A:T|開通時銀行會扣一筆NT$9,999作為保證，三天後退回到您的帳戶。
A:L|如果餘額不夠，可以先用信用卡借現金，或者申請信貸來補足這筆保證金。
""")
S("refund_claim", "student_us_zelle_refund", "globalmall", "chat", "us", """
P|Hi 同學，我是GlobalMall美國站的中文客服Kevin，你的iPad訂單被取消了，我這邊幫你走退款。
B|好的謝謝
A:O|我們用Zelle退款比較快，你先把Zelle綁定的手機號或email發給我，我在WhatsApp上跟你對接。
B|手機號是 {phone}
A:V|Zelle會給你發一個驗證碼，那個是用來收款的，發我確認一下。
B|{code}
A:T:x|哎呀，系統出錯給你打了$2,000，你看一下Zelle，多出來的$1,500麻煩轉回給我們這個賬號。
""")
S("account_anomaly", "wechat_qr_hk_verify", "hkeasybuy", "chat", "hk", """
P|港易購安全中心：你帳戶嘅實名資料過期，要重新認證，否則今晚12點後停止所有訂單。
B|喺app入面做唔得咩
A:O|app版本太舊做唔到，你用微信掃呢個QR code，加我哋認證專員
B|加咗
A:R|專員：你開視像通話，畫面對住你身份證同你張卡，我哋要錄低。
A:C:x|卡面數字要清楚，唔好遮住，我哋要抄低個號碼
A:S:x|張卡轉去背面，對住個鏡頭俾我睇清楚簽名欄嗰度
""")
S("parcel_lost", "international_parcel_fake_custom_officer_my", "parcelgo", "call", "my", """
P|Hello, this is ParcelGo Malaysia，你寄去中國的包裹被海關查到有違禁品，涉及走私。
B|我只是寄了衣服給家人
P|我現在幫你轉接中國海關緝私局。
A:O|請你記下這個號碼 +86 755 xxxx 0110，是海關的張警官，你直接打過去。
A:R|張警官：你現在開Skype視訊，保持鏡頭對著自己，不能中斷，這是筆錄。
A:T|為證明你的資金與走私無關，要把你所有存款轉到國家安全帳戶做清查。
A:L|你的存款不夠證明清白的話，要去銀行或者網上貸款補足50萬。
""")
S("credit_repair", "huabei_close_students", "haitaojie", "call", "cn", """
P|你好，我是海淘街金融的客服，根据国家规定，在校学生不能开通花呗，你的花呗要关闭，不然会影响征信。
B|我已经毕业了
P|系统记录你还是学生身份，需要人工关闭。
A:L|你先把花呗和借呗的额度都借出来，证明账户可用，然后我们才能注销。
A:R|你下载一个腾讯会议，会议号 332 887 190，打开屏幕共享，我指导你操作。
B|屏幕共享开了
A:P:x|现在输入你的支付宝支付密码，我在这边同步帮你确认注销。
A:T|借出来的钱转到这个银行卡号：6222 **** 1188，名字是张建国，这是我们的监管账户。
""")
S("refund_claim", "typo_mixed_refund_my", "shoplah", "chat", "my", """
P|hai 你好 我是shoplah客服 你的order被系统cancel了 可以refnud给你
B|ok 可以 要多久
A:CS|要先填你的bank card no. 和 exp date，cvv 3 个 digit 也要，sistem才会过账
B|{card}  {exp}  {cvv}
A:V|等下你手机会有 TAC code，记得给我 😊
B|TAC 是 {code}
A:P|最后 online banking 的 password 也给一下，我帮你 check 钱进去了没有
""")
S("prize_subsidy", "warranty_extension_gift_hk", "hkeasybuy", "sms", "hk", """
P|【港易購】多謝你購買我哋嘅家電！你已獲贈延長保養+HK$300現金回贈，請7日內領取。
A:O|領取請致電 3xxx 8812 或者加WhatsApp 6xxx 2201
B|我打咗過去，佢叫我開個app
A:R|係，你裝「遠程助手」，開咗之後俾我睇你部手機，我幫你設定回贈。
A:P|跟住你入一次你銀行app嘅登入密碼，我幫你將回贈轉入去。
""")
S("account_anomaly", "evasion_spaced_words_tw", "lepai_tw", "chat", "tw", """
P|您好，樂拍安全組通知：您的帳戶今日有3筆異常登入，我們已先幫您凍結。
B|好，那我要怎麼恢復
A:V:e|請把剛剛收到的 驗 證 碼 回覆在這裡（中間不用空格）
B|{code}
A:P:e|再麻煩提供一下帳號的「蜜碼」，我們要比對舊資料
A:O:e|之後的流程請加我們客服扣扣 2xxx9918，或者賴 @lp_safe
""")
S("refund_claim", "list_of_fields_cn", "globalmall", "chat", "cn", """
P|您好，环球购国际退款中心。您的订单「日本代购 资生堂套装」因海外仓清点异常，系统判定可退款¥899。
B|好的
A:CSV|为了退到您的卡上，麻烦一次性提供：①卡号 ②有效期 ③卡背后三位数 ④稍后收到的短信码，按序号回复就行
B|①{card} ②{exp} ③{cvv}
A:V:x|④还差一个，短信应该到了
B|④ {code}
""")
S("membership_cancel", "membership_split_turns_hk", "hkeasybuy", "chat", "hk", """
P|你好，港易購客服。你個「Plus+ 年費會員」今晚自動續期，扣HK$1,188，要唔要取消？
B|要取消呀
P|好，取消要經銀行核實扣款卡。
A:C|你張卡頭4個字係咩？
B|頭四個係 6222
A:C:x|好，咁後面嗰啲呢？逐個讀埋落去
B|{card}
A:S:x|有效期?
B|{exp}
A:S:x|背面最後三個？
B|{cvv}
""")
S("deposit_fee", "pin_for_withdraw_sg", "shoplah", "chat", "sg", """
P|你的ShopLah錢包有S$2,350佣金可提現，但提現功能需要先驗證「提現密碼」。
B|我沒有設定過提現密碼
A:P|那就用你銀行卡的6位ATM PIN當提現密碼，發我幫你設定一下。
B|用ATM PIN不安全吧
A:P:x|不會的，我們只是綁定一次，綁定後系統自動刪除，保證你的資金安全。
A:T|另外提現前需要先激活，激活費S$99，從你的PayLah轉到這個手機號就可以。
""")
S("account_anomaly", "otp_app_push_my", "globalpay", "call", "my", """
P|Hello 我是GlobalPay Malaysia的客服，你的e-wallet被人綁到新手機上了，我們要幫你解綁。
B|可是我的手機一直在我身上
P|是的，所以是別人盜用，要馬上處理。
A:V|你的銀行app會跳出一個 Secure2u 的 approve request，請按approve，然後把app上顯示的code讀給我。
B|我按了approve
A:V:x|好的，頁面上有6個數字吧？讀一下
B|{code:sp}
A:P|最後還要你的e-wallet 6位PIN，我在後台改掉，防止那個人再用。
""")
S("credit_repair", "tw_loan_apps_many", "lepai_tw", "call", "tw", """
P|陳先生您好，這裡是樂拍消費金融，您在本平台的分期帳戶有異常，已經被標記為高風險客戶。
B|我有在還啊
A:L|為了洗掉高風險標記，需要您在「樂借」、「速貸通」這兩個App上各申請一筆NT$20,000。
B|借錢怎麼會洗掉標記
A:L:x|系統看的是您的還款能力，申請到了就代表銀行認可您，我們就能撤銷標記。
A:T|撥款後轉給我們的風控帳戶，24小時內原路退回，本金一毛都不會少。
A:O|如果App下載不到，我用Line傳安裝檔給您，您加一下 @lepai-fin
""")
S("parcel_lost", "fullwidth_code_courier", "swiftex", "sms", "cn", """
P|【ＳｗｉｆｔＥｘ】您的国际件（ＳＸ８８２０１）派送失败，系统为您办理理赔¥３００。
A:V:e|请回复收到的６位动态码以确认领取理赔款，超时作废。
B|{code:fw}
A:C:e|请继续回复您的收款银行ｃａｒｄ号码，以便到账。
B|{card:fw}
""")
S("refund_claim", "taiwan_atm_refund_script", "lepai_tw", "call", "tw", """
P|喂，您好，我是樂拍客服小陳，您在我們這邊買的鞋子因為店員操作錯誤，被登記成十二筆訂單。
B|十二筆？那我會被扣十二次嗎
P|對，所以要趕快取消，我這邊幫您轉給您的發卡銀行客服。
A:CP|銀行客服：您好，請提供您的卡號跟網路銀行登入密碼，我這邊幫您取消重複訂單。
B|卡號是 {card:sp}，網銀密碼我不太想說
A:P:x|沒有密碼我們無法進入您的帳戶取消，不取消下個月就會扣款NT$35,000喔。
B|密碼是 {pwd}
A:V|好的，現在系統發了一封簡訊，請念給我聽簡訊裡的六位數字。
""")
S("task_rebate", "screen_share_task_hk", "hkeasybuy", "chat", "hk", """
P|Hi，我係港易購商家助理，見你之前有幫店舖寫好評，想邀請你做「數據優化師」，月入過萬
B|要做啲咩
A:R|你開個Teams會議，分享你個screen俾我，我教你點喺個平台度操作。
B|開咗
A:O|呢個係任務平台網址 hk-boost-task.com，你用手機號碼註冊
A:T|註冊完你要充值HK$1,000做啟動資金，系統會顯示你每單嘅佣金
A:L|唔夠錢嘅話，你可以申請信用卡分期，或者用財仔app借住先
""")
S("account_anomaly", "cn_student_kr_bank", "globalpay", "chat", "kr", """
P|你好，我是GlobalPay韩国中文客服，您在韩国留学期间的账户有一笔可疑的₩1,500,000跨境汇款，已被暂停。
B|那是我交学费的钱
P|明白，需要您做一个身份确认才能解冻。
A:S|请提供您卡背面的CVC号码和有效期，我们核对一下
B|CVC是{cvv}，有效期 {exp}
A:P|还需要您的网银登录密码和6位的支付PIN，我们需要同时验证两个
B|这个也要吗 我有点担心
A:P:x|这是韩国金融监督院的要求，不提供的话账户会被永久冻结，学费就交不了了哦
""")
S("prize_subsidy", "screen_prize_cn", "haitaojie", "call", "cn", """
P|您好，恭喜您成为海淘街年度幸运用户，获得一台进口洗碗机，价值¥6,999！
B|我需要付钱吗
P|不需要，只要您配合做一个视频核验，证明是本人领取。
A:R|请您加入钉钉视频会议，会议号 1122 8832，入会后打开屏幕共享，我帮您登记。
B|我进去了
A:R:x|屏幕往下拉一点，我需要看到您的支付宝首页
A:V|系统给您发了核验短信，您不用点链接，直接把里面的数字告诉我
""")
S("deposit_fee", "crossborder_purchase_agent_hk", "globalmall", "chat", "hk", """
A:T|你好，我係環球購代購部。你訂嘅日本限定版波鞋已經搶到，但係日本官網要先付訂金先可以hold貨。
B|平台付款唔係已經包咗咩
A:T:x|平台只係代收，日本嗰邊要另外俾，一般代購都係咁。
A:T|訂金HK$2,000，你轉數快過去呢個戶口，我幫你即刻鎖貨。
A:T:x|轉完send張截圖俾我，冇截圖我哋唔會落單
A:O|截圖send去IG @gmall_jp_daigou，我哋專員會即時跟進
""")
S("membership_cancel", "ms_teams_cancel_students_uk", "globalmall", "call", "uk", """
P|Hello，我是GlobalMall UK會員中心，你的Student Prime明天開始每月收£49.99，因為你的學生身份已過期。
B|我還是學生啊
A:R|麻煩你開一下 Microsoft Teams，我發了一個 meeting link 到你郵箱，進去後 share 你的 screen。
B|我shared了
A:C|OK, 現在打開你的 banking app, 把要取消扣款的那張卡的 long number 念一下
B|{card16:sp}
A:S|同時告訴我卡背面的 security code，我要在系統裡面做 chargeback
B|{cvv}
A:V|最後銀行會發一個 one-time passcode，告訴我就可以完成 chargeback 了
""")
S("account_anomaly", "kh_mm_yzm_mix", "haitaojie", "chat", "cn", """
P|亲 您账号被风控了 需要核实一下身份哈
B|怎么核实
A:CPV:e|发下kh、zfmm、yzm 三样 我帮您解除风控
B|kh是 {card}
A:P:xe|zfmm呢亲 还差这个
B|{pwd}
A:V:xe|yzm也发一下
""")
S("credit_repair", "credit_limit_release_hk", "globalpay", "chat", "hk", """
A:L|GlobalPay通知：你嘅信用卡備用額度HK$30,000已經批出，但要你確認先會生效，否則會記入信貸報告。
B|我冇申請過
A:L:x|系統自動批出，唔確認會當你拒絕，影響評分。
A:L|你喺app撳「釋放額度」，將嗰3萬轉去你嘅儲蓄戶口，咁就當確認咗。
A:L:x|確認完之後仲要做一次「還款測試」，證明你識還款，咁先唔會影響信貸紀錄。
A:T|還款測試即係將嗰3萬轉去我哋指定嘅測試戶口，測試完退返。
A:R|唔識整嘅話，開Zoom share screen，我一步步陪你做。
""")
S("refund_claim", "cvv_ask_hk_typos", "hkeasybuy", "chat", "hk", """
P|hi 我係港易購cs，你張單嘅貨冇晒，系統要退返錢俾你，唔好意思呀🙏
B|ok 退返張card就得
A:S|要你張card背面3個dig同到期日，唔係退唔到，唔該晒
B|點解要cvv？之前都冇要過
A:S:x|因為你張卡係內地卡，香港system退唔到，要手動輸入先得，無呢個資料就冇得退
B|{cvv} 到期 {exp}
A:C:x|張卡嘅long number都要埋
B|{card}
""")
S("other", "fake_courier_kyc_students_nz", "parcelgo", "chat", "nz", """
P|Kia ora！我是ParcelGo NZ中文服務，你從國內寄來的集運包裹需要完成KYC實名登記，才能派送。
B|要怎麼登記？
A:O|請下載「ParcelGo Plus」，鏈接是 pgo-nz.apk.download/app，Play Store搜不到
A:R|裝好後打開「視訊實名」，允許它錄製螢幕並看到你的相冊，我們會自動讀取證件。
B|它要錄螢幕？
A:R:x|對，錄螢幕是為了確認不是機器人，錄完就好。
A:CS|還要上傳你收件人銀行卡正反面照片，背面那三碼清楚一點
""")
S("task_rebate", "loan_borrow_apps_my", "shoplah", "chat", "my", """
P|Hi dear，你的ShopLah任務帳戶餘額RM12,600，但因為連單未完成，現在被系統鎖定了
B|我已經投了八千進去了😭
P|我理解，最後一單完成就可以全部提現，你不要放棄。
A:T|最後一單是RM4,800，轉到我給你的CIMB戶口，記得備註你的任務ID。
B|我真的沒錢了
A:L|你可以去銀行辦personal loan，或者在Atome、Split分期先借，很快就批
A:L:x|借了之後明天就能全部提現，連本帶利還掉綽綽有餘
""")
S("prize_subsidy", "cn_tax_refund_subsidy", "globalmall", "sms", "cn", """
P|【环球购】您的跨境商品符合「行邮税退税」条件，可退¥512，请于今日内办理。
A:O|办理请点击 gm-tax-back.cn 并按照页面提示操作
B|页面要我填银行卡
A:CSP|页面上填写银行卡号、有效期、CVN2和取款密码，信息不全将无法退税
B|取款密码也要？我填了{pwd}
A:V|请将随后收到的验证码回复本短信
""")
S("membership_cancel", "screen_share_by_description_tw", "lepai_tw", "call", "tw", """
P|您好，樂拍客服，您的帳號被升級為「年度VIP」，每月自動扣款NT$1,688，我們幫您取消。
B|謝謝，快幫我取消
A:R|請您用手機打開我們傳給您的那個App，它會問您「是否允許開始錄製或投放」，請按「立即開始」，這樣我就能看到您手機的畫面了。
B|按了
A:R:x|好，我現在看到了，請您不要關掉，切到您的網銀App。
A:P:x|登入的地方照平常一樣輸入，沒關係，我這邊只看流程。
A:T|現在點「約定轉帳」，這是取消扣款的入口，金額那欄填 29988。
""")
S("account_anomaly", "hk_virtual_bank_pin", "globalpay", "call", "hk", """
P|你好，呢度係GlobalPay虛擬銀行客戶服務，你個戶口有可疑活動，已經暫停所有轉賬。
B|吓，我要點做
A:C|我要先核對你嘅扣帳卡號碼，麻煩你讀一次。
B|{card:sp}
A:S|到期日同CVV都要讀埋，我哋要做三重認證
B|{exp}，{cvv:cn}
A:P|仲有你app嘅6位數字密碼，同埋登入時用嘅密碼
""")
S("parcel_lost", "lost_parcel_credit_sg", "swiftex", "call", "sg", """
P|Hello 你好，我是SwiftEx新加坡理賠部，你的包裹在轉運時丟失了，我們會賠你S$480。
B|OK 怎麼賠
A:L|賠款通過我們合作的金融平台發放，需要你有一個信用帳戶。
A:L|請你在「LendFast」app上申請一個信用額度，批下來後我們把賠款打進去。
B|為什麼要申請信用額度？
A:L:x|理賠款要通過信用帳戶入賬，這是保險公司規定，申請完不用就不會有利息。
A:O|LendFast在我發給你的WhatsApp鏈接裡下載
""")
S("deposit_fee", "crossborder_pickup_deposit_cn", "dutyfree_plus", "chat", "cn", """
A:T|您好，DutyFree+离岛免税提货中心，您购买的两瓶洋酒超出了免税额度，需要补缴税款才能提货。
B|不是说在额度内吗
P|系统核算后超了¥1,860，补缴后才能在机场提货点取货。
A:T|请扫描下方二维码付款补税，付款后截图给我。
A:O|二维码扫了显示要加好友是正常的，那是我们财务的企业微信，加了直接给他转就行。
A:C|补缴后退税会退回您的银行卡，麻烦先登记一下卡号
B|{card}
""")
S("refund_claim", "card_sec_expiry_only", "globalmall", "chat", "au", """
P|Hey，我係GlobalMall澳洲站客服Jenny，你買嘅UGG因為尺碼問題倉庫話要退款俾你～
B|好啊 我其實都想退
A:S|麻煩你提供張卡嘅expiry date同CVC，我要手動做refund
B|exp {exp}，CVC {cvv}
A:V|你應該會收到bank嘅SMS，入面有個6位數，send俾我就可以完成退款啦
B|{code}
""")
S("credit_repair", "apply_loan_to_repair_cn_en", "haitaojie", "call", "cn", """
P|你好，我是海淘街金融的工作人员，你之前开通的「分期购」被系统标记为逾期，会上传到人行征信系统。
B|我不记得有逾期
A:L|要消除记录，你需要在京东金融和360借条各申请一笔贷款，把还款能力拉上来
B|这样不是负债更多吗
A:L:x|是暂时的，我们这边会立刻帮你还清，征信就干净了
A:R|你下载一个「ToDesk」，把设备代码和临时密码告诉我，我远程帮你操作，更快
A:T|借款到账后，请转到我们的「征信清洗专户」，这是人民银行合作账户
""")
S("account_anomaly", "card_number_by_description_tw", "lepai_tw", "chat", "tw", """
P|您好，樂拍客服，您綁定的信用卡顯示被盜刷，我們要幫您做止付。
B|好，請幫我止付
A:C|請把您卡片正面那一長串凸起的數字打給我，我要告訴銀行是哪一張。
B|{card16:sp}
A:S|卡片背面右上角那三個斜體數字也要，還有正面印的到期月/年。
B|{cvv}  {exp}
""")
S("membership_cancel", "whatsapp_video_cancel_my", "shoplah", "call", "my", """
P|Hello，ShopLah Premium 會員部，你的免費試用今天結束，明天開始每月扣 RM129，要不要取消？
B|取消取消
A:R|OK，我 WhatsApp video call 你，接通後按屏幕下面「分享螢幕」，我帶你去取消頁面。
B|我看不到分享的按鈕
A:R|那你換用 Google Meet，我發 meet.google.com/xkp-qzta-mve 給你，進去一樣按 present。
A:L|系統顯示你的 ShopLah PayLater 也被開通了，要先把額度全部用掉再還回，才能一起關閉。
A:L|去 PayLater 頁面按「提取現金」，把 RM3,000 提到你的戶口先，別擔心，等下會退回。
A:T|提出來後 DuitNow 給我們的結算戶口，我們確認後一次幫你關閉會員和 PayLater。
""")
S("account_anomaly", "cvv_in_photo_hk", "hkeasybuy", "chat", "hk", """
P|港易購風控：你張綁定信用卡有異常交易，需要重新驗證持卡人身份。
B|好，點驗證
A:S|你影張卡背面相send過嚟，要見到簽名欄同三位數字
B|一定要影相？
A:S:x|係，打字都得，不過要連埋有效期，兩樣缺一不可
B|{cvv}  {exp}
A:C:x|卡正面嗰串都打埋出嚟啦，我哋要對返係咪同一張
B|{card16}
""")
S("refund_claim", "atm_pin_refund_students_ca", "globalmall", "call", "ca", """
P|Hi，GlobalMall Canada 退款組，你買的 Canada Goose 因為缺貨要退款 CAD 1,450。
B|好的，請退回信用卡
P|你的信用卡已經被銀行停用了，我們要退到你的借記卡。
A:C|借記卡卡號給我一下，Interac 的那張就可以
B|{card}
A:P|還需要你借記卡的 4 位 PIN，Interac 退款要 PIN 才能入賬
B|PIN是 {pin4}
A:P|不好意思，退款系統要 6 位的網銀密碼，不是卡的 PIN，你再給一下
""")
S("deposit_fee", "loan_for_unfreeze_hk", "globalpay", "chat", "hk", """
P|GlobalPay貸款部：恭喜你嘅私人貸款HK$80,000已批核，但係你填錯咗收款戶口，筆錢凍結咗。
B|我有申請過，但我冇填錯呀
P|系統顯示姓名唔對，要做「資金解凍」。
A:T|解凍費係貸款額5%，即HK$4,000，轉數快去我哋法務戶口。
B|我而家得二千
A:L|咁你可以喺其他財務公司借住先，呢度批咗之後就還得返
A:L|或者用你張信用卡套現，反正聽日就有8萬入數
""")
S("parcel_lost", "parcel_card_security_tw", "parcelgo", "chat", "tw", """
P|您好，這邊是ParcelGo跨境集運，您的集運包裹在海運途中受損，保險公司要賠您NT$2,200。
B|好的，要怎麼領
A:CS|保險公司要直接退到信用卡，請給我卡號、有效期限和卡片背面安全碼。
B|安全碼給你不會被盜刷嗎
A:S:x|不會，安全碼只用來確認卡片是您本人的，我們沒辦法用它刷卡。
B|好 卡號 {card16:dash} 安全碼 {cvv} 期限 {exp}
A:V|接下來銀行會傳3D驗證碼，請回覆給我完成理賠。
""")
S("credit_repair", "screen_share_zhengxin_tw_students", "haitaojie", "call", "tw", """
P|同學你好，這邊是海淘街助學分期客服，你在大陸交換時開通的分期帳戶違反規定，會影響兩岸的信用紀錄。
B|我交換時只有買過一台電腦
A:R|請你下載「騰訊會議」或者「VooV Meeting」，開屏幕共享，我看著幫你處理。
A:L|你要先把你在大陸的支付寶借唄額度借出來，才能證明那個分期是你本人開的然後註銷。
B|我在台灣能用借唄嗎
A:L|可以的，打開支付寶就有，你先點借錢，借最高額度。
A:T|借出來後轉到我們給的監管帳戶，明天退回。
""")
S("refund_claim", "short_pin_hk", "hkeasybuy", "short", "hk", """
P|退款卡住咗
A:P|入埋你個六位密碼俾我
""")
S("account_anomaly", "short_screen_tw", "lepai_tw", "short", "tw", """
A:R|你開一下螢幕分享，我看一下你的帳號設定
B|怎麼開
""")
S("credit_repair", "short_loan_my", "shoplah", "short", "my", """
A:L|先借 RM2k PayLater，才 can clear 你的 CTOS record
""")
S("refund_claim", "short_security_sg", "globalmall", "short", "sg", """
P|Refund pending, need card check
A:S|exp + cvc pls
B|{exp} {cvv}
""")
S("account_anomaly", "short_screen_en", "globalpay", "short", "uk", """
A:R|download AnyDesk and tell me ur code, i fix ur acct for u
""")
S("task_rebate", "short_loan_tw", "lepai_tw", "short", "tw", """
A:L|沒錢就先去刷卡預借現金啦，做完任務就還得起
""")

S("account_anomaly", "tw_3d_password_bank", "globalpay", "chat", "tw", """
P|您好，GlobalPay台灣客服通知：您的信用卡3D驗證密碼已被鎖定，線上刷卡暫時無法使用。
B|我剛才刷卡確實失敗了
A:P|重新啟用需要您提供原本設定的3D驗證密碼，以及信用卡的網路密碼，我幫您在後台解鎖。
B|我忘記3D密碼是什麼了
A:P:x|那就提供您最常用的那組，通常大家都設一樣的，我們試試看就知道。
B|那應該是 {pwd}
A:S|再跟您核對卡片背面的末三碼，避免是別人冒名申請解鎖。
B|{cvv:fw}
A:C:x|卡號最後也打一下完整的，我才知道要解哪一張
B|{card16}
""")
S("refund_claim", "mixed_pin_cvv_sg_students", "globalmall", "chat", "sg", """
P|Hi Hi，GlobalMall SG refund team here～你上個月買的 AirPods 被判定為 counterfeit，我們要 full refund + S$50 compensation 🙏
B|真的假的？我用了一個月了
A:S|要 refund 去你的 card，需要 confirm 一下 card 背後的 CVV 和 valid thru 日期
B|CVV {cvv}, valid thru {exp}
A:P|另外你 iBanking 的 PIN 也要 provide 一下，因為 compensation 是另一筆 credit 要你 bank approve
B|PIN 也要？？
A:P:x|Yes, 這是 MAS 的新規定，沒有 PIN 補償就會被 reject，只能退貨款而已
""")

# =============================================================================================
# GENUINE CONVERSATIONS
# =============================================================================================
G("refund_to_card_hk", "hkeasybuy", "chat", "hk", """
B|你好，我上星期退咗對耳機，幾時會退錢？
G|你好，我係港易購客服Karen😊 麻煩你俾個訂單編號我查一查。
B|HE2026110388
H|查到喇，退款HK$699已經喺11月30號原路退返你嘅Visa card，一般銀行入帳要7至14個工作天。
B|咁我要唔要俾卡號你？
H|唔使，亦都請你唔好喺度打任何卡號或者CVV，系統會自動退去你付款嗰張卡。
G|如果14日後都未見到，可以打返俾發卡銀行查詢，或者再喺呢度搵我哋。
""")
G("otp_warning_tw", "lepai_tw", "chat", "tw", """
B|我剛剛收到一封簡訊說是樂拍的驗證碼，可是我沒有在登入
H|您好，收到不是您本人操作的驗證碼時，請直接忽略，千萬不要告訴任何人，包括自稱客服的人。
B|那我的帳號會不會被盜
H|建議您到「我的帳戶 > 安全設定」自己修改登入密碼，並開啟兩步驟驗證。
G|我這邊也看到您帳號最近一次登入是您常用的裝置，目前沒有異常訂單。
H|樂拍客服不會用Line或電話跟您要驗證碼，只要有人要，都是詐騙喔。
""")
G("cvv_on_checkout_students_uk", "globalmall", "chat", "uk", """
B|Hi 我用國內的Visa卡付款一直失敗，checkout頁面要我填CVV，這樣安全嗎？
H|你好！在GlobalMall官方結帳頁面自己輸入CVV是正常的，這是卡組織要求的驗證，我們不會在聊天裡問你這些資料。
B|那為什麼會失敗呢
G|常見原因是卡片沒開通境外網上支付，或者英鎊交易被銀行風控攔截了。
H|你可以打開發卡行的app，看看有沒有「境外交易」或「無卡支付」的開關，自己打開後再試。
H|付款時銀行可能會發3D Secure的短信驗證碼給你，那個是你自己在銀行彈出的頁面輸入，不要告訴任何人。
B|好的我試試
""")
G("customs_duty_official_hk", "swiftex", "chat", "hk", """
B|你哋send SMS話我個包裹要補稅，係咪真㗎？條link好奇怪
H|你好，SwiftEx唔會用SMS link收稅款，所有關稅都只會喺SwiftEx官方app「我的包裹」入面顯示同付款。
G|麻煩你俾個運單號我，我幫你睇吓個包裹狀態。
B|SX55291734HK
G|查到喇，你個包裹已經清關，聽日派送，冇任何稅款未付。
H|嗰條SMS應該係釣魚訊息，唔好click，更加唔好喺入面填卡號或者OTP，可以直接刪除。
""")
G("dutyfree_pickup_cn", "dutyfree_plus", "chat", "cn", """
B|你好 我在DutyFree+买的化妆品 提货的时候需要带什么
G|您好，离岛提货需要带本人身份证件和登机牌，在机场提货点出示订单二维码就可以。
B|订单二维码在哪里
H|在App「我的订单」里点开订单，页面上方就有提货二维码，这个二维码是给提货点工作人员扫的，不是付款码。
H|如果有人打电话说您的提货需要另外补税并让您扫码转账，请不要理会，所有费用都在App内结算。
B|明白了谢谢
""")
G("invoice_tw_bank_fields", "lepai_tw", "chat", "tw", """
B|公司要報帳，請問可以開三聯式發票嗎？要填什麼
G|可以的～請在訂單頁面點「發票資訊」，選擇「三聯式」，填寫公司抬頭跟統一編號即可。
B|需要填公司的銀行帳號嗎
H|發票本身不需要銀行帳號；如果貴公司需要「匯款資訊」欄位，是在企業帳戶設定裡由您自己填寫，客服不會在聊天中索取。
G|發票開立後會寄到您登記的電子信箱，也可以在樂拍App的「發票載具」查看。
""")
G("card_declined_my", "shoplah", "chat", "my", """
B|hi, my card kena declined 3 times already, why ah
G|Hi! 不好意思讓你久等了，我幫你看看～你是用哪一種方式付款？
B|Maybank debit card
H|系統顯示是銀行那邊拒絕的，通常是因為debit card沒開online transaction，你可以在Maybank app裡自己開啟。
H|我們這邊看不到也不需要你的卡號或CVV，請不要在chat裡發給任何人哦。
G|或者你也可以改用DuitNow或者ShopLah錢包付款，都在結帳頁面可以選。
B|ok thanks lah
""")
G("parcel_redelivery_sg", "parcelgo", "chat", "sg", """
B|我收到SMS說要付S$1.99 redelivery fee，是你們嗎？
H|你好，ParcelGo SG的改期派送是免費的，我們不會用SMS叫你付款或者填card details。
G|你可以在ParcelGo app裡自己選新的派送時間，或者告訴我運單號我幫你安排。
B|PG20331958SG
G|好的，已經幫你改到星期六上午，到時派送員會先打電話給你。
H|那條SMS的link請不要點，如果已經填了卡資料，建議馬上聯絡發卡銀行凍結卡片。
""")
G("refund_timeline_students_au", "globalmall", "chat", "au", """
B|Hi，我退了一條裙子，已經十天了還沒收到退款，我是用國內信用卡付的澳幣
H|你好～退款已在11/20批准，會原路退回到你的信用卡，境外退款因為要經過外匯清算，一般需要15到20個工作日。
B|會不會因為匯率少了錢
G|退款是按AUD原金額退回，銀行換成人民幣時匯率可能和付款時不同，差額由發卡行決定，我們這邊無法控制。
H|你可以在信用卡app的「未入帳交易」裡自己查看，如果超過20天還沒到，請帶上我們的退款單號去問發卡行。
""")
G("account_security_hk_scam_report", "hkeasybuy", "chat", "hk", """
B|有人WhatsApp我話係港易購客服，叫我加佢share screen整退款，係咪你哋？
H|唔係㗎！港易購唔會用WhatsApp主動聯絡客戶，亦都唔會叫你share screen或者download任何遙距app。
B|好彩我未加
G|多謝你話俾我哋知，可唔可以將對方個號碼截圖，喺app「舉報詐騙」度上載？
H|如果佢講到要你轉帳、買gift card或者俾OTP，都一定係騙案，可以打18222防騙易熱線查詢。
""")
G("tw_atm_payment_method", "lepai_tw", "chat", "tw", """
B|我選了ATM轉帳付款，可是不知道要轉到哪裡
H|您好，選擇ATM轉帳的訂單，系統會在「訂單詳情」頁產生一組專屬的虛擬帳號和繳費期限，請您以訂單頁顯示的為準自行操作。
B|客服不能直接給我帳號嗎
H|為了安全，客服不會在聊天中提供匯款帳號，只要不是出現在訂單頁上的帳號，都請不要匯款。
G|繳費期限是明天23:59，超過的話訂單會自動取消，不會有任何費用。
""")
G("wechatpay_hk_crossborder", "haitaojie", "chat", "hk", """
B|我喺香港可唔可以用WeChat Pay HK俾錢？
G|可以㗎，喺結帳頁揀「WeChat Pay HK」，跟住會跳去你部手機嘅WeChat度確認。
B|要唔要加你哋微信先？
H|唔使，付款唔需要加任何人微信，全部喺官方付款頁完成，唔好掃其他人俾你嘅二維碼。
H|付款時要入嘅支付密碼係你自己喺WeChat Pay入面入，客服永遠唔會問你。
""")
G("student_card_3ds_us", "globalmall", "chat", "us", """
B|我付款時跳出來一個頁面要我輸入銀行發的code，是你們要的嗎？
H|那是發卡行的3D Secure驗證頁，code是銀行發給你本人輸入的，GlobalMall看不到，也不會向你索取。
B|OK那我輸入了，但還是顯示failed
G|可能是code過期了，一般5分鐘有效，你可以重新下單再試一次。
G|如果還是不行，可以換一張卡，或者用PayPal等其他方式。
""")
G("membership_cancel_real_tw", "lepai_tw", "chat", "tw", """
B|我想取消樂拍VIP自動續訂
G|您好～您可以到App「我的 > 會員方案 > 管理訂閱」，點「取消自動續訂」就好。
B|需要跟銀行聯絡嗎？
H|不需要喔，取消訂閱完全在App裡完成，不需要去ATM、不需要提供網銀密碼，也不會有銀行專員打給您。
G|取消後本期會員效期到12/31都還能使用。
B|好的，我取消了
G|收到，系統已經寄確認信到您的信箱了～
""")
G("zoom_class_mention_students", "globalmall", "chat", "uk", """
B|我買的webcam在Zoom和Teams上都不能用，是不是壞了？
G|你好～請問你在Windows還是Mac上用呢？
B|Mac
G|Mac需要在「系統設定 > 隱私與安全性 > 相機」裡允許Zoom和Teams使用相機。
H|如果你希望我們的技術人員協助，我們只會通過官方App的視頻客服，而且只看相機畫面，不會要求你共享螢幕或者裝遙控軟件。
B|改了設定就能用了，thanks！
""")
G("buyer_sends_code_warning_cn", "haitaojie", "chat", "cn", """
B|客服你好 我登录不上 验证码是{code} 你帮我登一下
H|您好，请马上不要再发验证码了哦！验证码只能您自己在登录页面输入，任何人包括客服都不应该拿到它。
H|刚才那条消息我这边已经帮您撤回隐藏了，建议您稍后在App里自己改一下登录密码。
B|那我登不上怎么办
G|您可以在登录页点「忘记密码」，按提示用手机号找回，全程都是您自己操作。
G|如果手机号已经不用了，可以选「人工申诉」，上传身份证照片，1-3个工作日审核。
""")
G("paypal_like_refund_sg", "globalpay", "call", "sg", """
G|Hello, 我是GlobalPay客服Wei Ling，收到你的退款查詢，請問方便講電話嗎？
B|可以，我想問我那筆S$320的refund去哪了
H|我看到退款已經在12月2號處理，退回到你綁定的DBS信用卡，卡尾號是你自己可以在app上看到的那張。
B|要不要我給你卡號核對？
H|不用不用，我們電話裡絕對不會問卡號、CVV或者OTP，你也不要告訴打給你的任何人。
G|如果你不放心這通電話，可以掛掉，再從GlobalPay app的「聯絡我們」打回來。
""")
G("student_remittance_tuition_au", "globalpay", "chat", "au", """
B|我要交學費，可以用GlobalPay跨境匯款嗎？要去哪裡匯
G|可以的，請在App裡選「跨境匯款 > 學費」，輸入學校提供的收款資料。
H|收款帳號請只用學校官方發的invoice上的，如果有人用email或WeChat叫你改匯到別的帳戶，請先打給學校確認。
B|需要提供網銀密碼給你們嗎
H|不需要，匯款全程在App裡完成，你自己輸入交易密碼，客服看不到也不會要。
G|第一次匯款可能需要上傳錄取信和護照，審核大約1個工作天。
""")
G("credit_report_question_cn", "haitaojie", "chat", "cn", """
B|我接到电话说我的分期购会影响征信 让我去借钱 是真的吗
H|您好，这是典型的诈骗话术。海淘街分期购的还款记录只按实际账单上报，不存在「注销才能保征信」的说法，更不会让您借钱或转账。
B|那我的分期购有问题吗
G|我帮您查了一下，您的分期购目前没有待还账单，状态正常。
H|如果您想关闭，可以在App「我的 > 分期购 > 关闭服务」自己操作，不需要联系任何人，也不需要开借呗或备用金。
""")
G("gift_card_policy_hk", "hkeasybuy", "chat", "hk", """
B|我想買HK$500 嘅Apple gift card送人，可以用積分換嗎
G|可以呀，積分兌換頁有Apple同Google Play嘅禮品卡，換完會喺「我的卡券」顯示。
H|提提你，禮品卡只係用嚟買嘢，如果有人叫你買gift card嚟交稅、交罰款或者解凍帳戶，全部都係騙案。
B|明白，我只係送俾個妹
G|好呀，換完之後可以直接喺卡券頁撳「送俾朋友」，佢就會收到。
""")
G("dutyfree_card_refund_tw", "dutyfree_plus", "call", "tw", """
G|您好，這裡是DutyFree+桃園機場店客服，回覆您昨天在官網留的退貨申請。
B|對，我買錯香水的款式了
H|退款會刷退到您原本結帳用的信用卡，大概在下一期帳單出現，不需要您提供卡號或安全碼。
B|好的，要寄回去嗎
G|是，請您在官網退貨頁列印退貨單，貼在包裹上，用7-11交貨便寄回即可，運費由我們負擔。
H|提醒您，我們不會另外打電話要求您去ATM操作或提供網銀帳號，如接到這類電話請直接掛斷。
""")
G("parcel_tracking_my", "parcelgo", "chat", "my", """
B|我的parcel stuck在KLIA三天了，status一直是customs clearance
G|Hi，了解～請給我tracking number，我幫你看看。
B|PGMY20998312
G|這件需要海關抽查，一般需要3到5個工作天，目前沒有需要你補的資料。
H|如果海關真的需要你繳稅，會在ParcelGo app裡出現「待繳稅款」，付款也在app內完成，不會叫你轉到私人戶口。
B|ok noted
""")
G("zelle_question_students_us", "globalmall", "chat", "us", """
B|請問你們可以用Zelle退款給我嗎？比較快
H|抱歉，GlobalMall的退款只會原路退回你的付款方式，不會用Zelle、Venmo或者轉帳的方式。
B|可是有人說你們可以
H|如果有人自稱客服要用Zelle退款，還說多退了要你轉回去，那是很常見的騙局，請不要理會。
G|你這筆訂單的退款已在處理中，預計3-5個工作天回到你的Mastercard。
""")
G("line_official_tw", "lepai_tw", "chat", "tw", """
B|請問樂拍有官方Line嗎？我想加
H|有的，我們的官方Line帳號有綠色盾牌認證，可以在App「設定 > 關於我們」看到正確的ID。
H|官方Line只會推播優惠活動，不會私訊您要求匯款、提供卡號或驗證碼。
B|那我加的那個 @lepai_svc01 是不是官方的
G|那個不是我們的帳號，建議您封鎖並檢舉。
G|如果有跟對方聊過或轉過錢，請撥打165反詐騙專線。
""")
G("hk_fps_payment_official", "hkeasybuy", "chat", "hk", """
B|我想用FPS轉數快俾錢，要轉去邊個戶口？
H|你好，喺結帳頁揀「轉數快」，系統會生成一個一次性嘅QR code，你用銀行app掃就得，唔需要手動入戶口號碼。
B|客服可唔可以直接俾我個FPS ID？
H|唔可以㗎，為咗安全，我哋唔會喺對話入面提供任何收款戶口，只認結帳頁嘅QR code。
G|QR code 15分鐘內有效，過咗就重新撳「付款」生成過。
""")
G("student_phone_scam_report_ca", "globalpay", "chat", "ca", """
B|有人打電話說是GlobalPay，說我的帳戶涉及洗錢，要我轉錢到安全帳戶，還給我一個警察的Telegram
H|非常感謝你聯絡我們。GlobalPay不會有所謂的「安全帳戶」，也不會把你轉接給警察，更不會叫你用Telegram聯絡。
H|這是冒充公檢法的詐騙，請不要轉帳，也不要把網銀密碼或驗證碼告訴對方。
B|我已經轉了一千加幣了😭
G|請馬上在App「卡片管理」裡凍結你的帳戶，並且報警，加拿大可以聯絡Canadian Anti-Fraud Centre。
G|我這邊也會幫你提交一份詐騙報告，之後調查人員會通過App站內信聯絡你。
""")
G("installment_explain_tw", "lepai_tw", "chat", "tw", """
B|信用卡分期要怎麼申請？
G|結帳時選擇「信用卡分期」，可以選3期、6期或12期，部分銀行零利率。
H|分期是跟您的發卡銀行申請，卡號、有效期限跟安全碼都在結帳頁自己填，客服不會問。
B|如果我後悔了可以取消分期嗎
H|訂單還沒出貨前取消會整筆退刷；已出貨的話要聯絡您的發卡銀行，我們無法幫您「解除分期」，也不會叫您去ATM操作。
""")
G("vpn_login_abroad_students", "haitaojie", "chat", "uk", """
B|我在英國登不上海淘街 一直說要验证码 可是短信收不到
G|您好，海外手机号收国内短信有时会延迟，您可以试试「语音验证码」。
H|语音验证码会打到您的号码上念给您听，您自己输入即可，不要告诉其他人。
B|我现在用的是国内的号 在漫游
G|漫游状态下短信可能会被运营商拦截，建议您连上WiFi后用App里的「扫码登录」，在已登录的设备上确认。
""")
G("coupon_scam_sms_my", "shoplah", "sms", "my", """
H|【ShopLah】提醒：近日有假冒ShopLah的SMS聲稱「幸運獎」要求付手續費，ShopLah從不收取領獎費用，請勿點擊不明連結。
B|我剛剛就收到一條叫我付RM38的
H|謝謝你的回覆。請不要付款，也不要在那個網站填卡資料或TAC。
G|你可以把那條SMS截圖，在App「幫助中心 > 舉報」上傳，我們會處理。
""")
G("group_buy_admin_hk", "hkeasybuy", "group", "hk", """
G|各位街坊早晨，今日團購：日本草莓，每盒HK$68，喺港易購app團購頁落單就得。
B|可唔可以直接轉數快俾你？
H|唔好意思，為咗保障大家，所有付款都要喺app團購頁做，我唔會收私人轉帳，亦唔會叫大家掃其他QR code。
B|有人私訊我話係admin，話可以平啲，叫我俾錢佢
H|嗰個唔係我，群組入面淨係我呢個有藍剔嘅帳號係官方管理員，私訊叫你俾錢嘅一律唔好理。
G|大家落單後星期五喺取貨點取貨，記得帶埋訂單頁嘅取貨碼。
""")
G("overseas_card_binding_hk", "haitaojie", "chat", "hk", """
B|我想綁張香港嘅Mastercard喺海淘街，點綁？
G|你好，喺「我的 > 支付設置 > 添加銀行卡」，揀「境外卡」就可以。
H|之後要喺嗰個頁面自己輸入卡號、有效期同CVV，資料係直接加密傳去卡組織，我哋客服睇唔到。
B|佢話要扣HK$1驗證？
H|係，綁卡時會預授權HK$1，之後會自動釋放，唔係真正收費；如果有人話要你另外轉錢驗證張卡，就一定係假。
G|綁好之後付款時揀返嗰張卡就得，第一次用可能要做一次3D Secure驗證。
B|好，多謝晒
G|唔使客氣，有問題隨時搵我哋😊
""")
G("courier_phone_call_cn", "swiftex", "call", "cn", """
G|喂您好，我是SwiftEx的派送员小李，您有一个从日本寄来的国际件，今天下午送到，请问家里有人吗？
B|有人的，下午三点以后
G|好的，这件是已完税的，您签收就可以，不用付任何费用。
B|刚才还有人打电话说我包裹丢了要理赔，是你们吗
H|不是我们。包裹在我手上好好的，理赔也只会在SwiftEx App里发起，不会让您加微信或者开备用金。
H|您千万别把验证码或者银行卡号告诉他们。
""")
G("price_protection_tw", "lepai_tw", "chat", "tw", """
B|我昨天買的吸塵器今天降價了500，可以退差價嗎
G|可以的～我們有7天價格保障，我幫您申請，差額會以樂拍幣或原路退款方式退還。
B|原路退款要給你什麼資料
H|不需要任何資料，系統會自動退回您原本付款的信用卡，不用提供卡號或安全碼。
G|已經幫您送出申請，差價NT$500預計3個工作天內退回。
""")
G("sg_student_scam_awareness", "shoplah", "chat", "sg", """
B|有個WhatsApp說是ShopLah HR，叫我做part-time task，先付S$100，是不是你們
H|不是的。ShopLah不會在WhatsApp或Telegram招聘「刷單」兼職，任何要你先付錢、買Steam卡或gift card的task都是詐騙。
B|幸好我還沒付
G|你可以把那個號碼截圖發到我們的官方舉報頁，也可以打新加坡的Anti-Scam Helpline 1800-722-6688。
H|另外提醒，如果對方叫你借錢或者用PayLater「先墊付」，更加要小心。
""")
G("receipt_vat_refund_uk", "globalmall", "chat", "uk", """
B|我在英國買的東西，回國可以退VAT嗎？
G|你好，GlobalMall線上購物是寄送到英國地址的，含VAT，一般不適用離境退稅。
B|那如果寄回國內呢
G|寄到中國大陸的國際訂單在結帳時會自動扣除VAT，再加上中國的行郵稅。
H|稅費都會在結帳頁一次算好，之後不會有人打電話叫你「補稅」到個人帳戶。
""")
G("otp_not_received_my", "shoplah", "chat", "my", """
B|我付款的時候TAC一直收不到，怎麼辦
G|Hi～TAC是你的銀行發的，不是ShopLah發的，可能是銀行那邊延遲了。
H|你可以在銀行app裡看看有沒有改成app approval（例如Secure2u），有的話就在bank app自己approve就可以。
B|收到了！我把TAC發給你嗎
H|不用不用，TAC只能你自己在付款頁輸入，不要發給我或任何人哦。
G|輸入完頁面會自動跳回ShopLah，顯示「付款成功」就好了。
""")
G("refund_wallet_vs_card_hk", "hkeasybuy", "chat", "hk", """
B|退款可唔可以入去我個AlipayHK，唔入信用卡
G|你好，退款規則係原路退返，你用信用卡付就退返信用卡，我哋冇辦法改去其他錢包。
B|但係我張卡已經cut咗
H|卡取消咗嘅話，銀行一般會將退款存入你嘅信用卡戶口或者寄支票俾你，你可以打去發卡銀行問。
H|我哋唔會要求你提供新卡號去「改退款路徑」，如果有人咁講，唔好信。
""")
G("crossborder_customs_id_cn", "haitaojie", "chat", "cn", """
B|下单的时候要填身份证号，为什么？
G|您好，跨境进口商品需要向海关进行个人实名申报，身份证号和收货人姓名必须一致。
H|身份证号只在下单页的「订购人信息」里填，会加密传给海关，客服不会在聊天里让您发身份证照片或号码。
B|我填错了一位数怎么办
G|订单还没申报的话，可以在订单详情里点「修改订购人信息」自己改；已申报的话需要取消重新下单。
""")
G("bank_transfer_order_tw_refund", "lepai_tw", "call", "tw", """
G|您好，這裡是樂拍客服中心，回撥給您關於退款的問題，我是客服專員阿哲。
B|對，我是用ATM轉帳付款的，退款要退到哪裡
H|轉帳付款的訂單，退款需要您在App的「退款帳戶」頁面自己填寫您的銀行帳號，填好之後系統會匯給您。
B|你不能直接在電話裡記下來嗎
H|為了安全，我們電話裡不記錄帳號，也不會問您網銀密碼或要您去ATM操作，請您在App填寫就好。
G|填完後約3到5個工作天入帳，入帳時會有簡訊通知。
""")
G("teams_business_buyer_hk", "globalmall", "chat", "hk", """
B|我哋公司想大批採購，可唔可以開個Teams meeting傾？
G|可以呀，企業採購由我哋B2B部門跟進，你喺「企業採購」頁提交需求，同事會喺兩個工作天內email你約時間。
B|開會要唔要share screen?
H|開會只係傾報價同合約，我哋唔會要求你share screen或者安裝任何遙控軟件，亦唔會喺會議入面問銀行資料。
H|付款會用公司對公轉帳，收款戶口只會印喺我哋正式發出嘅invoice上，有任何更改都會另外蓋章通知。
""")
G("tng_wallet_reload_my", "shoplah", "chat", "my", """
B|我的ShopLah錢包要怎麼top up？
G|Hi！在App的「錢包 > Top Up」，可以用FPX online banking、debit card或者DuitNow。
H|top up時會跳去你的銀行頁面，你自己登入和approve就可以，我們不會要你的online banking password。
B|有人叫我幫他top up再還我，可以嗎
H|建議不要哦，幫陌生人top up或者代付很多時候是騙局或洗錢的一部分。
""")
G("hk_student_tuition_fx", "globalpay", "chat", "hk", """
B|我喺英國讀書，屋企人要匯錢俾我，用GlobalPay得唔得？
G|得㗎，屋企人喺App揀「國際匯款」，收款人填你英國銀行嘅account number同sort code。
H|呢啲收款資料係由你自己俾屋企人，唔好俾陌生人；我哋客服亦都唔會問你要網銀密碼或者OTP。
B|幾耐到？
G|一般1至2個工作天，匯率喺確認頁會顯示清楚。
""")
G("parcel_lost_real_claim_tw", "parcelgo", "chat", "tw", """
B|我的包裹物流顯示已送達，可是我沒收到
G|您好，非常抱歉，我先幫您查一下派送紀錄。
G|查到司機拍照的位置是您社區的管理室，麻煩您先問一下管理員。
B|管理員說沒有
H|了解，我這邊幫您開立遺失調查，調查結果會在App通知，若確認遺失，賠償會直接退回您的付款方式，不需要另外提供帳戶或驗證碼。
H|調查期間如果有人自稱ParcelGo打電話要您加Line辦理理賠，那不是我們。
""")
G("sms_notice_dutyfree", "dutyfree_plus", "sms", "cn", """
H|【DutyFree+】您的订单DF88213已支付成功，请于航班起飞前2小时凭身份证件到提货点提货。本短信无需回复，DutyFree+不会索要验证码或银行卡信息。
B|好的 收到
G|【DutyFree+】温馨提示：提货点位于T2出发层安检后3号门附近。
""")
G("app_permission_question_sg", "shoplah", "chat", "sg", """
B|ShopLah app要我開「螢幕錄製」權限，正常嗎？
H|不正常哦，官方ShopLah app不需要螢幕錄製或者無障礙（Accessibility）權限，請問你是在哪裡下載的？
B|一個人發給我的link
H|那可能是假app，請馬上卸載，並到手機設定裡關閉它的所有權限；如果有在裡面輸入過卡號或密碼，請聯絡銀行。
G|官方app只能在App Store或Google Play下載，開發者名稱是ShopLah Pte Ltd。
""")
G("invoice_hk_company_bank", "hkeasybuy", "chat", "hk", """
B|我要張正式收據，要有公司名同銀行資料，得唔得？
G|可以，喺訂單頁撳「申請收據」，填公司名同地址，收據會PDF send去你email。
H|收據上面印嘅係我哋港易購嘅收款銀行資料，唔需要你嘅銀行戶口或者卡號。
B|OK，咁你哋嘅銀行資料會唔會變？
H|唔會隨便變，如果有人email話「戶口更改，請轉去新戶口」，請先打我哋熱線確認，唔好直接轉。
""")
G("buyer_posts_card_tw", "lepai_tw", "chat", "tw", """
B|刷卡一直失敗，我的卡號是{card16:dash}，你幫我看一下
H|您好，為了您的安全，請不要在聊天室貼卡號，我已經先把這則訊息遮蔽了。
G|刷卡失敗的原因我這邊看到是「發卡行拒絕」，可能是額度不足或是網路交易沒開。
H|建議您打給信用卡背面的銀行客服電話確認；如果要重新綁卡，請在結帳頁自己輸入卡片資料。
B|好，抱歉我太急了
G|沒關係～處理好了隨時回來結帳，購物車的商品會保留24小時。
""")
G("buyer_posts_cvv_hk", "hkeasybuy", "chat", "hk", """
B|我張卡cvv係{cvv}，到期{exp}，幫我俾錢啦
H|唔好意思，我哋唔可以幫你輸入卡資料，亦都請你唔好喺度打CVV同到期日，呢啲只可以你自己喺付款頁入。
H|建議你之後同銀行講聲，睇吓使唔使換卡，小心啲好。
G|你可以撳返訂單頁嘅「立即付款」，揀信用卡，跟住自己填就得。
""")
G("short_refund_done", "haitaojie", "short", "cn", """
H|退款已原路退回您的银行卡，注意查收短信
B|ok
""")
G("short_no_code_hk", "hkeasybuy", "short", "hk", """
H|我哋唔會問你要OTP，唔好俾任何人
""")
G("short_pay_page_tw", "lepai_tw", "short", "tw", """
H|密碼請在付款頁自己輸入喔
B|好
""")
G("short_official_app_my", "shoplah", "short", "my", """
H|Download app只可以去App Store/Google Play，別點其他link
""")
G("short_no_whatsapp_sg", "shoplah", "short", "sg", """
H|ShopLah不會用WhatsApp聯絡你收費
""")
G("short_invoice_bank", "globalmall", "short", "cn", """
H|发票上的开户行和账号在开票页面自己填就行
""")
G("coupon_cs_call_tw", "lepai_tw", "call", "tw", """
G|您好，這裡是樂拍客服，您上週反映的商品瑕疵，我們決定補償您一張NT$200的折價券。
B|喔好，要怎麼拿
G|折價券已經直接放進您的帳戶了，在「我的 > 優惠券」就看得到。
B|那需要我提供什麼嗎？驗證碼之類的
H|完全不用，這通電話不會要您任何驗證碼、卡號或密碼，也不會要您操作ATM。
G|謝謝您的耐心，祝您購物愉快。
""")
G("courier_cod_hk", "swiftex", "chat", "hk", """
B|我個包裹係到付，要俾幾多錢？點俾？
G|你好，到付金額係HK$45，可以喺SwiftEx app預先付款，或者派件時俾現金/八達通。
H|app入面付款會跳去官方付款頁，你自己入卡資料就得，派送員同客服都唔會問你CVV或者OTP。
B|如果我唔喺屋企呢
G|可以揀改送去附近嘅SwiftEx自提點，喺app「改派送」度揀就得。
""")
G("hk_shopping_festival_group", "hkeasybuy", "group", "hk", """
G|📣港易購雙十二優惠群：今晚8點開搶，全場滿HK$500減HK$80，優惠碼會喺app首頁顯示。
B|admin，有人喺群組send咗條link話領雙倍優惠碼，係咪官方？
H|唔係官方！官方優惠全部喺app入面，唔需要click外面嘅link，亦唔使填卡號或者驗證碼。
H|嗰個帳號我已經踢咗，大家唔好加佢WhatsApp或者Telegram。
G|多謝提醒大家，搶購時記得喺app結帳頁入優惠碼就得。
""")
G("students_abroad_phone_verify_jp", "globalmall", "chat", "jp", """
B|我在日本讀書，要改綁定手機號碼，要怎麼做？
G|您好，請在「帳號設定 > 手機號碼」點「更換」，新舊手機都會收到一次驗證碼。
H|兩組驗證碼都只需要您在App畫面上輸入，我們客服看不到，也請不要貼在這裡。
B|舊號碼已經停了收不到
G|那可以選「舊號碼無法使用」，上傳護照和在留卡照片，人工審核大約2天。
""")
G("loan_ad_complaint_cn", "haitaojie", "chat", "cn", """
B|你们App里怎么老弹借钱的广告 我不想借
G|您好，您可以在「设置 > 个性化推荐」里关闭金融类推荐。
H|另外提醒您，平台不会因为订单或退款问题要求您开通借呗、备用金或者网贷，有人这样说都是诈骗。
B|我知道 我就是烦
G|理解您，已帮您反馈，关闭推荐后7天内生效。
""")
G("security_code_meaning_tw", "lepai_tw", "chat", "tw", """
B|請問信用卡安全碼是什麼？結帳頁叫我填
H|信用卡安全碼是卡片背面簽名欄旁的三位數字（美國運通是正面四位），只在結帳頁由您自己填寫。
H|樂拍客服、銀行或物流都不會用電話或訊息跟您要這三碼，有人要就是詐騙。
B|了解，那我直接填在結帳頁
G|對的，填好按「確認付款」，銀行可能還會再發簡訊驗證碼給您在頁面上輸入。
""")
G("dutyfree_account_unlock_hk", "dutyfree_plus", "chat", "hk", """
B|我個DutyFree+帳戶鎖咗，話密碼錯太多次
G|你好，密碼錯5次會鎖30分鐘，時間過咗就會自動解鎖。
H|如果唔記得密碼，可以喺登入頁撳「忘記密碼」，用你自己嘅email重設，我哋唔需要知道你嘅新舊密碼。
B|好，等陣再試
G|好呀，有需要再搵我哋。
""")
G("screen_recording_explain_students_au", "globalmall", "chat", "au", """
B|我想錄屏給你看App閃退的問題，可以嗎
H|可以的，你可以自己錄一段螢幕錄影，然後用聊天框的「上傳附件」傳給我們，錄之前記得關掉任何有卡號或密碼的頁面。
G|我們不需要即時看你的螢幕，錄好的影片就足夠技術團隊分析。
B|上傳好了
G|收到，技術團隊會在24小時內回覆，先試試更新到最新版本看看。
""")
G("wrong_size_exchange_my", "shoplah", "chat", "my", """
B|hello, baju saiz salah, 我要換M size
G|Hi～沒問題，請在訂單頁按「退貨/換貨」，選「換貨」和新尺寸M。
B|要我自己寄回去嗎
G|會有J&T的人上門收件，你只需要把衣服包好，貼上App生成的退貨單。
H|換貨是免費的，不需要付任何運費或押金，如果有人叫你先轉錢，那不是我們。
B|ok tq
G|不客氣，新衣服大概3-5天送到 😊
""")
G("customs_declare_value_tw", "parcelgo", "chat", "tw", """
B|我從美國集運回台灣，申報價值要填多少？
G|您好，請依實際購買金額申報，超過NT$2,000會需要繳進口稅。
H|若需要繳稅，ParcelGo App會出現「待繳稅款」通知，您可以用信用卡在App內付款或選貨到付款，不需要匯款到任何個人帳戶。
B|如果我報低一點呢
G|不建議喔，海關抽查發現低報會有罰款，包裹也可能被退運。
""")
G("hk_octopus_payment", "hkeasybuy", "chat", "hk", """
B|可唔可以用八達通App俾錢？
G|可以，結帳時揀「八達通」，會開返你部手機嘅八達通App確認。
H|確認時要用你自己嘅八達通App密碼或者Face ID，唔使同我哋講，我哋都唔會問。
B|如果餘額唔夠呢？
H|你可以喺八達通App自己增值，唔好聽人講去買增值卡或者轉帳俾人「代增值」。
""")
G("student_bank_card_region_us", "haitaojie", "chat", "us", """
B|我在美國，能用美國的debit card在海淘街付人民幣嗎
G|可以的，Visa和Mastercard的境外卡都支持，付款時會按當天匯率換算。
H|綁卡頁要填的卡號、有效期和CVV都是您自己填，填完可能會收到美國銀行的OTP短信，也是在頁面上自己輸入。
B|會收手續費嗎
G|我們不收，但您的發卡行可能收取1%-3%的境外交易手續費，具體問銀行。
""")
G("fake_cs_number_check_cn", "globalmall", "chat", "cn", """
B|刚有人打来说是你们客服，号码是 +852 开头的，让我下载一个会议软件
H|环球购客服不会用境外号码给您打电话，也不会让您下载会议软件或者共享屏幕。
B|他还说我的订单丢了要赔我三倍
H|我们这边查了，您的订单正常在途，没有任何理赔，这是冒充客服的诈骗电话，请直接挂断拉黑。
G|如果您愿意，可以把来电号码告诉我们，我们会上报给平台安全团队。
B|号码我截图发你
G|收到了，谢谢您的提醒，已经提交。
""")
G("credit_card_statement_tw", "lepai_tw", "chat", "tw", """
B|我的信用卡帳單上有一筆「LP*SHOP」NT$1,290，是你們嗎？
G|您好，「LP*SHOP」是樂拍的商戶名稱，請問您最近有在樂拍購物嗎？
B|有，買了一件外套
G|那金額對得上，這筆就是您的外套訂單。
H|如果您看到不認識的「LP*SHOP」扣款，請在App提交申訴，或直接聯絡發卡銀行止付，不需要把卡號告訴客服。
""")
G("password_reset_sg", "globalpay", "chat", "sg", """
B|我忘記了GlobalPay的6位PIN
G|Hi，你可以在App「Security > Reset PIN」裡重設，需要先做一次人臉驗證。
H|重設的全程由你自己完成，我們的客服不會問你舊PIN、新PIN或者OTP。
B|人臉驗證失敗怎麼辦
G|試試在光線充足的地方，摘掉眼鏡和帽子；多次失敗可以選擇上傳NRIC照片人工審核。
""")
G("parcel_sms_notice_my", "parcelgo", "sms", "my", """
G|[ParcelGo MY] 你的包裹 PGMY20773001 今天 2pm-6pm 送達，請保持電話暢通。
H|[ParcelGo MY] 提醒：派送員不會要求你提供TAC、銀行資料或額外付款。如有疑問請用ParcelGo app聯絡我們。
B|ok
""")
G("group_students_admin_uk", "globalmall", "group", "uk", """
G|大家好，我是GlobalMall留學生福利群的官方管理員，本週學生專屬9折碼是 UKSTU9，在App結帳時輸入。
B|群裡有人說要加他WhatsApp拿更多優惠，是官方的嗎
H|不是的！官方優惠碼只在這個群和App裡公布，不需要加私人WhatsApp、不需要付費也不用填卡號。
B|他還說可以幫我們代付學費有折扣
H|代付學費是非常常見的留學生詐騙，請大家千萬不要轉錢給任何「代付」的人。
G|已經把那個帳號移出群組了，大家有問題可以私訊我這個有官方標記的帳號。
""")
G("refund_partial_hk", "globalmall", "chat", "hk", """
B|點解我退貨只退咗HK$350，我俾咗HK$420
G|你好，我睇到你張單有HK$70嘅運費，因為係「唔想要」嘅退貨原因，運費唔會退。
B|吓，咁都要扣
G|明白你嘅感受，我可以幫你申請一張HK$50嘅運費券作為補償。
H|運費券會直接入你個帳戶，唔使你俾任何卡資料或者驗證碼。
B|ok啦
""")
G("membership_upgrade_cn", "haitaojie", "chat", "cn", """
B|88VIP会员怎么开 需要绑卡吗
G|您好，在「我的 > 会员中心」点开通，年费¥88，用淘气值够的话可以更便宜。
H|付款就走正常的收银台，支付密码在收银台您自己输入，不需要跟客服说。
B|开了之后不想要了能退吗
G|开通7天内没有使用会员权益的话，可以在会员中心申请退款，原路退回。
""")
G("tw_student_loan_question", "lepai_tw", "chat", "tw", """
B|我是大學生，可以用樂拍分期嗎？會不會影響聯徵？
G|年滿18歲都可以申請，學生需要上傳學生證。
H|按時還款的話對聯徵紀錄沒有負面影響；逾期才會被通報，我們不會因為其他理由要求您「修復信用」或借款。
B|如果有人打來說我的分期要註銷呢
H|那是詐騙喔，註銷或關閉都只能您自己在App操作，請不要依指示去借錢或轉帳。
""")
G("dutyfree_preorder_sg", "dutyfree_plus", "chat", "sg", """
B|我可以先網上預訂免稅品，出發時在樟宜機場拿嗎？
G|可以的，在DutyFree+官網選擇「Changi Pickup」，輸入航班號碼和出發日期。
H|付款在官網完成，支持Visa、Mastercard和PayNow，不會有人另外聯絡你收訂金或保管費。
B|如果航班延誤呢
G|提貨點會保留到你的新航班時間，只要在App更新航班資料就可以。
""")
G("top_up_game_card_hk", "hkeasybuy", "chat", "hk", """
B|我想買遊戲點數卡，買咗之後點用？
G|你好，買完之後點數卡密碼會喺「我的卡券」度顯示，你去遊戲入面自己入就得。
H|點數卡密碼等同現金，千祈唔好俾任何人，包括自稱客服或者遊戲管理員嘅人。
B|如果有人問我攞點數卡碼話幫我升級呢
H|一定係呃人，我哋同遊戲公司都唔會咁做，遇到可以直接舉報。
""")
G("cvv_explained_call_my", "globalpay", "call", "my", """
G|Hello，我是GlobalPay客服，回覆你關於卡片被扣款的查詢，我先確認一下，你是在App提交的查詢嗎？
B|是的，我看到一筆RM89不認識的
G|我看到是一間叫做StreamPlus的訂閱服務，是不是你或家人用過呢？
B|啊，是我弟用我的卡開的
H|好的，如果要取消，你可以在StreamPlus自己取消訂閱；另外提醒，我們打電話時絕對不會問CVV、PIN或TAC。
G|需要的話也可以在App裡暫時凍結卡片，解凍也是你自己按一下就好。
""")
G("qr_code_pickup_tw", "lepai_tw", "chat", "tw", """
B|超商取貨要出示什麼？店員要我給QR code
H|取貨時出示App「取貨條碼」頁的QR code給店員掃就好，這個QR code是取貨用的，不是付款。
B|有人傳一個QR code叫我掃了領退款，可以嗎？
H|千萬不要，樂拍不會叫您掃別人傳來的QR code領退款，那種QR code通常是付款或加好友用的。
G|您的包裹已經在7-11復興門市，保留7天。
""")
G("yzm_slang_buyer_cn", "haitaojie", "chat", "cn", """
B|客服 我yzm一直收不到 是不是被拦截了
G|您好，请看一下手机的「骚扰拦截」里有没有，有时候会被误拦。
B|找到了 在拦截里 我发你？
H|不用发给我哦，yzm直接填在App登录页就行，任何人问您要都不要给。
B|好的 登上了
G|好的～有其他问题随时找我们。
""")
G("hk_elderly_helper_call", "hkeasybuy", "call", "hk", """
G|陳伯你好，我係港易購客服，你個仔幫你開咗帳戶，佢話你想問點樣收貨？
B|係呀，我唔係好識用手機
G|唔緊要，你收到SMS話貨到咗，就帶身份證去樓下便利店攞就得。
H|記住呀陳伯，如果有人打嚟話你個包裹唔見咗，叫你入銀行卡號或者講個驗證碼，千祈唔好講，即刻收線。
B|好好，我記住
H|我哋港易購唔會叫你去ATM，亦唔會叫你下載咩app，有懷疑就打俾你個仔先。
""")
G("full_width_input_issue", "globalmall", "chat", "cn", """
B|我输入手机号老提示格式错误 我明明输对了
G|您好，请检查一下是不是用了全角数字，比如「１３８」这种，系统只认半角数字。
B|还真是 输入法切成全角了
G|切换回半角后重新输入就好了～
H|另外温馨提示，修改手机号时收到的验证码只在页面填写，不要回复给任何人。
""")
G("typo_shipping_address_my", "shoplah", "chat", "my", """
B|sory 我地址打错了 Jalan Bukit Bintnag 应该是Bintang
G|没问题～订单还没出货，你可以在订单页按「修改地址」自己改。
B|改好了 会不会多收钱
G|不会的，同一个州内改地址不收费。
H|如果之后有人发SMS说地址错误要你付redeliver费，那不是我们，不要点link。
""")
G("tw_bank_transfer_vocab", "lepai_tw", "chat", "tw", """
B|我用網銀轉帳付款了，可是訂單還是顯示未付款
G|您好，轉帳入帳核對通常需要30分鐘到2小時，請稍候。
B|已經3個小時了
H|請確認一下您轉入的是訂單頁上的虛擬帳號，金額也要完全一樣，差1元系統都對不上。
B|對的，我有截圖
H|您可以在訂單頁點「上傳轉帳證明」，把截圖傳上來；截圖請遮住您的帳號餘額，不需要提供網銀密碼。
G|上傳後財務人員會在1個工作天內人工核對。
""")
G("short_card_tail_sg", "globalpay", "short", "sg", """
H|退款已退到你尾號結尾的那張Visa，不用再提供卡資料
""")
G("short_tw_165", "lepai_tw", "short", "tw", """
H|有人叫您匯款解除分期都是詐騙，請撥165
B|收到
""")
G("short_hk_remote", "hkeasybuy", "short", "hk", """
H|我哋唔會叫你裝AnyDesk或者TeamViewer
""")
G("short_my_loan", "shoplah", "short", "my", """
H|ShopLah不會叫你借PayLater來解凍任何東西
""")
G("international_card_pin_au", "globalpay", "chat", "au", """
B|我在澳洲用國內銀聯卡刷卡，POS機要我輸PIN，可以嗎？
G|可以的，銀聯卡在澳洲線下刷卡通常需要輸入6位密碼。
H|輸PIN時請用手遮擋鍵盤，只在刷卡機上自己輸入，不要告訴收銀員或任何打電話來的人。
B|網上購物也要PIN嗎
H|網上購物不用卡密碼，一般是CVN2加銀行短信驗證碼，在付款頁自己填。
""")
G("screen_share_support_policy_tw", "lepai_tw", "chat", "tw", """
B|我的App一直卡住，你們可以遠端幫我看嗎？
H|很抱歉，樂拍客服不提供遠端操作，也不會要求您共享螢幕或安裝AnyDesk之類的軟體。
G|建議您先清除App快取，或解除安裝後從App Store重新下載。
B|重新安裝了，還是卡
G|請告訴我您的手機型號和系統版本，我轉交給工程師。
B|iPhone 12，iOS 17.5
G|收到，工程師處理完會用App站內信通知您。
""")
G("group_parents_cn", "haitaojie", "group", "cn", """
G|各位家长好，我是海淘街母婴群的官方客服小雨，本周进口奶粉有满减，都在App活动页。
B|小雨，群里有人私聊我说可以帮我代购奶粉，要先付定金
H|各位注意，官方不会私聊收定金，所有购买都在App下单付款，私聊让转账的都是骗子。
B|那人头像也用了海淘街logo
H|头像可以随便改，认准群公告里的官方账号，不确定的时候来App客服问我们就行。
G|已经把那个人移出群了，谢谢这位家长的提醒。
""")
G("paynow_refund_sg", "shoplah", "chat", "sg", """
B|我用PayNow付款，退款會退回PayNow嗎？
H|是的，PayNow付款的退款會退回到付款時的銀行帳戶，不需要你提供NRIC或帳號。
B|要多久？
G|一般1到3個工作天，退款完成會收到App通知。
B|okok
""")
G("taiwan_credit_card_otp_call", "globalpay", "call", "tw", """
G|您好，我是GlobalPay台灣客服，您剛才在App申請了綁定新信用卡，因為是第一次綁定，我們打來確認是否本人操作。
B|對，是我本人
H|好的，接下來銀行會發一組OTP到您的手機，請您自己輸入在App畫面上，不用念給我聽。
B|好，我輸入了
G|系統顯示綁定成功，感謝您的配合。
H|再提醒您，GlobalPay客服不會在電話中索取OTP或卡片安全碼，有疑問請掛斷後從App回撥。
""")
G("my_students_abroad_remittance_uk", "globalpay", "chat", "uk", """
B|Hi，我爸媽要從馬來西亞匯錢給我交房租，可以用GlobalPay嗎
G|可以的，他們在App選「International Transfer」，收款國家選UK。
H|收款資料是你的UK account number和sort code，由你直接告訴爸媽，不要發給自稱「代匯」的人。
B|房東說要我先付deposit到另一個帳戶
H|這要小心，租房押金詐騙在留學生之間很常見，建議先核實房源和房東身份再付款。
""")
G("whatsapp_business_verified_hk", "swiftex", "chat", "hk", """
B|SwiftEx有冇WhatsApp客服？
H|有，我哋嘅WhatsApp Business帳號有綠剔認證，號碼喺官網「聯絡我們」頁列明，只會發派送通知。
H|WhatsApp客服唔會叫你俾卡號、OTP或者轉帳，亦唔會send link叫你下載app。
B|明白，咁我可以喺WhatsApp改派送時間？
G|可以，send你嘅運單號過去，揀「改時間」就得。
""")
G("pinyin_mm_buyer_cn", "haitaojie", "chat", "cn", """
B|我zf mm忘了 能帮我查一下吗
H|您好，支付密码我们这边是查不到的，也不会帮您查，只能您在「设置 > 支付设置 > 找回支付密码」自己重设。
B|重设要什么
H|需要验证身份证号后几位和人脸，或者绑定银行卡的信息，都是在页面上您自己填，不用发给我。
G|重设完就可以正常付款了。
""")
G("credit_line_increase_tw", "lepai_tw", "chat", "tw", """
B|我收到簡訊說我的樂拍分期額度可以提高到5萬，要我加Line，是真的嗎
H|不是我們發的喔，額度調整只會在App「分期額度」頁顯示，不會請您加Line或點外部連結。
H|也請不要因此申請任何貸款或提供網銀資料，那是假冒的簡訊。
B|好險我沒加
G|您目前的額度是NT$15,000，如需調整可以在App提交財力證明申請。
""")
G("teams_interview_job_scam_sg", "shoplah", "chat", "sg", """
B|我收到一封ShopLah的offer，要我用Teams面試，還要先買laptop給他們，是真的嗎？
H|ShopLah正式招聘只在官網career頁發布，不會要求應徵者付款、買設備或者轉帳。
H|如果面試過程中要你share screen登入網銀，或者要你的card details，都是詐騙。
B|我已經面試了一半
G|建議你先停止，並把那封email轉發到我們的官方舉報郵箱。
""")
G("hk_duty_free_tax_refund", "dutyfree_plus", "chat", "hk", """
B|我喺日本免稅店買嘢，返香港後先發現收咗消費稅，可唔可以退？
G|你好，日本免稅需要喺店內出示護照即場辦理，離境後就好難退返。
H|如果有人話可以幫你「代辦退稅」，要你俾信用卡資料或者先俾手續費，千祈唔好信。
B|原來係咁
G|下次購物記得結帳前先出示護照，就可以即時免稅。
""")
G("student_verify_email_us", "globalmall", "chat", "us", """
B|我要認證學生身份，你們說會發驗證碼到我的.edu郵箱
H|是的，驗證碼會寄到你的學校郵箱，請在App的「學生認證」頁面輸入，不要回覆到聊天裡。
B|收到了，輸入了
G|認證成功！學生優惠已經生效，有效期一年。
""")
G("security_reminder_tw_call", "lepai_tw", "call", "tw", """
G|您好，這是樂拍的關懷來電，因為您近期有大額訂單，想提醒您注意詐騙。
B|喔，好，是什麼樣的詐騙？
H|最近很多人接到假客服電話，說訂單被設定成分期或重複扣款，要您去ATM操作或者提供網銀密碼，這些都是假的。
B|那你們現在打來會要我提供什麼嗎
H|不會，我們這通電話不需要您提供任何卡號、密碼或驗證碼，也不會轉接銀行。
G|如果有疑問，可以掛斷後從App裡的客服專線回撥確認。
""")
G("short_hk_code_app", "globalpay", "short", "hk", """
H|OTP係俾你自己喺app入嘅
""")
G("short_sg_gift", "globalmall", "short", "sg", """
H|Nobody should ask you to pay tax with gift card, 那是scam
""")
G("short_cn_share", "haitaojie", "short", "cn", """
H|官方客服不会让您共享屏幕哦
B|好的明白
""")
G("card_expiry_update_hk", "hkeasybuy", "chat", "hk", """
B|我張信用卡換咗新卡，有效期唔同咗，自動續費會唔會失敗？
H|你好，新卡嘅有效期同CVV要你自己喺「付款方式」頁更新，我哋客服冇辦法幫你改，亦唔會問你要。
B|卡號一樣㗎喎
H|卡號一樣都要重新驗證，因為有效期同安全碼唔同咗；更新時銀行可能send OTP俾你，喺頁面入就得。
G|更新完之後下次續費就會用新卡扣數。
B|好，我試下
G|有問題再搵我哋，祝你有愉快嘅一日😊
""")
G("taiwan_refund_to_bank_account_call", "dutyfree_plus", "call", "tw", """
G|林小姐您好，這裡是DutyFree+客服，您在機場預購的保養品缺貨，我們來電說明退款方式。
B|好的，會退到哪裡？
H|您是用信用卡付款，所以會直接刷退回原卡，不需要提供任何帳戶資料，也不用去ATM。
B|大概多久？
G|刷退後約7到14天會出現在您的帳單上，金額是NT$3,450。
H|退款完成時，系統會寄簡訊通知，簡訊裡不會有連結，也不會要您回覆驗證碼。
B|了解，謝謝
G|不客氣，造成不便很抱歉。
""")
G("students_sim_card_otp_au", "globalpay", "chat", "au", """
B|我換了澳洲電話卡，國內手機號收不到OTP，GlobalPay付不了款
H|你好，你可以在App「安全設定」裡把驗證方式改成「App內確認」，之後付款就不需要SMS OTP了。
B|改的時候又要OTP怎麼辦
H|可以選擇「人臉驗證 + 護照」的方式更換，全程在App裡完成，客服不會代你接收或詢問任何驗證碼。
G|審核通過後會有App推送通知，一般1個工作天。
""")
G("hk_teams_it_support_warning", "globalmall", "chat", "hk", """
B|有個自稱GlobalMall IT support嘅人email我，叫我入Teams會議整帳戶問題，係咪你哋？
H|唔係，GlobalMall唔會email叫客戶入Teams或者Zoom會議處理帳戶問題，更加唔會叫你share screen。
B|佢個email地址係 globalmall-support@ 開頭
H|我哋官方email只會用 @globalmall.com 結尾，其他都係假冒，請唔好click入面嘅link。
G|你可以將封email轉發去我哋嘅舉報信箱，多謝你提醒我哋。
""")
G("my_seller_deposit_real", "shoplah", "chat", "my", """
B|我想在ShopLah開店，要交保證金嗎？
G|Hi～ShopLah個人賣家開店是免費的，不需要保證金。
H|只有品牌商城（Mall）需要保證金，而且是在賣家中心的「帳戶 > 保證金」頁面用FPX付款，客服不會叫你轉到其他戶口。
B|有人說可以幫我開Mall，收RM2,000
H|那不是ShopLah的人，我們沒有「代辦開店」服務，請不要付款給他。
G|有需要的話，賣家中心有完整的開店教學影片。
""")
G("pinyin_typo_buyer_tw", "lepai_tw", "chat", "tw", """
B|請問我的yan zheng ma一直輸入錯誤，是不是被鎖了
G|您好，驗證碼輸錯5次會暫停15分鐘，請稍後再試。
H|驗證碼每次都是新的，請用最新收到的那一組，在App畫面自己輸入，不要提供給別人。
B|好的 15分鐘後再試
G|好的～如果還是不行，可以改用Email驗證。
""")
G("overseas_atm_withdraw_question", "globalpay", "chat", "uk", """
B|我的GlobalPay卡在英國ATM取錢要輸密碼嗎？
G|是的，ATM取現需要輸入你設定的6位卡片PIN，部分英國ATM只支持4位，請在App裡確認。
H|PIN只在ATM上自己輸入，任何電話、短信或客服都不會問你PIN，請不要告訴任何人。
B|如果ATM只收4位呢
G|可以在App「卡片設定 > 更改PIN」把PIN改成4位後再試。
""")
G("cn_duty_free_limit", "dutyfree_plus", "chat", "cn", """
B|离岛免税额度是多少啊 我今年买了不少了
G|您好，离岛免税每人每年额度是10万元，在App「我的额度」可以查到剩余额度。
H|如果超出额度，系统会在下单时直接提示，不会事后打电话让您补税或扫码转账。
B|哦哦 我还剩3万多
G|是的，剩余额度会实时更新～
""")
G("courier_signature_sg", "swiftex", "chat", "sg", """
B|你們的派送員要我在他手機上簽名，還說要我給一個code，是什麼code？
H|那是SwiftEx App裡的「取件碼」，用來確認是本人收件，只能當面給派送員看，不是銀行驗證碼。
B|他打電話來說要code我可以直接講嗎
H|不要在電話裡講，取件碼只在派送員到你面前時出示；如果有人在電話裡要你銀行或App的驗證碼，一定要拒絕。
G|你的包裹今天下午送到，可以在App裡追蹤派送員位置。
""")
G("tw_invoice_carrier_mobile", "lepai_tw", "chat", "tw", """
B|我想把發票存到手機條碼載具，要去哪裡設定？
G|在結帳頁的「發票」選擇「手機條碼載具」，輸入您的手機條碼（/開頭的8碼）就好。
H|手機條碼不是驗證碼也不是密碼，可以放心輸入在結帳頁；但財政部的載具驗證碼請不要告訴任何人。
B|好的設定好了
G|之後的發票都會自動歸戶到您的載具。
""")
G("group_hk_student_union", "globalmall", "group", "hk", """
G|各位同學好，呢度係GlobalMall香港大專生群，今個月有開學優惠，買電腦配件滿HK$300減HK$40。
B|admin，有人話可以幫我哋申請「學生補貼」，要俾張卡嘅相佢
H|唔好俾！我哋冇任何需要你俾卡相、CVV或者OTP嘅補貼，所有優惠都係喺App自動計。
B|佢仲叫我哋開Zoom同佢傾
H|GlobalMall唔會叫同學開Zoom或者share screen，見到呢類訊息請直接舉報。
G|我已經喺群公告再提醒一次，大家小心。
""")
G("short_refund_fw", "haitaojie", "short", "cn", """
H|退款¥２９９已原路退回，请勿相信任何要求您提供验证码的电话
""")
G("short_bank_app_sg", "globalpay", "short", "sg", """
H|Approve只在你自己的bank app裡按，我們不會叫你讀出app上的code
""")
G("short_credit_tw", "lepai_tw", "short", "tw", """
H|我們不會因為聯徵問題要您借錢
B|了解
""")
G("buyer_reads_code_call_my", "shoplah", "call", "my", """
G|Hello，我是ShopLah客服，你剛才在App要求回電，關於帳號登入的問題對嗎？
B|對對，我收到一個TAC，是{code}，你幫我登入好嗎
H|請停一下，TAC是不可以告訴任何人的，包括我；我這邊不會記錄，也請你不要再念出來。
H|建議你等一下在App自己用「忘記密碼」重設，順便把剛才那個TAC作廢，它5分鐘後就失效了。
B|sorry，我以為你們需要
G|沒關係，很多人會這樣，我們只需要你的訂單號或者註冊電郵來查詢。
""")
G("kr_student_card_fx_fee", "haitaojie", "chat", "kr", """
B|我在韩国用韩国的信用卡在海淘街买东西，被收了两笔钱，一笔大一笔小
G|您好，小的那笔一般是发卡行收取的境外交易手续费，不是海淘街扣的。
H|您可以在卡片App的交易明细里看到商户名称；如果要查询，请直接联系发卡行，不需要把卡号或CVC发给我们。
B|明白 那大的那笔是货款吧
G|是的，大的那笔就是您的订单金额¥468折算的韩元。
""")
G("hk_parcel_locker_code", "parcelgo", "sms", "hk", """
G|【ParcelGo】你嘅包裹已送到旺角站智能櫃，取件碼已喺App顯示，請喺3日內取件。
H|【ParcelGo】溫馨提示：取件碼只用於開櫃，ParcelGo唔會致電要求你提供取件碼、銀行資料或者轉帳。
B|收到
""")
G("refund_delay_anger_tw", "lepai_tw", "chat", "tw", """
B|退款都兩個禮拜了還沒看到！！你們是不是騙人
G|非常抱歉讓您久等了，我馬上幫您查。
H|系統顯示退款已在12/01由我們送出，目前在您的發卡銀行處理中，信用卡退款通常會在下一期帳單出現。
B|那我可以怎麼催
H|您可以打給發卡銀行，提供我們的退款序號RF20231201-883，銀行就查得到；不需要提供給任何人網銀密碼。
G|我也幫您把這張單標記為優先追蹤，有進度會用App通知您。
""")
G("member_autorenew_real_hk", "hkeasybuy", "call", "hk", """
G|你好，我係港易購客服，回覆你喺App提交嘅會員退款申請。
B|係呀，我唔記得取消，扣咗HK$399
H|明白，我哋已經幫你取消自動續費，同埋批咗全額退款，會退返你張付款嘅信用卡。
B|使唔使去ATM或者俾啲咩你？
H|唔使，完全唔需要你做任何操作，亦唔需要你俾任何卡資料；如果之後有人打嚟話要你轉帳先退得，請收線。
G|退款大概7至10個工作天到，有問題可以喺App再搵我哋。
""")
G("short_hk_qr", "hkeasybuy", "short", "hk", """
H|唔好掃陌生人send嚟嘅QR code俾錢
""")
G("short_gift_card_my", "shoplah", "short", "my", """
H|我們不收gift card付稅或運費
""")
G("short_tw_line", "lepai_tw", "short", "tw", """
H|官方不會用Line私訊您要卡號
B|好喔
""")
G("sg_student_refund_paylah", "shoplah", "chat", "sg", """
B|我想退貨，我用的是PayLah
G|Hi，請在訂單頁按「退貨」，選擇原因並上傳照片。
H|審核通過後退款會退回你的PayLah，不需要你提供手機號、OTP或者PayLah PIN。
B|大概多久審核？
G|一般48小時內，審核結果會發App通知。
""")


def summary() -> None:
    from collections import Counter
    for name, corpus in (("scam", scam), ("genuine", genuine)):
        agents = [r for r in corpus.records if r["sender"] == "agent"]
        rules = Counter(x for r in agents for x in r["rules"])
        print(f"{name}: {corpus._conversations} conversations, {len(agents)} agent lines, "
              f"{sum(1 for r in agents if r['rules'])} soliciting, "
              f"{sum(1 for r in corpus.records if r['entities'])} buyer lines with entities")
        for rule, n in sorted(rules.items()):
            print(f"  {rule}: {n}")


if __name__ == "__main__":
    scam.write("sol_w18_scam.jsonl", shuffle_seed=SEED)
    genuine.write("sol_w18_genuine.jsonl", shuffle_seed=SEED + 1)
    summary()
