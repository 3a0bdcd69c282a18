import { useState } from 'react';
import { sameOrigin } from '@/lib/domain/server-origin';
import type { SourceConfig } from '@/lib/domain/source-config';
import { testConnection } from '@/lib/options/background-commands';
import { maskToken } from '@/lib/options/mask-token';
import { normaliseServerUrl, validateServerUrl, validateToken } from '@/lib/options/validate';
import { ensureOriginPermission } from '@/lib/platform/permissions';
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
  const [outcome, setOutcome] = useState<StatusText>();
  const [testing, setTesting] = useState(false);
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
    if (!permission.ok) return setOutcome({ ok: false, text: permission.reason });
    setTesting(true);
    setOutcome(undefined);
    const result = await testConnection(baseUrl, tokenToUse());
    setTesting(false);
    setOutcome(
      result.ok
        ? {
            ok: true,
            text: `Connected to the workspace “${result.value.workspace.name}” as ${result.value.user.name}.`,
          }
        : { ok: false, text: result.error },
    );
  };

  const save = async () => {
    setTouched({ url: true, token: true });
    if (!fieldsOk) return;
    const baseUrl = normaliseServerUrl(url);
    const permission = await ensureOriginPermission(baseUrl);
    if (!permission.ok) return setOutcome({ ok: false, text: permission.reason });
    setOutcome(undefined);
    onSave({ kind: 'http', baseUrl, token: tokenToUse() });
  };

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
      <StatusLine status={outcome} />
    </form>
  );
}
