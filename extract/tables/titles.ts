// Positions and the words around names: the title lexicon (书记, 副市长, 主任, 记者, …), the
// words that make a byline, the verbs and honorifics that follow a name, and the familiar forms
// (老张, 张老, 刘师傅) that refer to a person without naming them. Lists only; the grammar that
// uses them is in recognize/titles.ts and recognize/persons.ts.

/**
 * Heads of official and professional positions: the word a title ends with. 副 and 常务副 in
 * front are handled by the grammar, so 副市长 need not be listed (it is anyway, for speed).
 */
const HEADS = [
  // party and state
  '书记', '副书记', '第一书记', '总书记', '常委', '委员', '候补委员', '主任', '副主任', '主席', '副主席', '秘书长', '副秘书长',
  '省长', '副省长', '市长', '副市长', '区长', '副区长', '县长', '副县长', '州长', '镇长', '副镇长', '乡长', '副乡长', '村长',
  '局长', '副局长', '厅长', '副厅长', '部长', '副部长', '处长', '副处长', '科长', '副科长', '司长', '副司长', '署长', '关长',
  '所长', '站长', '队长', '组长', '副组长', '主委', '政委', '司令员', '参谋长', '总理', '副总理', '国务委员', '总统', '副总统',
  '首相', '外长', '外交部长', '议长', '大使', '总领事', '领事', '检察长', '庭长', '审判长', '代表', '人大代表', '政协委员',
  '军长', '副军长', '师长', '旅长', '团长', '营长', '连长', '排长', '司令', '司令员', '副司令员', '舰长', '船长', '机长',
  '巡视员', '副巡视员', '调研员', '主任科员', '党组书记', '党组成员', '党委书记', '纪委书记', '党工委书记', '指挥长', '总指挥',
  '负责人', '主要负责人', '区委书记', '县委书记', '市委书记', '省委书记', '主任委员', '理事长', '副理事长', '会长', '副会长',
  '常务副市长', '常务副县长', '常务副区长', '常务副省长', '市委常委', '县委常委', '区委常委', '省委常委', '国家主席',
  // institutions and companies
  '院长', '副院长', '校长', '副校长', '馆长', '行长', '副行长', '社长', '台长', '总编辑', '主编', '董事长', '副董事长', '董事',
  '总经理', '副总经理', '经理', '总裁', '副总裁', '总监', '监事', '监事长', '监事会主席', '首席执行官', '总工程师', '总会计师',
  // professions the gold counts as titles
  '记者', '见习记者', '通讯员', '特约记者', '首席记者', '摄影记者', '编辑', '教授', '副教授', '研究员', '院士', '工程师',
  '运动员', '教练', '主教练', '教练员', '医生', '主任医师', '教师', '律师', '法官', '检察官', '警官',
] as const;

export const TITLE_HEADS: ReadonlySet<string> = new Set(HEADS);

/** Characters a position word can end with (市长, 局长, 书记, 主任, 委员): a cheap first filter. */
const HEAD_LAST_CHARS = new Set(HEADS.map((h) => h.charAt(h.length - 1)));

/** True when the word is or ends with a title head (市委书记, 宣传部长, 副市长). */
export function endsWithTitle(word: string): boolean {
  if (!HEAD_LAST_CHARS.has(word.charAt(word.length - 1))) return false;
  for (let k = Math.max(0, word.length - 5); k < word.length - 1; k++) if (TITLE_HEADS.has(word.slice(k))) return true;
  return TITLE_HEADS.has(word);
}

/** Titles the text writes after a name, in apposition (习近平总书记, 李振成局长). */
export const TITLES_AFTER_NAME: ReadonlySet<string> = new Set([
  '总书记', '主席', '副主席', '总理', '副总理', '委员长', '书记', '副书记', '市长', '副市长', '省长', '副省长', '县长', '区长',
  '局长', '部长', '主任', '院长', '校长', '教授', '院士', '同志', '总统', '首相', '外长', '大使', '议长', '经理', '总经理',
  '董事长', '总裁', '先生', '女士', '博士', '老师', '将军', '司令', '政委', '队长', '教练', '研究员', '委员',
]);

/** Words before a name in a byline: 记者王艳, 通讯员 张三. */
export const BYLINE_BEFORE: ReadonlySet<string> = new Set(['记者', '本报记者', '见习记者', '通讯员', '特约记者', '摄影', '文', '图', '新华社记者', '特派记者']);
/** Words after a name in a byline: 王艳 摄. */
export const BYLINE_AFTER: ReadonlySet<string> = new Set(['摄', '摄影', '报道', '文', '图', '供图', '整理', '执笔']);

/** Group words that announce a list of officials without being anyone's title (市领导马剑平、秦胜军). */
export const LEADERSHIP_GROUPS: ReadonlySet<string> = new Set([
  '市领导', '县领导', '区领导', '省领导', '领导', '中央领导', '党和国家领导人', '国家领导人', '省市领导', '市县领导', '负责同志',
]);

/** Verbs that follow a name and say what the person did or said: 张建慧强调, 吉建军主持. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  '说', '表示', '指出', '强调', '要求', '认为', '介绍', '主持', '出席', '参加', '会见', '会谈', '讲话', '致辞', '发言', '通报',
  '调研', '视察', '考察', '检查', '督导', '走访', '看望', '慰问', '陪同', '宣布', '希望', '称', '告诉', '透露', '回忆', '说道',
  '一行', '等', '等人', '率领', '率', '带领', '批示', '签署', '致信', '致电', '会晤', '接见', '听取', '提出', '坦言', '说明',
  '主持召开', '出席会议', '参加会议', '同志', '答', '问', '笑', '想', '觉得', '发现', '决定', '承认', '呼吁', '警告', '解释',
]);

/** Honorifics and kinship words after a name that mark it as a person's: 张三先生, 李四女士, 王五同志. */
export const PERSON_HONORIFICS: ReadonlySet<string> = new Set([
  '先生', '女士', '同志', '小姐', '夫人', '博士', '教授', '院士', '老师', '大夫', '师傅', '将军', '阁下',
]);

/** Words before a surname that make a familiar reference: 老张, 小李, 大刘. */
export const FAMILIAR_PREFIXES: ReadonlySet<string> = new Set(['老', '小', '大', '阿']);
