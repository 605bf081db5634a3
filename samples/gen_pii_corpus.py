#!/usr/bin/env python3
"""Generate samples/pii_dev.jsonl: the labelled PII development corpus for guard.

Standard library only, fixed seed: running it twice gives byte-identical output.

    python samples/gen_pii_corpus.py            # writes samples/pii_dev.jsonl, runs the self-check
    python samples/gen_pii_corpus.py --check    # only re-checks the existing file

Every line is one chat message (Taobao/JD-style customer-service chat) with its PII spans:

    {"id": "pii-00001", "sender": "buyer"|"agent", "text": "...",
     "entities": [{"type": "CN_PHONE", "start": 5, "end": 16}], "tags": [...]}

Templates below are hand-written; slots ({PHONE}, {ADDR}, {TB_ORDER} ...) are filled by the
generators in this file, which compute every offset themselves and make every valid value
really valid (mobile prefixes, Luhn, ID check characters, real BINs / area codes) and every
decoy really invalid.  See samples/README_pii.md for the span conventions.
"""
from __future__ import annotations

import collections
import datetime
import json
import os
import random
import re
import sys

SEED = 20240618
OUT_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pii_dev.jsonl")

rng = random.Random(SEED)


def wchoice(pairs):
    """Weighted choice from [(weight, value), ...]."""
    total = sum(w for w, _ in pairs)
    x = rng.uniform(0, total)
    acc = 0.0
    for w, v in pairs:
        acc += w
        if x <= acc:
            return v
    return pairs[-1][1]


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


# ---------------------------------------------------------------------------
# Reference data
# ---------------------------------------------------------------------------

# Mainland mobile prefixes (valid) and some that are not assigned to mobiles.
VALID_MOBILE_PREFIXES = (
    [str(p) for p in range(130, 140)]
    + [str(p) for p in range(145, 150)]
    + ["150", "151", "152", "153", "155", "156", "157", "158", "159"]
    + ["162", "165", "166", "167"]
    + [str(p) for p in range(170, 179)]
    + [str(p) for p in range(180, 190)]
    # 194 is not allocated (MIIT); 199 twice keeps the list's length, so every other draw is unchanged.
    + [str(p) for p in range(190, 200) if p != 194] + ["199"]
)
VALID_MOBILE_SET = set(VALID_MOBILE_PREFIXES)
POPULAR_MOBILE = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151",
                  "152", "155", "156", "157", "158", "159", "176", "177", "180", "181", "182",
                  "183", "185", "186", "187", "188", "189", "191", "198", "199"]
INVALID_MOBILE_PREFIXES = ([str(p) for p in range(100, 130)]
                           + ["140", "141", "142", "143", "144", "154", "160", "161", "163",
                              "164", "168", "169", "179", "194"])
assert not VALID_MOBILE_SET & set(INVALID_MOBILE_PREFIXES)

# Landline area codes with the length of the local number.
AREA_CODES = [
    ("010", 8), ("020", 8), ("021", 8), ("022", 8), ("023", 8), ("024", 8), ("025", 8),
    ("027", 8), ("028", 8), ("029", 8), ("0571", 8), ("0574", 8), ("0577", 8), ("0579", 8),
    ("0755", 8), ("0757", 8), ("0769", 8), ("0512", 8), ("0532", 8), ("0531", 8),
    ("0591", 8), ("0731", 8), ("0371", 8), ("0898", 8), ("0592", 7), ("0471", 7),
    ("0931", 7), ("0991", 7),
]
AREA_CODE_LEN = dict(AREA_CODES)

# Real 6-digit BINs of Chinese issuers, with card length and bank (checked against two
# public BIN tables; see README_pii.md).
BINS = [
    ("622202", 19, "工商银行"), ("621226", 19, "工商银行"), ("620200", 18, "工商银行"),
    ("622208", 19, "工商银行"), ("621225", 19, "工商银行"), ("621558", 19, "工商银行"),
    ("427020", 16, "工商银行"), ("622230", 16, "工商银行"),
    ("621700", 19, "建设银行"), ("436742", 19, "建设银行"), ("622700", 19, "建设银行"),
    ("622280", 19, "建设银行"), ("436728", 16, "建设银行"),
    ("622848", 19, "农业银行"), ("622845", 19, "农业银行"), ("622841", 19, "农业银行"),
    ("622823", 19, "农业银行"), ("621282", 19, "农业银行"),
    ("621661", 19, "中国银行"), ("621660", 19, "中国银行"), ("456351", 19, "中国银行"),
    ("601382", 19, "中国银行"), ("625908", 16, "中国银行"), ("409666", 16, "中国银行"),
    ("622588", 16, "招商银行"), ("621483", 16, "招商银行"), ("622575", 16, "招商银行"),
    ("622580", 16, "招商银行"), ("410062", 16, "招商银行"), ("621286", 16, "招商银行"),
    ("622609", 16, "招商银行"),
    ("622262", 19, "交通银行"), ("601428", 17, "交通银行"), ("622258", 17, "交通银行"),
    ("621799", 19, "邮储银行"), ("622188", 19, "邮储银行"), ("622150", 19, "邮储银行"),
    ("622622", 16, "民生银行"), ("415599", 16, "民生银行"), ("622615", 16, "民生银行"),
    ("622909", 18, "兴业银行"), ("622908", 18, "兴业银行"), ("966666", 18, "兴业银行"),
    ("622521", 16, "浦发银行"), ("622516", 16, "浦发银行"),
    ("622690", 16, "中信银行"), ("622691", 16, "中信银行"), ("433670", 16, "中信银行"),
    ("622663", 16, "光大银行"), ("622660", 16, "光大银行"),
    ("622630", 16, "华夏银行"), ("622632", 16, "华夏银行"),
    ("621626", 19, "平安银行"), ("623058", 19, "平安银行"),
]
BIN_SET = {b for b, _, _ in BINS}
BANK_NAMES = sorted({bank for _, _, bank in BINS})

# Real 6-digit administrative division codes used for resident ID numbers.
ID_AREA_CODES = [
    "110101", "110102", "110105", "110106", "110108", "110112", "110114", "120101", "120103",
    "120104", "310101", "310104", "310105", "310106", "310110", "310112", "310115", "330102",
    "330105", "330106", "330108", "330109", "330110", "330203", "330212", "330302", "330782",
    "440103", "440104", "440105", "440106", "440113", "440303", "440304", "440305", "440306",
    "440307", "441900", "510104", "510105", "510106", "510107", "510108", "420102", "420103",
    "420106", "420111", "320102", "320104", "320106", "320115", "320508", "370102", "370202",
    "370212", "610103", "610113", "430103", "430104", "350203", "350206", "350102", "410103",
    "410105", "340104", "340111", "500103", "500105", "500112", "210102", "210204", "230103",
    "220104", "530102", "450103", "360102", "130102", "140105", "520102", "460106", "650102",
    "150105", "620102", "330103", "330127", "321002", "410102", "511602",
]
ID_AREA_SET = set(ID_AREA_CODES)
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

# (province, city, district, towns/streets, roads). Province "" = municipality.
ADMIN = [
    ("浙江省", "杭州市", "余杭区", ["五常街道", "仓前街道", "闲林街道", "良渚街道"], ["文一西路", "五常大道", "良睦路", "向往街"]),
    ("浙江省", "杭州市", "西湖区", ["古荡街道", "西溪街道", "翠苑街道", "文新街道"], ["文三路", "天目山路", "教工路", "古墩路", "学院路"]),
    ("浙江省", "杭州市", "滨江区", ["长河街道", "西兴街道", "浦沿街道"], ["江南大道", "网商路", "滨盛路", "长河路"]),
    ("浙江省", "杭州市", "拱墅区", ["米市巷街道", "小河街道"], ["莫干山路", "湖墅南路", "上塘路"]),
    ("浙江省", "杭州市", "上城区", ["清波街道", "湖滨街道"], ["解放路", "秋涛路", "延安路"]),
    ("浙江省", "杭州市", "萧山区", ["城厢街道", "北干街道"], ["市心中路", "金城路"]),
    ("浙江省", "宁波市", "鄞州区", ["钟公庙街道", "首南街道"], ["天童南路", "四明中路", "钱湖北路"]),
    ("浙江省", "宁波市", "海曙区", ["鼓楼街道", "南门街道"], ["中山西路", "解放南路"]),
    ("浙江省", "温州市", "鹿城区", ["五马街道", "南汇街道"], ["车站大道", "锦绣路"]),
    ("浙江省", "金华市", "义乌市", ["稠城街道", "北苑街道", "福田街道", "佛堂镇"], ["稠州北路", "工人北路", "宾王路"]),
    ("广东省", "深圳市", "南山区", ["粤海街道", "南头街道", "蛇口街道", "西丽街道"], ["深南大道", "南海大道", "学府路", "后海大道", "科技南十二路"]),
    ("广东省", "深圳市", "福田区", ["福田街道", "华强北街道", "莲花街道", "香蜜湖街道"], ["深南中路", "福华一路", "华强北路", "益田路", "彩田路"]),
    ("广东省", "深圳市", "宝安区", ["西乡街道", "新安街道", "福永街道"], ["宝安大道", "新湖路", "建安一路"]),
    ("广东省", "深圳市", "龙岗区", ["坂田街道", "布吉街道", "龙城街道"], ["龙岗大道", "坂雪岗大道", "吉华路"]),
    ("广东省", "深圳市", "罗湖区", ["东门街道", "南湖街道"], ["人民南路", "深南东路", "东门中路"]),
    ("广东省", "广州市", "天河区", ["石牌街道", "天河南街道", "冼村街道", "林和街道"], ["天河路", "体育西路", "天河北路", "中山大道西", "黄埔大道西"]),
    ("广东省", "广州市", "越秀区", ["北京街道", "农林街道"], ["中山五路", "北京路", "环市东路", "东风中路"]),
    ("广东省", "广州市", "海珠区", ["新港街道", "赤岗街道", "江海街道"], ["新港中路", "江南大道中", "工业大道"]),
    ("广东省", "广州市", "番禺区", ["市桥街道", "大石街道", "桥南街道"], ["番禺大道北", "迎宾路", "汉溪大道"]),
    ("广东省", "广州市", "白云区", ["三元里街道", "同和街道"], ["白云大道北", "机场路"]),
    ("广东省", "东莞市", "", ["长安镇", "虎门镇", "塘厦镇", "南城街道", "东城街道"], ["东莞大道", "鸿福路", "莞太路"]),
    ("广东省", "佛山市", "南海区", ["桂城街道", "大沥镇"], ["桂澜路", "海八路"]),
    ("广东省", "珠海市", "香洲区", ["拱北街道", "吉大街道", "香湾街道"], ["情侣中路", "迎宾南路", "九洲大道"]),
    ("", "北京市", "朝阳区", ["望京街道", "三里屯街道", "建外街道", "酒仙桥街道"], ["建国路", "朝阳北路", "酒仙桥路", "阜通东大街", "东三环中路"]),
    ("", "北京市", "海淀区", ["中关村街道", "上地街道", "学院路街道", "海淀街道"], ["中关村大街", "学院路", "知春路", "上地十街", "苏州街"]),
    ("", "北京市", "东城区", ["东华门街道", "东四街道", "建国门街道"], ["东直门南大街", "王府井大街", "东四十条"]),
    ("", "北京市", "西城区", ["金融街街道", "展览路街道", "德胜街道"], ["西直门外大街", "金融大街", "西单北大街"]),
    ("", "北京市", "丰台区", ["丰台街道", "右安门街道"], ["丰台北路", "南三环西路", "方庄路"]),
    ("", "北京市", "昌平区", ["回龙观街道", "天通苑北街道", "城北街道"], ["回龙观西大街", "立汤路"]),
    ("", "北京市", "通州区", ["梨园镇", "永顺镇", "新华街道"], ["新华大街", "通胡大街"]),
    ("", "上海市", "浦东新区", ["张江镇", "陆家嘴街道", "花木街道", "川沙新镇"], ["世纪大道", "张江路", "碧波路", "东方路", "浦东南路", "金科路"]),
    ("", "上海市", "徐汇区", ["徐家汇街道", "漕河泾街道", "田林街道"], ["漕溪北路", "虹桥路", "田林路", "宜山路", "肇嘉浜路"]),
    ("", "上海市", "闵行区", ["莘庄镇", "七宝镇", "梅陇镇"], ["沪闵路", "七莘路", "都市路"]),
    ("", "上海市", "静安区", ["静安寺街道", "江宁路街道", "大宁路街道"], ["南京西路", "江宁路", "共和新路", "延安中路"]),
    ("", "上海市", "杨浦区", ["五角场街道", "殷行街道", "四平路街道"], ["国定路", "邯郸路", "四平路", "淞沪路"]),
    ("", "上海市", "黄浦区", ["外滩街道", "南京东路街道", "打浦桥街道"], ["南京东路", "淮海中路", "西藏中路", "中山南路"]),
    ("", "上海市", "长宁区", ["虹桥街道", "天山路街道", "仙霞新村街道"], ["天山路", "仙霞路", "长宁路", "延安西路"]),
    ("四川省", "成都市", "武侯区", ["玉林街道", "浆洗街街道", "簇桥街道"], ["武侯祠大街", "一环路南四段", "人民南路四段", "科华北路"]),
    ("四川省", "成都市", "锦江区", ["春熙路街道", "书院街街道", "牛市口街道"], ["红星路三段", "东大街", "春熙路"]),
    ("四川省", "成都市", "青羊区", ["少城街道", "草市街街道", "府南街道"], ["顺城大街", "人民中路一段", "西大街", "光华大道"]),
    ("四川省", "成都市", "成华区", ["猛追湾街道", "府青路街道", "双桥子街道"], ["建设路", "二环路东二段", "府青路"]),
    ("四川省", "成都市", "金牛区", ["抚琴街道", "茶店子街道", "营门口街道"], ["一环路北二段", "蜀汉路", "金府路"]),
    ("江苏省", "南京市", "鼓楼区", ["湖南路街道", "宁海路街道", "华侨路街道", "江东街道"], ["中山路", "中山北路", "北京西路", "湖南路", "广州路"]),
    ("江苏省", "南京市", "玄武区", ["玄武门街道", "梅园新村街道"], ["珠江路", "中山东路", "北京东路", "太平北路"]),
    ("江苏省", "南京市", "江宁区", ["东山街道", "秣陵街道", "淳化街道"], ["双龙大道", "天元中路", "胜太路"]),
    ("江苏省", "南京市", "秦淮区", ["夫子庙街道", "瑞金路街道"], ["中华路", "太平南路", "洪武路"]),
    ("江苏省", "苏州市", "姑苏区", ["平江街道", "双塔街道", "沧浪街道"], ["干将西路", "人民路", "十全街"]),
    ("江苏省", "苏州市", "吴中区", ["木渎镇", "长桥街道", "郭巷街道"], ["东吴北路", "宝带西路"]),
    ("江苏省", "无锡市", "梁溪区", ["崇安寺街道"], ["中山路", "人民中路", "解放南路"]),
    ("湖北省", "武汉市", "洪山区", ["珞南街道", "狮子山街道", "洪山街道"], ["珞喻路", "雄楚大道", "民族大道"]),
    ("湖北省", "武汉市", "武昌区", ["积玉桥街道", "水果湖街道", "中南路街道", "徐家棚街道"], ["中北路", "中南路", "武珞路", "和平大道", "徐东大街"]),
    ("湖北省", "武汉市", "江汉区", ["唐家墩街道", "汉兴街道", "满春街道"], ["解放大道", "建设大道", "新华路", "江汉路"]),
    ("湖北省", "武汉市", "江岸区", ["台北街道", "二七街道"], ["沿江大道", "中山大道"]),
    ("山东省", "青岛市", "市南区", ["八大关街道", "香港中路街道", "金门路街道"], ["香港中路", "东海西路", "闽江路"]),
    ("山东省", "青岛市", "崂山区", ["中韩街道", "沙子口街道", "金家岭街道"], ["海尔路", "香港东路", "松岭路"]),
    ("山东省", "济南市", "历下区", ["泉城路街道", "解放路街道", "姚家街道", "千佛山街道"], ["经十路", "泉城路", "山大路", "文化东路"]),
    ("陕西省", "西安市", "雁塔区", ["小寨路街道", "电子城街道", "大雁塔街道", "曲江街道"], ["小寨东路", "长安南路", "科技路", "雁塔北路"]),
    ("陕西省", "西安市", "碑林区", ["南院门街道", "张家村街道", "文艺路街道"], ["南大街", "东大街", "友谊西路", "咸宁西路"]),
    ("陕西省", "西安市", "长安区", ["韦曲街道", "郭杜街道"], ["西长安街", "子午大道"]),
    ("湖南省", "长沙市", "岳麓区", ["岳麓街道", "望月湖街道", "观沙岭街道", "梅溪湖街道"], ["麓山南路", "枫林三路", "岳麓大道", "潇湘中路"]),
    ("湖南省", "长沙市", "天心区", ["坡子街街道", "文源街道"], ["劳动西路", "书院路"]),
    ("湖南省", "长沙市", "雨花区", ["侯家塘街道", "东塘街道", "圭塘街道"], ["韶山中路", "劳动东路", "万家丽中路"]),
    ("福建省", "厦门市", "思明区", ["鹭江街道", "中华街道", "嘉莲街道", "筼筜街道"], ["湖滨南路", "中山路", "鹭江道", "厦禾路", "莲前西路"]),
    ("福建省", "厦门市", "湖里区", ["江头街道", "金山街道", "殿前街道"], ["湖里大道", "仙岳路", "吕岭路"]),
    ("福建省", "福州市", "鼓楼区", ["东街街道", "温泉街道", "鼓东街道"], ["五四路", "杨桥中路", "湖东路"]),
    ("河南省", "郑州市", "金水区", ["花园路街道", "经八路街道", "文化路街道", "丰产路街道"], ["花园路", "经三路", "农业路", "金水路", "文化路"]),
    ("河南省", "郑州市", "二七区", ["五里堡街道", "大学路街道"], ["大学路", "航海中路", "京广中路"]),
    ("安徽省", "合肥市", "蜀山区", ["三里庵街道", "稻香村街道", "琥珀街道"], ["长江西路", "黄山路", "潜山路"]),
    ("安徽省", "合肥市", "包河区", ["芜湖路街道", "望湖街道"], ["马鞍山路", "徽州大道", "包河大道"]),
    ("", "重庆市", "渝北区", ["龙溪街道", "龙山街道", "回兴街道", "双龙湖街道"], ["金开大道", "新南路"]),
    ("", "重庆市", "渝中区", ["解放碑街道", "上清寺街道", "七星岗街道"], ["民族路", "中山三路", "邹容路", "民生路"]),
    ("", "重庆市", "江北区", ["观音桥街道", "五里店街道", "华新街街道"], ["建新北路", "建新东路"]),
    ("", "重庆市", "沙坪坝区", ["小龙坎街道", "沙坪坝街道", "磁器口街道"], ["沙坪坝正街", "汉渝路"]),
    ("", "天津市", "南开区", ["学府街道", "体育中心街道", "万兴街道"], ["鞍山西道", "卫津路", "黄河道"]),
    ("", "天津市", "和平区", ["劝业场街道", "小白楼街道", "五大道街道", "南营门街道"], ["南京路", "滨江道", "营口道", "成都道"]),
    ("", "天津市", "河西区", ["友谊路街道", "越秀路街道", "下瓦房街道"], ["友谊路", "解放南路", "围堤道"]),
    ("辽宁省", "沈阳市", "和平区", ["太原街街道", "南湖街道"], ["南京北街", "中华路", "太原北街", "三好街"]),
    ("辽宁省", "大连市", "沙河口区", ["春柳街道", "星海湾街道", "黑石礁街道"], ["西安路", "黄河路"]),
    ("黑龙江省", "哈尔滨市", "南岗区", ["花园街道", "大成街道"], ["西大直街", "红军街", "果戈里大街", "学府路"]),
    ("吉林省", "长春市", "朝阳区", ["桂林街道", "湖西街道", "红旗街道"], ["工农大路", "人民大街", "西安大路", "自由大路"]),
    ("云南省", "昆明市", "五华区", ["华山街道", "护国街道", "大观街道", "龙翔街道"], ["东风西路", "人民中路", "青年路"]),
    ("云南省", "昆明市", "盘龙区", ["拓东街道", "鼓楼街道", "东华街道"], ["北京路", "白塔路", "东风东路"]),
    ("广西壮族自治区", "南宁市", "青秀区", ["新竹街道", "津头街道", "南湖街道"], ["民族大道", "东葛路", "金湖路"]),
    ("江西省", "南昌市", "东湖区", ["百花洲街道", "滕王阁街道"], ["八一大道", "阳明路", "胜利路"]),
    ("河北省", "石家庄市", "长安区", ["建北街道", "青园街道", "广安街道"], ["中山东路", "建设北大街"]),
    ("山西省", "太原市", "小店区", ["坞城街道", "亲贤街道", "平阳路街道", "营盘街道"], ["长治路", "平阳路", "亲贤北街", "体育路"]),
    ("贵州省", "贵阳市", "南明区", ["花果园街道", "遵义路街道"], ["中华南路", "遵义路"]),
    ("海南省", "海口市", "龙华区", ["滨海街道", "金贸街道", "大同街道", "中山街道"], ["滨海大道", "国贸路", "金龙路", "龙昆北路"]),
    ("新疆维吾尔自治区", "乌鲁木齐市", "天山区", ["解放南路街道", "胜利路街道"], ["解放南路", "人民路", "新华北路"]),
    ("内蒙古自治区", "呼和浩特市", "赛罕区", ["大学东街街道", "昭乌达路街道"], ["大学东街", "昭乌达路"]),
    ("甘肃省", "兰州市", "城关区", ["张掖路街道", "皋兰路街道", "东岗西路街道"], ["东岗西路", "庆阳路", "天水南路", "南昌路"]),
]

