// The explorer's words in English and Chinese. Names of labels and relationship types come from
// vocab/ (LABELS[…].zh, RELATIONS[…].zh and their readings); this file holds only the interface's
// own sentences and the names of roles and kinds, which vocab/ does not translate yet.
// Pure: no DOM here; panels call t() and apply the result.
import { LABELS, isLabel, type Label } from '../vocab/labels.ts';
import { RELATIONS, isRelationType, type RelationType } from '../vocab/relations.ts';
import { zhWord } from '../vocab/roles.ts';

export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

const en = {
  'app.tagline': 'Who appeared at what',
  'app.skip': 'Skip to the graph',
  'tools.label': 'Tools',
  'search.label': 'Search a name',
  'search.placeholder': 'Name, pinyin or initials: 张建慧, zhangjianhui, zjh',
  'search.none': 'Nothing found for “{q}”',
  'search.error': 'Search failed: {message}',
  'search.add': 'add to graph',
  'search.hint': 'Enter: draw · Shift+Enter: add to the graph',
  'tools.undo': 'Undo',
  'tools.redo': 'Redo',
  'tools.layout': 'Layout',
  'tools.fit': 'Fit',
  'tools.paths': 'Paths',
  'tools.cypher': 'Cypher',
  'tools.export': 'Export',
  'tools.help': 'Keys',
  'tools.language': 'Language',
  'layout.fcose': 'Force (fCoSE)',
  'layout.concentric': 'Concentric',
  'layout.breadthfirst': 'Breadth-first',
  'layout.timeline': 'Timeline by date',
  'filters.title': 'Filters',
  'filters.labels': 'Entity types',
  'filters.types': 'Relationships',
  'filters.roles': 'Roles',
  'filters.dates': 'Dates',
  'filters.reset': 'Show everything',
  'filters.from': 'From',
  'filters.to': 'To',
  'filters.allDates': 'All dates',
  'filters.noDates': 'No dated events in view',
  'filters.undated': '{n} events without a date',
  'filters.eventsIn': '{n} events in {bin}',
  'filters.only': 'only',
  'graph.label': 'Graph. Arrow keys move between nodes, Enter expands, Space opens details, ? lists the keys.',
  'graph.empty.title': 'Start with a name',
  'graph.empty.text': 'Search an official, a place, an organization or an event above. Try:',
  'graph.nothingVisible': 'The filters hide everything in view.',
  'status.nodes': '{nodes} nodes · {edges} edges',
  'status.hidden': '{n} hidden by filters',
  'status.loading': 'Loading…',
  'status.renderer.webgl': 'WebGL',
  'status.renderer.canvas': 'Canvas',
  'status.selected': 'Selected: {name} ({label})',
  'notice.truncated': 'Showing {shown} of {total} nodes: {omitted} left out by the cap of {limit}.',
  'notice.narrow': 'Narrow it: untick types or roles, or choose a shorter date range, then load with the filters.',
  'notice.loadFiltered': 'Load with these filters',
  'notice.raiseCap': 'Show up to {max}',
  'notice.empty': 'The server found nothing to draw.',
  'notice.expandedNothing': '{name} has no further connections.',
  'notice.pathNone': 'No path within {hops} hops.',
  'notice.dismiss': 'Dismiss',
  'error.network': 'The NewsGraph server does not answer. Is it running?',
  'error.starting': 'The database is starting: {message}',
  'error.generic': '{message}',
  'error.retry': 'Try again',
  'error.token': 'This server needs its access token for the Cypher console and exports.',
  'error.tokenLabel': 'Token',
  'error.tokenSave': 'Use token',
  'health.loading': 'Server: {message}',
  'side.close': 'Close panel',
  'side.back': 'Back',
  'entity.expand': 'Expand',
  'entity.collapse': 'Collapse',
  'entity.remove': 'Remove',
  'entity.pin': 'Pin',
  'entity.unpin': 'Unpin',
  'entity.pathFrom': 'Path from here',
  'entity.pathTo': 'Path to here',
  'entity.coappear': 'Appeared with',
  'entity.timeline': 'Timeline',
  'entity.connections': 'In view',
  'entity.degree': 'In the database',
  'entity.appearances': '{n} appearances',
  'entity.firstLast': 'first {first}, last {last}',
  'entity.aliases': 'Also written',
  'entity.evidence': 'Evidence',
  'entity.noConnections': 'No connections in view.',
  'entity.addToGraph': 'Add to graph',
  'coappear.title': 'People {name} appeared with',
  'coappear.count': '{n} shared events',
  'coappear.none': 'Nobody else recorded at the same events.',
  'timeline.title': 'Appearances of {name}',
  'timeline.none': 'No dated appearances.',
  'evidence.title': 'Evidence',
  'evidence.none': 'No sentence is stored for this relationship.',
  'evidence.derived': 'This relationship is not stated in a sentence: it comes from the gazetteer or the page structure.',
  'evidence.article': 'Full article',
  'evidence.source': 'Source',
  'evidence.loading': 'Reading the sentences…',
  'evidence.event': 'Sentences about this event',
  'article.title': 'Article',
  'article.showInGraph': 'Show in graph',
  'paths.title': 'Shortest paths',
  'paths.from': 'From',
  'paths.to': 'To',
  'paths.hops': 'Longest path',
  'paths.find': 'Find paths',
  'paths.found': '{n} shortest paths of {len} hops',
  'paths.pick': 'Pick two entities.',
  'cypher.title': 'Cypher console',
  'cypher.run': 'Run',
  'cypher.runHint': 'Ctrl+Enter runs the query',
  'cypher.history': 'History',
  'cypher.limits': 'Read-only · at most {rows} rows · stopped after {seconds} s',
  'cypher.limitsUnknown': 'Read-only, with a row cap and a timeout',
  'cypher.rows': '{n} rows',
  'cypher.truncated': 'Only the first {n} rows were read: the console’s cap. Add a LIMIT or narrow the MATCH.',
  'cypher.graphShown': 'The result holds {nodes} nodes and {edges} relationships: drawn in the graph.',
  'cypher.tableOnly': 'No nodes in the result: shown as a table.',
  'cypher.rejected': 'Refused: {message}',
  'cypher.timeout': 'Stopped: {message}',
  'cypher.failed': 'Neo4j could not run the query: {message}',
  'cypher.tooLarge': 'The query is too long.',
  'cypher.empty': 'The query returned no rows.',
  'cypher.close': 'Close console',
  'export.png': 'PNG image of the view',
  'export.svg': 'SVG image of the view',
  'export.graphml': 'GraphML (yEd, Gephi)',
  'export.gexf': 'GEXF (Gephi)',
  'export.csv': 'CSV (nodes and edges, zipped)',
  'export.json': 'JSON (Cytoscape elements)',
  'export.cypher': 'Cypher script',
  'export.html': 'Standalone HTML page',
  'export.copyLink': 'Copy link to this view',
  'export.copied': 'Link copied',
  'export.nothing': 'Nothing to export: draw a graph first.',
  'export.done': 'Saved {file}',
  'export.tooBig': 'The view is too large to export node by node; exported the original selection instead.',
  'help.title': 'Keyboard',
  'help.close': 'Close',
  'undo.nothing': 'Nothing to undo',
  'loading.source': 'Loading {what}…',
  'loading.expand': 'Expanding {name}…',
  'card.expandHint': 'Double-click or Enter to expand',
  'card.evidenceHint': 'Click to read the evidence',
  'card.evidenceCount': '{n} sentences',
  'date.noYear': '{date} (year unknown)',
  'prop.pinyin': 'Pinyin',
  'prop.scope': 'Jurisdiction',
  'prop.level': 'Level',
  'prop.code': 'GB/T 2260 code',
  'prop.kind': 'Kind',
  'prop.date': 'Date',
  'prop.source': 'Source',
  'prop.doc': 'Page',
};

