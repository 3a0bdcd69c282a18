import type { ChangeRecord } from './change-records';

/** What the rep asked to be alerted about, for pinned accounts only. Off until opted in. */
export interface AlertSettings {
  enabled: boolean;
  /** An influencer or power user became inactive. */
  wentQuiet: boolean;
  /** A new power user. */
  newPower: boolean;
  /** Active users fell below `lowActivePercent` % of licences. */
  lowActive: boolean;
  lowActivePercent: number;
}

export const DEFAULT_ALERT_SETTINGS: AlertSettings = {
  enabled: false,
  wentQuiet: true,
  newPower: true,
  lowActive: false,
  lowActivePercent: 50,
};

export interface PersonAlert {
  key: string;
  kind: 'went-quiet' | 'new-power';
  accountId: string;
  userId: string;
}

export interface LowActiveAlert {
  key: string;
  kind: 'low-active';
  accountId: string;
  active: number;
  licences: number;
}

export type Alert = PersonAlert | LowActiveAlert;

/**
 * Person alerts from stored changes: live, news (not from the initial sync nor recomputed
 * history), not alerted yet, on a pinned account, and of a kind the rep chose.
 */
export function personAlerts(
  records: Iterable<ChangeRecord>,
  pinned: ReadonlySet<string>,
  settings: AlertSettings,
): PersonAlert[] {
  if (!settings.enabled) return [];
  const out: PersonAlert[] = [];
  for (const r of records) {
    if (r.live !== 1 || !r.news || r.alertedAt || !r.accountId || !pinned.has(r.accountId))
      continue;
    const wentQuiet = r.kind === 'inactive' && (r.before?.length ?? 0) > 0;
    if (wentQuiet && settings.wentQuiet)
      out.push({ key: r.id, kind: 'went-quiet', accountId: r.accountId, userId: r.userId });
    else if (r.kind === 'power' && settings.newPower)
      out.push({ key: r.id, kind: 'new-power', accountId: r.accountId, userId: r.userId });
  }
  return out;
}

/** Per pinned account: whether active users were below the alert's share of licences. */
export type LowActiveState = Record<string, boolean>;

/**
 * Licence alerts fire when an account crosses below the line, not while it stays there.
 * An account seen for the first time (no previous state) only sets the state: what the first
 * look finds is not news.
 */
export function lowActiveAlerts(
  figures: { accountId: string; active: number; licences?: number }[],
  previous: LowActiveState,
  settings: AlertSettings,
): { alerts: LowActiveAlert[]; state: LowActiveState } {
  const state: LowActiveState = {};
  const alerts: LowActiveAlert[] = [];
  for (const f of figures) {
    if (!f.licences || f.licences <= 0) continue;
    const below = (f.active / f.licences) * 100 < settings.lowActivePercent;
    state[f.accountId] = below;
    const before = previous[f.accountId];
    if (settings.enabled && settings.lowActive && below && before === false)
      alerts.push({
        key: `low-active|${f.accountId}|${f.active}`,
        kind: 'low-active',
        accountId: f.accountId,
        active: f.active,
        licences: f.licences,
      });
  }
  return { alerts, state };
}
