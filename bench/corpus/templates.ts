// Article templates in the register of Chinese local official news: an inspection tour, a
// standing meeting of the city government, a leaders-attend ceremony, a meeting with a visiting
// company. Each writes its sentences and the relations they assert as it goes.
import type { AppearanceRole } from '../../vocab/roles.ts';
import type { GazetteerPlace } from './gazetteer.ts';
import { ArticleBuilder, THIS_ARTICLE, type PageBuilder, type Part } from './page-builder.ts';
import type { Rng } from './prng.ts';
import type { CityWorld, Official } from './world.ts';

const TOPICS = [
  { short: '乡村振兴工作', long: '巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作' },
  { short: '安全生产工作', long: '安全生产和消防安全工作' },
  { short: '重点项目建设', long: '重点项目建设和招商引资工作' },
  { short: '生态环境保护工作', long: '生态环境保护和污染防治攻坚工作' },
  { short: '防汛工作', long: '防汛备汛和水利工程建设工作' },
  { short: '秋粮收购工作', long: '秋粮收购和粮食安全工作' },
  { short: '城市更新工作', long: '城市更新和老旧小区改造工作' },
  { short: '民生实事办理', long: '年度民生实事办理情况' },
];
const SITES = ['产业园区', '现代农业示范园', '物流园', '中心学校', '人民医院', '污水处理厂', '便民服务中心', '高标准农田'];
const SLOGANS = [
  '坚持问题导向，压实工作责任，确保各项任务落地见效',
  '紧盯短板弱项，强化要素保障，推动工作提质增效',
  '统筹发展和安全，守牢底线，全力以赴抓落实',
];
const PROJECTS = ['重大项目', '重点民生项目', '先进制造业项目', '城乡基础设施项目'];

export interface Context {
  readonly page: PageBuilder;
  readonly world: CityWorld;
  readonly rng: Rng;
  /** Day of the corpus, for who is in office. */
  readonly day: number;
  /** ISO date of the issue and of the events it reports (the day before). */
  readonly issueDate: string;
  readonly eventDate: string;
  readonly cityId: string;
  readonly bodyIds: Record<'party' | 'government' | 'congress', string>;
  district(d: GazetteerPlace): string;
}

function dateline(c: Context): string {
  const [, m, d] = c.eventDate.split('-');
  return `${Number(m)}月${Number(d)}日，`;
}

/** `k` officials in office with different names; the first from the top `topRanks`. */
function leaders(c: Context, k: number, topRanks: number): Official[] {
  const all = c.world.leaders(c.day);
  const first = c.rng.pick(all.slice(0, topRanks));
  const rest = c.rng.sample(all.filter((o) => o.name !== first.name), k - 1);
  const seen = new Set([first.name]);
  return [first, ...rest.filter((o) => !seen.has(o.name) && seen.add(o.name))];
}

function person(c: Context, name: string): { ref: string; surface: string } {
  return { ref: c.page.person(name, c.world.city.name), surface: name };
}

function holds(c: Context, a: ArticleBuilder, sentence: number, o: Official): void {
  a.relate('HOLDS_POSITION', c.page.person(o.name, c.world.city.name), c.bodyIds[o.post.body], sentence, {
    title: o.post.title, firstSeen: c.eventDate, lastSeen: c.eventDate,
  });
}

function appeared(c: Context, a: ArticleBuilder, sentence: number, o: { name: string }, event: string, role: AppearanceRole): void {
  a.relate('APPEARED_AT', c.page.person(o.name, c.world.city.name), event, sentence, { role });
}

/** `本报讯(记者X)` and its REPORTED relation: every template opens with it. */
function byline(c: Context, a: ArticleBuilder, rest: readonly Part[]): number {
  const reporter = c.rng.pick(c.world.reporters);
  const s = a.sentence(['本报讯(记者', person(c, reporter), ')', dateline(c), ...rest]);
  a.relate('REPORTED', c.page.person(reporter, c.world.city.name), THIS_ARTICLE, s, { role: 'reporter' });
  return s;
}

/** A list like 甲、乙、丙 with every name a mention. */
function names(c: Context, officials: readonly Official[], withTitles: boolean): Part[] {
  return officials.flatMap((o, i) => [...(i > 0 ? ['、'] : []), ...(withTitles ? [o.post.title] : []), person(c, o.name)]);
}

export function inspection(c: Context): ArticleBuilder {
  const [lead, ...company] = leaders(c, 3, 2);
  if (!lead) throw new Error('bench/corpus: a city without officials');
  const d = c.rng.pick(c.world.city.districts);
  const topic = c.rng.pick(TOPICS);
  const a = new ArticleBuilder(c.issueDate, c.world.newspaper);
  const place = { ref: c.district(d), surface: d.name };
  const event = c.page.event(`${lead.name}到${d.name}调研${topic.short}`, c.eventDate, c.world.city.name, 'inspection');
  a.title([person(c, lead.name), '到', place, '调研', topic.short]);
  const s0 = byline(c, a, [lead.post.title, person(c, lead.name), '到', place, '调研督导', topic.long, '。']);
  holds(c, a, s0, lead);
  appeared(c, a, s0, lead, event, 'inspected');
  a.relate('HELD_IN', event, place.ref, s0);
  const [site1, site2] = c.rng.sample(SITES, 2);
  a.sentence([person(c, lead.name), `先后来到${d.name}${site1}、${site2}，实地察看项目进展，听取工作汇报。`]);
  a.paragraph();
  a.sentence([person(c, lead.name), `强调，要${c.rng.pick(SLOGANS)}。`]);
  if (company.length > 0) {
    a.paragraph();
    const s = a.sentence([...names(c, company, true), '陪同调研。']);
    for (const o of company) {
      holds(c, a, s, o);
      appeared(c, a, s, o, event, 'attended');
    }
  }
  return a;
}