export type MessageKey = keyof typeof en;

const zh: Record<MessageKey, string> = {
  'app.tagline': '谁出席了什么',
  'app.skip': '跳到关系图',
  'tools.label': '工具',
  'search.label': '搜索名称',
  'search.placeholder': '姓名、拼音或首字母：张建慧、zhangjianhui、zjh',
  'search.none': '没有找到“{q}”',
  'search.error': '搜索失败：{message}',
  'search.add': '加入图中',
  'search.hint': '回车：绘制 · Shift+回车：加入当前图',
  'tools.undo': '撤销',
  'tools.redo': '重做',
  'tools.layout': '布局',
  'tools.fit': '适应窗口',
  'tools.paths': '路径',
  'tools.cypher': 'Cypher',
  'tools.export': '导出',
  'tools.help': '快捷键',
  'tools.language': '语言',
  'layout.fcose': '力导向（fCoSE）',
  'layout.concentric': '同心圆',
  'layout.breadthfirst': '广度优先',
  'layout.timeline': '按日期排列',
  'filters.title': '筛选',
  'filters.labels': '实体类型',
  'filters.types': '关系',
  'filters.roles': '角色',
  'filters.dates': '日期',
  'filters.reset': '全部显示',
  'filters.from': '起',
  'filters.to': '止',
  'filters.allDates': '全部日期',
  'filters.noDates': '当前图中没有带日期的事件',
  'filters.undated': '{n} 个事件没有日期',
  'filters.eventsIn': '{bin}：{n} 个事件',
  'filters.only': '仅此',
  'graph.label': '关系图。方向键在节点间移动，回车展开，空格查看详情，? 列出快捷键。',
  'graph.empty.title': '从一个名字开始',
  'graph.empty.text': '在上方搜索官员、地点、机构或事件。试试：',
  'graph.nothingVisible': '筛选条件隐藏了全部内容。',
  'status.nodes': '{nodes} 个节点 · {edges} 条边',
  'status.hidden': '{n} 个被筛选隐藏',
  'status.loading': '加载中…',
  'status.renderer.webgl': 'WebGL',
  'status.renderer.canvas': 'Canvas',
  'status.selected': '已选：{name}（{label}）',
  'notice.truncated': '显示 {total} 个节点中的 {shown} 个：{omitted} 个超出上限 {limit} 未显示。',
  'notice.narrow': '请缩小范围：取消部分类型或角色，或选择更短的日期区间，然后按筛选条件加载。',
  'notice.loadFiltered': '按筛选条件加载',
  'notice.raiseCap': '最多显示 {max} 个',
  'notice.empty': '服务器没有找到可绘制的内容。',
  'notice.expandedNothing': '{name} 没有更多关联。',
  'notice.pathNone': '{hops} 步之内没有路径。',
  'notice.dismiss': '关闭',
  'error.network': 'NewsGraph 服务器没有响应，它在运行吗？',
  'error.starting': '数据库正在启动：{message}',
  'error.generic': '{message}',
  'error.retry': '重试',
  'error.token': '此服务器的 Cypher 控制台和导出需要访问令牌。',
  'error.tokenLabel': '令牌',
  'error.tokenSave': '使用令牌',
  'health.loading': '服务器：{message}',
  'side.close': '关闭面板',
  'side.back': '返回',
  'entity.expand': '展开',
  'entity.collapse': '收起',
  'entity.remove': '移除',
  'entity.pin': '固定',
  'entity.unpin': '取消固定',
  'entity.pathFrom': '从此出发的路径',
  'entity.pathTo': '到此的路径',
  'entity.coappear': '同场人物',
  'entity.timeline': '时间线',
  'entity.connections': '图中关联',
  'entity.degree': '数据库中',
  'entity.appearances': '出席 {n} 次',
  'entity.firstLast': '最早 {first}，最近 {last}',
  'entity.aliases': '又作',
  'entity.evidence': '依据',
  'entity.noConnections': '图中没有关联。',
  'entity.addToGraph': '加入图中',
  'coappear.title': '与{name}同场出现的人',
  'coappear.count': '共同出席 {n} 次',
  'coappear.none': '没有记录到同场出现的其他人。',
  'timeline.title': '{name}的活动',
  'timeline.none': '没有带日期的活动。',
  'evidence.title': '依据',
  'evidence.none': '这条关系没有保存原句。',
  'evidence.derived': '这条关系不是原文句子所述：它来自行政区划表或页面结构。',
  'evidence.article': '阅读全文',
  'evidence.source': '来源',
  'evidence.loading': '正在读取原句…',
  'evidence.event': '关于此事件的原句',
  'article.title': '文章',
  'article.showInGraph': '在图中显示',
  'paths.title': '最短路径',
  'paths.from': '起点',
  'paths.to': '终点',
  'paths.hops': '最长步数',
  'paths.find': '查找路径',
  'paths.found': '{n} 条最短路径，每条 {len} 步',
  'paths.pick': '请选择两个实体。',
  'cypher.title': 'Cypher 控制台',
  'cypher.run': '运行',
  'cypher.runHint': 'Ctrl+回车 运行查询',
  'cypher.history': '历史',
  'cypher.limits': '只读 · 最多 {rows} 行 · {seconds} 秒后停止',
  'cypher.limitsUnknown': '只读，有行数上限和超时',
  'cypher.rows': '{n} 行',
  'cypher.truncated': '只读取了前 {n} 行（控制台上限）。请加 LIMIT 或缩小 MATCH。',
  'cypher.graphShown': '结果含 {nodes} 个节点、{edges} 条关系，已在图中绘出。',
  'cypher.tableOnly': '结果中没有节点，以表格显示。',
  'cypher.rejected': '已拒绝（控制台只读）：{message}',
  'cypher.timeout': '已停止：{message}',
  'cypher.failed': 'Neo4j 无法运行此查询：{message}',
  'cypher.tooLarge': '查询太长。',
  'cypher.empty': '查询没有返回任何行。',
  'cypher.close': '关闭控制台',
  'export.png': '当前视图 PNG 图片',
  'export.svg': '当前视图 SVG 图片',
  'export.graphml': 'GraphML（yEd、Gephi）',
  'export.gexf': 'GEXF（Gephi）',
  'export.csv': 'CSV（节点和边，压缩包）',
  'export.json': 'JSON（Cytoscape 元素）',
  'export.cypher': 'Cypher 脚本',
  'export.html': '独立 HTML 页面',
  'export.copyLink': '复制此视图的链接',
  'export.copied': '链接已复制',
  'export.nothing': '没有可导出的内容：请先绘制关系图。',
  'export.done': '已保存 {file}',
  'export.tooBig': '当前视图太大，无法逐个节点导出；已导出原始选择。',
  'help.title': '快捷键',
  'help.close': '关闭',
  'undo.nothing': '没有可撤销的操作',
  'loading.source': '正在加载{what}…',
  'loading.expand': '正在展开{name}…',
  'card.expandHint': '双击或回车展开',
  'card.evidenceHint': '点击查看依据',
  'card.evidenceCount': '{n} 条原句',
  'date.noYear': '{date}（年份不详）',
  'prop.pinyin': '拼音',
  'prop.scope': '辖区',
  'prop.level': '级别',
  'prop.code': '行政区划代码',
  'prop.kind': '类型',
  'prop.date': '日期',
  'prop.source': '来源',
  'prop.doc': '页面',
};

