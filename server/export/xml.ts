// XML text escaping for the GraphML and GEXF writers, including the characters XML 1.0 cannot
// hold at all (control characters, lone surrogates), which are dropped: a news page can carry them.

// eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 forbids
const INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID, '')
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;')
    .replace(/'/gu, '&apos;');
}
