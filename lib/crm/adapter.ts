import type { CrmId } from '../domain/crms';
import type { DetectedAccount, DetectedPerson } from '../messaging/tab-detection';

export type RecordKind = 'contact' | 'account';

/** What a CRM URL says about the page: which kind of record, and its id in that CRM. */
export interface RecordRef {
  kind: RecordKind;
  recordId: string;
}

/**
 * Where one record layout of a CRM keeps the record's own data. Everything is looked up inside
 * `root` and outside `exclude`, so the signed-in rep's email in the navigation bar, other
 * people in the activity timeline and associated contacts are never taken for the record.
 */
export interface RecordLayout {
  /**
   * The container of the record being shown; the first one not hidden wins. Default: body.
   * `{id}` is replaced by the record id from the URL.
   */
  root?: string;
  /**
   * The record's name in its header. While it is absent the record has not rendered yet.
   * ` >>> ` steps into shadow roots (see deep-query.ts).
   */
  header: string;
  /** Read the name from this attribute of the header when it has one (e.g. `title`). */
  nameAttr?: string;
  /** Elements holding the record's own email: mailto links, inputs or text. */
  email?: string;
  /** Where the labelled properties are (default: root); searched for "Email", "Phone", … */
  fields?: string;
  title?: string;
  company?: string;
  phone?: string;
  domain?: string;
  /** Decoy regions: activity timeline, associations, email threads, other records. */
  exclude?: string;
}

export interface CrmAdapter<Id extends CrmId = CrmId> {
  id: Id;
  /** Host names of this CRM (regional and My Domain hosts included). */
  hosts: RegExp;
  /** The record a URL points at, or null for lists, settings and other pages. */
  recordRef(url: URL): RecordRef | null;
  /**
   * Layouts tried in order; the first whose header is present is used. Company pages built like
   * the contact pages (same header, labelled fields) need no layouts of their own.
   */
  layouts: { contact: RecordLayout[]; account?: RecordLayout[] };
  /**
   * Where the page shows the signed-in rep (account menu, profile card): an address seen there
   * is the rep's own and never a candidate for the record, whatever else reads it.
   */
  self?: string;
}

/** What a record page shows once its header is rendered. */
export interface RecordExtraction {
  /** The record's name element; the badge sits beside it. */
  header: Element;
  person?: DetectedPerson;
  account?: DetectedAccount;
  /** A contact record whose page shows no email for the person. */
  noEmail?: boolean;
  /**
   * Read by the careful fallback, not by a layout of the adapter: only a possible match that
   * the user confirms, never a badge or a sighting before that.
   */
  possible?: boolean;
}