const MESSAGES: Record<Lang, Record<MessageKey, string>> = { en, zh };

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'zh';
}

/** The message in the language, with {name} placeholders filled (numbers grouped by locale). */
export function t(lang: Lang, key: MessageKey, vars: Readonly<Record<string, string | number>> = {}): string {
  return MESSAGES[lang][key].replace(/\{(\w+)\}/gu, (whole, name: string) => {
    const v = vars[name];
    if (v === undefined) return whole;
    return typeof v === 'number' ? v.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US') : v;
  });
}

/** A label's name for people: 人物 / Person. Labels outside the vocabulary (Cypher results) as written. */
export function labelName(label: string, lang: Lang): string {
  if (!isLabel(label)) return label;
  return lang === 'zh' ? LABELS[label].zh : label;
}

export function labelPlural(label: Label, lang: Lang): string {
  return lang === 'zh' ? LABELS[label].zh : LABELS[label].plural;
}

/** How a relationship reads from its source (forward) or from its target (reverse). */
export function relationReading(type: string, lang: Lang, direction: 'forward' | 'reverse' = 'forward'): string {
  if (!isRelationType(type)) return type;
  const spec = RELATIONS[type];
  // vocab/ has one Chinese word per type; an arrow says which way it reads.
  if (lang === 'zh') return direction === 'forward' ? spec.zh : `← ${spec.zh}`;
  return spec[direction];
}