# Invented residential compounds / buildings / villages (not meant to be real places).
COMMUNITIES = ["阳光花园", "金色家园", "翠苑三区", "和睦新村", "锦绣华庭", "春晓苑", "星河湾", "碧水苑",
               "紫金公寓", "香樟园", "滨江花园", "幸福里小区", "景苑新村", "城市花园", "世纪花园",
               "华府天地", "御景湾", "丽都花园", "南苑小区", "枫林雅苑", "融城公寓", "时代名苑",
               "东方花园", "桂花园", "嘉禾公寓", "天悦湾", "新城国际", "绿洲小区", "文苑小区",
               "河畔新城", "云锦苑", "书香门第", "工人新村", "翠湖名邸", "银杏苑"]
TOWERS = ["创新大厦", "国贸中心", "科技大厦", "金融中心", "时代广场", "财富大厦", "中环广场",
          "电商产业园", "软件园", "数字产业园", "创业大厦", "汇金大厦"]
VILLAGES = ["王家村", "新塘村", "前进村", "东湖村", "李庄村", "马岭村", "石桥村", "后塘村"]

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤") + ["欧阳", "上官", "司马"]
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红鹏飞晨宇浩然欣怡婷雪梅琳晶斌波辉健俊帆凯佳慧颖宁璐倩悦子涵轩博文昊泽诗雨思彤梓睿嘉琪瑶亮峰志")

CITIES = ["杭州", "深圳", "北京", "上海", "成都", "南京", "武汉", "广州", "西安", "重庆", "苏州", "义乌",
          "东莞", "长沙", "郑州", "青岛", "厦门", "天津", "合肥", "昆明", "沈阳", "哈尔滨", "宁波", "温州",
          "佛山", "济南", "福州", "南昌", "贵阳", "兰州", "乌鲁木齐", "拉萨", "海口", "三亚", "大连", "无锡",
          "泉州", "金华", "嘉兴", "廊坊"]
PROVINCES = ["浙江", "广东", "江苏", "四川", "新疆", "西藏", "内蒙古", "黑龙江", "云南", "海南", "福建",
             "山东", "河南", "湖北", "湖南", "安徽", "江西", "广西", "甘肃", "青海", "宁夏", "吉林", "辽宁",
             "河北", "山西", "陕西", "贵州"]
PRODUCTS = ["纯棉T恤", "连衣裙", "蓝牙耳机", "空气炸锅", "扫地机器人", "猫粮", "洗衣液", "纸尿裤", "手机壳",
            "运动鞋", "羽绒服", "保温杯", "电动牙刷", "四件套", "口红", "面膜", "乳胶枕", "登山包",
            "充电宝", "榨汁机", "儿童书包", "茶叶礼盒", "狗粮", "牛仔裤"]
COLORS = ["黑色", "白色", "杏色", "雾霾蓝", "卡其", "酒红", "藏青", "燕麦色", "薄荷绿", "粉色"]
MODELS = ["XQG100-B14", "KFR-35GW", "RTX4060", "iPhone 15 Pro", "Mate 60", "Redmi K70", "SM-S9280",
          "BCD-470WDPG", "WH-1000XM5", "AirPods Pro 2", "小米14", "nova 12", "Reno11", "X100",
          "JD-8830S", "ZK2024-07", "EC6001-GC", "T10 Pro", "A2890", "MX3-Plus", "GT5 Pro"]
COMPANY_WORDS = ["青禾", "云帆", "星辰", "恒信", "佳禾", "锦程", "宏达", "博远", "优品", "知行", "瑞丰", "启明"]
COMPANY_TYPES = ["网络科技", "电子商务", "贸易", "信息技术", "文化传媒", "服饰", "供应链管理"]
CARRIERS = {
    "SF": "顺丰", "YT": "圆通", "JT": "极兔", "ZTO": "中通", "YD": "韵达", "STO": "申通",
    "JD": "京东快递", "EMS": "EMS", "DB": "德邦",
}

# ---------------------------------------------------------------------------
# Validators (also used by the self-check)
# ---------------------------------------------------------------------------

FW_DIGITS = {chr(0xFF10 + d): str(d) for d in range(10)}
CIRCLED = {"⓪": "0", "①": "1", "②": "2", "③": "3", "④": "4", "⑤": "5", "⑥": "6", "⑦": "7",
           "⑧": "8", "⑨": "9"}
CN_TO_DIGIT = {"零": "0", "〇": "0", "一": "1", "幺": "1", "二": "2", "两": "2", "三": "3", "四": "4",
               "五": "5", "六": "6", "七": "7", "八": "8", "九": "9", "壹": "1", "贰": "2", "叁": "3",
               "肆": "4", "伍": "5", "陆": "6", "柒": "7", "捌": "8", "玖": "9"}
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
SEPARATORS = " \u3000-－._/·" + ZERO_WIDTH
DIGITLIKE_A = set("0123456789") | set(FW_DIGITS) | set(CIRCLED)
DIGITLIKE_C = set(CN_TO_DIGIT)


def norm_digits(s):
    """Map every digit form to ASCII, X/x/Ｘ to X, drop separators and zero-width chars."""
    out = []
    for ch in s:
        if ch in SEPARATORS:
            continue
        if ch in FW_DIGITS:
            out.append(FW_DIGITS[ch])
        elif ch in CIRCLED:
            out.append(CIRCLED[ch])
        elif ch in CN_TO_DIGIT:
            out.append(CN_TO_DIGIT[ch])
        elif ch in "xXＸ":
            out.append("X")
        else:
            out.append(ch)
    return "".join(out)


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c
    raise AssertionError


def id_check_char(body17):
    s = sum(int(a) * w for a, w in zip(body17, ID_WEIGHTS))
    return "10X98765432"[s % 11]


def valid_date(y, m, d):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


def is_valid_mobile(d):
    return len(d) == 11 and d.isdigit() and d[:3] in VALID_MOBILE_SET


def is_valid_card(d):
    return d.isdigit() and 16 <= len(d) <= 19 and d[:6] in BIN_SET and luhn_ok(d)


def is_valid_id18(d, require_area=True, year_range=(1950, 2008)):
    if len(d) != 18 or not d[:17].isdigit() or d[17] not in "0123456789X":
        return False
    if require_area and d[:6] not in ID_AREA_SET:
        return False
    y, m, dd = int(d[6:10]), int(d[10:12]), int(d[12:14])
    if not (year_range[0] <= y <= year_range[1]) or not valid_date(y, m, dd):
        return False
    return id_check_char(d[:17]) == d[17]


def is_valid_id15(d, require_area=True):
    if len(d) != 15 or not d.isdigit():
        return False
    if require_area and d[:6] not in ID_AREA_SET:
        return False
    return valid_date(1900 + int(d[6:8]), int(d[8:10]), int(d[10:12]))


def is_valid_landline(span):
    s = span
    m = re.search(r"(转分机|转|分机)", s)
    ext = None
    if m:
        ext = norm_digits(s[m.end():])
        s = s[:m.start()]
        if not (ext.isdigit() and 2 <= len(ext) <= 5):
            return False
    s = re.sub(r"[()（）]", "", s)
    d = norm_digits(s)
    if not d.isdigit():
        return False
    for ac, n in AREA_CODES:
        if d.startswith(ac):
            rest = d[len(ac):]
            if len(rest) == n and rest[0] in "2345678":
                return True
            # dash extension: 0571-88889999-8001
            dm = re.search(r"[-－](\d{2,5})$", s)
            if ext is None and dm and len(rest) == n + len(dm.group(1)) and rest[0] in "2345678":
                return True
    return False


# ---------------------------------------------------------------------------
# Rendering numbers (obfuscation)
# ---------------------------------------------------------------------------

CN_LOWER = {"0": "零", "1": "一", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六", "7": "七",
            "8": "八", "9": "九"}
CN_CAP = {"0": "零", "1": "壹", "2": "贰", "3": "叁", "4": "肆", "5": "伍", "6": "陆", "7": "柒",
          "8": "捌", "9": "玖"}
CIRCLED_OUT = {v: k for k, v in CIRCLED.items()}

FORM_TAG = {"fullwidth": "obfuscated:fullwidth", "cn": "obfuscated:chinese_numerals",
            "cap": "obfuscated:capital_numerals", "circled": "obfuscated:circled_digits"}
SEP_TAG = {" ": "obfuscated:spaces", "\u3000": "obfuscated:spaces", "each": "obfuscated:spaces",
           "-": "obfuscated:dashes", "－": "obfuscated:dashes", ".": "obfuscated:dots",
           "_": "obfuscated:underscores", "/": "obfuscated:slashes", "·": "obfuscated:middle_dot"}


