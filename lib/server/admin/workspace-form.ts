import { entitySchemas } from '../../protocol/schemas';
import type { Row } from '../store/changes';

// The workspace form's fields, turned into a workspace patch and checked as every rep's
// extension will check it (lib/protocol's schema), so a change that would be refused by the
// extension is refused here, with a reason per field, and nothing is written.

export const WORKSPACE_FIELDS = [
  'name',
  'timezone',
  'activityGranularity',
  'activityWindowDays',
  'powerUserTopPercent',
  'activityEvents',
  'milestones',
  'eventLabels',
  'customFieldLabels',
] as const;

export type WorkspaceForm = Record<(typeof WORKSPACE_FIELDS)[number], string>;

/** The stored workspace, as the form shows it. */
export function formOf(ws: Row): WorkspaceForm {
  const json = (v: unknown) => (v === undefined || v === null ? '' : JSON.stringify(v, null, 2));
  return {
    name: String(ws.name ?? ''),
    timezone: String(ws.timezone ?? 'UTC'),
    activityGranularity: String(ws.activityGranularity ?? 'event'),
    activityWindowDays: String(ws.activityWindowDays ?? 30),
    powerUserTopPercent: String(ws.powerUserTopPercent ?? 10),
    activityEvents: Array.isArray(ws.activityEvents) ? ws.activityEvents.join('\n') : '',
    milestones: json(ws.milestones),
    eventLabels: json(ws.eventLabels),
    customFieldLabels: json(ws.customFieldLabels),
  };
}

function jsonField(label: string, text: string, want: 'array' | 'object', errors: string[]) {
  if (!text.trim()) return undefined;
  try {
    const v = JSON.parse(text);
    const ok =
      want === 'array' ? Array.isArray(v) : typeof v === 'object' && v && !Array.isArray(v);
    if (ok) return v;
    errors.push(`${label}: must be a JSON ${want}.`);
  } catch {
    errors.push(`${label}: is not valid JSON.`);
  }
  return undefined;
}

export function parseWorkspaceForm(
  form: WorkspaceForm,
  current: Row,
): { ok: true; next: Row } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const num = (label: string, s: string) => {
    const n = Number(s);
    if (!s.trim() || !Number.isFinite(n)) errors.push(`${label}: must be a number.`);
    return n;
  };
  if (!form.name.trim()) errors.push('Name: must not be empty.');
  const next: Row = {
    ...current,
    name: form.name.trim(),
    timezone: form.timezone.trim() || 'UTC',
    activityGranularity: form.activityGranularity,
    activityWindowDays: num('Activity window (days)', form.activityWindowDays),
    powerUserTopPercent: num('Power users (top %)', form.powerUserTopPercent),
    activityEvents: form.activityEvents
      .split(/[\n,]/)
      .map((s) => s.trim())
      .filter(Boolean),
    milestones: jsonField('Milestones', form.milestones, 'array', errors),
    eventLabels: jsonField('Event labels', form.eventLabels, 'object', errors),
    customFieldLabels: jsonField('Field labels', form.customFieldLabels, 'object', errors),
  };
  for (const k of Object.keys(next)) if (next[k] === undefined) delete next[k];
  if (errors.length) return { ok: false, errors };
  const parsed = entitySchemas.workspace.safeParse(next);
  if (!parsed.success)
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => `${i.path.join('.') || 'Workspace'}: ${i.message}`),
    };
  // The schema drops an unusable milestone rather than the workspace; here the admin is told.
  const given = Array.isArray(next.milestones) ? next.milestones.length : 0;
  const kept = parsed.data.milestones?.length ?? 0;
  if (kept < given)
    return {
      ok: false,
      errors: [
        `Milestones: ${given - kept} of ${given} are not usable; each needs id, name, event and a count of at least 1.`,
      ],
    };
  return { ok: true, next };
}
