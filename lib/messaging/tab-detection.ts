import type { CrmId } from '../domain/crms';

/** What a content script extracted of the person on a CRM contact/lead record. */
export interface DetectedPerson {
  emails: string[];
  name?: string;
  title?: string;
  company?: string;
  phone?: string;
  recordId?: string;
}

/** Someone an inbox thread or a profile page shows, with where they appear. */
export interface SeenPerson {
  email?: string;
  name?: string;
  /** from: a message's sender; to/cc: its recipients; draft: a recipient being written to. */
  role: 'from' | 'to' | 'cc' | 'draft' | 'profile';
  company?: string;
}

/** What a content script extracted of a company/account record. */
export interface DetectedAccount {
  name?: string;
  domain?: string;
  recordId?: string;
}

/**
 * The per-tab state the background keeps in storage.session under `tab:{tabId}` (it survives
 * the worker being stopped). The panel follows it for the tab it is bound to.
 */
export interface TabDetection {
  tabId: number;
  url: string;
  crm: CrmId | null;
  page: 'contact' | 'account' | 'other';
  person?: DetectedPerson;
  account?: DetectedAccount;
  /**
   * A record URL whose record has not rendered yet, or still shows the previous record: the
   * person is not known yet (never the previous record's person).
   */
  pending?: boolean;
  /** The record page was recognised but shows no email for its person. */
  noEmail?: boolean;
  /**
   * The person was read by the careful fallback (a layout we do not know): a possible match
   * the user confirms in the panel. No badge and no CRM sighting while it is unconfirmed.
   */
  possible?: boolean;
  /** The user answered "No" for this record: show search, not the possible match. */
  rejected?: boolean;
  /** The user chose the person for this record (remembered per CRM record id). */
  confirmed?: boolean;
  /** A recognised record page on which nothing was found: say so, offer its emails and search. */
  unread?: boolean;
  visibleEmails?: string[];
  /** The page's structural outline (no text, no values) for "Copy page report". */
  pageReport?: string;
  /**
   * An inbox thread's people (never the signed-in user, lists or groups): the rep picks one
   * when no single person is in view. Read from an opt-in site (Gmail, Outlook).
   */
  people?: SeenPerson[];
  /** Result of matching `person` against product users. */
  match?: { userId?: string; via?: 'email' | 'crmId' | 'confirmed'; suggestions: string[] };
  /** Result of matching `account`: CRM id, then domain; name only as a suggestion. */
  accountMatch?: { accountId?: string; via?: 'crmId' | 'domain'; suggestions: string[] };
  detectedAt: string;
}

export const tabDetectionKey = (tabId: number) => `tab:${tabId}`;
