import { QueryClientProvider } from '@tanstack/react-query';
import { configure, render } from '@testing-library/react';
import { createElement, type ReactElement, type ReactNode } from 'react';
import { useLocalQueryClient } from '@/lib/query/query-client';

// The machine is shared with other builds and test runs: give live queries room before
// calling a wait a failure.
configure({ asyncUtilTimeout: 5_000 });

/** What OptionsApp gives its sections: a fresh query client, kept fresh by Dexie. */
function LocalQueries({ children }: { children: ReactNode }) {
  return createElement(QueryClientProvider, { client: useLocalQueryClient() }, children);
}

/** Renders one options section as the page does, inside its query client. */
export const renderSection = (ui: ReactElement) => render(ui, { wrapper: LocalQueries });
