// Bylines: who a report credits and for what. Reads the byline forms of Chinese papers:
// 记者王艳, 记者 孙小蕊 通讯员 苗黎明, 本报记者 胡晨, □人民日报记者 毕京津 赵翰青, 见习记者 谢娜娜,
// 记者沈湛摄, 记者 张光辉 通讯员 张俊翌 郑雅静 摄, □记者 张猛 文/图, 寇旭静 摄, and bare credits
// at the end of a brief, (陈鹏 秦利莎). A role word gives the names after it their role; 摄 and
// 文/图 credit every name of the byline with the photographs (as the gold annotations read them).
// Names written together (记者马红李一) are split where each part opens with a surname.
import type { BylineRole } from '../../vocab/roles.ts';
import type { Byline } from '../page.ts';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from '../tables/surnames.ts';

interface RoleWord {
  readonly pattern: RegExp;
  readonly role: BylineRole;
  /** The title the gold format writes for it; null keeps the matched word's own form. */
  readonly title: string | null;
}

/** Tried in order at each position; longer forms first. */
const ROLE_WORDS: readonly RoleWord[] = [
  { pattern: /(?:本报)?摄影记者/uy, role: 'photographer', title: '摄影记者' },
  { pattern: /(?:本报)?(首席记者|见习记者|特约记者|实习记者)/uy, role: 'reporter', title: null },
  { pattern: /(?:本报)?(特约通讯员)/uy, role: 'correspondent', title: null },
  { pattern: /(?:本报)?通讯员/uy, role: 'correspondent', title: '通讯员' },
  { pattern: /(?:本报)?记者/uy, role: 'reporter', title: '记者' },
  { pattern: /(?:本报)?(评论员)/uy, role: 'reporter', title: null },
  { pattern: /(实习生)/uy, role: 'reporter', title: null },
];

/** Another outlet's reporter (人民日报记者, 新华社记者): only where a token starts, never inside a name. */
const OUTLET_ROLE = /[\u4e00-\u9fff]{1,6}?(?:日报|晚报|报社|报|通讯社|社|网|电视台|台)(记者|通讯员)/uy;
const PHOTO = /摄影|摄/uy;
const TEXT_AND_PHOTO = /文\/图|图\/文|文图/uy;
const TEXT_BY = /文\//uy;
const PHOTO_BY = /图\//uy;
/** Words a byline may carry that credit nobody: (记者 王艳 报道). */
const FILLER = /报道|整理|供图|本报/uy;
const SEPARATOR = /[\s、，,□■/]/u;
const HAN = /[\u4e00-\u9fff]/u;

/** Endings of short organization and place names: (牧宣) is the district's publicity office, 封丘县 a county. */
const ORGANIZATION_ENDING = /[宣办委部局组社站台网报院所队处科室会团省市县区镇乡村]$/u;

type Token =
  | { readonly kind: 'role'; readonly role: BylineRole; readonly title: string }
  | { readonly kind: 'photo' }
  | { readonly kind: 'text-and-photo' }
  | { readonly kind: 'run'; readonly start: number; readonly end: number };

function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** The role word, photo mark or filler starting at a position, if any. */
function keywordAt(text: string, at: number, tokenStart: boolean): { token: Token | null; end: number } | null {
  for (const word of ROLE_WORDS) {
    const m = matchAt(word.pattern, text, at);
    if (m) return { token: { kind: 'role', role: word.role, title: word.title ?? m[1] ?? m[0] }, end: at + m[0].length };
  }
  if (tokenStart) {
    const m = matchAt(OUTLET_ROLE, text, at);
    if (m) {
      const role: BylineRole = m[1] === '通讯员' ? 'correspondent' : 'reporter';
      return { token: { kind: 'role', role, title: m[1] ?? '记者' }, end: at + m[0].length };
    }
  }
  let m = matchAt(TEXT_AND_PHOTO, text, at);
  if (m) return { token: { kind: 'text-and-photo' }, end: at + m[0].length };
  m = matchAt(TEXT_BY, text, at);
  if (m) return { token: { kind: 'role', role: 'reporter', title: '' }, end: at + m[0].length };
  m = matchAt(PHOTO_BY, text, at);
  if (m) return { token: { kind: 'role', role: 'photographer', title: '摄影' }, end: at + m[0].length };
  m = matchAt(PHOTO, text, at);
  if (m) return { token: { kind: 'photo' }, end: at + m[0].length };
  m = matchAt(FILLER, text, at);
  if (m) return { token: null, end: at + m[0].length };
  return null;
}

function tokenize(text: string): Token[] | null {
  const tokens: Token[] = [];
  let i = 0;
  let tokenStart = true;
  while (i < text.length) {
    const c = text.charAt(i);
    if (SEPARATOR.test(c)) {
      i++;
      tokenStart = true;
      continue;
    }
    const keyword = keywordAt(text, i, tokenStart);
    if (keyword) {
      if (keyword.token) tokens.push(keyword.token);
      i = keyword.end;
      tokenStart = true;
      continue;
    }
    if (!HAN.test(c) && c !== '·') return null;
    const start = i;
    i++;
    while (i < text.length && (HAN.test(text.charAt(i)) || text.charAt(i) === '·') && !keywordAt(text, i, false)) i++;
    tokens.push({ kind: 'run', start, end: i });
    tokenStart = false;
  }
  return tokens;
}

