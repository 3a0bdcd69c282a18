import { useState } from 'react';
import type { SyncFailure } from '@/lib/domain/sync-status-words';
import { openOptionsPage } from '@/lib/platform/options-page';
import { sendSyncMessage } from '@/lib/platform/runtime-messages';

/**
 * The one action that can fix a failed sync: the settings when the server refused the token
 * (paused), else trying again now. A refused request says why, in its place.
 */
export function SyncFixButton({ action }: { action: SyncFailure['action'] | 'start' }) {
  const [error, setError] = useState<string>();
  if (action === 'settings')
    return (
      <button
        type="button"
        className="button small"
        onClick={() => void openOptionsPage().catch(() => {})}
      >
        Open settings to fix it
      </button>
    );
  const run = async () => {
    setError(undefined);
    const result = await sendSyncMessage({ type: 'sync/now' });
    if (!result.ok) setError(`Could not sync: ${result.error}`);
  };
  return (
    <>
      <button type="button" className="button small" onClick={() => void run()}>
        {action === 'start' ? 'Sync now' : 'Try again now'}
      </button>
      {error ? (
        <p className="error small" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}
