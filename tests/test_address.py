"""CN_ADDRESS on the forms real addresses take: every example of the issue is found with its
exact span (from the first administrative or place element to the last unit) and masked with no
digit of it left visible; logistics hubs, quantities, landmarks and campus names are not addresses."""
from __future__ import annotations

import pytest

from guard.normalize import normalize


@pytest.mark.parametrize("text,value", [
    # unit numbers: dashes, 栋/单元, a space before 号
    ("地址：建设路7-9-1748", "建设路7-9-1748"),
    ("寄到阳光小区8-2-301", "阳光小区8-2-301"),
    ("阳光小区3栋2单元501", "阳光小区3栋2单元501"),
    ("送到文一西路5 号", "文一西路5 号"),
    # estates without a generic suffix; suffixes that continue
    ("浙江省杭州市余杭区枫丹白露3幢", "浙江省杭州市余杭区枫丹白露3幢"),
    ("地址是云栖5-2-801", "云栖5-2-801"),
    ("苏州工业园区星湖街328号", "苏州工业园区星湖街328号"),
    ("地址：黄河路12号9号楼", "黄河路12号9号楼"),
    ("寄到翡翠湾小区9号楼2单元601", "翡翠湾小区9号楼2单元601"),
    # starting below the county: a street office, a town, a village, a zone, a market
    ("五常街道文一西路969号", "五常街道文一西路969号"),
    ("放塘厦镇李庄村5组30号门口", "塘厦镇李庄村5组30号"),
    ("张江高科技园区碧波路690号", "张江高科技园区碧波路690号"),
    ("义乌国际商贸城3楼B区1120号", "义乌国际商贸城3楼B区1120号"),
    # rural: 村, 组, 队, hamlets and their numbers
    ("石门村2组", "石门村2组"),
    ("河西村张家湾27号", "河西村张家湾27号"),
    ("湖南省长沙县黄兴镇光明村六队", "湖南省长沙县黄兴镇光明村六队"),
    # a business after the house number
    ("文一西路969号阿里巴巴西溪园区", "文一西路969号阿里巴巴西溪园区"),
    ("寄到建设路88号华联超市，谢谢", "建设路88号华联超市"),
    # separators between levels, a typo in a division name
    ("浙江省-杭州市-余杭区-文一西路969号", "浙江省-杭州市-余杭区-文一西路969号"),
    ("浙江省_杭州市_余杭区_文一西路_969号", "浙江省_杭州市_余杭区_文一西路_969号"),
    ("浙江省,杭州市,余杭区,文一西路969号", "浙江省,杭州市,余杭区,文一西路969号"),
    ("浙江省 杭州市 余杭区 文一西路 969号", "浙江省 杭州市 余杭区 文一西路 969号"),
    ("浙江省杭洲市余杭区文一西路969号", "浙江省杭洲市余杭区文一西路969号"),
    ("黑龙江省哈尔宾市 南岗区 果戈里大街 326号", "黑龙江省哈尔宾市 南岗区 果戈里大街 326号"),
    # a lead-in word right before the address is not part of it
    ("亲 我地址写错了 改成中山西路223号吧", "中山西路223号"),
    ("新地址为建设北大街2421号，预计08-01送达哦", "建设北大街2421号"),
])
def test_addresses_are_found_with_their_exact_span_and_masked(guard, found, text, value):
    assert found(guard, text) == [("CN_ADDRESS", value)]
    verdict = guard.inspect({"text": text})
    [finding] = verdict.findings
    masked = verdict.masked_text[finding.start:len(verdict.masked_text) - (len(text) - finding.end)]
    assert not any(c.isdigit() for c in normalize(masked).text)


@pytest.mark.parametrize("text", [
    "包裹到了合肥分拣中心", "已到达杭州转运中心3号口", "武汉集散中心发出", "物流显示到北京分拨中心",
    "这款10件包邮", "买3件送1件", "今天天安门广场举行了升旗仪式", "据报道，杭州市余杭区今天下雨",
    "我在浙江大学读书", "周末去清华大学逛了逛", "北京稻香村的糕点有礼盒吗", "在南京鼓楼医院做手术",
    "请问上海有没有线下门店", "取件码3-5-2763 柜子打不开", "官方客服热线95118打不通", "东西放二单元门口就行",
])
def test_hubs_quantities_landmarks_and_campus_talk_are_not_addresses(guard, text):
    assert guard.inspect({"text": text}).findings == []


@pytest.mark.parametrize("text", ["7-9-1748", "8-2-301", "5-2-801", "12-3-1203"])
def test_unit_numbering_is_not_joined_into_one_number(text):
    assert normalize(f"云栖{text}").text == f"云栖{text}"
