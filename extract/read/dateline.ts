// Datelines: how a report opens. 本报讯(记者王艳) is the paper's own report, with its byline in
// brackets; 新华社北京11月3日电 and 本报郑州11月3日电 are filed by an agency or a bureau, from a
// place on a day; ■ opens a brief in a news column. A paragraph that opens with one starts an
// article, and the text after it is where the report's first sentence begins.

/** A dateline at the start of a paragraph; offsets are into the paragraph's text. */
export interface DatelineMatch {
  readonly source: 'local' | 'agency' | 'brief';
  readonly agency: string | null;
  readonly place: string | null;
  /** Where the dateline ends, spaces after it included: the report's text starts here. */
  readonly end: number;
  /** The inside of the brackets after it, when they hold a byline: (记者王艳). */
  readonly byline: { readonly start: number; readonly end: number } | null;
}

const LOCAL = /^本报讯\s*/u;
const BRIEF = /^■\s*/u;
/** Known agencies first, then any paper or site (河南日报, 大河网) filing from a place on a day. */
const AGENCY =
  /^(新华社|中新社|中新网|人民网|新华网|央视网|中国新闻网|本报|[\u4e00-\u9fff]{2,8}?(?:日报|晚报|报|社|网|台))([\u4e00-\u9fff]{2,8}?)?\s*((?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日)?\s*电\s*/u;
const BRACKETS = /^[（(]([^（()）]{1,60})[)）]\s*/u;
/** What may stand in the brackets after a dateline: role words, names, separators. */
const BYLINE_INSIDE = /(?:记者|通讯员|评论员|实习生|摄)/u;

export function matchDateline(text: string): DatelineMatch | null {
  let source: DatelineMatch['source'];
  let agency: string | null = null;
  let place: string | null = null;
  let end: number;
  let m = LOCAL.exec(text);
  if (m) {
    source = 'local';
    agency = '本报';
    end = m[0].length;
  } else if ((m = BRIEF.exec(text))) {
    source = 'brief';
    end = m[0].length;
  } else if ((m = AGENCY.exec(text)) && (m[2] || m[3])) {
    // An agency dateline names a place or a day before 电; 新华社电 alone is too rare to risk body text.
    source = 'agency';
    agency = m[1] ?? null;
    place = m[2] ?? null;
    end = m[0].length;
  } else {
    return null;
  }
  let byline: DatelineMatch['byline'] = null;
  const brackets = BRACKETS.exec(text.slice(end));
  if (brackets && brackets[1] && BYLINE_INSIDE.test(brackets[1])) {
    const inner = end + brackets[0].indexOf(brackets[1]);
    byline = { start: inner, end: inner + brackets[1].length };
    end += brackets[0].length;
  }
  return { source, agency, place, end, byline };
}
