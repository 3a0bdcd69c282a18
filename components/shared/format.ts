// Display formatting for the panel and the settings page. Formatters are cached: creating them
// is slow.

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let f = cache.get(key);
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

/** "3:42 PM, Tue" in the given IANA zone; undefined when the zone is not valid. */
export function localTime(now: Date, timeZone: string): string | undefined {
  try {
    return formatter(
      `time:${timeZone}`,
      () =>
        new Intl.DateTimeFormat('en-US', {
          timeZone,
          hour: 'numeric',
          minute: '2-digit',
          weekday: 'short',
        }),
    ).format(now);
  } catch {
    return undefined;
  }
}

/** A calendar day ("2026-03-02") or an ISO time as "Mar 2, 2026". Days are shown as they are. */
export function formatDate(value: string): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(day ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return formatter(
    day ? 'day' : 'date',
    () =>
      new Intl.DateTimeFormat('en-US', {
        dateStyle: 'medium',
        ...(day ? { timeZone: 'UTC' } : {}),
      }),
  ).format(date);
}

/** A time in local time, in the one format of the panel and the settings: "Mar 2, 2026, 3:42 PM". */
export function formatDateTime(iso: string | undefined): string {
  if (!iso) return 'never';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatter(
    'datetime',
    () => new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' }),
  ).format(date);
}

/** "5 min ago", "3 h ago", else a date. */
export function formatRelative(iso: string, now: Date): string {
  const ms = now.getTime() - new Date(iso).getTime();
  if (Number.isNaN(ms)) return iso;
  if (ms < 60_000) return 'just now';
  if (ms < 3_600_000) return `${Math.floor(ms / 60_000)} min ago`;
  if (ms < 86_400_000) return `${Math.floor(ms / 3_600_000)} h ago`;
  return formatDateTime(iso);
}

/** Seconds as "2 h 5 min", "12 min", "40 s". */
export function formatDuration(sec: number): string {
  if (sec < 60) return `${Math.round(sec)} s`;
  const min = Math.round(sec / 60);
  if (min < 60) return `${min} min`;
  const h = Math.floor(min / 60);
  const rest = min % 60;
  return rest ? `${h} h ${rest} min` : `${h} h`;
}

/** A day as "Nov 22" within the current year, else "Nov 22, 2025". */
export function formatShortDay(day: string, now: Date): string {
  const full = formatDate(day);
  return day.slice(0, 4) === String(now.getFullYear()) ? full.replace(/, \d{4}$/, '') : full;
}