class CnStyle:
    """Per-value choices for Chinese numerals: 幺 for 1, 〇 vs 零, 两 for 2."""

    def __init__(self):
        self.yao = rng.random() < 0.35
        self.zero = rng.choice(["零", "零", "〇"])
        self.liang = rng.random() < 0.3

    def conv(self, ch):
        if ch == "1" and self.yao:
            return "幺"
        if ch == "0":
            return self.zero
        if ch == "2" and self.liang and rng.random() < 0.6:
            return "两"
        return CN_LOWER[ch]


def conv_char(ch, form, cn, lower_x=False):
    if ch == "X":
        if form == "fullwidth":
            return "Ｘ"
        return "x" if lower_x else "X"
    if form == "ascii":
        return ch
    if form == "fullwidth":
        return chr(0xFF10 + int(ch))
    if form == "cn":
        return cn.conv(ch)
    if form == "cap":
        return CN_CAP[ch]
    if form == "circled":
        return CIRCLED_OUT[ch]
    raise ValueError(form)


def render_number(value, groups, form="ascii", sep="", zw=False, lower_x=False):
    """Render a canonical digit string; returns (text, tags)."""
    assert sum(groups) == len(value), (value, groups)
    tags = set()
    parts, i = [], 0
    for g in groups:
        parts.append(value[i:i + g])
        i += g
    if form == "mixed":
        others = ["cn", "fullwidth", "cn", "cap", "circled"]
        while True:
            forms = [rng.choice(["ascii", "ascii", rng.choice(others)]) for _ in parts]
            if len(set(forms)) >= 2 and any(f != "ascii" for f in forms):
                break
        tags.add("obfuscated:mixed")
        for f in forms:
            if f in FORM_TAG:
                tags.add(FORM_TAG[f])
    else:
        forms = [form] * len(parts)
        if form in FORM_TAG:
            tags.add(FORM_TAG[form])
    cn = CnStyle()
    rendered = ["".join(conv_char(c, f, cn, lower_x) for c in p) for p, f in zip(parts, forms)]
    if sep == "each":
        text = " ".join("".join(rendered))
    else:
        text = sep.join(rendered)
    if sep:
        tags.add(SEP_TAG[sep])
    if zw:
        k = rng.choice([1, 1, 2, 3])
        chars = list(text)
        positions = sorted(rng.sample(range(1, len(chars)), k), reverse=True)
        z = rng.choice(["\u200b", "\u200b", "\u200b", "\u200c", "\u200d", "\u2060"])
        for p in positions:
            chars.insert(p, z)
        text = "".join(chars)
        tags.add("obfuscated:zero_width")
    if lower_x and "X" in value:
        tags.add("id:lowercase_x")
    return text, tags


# ---------------------------------------------------------------------------
# Slot results
# ---------------------------------------------------------------------------

class Fill:
    """Rendered slot: pieces [(text, entity_type|None)], tags, whether it carries digits."""

    def __init__(self, pieces, tags=(), numeric=False):
        self.pieces = [(t, e) for t, e in pieces if t]
        self.tags = set(tags)
        self.numeric = numeric

    @property
    def text(self):
        return "".join(t for t, _ in self.pieces)


def ent(text, etype, tags=()):
    return Fill([(text, etype)], tags, numeric=etype != "CN_ADDRESS")


def lit(text, tags=(), numeric=False):
    return Fill([(text, None)], tags, numeric)


# ---------------------------------------------------------------------------
# Positive value generators
# ---------------------------------------------------------------------------

def gen_mobile():
    prefix = rng.choice(POPULAR_MOBILE) if rng.random() < 0.7 else rng.choice(VALID_MOBILE_PREFIXES)
    return prefix + digits(8)


PHONE_RECIPES = [
    (40, {}), (10, {"sep": " "}), (7, {"sep": "-"}), (6, {"cc": True}), (3, {"cc": True, "sep": " "}),
    (2, {"cc": True, "sep": "-"}), (5, {"form": "fullwidth"}), (1, {"form": "fullwidth", "sep": "\u3000"}),
    (6, {"form": "cn"}), (1, {"form": "cn", "sep": " "}), (2, {"form": "cap"}), (2, {"form": "circled"}),
    (4, {"zw": True}), (1, {"zw": True, "sep": " "}), (2, {"sep": "."}), (1, {"sep": "_"}),
    (2, {"sep": "/"}), (2, {"sep": "·"}), (4, {"form": "mixed", "sep": " "}), (2, {"form": "mixed"}),
    (2, {"sep": "each"}), (1, {"sep": "－", "form": "fullwidth"}),
]
CC_PREFIXES = ["+86 ", "+86 ", "+86-", "+86", "0086 ", "0086-", "86-", "86 ", "86", "(+86)", "＋86 ", "+86 "]


def render_mobile(recipe):
    value = gen_mobile()
    sep = recipe.get("sep", "")
    groups = wchoice([(85, [3, 4, 4]), (8, [3, 8]), (7, [4, 4, 3])]) if sep and sep != "each" else [3, 4, 4]
    text, tags = render_number(value, groups, recipe.get("form", "ascii"), sep, recipe.get("zw", False))
    pieces = []
    if recipe.get("cc"):  # the country prefix is part of the phone's span
        text = rng.choice(CC_PREFIXES) + text
        tags.add("obfuscated:country_code")
    pieces.append((text, "CN_PHONE"))
    tags.add("phone:mobile")
    return Fill(pieces, tags, numeric=True)


def slot_phone(ctx):
    return render_mobile(wchoice(PHONE_RECIPES))


def slot_mobile(ctx):
    """Mobile in a pasted 收货信息 block: mostly plain."""
    return render_mobile(wchoice([(70, {}), (10, {"sep": " "}), (8, {"sep": "-"}), (12, {"cc": True})]))


def slot_mobile_cc(ctx):
    """Taobao's copy format: 86-13812345678."""
    value = gen_mobile()
    prefix = wchoice([(6, "86-"), (2, "+86-"), (1, "+86 ")])
    return Fill([(prefix + value, "CN_PHONE")], {"obfuscated:country_code", "phone:mobile"}, True)


def slot_tel(ctx):
    ac, n = rng.choice(AREA_CODES)
    local = str(rng.randint(2, 8)) + digits(n - 1)
    tags = {"phone:landline"}
    style = wchoice([(40, "dash"), (12, "plain"), (8, "paren"), (4, "paren_fw"), (8, "space"),
                     (7, "dash2"), (6, "space2"), (5, "fw"), (3, "cn"), (3, "zw")])
    half = 4 if n == 8 else 3
    if style == "dash":
        text = f"{ac}-{local}"
    elif style == "plain":
        text = ac + local
    elif style == "paren":
        text = f"({ac}){local}"
    elif style == "paren_fw":
        text = f"（{ac}）{local}"
    elif style == "space":
        text = f"{ac} {local}"
    elif style == "dash2":
        text = f"{ac}-{local[:half]}-{local[half:]}"
        tags.add("obfuscated:dashes")
    elif style == "space2":
        text = f"{ac} {local[:half]} {local[half:]}"
        tags.add("obfuscated:spaces")
    elif style == "fw":
        t, _ = render_number(ac + local, [len(ac), n], "fullwidth", "－")
        text = t
        tags.add("obfuscated:fullwidth")
    elif style == "cn":
        t, tg = render_number(ac + local, [len(ac), n], "cn", "")
        text = t
        tags |= tg
    else:
        t, tg = render_number(ac + local, [len(ac), n], "ascii", "-", zw=True)
        text = t
        tags |= tg - {"obfuscated:dashes"}
    if rng.random() < 0.25 and style not in ("cn",):
        ext = digits(rng.choice([3, 4, 4]))
        ext = str(rng.randint(1, 9)) + ext[1:]
        marker = wchoice([(4, "转"), (3, "-"), (2, "分机"), (1, "转分机")])
        text = text + marker + ext
        tags.add("phone:extension")
    return ent(text, "CN_PHONE", tags)


def slot_contact(ctx):
    return slot_tel(ctx) if rng.random() < 0.3 else slot_phone(ctx)


def gen_card(bin_entry=None):
    b, length, bank = bin_entry or rng.choice(BINS)
    body = b + digits(length - 7)
    return body + luhn_digit(body), bank


CARD_RECIPES = [
    (42, {}), (24, {"sep": " "}), (5, {"sep": "-"}), (5, {"form": "fullwidth"}),
    (2, {"form": "fullwidth", "sep": " "}), (5, {"zw": True}), (2, {"zw": True, "sep": " "}),
    (3, {"form": "cn"}), (3, {"form": "mixed", "sep": " "}), (2, {"sep": "."}), (1, {"form": "cap"}),
    (1, {"form": "circled", "sep": " "}), (1, {"sep": "_"}),
]


def card_groups(n):
    if rng.random() < 0.85:
        g = [4] * (n // 4)
        if n % 4:
            g.append(n % 4)
        return g
    return [6, n - 6]


def slot_card(ctx):
    if "card" in ctx and not ctx.get("card_used"):
        value, bank = ctx["card"]
        ctx["card_used"] = True
    else:
        value, bank = gen_card()
    recipe = wchoice(CARD_RECIPES)
    sep = recipe.get("sep", "")
    groups = card_groups(len(value)) if sep else [len(value)]
    text, tags = render_number(value, groups, recipe.get("form", "ascii"), sep, recipe.get("zw", False))
    tags.add(f"card:len{len(value)}")
    return ent(text, "CN_BANK_CARD", tags)


def slot_bank(ctx):
    if "card" not in ctx:
        ctx["card"] = gen_card()
    return lit(ctx["card"][1], {"context:bank_name"})


def rand_birth(y0=1950, y1=2008):
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(start, end))


def gen_id18(want_x=None):
    while True:
        body = rng.choice(ID_AREA_CODES) + rand_birth().strftime("%Y%m%d") + "%03d" % rng.randint(1, 999)
        value = body + id_check_char(body)
        if want_x is None or (value[-1] == "X") == want_x:
            return value


# Districts created after 1999 cannot appear on a 15-digit (pre-1999) ID.
ID15_EXCLUDE = {"460106", "320115", "330110", "330109", "440113", "320508", "330212", "340111",
                "150105", "110114"}


def gen_id15():
    birth = rand_birth(1950, 1984)
    area = rng.choice([a for a in ID_AREA_CODES if a not in ID15_EXCLUDE])
    return area + birth.strftime("%y%m%d") + "%03d" % rng.randint(1, 999)


ID_RECIPES = [
    (52, {}), (10, {"sep": " ", "g": [6, 8, 4]}), (4, {"sep": " ", "g": [6, 4, 4, 4]}),
    (2, {"sep": "-", "g": [6, 8, 4]}), (6, {"form": "fullwidth"}), (5, {"zw": True}), (4, {"form": "cn"}),
    (3, {"form": "mixed", "sep": " ", "g": [6, 8, 4]}), (1, {"form": "cap"}), (1, {"form": "circled"}),
    (1, {"sep": ".", "g": [6, 8, 4]}),
]


def render_id(value):
    recipe = wchoice(ID_RECIPES)
    sep = recipe.get("sep", "")
    if len(value) == 15:
        groups = [6, 6, 3] if sep else [15]
    else:
        groups = recipe.get("g", [18]) if sep else [18]
    lower_x = value.endswith("X") and rng.random() < 0.35
    text, tags = render_number(value, groups, recipe.get("form", "ascii"), sep, recipe.get("zw", False), lower_x)
    if len(value) == 15:
        tags.add("id:15_digit")
    return ent(text, "CN_ID_CARD", tags)


def slot_id(ctx):
    if rng.random() < 0.1:
        return render_id(gen_id15())
    return render_id(gen_id18(want_x=True if rng.random() < 0.1 else None))


def slot_id15(ctx):
    return render_id(gen_id15())


def slot_idx(ctx):
    value = gen_id18(want_x=True)
    lower = rng.random() < 0.6
    text = value[:-1] + ("x" if lower else "X")
    return ent(text, "CN_ID_CARD", {"id:lowercase_x"} if lower else set())


# --- addresses ---

CN_SMALL = "一二三四五六七八九"


def prov_short(p):
    for suffix in ("壮族自治区", "维吾尔自治区", "回族自治区", "自治区", "省"):
        if p.endswith(suffix):
            return p[: -len(suffix)]
    return p


def building():
    n = rng.randint(1, 28)
    return wchoice([(4, f"{n}幢"), (6, f"{n}栋"), (4, f"{n}号楼"), (1, f"{rng.choice('ABCDE')}栋"),
                    (1, f"{rng.choice('ABCD')}座"), (1, f"{CN_SMALL[rng.randint(0, 8)]}号楼")])


def unit():
    n = rng.randint(1, 6)
    return f"{CN_SMALL[n - 1]}单元" if rng.random() < 0.2 else f"{n}单元"


def room(max_floor=33):
    floor = rng.randint(1, max_floor)
    r = "%d%02d" % (floor, rng.randint(1, 8))
    return r + "室" if rng.random() < 0.55 else r


def detail_part(row, town_ok=True, force_rural=False):
    """The detailed part of an address (road / compound / building / room)."""
    prov, city, dist, towns, roads = row
    road = rng.choice(roads)
    no = f"{road}{wchoice([(6, rng.randint(1, 300)), (3, rng.randint(300, 1500)), (1, rng.randint(1500, 9999))])}号"
    kind = "rural" if force_rural else wchoice(
        [(24, "road_comm_full"), (14, "road_bld_room"), (10, "road_tower"), (8, "road_only"),
         (8, "comm_full"), (6, "yuan"), (5, "road_park"), (5, "road_comm_bld")])
    if kind == "rural":
        t = [x for x in towns if x.endswith("镇")]
        if t and town_ok:
            return [t[0] if len(t) == 1 else rng.choice(t), f"{rng.choice(VILLAGES)}{rng.randint(1, 12)}组{rng.randint(1, 80)}号"], "rural"
        kind = "road_comm_full"
    if kind == "road_comm_full":
        return [no + rng.choice(COMMUNITIES) + building() + unit() + room()], kind
    if kind == "road_comm_bld":
        return [no + rng.choice(COMMUNITIES) + building()], kind
    if kind == "road_bld_room":
        return [no + building() + room()], kind
    if kind == "road_tower":
        tail = wchoice([(3, room(40)), (1, f"{rng.choice('ABCD')}座{room(40)}"), (1, f"{rng.randint(2, 40)}楼"),
                        (1, f"{rng.randint(2, 30)}层")])
        return [no + rng.choice(TOWERS) + tail], kind
    if kind == "road_only":
        return [no], kind
    if kind == "comm_full":
        return [rng.choice(COMMUNITIES) + building() + unit() + room()], kind
    if kind == "yuan":
        return [f"{road}{rng.randint(1, 99)}号院{building()}{unit()}{room(20)}"], kind
    # road_park
    return [no + rng.choice(TOWERS) + f"{rng.randint(1, 9)}号楼{rng.randint(1, 12)}{rng.choice('层楼')}"], kind


RURAL_ROWS = [r for r in ADMIN if any(t.endswith("镇") for t in r[3])]


