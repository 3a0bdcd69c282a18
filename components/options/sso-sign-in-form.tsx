import { useState } from 'react';
import type { SourceConfig } from '@/lib/domain/source-config';
import { parseSsoAnswer, ssoStartUrl } from '@/lib/domain/sso-answer';
import { normaliseServerUrl, validateServerUrl } from '@/lib/options/validate';
import { ensureOriginPermission } from '@/lib/platform/permissions';
import { launchWebAuth, webAuthRedirectUrl } from '@/lib/platform/web-auth';
import { StatusLine, type StatusText } from './status-line';
import { TextField } from './text-field';

export interface SsoSignInFormProps {
  onSave(config: Extract<SourceConfig, { kind: 'http' }>): void;
}

/**
 * Sign in to a sync server with the team's identity provider, in the browser's own sign-in
 * window; the token it gives is saved like a pasted one (and expires: sign in again then).
 */
export function SsoSignInForm({ onSave }: SsoSignInFormProps) {
  const [url, setUrl] = useState('');
  const [touched, setTouched] = useState(false);
  const [outcome, setOutcome] = useState<StatusText>();
  const [busy, setBusy] = useState(false);
  const urlError = validateServerUrl(url);

  const signIn = async () => {
    setTouched(true);
    if (urlError) return;
    const baseUrl = normaliseServerUrl(url);
    const permission = await ensureOriginPermission(baseUrl);
    if (!permission.ok) return setOutcome({ ok: false, text: permission.reason });
    setBusy(true);
    setOutcome(undefined);
    const answer = parseSsoAnswer(await launchWebAuth(ssoStartUrl(baseUrl, webAuthRedirectUrl())));
    setBusy(false);
    if (!answer.ok) return setOutcome({ ok: false, text: answer.error });
    setOutcome({ ok: true, text: 'Signed in with your company account.' });
    onSave({ kind: 'http', baseUrl, token: answer.token });
  };

  return (
    <form
      noValidate
      aria-label="Sign in with your company account"
      onSubmit={(e) => {
        e.preventDefault();
        void signIn();
      }}
    >
      <TextField
        label="Sync server URL for company sign-in"
        type="url"
        placeholder="https://cs.example.com"
        autoComplete="url"
        value={url}
        onChange={(v) => {
          setUrl(v);
          setOutcome(undefined);
        }}
        error={touched ? urlError : undefined}
      />
      <div className="options-actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in with your company account'}
        </button>
      </div>
      <StatusLine status={outcome} />
    </form>
  );
}
