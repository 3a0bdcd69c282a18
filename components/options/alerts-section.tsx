import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { setAlertSettings } from '@/lib/db/home-writes';
import type { AlertSettings } from '@/lib/domain/alerts';
import { alertSettingsQuery } from '@/lib/panel/home-queries';
import { OptionsSection } from './options-section';

/** home: opt-in browser notifications about pinned accounts, raised after each sync. */
export function AlertsSection() {
  const { data } = useQuery(alertSettingsQuery());
  const percentId = useId();
  // Shown at once, saved behind. This page is the only writer of the settings, so once edited
  // its own copy wins over a refetch that may still carry the previous value.
  const [draft, setDraft] = useState<AlertSettings>();
  if (!data) return null;
  const { pinned } = data;
  const settings = draft ?? data.settings;
  const save = (change: Partial<AlertSettings>) => {
    const next = { ...settings, ...change };
    setDraft(next);
    void setAlertSettings(next);
  };
  const box = (key: 'wentQuiet' | 'newPower' | 'lowActive', label: string) => (
    <label>
      <input
        type="checkbox"
        checked={settings[key]}
        disabled={!settings.enabled}
        onChange={(e) => save({ [key]: e.target.checked })}
      />
      {label}
    </label>
  );
  return (
    <OptionsSection
      title="Alerts"
      description="A browser notification after a sync when something changes on an account you pinned in the panel. Changes found by the first sync, or by changing the definitions, are not alerted."
    >
      <label>
        <input
          type="checkbox"
          checked={settings.enabled}
          onChange={(e) => save({ enabled: e.target.checked })}
        />
        Alert me about my pinned accounts
      </label>
      <p className="options-hint">
        {pinned === 0
          ? 'No account is pinned yet: pin one from its page in the panel (☆ Pin to home).'
          : `${pinned} ${pinned === 1 ? 'account is' : 'accounts are'} pinned.`}
      </p>
      <fieldset className="options-checks">
        <legend className="options-legend">Alert when</legend>
        {box('wentQuiet', 'an influencer or power user became inactive')}
        {box('newPower', 'someone became a power user')}
        {box('lowActive', 'active users fell below a share of licences')}
        <label htmlFor={percentId}>
          Share of licences (%)
          <input
            id={percentId}
            type="number"
            min={1}
            max={100}
            value={settings.lowActivePercent}
            disabled={!settings.enabled || !settings.lowActive}
            onChange={(e) => {
              const n = Math.round(Number(e.target.value));
              if (n >= 1 && n <= 100) save({ lowActivePercent: n });
            }}
          />
        </label>
      </fieldset>
    </OptionsSection>
  );
}
