import { QueryClientProvider } from '@tanstack/react-query';
import { WELCOME_PARAM } from '@/lib/platform/options-page';
import { useLocalQueryClient } from '@/lib/query/query-client';
import { AlertsSection } from './alerts-section';
import { CrmSightingsSection } from './crm-sightings-section';
import { CrmSitesSection } from './crm-sites-section';
import { DataSection } from './data-section';
import { DataSourceSection } from './data-source-section';
import { DefinitionsSection } from './definitions-section';
import { MilestonesSection } from './milestones-section';
import { NoteTypesSection } from './note-types-section';
import { OptInSitesSection } from './opt-in-sites-section';
import { OptionsNav } from './options-nav';
import { OptionsWelcome } from './options-welcome';
import { SyncStatusSection } from './sync-status-section';
import { TaxonomySection } from './taxonomy-section';
import './options.css';

/** The settings page: one card per concern, in the order a new user needs them. */
export function OptionsApp() {
  // Sections read IndexedDB through TanStack Query, kept fresh by Dexie's change events.
  const client = useLocalQueryClient();
  // The background opens this page with ?welcome=1 on a fresh install (lib/background/register-welcome).
  const welcome = new URLSearchParams(window.location.search).has(WELCOME_PARAM);
  return (
    <QueryClientProvider client={client}>
      <main className="options-page">
        <h1>Settings</h1>
        {welcome ? <OptionsWelcome /> : null}
        <OptionsNav />
        <DataSourceSection />
        <SyncStatusSection />
        <DefinitionsSection />
        <MilestonesSection />
        <TaxonomySection what="role" />
        <TaxonomySection what="persona" />
        <NoteTypesSection />
        <AlertsSection />
        <CrmSitesSection />
        <OptInSitesSection />
        <DataSection />
        <CrmSightingsSection />
      </main>
    </QueryClientProvider>
  );
}
