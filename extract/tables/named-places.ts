// Places the GB/T 2260 division tables lack, listed by hand: countries, foreign cities, world
// regions, and the seas, rivers, lakes, mountains and regions that Chinese news names most.
// gazetteer.ts merges them into one index; nothing here is looked up directly. Each entry is
// `name` or `name|alias|alias` (the first form is the canonical name), separated by spaces;
// a foreign city's group names its country. Keep entries to names a reader takes for a place
// wherever they appear: 中非 and 中欧 (also "China–Africa", "China–Europe") and 汉堡 (also
// "hamburger") stay out.

/** Countries and territories abroad, by their usual Chinese short name, with common long forms. */
export const COUNTRIES = `
美国|美利坚合众国 日本 韩国|大韩民国|南朝鲜 朝鲜|朝鲜民主主义人民共和国 蒙古国|蒙古 俄罗斯|俄罗斯联邦 越南 老挝 柬埔寨
泰国 缅甸 马来西亚 新加坡 印度尼西亚|印尼 菲律宾 文莱 东帝汶 印度 巴基斯坦 孟加拉国|孟加拉 斯里兰卡 尼泊尔 不丹
马尔代夫 阿富汗 伊朗 伊拉克 叙利亚 约旦 黎巴嫩 以色列 巴勒斯坦 沙特阿拉伯|沙特 也门 阿曼 阿联酋|阿拉伯联合酋长国
卡塔尔 巴林 科威特 土耳其 塞浦路斯 格鲁吉亚 亚美尼亚 阿塞拜疆 哈萨克斯坦 吉尔吉斯斯坦 塔吉克斯坦 乌兹别克斯坦
土库曼斯坦 乌克兰 白俄罗斯 摩尔多瓦 波兰 捷克 斯洛伐克 匈牙利 罗马尼亚 保加利亚 塞尔维亚 克罗地亚 斯洛文尼亚
波斯尼亚和黑塞哥维那|波黑 黑山 北马其顿|马其顿 阿尔巴尼亚 希腊 意大利 梵蒂冈 圣马力诺 马耳他 西班牙 葡萄牙 安道尔
法国|法兰西 摩纳哥 比利时 荷兰 卢森堡 德国|德意志联邦共和国 奥地利 瑞士 列支敦士登 英国|大不列颠及北爱尔兰联合王国
爱尔兰 冰岛 挪威 瑞典 芬兰 丹麦 爱沙尼亚 拉脱维亚 立陶宛 苏联 南斯拉夫 捷克斯洛伐克 加拿大 墨西哥 危地马拉 伯利兹
萨尔瓦多 洪都拉斯 尼加拉瓜 哥斯达黎加 巴拿马 古巴 牙买加 海地 多米尼加 多米尼克 巴哈马 巴巴多斯 特立尼达和多巴哥
格林纳达 圣卢西亚 安提瓜和巴布达 哥伦比亚 委内瑞拉 圭亚那 苏里南 厄瓜多尔 秘鲁 巴西 玻利维亚 智利 阿根廷 巴拉圭
乌拉圭 埃及 利比亚 突尼斯 阿尔及利亚 摩洛哥 苏丹 南苏丹 埃塞俄比亚 厄立特里亚 吉布提 索马里 肯尼亚 乌干达 坦桑尼亚
卢旺达 布隆迪 刚果民主共和国|刚果（金）|扎伊尔 刚果|刚果（布） 加蓬 喀麦隆 中非共和国 乍得 尼日尔 尼日利亚 贝宁 多哥
加纳 科特迪瓦 利比里亚 塞拉利昂 几内亚 几内亚比绍 塞内加尔 冈比亚 马里 布基纳法索 毛里塔尼亚 佛得角 赤道几内亚
圣多美和普林西比 安哥拉 赞比亚 津巴布韦 马拉维 莫桑比克 博茨瓦纳 纳米比亚 南非 莱索托 斯威士兰|埃斯瓦蒂尼 马达加斯加
毛里求斯 塞舌尔 科摩罗 澳大利亚 新西兰 巴布亚新几内亚 斐济 萨摩亚 汤加 瓦努阿图 所罗门群岛 基里巴斯 密克罗尼西亚
马绍尔群岛 帕劳 瑙鲁 图瓦卢
`;

