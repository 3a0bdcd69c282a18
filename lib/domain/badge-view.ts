import type { UserType } from './types';
import { USER_TYPE_LABELS } from './types';

export type BadgeTone = UserType | 'deactivated' | 'possible' | 'none' | 'product';

/** What the inline badge shows; computed in the worker, rendered as text by the content script. */
export interface BadgeView {
  chips: { tone: BadgeTone; text: string }[];
  /** Tooltip and accessible name: type words only, never the person's name or email. */
  title: string;
}

const ORDER: UserType[] = ['power', 'influencer', 'active', 'inactive', 'zombie'];
const OPEN = 'Click to open the user page.';

export interface BadgeInput {
  /** The matched user; undefined when nobody matched. Their identity never reaches the page. */
  user?: { deactivated?: boolean };
  /** The user's types from userStats; undefined while they are not computed yet. */
  types?: UserType[];
  suggestions: number;
  noEmail?: boolean;
}

export function badgeView({ user, types, suggestions, noEmail }: BadgeInput): BadgeView {
  if (user?.deactivated)
    return {
      chips: [{ tone: 'deactivated', text: 'Deactivated' }],
      title: `A deactivated product user. ${OPEN}`,
    };
  if (user) {
    const held = ORDER.filter((t) => types?.includes(t));
    const chips =
      held.length > 0
        ? held.map((tone) => ({ tone, text: USER_TYPE_LABELS[tone] }))
        : [{ tone: 'product' as const, text: 'Product user' }];
    return { chips, title: `${chips.map((c) => c.text).join(', ')}. ${OPEN}` };
  }
  if (suggestions > 0)
    return {
      chips: [{ tone: 'possible', text: 'Possible match' }],
      title: `No product user has this email, but ${suggestions === 1 ? 'one has' : `${suggestions} have`} the same name and company. ${OPEN}`,
    };
  if (noEmail)
    return {
      chips: [{ tone: 'none', text: 'No email found' }],
      title: `This record shows no email, so it could not be matched to a product user. ${OPEN}`,
    };
  return {
    chips: [{ tone: 'none', text: 'Not a product user' }],
    title: `No product user has this email or CRM id. ${OPEN}`,
  };
}
