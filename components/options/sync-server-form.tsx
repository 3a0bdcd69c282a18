import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { sameOrigin } from '@/lib/domain/server-origin';
import type { SourceConfig } from '@/lib/domain/source-config';
import { testConnection } from '@/lib/options/background-commands';
import { maskToken } from '@/lib/options/mask-token';
import { normaliseServerUrl, validateServerUrl, validateToken } from '@/lib/options/validate';
import { syncStatusQuery } from '@/lib/panel/sync-queries';
import { ensureOriginPermission } from '@/lib/platform/permissions';
import { ConfirmPanel } from './confirm-panel';
import { StatusLine, type StatusText } from './status-line';
import { TextField } from './text-field';

export interface SyncServerFormProps {
  /** The saved server, when the current source is one (its token is never shown in full). */
  saved?: { baseUrl: string; token: string };
  onSave(config: Extract<SourceConfig, { kind: 'http' }>): void;
}

export const NEW_SERVER_TOKEN_MESSAGE =
  'Enter the API token for this server (the saved token is kept for the previous address only)';

/** Sync server URL + API token, "Test connection" and "Save"; both check the fields first. */
export function SyncServerForm({ saved, onSave }: SyncServerFormProps) {
  const [url, setUrl] = useState(saved?.baseUrl ?? '');
  const [token, setToken] = useState('');
  const [touched, setTouched] = useState({ url: false, token: false });
  const [outcome, setOutcome] = useState<StatusText & { at: string }>();
  const [testing, setTesting] = useState(false);
  // The details the last test failed with: saving exactly those asks first (it would replace
  // the working data with a server that cannot be reached).
  const [failedTest, setFailedTest] = useState<{ baseUrl: string; token: string; why: string }>();
  const [confirming, setConfirming] = useState<Extract<SourceConfig, { kind: 'http' }>>();
  const { data: status } = useQuery(syncStatusQuery());
  // An empty token field keeps the saved token, which the page never shows again, but only
  // for the same server: a changed address must never receive the old server's token.
  const sameServer = saved !== undefined && sameOrigin(url, saved.baseUrl);
  const keepsToken = sameServer && token.trim() === '';
  const urlError = validateServerUrl(url);
  const tokenError = keepsToken
    ? undefined
    : saved && !sameServer && token.trim() === ''
      ? NEW_SERVER_TOKEN_MESSAGE
      : validateToken(token);
  const fieldsOk = !urlError && !tokenError;
  const tokenToUse = () => (keepsToken && saved ? saved.token : token.trim());

  const test = async () => {
    setTouched({ url: true, token: true });
    if (!fieldsOk) return;
    const baseUrl = normaliseServerUrl(url);
    // Must come first in the click handler: the permission prompt needs the user's gesture.
    const permission = await ensureOriginPermission(baseUrl);
    const at = new Date().toISOString();
    if (!permission.ok) return setOutcome({ ok: false, text: permission.reason, at });
    setTesting(true);
    setOutcome(undefined);
    const result = await testConnection(baseUrl, tokenToUse());
    setTesting(false);
    setFailedTest(result.ok ? undefined : { baseUrl, token: tokenToUse(), why: result.error });
    setOutcome(
      result.ok
        ? {
            ok: true,
            text: `Connected to the workspace “${result.value.workspace.name}” as ${result.value.user.name}.`,
            at,
          }
        : { ok: false, text: result.error, at },
    );
  };

  const save = async () => {
    setTouched({ url: true, token: true });
    if (!fieldsOk) return;
    const baseUrl = normaliseServerUrl(url);
    const permission = await ensureOriginPermission(baseUrl);
    if (!permission.ok)
      return setOutcome({ ok: false, text: permission.reason, at: new Date().toISOString() });
    setOutcome(undefined);
    const target = { kind: 'http' as const, baseUrl, token: tokenToUse() };
    const untested = failedTest?.baseUrl === baseUrl && failedTest.token === target.token;
    if (untested && !sameServer) return setConfirming(target);
    onSave(target);
  };

  // A failed test of the server in use is over once that server has synced again since.
  const recovered =
    outcome && !outcome.ok && sameServer && status?.lastResult === 'ok'
      ? (status.lastSyncAt ?? '') > outcome.at
      : false;

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <TextField
        label="Sync server URL"
        type="url"
        placeholder="https://cs.example.com/api"
        autoComplete="url"
        value={url}
        onChange={(v) => {
          setUrl(v);
          setTouched((t) => ({ ...t, url: true }));
          setOutcome(undefined);
        }}
        error={touched.url ? urlError : undefined}
      />
      <TextField
        label="API token"
        type="password"
        autoComplete="off"
        value={token}
        onChange={(v) => {
          setToken(v);
          setTouched((t) => ({ ...t, token: true }));
          setOutcome(undefined);
        }}
        hint={
          sameServer && saved
            ? `Saved token: ${maskToken(saved.token)}. Leave empty to keep it.`
            : undefined
        }
        error={touched.token ? tokenError : undefined}
      />
      <div className="options-actions">
        <button type="button" disabled={testing} onClick={() => void test()}>
          {testing ? 'Testing…' : 'Test connection'}
        </button>
        <button type="submit" className="options-primary">
          Save
        </button>
      </div>
      {confirming ? (
        <ConfirmPanel
          title="The connection test failed. Switch anyway?"
          confirmLabel="Switch anyway"
          danger
          onConfirm={() => {
            setConfirming(undefined);
            setFailedTest(undefined);
            onSave(confirming);
          }}
          onCancel={() => setConfirming(undefined)}
        >
          <p>
            {failedTest?.why} Switching replaces the data in this browser with this server’s; until
            it answers, the panel has nothing to show. Cancel keeps what you have now.
          </p>
        </ConfirmPanel>
      ) : (
        <StatusLine status={recovered ? undefined : outcome} />
      )}
    </form>
  );
}