def gen_address(start=None, spaced=None):
    row = rng.choice(ADMIN)
    tags = set()
    if start is None:
        start = wchoice([(34, "prov"), (10, "prov_short"), (15, "city"), (12, "district"), (5, "town"),
                         (16, "road"), (8, "community")])
    if spaced is None:
        spaced = start in ("prov", "prov_short", "city") and rng.random() < 0.15
    rural = start not in ("road", "community") and rng.random() < 0.08
    if rural:
        row = rng.choice(RURAL_ROWS)
    prov, city, dist, towns, roads = row
    detail, kind = detail_part(row, town_ok=start not in ("road", "community"), force_rural=rural)
    if start == "community":
        detail = [rng.choice(COMMUNITIES) + building() + unit() + room()]
        kind = "comm_full"
    if start == "road" and not detail[0].startswith(tuple(roads)):
        road = rng.choice(roads)
        detail = [f"{road}{rng.randint(1, 999)}号" + rng.choice(["", building() + room(), rng.choice(COMMUNITIES) + building() + unit() + room()])]
    levels = []
    if start in ("prov", "prov_short"):
        short = start == "prov_short"
        if prov:
            levels.append(prov_short(prov) if short else prov)
            levels.append(city[:-1] if short else city)
        else:  # municipality: 北京市朝阳区 / 北京朝阳区
            levels.append(city[:-1] if short else city)
        if short:
            tags.add("address:short_form")
        tags.add("address:from_province")
    elif start == "city":
        levels.append(city)
        tags.add("address:from_city")
    if start in ("prov", "prov_short", "city") and dist:
        levels.append(dist)
    if start == "district":
        if dist:
            levels.append(dist)
            tags.add("address:from_district")
        else:
            levels.append(city)
            tags.add("address:from_city")
    if start in ("prov", "prov_short", "city", "district", "town") and kind != "rural":
        p_town = 0.4 if start != "town" else 1.0
        if towns and (rng.random() < p_town or not dist):
            levels.append(rng.choice([t for t in towns if not t.endswith("镇")] or towns))
            if start == "town":
                tags.add("address:from_town")
        elif start == "town":
            tags.add("address:no_region")
    if start in ("road", "community"):
        tags.add("address:no_region")
    if kind == "rural" and start not in ("road", "community"):
        tags.add("address:rural")
        if start == "town":
            tags.add("address:from_town")
    levels.extend(detail)
    if spaced:
        tags.add("address:spaced")
        text = " ".join(levels)
    else:
        text = "".join(levels)
    return ent(text, "CN_ADDRESS", tags)


def slot_addr(ctx):
    return gen_address()


def slot_addr_full(ctx):
    return gen_address(start=wchoice([(4, "prov"), (1, "prov_short")]))


def slot_addr_local(ctx):
    return gen_address(start=wchoice([(3, "road"), (1, "community")]))


def slot_addr_spaced(ctx):
    return gen_address(start="prov", spaced=True)


def gen_name():
    s = rng.choice(SURNAMES)
    form = wchoice([(80, "full"), (12, "title"), (4, "xiao"), (4, "laoshi")])
    if form == "full":
        return s + "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2, 2])))
    if form == "title":
        return s + rng.choice(["先生", "女士", "小姐"])
    if form == "xiao":
        return "小" + s
    return s + "老师"


def slot_name(ctx):
    return lit(gen_name(), {"context:person_name"})


# ---------------------------------------------------------------------------
# Decoy / non-PII generators (hard negatives)
# ---------------------------------------------------------------------------

def looks_like_valid_anything(d):
    """True if a digit string could be read as a valid phone / card / ID by any sane rule."""
    if is_valid_mobile(d):
        return True
    if 16 <= len(d) <= 19 and (d[:6] in BIN_SET or d[:2] == "62") and luhn_ok(d):
        return True
    if len(d) == 18 and is_valid_id18(d, require_area=False, year_range=(1900, 2030)):
        return True
    if len(d) == 15 and d[:6] in ID_AREA_SET and is_valid_id15(d):
        return True
    return False


def safe_number(make):
    for _ in range(1000):
        v = make()
        if not looks_like_valid_anything(v) and v[:6] not in BIN_SET:
            return v
    raise AssertionError("could not make a safe decoy")


def neg(text, kind, tags=(), numeric=True):
    return Fill([(text, None)], set(tags) | {kind}, numeric)


def slot_tb_order(ctx):
    v = safe_number(lambda: rng.choice("234") + digits(wchoice([(7, 18), (3, 17)])))
    return neg(v, "neg:order_no")


def slot_jd_order(ctx):
    v = safe_number(lambda: rng.choice("23") + digits(rng.choice([10, 11, 11])))
    return neg(v, "neg:order_no")


def slot_order(ctx):
    return slot_tb_order(ctx) if rng.random() < 0.6 else slot_jd_order(ctx)


def slot_aftersale_no(ctx):
    v = safe_number(lambda: rng.choice("12") + digits(rng.choice([15, 16, 17])))
    return neg(v, "neg:order_no")


def tracking(carrier=None):
    c = carrier or rng.choice(list(CARRIERS))
    if c == "SF":
        num = "SF1" + digits(12)
    elif c == "YT":
        num = "YT" + rng.choice("6789") + digits(12)
    elif c == "JT":
        num = "JT" + rng.choice("05") + digits(12)
    elif c == "ZTO":
        num = rng.choice(["75", "78", "73"]) + digits(12)
    elif c == "YD":
        num = rng.choice(["43", "46", "31"]) + digits(11)
    elif c == "STO":
        num = "77" + digits(13)
    elif c == "JD":
        num = rng.choice(["JDVA", "JDVB", "JDVC", "JDX"]) + digits(11)
    elif c == "EMS":
        num = rng.choice(["11", "98", "97"]) + digits(11)
    else:
        num = "DPK" + digits(12)
    d = re.sub(r"\D", "", num)
    if looks_like_valid_anything(d):
        return tracking(c)
    return c, num


def slot_track_no(ctx):
    return neg(tracking()[1], "neg:tracking_no")


def slot_track(ctx):
    c, num = tracking()
    name = CARRIERS[c]
    return neg(f"{name}{rng.choice(['', ' ', '：', '单号'])}{num}", "neg:tracking_no")


def slot_sf(ctx):
    return neg(tracking("SF")[1], "neg:tracking_no")


def slot_zto(ctx):
    return neg(tracking("ZTO")[1], "neg:tracking_no")


def slot_yd(ctx):
    return neg(tracking("YD")[1], "neg:tracking_no")


def slot_jdva(ctx):
    return neg(tracking("JD")[1], "neg:tracking_no")


def slot_item_id(ctx):
    return neg(rng.choice("67") + digits(11), "neg:item_id")


def slot_jd_sku(ctx):
    return neg("1000" + digits(8), "neg:item_id")


def slot_price(ctx):
    yuan = wchoice([(5, rng.randint(9, 299)), (3, rng.randint(300, 2999)), (1, rng.randint(3000, 12999))])
    cents = rng.choice(["00", "90", "99", "50", "80"])
    t = wchoice([(3, f"¥{yuan}.{cents}"), (2, f"￥{yuan}"), (3, f"{yuan}元"), (2, f"{yuan}块"),
                 (1, f"{yuan}.{cents[0]}元"), (1, f"{yuan}块钱"), (1, f"{yuan}")])
    return neg(t, "neg:price")


def slot_small_price(ctx):
    yuan = rng.randint(3, 60)
    return neg(rng.choice([f"{yuan}元", f"{yuan}块", f"¥{yuan}.00", f"{yuan}.5元", f"￥{yuan}"]), "neg:price")


def slot_discount(ctx):
    a = rng.choice([99, 100, 150, 199, 200, 299, 300, 399, 500, 1000])
    b = rng.choice([5, 10, 15, 20, 30, 50, 60, 80, 100])
    if b >= a:
        b = a // 5
    t = wchoice([(4, f"满{a}减{b}"), (2, f"{rng.choice(['2.5', '5', '6.8', '7', '8', '8.5', '9.5'])}折"),
                 (1, "第二件半价"), (1, f"立减{b}元"), (1, f"{b}元无门槛券"), (1, f"每满{a}减{b}")])
    return neg(t, "neg:coupon")


def slot_coupon_code(ctx):
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    an = al + "23456789"
    t = wchoice([(3, "".join(rng.choice(al) for _ in range(4)) + "-" + digits(4) + "-" + "".join(rng.choice(an) for _ in range(4))),
                 (2, "".join(rng.choice(an) for _ in range(rng.choice([8, 10, 12])))),
                 (1, "VIP" + str(rng.choice([2023, 2024, 2025])) + "".join(rng.choice(al) for _ in range(2)))])
    return neg(t, "neg:coupon")


def rand_day():
    return datetime.date(rng.choice([2023, 2024, 2025]), 1, 1) + datetime.timedelta(days=rng.randint(0, 364))


def slot_date(ctx):
    d = rand_day()
    t = wchoice([(3, d.strftime("%Y-%m-%d")), (1, f"{d.year}/{d.month}/{d.day}"), (4, f"{d.month}月{d.day}号"),
                 (2, f"{d.month}月{d.day}日"), (1, f"{d.month}.{d.day}"), (1, d.strftime("%m-%d")),
                 (1, f"{d.day}号"), (1, rng.choice(["下周三", "这周五", "明天", "后天", "月底"]))])
    return neg(t, "neg:datetime")


def slot_time(ctx):
    h = rng.randint(8, 22)
    t = wchoice([(3, f"{h:02d}:{rng.choice(['00', '15', '30', '45', '20', '08'])}"),
                 (2, f"{'上午' if h < 12 else '下午' if h < 18 else '晚上'}{h if h <= 12 else h - 12}点"),
                 (1, rng.choice(["下午三点", "晚上八点半", "中午12点", "上午10点前", "6点以后", "早上九点"]))])
    return neg(t, "neg:datetime")


def slot_datetime(ctx):
    d = rand_day()
    return neg(f"{d.strftime('%Y-%m-%d')} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}" + (f":{rng.randint(0, 59):02d}" if rng.random() < 0.4 else ""),
               "neg:datetime")


def slot_qty(ctx):
    n = rng.randint(2, 12)
    t = wchoice([(3, f"{n}件"), (2, f"{n}个"), (1, rng.choice(["两箱", "三盒", "一套", "两双", "五包"])), (1, f"{n}盒"), (1, f"{n}支")])
    return neg(t, "neg:quantity")


def slot_n(ctx):
    return neg(str(rng.randint(2, 24)), "neg:quantity")


def slot_n4(ctx):
    return neg(str(rng.randint(100, 9999)), "neg:quantity")


def slot_weight(ctx):
    return neg(rng.choice([f"{rng.randint(1, 20)}.{rng.randint(1, 9)}kg", f"{rng.randint(2, 9)}00g",
                           f"{rng.randint(2, 30)}斤", f"{rng.randint(1, 9)}.{rng.randint(1, 9)}公斤"]), "neg:quantity")


def slot_height(ctx):
    return neg(rng.choice([f"{rng.randint(150, 190)}", f"{rng.randint(150, 190)}cm", f"1米{rng.randint(50, 89)}"]), "neg:size")


def slot_body_weight(ctx):
    return neg(rng.choice([f"{rng.randint(85, 200)}斤", f"{rng.randint(45, 100)}kg"]), "neg:quantity")


def slot_size(ctx):
    h = rng.choice([155, 160, 165, 170, 175, 180, 185])
    return neg(wchoice([(3, f"{h}/{h // 2 + rng.choice([0, 4, 8]) - 4}A"), (2, rng.choice(["S", "M", "L", "XL", "2XL", "3XL"])),
                        (1, f"{rng.choice(['M', 'L', 'XL'])}码"), (1, f"{rng.randint(35, 44)}码"), (1, f"{h}码")]), "neg:size")


def slot_shoe(ctx):
    return neg(rng.choice(["35", "36", "37", "38", "38.5", "39", "40", "41", "42", "42.5", "43", "44"]), "neg:size")


def slot_size_inch(ctx):
    return neg(rng.choice(["55", "65", "75", "85", "98"]), "neg:size")


def slot_model(ctx):
    return neg(rng.choice(MODELS), "neg:model_serial")


def slot_sn(ctx):
    an = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    return neg(rng.choice(["SN", "C02", "F2L", "R5C", "86"]) + "".join(rng.choice(an) for _ in range(rng.randint(8, 12))), "neg:model_serial")


def slot_bad_mobile(ctx):
    v = rng.choice(INVALID_MOBILE_PREFIXES) + digits(8)
    assert not is_valid_mobile(v)
    if rng.random() < 0.3:
        text, tags = render_number(v, [3, 4, 4], "ascii", rng.choice([" ", "-"]))
        return neg(text, "neg:invalid_phone_prefix", tags)
    return neg(v, "neg:invalid_phone_prefix")


def slot_bad_card(ctx):
    n = rng.choice([16, 17, 18, 19, 19])
    if rng.random() < 0.5:
        b = rng.choice(BINS)[0]
    else:
        b = rng.choice(["8", "9", "5", "3", "2"]) + digits(5)
    body = b + digits(n - 7)
    good = luhn_digit(body)
    bad = str((int(good) + rng.randint(1, 9)) % 10)
    v = body + bad
    assert not luhn_ok(v)
    if rng.random() < 0.3:
        text, tags = render_number(v, card_groups(n), "ascii", " ")
        return neg(text, "neg:luhn_fail", tags)
    return neg(v, "neg:luhn_fail")


def slot_bad_id(ctx):
    if rng.random() < 0.55:
        v = gen_id18()
        wrong = rng.choice([c for c in "0123456789X" if c != v[-1]])
        v = v[:-1] + wrong
        kind = "neg:invalid_id_checksum"
    else:
        y = rng.randint(1950, 2008)
        md = rng.choice(["0230", "0231", "0229" if y % 4 else "0230", "0431", "0631", "0931", "1131",
                         "1301", "1515", "0000", "0132", "0800", "1232", "0035"])
        body = rng.choice(ID_AREA_CODES) + f"{y}{md}" + "%03d" % rng.randint(1, 999)
        v = body + id_check_char(body)
        kind = "neg:invalid_id_date"
    assert not is_valid_id18(v, require_area=False, year_range=(1900, 2030))
    return neg(v, kind)


def slot_city(ctx):
    return neg(rng.choice(CITIES), "neg:place_name", numeric=False)


def slot_prov(ctx):
    p = rng.choice(PROVINCES)
    return neg(p + ("省" if rng.random() < 0.3 and p not in ("新疆", "西藏", "内蒙古", "广西", "宁夏") else ""), "neg:place_name", numeric=False)


def slot_prov_city(ctx):
    row = rng.choice([r for r in ADMIN if r[0]])
    return neg(prov_short(row[0]) + row[1][:-1], "neg:place_name", numeric=False)


def slot_district(ctx):
    row = rng.choice([r for r in ADMIN if r[2]])
    prov, city, dist = row[0], row[1], row[2]
    t = wchoice([(4, dist), (3, city[:-1] + dist), (2, city + dist), (1, dist[:-1] if len(dist) > 2 and dist.endswith("区") else dist)])
    return neg(t, "neg:district_only", numeric=False)


