import { NoteTypesSection } from './note-types-section';
import { TaxonomySection } from './taxonomy-section';
import './options.css';

/** The settings page: one card per concern, in the order a new user needs them. */
export function OptionsApp() {
  return (
    <main className="options-page">
      <h1>Settings</h1>
      <TaxonomySection what="role" />
      <TaxonomySection what="persona" />
      <NoteTypesSection />
    </main>
  );
}
