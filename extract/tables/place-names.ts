// How Chinese place names are written: the short forms of divisions (周口 for 周口市, 广西 for
// 广西壮族自治区), the short forms and full names that are ordinary words first (和平, 城区),
// which full names a recognizer may take on sight, and where in running text a name can start
// and end. Pure functions over names; gazetteer.ts applies them to the index,
// scripts/build-gazetteer.ts to its word list, recognize/ to sentences.
import type { PlaceLevel } from '../../vocab/roles.ts';

/**
 * How a recognizer may take a full name it meets in text:
 * `free` anywhere; `anchored` only right after a boundary (a punctuation mark, 在, 和) or an
 * enclosing place, because the name is one character plus a suffix (滑县, 和县, 张村);
 * `chained` only right after an enclosing place, because the name is an ordinary phrase first
 * (城区, 小城镇, 新农村, 和谐社区); `never` for units that are bodies rather than places
 * (开发区, 农场) or placeholders.
 */
export type MentionRule = 'free' | 'anchored' | 'chained' | 'never';

/** The 55 minority nationalities, as autonomous areas name them (广西壮族自治区). */
const ETHNIC_GROUPS = (
  '蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 ' +
  '柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 ' +
  '塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺'
).split(' ');

const ETHNIC_ENDING = new RegExp(
  `(?:(?:${ETHNIC_GROUPS.join('|')})族|${ETHNIC_GROUPS.filter((g) => g.length >= 2).join('|')})$`, 'u');

// Short forms that are ordinary words first (和平 "peace", 新兴 "emerging", 比如 "for example"):
// a reader does not take them for the place, so they are never matched on their own.
const ORDINARY_SHORT_FORMS = new Set((
  '二七 上街 鼓楼 钟楼 老城 新城 东城 西城 南城 北城 城中 城东 城西 城南 城北 城关 市中 市南 市北 新市 新华 解放 ' +
  '山城 湖滨 红旗 民权 台前 商城 博爱 和平 朝阳 向阳 前进 友好 团结 工农 胜利 复兴 港口 公安 比如 同心 方正 富裕 ' +
  '新兴 兴业 乐业 安居 会同 东至 天长 光泽 大关 威信 安宁 弥勒 河口 祥云 宏伟 东方 白银 白云 青山 海港 开发 高新 ' +
  '滨海 南岸 长寿 密云 来宾 安康 阿里 中原 江南 江北 河东 河西 建设 平安 永安 长安 太平 新安 大安 宝山 金山 南山 ' +
  '北山 东山 西山 中山区 普陀 文化 东风 红星 先锋 光明 新村 新民 新生 兴隆 和顺 仁和 大同区 天元 天心 雨花 金水 ' +
  '双桥 石景山区 尼玛 玉树 铁西 铁东 站前 立新 新立 向前 临江 江城 龙城 鹤城 古城 新区 城区 矿区 郊区 景洪 ' +
  '嘉禾 元宝 宝塔 大观 汇川 红花岗 白山 龙湖 海陵 海州 开平 恩平 高明 长宁 定远 普安 安福 吉利 永和 平和 和政 康乐 ' +
  '合作 共和 团风 利民 民和 乐都 美兰 龙华 兴宁 宁化 泰和 永胜 新化 大通 通道 凤凰 大方 正安 安定 长春区 南海 北海 ' +
  '资源 运河 平定 长子 振兴 友谊 万年 南部 中方 延长 互助 清水 温泉 武功 前锋 莲花 芙蓉 洞口 大名 三元 二道 丰满 ' +
  '无为 永新 名山 石棉 高台 石门 五峰 城阳 长乐 和田 东兴 新民 开放 平山 江山'
).split(' '));

// Full names that are ordinary phrases too (城区 "urban area", 城中村 "urban village",
// 和谐社区 "harmonious community"): taken only right after the place that holds them.
const ORDINARY_FULL_NAMES = new Set((
  '城区 郊区 矿区 东区 西区 南区 北区 中区 新城区 老城区 市中区 新市区 古镇 小镇 新镇 小城镇 城镇 街道 中心镇 重点镇 ' +
  '新农村 城中村 中心村 行政村 自然村 贫困村 示范村 重点村 文明村 先进村 美丽村 新村 和谐社区 文明社区 平安社区 ' +
  '智慧社区 示范社区 幸福社区 新型社区 农村社区 城市社区 老旧社区 星级社区 绿色社区 模范社区 中心社区'
).split(' '));

