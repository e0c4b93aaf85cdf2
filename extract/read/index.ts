// Reading pages: bytes in, a Page of articles and sentences out. Re-exports only.
export { readPage, readText, normalizePage, type ReadOptions } from './read-page.ts';
export { decodePage, MAX_PAGE_BYTES, type DecodedPage, type DecodeErrorCode } from './decode.ts';
export { splitArticles, segmentArticles, ARTICLE_DEFAULTS, type ArticleSplit } from './articles.ts';
export { splitSentences, segmentSentences } from './sentences.ts';
export { readPageContext, inferHomeCity, findCity, scoreCities, type ContextOptions, type HomeCity } from './page-context.ts';
export { parseByline, splitNames, mergeBylines } from './byline.ts';
export { matchDateline, type DatelineMatch } from './dateline.ts';
export { classifyParagraph, readTail, SECTION_LABELS, type ParagraphKind, type ParagraphTail } from './layout.ts';