function surnameLength(text: string, at: number): number {
  if (COMPOUND_SURNAMES.has(text.slice(at, at + 2))) return 2;
  return SINGLE_SURNAMES.has(text.charAt(at)) ? 1 : 0;
}

/**
 * Splits a run of characters into names that each open with a surname and have one or two
 * given characters: 马红李一 → 马红 李一, 马剑平秦胜军 → 马剑平 秦胜军. Fewest names win. Returns
 * the name lengths, or null when the run cannot be so split.
 */
export function splitNames(run: string): number[] | null {
  const n = run.length;
  const best: (number[] | null)[] = new Array<number[] | null>(n + 1).fill(null);
  best[0] = [];
  for (let i = 0; i < n; i++) {
    const before = best[i];
    if (!before) continue;
    const surname = surnameLength(run, i);
    if (surname === 0) continue;
    for (const given of [1, 2]) {
      const j = i + surname + given;
      if (j > n) continue;
      const candidate = [...before, surname + given];
      const current = best[j];
      // Fewer names first; among equals, the longer first name (three-character names are the commoner).
      if (!current || candidate.length < current.length || (candidate.length === current.length && (candidate[0] ?? 0) > (current[0] ?? 0))) {
        best[j] = candidate;
      }
    }
  }
  return best[n] ?? null;
}

/**
 * Names in a run: each must open with a surname (马红李一 splits into two), or, after a role
 * word, be a transliterated name with a middle dot (阿依古丽·买买提). Without a role word before
 * it (a bare credit: 寇旭静 摄, (陈鹏 秦利莎)) a single name must not read as the short name of an
 * organization or a place (牧宣, 封丘县).
 */
function namesOf(run: string, afterRole: boolean): number[] | null {
  if (run.length < 2 || run.length > 12) return null;
  const split = splitNames(run);
  if (!split) return afterRole && run.includes('·') ? [run.length] : null;
  if (!afterRole && split.length === 1 && ORGANIZATION_ENDING.test(run)) return null;
  return split;
}

interface Draft {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  roles: BylineRole[];
  titles: string[];
}

function addRole(draft: Draft, role: BylineRole, title: string | null): void {
  if (!draft.roles.includes(role)) draft.roles.push(role);
  if (title && !draft.titles.includes(title)) draft.titles.push(title);
}

/**
 * Reads a byline (without its brackets). `offset` is where the text starts in the page, so the
 * names carry page offsets. Returns null when the text is not a byline: something in it is neither
 * a role word, a photo mark nor a name. An empty list means a byline that names nobody (本报评论员).
 */
export function parseByline(text: string, offset = 0): Byline[] | null {
  const tokens = tokenize(text);
  if (!tokens || tokens.length === 0) return null;
  const names: Draft[] = [];
  let role: { role: BylineRole; title: string } | null = null;
  let photo = false;
  let textAndPhoto = false;
  let marked = false;
  for (const token of tokens) {
    if (token.kind === 'role') {
      role = token;
      marked = true;
    } else if (token.kind === 'photo') {
      photo = marked = true;
    } else if (token.kind === 'text-and-photo') {
      textAndPhoto = marked = true;
    } else {
      const run = text.slice(token.start, token.end);
      const lengths = namesOf(run, role !== null);
      if (!lengths) return null;
      let at = token.start;
      for (const length of lengths) {
        const draft: Draft = { name: text.slice(at, at + length), start: offset + at, end: offset + at + length, roles: [], titles: [] };
        if (role) addRole(draft, role.role, role.title || null);
        names.push(draft);
        at += length;
      }
    }
  }
  if (!marked && names.length === 0) return null;
  for (const draft of names) {
    if (textAndPhoto) {
      addRole(draft, 'reporter', null);
      addRole(draft, 'photographer', null);
    }
    if (photo) addRole(draft, 'photographer', '摄影');
  }
  return names.map(({ name, start, end, roles, titles }) => ({ name, start, end, roles, titles }));
}

/** Whether a parsed byline says what anyone did, as opposed to a bare list of names. */
export function hasRoles(bylines: readonly Byline[]): boolean {
  return bylines.some((b) => b.roles.length > 0);
}

/** One entry per name: a person credited twice on one article (记者 in the dateline, 摄 under the photo) keeps both roles. */
export function mergeBylines(bylines: readonly Byline[]): Byline[] {
  const byName = new Map<string, { first: Byline; roles: BylineRole[]; titles: string[] }>();
  for (const b of bylines) {
    const entry = byName.get(b.name);
    if (!entry) {
      byName.set(b.name, { first: b, roles: [...b.roles], titles: [...b.titles] });
      continue;
    }
    for (const r of b.roles) if (!entry.roles.includes(r)) entry.roles.push(r);
    for (const t of b.titles) if (!entry.titles.includes(t)) entry.titles.push(t);
  }
  return [...byName.values()]
    .map(({ first, roles, titles }) => ({ ...first, roles, titles }))
    .sort((a, b) => a.start - b.start);
}
