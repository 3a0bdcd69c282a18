import { describe, expect, it } from 'vitest';
import type { Definitions, Note } from '@/lib/domain/types';
import {
  eventNameChoices,
  isOverridden,
  withOverride,
  withoutOverride,
} from '@/lib/options/definition-overrides';
import { describeOutboxItem } from '@/lib/options/describe-outbox-item';
import { formatBytes, plural } from '@/lib/options/format';
import { maskToken } from '@/lib/options/mask-token';
import { csvField, notesToCsv } from '@/lib/options/notes-csv';

const workspace: Definitions = {
  timezone: 'UTC',
  windowDays: 30,
  powerTopPercent: 10,
  activityEvents: ['login', 'report_viewed'],
  influencerRoleIds: [],
  influencerPersonaIds: [],
};

describe('definition overrides', () => {
  it('keeps an override only while it differs from the workspace value', () => {
    const a = withOverride({}, 'windowDays', 14, workspace);
    expect(a).toEqual({ windowDays: 14 });
    expect(isOverridden(a, 'windowDays')).toBe(true);
    const b = withOverride(a, 'windowDays', 30, workspace);
    expect(b).toEqual({});
    const c = withOverride({}, 'activityEvents', ['report_viewed', 'login'], workspace);
    expect(c).toEqual({});
    expect(withoutOverride({ powerTopPercent: 5, windowDays: 7 }, 'windowDays')).toEqual({
      powerTopPercent: 5,
    });
  });

  it('offers every seen name plus chosen ones, sorted, once', () => {
    expect(eventNameChoices(['b', 'a', 'b'], ['z', 'a'])).toEqual(['a', 'b', 'z']);
  });
});

describe('notes CSV', () => {
  const note = (over: Partial<Note>): Note => ({
    id: 'n1',
    title: 'Title',
    body: 'Body',
    type: 'Call',
    createdAt: '2026-11-02T09:00:00Z',
    updatedAt: '2026-11-02T09:00:00Z',
    ...over,
  });

  it('quotes commas, quotes and line breaks and defuses formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line1\nline2')).toBe('"line1\nline2"');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField(undefined)).toBe('');
  });

  it('defuses formulas after leading spaces, in full-width forms and after a line feed (#12)', () => {
    expect(csvField('  =1+1')).toBe("'  =1+1");
    expect(csvField('\u3000@SUM(A1)')).toBe("'\u3000@SUM(A1)");
    expect(csvField('＝HYPERLINK(1)')).toBe("'＝HYPERLINK(1)");
    expect(csvField('＋1')).toBe("'＋1");
    expect(csvField('－1')).toBe("'－1");
    expect(csvField('＠x')).toBe("'＠x");
    expect(csvField('\n=1')).toBe('"\'\n=1"');
    expect(csvField('plain - text')).toBe('plain - text');
  });

  it('writes a header and one row per note, oldest first, with the user email', () => {
    const csv = notesToCsv(
      [
        note({ id: 'n2', createdAt: '2026-11-03T00:00:00Z', userId: 'u1', body: 'x, y' }),
        note({ id: 'n1' }),
      ],
      (id) => (id === 'u1' ? 'ada@example.com' : undefined),
    );
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'id,type,title,body,author,user_id,user_email,account_id,created_at,updated_at',
    );
    expect(lines[1]?.startsWith('n1,Call,Title,Body,,,,,')).toBe(true);
    expect(lines[2]).toBe(
      'n2,Call,Title,"x, y",,u1,ada@example.com,,2026-11-03T00:00:00Z,2026-11-02T09:00:00Z',
    );
    expect(lines[3]).toBe('');
  });
});

describe('small formatters', () => {
  it('masks tokens and formats sizes', () => {
    expect(maskToken('tok_abcdefgh1234')).toBe('•••• 1234');
    expect(maskToken('short')).toBe('••••');
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(50 * 1024 * 1024)).toBe('50 MB');
    expect(plural(1, 'change')).toBe('1 change');
    expect(plural(3, 'change')).toBe('3 changes');
  });
});

describe('describeOutboxItem', () => {
  it('names the change and its subject in words', () => {
    expect(describeOutboxItem({ kind: 'note.put', body: { title: 'Renewal call' } })).toBe(
      'Note saved — “Renewal call”',
    );
    expect(describeOutboxItem({ kind: 'role.put', body: { name: 'Champion' } })).toBe(
      'Role saved — “Champion”',
    );
    expect(describeOutboxItem({ kind: 'note.delete' })).toBe('Note deleted');
    expect(describeOutboxItem({ kind: 'user.patch', body: { roleId: 'r1' } })).toBe(
      'User role, persona or fields changed',
    );
  });
});
