// The explorer's one stylesheet. Rules select on vocabulary labels and types (node[label =
// "Person"], edge[type = "APPEARED_AT"], edge[role = "presided"]) and on state classes (.root,
// .expanded, .pinned, .faded, .path, .filtered, .dense); elements carry data only and nothing
// calls .style() on an element. Colours follow the Okabe–Ito palette, which stays distinct for
// readers with colour-blindness; shapes differ too, so colour is never the only cue.
import { LABEL_NAMES, type Label } from '../../vocab/labels.ts';
import { RELATION_TYPES, type RelationType } from '../../vocab/relations.ts';
import { APPEARANCE_ROLES, type AppearanceRole } from '../../vocab/roles.ts';

export interface StyleRule {
  readonly selector: string;
  readonly style: Readonly<Record<string, string | number>>;
}

export interface LabelLook {
  readonly shape: string;
  readonly color: string;
  readonly border: string;
  readonly size: number;
}

export const LABEL_LOOK = {
  Person: { shape: 'ellipse', color: '#0072B2', border: '#004b75', size: 34 },
  Event: { shape: 'diamond', color: '#E69F00', border: '#9a6a00', size: 40 },
  Place: { shape: 'round-triangle', color: '#009E73', border: '#006b4e', size: 34 },
  Organization: { shape: 'round-rectangle', color: '#CC79A7', border: '#8c4a70', size: 32 },
  Article: { shape: 'rectangle', color: '#8a939c', border: '#5b636b', size: 22 },
} as const satisfies Record<Label, LabelLook>;

/** Appearance roles, strongest claim darkest and widest: who presided stands out from who attended. */
export const ROLE_LOOK = {
  presided: { color: '#D55E00', width: 3.5 },
  spoke: { color: '#E69F00', width: 3 },
  inspected: { color: '#009E73', width: 3 },
  met: { color: '#56B4E9', width: 2.5 },
  attended: { color: '#7b8794', width: 1.8 },
  other: { color: '#b0b8c1', width: 1.5 },
} as const satisfies Record<AppearanceRole, { color: string; width: number }>;

export const RELATION_LOOK = {
  APPEARED_AT: { color: '#7b8794', style: 'solid' },
  HOLDS_POSITION: { color: '#CC79A7', style: 'solid' },
  HELD_IN: { color: '#009E73', style: 'solid' },
  ORGANIZED_BY: { color: '#8c4a70', style: 'solid' },
  PART_OF: { color: '#7fc9b0', style: 'dashed' },
  LOCATED_IN: { color: '#7fc9b0', style: 'dashed' },
  MENTIONS: { color: '#c5cbd1', style: 'dotted' },
  REPORTED: { color: '#9aa5b1', style: 'dotted' },
} as const satisfies Record<RelationType, { color: string; style: string }>;

/** Chinese first: the names are Chinese, and a Latin system font would fall back glyph by glyph. */
export const FONT_FAMILY = '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif';

/** Selection and path colours: amber and red stand apart from every label and role colour. */
const SELECTED = '#f5b400';
const PATH = '#c81e1e';

export function buildStylesheet(): StyleRule[] {
  const rules: StyleRule[] = [
    {
      selector: 'node',
      style: {
        label: 'data(name)',
        'font-family': FONT_FAMILY,
        'font-size': 11,
        color: '#1f2933',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': '120px',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        // Below this on screen a label is noise, and skipping it keeps big graphs fluid.
        'min-zoomed-font-size': 7,
        'border-width': 1.5,
        'background-color': '#b0b8c1',
        'border-color': '#7b8794',
        width: 30,
        height: 30,
      },
    },
  ];
  for (const label of LABEL_NAMES) {
    const look: LabelLook = LABEL_LOOK[label];
    rules.push({
      selector: `node[label = "${label}"]`,
      style: { shape: look.shape, 'background-color': look.color, 'border-color': look.border, width: look.size, height: look.size },
    });
  }
  rules.push(
    // People grow with how often they were seen at events (in view): the busiest officials stand out.
    { selector: 'node[label = "Person"][appearances]', style: { width: 'mapData(appearances, 0, 12, 30, 72)', height: 'mapData(appearances, 0, 12, 30, 72)' } },
    { selector: 'node[label = "Article"]', style: { 'font-size': 9, 'text-max-width': '90px' } },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': '#9aa5b1',
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'target-arrow-color': '#9aa5b1',
        'arrow-scale': 0.8,
        label: 'data(caption)',
        'font-family': FONT_FAMILY,
        'font-size': 9,
        color: '#3e4c59',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 8,
      },
    },
  );
  for (const type of RELATION_TYPES) {
    const look = RELATION_LOOK[type];
    rules.push({ selector: `edge[type = "${type}"]`, style: { 'line-color': look.color, 'target-arrow-color': look.color, 'line-style': look.style } });
  }
  for (const role of APPEARANCE_ROLES) {
    const look = ROLE_LOOK[role];
    rules.push({
      selector: `edge[type = "APPEARED_AT"][role = "${role}"]`,
      style: { 'line-color': look.color, 'target-arrow-color': look.color, width: look.width },
    });
  }
  rules.push(
    // The entity the view is about, and the ends of a path.
    { selector: 'node.root', style: { 'border-width': 4, 'border-color': '#1f2933', 'font-weight': 'bold', 'font-size': 13 } },
    // Expanded nodes have shown their neighbours: a double ring says "done here".
    { selector: 'node.expanded', style: { 'border-style': 'double', 'border-width': 5 } },
    // Pinned nodes stay put in layouts.
    { selector: 'node.pinned', style: { 'border-style': 'dashed', 'border-width': 3, 'border-color': '#323f4b' } },
    { selector: 'node:selected', style: { 'border-color': SELECTED, 'border-width': 5, 'border-style': 'solid' } },
    { selector: 'edge:selected', style: { 'line-color': SELECTED, 'target-arrow-color': SELECTED, width: 5, 'z-index': 20 } },
    { selector: '.path', style: { 'z-index': 10 } },
    { selector: 'node.path', style: { 'border-color': PATH, 'border-width': 4 } },
    { selector: 'edge.path', style: { 'line-color': PATH, 'target-arrow-color': PATH, width: 4 } },
    // Hover and path focus: everything else steps back.
    { selector: '.faded', style: { opacity: 0.18, 'text-opacity': 0.4 } },
    { selector: '.filtered', style: { display: 'none' } },
    // Large graphs: straight, unlabelled edges and labels only when zoomed in keep 20,000 edges fluid.
    { selector: 'edge.dense', style: { 'curve-style': 'straight', 'target-arrow-shape': 'none', label: '', width: 1 } },
    { selector: 'node.dense', style: { 'min-zoomed-font-size': 14, 'border-width': 0 } },
  );
  return rules;
}
