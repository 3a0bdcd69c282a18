import { useState } from 'react';
import { setSyncInterval } from '@/lib/options/background-commands';
import { validateInterval } from '@/lib/options/validate';
import { StatusLine, type StatusText } from './status-line';
import { TextField } from './text-field';

/** How often the background syncs on its own. */
export function SyncIntervalForm({ minutes }: { minutes: number }) {
  const [value, setValue] = useState(String(minutes));
  const [status, setStatus] = useState<StatusText>();
  const error = validateInterval(value);
  return (
    <form
      noValidate
      className="options-inline-form"
      onSubmit={async (e) => {
        e.preventDefault();
        if (error) return;
        const n = Number(value.trim());
        const result = await setSyncInterval(n);
        setStatus(
          result.ok
            ? { ok: true, text: `Syncing every ${n} minute${n === 1 ? '' : 's'}.` }
            : { ok: false, text: `Could not change the interval: ${result.error}` },
        );
      }}
    >
      <TextField
        label="Sync every (minutes)"
        inputMode="numeric"
        value={value}
        onChange={(v) => {
          setValue(v);
          setStatus(undefined);
        }}
        error={error}
      />
      <button type="submit">Save interval</button>
      <StatusLine status={status} />
    </form>
  );
}