def slot_hotline(ctx):
    t = wchoice([(3, f"400-{rng.randint(100, 999)}-{digits(4)}"), (2, f"400{rng.randint(1000000, 9999999)}"),
                 (2, rng.choice(["95338", "95311", "95546", "95554", "95543", "95118", "11183"])),
                 (1, f"800-{rng.randint(100, 999)}-{digits(4)}")])
    return neg(t, "neg:hotline")


def slot_credit_code(ctx):
    an = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    v = "91" + rng.choice(ID_AREA_CODES) + "MA" + "".join(rng.choice(an) for _ in range(7)) + rng.choice(an)
    return neg(v, "neg:tax_id")


def slot_company(ctx):
    return lit(rng.choice(CITIES) + rng.choice(COMPANY_WORDS) + rng.choice(COMPANY_TYPES) + "有限公司", {"context:company_name"})


def slot_invoice_no(ctx):
    if rng.random() < 0.5:
        return neg(rng.choice(["24", "25"]) + digits(18), "neg:invoice_no")
    return neg(digits(8), "neg:invoice_no")


def slot_invoice_no8(ctx):
    return neg(digits(8), "neg:invoice_no")


def slot_invoice_code(ctx):
    return neg("0" + rng.choice(["3300", "4403", "1100", "3100", "5100"]) + rng.choice(["22", "23", "24"]) + digits(5), "neg:invoice_no")


def slot_pickup(ctx):
    t = wchoice([(3, f"{rng.randint(1, 12)}-{rng.randint(1, 6)}-{rng.randint(1000, 9999)}"), (2, digits(6)),
                 (1, f"{rng.choice('ABCDEF')}{rng.randint(1, 30)}-{rng.randint(100, 999)}")])
    return neg(t, "neg:pickup_code")


def slot_masked_phone(ctx):
    p = rng.choice(POPULAR_MOBILE)
    return neg(rng.choice([f"{p}****{digits(4)}", f"{p}****{digits(4)}", f"{p} **** {digits(4)}", f"{p}*****{digits(3)}"]), "neg:masked")


def slot_masked_card(ctx):
    b = rng.choice(BINS)[0]
    return neg(rng.choice([f"{b[:4]} **** **** {digits(4)}", f"{b}******{digits(4)}", f"**** {digits(4)}", f"{b[:4]}***{digits(4)}"]), "neg:masked")


def slot_masked_id(ctx):
    a = rng.choice(ID_AREA_CODES)
    tail = digits(3) + rng.choice("0123456789X")
    return neg(rng.choice([f"{a[:4]}**********{tail}", f"{a}********{tail}", f"{a[:1]}****************{tail[-1]}", f"{a[:3]}***********{tail}"]), "neg:masked")


def slot_tail4(ctx):
    return neg(digits(4), "neg:masked")


def slot_barcode(ctx):
    return neg("69" + digits(11), "neg:barcode")


def slot_postcode(ctx):
    return neg(rng.choice(["000000", "310000", "311121", "518000", "518057", "100020", "200120", "610041", "210008",
                           "430070", "266071", "710061", "410006", "361001", "450003", "230031", "400020", "300071"]), "neg:postcode")


def slot_member_no(ctx):
    return neg(safe_number(lambda: rng.choice(["88", "66", "20"]) + digits(8)), "neg:member_no")


def slot_product(ctx):
    return lit(rng.choice(PRODUCTS))


def slot_color(ctx):
    return lit(rng.choice(COLORS))


SLOTS = {
    # entities
    "PHONE": slot_phone, "MOBILE": slot_mobile, "MOBILE_CC": slot_mobile_cc, "TEL": slot_tel,
    "CONTACT": slot_contact, "CARD": slot_card, "ID": slot_id, "ID15": slot_id15, "IDX": slot_idx,
    "ADDR": slot_addr, "ADDR_FULL": slot_addr_full, "ADDR_LOCAL": slot_addr_local, "ADDR_SPACED": slot_addr_spaced,
    # context words (not entities, no decoy tag)
    "NAME": slot_name, "BANK": slot_bank, "COMPANY": slot_company, "PRODUCT": slot_product, "COLOR": slot_color,
    # decoys
    "TB_ORDER": slot_tb_order, "JD_ORDER": slot_jd_order, "ORDER": slot_order, "AFTERSALE_NO": slot_aftersale_no,
    "TRACK": slot_track, "TRACK_NO": slot_track_no, "SF": slot_sf, "ZTO": slot_zto, "YD": slot_yd, "JDVA": slot_jdva,
    "ITEM_ID": slot_item_id, "JD_SKU": slot_jd_sku, "PRICE": slot_price, "SMALL_PRICE": slot_small_price, "DISCOUNT": slot_discount,
    "COUPON_CODE": slot_coupon_code, "DATE": slot_date, "TIME": slot_time, "DATETIME": slot_datetime,
    "QTY": slot_qty, "N": slot_n, "N4": slot_n4, "WEIGHT": slot_weight, "HEIGHT": slot_height,
    "BODY_WEIGHT": slot_body_weight, "SIZE": slot_size, "SHOE": slot_shoe, "SIZE_INCH": slot_size_inch,
    "MODEL": slot_model, "SN": slot_sn, "BAD_MOBILE": slot_bad_mobile, "BAD_CARD": slot_bad_card,
    "BAD_ID": slot_bad_id, "CITY": slot_city, "PROV": slot_prov, "PROV_CITY": slot_prov_city,
    "DISTRICT": slot_district, "HOTLINE": slot_hotline, "CREDIT_CODE": slot_credit_code,
    "INVOICE_NO": slot_invoice_no, "INVOICE_NO8": slot_invoice_no8, "INVOICE_CODE": slot_invoice_code,
    "PICKUP": slot_pickup, "MASKED_PHONE": slot_masked_phone, "MASKED_CARD": slot_masked_card,
    "MASKED_ID": slot_masked_id, "TAIL4": slot_tail4, "BARCODE": slot_barcode, "POSTCODE": slot_postcode,
    "MEMBER_NO": slot_member_no,
}
ENTITY_SLOTS = {"PHONE", "MOBILE", "MOBILE_CC", "TEL", "CONTACT", "CARD", "ID", "ID15", "IDX",
                "ADDR", "ADDR_FULL", "ADDR_LOCAL", "ADDR_SPACED"}

# ---------------------------------------------------------------------------
# Templates (hand-written). (sender, scene, template)
# Templates containing an entity slot produce positive lines; the rest are hard negatives.
# ---------------------------------------------------------------------------

B, A = "buyer", "agent"

