import { describe, expect, it } from 'vitest';
import { humanizeKey, labelFor } from '@/lib/domain/labels';
import { entitySchemas } from '@/lib/protocol/schemas';

describe('humanizeKey', () => {
  it.each([
    ['widget_added', 'Widget added'],
    ['ONBOARDING_COMPLETE', 'Onboarding complete'],
    ['trialEndsOn', 'Trial ends on'],
    ['SSO_enabled', 'SSO enabled'],
    ['report-exported', 'Report exported'],
    ['login', 'Login'],
    ['Beta tester', 'Beta tester'],
    ['Plan', 'Plan'],
  ])('%s → %s', (key, label) => expect(humanizeKey(key)).toBe(label));
});

describe('labelFor', () => {
  it("prefers the workspace's own label, ignoring blank ones", () => {
    expect(labelFor('widget_added', { widget_added: 'Added a widget' })).toBe('Added a widget');
    expect(labelFor('widget_added', { widget_added: '  ' })).toBe('Widget added');
    expect(labelFor('widget_added')).toBe('Widget added');
  });
});

describe('workspace labels on the wire', () => {
  it('are optional, keep string labels and never reject the workspace', () => {
    const ws = entitySchemas.workspace.parse({
      id: 'w',
      name: 'W',
      eventLabels: { widget_added: 'Added a widget', bad: 3 },
      customFieldLabels: 'not a map',
    });
    expect(ws.eventLabels).toEqual({ widget_added: 'Added a widget' });
    expect(ws).not.toHaveProperty('customFieldLabels');
    expect(entitySchemas.workspace.parse({ id: 'w', name: 'W' })).not.toHaveProperty('eventLabels');
  });
});
