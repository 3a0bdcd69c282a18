export type LicenceTone = 'upsell' | 'risk' | 'ok' | 'unknown';

export interface LicenceHint {
  /** The headline, e.g. "42 active of 50 licences". */
  text: string;
  /** What it means for the account, in plain words. */
  advice: string;
  tone: LicenceTone;
  /** Active users as a share of licences (0–100+), when licences are known. */
  usagePercent?: number;
}

/** At or above this share of licences in active use, the account is close to needing more seats. */
const UPSELL_AT_PERCENT = 90;
/** Below this share, the seats are mostly unused: a renewal risk. */
const RISK_BELOW_PERCENT = 50;

const num = new Intl.NumberFormat('en-US');
const plural = (n: number, one: string, many: string) => `${num.format(n)} ${n === 1 ? one : many}`;

/**
 * The licence line of an account: active and power users against the seats it bought, with a
 * plain-words upsell or risk hint.
 */
export function licenceHint(input: {
  licenses?: number;
  active: number;
  power: number;
}): LicenceHint {
  const { licenses, active, power } = input;
  const powerText = plural(power, 'power user', 'power users');
  if (licenses === undefined || !Number.isFinite(licenses) || licenses <= 0) {
    return {
      text: `${plural(active, 'active user', 'active users')}, ${powerText}`,
      advice: 'No licence count is recorded for this account.',
      tone: 'unknown',
    };
  }
  const usagePercent = Math.round((active / licenses) * 100);
  const text = `${num.format(active)} active of ${plural(licenses, 'licence', 'licences')}`;
  if (active > licenses) {
    return {
      text,
      advice: `${plural(active - licenses, 'more active user than', 'more active users than')} licences bought, ${powerText}: an upsell conversation.`,
      tone: 'upsell',
      usagePercent,
    };
  }
  if (usagePercent >= UPSELL_AT_PERCENT) {
    return {
      text,
      advice: `${usagePercent}% of licences in active use, ${powerText}: close to needing more seats.`,
      tone: 'upsell',
      usagePercent,
    };
  }
  if (usagePercent < RISK_BELOW_PERCENT) {
    return {
      text,
      advice: `Only ${usagePercent}% of licences in active use (${plural(licenses - active, 'seat', 'seats')} idle): a renewal risk.`,
      tone: 'risk',
      usagePercent,
    };
  }
  return {
    text,
    advice: `${usagePercent}% of licences in active use, ${powerText}.`,
    tone: 'ok',
    usagePercent,
  };
}
