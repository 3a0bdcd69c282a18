import { useEffect, useState } from 'react';
import { CRM_IDS, type CrmId, crmName } from '@/lib/domain/crms';
import { getDisabledCrms, setCrmEnabled, watchDisabledCrms } from '@/lib/platform/crm-sites';
import { OptionsSection } from './options-section';

/** One on/off switch per supported CRM; a switched-off CRM's pages are left alone. */
export function CrmSitesSection() {
  const [disabled, setDisabled] = useState<CrmId[]>();
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    void getDisabledCrms().then(setDisabled);
    return watchDisabledCrms(setDisabled);
  }, []);

  return (
    <OptionsSection
      title="CRM sites"
      description="The extension recognises contacts only on the CRMs switched on here."
    >
      <ul className="options-crm-grid" aria-label="CRM sites">
        {CRM_IDS.map((crm) => {
          const on = disabled !== undefined && !disabled.includes(crm);
          return (
            <li key={crm}>
              <label className="options-switch">
                <input
                  type="checkbox"
                  role="switch"
                  checked={on}
                  aria-checked={on}
                  disabled={disabled === undefined}
                  onChange={(e) => {
                    const enabled = e.target.checked;
                    setDisabled((d) =>
                      enabled ? d?.filter((c) => c !== crm) : [...(d ?? []), crm],
                    );
                    setCrmEnabled(crm, enabled).then(
                      () => setProblem(undefined),
                      (err: unknown) => setProblem(`Could not save the change: ${String(err)}`),
                    );
                  }}
                />
                {crmName(crm)}
              </label>
            </li>
          );
        })}
      </ul>
      {problem ? <p className="options-error">{problem}</p> : null}
    </OptionsSection>
  );
}