TEMPLATES = [
    # ---- change of address (buyer) ----
    (B, "change_address", "亲 我地址写错了 改成{ADDR}吧 麻烦了🙏"),
    (B, "change_address", "还没发货的话帮我改下地址 {ADDR} 电话不变"),
    (B, "change_address", "地址改成{ADDR}，收件人{NAME}，手机{PHONE}"),
    (B, "change_address", "新地址：{ADDR}\n收件人：{NAME}\n电话：{PHONE}"),
    (B, "change_address", "不好意思哈 刚下单地址选成老家的了，麻烦改到{ADDR}"),
    (B, "change_address", "能改地址不 {ADDR} 这个"),
    (B, "change_address", "{ADDR} {NAME} {PHONE} 改成这个谢谢"),
    (B, "change_address", "麻烦把收货地址改成公司的：{ADDR}，前台代收就行"),
    (B, "change_address", "我搬家了 寄到{ADDR}这边 谢谢亲"),
    (B, "change_address", "改地址 {ADDR}"),
    (B, "change_address", "改成{ADDR}可以嘛 原来那个地址不住了😂"),
    (B, "change_address", "{ADDR}这个地址能送吗 偏不偏"),
    (B, "change_address", "我看订单上地址少了门牌号 完整的是{ADDR}"),
    (B, "change_address", "之前留的是学校地址 放假了 改寄{ADDR}"),
    (B, "change_address", "亲 地址后面要加个单元号 {ADDR}"),
    (B, "change_address", "收货地址：{ADDR}"),
    (B, "change_address", "{ADDR}"),
    (B, "change_address", "地址{ADDR}，别发邮政 收不到"),
    (B, "change_address", "这单跟上一单一起寄到{ADDR}可以吗"),
    (B, "change_address", "帮我备注一下 送{ADDR} 不要放驿站"),
    (B, "change_address", "地址换了哈 现在住{ADDR}"),
    (B, "change_address", "嗯嗯 是{ADDR}没错"),
    (B, "change_address", "对 就是{ADDR} 麻烦快点发"),
    (B, "change_address", "昨天的客服说让我把地址再发一遍 {ADDR}"),
    (B, "change_address", "寄到{ADDR_FULL}的话多久能到"),
    (B, "change_address", "{ADDR_FULL}能发顺丰吗"),
    (B, "change_address", "送货时间{TIME}以后 地址{ADDR}"),
    (B, "change_address", "能不能送到{ADDR}？原地址送不了的话就这个"),
    (B, "change_address", "上次也寄到{ADDR}了 这次一样"),
    (B, "change_address", "收货人改成{NAME}，手机号{PHONE}，地址不变"),
    (B, "change_address", "我人在{CITY}出差 东西寄{ADDR}"),
    (B, "change_address", "定制的刻字：一生一世 寄到{ADDR} {NAME}"),
    (B, "change_address", "哎呀选错地址了 应该是{ADDR}，之前那个是我妈家的"),
    (B, "change_address", "{ADDR_LOCAL}，这个是详细地址 省市区跟原来一样"),
    # ---- phone number change (buyer) ----
    (B, "contact_phone", "地址没问题 就是电话换了 {PHONE}"),
    (B, "contact_phone", "电话改一下 {PHONE} 之前那个停机了"),
    (B, "contact_phone", "手机号写错了，正确的是{PHONE}"),
    (B, "contact_phone", "收件电话改{PHONE}，麻烦备注下"),
    (B, "contact_phone", "{PHONE} 这个是我新号 快递打这个"),
    (B, "contact_phone", "快递员打不通我电话的话就打{PHONE}这个 我家里人的"),
    (B, "contact_phone", "备用电话{PHONE}，主号经常没信号"),
    (B, "contact_phone", "亲 能帮我备注一下吗 送货前打{PHONE}"),
    (B, "contact_phone", "{PHONE}打这个 别打原来的"),
    (B, "contact_phone", "是的 手机号{PHONE}"),
    (B, "contact_phone", "对的 {PHONE}"),
    (B, "contact_phone", "{PHONE}"),
    (B, "contact_phone", "主号{PHONE} 备用{PHONE} 两个都能打"),
    (B, "contact_phone", "我电话{PHONE} 有问题直接打我 聊天我不常看"),
    (B, "contact_phone", "号码{PHONE} 是本人的"),
    (B, "contact_phone", "联系电话：{CONTACT}"),
    (B, "contact_phone", "tel：{PHONE}"),
    (B, "contact_phone", "微信同号{PHONE} 有事找我"),
    (B, "contact_phone", "电话是{PHONE}哈 刚才少打了一位"),
    (B, "contact_phone", "打这个吧{PHONE} 白天都能接"),
    (B, "contact_phone", "我是{NAME} 电话{PHONE} 昨天联系过你们的"),
    (B, "contact_phone", "帮我查一下 下单手机号{PHONE} 好像有两个订单"),
    (B, "contact_phone", "用{PHONE}这个号下的单 查不到订单"),
    (B, "contact_phone", "账号绑定的手机是{PHONE} 换不了绑定"),
    (B, "contact_phone", "会员是用手机号注册的 {PHONE} 积分怎么没有"),
    (B, "contact_phone", "我老婆手机号{PHONE}也下了一单 一起发吧 地址{ADDR}"),
    (B, "contact_phone", "座机也可以 {TEL} 上班时间有人接"),
    (B, "contact_phone", "打公司座机{TEL}找{NAME}就行"),
    (B, "contact_phone", "单位电话{TEL}，白天都在"),
    (B, "contact_phone", "我手机丢了 先留个座机{TEL}"),
    (B, "contact_phone", "家里电话{TEL}，老人在家能接"),
    (B, "contact_phone", "到了先打{TEL} 没人接再打{PHONE}"),
    # ---- pasted 收货信息 blocks (buyer) ----
    (B, "paste_info", "{NAME} {MOBILE} {ADDR_FULL}"),
    (B, "paste_info", "收货人：{NAME}，电话：{PHONE}，地址：{ADDR_FULL}"),
    (B, "paste_info", "{NAME}，{MOBILE_CC}，{ADDR_SPACED}，{POSTCODE}"),
    (B, "paste_info", "收货信息\n{NAME}\n{PHONE}\n{ADDR}"),
    (B, "paste_info", "{ADDR} {NAME}收 {PHONE}"),
    (B, "paste_info", "{NAME}{MOBILE}{ADDR_FULL}"),
    (B, "paste_info", "姓名{NAME}电话{PHONE}地址{ADDR}"),
    (B, "paste_info", "我的收货信息：{NAME}/{PHONE}/{ADDR}"),
    (B, "paste_info", "收件人: {NAME}\n手机号码: {MOBILE}\n详细地址: {ADDR_FULL}"),
    (B, "paste_info", "{NAME} {PHONE}\n{ADDR}"),
    (B, "paste_info", "寄到我妈那 {ADDR} 她电话{PHONE}"),
    (B, "paste_info", "帮我下单寄给朋友 {NAME} {PHONE} {ADDR} 备注生日快乐🎂"),
    (B, "paste_info", "送人的 别放价格单 收件人{NAME} 电话{PHONE} 地址{ADDR}"),
    (B, "paste_info", "{NAME} {PHONE} {ADDR} 这个是新的 之前那个作废"),
    (B, "paste_info", "{MOBILE} {NAME} {ADDR_FULL}"),
    (B, "paste_info", "地址：{ADDR}\n联系人：{NAME} {PHONE}"),
    (B, "paste_info", "发到{ADDR}，到了打{CONTACT}"),
    (B, "paste_info", "复制给你了 {NAME}，{MOBILE}，{ADDR_FULL}"),
    (B, "paste_info", "【收货人】{NAME}【电话】{MOBILE}【地址】{ADDR_FULL}"),
    (B, "paste_info", "{NAME}\n{MOBILE_CC}\n{ADDR_SPACED}"),
    # ---- shipping / logistics with PII (buyer) ----
    (B, "urge_shipping", "都三天了还不发货？？急用 有消息打我{PHONE}"),
    (B, "urge_shipping", "订单号{TB_ORDER} 怎么还没发 我电话{PHONE} 发了通知我"),
    (B, "urge_shipping", "京东订单{JD_ORDER}，收货电话改成{PHONE}，谢谢"),
    (B, "urge_shipping", "我{DATE}下的单 到现在没发货 {PHONE} 有结果给我打电话"),
    (B, "urge_shipping", "{TB_ORDER}这个单 地址改{ADDR} 还来得及吗"),
    (B, "urge_shipping", "单号{TRACK_NO}一直不动 快递员电话也打不通 你们能联系下吗 我手机{PHONE}"),
    (B, "urge_shipping", "急！！{DATE}前要用的 发顺丰 到付也行 地址{ADDR}"),
    (B, "urge_shipping", "两个订单{TB_ORDER}和{TB_ORDER}都改成{ADDR}"),
    (B, "urge_shipping", "拍了{QTY} 合并发到{ADDR}"),
    (B, "urge_shipping", "取件码收到了但是驿站在{ADDR} 太远了 能送上门不"),
    # ---- returns / exchanges (buyer) ----
    (B, "return_exchange", "退货我寄回去了 单号{TRACK_NO} 退款打到我卡上 {CARD}"),
    (B, "return_exchange", "换货的话新的寄到{ADDR}，旧的我明天寄回"),
    (B, "return_exchange", "尺码不合适要换大一码 寄到{ADDR} 电话{PHONE}"),
    (B, "return_exchange", "上门取件地址填{ADDR}可以吗"),
    (B, "return_exchange", "退货地址是{ADDR}对吧 我看商品页写的"),
    (B, "return_exchange", "换的那件发{ADDR}，{SIZE}的"),
    (B, "return_exchange", "取件的快递员没来啊 我在{ADDR} 电话{PHONE}"),
    (B, "return_exchange", "退回来的东西你们收到没 我寄件人电话{PHONE}"),
    # ---- refunds to bank cards (buyer) ----
    (B, "refund_card", "退款能直接退到银行卡吗 卡号{CARD}"),
    (B, "refund_card", "我支付宝用不了 能不能退到这张卡{CARD} 户名{NAME}"),
    (B, "refund_card", "卡号：{CARD}\n开户行：{BANK}\n户名：{NAME}"),
    (B, "refund_card", "{BANK}的卡 {CARD} 退这里就行"),
    (B, "refund_card", "我绑定的卡是{CARD} 为什么退款没到"),
    (B, "refund_card", "退款到账了吗 卡尾号看不到 完整的是{CARD}"),
    (B, "refund_card", "分期付款用的这张 {CARD} 能退吗"),
    (B, "refund_card", "你们能打款到{CARD}吗 {BANK}的"),
    (B, "refund_card", "我的卡号{CARD}，户名{NAME}，麻烦尽快处理"),
    (B, "refund_card", "卡 {CARD}"),
    (B, "refund_card", "{CARD} 这个卡 刚刚扣了两次钱！！"),
    (B, "refund_card", "银行卡被扣了{PRICE} 卡号{CARD} 订单{TB_ORDER}"),
    (B, "refund_card", "信用卡{CARD}付的 退回原卡要几天啊"),
    (B, "refund_card", "这张{CARD}是我老公的卡 能退到这里吗"),
    (B, "refund_card", "工资卡{CARD} 绑不上 一直提示失败"),
    (B, "refund_card", "{CARD}退这张卡谢谢"),
    (B, "refund_card", "赔付款打到{BANK}{CARD}，{NAME}"),
    (B, "refund_card", "卡号发你了 {CARD} 你看下对不对"),
    (B, "refund_card", "用的{BANK}信用卡 {CARD} 分了{N}期 退款利息怎么算"),
    (B, "refund_card", "退款退到{CARD}这个卡上，开户行{BANK}{CITY}分行"),
    (B, "refund_card", "银行说退款已经到账了 可我卡{CARD}里没看到啊"),
    # ---- invoices (buyer) ----
    (B, "invoice", "发票抬头写个人就行 {NAME} 电话{PHONE}"),
    (B, "invoice", "开专票 公司地址{ADDR} 电话{TEL} 税号{CREDIT_CODE}"),
    (B, "invoice", "发票寄到{ADDR}，{NAME}收"),
    (B, "invoice", "电子发票发我手机上吧 {PHONE}"),
    (B, "invoice", "开票信息：{COMPANY} 税号{CREDIT_CODE} 地址电话：{ADDR} {TEL}"),
    (B, "invoice", "发票上的电话写{TEL}，地址写{ADDR}"),
    # ---- real-name / customs (buyer) ----
    (B, "real_name", "清关要身份证号是吧 {ID} {NAME}"),
    (B, "real_name", "海淘要实名 我身份证{ID}"),
    (B, "real_name", "身份证号码：{ID}\n姓名：{NAME}\n手机：{PHONE}"),
    (B, "real_name", "实名认证一直失败 我输的是{ID} 哪里错了吗"),
    (B, "real_name", "{NAME} {ID} 这样发可以吗"),
    (B, "real_name", "跨境购的订购人信息 {NAME} {ID} {PHONE}"),
    (B, "real_name", "这个手机卡要实名 是不是要我身份证号 {ID}"),
    (B, "real_name", "买药要登记身份证吗 {ID}"),
    (B, "real_name", "身份证：{ID}，跟收件人一致的"),
    (B, "real_name", "老身份证号可以吗 {ID15}"),
    (B, "real_name", "为什么要身份证号啊 安全吗 算了给你 {ID}"),
    (B, "real_name", "延保登记要填身份证吗 {ID} 电话{PHONE}"),
    (B, "real_name", "我朋友的身份证 {ID} 用她名字买 {NAME}"),
    (B, "real_name", "身份证后面是x {IDX}"),
    (B, "real_name", "{ID}是我的身份证号 清关用"),
    (B, "real_name", "名字：{NAME} 手机：{PHONE} 身份证：{ID} 收货地址：{ADDR}"),
    (B, "real_name", "订购人和支付人要一致？我支付宝实名是{NAME} {ID}"),
    (B, "real_name", "证件号{ID}，护照没有"),
    (B, "real_name", "{ID}"),
    (B, "real_name", "身份证{ID}手机{PHONE}都发了 快帮我弄"),
    (B, "real_name", "海外仓发的话要不要身份证 我的是{ID}"),
    (B, "real_name", "奶粉清关 收件人{NAME} 身份证{ID} 地址{ADDR}"),
    # ---- couriers / proxy receipt (buyer) ----
    (B, "courier", "让快递放门卫那就行 门卫电话{TEL}"),
    (B, "courier", "我不在家 让{NAME}代收一下 她电话{PHONE}"),
    (B, "courier", "代收人{NAME} {PHONE}，放{ADDR}门口"),
    (B, "courier", "放快递柜吧 别打我电话 实在不行打{PHONE}"),
    (B, "courier", "快递员说找不到地址 我这里是{ADDR}"),
    (B, "courier", "让快递小哥送到{ADDR_LOCAL} 别送驿站了"),
    (B, "courier", "这是快递员的电话吗{PHONE} 一直没人接"),
    (B, "courier", "你们这个配送员{PHONE}态度太差了"),
    (B, "courier", "物业代收 地址{ADDR} 物业电话{TEL}"),
    (B, "courier", "周末家里没人 送公司吧 {ADDR}"),
    (B, "courier", "{ADDR_LOCAL} 送这个地址 别放快递柜"),
    (B, "courier", "就送到{ADDR_LOCAL}就行 小区门口有保安"),
    (B, "courier", "我在{ADDR_LOCAL}，你们能送上楼吗"),
    (B, "courier", "亲你们快递员电话多少啊 我这边号码是{PHONE} 让他直接打我"),
    (B, "courier", "放{ADDR_LOCAL}那个丰巢柜就行"),
    (B, "courier", "隔壁邻居{NAME}帮我收 电话{PHONE}"),
    # ---- after-sales / installation (buyer) ----
    (B, "after_sales", "空调要上门安装 地址{ADDR} 联系人{NAME} {PHONE}"),
    (B, "after_sales", "预约安装 {DATE} {TIME} 地址{ADDR}"),
    (B, "after_sales", "师傅电话多少 我的是{PHONE} 让他提前打给我"),
    (B, "after_sales", "洗衣机坏了 {MODEL} 买了才两个月 上门维修地址{ADDR}"),
    (B, "after_sales", "安装师傅{PHONE}说没接到单 你们派单了吗"),
    (B, "after_sales", "寄修地址是{ADDR}吗 我用顺丰寄"),
    (B, "after_sales", "保修登记 {NAME} {PHONE} 购买日期{DATE}"),
    # ---- moving the chat off the platform (buyer) ----
    (B, "off_platform", "加我微信吧 就是手机号 {PHONE}"),
    (B, "off_platform", "平台发不了数字？我试试 {PHONE}"),
    (B, "off_platform", "发不出去号码 我拆开发 {PHONE}"),
    (B, "off_platform", "直接打我电话吧 打字太慢 {PHONE}"),
    (B, "off_platform", "你们老板电话多少 我要投诉 我的是{PHONE} 让他打给我"),
    # ---- agent: confirming / quoting PII ----
    (A, "confirm_info", "亲亲，跟您核对下收货信息：{NAME}，{PHONE}，{ADDR}，没问题的话这边安排发货了哦"),
    (A, "confirm_info", "您好，地址已经帮您修改为：{ADDR}，请您核对一下哦~"),
    (A, "confirm_info", "亲，已备注：送货前联系{PHONE}"),
    (A, "confirm_info", "好的亲 已经帮您把电话改成{PHONE}了哦"),
    (A, "confirm_info", "亲亲 这边查到您的收货地址是{ADDR}，对吗"),
    (A, "confirm_info", "亲 收货人{NAME} 电话{PHONE} 地址{ADDR} 是这个吗"),
    (A, "confirm_info", "这边看到订单{TB_ORDER}的收货地址是{ADDR}，亲确认下哦"),
    (A, "confirm_info", "亲，修改后的地址：{ADDR}\n收货人：{NAME}\n手机：{PHONE}\n麻烦您核对一下哦"),
    (A, "confirm_info", "亲亲您好，您的订单已修改成功，新地址为{ADDR}，预计{DATE}送达哦"),
    (A, "confirm_info", "亲，您留的手机号{PHONE}是空号哦，麻烦再发一下正确的号码"),
    (A, "confirm_info", "亲亲 您留的号码是{PHONE}对吗 快递打不通呢"),
    (A, "confirm_info", "好的亲亲 已经给仓库备注了改发{ADDR}哦 如果已经打包了可能改不了哈"),
    (A, "confirm_info", "亲亲～您的收货手机号已更新为{PHONE}，地址不变哈"),
    (A, "confirm_info", "亲亲 系统显示收货地址是{ADDR}，跟您说的不一样呢，以哪个为准呀"),
    (A, "confirm_info", "好的 已改为{ADDR}，电话{PHONE}，{NAME}收 🌹"),
    (A, "confirm_info", "亲，这边给您登记的联系方式是{PHONE}，后续有进展会第一时间通知您哈"),
    (A, "confirm_info", "亲 您的订单{JD_ORDER}已经改派到{ADDR}了哦"),
    (A, "confirm_info", "亲亲～换货新件已寄出，收件信息：{NAME} {PHONE} {ADDR}，请注意查收哦"),
    (A, "confirm_info", "亲 是{ADDR_FULL}这个地址吗？小区名字系统没识别出来"),
    # ---- agent: couriers / stations ----
    (A, "courier", "亲，快递员电话：{PHONE}，您可以直接联系他哦"),
    (A, "courier", "亲亲，派送员的联系方式是{PHONE}，有问题可以直接打给他哈"),
    (A, "courier", "网点电话{TEL}，亲可以打过去问问"),
    (A, "courier", "亲亲 快递站电话{TEL}，您报一下手机号{PHONE}就能取件哈"),
    (A, "courier", "亲，{TRACK}这个单已经在派送中了，派件员{NAME}电话{PHONE}"),
    (A, "courier", "亲，帮您查到了，最后一次派送在{TIME}，派送员电话{PHONE}，您可以联系下哈"),
    (A, "courier", "亲 自提点地址：{ADDR}，营业时间{TIME}之前哦"),
    # ---- agent: returns / warehouse ----
    (A, "return_exchange", "亲亲，退货地址：{ADDR}，收件人：{NAME}，电话：{CONTACT}，寄回请备注订单号哦"),
    (A, "return_exchange", "亲，换货寄回地址{ADDR}，{NAME}收，联系电话{TEL}，不支持到付哦"),
    (A, "return_exchange", "亲亲，仓库地址{ADDR}，您可以自行寄回，记得写上订单号{TB_ORDER}哦"),
    (A, "return_exchange", "亲，寄修地址：{ADDR}，{NAME}（收），{CONTACT}"),
    (A, "return_exchange", "亲亲 退货请寄到{ADDR} 售后组收 电话{TEL} 包裹里放个纸条写上您的会员名哈"),
    # ---- agent: refunds ----
    (A, "refund_card", "亲亲 退款卡号跟您确认一下是{CARD}吗"),
    (A, "refund_card", "亲，您提供的卡号{CARD}，开户人{NAME}，这边已经帮您登记了哦"),
    (A, "refund_card", "核对一下您的退款账户：{CARD}（{BANK}），没问题的话这边提交了哈"),
    (A, "refund_card", "亲，退款会原路退回您支付时使用的银行卡{CARD}哦，一般1-3个工作日到账"),
    (A, "refund_card", "亲亲 登记的退款卡号是{CARD}，户名{NAME}，确认无误吗"),
    (A, "refund_card", "亲，您的退货已经签收了，退款{PRICE}会打到{CARD}这张卡哦"),
    (A, "refund_card", "亲，银行卡{CARD}退款被银行退回了，麻烦提供一下其他卡号哦"),
    # ---- agent: real name / customs ----
    (A, "real_name", "亲，海关清关需要收件人身份证信息，您提供的{ID}与姓名{NAME}不一致呢，麻烦核实下哦"),
    (A, "real_name", "亲亲 已收到您的身份证号{ID}，这边帮您提交清关哈"),
    (A, "real_name", "亲亲 跟您确认下订购人信息：{NAME}，身份证{ID}，手机{PHONE}，对吗"),
    (A, "real_name", "亲亲 身份证号{ID}已通过实名校验哈，可以正常下单啦"),
    (A, "real_name", "亲，清关资料已提交：{NAME}/{ID}，预计{DATE}清关完成"),
    # ---- agent: invoices / after-sales ----
    (A, "invoice", "亲，发票已开具，会发送到您预留的手机{PHONE}哦"),
    (A, "invoice", "亲亲 纸质发票会随货寄到{ADDR}哈"),
    (A, "after_sales", "亲，已为您预约{DATE}上门，师傅会提前联系{PHONE}哦"),
    (A, "after_sales", "亲亲 售后网点电话{TEL}，地址{ADDR}，您也可以直接送修哦"),
    (A, "after_sales", "亲亲，安装师傅{NAME}，电话{PHONE}，今天下午会联系您哦"),
    (A, "after_sales", "已为您登记，售后专员会在24小时内通过{PHONE}联系您哦"),
    (A, "after_sales", "亲，售后客服热线{HOTLINE}，或者直接联系区域负责人{PHONE}"),
    # ---- agent: off-platform contact ----
    (A, "off_platform", "亲 可以加一下我们售后主管的电话 {PHONE}"),
    (A, "off_platform", "亲 这个问题平台不好处理 您直接打我手机{PHONE}吧"),
    (A, "off_platform", "亲亲 返现加微信哦 微信号就是{PHONE}"),

    # =================== hard negatives (no entity slot) ===================
    # ---- order numbers ----
    (B, "order_query", "订单号{TB_ORDER} 怎么还没发货"),
    (B, "order_query", "{TB_ORDER} 这个单能改地址吗"),
    (A, "order_query", "亲亲 您的订单{TB_ORDER}已经发出了哦，请耐心等待~"),
    (B, "order_query", "京东订单号{JD_ORDER}，申请了退款一直没处理"),
    (B, "order_query", "我有两个单 {TB_ORDER} 和 {TB_ORDER} 能合并发吗"),
    (B, "order_query", "订单编号：{TB_ORDER}\n商品：{PRODUCT}\n数量：{QTY}"),
    (B, "order_query", "{JD_ORDER}"),
    (B, "order_query", "帮查下这个单{ORDER}"),
    (A, "order_query", "亲 订单{JD_ORDER}已为您加急处理了"),
    (B, "order_query", "{TB_ORDER}"),
    (B, "order_query", "订单{ORDER}显示已签收 可我没收到啊"),
    (B, "order_query", "订单{TB_ORDER} 实付{PRICE} {DATE}下的"),
    (B, "order_query", "{DATE} {TIME} 订单{JD_ORDER} 申请退款 {PRICE}"),
    (A, "order_query", "亲亲，订单{TB_ORDER}的退款{PRICE}已经原路退回啦"),
    (A, "order_query", "亲亲，您的售后单号{AFTERSALE_NO}已受理，请耐心等待审核哦"),
    (B, "order_query", "这个{JD_ORDER}跟{JD_ORDER}是同一个东西吗 怎么扣了两次钱"),
    (A, "order_query", "亲亲，京东单号{JD_ORDER}已拦截成功，退款{PRICE}预计{DATE}到账"),
    (B, "order_query", "单号是{ORDER}，客服你快帮我看看"),
    (B, "order_query", "退款编号{AFTERSALE_NO} 审核通过了吗"),
    # ---- tracking numbers ----
    (B, "logistics", "快递单号{TRACK_NO}查不到物流"),
    (A, "logistics", "亲亲 您的包裹已发出，{TRACK}，可以在小程序查询哦"),
    (B, "logistics", "{TRACK_NO} 这个单号三天没更新了"),
    (B, "logistics", "顺丰单号{SF} 显示到{CITY}了 今天能到吗"),
    (B, "logistics", "退货单号填好了 {TRACK_NO}"),
    (B, "logistics", "物流显示{DATE}已签收 但我没收到啊 单号{TRACK_NO}"),
    (A, "logistics", "亲，已经帮您换成顺丰了，新单号{SF}"),
    (B, "logistics", "中通{ZTO}到哪了"),
    (B, "logistics", "韵达{YD} 一直显示派送中"),
    (B, "logistics", "京东物流{JDVA} 怎么转第三方了"),
    (A, "logistics", "{TRACK} 亲可以复制单号查询哦"),
    (A, "logistics", "亲亲 单号{TRACK_NO}显示{DATE}已经揽收了哦"),
    (B, "logistics", "包裹在{CITY}转运中心停了{N}天了"),
    (B, "logistics", "物流显示到{CITY}分拨中心 {DATETIME}"),
    (B, "logistics", "取件码{PICKUP} 柜子打不开"),
    (B, "logistics", "驿站的取件码{PICKUP} 说找不到包裹"),
    (B, "logistics", "快递员说放在{DISTRICT}的驿站了 具体哪个也没说"),
    (B, "logistics", "{TRACK}，这个是你们发的吗 我没买过啊"),
    # ---- prices, coupons ----
    (B, "promotion", "这个{PRICE}的 有没有优惠 {DISCOUNT}能用吗"),
    (B, "promotion", "昨天买的{PRICE} 今天降到{PRICE} 能补差价吗"),
    (A, "promotion", "亲亲 现在下单{DISCOUNT}，到手价{PRICE}哦"),
    (B, "promotion", "券码{COUPON_CODE}用不了 提示已过期"),
    (B, "promotion", "{DISCOUNT}的券领不了"),
    (B, "promotion", "实付{PRICE}，为什么退款只退了{PRICE}"),
    (A, "promotion", "亲 差价{SMALL_PRICE}已经给您退回支付宝了哦"),
    (B, "promotion", "优惠券{COUPON_CODE}是全店通用的吗"),
    (A, "promotion", "亲亲 复制口令{COUPON_CODE}到领券中心就可以领哦"),
    (A, "promotion", "亲 {PRODUCT}现在{PRICE}，比直播间还便宜哦"),
    (B, "promotion", "我要{QTY}{PRODUCT} 能便宜点吗"),
    (B, "promotion", "直播间说{DISCOUNT} 怎么结算没有"),
    (B, "promotion", "积分{N4}分能抵多少钱"),
    (B, "promotion", "会员卡号{MEMBER_NO} 是不是可以打折"),
    (B, "promotion", "账单上显示{PRICE} 实际扣了{PRICE}"),
    (B, "promotion", "{QTY}装的是{PRICE}一盒吗"),
    (B, "promotion", "退货运费{SMALL_PRICE} 运费险能赔多少"),
    (A, "promotion", "亲亲，运费险理赔{SMALL_PRICE}会在{N}个工作日内到账哦"),
    # ---- dates and times ----
    (B, "delivery_time", "{DATE}之前能到吗 急用"),
    (A, "delivery_time", "预计{DATE}发货，亲亲稍等哦"),
    (B, "delivery_time", "{TIME}左右送可以吗 白天没人"),
    (A, "delivery_time", "亲，活动时间是{DATETIME}到{DATETIME}哦"),
    (B, "delivery_time", "{DATE}{TIME}下的单 到现在还是待发货"),
    (A, "delivery_time", "亲亲，{DATE}开始预售，{DATE}统一发货哦"),
    (B, "delivery_time", "{DATE}那天收到的 {N}天了还能退吗"),
    (A, "delivery_time", "亲亲 七天无理由从{DATE}开始算哦"),
    (B, "delivery_time", "{TIME}有人吗"),
    (B, "delivery_time", "我{DATE}预约的 {TIME}到{TIME}之间送"),
    # ---- items, sizes, models ----
    (B, "presale", "商品id{ITEM_ID} 还有货吗"),
    (B, "presale", "链接里的{ITEM_ID}这个是正品吗"),
    (B, "size_consult", "我身高{HEIGHT}体重{BODY_WEIGHT} 穿多大 {SIZE}还是{SIZE}"),
    (B, "size_consult", "{SIZE}偏大吗"),
    (B, "presale", "型号{MODEL}和{MODEL}有啥区别"),
    (B, "presale", "{MODEL}支持快充吗"),
    (B, "size_consult", "鞋子{SHOE}码 脚宽穿哪个"),
    (A, "size_consult", "亲亲，建议您拍{SIZE}哦，版型偏小"),
    (B, "presale", "这个{ITEM_ID}和{ITEM_ID}是同款吗 价格差这么多"),
    (B, "presale", "京东自营的SKU是{JD_SKU}"),
    (B, "presale", "电视{MODEL} {SIZE_INCH}寸的 挂架送吗"),
    (B, "presale", "{MODEL}的电池能用多久"),
    (B, "presale", "{PRODUCT}还有{COLOR}的吗"),
    (B, "size_consult", "我拍的是{COLOR}{SIZE} 发来的是{COLOR}"),
    (B, "presale", "序列号{SN} 激活不了"),
    (A, "presale", "亲 麻烦提供一下机身序列号哦 一般在包装盒背面 类似{SN}这样的"),
    (B, "presale", "条形码{BARCODE} 扫出来不是这个商品"),
    (B, "presale", "{QTY}一起发的话运费多少"),
    (B, "presale", "重量{WEIGHT} 超重要补运费吗"),
    (B, "presale", "{CITY}的朋友说买了{QTY}都没问题 我怎么就坏了"),
    # ---- numbers that look like PII but are not ----
    (B, "decoy_number", "会员号{BAD_MOBILE} 积分怎么没到账"),
    (A, "decoy_number", "工单号{BAD_MOBILE}，亲可以凭这个查询进度哦"),
    (B, "decoy_number", "机器背面的编号是{BAD_MOBILE}，保修查得到吗"),
    (B, "decoy_number", "退款流水号{BAD_CARD} 银行说查不到"),
    (A, "decoy_number", "亲，交易单号{BAD_CARD}，您可以拿这个去银行查询哦"),
    (B, "decoy_number", "支付流水{BAD_CARD} 付了两次"),
    (B, "decoy_number", "批次号{BAD_ID} 是哪天生产的"),
    (B, "decoy_number", "防伪码{BAD_ID} 查询显示已被查询过 是假货吗"),
    (B, "decoy_number", "保修卡上的编号{BAD_ID}"),
    (B, "decoy_number", "这个{BAD_ID}是什么号码 包裹上贴的"),
    (A, "decoy_number", "亲亲 这是您的退款批次号{BAD_CARD}，银行那边可以查到哦"),
    (B, "decoy_number", "设备号{BAD_MOBILE}绑定不了APP"),
    (B, "decoy_number", "收据上的流水{BAD_ID} 能开发票吗"),
    # ---- place names without an address ----
    (B, "place_name", "我在{CITY} 几天能到"),
    (B, "place_name", "发货地是{PROV}吗"),
    (B, "place_name", "{CITY}今天下雨 快递是不是会慢"),
    (B, "place_name", "你们是{CITY}旗舰店吗"),
    (B, "place_name", "是{CITY}仓发货还是{CITY}仓"),
    (B, "place_name", "送到{DISTRICT}能到吗"),
    (B, "place_name", "{DISTRICT}那边现在能派送吗 听说在修路"),
    (B, "place_name", "{CITY}到{CITY}一般几天"),
    (A, "place_name", "亲亲，{CITY}仓库今天已经截单了，明天发出哦"),
    (B, "place_name", "我老家{PROV}的 偏远地区包邮吗"),
    (B, "place_name", "{PROV_CITY}能送吗"),
    (A, "place_name", "亲亲 {PROV}、{PROV}、{PROV}等偏远地区不包邮哦"),
    (B, "place_name", "{CITY}发货的吗 到{CITY}要几天"),
    (A, "place_name", "亲亲，我们是{CITY}发货，江浙沪次日达哦"),
    (B, "place_name", "收件地址在{DISTRICT} 你们物流到得了吗"),
    (B, "place_name", "{DISTRICT}有你们线下门店吗"),
    (B, "place_name", "{CITY}有售后网点吗 想直接拿过去修"),
    (A, "place_name", "亲亲 {CITY}的售后网点可以拨打{HOTLINE}查询哦"),
    (B, "place_name", "我人在{CITY} 但是东西要寄到{CITY}老家"),
    (B, "place_name", "{CITY}这边疫情的时候你们也发货的 现在怎么不发了"),
    (B, "place_name", "寄到{DISTRICT}就行 具体的我到时候去驿站拿"),
    (A, "place_name", "亲，{PROV_CITY}这边目前正常派送的哦"),
    # ---- hotlines, masked values, invoices ----
    (B, "masked", "官方客服热线{HOTLINE}打不通"),
    (A, "masked", "亲可以拨打{HOTLINE}咨询售后哦"),
    (A, "masked", "您预留的手机号是{MASKED_PHONE}吗"),
    (A, "masked", "收货人手机{MASKED_PHONE}，是本人吗亲"),
    (B, "masked", "退到尾号{TAIL4}的卡上了"),
    (B, "masked", "身份证{MASKED_ID}这样显示对吗"),
    (B, "masked", "银行卡{MASKED_CARD} 显示退款成功 但没到账"),
    (B, "masked", "我手机尾号{TAIL4} 你看看是不是这个单"),
    (B, "masked", "尾号{TAIL4}的支付宝付的"),
    (A, "masked", "亲亲 为了保护隐私 系统只显示{MASKED_PHONE} 您核对下后四位哈"),
    (B, "invoice", "发票号码{INVOICE_NO} 查不到"),
    (B, "invoice", "税号{CREDIT_CODE}，抬头{COMPANY}"),
    (A, "invoice", "亲亲 发票代码{INVOICE_CODE} 号码{INVOICE_NO8} 已经开好了哦"),
    (B, "invoice", "发票税号是{CREDIT_CODE}吗 我们公司的"),
    (B, "invoice", "邮编{POSTCODE}要填吗"),
    (A, "invoice", "亲亲，发票抬头{COMPANY}，税号{CREDIT_CODE}，确认无误的话这边开具了哦"),
]