/** Foreign cities news names often, grouped by country: `country: city city…`, one country a line. */
export const FOREIGN_CITIES = `
美国: 华盛顿 纽约 洛杉矶 旧金山 芝加哥 波士顿 休斯敦 西雅图 费城 亚特兰大 底特律 夏威夷 檀香山 拉斯维加斯
日本: 东京 大阪 京都 横滨 名古屋 神户 札幌 福冈 广岛 长崎 冲绳
韩国: 首尔|汉城 釜山 仁川 济州岛
朝鲜: 平壤
俄罗斯: 莫斯科 圣彼得堡 符拉迪沃斯托克|海参崴 新西伯利亚 哈巴罗夫斯克|伯力
英国: 伦敦 曼彻斯特 利物浦 爱丁堡 伯明翰
法国: 巴黎 马赛 里昂 戛纳 斯特拉斯堡
德国: 柏林 法兰克福 慕尼黑 波恩 科隆 杜塞尔多夫
意大利: 罗马 米兰 威尼斯 佛罗伦萨 那不勒斯 都灵
西班牙: 马德里 巴塞罗那
葡萄牙: 里斯本
荷兰: 阿姆斯特丹 海牙 鹿特丹
比利时: 布鲁塞尔
瑞士: 日内瓦 苏黎世 达沃斯 洛桑 伯尔尼
奥地利: 维也纳
希腊: 雅典
波兰: 华沙
捷克: 布拉格
匈牙利: 布达佩斯
罗马尼亚: 布加勒斯特
塞尔维亚: 贝尔格莱德
乌克兰: 基辅
白俄罗斯: 明斯克
瑞典: 斯德哥尔摩
挪威: 奥斯陆
芬兰: 赫尔辛基
丹麦: 哥本哈根
爱尔兰: 都柏林
土耳其: 安卡拉 伊斯坦布尔
埃及: 开罗 亚历山大港
以色列: 耶路撒冷 特拉维夫
沙特阿拉伯: 利雅得 麦加 吉达
阿联酋: 迪拜 阿布扎比
卡塔尔: 多哈
伊朗: 德黑兰
伊拉克: 巴格达
叙利亚: 大马士革
约旦: 安曼
黎巴嫩: 贝鲁特
印度: 新德里 孟买 加尔各答 班加罗尔
巴基斯坦: 伊斯兰堡 卡拉奇 拉合尔 瓜达尔港
孟加拉国: 达卡
斯里兰卡: 科伦坡
尼泊尔: 加德满都
阿富汗: 喀布尔
泰国: 曼谷 清迈 普吉岛
越南: 河内 胡志明市
柬埔寨: 金边
老挝: 万象
缅甸: 仰光 内比都
马来西亚: 吉隆坡
印度尼西亚: 雅加达 巴厘岛
菲律宾: 马尼拉
蒙古国: 乌兰巴托
哈萨克斯坦: 阿斯塔纳 阿拉木图
乌兹别克斯坦: 塔什干
吉尔吉斯斯坦: 比什凯克
塔吉克斯坦: 杜尚别
土库曼斯坦: 阿什哈巴德
澳大利亚: 悉尼 墨尔本 堪培拉 布里斯班 珀斯
新西兰: 惠灵顿 奥克兰
加拿大: 渥太华 多伦多 温哥华 蒙特利尔
墨西哥: 墨西哥城
古巴: 哈瓦那
巴西: 巴西利亚 里约热内卢 圣保罗
阿根廷: 布宜诺斯艾利斯
智利: 圣地亚哥
秘鲁: 利马
哥伦比亚: 波哥大
委内瑞拉: 加拉加斯
南非: 约翰内斯堡 开普敦 比勒陀利亚
肯尼亚: 内罗毕
埃塞俄比亚: 亚的斯亚贝巴
尼日利亚: 拉各斯 阿布贾
`;

/** States, provinces and regions within foreign countries, grouped like FOREIGN_CITIES. */
export const FOREIGN_REGIONS = `
美国: 加利福尼亚州|加利福尼亚|加州 得克萨斯州|得克萨斯|得州 佛罗里达州|佛罗里达 阿拉斯加州|阿拉斯加 纽约州 华盛顿州 夏威夷州
英国: 英格兰 苏格兰 威尔士 北爱尔兰|北爱
俄罗斯: 西伯利亚 车臣 远东地区
加拿大: 魁北克 安大略 不列颠哥伦比亚
日本: 北海道 兵库县 大阪府 九州岛
德国: 巴伐利亚
塞尔维亚: 科索沃
巴勒斯坦: 加沙地带|加沙 约旦河西岸
叙利亚: 戈兰高地
印度: 克什米尔
`;

/** Cities of 台湾, 香港 and 澳门, which GB/T 2260 codes only as a whole, grouped like FOREIGN_CITIES. */
export const CHINESE_CITIES_UNCODED = `
台湾省: 台北市|台北 新北市 桃园市 台中市 台南市 高雄市|高雄 基隆市|基隆 新竹市|新竹 嘉义市|嘉义 花莲县|花莲 宜兰县|宜兰 金门县|金门 澎湖县|澎湖
香港特别行政区: 香港岛 九龙 新界
澳门特别行政区: 澳门半岛 氹仔 路环
`;