const SUFFIX_BY_LEVEL: Record<string, RegExp> = {
  province: /(省|市|自治区|特别行政区)$/u,
  city: /(市|地区|盟|自治州)$/u,
  county: /(自治县|自治旗|新区|矿区|林区|特区|县|区|市|旗)$/u,
};
const ADMIN_SUFFIX = /(自治区|特别行政区|自治州|自治县|自治旗|省|市|地区|盟|县|区|旗|镇|乡|街道|苏木|村|社区|嘎查)$/u;

/** The short form of a province, city or county name, or null when it has none worth using. */
export function shortFormOf(name: string, level: PlaceLevel): string | null {
  const suffix = SUFFIX_BY_LEVEL[level];
  if (!suffix) return null;
  let base = name.replace(suffix, '');
  if (base === name) return null;
  // 广西壮族 → 广西, 双江拉祜族佤族布朗族傣族 → 双江, 新疆维吾尔 → 新疆, but 鄂温克族 stays whole.
  for (let m = ETHNIC_ENDING.exec(base); m && base.length - m[0].length >= 2; m = ETHNIC_ENDING.exec(base)) {
    base = base.slice(0, -m[0].length);
  }
  if (base.length < 2 || base.endsWith('族') || ORDINARY_SHORT_FORMS.has(base) || ORDINARY_SHORT_FORMS.has(name)) return null;
  return base;
}

/** How many characters a name has before its administrative suffix (临蔡 in 临蔡镇). */
export function baseLength(name: string): number {
  return name.replace(ADMIN_SUFFIX, '').length;
}

/**
 * The mention rule of a division by level and name. `listed` is false for units the index keeps
 * only to hang others from (functional zones such as 郑州经济技术开发区, farms, 市辖区).
 */
export function mentionRuleOf(level: PlaceLevel, name: string, listed = true): MentionRule {
  const base = baseLength(name);
  if (!listed || base === 0) return 'never';
  if (ORDINARY_FULL_NAMES.has(name)) return 'chained';
  if (level !== 'province' && level !== 'city' && base < 2) return 'anchored';
  return 'free';
}

// 市场 "market", 市民 "citizens", 市区 "urban area", 乡村 "countryside", 区域 "region": the suffix
// character begins the next word, so 郑州市场 is 郑州 + 市场, not 郑州市 + 场.
export const SUFFIX_STARTS_WORD: Readonly<Record<string, string>> = {
  市: '场民区县直属级情貌容值政长',
  乡: '村镇亲愁土情贤音里下间野风',
  区: '域',
  县: '域级城乡',
  镇: '村',
};

/** True when the name ending at `end` ends with a character that begins the next word there (郑州市|场). */
export function suffixStartsWord(text: string, end: number): boolean {
  const next = text[end];
  return next !== undefined && (SUFFIX_STARTS_WORD[text[end - 1] ?? '']?.includes(next) ?? false);
}

/** Characters after which a name may start even when it is also an ordinary word (在, 和, 、). */
export const BOUNDARY_CHARS: ReadonlySet<string> = new Set('在于从到至赴经沿和与及同跟对向往自由是为的了过入进出去来回抵离达临靠近即或、以将把被等其'.split(''));

const CJK = /[\u3400-\u9fff]/u;

/** True when a name may start at `index`: at the start, after a non-Chinese character, or after a BOUNDARY_CHARS one. */
export function startsAtBoundary(text: string, index: number): boolean {
  const before = text[index - 1];
  return before === undefined || !CJK.test(before) || BOUNDARY_CHARS.has(before);
}

/** True for a Chinese character that can be part of a name (not a boundary character). */
export function isNameChar(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch) && !BOUNDARY_CHARS.has(ch);
}
