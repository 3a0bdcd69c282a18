/** The in-page anchor of a settings section, from its title: "Note types" → "section-note-types". */
export function sectionAnchor(title: string): string {
  return `section-${title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
}

/** The settings sections in page order: the navigation at the top links to each. */
export const OPTIONS_SECTION_TITLES = [
  'Connection',
  'Sync status',
  'Definitions',
  'Adoption milestones',
  'Roles',
  'Personas',
  'Note types',
  'Alerts',
  'CRM sites',
  'Data',
  'Seen in your CRM',
] as const;