export function relationName(type: RelationType | string, lang: Lang): string {
  if (!isRelationType(type)) return type;
  return lang === 'zh' ? RELATIONS[type].zh : RELATIONS[type].forward;
}

/** A word of the closed vocab lists (roles, kinds, levels) for people. */
export function word(value: string, lang: Lang): string {
  return lang === 'zh' ? zhWord(value) ?? value : value;
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * An ISO prefix date as people write it: 2024-11-03 → 3 Nov 2024 / 2024年11月3日. Dates without a
 * year (--11-03, as most local papers print them) say so rather than guessing a year.
 */
export function formatDate(date: string | null | undefined, lang: Lang): string {
  if (!date) return '';
  const m = /^(\d{4}|-)-?(\d{2})?(?:-(\d{2}))?$/u.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m;
  const year = y === '-' ? null : y;
  const month = mo ? Number(mo) : null;
  const day = d ? Number(d) : null;
  let text: string;
  if (lang === 'zh') {
    text = `${year ? `${year}年` : ''}${month ? `${month}月` : ''}${day ? `${day}日` : ''}`;
  } else {
    const mon = month ? MONTHS_EN[month - 1] ?? String(month) : '';
    text = [day, mon, year].filter((p) => p !== null && p !== '').join(' ');
  }
  return year ? text : t(lang, 'date.noYear', { date: text });
}

/** A server-written context line (市委书记 · 周口市, --08-02 · 淮阳区) with its date in words. */
export function readableLine(context: { readonly line: string; readonly date: string | null }, lang: Lang): string {
  return context.date ? context.line.replace(context.date, formatDate(context.date, lang)) : context.line;
}

/** The language a first-time visitor most likely reads: Chinese when the browser prefers it. */
export function preferredLang(languages: readonly string[]): Lang {
  return languages.some((l) => l.toLowerCase().startsWith('zh')) ? 'zh' : 'en';
}