/** Continents and regions of the world. */
export const WORLD_REGIONS = `
亚洲 欧洲 非洲 美洲 北美洲|北美 南美洲|南美 拉丁美洲|拉美 中美洲 大洋洲 南极洲|南极 北极 中东 远东 东南亚 南亚 西亚
中亚 东亚 东北亚 亚太 欧亚 亚欧 西欧 东欧 北欧 南欧 中东欧 北非 西非 东非 南部非洲 加勒比 巴尔干 海湾地区
`;

/** Seas, straits, rivers, lakes, mountains, plains and islands, at home and abroad. */
export const NATURAL_FEATURES = `
海峡两岸 喀喇昆仑山|喀喇昆仑 朝鲜半岛 巴尔干半岛 阿拉伯半岛 中南半岛 山东半岛 辽东半岛 雷州半岛 撒哈拉沙漠|撒哈拉 亚马孙河|亚马逊河
太平洋 大西洋 印度洋 北冰洋 地中海 加勒比海 波罗的海 黑海 红海 里海 阿拉伯海 日本海 南海 东海 黄海 渤海 台湾海峡
马六甲海峡 英吉利海峡 波斯湾 墨西哥湾 长江|扬子江 黄河 淮河 海河 珠江 辽河 松花江 嫩江 鸭绿江 图们江 雅鲁藏布江
澜沧江 金沙江 岷江 嘉陵江 乌江 汉江|汉水 湘江 赣江 闽江 钱塘江 黄浦江 京杭大运河|大运河 沱江 渭河 汾河 洛河 伊河
沁河 卫河 漳河 淇河 颍河 沙颍河 涡河 汝河 丹江 史河 淠河 湄公河 多瑙河 莱茵河 尼罗河 密西西比河
伏尔加河 恒河 塞纳河 泰晤士河 幼发拉底河 底格里斯河 约旦河 太湖 洞庭湖 鄱阳湖 洪泽湖 青海湖 滇池 洱海 千岛湖 纳木错
丹江口水库 三峡水库 日月潭 贝加尔湖 泰山 华山 衡山 恒山 嵩山 庐山 峨眉山 武当山 五台山 普陀山 九华山 井冈山 太行山
秦岭 大别山 伏牛山 桐柏山 王屋山 云台山 鸡公山 老君山 昆仑山 祁连山 喜马拉雅山|喜马拉雅 珠穆朗玛峰|珠峰 长白山
大兴安岭 小兴安岭 阴山 燕山 武夷山 六盘山 贺兰山 阿尔泰山 吕梁山 大巴山 阿尔卑斯山 富士山 青藏高原 黄土高原 云贵高原
内蒙古高原 华北平原 东北平原 黄淮平原 黄淮海平原 关中平原 成都平原 四川盆地 塔里木盆地 准噶尔盆地 柴达木盆地
塔克拉玛干沙漠 长江三角洲|长三角 珠江三角洲|珠三角 黄河三角洲 长江流域 黄河流域 淮河流域 海南岛 台湾岛 钓鱼岛
南沙群岛 舟山群岛 崇明岛
`;

/** Regions of China named in news; the bare compass words (东北, 西南) only with 地区. */
export const CHINESE_REGIONS = `
华北 华东 华南 华中 东北地区 西北地区 西南地区 中原 江南 岭南 关中 陕北 陕南 苏北 苏南 皖北 皖南 豫东 豫西 豫南
豫北 豫中 京津冀 粤港澳大湾区 中原城市群
`;

/** Landmarks that news treats as places to go to, not as bodies. */
export const LANDMARKS = `
天安门广场|天安门 人民大会堂 中南海 故宫 长城|万里长城 颐和园 少林寺 龙门石窟 白马寺 红旗渠 兵马俑 布达拉宫 莫高窟
`;

/** One hand-listed place: its canonical name, other forms, and what holds it (a country, 台湾省). */
export interface NamedPlaceEntry {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly country: string | null;
}

/** Splits one of the lists above into entries. */
export function parseNamedPlaces(list: string): NamedPlaceEntry[] {
  return list.split(/\s+/u).filter(Boolean).map((item) => {
    const [name = '', ...aliases] = item.split('|');
    return { name, aliases, country: null };
  });
}

/** Splits a grouped list (FOREIGN_CITIES, FOREIGN_REGIONS) into entries that name their country or province. */
export function parseGroupedPlaces(list: string): NamedPlaceEntry[] {
  const entries: NamedPlaceEntry[] = [];
  for (const line of list.split('\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const country = line.slice(0, colon).trim();
    for (const e of parseNamedPlaces(line.slice(colon + 1))) entries.push({ ...e, country });
  }
  return entries;
}
