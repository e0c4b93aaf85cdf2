// Lexicon of events as Chinese official news writes them: the words a named occurrence ends
// with and the kind each gives, the words that open a name, and the verbs of taking part.
import type { AppearanceRole, EventKind } from '../../vocab/roles.ts';

/** Heads of event names, longest first where one ends another (常务会议 before 会议). */
export const EVENT_HEADS: readonly (readonly [string, EventKind])[] = [
  ['常务会议', 'meeting'], ['全体会议', 'meeting'], ['联席会议', 'meeting'], ['工作会议', 'meeting'],
  ['扩大会议', 'meeting'], ['专题会议', 'meeting'], ['会议', 'meeting'], ['全会', 'meeting'], ['大会', 'meeting'],
  ['推进会', 'meeting'], ['座谈会', 'meeting'], ['研讨会', 'meeting'], ['研讨班', 'meeting'], ['调度会', 'meeting'],
  ['动员会', 'meeting'], ['部署会', 'meeting'], ['现场会', 'meeting'], ['观摩会', 'meeting'], ['汇报会', 'meeting'],
  ['报告会', 'meeting'], ['交流会', 'meeting'], ['对接会', 'meeting'], ['恳谈会', 'meeting'], ['见面会', 'meeting'],
  ['协调会', 'meeting'], ['分析会', 'meeting'], ['推介会', 'meeting'], ['洽谈会', 'meeting'], ['发布会', 'meeting'],
  ['培训班', 'meeting'], ['学习会', 'meeting'], ['党代会', 'meeting'], ['论坛', 'meeting'],
  ['峰会', 'meeting'], ['年会', 'meeting'], ['听证会', 'meeting'], ['评审会', 'meeting'], ['总结会', 'meeting'],
  ['表彰会', 'ceremony'], ['签约仪式', 'ceremony'], ['授牌仪式', 'ceremony'], ['揭牌仪式', 'ceremony'],
  ['开工仪式', 'ceremony'], ['仪式', 'ceremony'], ['典礼', 'ceremony'], ['开幕式', 'ceremony'], ['闭幕式', 'ceremony'],
  ['颁奖礼', 'ceremony'], ['升旗仪式', 'ceremony'],
  ['运动会', 'other'], ['残运会', 'other'], ['博览会', 'other'], ['展览会', 'other'], ['交易会', 'other'],
  ['马拉松', 'other'], ['文化节', 'other'], ['艺术节', 'other'], ['旅游节', 'other'], ['锦标赛', 'other'],
  ['联赛', 'other'], ['大赛', 'other'], ['比赛', 'other'], ['竞赛', 'other'], ['展销会', 'other'],
];

/** Names that only point back to an event named earlier in the article. */
export const EVENT_ANAPHORS: readonly string[] = [
  '此次会议', '本次会议', '这次会议', '该会议', '会议', '全会', '大会', '会上', '本次大会', '此次大会',
];

/**
 * Words that end the text before an event name: the verb or preposition that introduces it.
 * Scanning leftwards from the head, a name stops where one of these ends.
 */
export const EVENT_NAME_STOPS: readonly string[] = [
  '主持召开', '组织召开', '召开', '主持', '出席', '参加', '列席', '举行', '举办', '承办', '主办', '筹备',
  '在', '向', '于', '到', '赴', '是', '为', '和', '与', '及', '对', '就', '了', '给', '将', '即', '由', '从',
  '落实', '贯彻', '传达', '学习', '精神', '上', '以', '把', '按照', '根据', '围绕', '作为', '通过', '认真',
  '抓好', '做好', '开好', '安排', '组织', '服务', '保障', '这是', '成为',
];

/** Characters that can stand inside an event name (besides CJK): numbers, quotes, brackets, +. */
export const EVENT_NAME_EXTRA = /[0-9０-９A-Za-z“”"'‘’()（）+·\-—]/u;

/** Verbs of taking part, longest first, with the role each gives (GOLD-FORMAT.md). */
export const ROLE_VERBS: readonly (readonly [string, AppearanceRole])[] = [
  ['主持召开', 'presided'], ['主持会议', 'presided'], ['主持', 'presided'],
  ['出席会议并讲话', 'spoke'], ['出席并讲话', 'spoke'], ['作讲话', 'spoke'], ['发表讲话', 'spoke'], ['讲话', 'spoke'],
  ['致辞', 'spoke'], ['致词', 'spoke'], ['作说明', 'spoke'], ['作了说明', 'spoke'], ['作报告', 'spoke'],
  ['作工作报告', 'spoke'], ['通报', 'spoke'], ['点评', 'spoke'], ['作总结讲话', 'spoke'], ['发言', 'spoke'], ['作总结', 'spoke'], ['宣读', 'spoke'],
  ['调研督导', 'inspected'], ['调研', 'inspected'], ['督导', 'inspected'], ['视察', 'inspected'],
  ['检查', 'inspected'], ['走访', 'inspected'], ['考察', 'inspected'], ['察看', 'inspected'], ['慰问', 'inspected'],
  ['会见', 'met'], ['会谈', 'met'], ['接见', 'met'], ['接访', 'met'], ['座谈', 'met'], ['专访', 'spoke'], ['采访', 'spoke'],
  ['出席', 'attended'], ['参加', 'attended'], ['参会', 'attended'], ['列席', 'attended'], ['陪同', 'attended'],
  ['致信', 'other'], ['致贺信', 'other'], ['发来贺信', 'other'], ['作出批示', 'other'], ['作出指示', 'other'],
];