# Static hard negatives: plain chat, used once each (no slots).
STATIC_NEGATIVES = [
    (A, "chitchat", "亲亲，您好，这边帮您查询一下哦"),
    (B, "chitchat", "在吗"),
    (B, "chitchat", "有人吗？？？"),
    (B, "complaint", "这个质量太差了吧 洗一次就掉色"),
    (B, "chitchat", "好的 谢谢亲"),
    (B, "chitchat", "嗯嗯"),
    (A, "chitchat", "亲亲 稍等哦 正在为您核实"),
    (B, "presale", "能便宜点吗 老客户了"),
    (B, "logistics", "发什么快递啊 能发顺丰吗"),
    (B, "presale", "包邮吗"),
    (B, "urge_shipping", "什么时候发货呀"),
    (A, "urge_shipping", "亲亲，咱们家是48小时内发货哦"),
    (B, "complaint", "衣服收到了 颜色跟图片不一样啊😂"),
    (A, "complaint", "亲，非常抱歉给您带来不好的体验了🙏"),
    (A, "return_exchange", "亲亲 七天无理由退货的哦 不影响二次销售就可以"),
    (B, "refund_card", "退款什么时候到账"),
    (B, "invoice", "能开发票吗"),
    (A, "invoice", "亲亲 可以开的哦 下单时备注抬头和税号就可以"),
    (B, "logistics", "快递放驿站了 我都没收到通知"),
    (B, "presale", "我想问下这个是正品吗"),
    (A, "presale", "亲亲 咱们店是官方授权的哦 假一赔十"),
    (B, "order_query", "不要了 取消吧"),
    (A, "order_query", "亲，取消订单的话直接在订单页面点申请退款就可以哦"),
    (B, "urge_shipping", "怎么还没到啊 都一个礼拜了"),
    (B, "logistics", "这个物流怎么一直不更新"),
    (A, "logistics", "亲亲，物流可能有延迟，这边帮您催一下快递哦"),
    (B, "promotion", "好评返现是真的吗"),
    (B, "presale", "可以用花呗吗"),
    (A, "presale", "亲亲 支持花呗分期的哦"),
    (B, "place_name", "发货地是哪里呀"),
    (B, "presale", "质量怎么样 会不会起球"),
    (A, "chitchat", "给个好评呗亲😘"),
    (B, "complaint", "我要投诉"),
    (A, "after_sales", "亲亲 麻烦您拍一下商品问题的照片哦"),
    (B, "after_sales", "拍了 你看看"),
    (B, "complaint", "快递盒子都压扁了"),
    (B, "chitchat", "行吧"),
    (B, "chitchat", "👌"),
    (B, "chitchat", "🙏🙏🙏"),
    (B, "chitchat", "哈哈哈 好的"),
    (A, "chitchat", "亲亲 收到货有任何问题随时联系我们哦～"),
    (B, "change_address", "地址我在订单里改过了 你看下对不对"),
    (B, "contact_phone", "电话没变 还是原来那个"),
    (B, "contact_phone", "手机号跟订单上的一样"),
    (B, "real_name", "我的身份证号要填在哪里"),
    (A, "real_name", "亲亲，身份证信息仅用于海关清关，不会泄露的哦"),
    (B, "refund_card", "为什么要我银行卡号 你们不会是骗子吧"),
    (A, "refund_card", "亲，我们不会以任何理由索要您的银行卡密码和验证码哦，请注意防骗"),
    (B, "refund_card", "退款退到哪了 支付宝还是银行卡"),
    (A, "refund_card", "亲，退款原路返回哦"),
    (B, "courier", "快递员打电话我没接到"),
    (B, "courier", "让快递员打我电话吧"),
    (B, "change_address", "收货地址能改吗"),
    (A, "change_address", "亲亲 还没发货的话可以修改地址哦，您把新地址发一下"),
    (B, "courier", "送货上门吗还是放驿站"),
    (B, "courier", "怎么联系快递员啊"),
    (A, "order_query", "亲亲 麻烦提供一下订单号哦"),
    (B, "real_name", "身份证号要18位的吗 我输了提示格式不对"),
    (A, "change_address", "亲，地址已经帮您改好啦，手机号也同步更新了哦"),
    (B, "complaint", "客服你们能不能靠谱点 改个地址改了三次"),
    (A, "contact_phone", "亲亲 快递员的电话这边查不到哦，建议您在物流详情里点一下派送员头像"),
    (B, "chitchat", "收到了 挺好的 下次还来"),
    (A, "chitchat", "感谢亲的支持 祝您生活愉快🌹"),
    (B, "after_sales", "耳机左边没声音 是不是坏了"),
    (A, "after_sales", "亲亲 您先试一下重置，长按充电盒按键十秒哦"),
    (B, "presale", "有没有大一码的"),
    (B, "presale", "这款和旗舰店的是一样的吗"),
    (A, "presale", "亲 一样的哦 都是同一批次"),
    (B, "complaint", "你们这个客服回复好慢啊"),
    (A, "complaint", "亲亲抱歉久等啦 现在咨询量比较大"),
    (B, "change_address", "我填的地址是公司的 周末没人 能不能改到周一送"),
    (A, "courier", "亲，已经联系快递员给您改约周一派送了哦"),
    (B, "real_name", "实名信息能不能不填 我不想给身份证"),
    (A, "real_name", "亲亲 跨境商品按海关要求必须实名哦 信息是加密传输的"),
    (B, "refund_card", "绑的卡注销了 退款会怎么样"),
    (A, "refund_card", "亲 卡注销的话银行会退回 到时候会原路退到您的余额里哦"),
    (B, "chitchat", "好滴 辛苦啦"),
    (B, "chitchat", "？"),
    (B, "chitchat", "人呢"),
    (A, "chitchat", "亲亲在的哦 请问有什么可以帮您"),
]


