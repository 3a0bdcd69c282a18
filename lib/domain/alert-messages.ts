import type { Alert } from './alerts';

export type AlertTarget =
  | { kind: 'user'; userId: string }
  | { kind: 'account'; accountId: string }
  | { kind: 'home' };

export interface AlertMessage {
  id: string;
  title: string;
  message: string;
  items?: { title: string; message: string }[];
}

/** Alerts up to this many get a notification each; more are grouped into one. */
const MAX_SEPARATE = 3;
const PREFIX = 'home-alert';

/** A notification id that says what a click opens (ids and keys are URI-encoded). */
export function notificationId(target: AlertTarget, key: string): string {
  const id =
    target.kind === 'user' ? target.userId : target.kind === 'account' ? target.accountId : '';
  return [PREFIX, target.kind, encodeURIComponent(id), encodeURIComponent(key)].join('|');
}

export function targetOfNotification(id: string): AlertTarget | undefined {
  const [prefix, kind, raw] = id.split('|');
  if (prefix !== PREFIX || raw === undefined) return undefined;
  const value = decodeURIComponent(raw);
  if (kind === 'user' && value) return { kind: 'user', userId: value };
  if (kind === 'account' && value) return { kind: 'account', accountId: value };
  if (kind === 'home') return { kind: 'home' };
  return undefined;
}

/** The words of each alert, and one grouped notification when several fire at once. */
export function alertMessages(
  alerts: Alert[],
  names: { user(id: string): string; account(id: string): string },
  options: { windowDays: number; lowActivePercent: number; at: string },
): AlertMessage[] {
  const one = alerts.map((a) => ({ alert: a, ...wordsOf(a, names, options) }));
  if (one.length <= MAX_SEPARATE)
    return one.map(({ alert, title, message }) => ({
      id: notificationId(
        alert.kind === 'low-active'
          ? { kind: 'account', accountId: alert.accountId }
          : { kind: 'user', userId: alert.userId },
        alert.key,
      ),
      title,
      message,
    }));
  return [
    {
      id: notificationId({ kind: 'home' }, options.at),
      title: `${one.length} changes on your accounts`,
      message: 'Open the panel to see what changed.',
      items: one.map(({ title, message }) => ({ title, message })),
    },
  ];
}

function wordsOf(
  a: Alert,
  names: { user(id: string): string; account(id: string): string },
  options: { windowDays: number; lowActivePercent: number },
): { title: string; message: string } {
  const account = names.account(a.accountId);
  if (a.kind === 'low-active')
    return {
      title: `${account}: active users below ${options.lowActivePercent}% of licences`,
      message: `${a.active} active of ${a.licences} licences.`,
    };
  if (a.kind === 'went-quiet')
    return {
      title: `${names.user(a.userId)} went quiet`,
      message: `${account}: no activity in the last ${options.windowDays} days.`,
    };
  return { title: `New power user at ${account}`, message: `${names.user(a.userId)}.` };
}
