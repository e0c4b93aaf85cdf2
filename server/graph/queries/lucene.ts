// Turns what a reader typed into a Lucene query for the `entity_names` full-text index (cjk
// analyzer). User text never reaches Lucene's syntax: every token is escaped, operators are
// lowercased into plain words, and the shape of the query is chosen here.
//
// The index stores Han text as overlapping bigrams (张建慧 → 张建, 建慧) and pinyin as whole
// lowercase words (zhang jian hui zhangjianhui zjh). So a Han token of two or more characters is
// searched as a phrase (its bigrams in order: 建慧 finds 张建慧, 张建慧 does not find 张建国); a
// single Han character has no bigram of its own and is searched as a prefix of one (张*); Latin
// tokens are words, and the last one is a prefix when the reader is still typing.

const HAN = /\p{Script=Han}/u;
/** Characters with a meaning in Lucene's classic query syntax. */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/gu;
/** A token with nothing to search on (only punctuation) would make an empty clause. */
const SEARCHABLE = /[\p{L}\p{N}]/u;

export interface LuceneOptions {
  /** Autocomplete: the last token is incomplete, match it as a prefix. */
  readonly prefix: boolean;
}

export const escapeLucene = (text: string): string => text.replace(SPECIAL, (c) => `\\${c}`);

/** Inside a phrase only the quote and the backslash are special. */
const escapePhrase = (text: string): string => text.replace(/["\\]/gu, (c) => `\\${c}`);

/** The reader's text as typed, tidied the way the loader tidies names (width variants, spaces). */
export function normalizeQueryText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, ' ').trim();
}

/** The Lucene query for the text, or null when nothing in it can be searched. */
export function luceneQuery(text: string, options: LuceneOptions): string | null {
  const tokens = normalizeQueryText(text).split(' ').filter((t) => SEARCHABLE.test(t));
  if (tokens.length === 0) return null;
  const clauses = tokens.map((token, i) => {
    const last = i === tokens.length - 1;
    if (HAN.test(token)) {
      const han = [...token].filter((c) => SEARCHABLE.test(c));
      if (han.length === 1) return `${escapeLucene(han[0] ?? '')}*`;
      return `"${escapePhrase(token)}"`;
    }
    // Lowercase: the index is lowercase, and AND/OR/NOT in capitals would be operators.
    const word = escapeLucene(token.toLowerCase());
    return options.prefix && last ? `${word}*` : word;
  });
  return clauses.join(' AND ');
}
