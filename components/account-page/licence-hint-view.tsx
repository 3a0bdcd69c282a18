import type { LicenceHint } from '@/lib/domain/account-licence-hint';

const TONE_LABEL: Record<LicenceHint['tone'], string> = {
  upsell: 'Upsell',
  risk: 'Risk',
  ok: 'Healthy',
  unknown: 'Licences',
};

/** Active users against licences, with what it means for the account in plain words. */
export function LicenceHintView({ hint }: { hint: LicenceHint }) {
  return (
    <div className="licence-hint" data-tone={hint.tone} role="note" aria-label="Licences">
      <div className="licence-head">
        <span className="licence-text">{hint.text}</span>
        <span className="chip licence-tone">{TONE_LABEL[hint.tone]}</span>
      </div>
      {hint.usagePercent !== undefined ? (
        // The bar repeats the text above for the eye; screen readers get the text.
        <div className="licence-meter" aria-hidden="true">
          <span style={{ width: `${Math.min(100, hint.usagePercent)}%` }} />
        </div>
      ) : null}
      <p className="licence-advice small">{hint.advice}</p>
    </div>
  );
}
