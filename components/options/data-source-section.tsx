import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { SourceConfig } from '@/lib/domain/source-config';
import { setSource } from '@/lib/options/background-commands';
import { maskToken } from '@/lib/options/mask-token';
import { sourceConfigQuery } from '@/lib/options/options-queries';
import { outboxQuery } from '@/lib/panel/sync-queries';
import { workspaceQuery } from '@/lib/panel/workspace-queries';
import type { CsvImportData } from '@/lib/sync/csv-import';
import { stageCsvImport } from '@/lib/sync/csv-staging';
import { DEMO_WORKSPACE_ID } from '@/lib/sync/demo-source';
import { ConnectionCodeForm } from './connection-code-form';
import { CsvImportForm } from './csv-import-form';
import { FirstSyncProgress } from './first-sync-progress';
import { OptionsSection } from './options-section';
import { SOURCE_LABELS, SourceChoice, type SourceKind } from './source-choice';
import { SourceSwitchConfirm } from './source-switch-confirm';
import { SsoSignInForm } from './sso-sign-in-form';
import { StatusLine, type StatusText } from './status-line';
import { SyncServerForm } from './sync-server-form';

function describe(config: SourceConfig): string {
  if (config.kind === 'http')
    return `Sync server ${config.baseUrl} (API token ${maskToken(config.token)})`;
  return SOURCE_LABELS[config.kind];
}

/** Same server, only a new token: no data is replaced, so no confirmation is needed. */
const sameServer = (a: SourceConfig, b: SourceConfig) =>
  a.kind === 'http' && b.kind === 'http' && a.baseUrl === b.baseUrl;

/** Where the workspace data comes from: the demo workspace, a sync server, or a CSV import. */
export function DataSourceSection() {
  const { data: config } = useQuery(sourceConfigQuery());
  const { data: workspace } = useQuery(workspaceQuery());
  const { data: outbox } = useQuery(outboxQuery());
  const [chosen, setChosen] = useState<SourceKind>();
  const [pending, setPending] = useState<SourceConfig>();
  // Checked CSV data waiting for the switch to be confirmed; staged only then.
  const [csvData, setCsvData] = useState<CsvImportData>();
  const [done, setDone] = useState<StatusText & { since: string }>();
  // After a CSV import the form gives way to "Import another file": its Import button would
  // otherwise stay, inviting a second import of the same files.
  const [csvImported, setCsvImported] = useState(false);
  if (!config || workspace === undefined || !outbox)
    return <OptionsSection title="Connection">{null}</OptionsSection>;
  const workspaceName = workspace?.name;
  const isDemo = workspace?.id === DEMO_WORKSPACE_ID;
  const kind = chosen ?? config.kind;
  const label = (c: SourceConfig) => SOURCE_LABELS[c.kind];

  const request = (target: SourceConfig) => {
    setDone(undefined);
    setCsvImported(false);
    setPending(target);
  };
  const finished = (text: string) => {
    setCsvImported(pending?.kind === 'csv');
    setPending(undefined);
    setDone({ ok: true, text, since: new Date().toISOString() });
  };
  const replaceToken = async (target: SourceConfig) => {
    const since = new Date().toISOString();
    const result = await setSource(target, false);
    setDone({
      ok: result.ok,
      text: result.ok ? 'Saved the new API token.' : result.error,
      since,
    });
  };

  return (
    <OptionsSection title="Connection">
      <p>
        Using: <strong>{describe(config)}</strong>
        {workspaceName && workspaceName !== describe(config)
          ? ` — workspace “${workspaceName}”`
          : ''}
        {isDemo ? <span className="options-tag">Demo data</span> : null}
      </p>
      <SourceChoice value={kind} onChange={setChosen} />
      {kind === 'demo' ? (
        config.kind === 'demo' ? (
          <p className="options-muted">
            The demo workspace holds made-up people and activity, to try the extension.
          </p>
        ) : (
          <button type="button" onClick={() => request({ kind: 'demo' })}>
            Use the demo workspace
          </button>
        )
      ) : null}
      {kind === 'http' ? (
        <SsoSignInForm
          onSave={(target) =>
            sameServer(config, target) ? void replaceToken(target) : request(target)
          }
        />
      ) : null}
      {kind === 'http' ? (
        <ConnectionCodeForm
          onSave={(target) =>
            sameServer(config, target) ? void replaceToken(target) : request(target)
          }
        />
      ) : null}
      {kind === 'http' ? (
        <SyncServerForm
          saved={config.kind === 'http' ? config : undefined}
          onSave={(target) =>
            sameServer(config, target) ? void replaceToken(target) : request(target)
          }
        />
      ) : null}
      {kind === 'csv' && csvImported ? (
        <div className="options-actions">
          <button type="button" onClick={() => setCsvImported(false)}>
            Import another file
          </button>
        </div>
      ) : kind === 'csv' ? (
        <CsvImportForm
          onImport={async (checked) => {
            setCsvData(checked);
            request({ kind: 'csv' });
            return undefined;
          }}
        />
      ) : null}
      {pending ? (
        <SourceSwitchConfirm
          from={config}
          fromLabel={label(config)}
          target={pending}
          targetLabel={label(pending)}
          outbox={outbox.items}
          prepare={pending.kind === 'csv' && csvData ? () => stageCsvImport(csvData) : undefined}
          onDone={finished}
          onCancel={() => setPending(undefined)}
        />
      ) : null}
      {done?.ok ? (
        <FirstSyncProgress
          since={done.since}
          saved={done.text}
          label={config.kind === 'csv' ? 'Import progress' : 'First sync progress'}
        />
      ) : done ? (
        <StatusLine status={done} />
      ) : null}
    </OptionsSection>
  );
}
