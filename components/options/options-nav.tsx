import { OPTIONS_SECTION_TITLES, sectionAnchor } from '@/lib/options/section-anchor';

/** Links to each section: the settings page is long (about 4,000 px), so jump rather than scroll. */
export function OptionsNav() {
  return (
    <nav className="options-nav" aria-label="Settings sections">
      <ul>
        {OPTIONS_SECTION_TITLES.map((title) => (
          <li key={title}>
            <a href={`#${sectionAnchor(title)}`}>{title}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
