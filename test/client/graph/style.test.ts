// The stylesheet is keyed on the vocabulary: every label, relationship type and appearance role
// has its rule, every rule parses, and state classes change the look. Checked on a headless
// Cytoscape, which computes styles without a browser.
import cytoscape, { type StylesheetStyle } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { LABEL_NAMES } from '../../../vocab/labels.ts';
import { RELATION_TYPES } from '../../../vocab/relations.ts';
import { APPEARANCE_ROLES } from '../../../vocab/roles.ts';
import { LABEL_LOOK, ROLE_LOOK, buildStylesheet } from '../../../client/graph/style.ts';

const rules = buildStylesheet();
const selectors = rules.map((r) => r.selector);

function headless() {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: rules as unknown as StylesheetStyle[],
    elements: [
      ...LABEL_NAMES.map((label) => ({ data: { id: label, label, name: label } })),
      { data: { id: 'p2', label: 'Person', name: '任哲', appearances: 12 } },
      ...APPEARANCE_ROLES.map((role) => ({ data: { id: `e-${role}`, source: 'Person', target: 'Event', type: 'APPEARED_AT', role, caption: role } })),
      { data: { id: 'post', source: 'Person', target: 'Organization', type: 'HOLDS_POSITION', caption: '市委书记' } },
    ],
  });
}

describe('stylesheet', () => {
  it('has a rule for every label, relationship type and appearance role', () => {
    for (const label of LABEL_NAMES) expect(selectors).toContain(`node[label = "${label}"]`);
    for (const type of RELATION_TYPES) expect(selectors).toContain(`edge[type = "${type}"]`);
    for (const role of APPEARANCE_ROLES) expect(selectors).toContain(`edge[type = "APPEARED_AT"][role = "${role}"]`);
  });

  it('has the state classes the explorer sets', () => {
    for (const cls of ['root', 'expanded', 'pinned', 'faded', 'path', 'filtered', 'dense']) {
      expect(selectors.some((s) => s.includes(`.${cls}`)), cls).toBe(true);
    }
  });

  it('gives each label its own shape and colour', () => {
    const cy = headless();
    const shapes = new Set<string>();
    for (const label of LABEL_NAMES) {
      const n = cy.getElementById(label);
      expect(n.style('shape')).toBe(LABEL_LOOK[label].shape);
      shapes.add(String(n.style('shape')));
    }
    expect(shapes.size).toBe(LABEL_NAMES.length);
  });

  it('sizes people by appearances and colours appearances by role', () => {
    const cy = headless();
    expect(cy.getElementById('p2').width()).toBeGreaterThan(cy.getElementById('Person').width());
    expect(cy.getElementById('e-presided').style('line-color')).not.toBe(cy.getElementById('e-attended').style('line-color'));
    expect(Number.parseFloat(cy.getElementById('e-presided').style('width'))).toBe(ROLE_LOOK.presided.width);
  });

  it('labels edges with their caption and hides filtered elements', () => {
    const cy = headless();
    expect(cy.getElementById('post').style('label')).toBe('市委书记');
    const n = cy.getElementById('Place');
    n.addClass('filtered');
    expect(n.style('display')).toBe('none');
  });
});
