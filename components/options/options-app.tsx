import { DataSection } from './data-section';
import { DefinitionsSection } from './definitions-section';
import { NoteTypesSection } from './note-types-section';
import { SyncStatusSection } from './sync-status-section';
import { TaxonomySection } from './taxonomy-section';
import './options.css';

/** The settings page: one card per concern, in the order a new user needs them. */
export function OptionsApp() {
  return (
    <main className="options-page">
      <h1>Settings</h1>
      <SyncStatusSection />
      <DefinitionsSection />
      <TaxonomySection what="role" />
      <TaxonomySection what="persona" />
      <NoteTypesSection />
      <DataSection />
    </main>
  );
}
