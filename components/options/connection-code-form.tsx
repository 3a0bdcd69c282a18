import { useState } from 'react';
import { parseConnectionString } from '@/lib/domain/connection-string';
import type { SourceConfig } from '@/lib/domain/source-config';
import { exchangeCode } from '@/lib/options/background-commands';
import { ensureOriginPermission } from '@/lib/platform/permissions';
import { StatusLine, type StatusText } from './status-line';
import { TextField } from './text-field';

export interface ConnectionCodeFormProps {
  onSave(config: Extract<SourceConfig, { kind: 'http' }>): void;
}

/**
 * One field for the connection string an admin sent (server and one-time code together):
 * the code is exchanged for a token, which is saved like a pasted one but never seen.
 */
export function ConnectionCodeForm({ onSave }: ConnectionCodeFormProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const [outcome, setOutcome] = useState<StatusText>();
  const [busy, setBusy] = useState(false);

  const connect = async () => {
    const parsed = parseConnectionString(text);
    if (!parsed.ok) return setError(parsed.error);
    setError(undefined);
    // First in the handler: the permission prompt needs the user's click.
    const permission = await ensureOriginPermission(parsed.baseUrl);
    if (!permission.ok) return setOutcome({ ok: false, text: permission.reason });
    setBusy(true);
    setOutcome(undefined);
    const result = await exchangeCode(parsed.baseUrl, parsed.code);
    setBusy(false);
    if (!result.ok) return setOutcome({ ok: false, text: result.error });
    setText('');
    setOutcome({
      ok: true,
      text: `Connected as ${result.value.user.name} (${result.value.user.email}).`,
    });
    onSave({ kind: 'http', baseUrl: parsed.baseUrl, token: result.value.token });
  };

  return (
    <form
      noValidate
      aria-label="Connect with a connection code"
      onSubmit={(e) => {
        e.preventDefault();
        void connect();
      }}
    >
      <TextField
        label="Connection string from your admin"
        placeholder="https://cs.example.com#code=…"
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(v) => {
          setText(v);
          setError(undefined);
          setOutcome(undefined);
        }}
        hint="It holds the server and a one-time code. Or enter a server URL and API token below."
        error={error}
      />
      <div className="options-actions">
        <button type="submit" className="options-primary" disabled={busy}>
          {busy ? 'Connecting…' : 'Connect'}
        </button>
      </div>
      <StatusLine status={outcome} />
    </form>
  );
}
