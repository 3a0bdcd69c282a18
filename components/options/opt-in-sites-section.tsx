import { useEffect, useState } from 'react';
import { OPT_IN_SITE_IDS, OPT_IN_SITES, type OptInSiteId } from '@/lib/domain/crms';
import { isSiteOn, turnSiteOff, turnSiteOn } from '@/lib/platform/opt-in-sites';
import { OptionsSection } from './options-section';

const WHAT: Record<OptInSiteId, string> = {
  gmail: 'the people of the open thread or draft',
  outlook: 'the people of the open message',
  linkedin: 'the name and company of a profile, matched only once you confirm',
};

/**
 * Gmail, Outlook on the web and LinkedIn: off until the rep turns each on here, which asks the
 * browser for that site's pages at that moment. Nothing is read there before.
 */
export function OptInSitesSection() {
  const [on, setOn] = useState<Partial<Record<OptInSiteId, boolean>>>({});
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    for (const site of OPT_IN_SITE_IDS)
      isSiteOn(site).then(
        (value) => setOn((o) => ({ ...o, [site]: value })),
        // The switch stays disabled: saying "off" would be a guess.
        (err: unknown) => setProblem(`Could not read which of these sites are on: ${String(err)}`),
      );
  }, []);

  const toggle = (site: OptInSiteId, wanted: boolean) => {
    // The browser asks only inside the click: nothing may be awaited before the request.
    const change = wanted ? turnSiteOn(site) : turnSiteOff(site).then(() => false);
    change.then(
      (now) => {
        setOn((o) => ({ ...o, [site]: now }));
        setProblem(
          wanted && !now
            ? `${OPT_IN_SITES[site].name} stays off: access was not allowed.`
            : undefined,
        );
      },
      (err: unknown) => setProblem(`Could not change ${OPT_IN_SITES[site].name}: ${String(err)}`),
    );
  };

  return (
    <OptionsSection
      title="Inbox and LinkedIn"
      description="Off until you turn a site on; the browser then asks for access to that site."
    >
      <ul className="options-crm-grid" aria-label="Inbox and LinkedIn sites">
        {OPT_IN_SITE_IDS.map((site) => (
          <li key={site}>
            <label className="options-switch">
              <input
                type="checkbox"
                role="switch"
                checked={on[site] === true}
                aria-checked={on[site] === true}
                disabled={on[site] === undefined}
                onChange={(e) => toggle(site, e.target.checked)}
              />
              {OPT_IN_SITES[site].name}
            </label>
            <p className="muted small">Reads {WHAT[site]}.</p>
          </li>
        ))}
      </ul>
      {problem ? <p className="options-error">{problem}</p> : null}
    </OptionsSection>
  );
}
