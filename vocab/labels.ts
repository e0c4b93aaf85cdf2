// Node labels of the graph: what each means, which properties it carries, how it is captioned.
// Shared properties (id, name, aliases) are declared once in BASE_PROPERTIES.

export const BASE_PROPERTIES = ['id', 'name', 'aliases'] as const;

export interface LabelSpec {
  /** One line for people reading the schema (the client shows it in legends). */
  readonly description: string;
  readonly plural: string;
  /** Properties beyond id, name and aliases, in the order the client lists them. */
  readonly properties: readonly string[];
  /** Properties an entity must have to be loaded. */
  readonly required: readonly string[];
  /** The property shown as the node's caption. */
  readonly caption: string;
  /** Chinese name for the interface. */
  readonly zh: string;
}

export const LABELS = {
  Person: {
    description: 'A named individual: an official, a reporter, a business person.',
    plural: 'People',
    properties: ['pinyin', 'scope'],
    required: ['id', 'name'],
    caption: 'name',
    zh: '人物',
  },
  Place: {
    description: 'An administrative division (GB/T 2260) or a named geographic feature.',
    plural: 'Places',
    properties: ['level', 'code'],
    required: ['id', 'name', 'level'],
    caption: 'name',
    zh: '地点',
  },
  Organization: {
    description: 'A body: party committee, government office, congress, court, company, school, media.',
    plural: 'Organizations',
    properties: ['kind'],
    required: ['id', 'name', 'kind'],
    caption: 'name',
    zh: '机构',
  },
  Event: {
    description: 'A specific occurrence with participants or a date: a meeting, an inspection, talks, a ceremony.',
    plural: 'Events',
    properties: ['date', 'kind'],
    required: ['id', 'name', 'kind'],
    caption: 'name',
    zh: '事件',
  },
  Article: {
    description: 'One news article, the source of every piece of evidence.',
    plural: 'Articles',
    properties: ['title', 'date', 'source', 'doc', 'contentHash', 'text'],
    required: ['id', 'name', 'doc', 'contentHash'],
    caption: 'title',
    zh: '文章',
  },
} as const satisfies Record<string, LabelSpec>;

export type Label = keyof typeof LABELS;
export const LABEL_NAMES = Object.keys(LABELS) as Label[];
/** Labels of things the text talks about (everything but the Article that talks). */
export const ENTITY_LABELS = ['Person', 'Place', 'Organization', 'Event'] as const satisfies readonly Label[];
export type EntityLabel = (typeof ENTITY_LABELS)[number];

export function isLabel(value: unknown): value is Label {
  return typeof value === 'string' && Object.hasOwn(LABELS, value);
}
