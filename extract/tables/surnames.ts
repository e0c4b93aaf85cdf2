// Chinese surnames: the single-character ones in common use and the compound ones (欧阳, 司马).
// A closed list, because a name without a known surname is rarely a Chinese name; how likely a
// character is to open a name in running text comes from tables/jieba.ts statistics, not from here.

/** Single-character surnames, roughly by frequency in the population (the first hundred cover most people). */
const SINGLE =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤' +
  '常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那鲜印逯隆茹诸战慕危玉银亢嵩帖畅蹇浩揭' +
  '沃尉呼宇郗邴牧荀寿松湛钮粱暴雒闪贲逄郦缑訾尧习';

/** Compound surnames: two characters that together open a name. */
const COMPOUND = [
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '轩辕',
  '令狐', '钟离', '宗政', '濮阳', '端木', '单于', '太史', '申屠', '公羊', '澹台', '公冶', '呼延', '赫连', '万俟',
  '闻人', '南宫', '西门', '司空', '百里', '东郭', '左丘', '谷梁', '拓跋', '独孤', '第五', '乐正', '仲孙', '叔孙',
] as const;

/**
 * Japanese family names of two characters, written in Chinese characters and followed by a
 * given name of one to three (桥本龙太郎, 武村正义, 冈田武史).
 */
const JAPANESE = (
  '桥本 小渊 村山 细川 羽田 安倍 福田 麻生 鸠山 野田 中曾根 竹下 宫泽 海部 武村 东条 冈田 田中 山本 铃木 佐藤 高桥 渡边 ' +
  '伊藤 中村 小林 加藤 吉田 山田 松本 井上 木村 清水 山口 池田 谷口 久间 小泉 石原 河野 村上 中岛 前田 藤田 后藤 冈本 ' +
  '松田 中川 中野 原田 小川 石井 上田 森田 小野 酒井 工藤 内田 横山 宫崎 大野 片山 三浦 藤井 西村 太田 高木 安田 坂本 ' +
  '岩崎 丰田 本田 松下 盛田 稻盛 大江 川端 黑泽 宫本 野村 柳井 菅原 二阶 岸田 石破 茂木 河野 小沢 菅直 管野 森喜'
).split(' ');

export const SINGLE_SURNAMES: ReadonlySet<string> = new Set(SINGLE);
export const COMPOUND_SURNAMES: ReadonlySet<string> = new Set(COMPOUND);
/** Japanese family names (see JAPANESE); their given names run to three characters. */
export const JAPANESE_SURNAMES: ReadonlySet<string> = new Set(JAPANESE.filter((n) => n.length === 2));

/**
 * Surnames that are also everyday function words or very common morphemes. A name opening with
 * one needs more evidence than a name opening with 张 or 王: 于是, 向前, 和平, 高兴, 万元, 成为.
 */
export const AMBIGUOUS_SURNAMES: ReadonlySet<string> = new Set(
  '于向和万高常时从成文方任应安明江石金白东南上下都花全平国来强海云原初门相容' +
  '解党关连管华宁商水山甘牛马龙鲁乐师满计支宣井包米车边单晋齐党区位庞易伍',
);

/** Length of the surname that opens text at i (2 for 欧阳, 1 for 张), or 0. */
export function surnameLengthAt(text: string, i: number): 0 | 1 | 2 {
  if (i + 1 < text.length && COMPOUND_SURNAMES.has(text.slice(i, i + 2))) return 2;
  return SINGLE_SURNAMES.has(text.charAt(i)) ? 1 : 0;
}
