// Elements → one HTML file that opens offline in any browser: Cytoscape.js inlined, the elements
// as JSON, a stylesheet keyed on vocabulary labels, a panel showing what was clicked. Pure: the
// library text comes in as an argument (cytoscape-source.ts reads it).
import { LABELS, type Label } from '../../vocab/labels.ts';
import type { Elements } from '../graph/to-elements.ts';
import { GENERATOR, type ExportMeta } from './meta.ts';
import { escapeXml } from './xml.ts';

/** This file's own look; the explorer's lives in client/graph/style.ts. */
const LABEL_COLORS: Record<Label, string> = {
  Person: '#c0392b',
  Place: '#27ae60',
  Organization: '#2471a3',
  Event: '#d68910',
  Article: '#7f8c8d',
};

/** JSON that cannot end the <script> element it sits in, nor start an HTML comment. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</gu, '\\u003c')
    .replace(/>/gu, '\\u003e')
    .replace(/\u2028/gu, '\\u2028')
    .replace(/\u2029/gu, '\\u2029');
}

/** Library code cannot hold `</script` either; in JavaScript `<\/` means the same as `</`. */
const scriptSafeCode = (code: string): string => code.replace(/<\/(script)/giu, '<\\/$1').replace(/<!--/gu, '<\\!--');

const STYLE = `
html, body { margin: 0; height: 100%; font: 14px/1.4 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; color: #222; }
body { display: flex; }
#cy { flex: 1; min-width: 0; }
aside { width: 320px; border-left: 1px solid #ddd; padding: 12px; overflow: auto; box-sizing: border-box; }
h1 { font-size: 16px; margin: 0 0 4px; }
.meta { color: #666; font-size: 12px; margin-bottom: 12px; }
.legend span { display: inline-block; margin: 0 8px 4px 0; }
.legend i { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 4px; }
table { border-collapse: collapse; width: 100%; font-size: 12px; }
td { border-top: 1px solid #eee; padding: 3px 4px; vertical-align: top; word-break: break-all; }
td:first-child { color: #666; white-space: nowrap; }
input { width: 100%; box-sizing: border-box; padding: 4px; margin-bottom: 8px; }`;

const APP = `
(function () {
  var data = JSON.parse(document.getElementById('newsgraph-elements').textContent);
  var colors = JSON.parse(document.getElementById('newsgraph-colors').textContent);
  var style = [
    { selector: 'node', style: { 'label': 'data(name)', 'font-size': 10, 'width': 18, 'height': 18, 'background-color': '#999', 'text-valign': 'bottom', 'text-margin-y': 3 } },
    { selector: 'edge', style: { 'width': 1.2, 'line-color': '#bbb', 'target-arrow-color': '#bbb', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', 'label': 'data(type)', 'font-size': 7, 'color': '#888', 'text-rotation': 'autorotate' } },
    { selector: ':selected', style: { 'border-width': 3, 'border-color': '#222', 'line-color': '#222', 'target-arrow-color': '#222' } },
    { selector: '.faded', style: { 'opacity': 0.15 } }
  ];
  Object.keys(colors).forEach(function (label) {
    style.push({ selector: 'node[label = "' + label + '"]', style: { 'background-color': colors[label] } });
  });
  var cy = cytoscape({ container: document.getElementById('cy'), elements: data, style: style,
    layout: { name: data.nodes.length > 300 ? 'grid' : 'cose', animate: false } });
  var details = document.getElementById('details');
  function show(element) {
    details.textContent = '';
    var d = element.data();
    Object.keys(d).forEach(function (key) {
      var row = document.createElement('tr');
      var k = document.createElement('td'); k.textContent = key;
      var v = document.createElement('td'); v.textContent = typeof d[key] === 'string' ? d[key] : JSON.stringify(d[key]);
      row.appendChild(k); row.appendChild(v); details.appendChild(row);
    });
  }
  cy.on('tap', 'node, edge', function (event) { show(event.target); });
  document.getElementById('find').addEventListener('input', function (event) {
    var text = event.target.value.trim();
    cy.elements().removeClass('faded');
    if (!text) return;
    var hits = cy.nodes().filter(function (n) { return String(n.data('name')).indexOf(text) >= 0; });
    cy.elements().not(hits.closedNeighborhood()).addClass('faded');
  });
})();`;

export function toStandaloneHtml(elements: Elements, meta: ExportMeta, cytoscapeCode: string): string {
  const present = new Set(elements.nodes.map((n) => n.data.label));
  const legend = (Object.keys(LABEL_COLORS) as Label[])
    .filter((l) => present.has(l))
    .map((l) => `<span><i style="background:${LABEL_COLORS[l]}"></i>${escapeXml(LABELS[l].zh)} ${l}</span>`)
    .join('');
  return `<!doctype html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${GENERATOR}">
<title>${escapeXml(meta.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<div id="cy"></div>
<aside>
<h1>${escapeXml(meta.title)}</h1>
<div class="meta">${elements.nodes.length} nodes, ${elements.edges.length} edges · ${escapeXml(GENERATOR)} · ${escapeXml(meta.generatedAt)}</div>
<div class="legend">${legend}</div>
<input id="find" placeholder="查找 / find">
<table id="details"></table>
</aside>
<script id="newsgraph-elements" type="application/json">${scriptSafeJson(elements)}</script>
<script id="newsgraph-colors" type="application/json">${scriptSafeJson(LABEL_COLORS)}</script>
<script>${scriptSafeCode(cytoscapeCode)}</script>
<script>${APP}</script>
</body>
</html>
`;
}
