import { useState } from 'react';

/**
 * "Copy page report": the page's structure (element names, ids, classes, data-* attribute
 * names; no text, no values) for the user to send us, so we can teach the extension the
 * layout. Nothing is sent by itself; the report is shown so the user sees what it holds.
 */
export function CopyPageReport({ report }: { report: string }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(report);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <section className="card" aria-label="Page report">
      <p className="muted small">
        Help us read this page: copy its report and send it to your admin or to us. It holds the
        page's structure only, never a name, an email or any other text of the page.
      </p>
      <button type="button" className="button" onClick={() => void copy()}>
        Copy page report
      </button>
      {status === 'copied' ? (
        <p className="muted small" role="status">
          Copied. Paste it into an email; nothing was sent.
        </p>
      ) : null}
      {status === 'failed' ? (
        <p className="muted small" role="status">
          The browser did not allow copying: select the report below and copy it.
        </p>
      ) : null}
      <details>
        <summary>What the report holds</summary>
        <pre className="page-report" data-testid="page-report-text">
          {report}
        </pre>
      </details>
    </section>
  );
}
