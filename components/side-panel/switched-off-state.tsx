import { useState } from 'react';
import { UserSearch } from '@/components/shared/user-search';
import { ErrorText } from '@/components/ui/error-text';
import { type CrmId, crmName } from '@/lib/domain/crms';
import { setCrmEnabled } from '@/lib/platform/crm-sites';

/** The tab is on a CRM the user switched off: say so (not "open a contact") and offer to switch it on. */
export function SwitchedOffState({ crm }: { crm: CrmId }) {
  const [problem, setProblem] = useState<string>();
  const name = crmName(crm);
  return (
    <div className="state">
      <section className="card state-card" aria-label="CRM switched off">
        <p className="state-title">{name} is switched off</p>
        <p className="muted">
          The extension leaves {name} pages alone, so it does not look for the person on this page.
          Switch it on to see their user page here and the badge on the page.
        </p>
        <button
          type="button"
          className="button primary small"
          onClick={() =>
            setCrmEnabled(crm, true).then(
              () => setProblem(undefined),
              (e: unknown) => setProblem(`Could not switch ${name} on: ${String(e)}`),
            )
          }
        >
          Switch on {name}
        </button>
        <ErrorText>{problem}</ErrorText>
      </section>
      <UserSearch />
    </div>
  );
}