# ---------------------------------------------------------------------------
# Filling
# ---------------------------------------------------------------------------

SLOT_RE = re.compile(r"\{([A-Z0-9_]+)\}")

BUYER_TYPOS = [("地址", "地质"), ("电话", "电化"), ("收货", "收获"), ("已经", "以经"), ("麻烦", "麻凡"),
               ("手机号", "手机好"), ("谢谢", "谢谢谢"), ("能不能", "能补能"), ("发票", "发漂"), ("身份证", "身分证")]
BUYER_PREFIX = [(70, ""), (6, "亲 "), (5, "你好 "), (4, "在吗 "), (3, "客服 "), (2, "哈喽 "), (2, "亲亲 "), (2, "喂 ")]
BUYER_SUFFIX = [(60, ""), (5, " 谢谢"), (4, "哈"), (3, " 谢谢亲"), (4, "🙏"), (3, "😂"), (2, "👌"), (3, "～"),
                (2, "!!"), (2, "？？"), (2, " 急"), (2, "呢"), (2, "。"), (1, " 麻烦了"), (1, "😭")]
AGENT_PREFIX = [(80, ""), (8, "亲亲，"), (6, "您好，"), (3, "亲，"), (3, "在的亲，")]
AGENT_SUFFIX = [(65, ""), (8, "~"), (5, "哦~"), (4, " 🌹"), (4, "[微笑]"), (4, "😊"), (3, "，祝您生活愉快"),
                (3, "，还有什么可以帮您的吗"), (2, "！"), (2, "哈")]


def tokenize(template):
    out, pos = [], 0
    for m in SLOT_RE.finditer(template):
        if m.start() > pos:
            out.append(("lit", template[pos:m.start()]))
        out.append(("slot", m.group(1)))
        pos = m.end()
    if pos < len(template):
        out.append(("lit", template[pos:]))
    return out


def char_class(ch):
    if ch in DIGITLIKE_A:
        return "A"
    if ch in DIGITLIKE_C:
        return "C"
    if ch.isascii() and ch.isalpha():
        return "L"
    return None


def conflicts(fills):
    """Would a numeric slot run into an adjacent digit of the same script?"""
    texts = [f.text for f in fills]
    for i, f in enumerate(fills):
        if not f.numeric or not texts[i]:
            continue
        first, last = texts[i][0], texts[i][-1]
        prev = texts[i - 1][-1] if i > 0 and texts[i - 1] else ""
        nxt = texts[i + 1][0] if i + 1 < len(fills) and texts[i + 1] else ""
        for a, b in ((prev, first), (last, nxt)):
            if not a or not b:
                continue
            ca, cb = char_class(a), char_class(b)
            if ca and ca == cb and ca in "AC":
                return True
            if {ca, cb} == {"A", "L"} and fills[i].pieces[0][1] is not None:
                return True
    return False


def decorate_literals(tokens, sender):
    """Light, random chat noise on the literal parts only (offsets are computed later)."""
    tags = set()
    tokens = list(tokens)
    if sender == B and rng.random() < 0.12:
        lits = [i for i, (k, v) in enumerate(tokens) if k == "lit"]
        rng.shuffle(lits)
        done = False
        for i in lits:
            for a, b in rng.sample(BUYER_TYPOS, len(BUYER_TYPOS)):
                if a in tokens[i][1]:
                    tokens[i] = ("lit", tokens[i][1].replace(a, b, 1))
                    tags.add("typo")
                    done = True
                    break
            if done:
                break
    if sender == B and rng.random() < 0.15:
        tokens = [("lit", v.replace("，", " ").replace("。", "")) if k == "lit" else (k, v) for k, v in tokens]
    first = tokens[0][1] if tokens and tokens[0][0] == "lit" else ""
    last = tokens[-1][1] if tokens and tokens[-1][0] == "lit" else ""
    pre = wchoice(BUYER_PREFIX if sender == B else AGENT_PREFIX)
    if pre and not first.startswith(("亲", "您好", "你好", "在吗", "好的", "嗯")):
        tokens.insert(0, ("lit", pre))
    suf = wchoice(BUYER_SUFFIX if sender == B else AGENT_SUFFIX)
    particle = suf.strip() in ("哈", "呢", "哦~", "～", "~", "。", "！")
    if suf and not (last and last[-1] in "~～!！？?。哦哈呢😂🙏🎂🌹👌") \
            and not (particle and last and last[-1] in "啊吗吧嘛呀啦了"):
        tokens.append(("lit", suf))
    return tokens, tags


def fill_template(template, sender, scene):
    for _ in range(50):
        ctx = {}
        if "{BANK}" in template:
            ctx["card"] = gen_card()  # so that the bank name matches the card's BIN
        tokens, tags = decorate_literals(tokenize(template), sender)
        fills = []
        for kind, val in tokens:
            if kind == "lit":
                fills.append(lit(val))
            else:
                fills.append(SLOTS[val](ctx))
        if conflicts(fills):
            continue
        text, entities, pos = [], [], 0
        for f in fills:
            tags |= f.tags
            for t, etype in f.pieces:
                if etype:
                    entities.append({"type": etype, "start": pos, "end": pos + len(t)})
                text.append(t)
                pos += len(t)
        return "".join(text), entities, tags
    raise AssertionError(f"cannot fill without conflicts: {template}")


def finalize_tags(text, entities, tags, scene, has_decoy):
    tags = set(tags)
    tags.add(f"scene:{scene}")
    if entities:
        types = {e["type"] for e in entities}
        if len(entities) >= 2:
            tags.add("multi_entity")
        if len(types) >= 2:
            tags.add("multi_type")
        if has_decoy:
            tags.add("mixed_negative")
        starts = [e["start"] for e in entities]
        ends = [e["end"] for e in entities]
        if 0 in starts:
            tags.add("position:start")
        if len(text) in ends:
            tags.add("position:end")
        if any(s > 0 and e < len(text) for s, e in zip(starts, ends)):
            tags.add("position:middle")
    else:
        tags.add("hard_negative")
        if not re.search(r"[0-9\uff10-\uff19]", text):
            tags.add("neg:no_numbers")
    return sorted(tags)


def generate():
    records = []
    seen = set()
    positive = [t for t in TEMPLATES if set(SLOT_RE.findall(t[2])) & ENTITY_SLOTS]
    negative = [t for t in TEMPLATES if not set(SLOT_RE.findall(t[2])) & ENTITY_SLOTS]
    plan = []
    for t in positive:
        names = set(SLOT_RE.findall(t[2]))
        reps = 5
        if names & {"CARD", "ID", "IDX", "ID15"}:
            reps = 7
        plan += [t] * reps
    for t in negative:
        plan += [t] * 8
    rng.shuffle(plan)
    for sender, scene, template in plan:
        decoy = bool(set(SLOT_RE.findall(template)) - ENTITY_SLOTS - {"NAME", "BANK", "COMPANY", "PRODUCT", "COLOR"})
        for _ in range(12):
            text, entities, tags = fill_template(template, sender, scene)
            if text not in seen:
                break
        else:
            continue
        seen.add(text)
        records.append((sender, text, entities, finalize_tags(text, entities, tags, scene, decoy)))
    for sender, scene, text in STATIC_NEGATIVES:
        assert not SLOT_RE.search(text)
        if text in seen:
            continue
        seen.add(text)
        records.append((sender, text, [], finalize_tags(text, [], set(), scene, False)))
    rng.shuffle(records)
    out = []
    for i, (sender, text, entities, tags) in enumerate(records, 1):
        out.append({"id": f"pii-{i:05d}", "sender": sender, "text": text,
                    "entities": sorted(entities, key=lambda e: e["start"]), "tags": tags})
    return out


# ---------------------------------------------------------------------------
# Self-check
# ---------------------------------------------------------------------------

ADDR_END = tuple("号栋幢座单元室楼层0123456789")


def check_entity(text, e):
    span = text[e["start"]:e["end"]]
    t = e["type"]
    assert span and span == span.strip() and span[0] not in ZERO_WIDTH and span[-1] not in ZERO_WIDTH, repr(span)
    if t == "CN_PHONE":
        d = norm_digits(span)
        if len(d) > 11 and re.match(r"[(（]?[+＋]?(?:00)?86", span):  # a country prefix in the span
            d = d[-11:]
        return is_valid_mobile(d) or (not d.startswith("1") and is_valid_landline(span))
    if t == "CN_BANK_CARD":
        return is_valid_card(norm_digits(span))
    if t == "CN_ID_CARD":
        d = norm_digits(span)
        return is_valid_id18(d) or is_valid_id15(d)
    if t == "CN_ADDRESS":
        return (span.endswith(ADDR_END) and "\n" not in span and not re.search(r"\d{6,}", span)
                and not span.endswith(("收", "谢谢", "附近")))
    return False


def scan_outside(text, entities):
    """Find valid-looking PII in the parts of text that are NOT labelled. Returns list of problems."""
    chars = list(text)
    for e in entities:
        for i in range(e["start"], e["end"]):
            chars[i] = "□"
    rest = "".join(chars)
    problems = []
    plain = "".join(FW_DIGITS.get(c, CIRCLED.get(c, c)) for c in rest if c not in ZERO_WIDTH)
    for m in re.finditer(r"\d+[Xx]?", plain):
        d = m.group().upper()
        if is_valid_mobile(d) or is_valid_card(d) or is_valid_id18(d, require_area=False, year_range=(1900, 2030)) \
                or (len(d) == 15 and is_valid_id15(d)) or (d.isdigit() and 16 <= len(d) <= 19 and d.startswith("62") and luhn_ok(d)):
            problems.append(d)
    for m in re.finditer(r"(?<!\d)1\d{2}[ \-]\d{4}[ \-]\d{4}(?!\d)", plain):
        if is_valid_mobile(re.sub(r"\D", "", m.group())):
            problems.append(m.group())
    for m in re.finditer(r"(?<![\d])[(（]?0\d{2,3}[)）]?[ \-]?\d{3,4}[ \-]?\d{4}(?!\d)", plain):
        if is_valid_landline(m.group()):
            problems.append(m.group())
    cn_runs = re.findall("[" + "".join(CN_TO_DIGIT) + "]{7,}", rest)
    problems += cn_runs
    return problems


def self_check(records):
    ids = set()
    texts = set()
    type_counts = collections.Counter()
    tag_counts = collections.Counter()
    sender_counts = collections.Counter()
    hard = 0
    for r in records:
        assert set(r) == {"id", "sender", "text", "entities", "tags"}, r
        assert r["id"] not in ids
        ids.add(r["id"])
        assert r["text"] not in texts, r["text"]
        texts.add(r["text"])
        assert r["sender"] in ("buyer", "agent")
        text = r["text"]
        prev_end = -1
        for e in sorted(r["entities"], key=lambda e: e["start"]):
            assert 0 <= e["start"] < e["end"] <= len(text), (r["id"], e)
            assert e["start"] >= prev_end, f"overlap in {r['id']}"
            prev_end = e["end"]
            assert check_entity(text, e), (r["id"], e, text[e["start"]:e["end"]])
            type_counts[e["type"]] += 1
        problems = scan_outside(text, r["entities"])
        assert not problems, (r["id"], text, problems)
        if not r["entities"]:
            assert "hard_negative" in r["tags"]
            hard += 1
        else:
            assert "hard_negative" not in r["tags"]
        tag_counts.update(r["tags"])
        sender_counts[r["sender"]] += 1
    n = len(records)
    print(f"lines: {n}")
    print(f"senders: {dict(sender_counts)}")
    print("entities per type:")
    for k, v in sorted(type_counts.items()):
        print(f"  {k:14s} {v}")
    print(f"  {'total':14s} {sum(type_counts.values())}")
    print("tags:")
    for k, v in sorted(tag_counts.items(), key=lambda kv: (kv[0].split(':')[0], -kv[1], kv[0])):
        print(f"  {k:36s} {v}")
    share = hard / n
    print(f"hard negatives: {hard}/{n} = {share:.1%}")
    assert n >= 1700, n
    assert share >= 0.40, share
    return type_counts, tag_counts, hard


def template_count():
    return len(TEMPLATES) + len(STATIC_NEGATIVES)


def main():
    if "--check" in sys.argv:
        with open(OUT_PATH, encoding="utf-8") as f:
            records = [json.loads(line) for line in f]
        self_check(records)
        return
    records = generate()
    with open(OUT_PATH, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    n_pos = sum(1 for t in TEMPLATES if set(SLOT_RE.findall(t[2])) & ENTITY_SLOTS)
    print(f"templates: {template_count()} ({n_pos} with entity slots, "
          f"{len(TEMPLATES) - n_pos} slotted hard negatives, {len(STATIC_NEGATIVES)} fixed hard negatives)")
    print(f"wrote {OUT_PATH}")
    # re-read what was written and check it
    with open(OUT_PATH, encoding="utf-8") as f:
        self_check([json.loads(line) for line in f])


if __name__ == "__main__":
    main()