export function standingMeeting(c: Context): ArticleBuilder {
  const all = c.world.leaders(c.day);
  const mayor = all.find((o) => o.post.title === '市长');
  if (!mayor) throw new Error('bench/corpus: a city without a mayor');
  const deputies = c.rng.sample(all.filter((o) => o.post.body === 'government' && o.name !== mayor.name), 2);
  const number = Math.floor(c.day / 7) % 52 + 1;
  const topic = c.rng.pick(TOPICS);
  const a = new ArticleBuilder(c.issueDate, c.world.newspaper);
  const gov = { ref: c.bodyIds.government, surface: c.world.bodies.government.short };
  const event = c.page.event(`${c.world.bodies.government.name}第${number}次常务会议`, c.eventDate, c.world.city.name, 'meeting');
  a.title([gov, `召开第${number}次常务会议`]);
  const s0 = byline(c, a, ['市长', person(c, mayor.name), '主持召开', gov, `第${number}次常务会议，研究部署${topic.long}。`]);
  holds(c, a, s0, mayor);
  appeared(c, a, s0, mayor, event, 'presided');
  a.relate('ORGANIZED_BY', event, gov.ref, s0);
  a.relate('HELD_IN', event, c.cityId, s0);
  if (deputies.length > 0) {
    const s = a.sentence([...names(c, deputies, true), '出席会议。']);
    for (const o of deputies) {
      holds(c, a, s, o);
      appeared(c, a, s, o, event, 'attended');
    }
  }
  a.paragraph();
  a.sentence([`会议强调，要${c.rng.pick(SLOGANS)}。`]);
  return a;
}

export function ceremony(c: Context): ArticleBuilder {
  const guests = leaders(c, 3, 3);
  const d = c.rng.pick(c.world.city.districts);
  const project = c.rng.pick(PROJECTS);
  const city = c.world.city.name;
  const a = new ArticleBuilder(c.issueDate, c.world.newspaper);
  const place = { ref: c.district(d), surface: d.name };
  const cityPart = { ref: c.cityId, surface: city };
  const event = c.page.event(`${city}${project}集中开工仪式`, c.eventDate, city, 'ceremony');
  a.title([cityPart, `${project}集中开工`]);
  const s0 = byline(c, a, [cityPart, `${project}集中开工仪式在`, place, '举行。']);
  a.relate('HELD_IN', event, place.ref, s0);
  const s1 = a.sentence(['市领导', ...names(c, guests, false), '出席。']);
  const [first, second] = guests;
  const s2 = first ? a.sentence([first.post.title, person(c, first.name), '宣布项目开工。']) : -1;
  const s3 = second ? a.sentence([second.post.title, person(c, second.name), '致辞。']) : -1;
  guests.forEach((o, i) => {
    const role: AppearanceRole = i === 0 ? 'presided' : i === 1 ? 'spoke' : 'attended';
    appeared(c, a, i === 0 ? s2 : i === 1 ? s3 : s1, o, event, role);
    if (i < 2) holds(c, a, i === 0 ? s2 : s3, o);
  });
  return a;
}

export function talks(c: Context): ArticleBuilder {
  const [host, aide] = leaders(c, 2, 2);
  if (!host) throw new Error('bench/corpus: a city without officials');
  const { company, chairman } = c.world.visitor(c.rng);
  const city = c.world.city.name;
  const companyId = c.page.organization(company, city, 'company', c.cityId);
  const topic = c.rng.pick(TOPICS);
  const a = new ArticleBuilder(c.issueDate, c.world.newspaper);
  const event = c.page.event(`${host.name}会见${company}董事长${chairman}`, c.eventDate, city, 'talks');
  a.title([person(c, host.name), '会见', { ref: companyId, surface: company }, '董事长', person(c, chairman), '一行']);
  const s0 = byline(c, a, [host.post.title, person(c, host.name), '会见了', { ref: companyId, surface: company }, '董事长',
    person(c, chairman), `一行，双方就${topic.short}进行了深入交流。`]);
  holds(c, a, s0, host);
  appeared(c, a, s0, host, event, 'met');
  appeared(c, a, s0, { name: chairman }, event, 'met');
  a.relate('HOLDS_POSITION', c.page.person(chairman, city), companyId, s0, {
    title: '董事长', firstSeen: c.eventDate, lastSeen: c.eventDate,
  });
  a.relate('HELD_IN', event, c.cityId, s0);
  if (aide) {
    const s = a.sentence([aide.post.title, person(c, aide.name), '参加会见。']);
    holds(c, a, s, aide);
    appeared(c, a, s, aide, event, 'attended');
  }
  return a;
}

/** Weighted as in a real city paper: inspections and meetings most, talks least. */
export const TEMPLATES: readonly { readonly weight: number; readonly write: (c: Context) => ArticleBuilder }[] = [
  { weight: 4, write: inspection },
  { weight: 3, write: standingMeeting },
  { weight: 2, write: ceremony },
  { weight: 1, write: talks },
];
