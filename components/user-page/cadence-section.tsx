import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { formatDate } from '@/components/shared/format';
import { OutboxMark } from '@/components/shared/outbox-mark';
import { EmptyState } from '@/components/ui/empty-state';
import { Section } from '@/components/ui/section';
import { stopEnrollment } from '@/lib/db/enrollment-writes';
import { displayName } from '@/lib/domain/display-name';
import { ENROLLMENT_STATUS_LABELS } from '@/lib/domain/enrollment-status';
import { useLocalWrite } from '@/lib/panel/use-local-write';
import { userEnrollmentsQuery, userQuery } from '@/lib/panel/user-queries';
import { cadencesQuery } from '@/lib/panel/workspace-queries';
import { AddToCadenceDialog } from './add-to-cadence-dialog';

/** The user's current and past cadences (journeys) and the "Add to cadence" flow. */
export function CadenceSection({ userId }: { userId: string }) {
  const { data: user } = useQuery(userQuery(userId));
  const { data: enrollments = [] } = useQuery(userEnrollmentsQuery(userId));
  const { data: cadences = [] } = useQuery(cadencesQuery());
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<string>();
  const [stopping, setStopping] = useState<string>();
  const stopWrite = useLocalWrite(stopEnrollment);
  const names = new Map(cadences.map((c) => [c.id, c.name]));
  const active = useMemo(
    () => new Set(enrollments.filter((e) => e.status === 'active').map((e) => e.cadenceId)),
    [enrollments],
  );
  const stop = async (id: string, name: string) => {
    const stopped = await stopWrite.run(id);
    const result = stopped.ok ? stopped.value : { ok: false as const, reason: stopped.message };
    setStopping(undefined);
    if (result.ok) setMessage(`Stopped “${name}”: no more emails of it will go out.`);
    else setMessage(`“${name}” was not stopped: ${result.reason}.`);
  };

  return (
    <Section
      title="Cadences"
      actions={
        <button
          type="button"
          className="button small"
          onClick={() => {
            setMessage(undefined);
            setOpen(true);
          }}
        >
          Add to cadence
        </button>
      }
    >
      {message ? (
        <p className="success small" role="status">
          {message}
        </p>
      ) : null}
      {enrollments.length === 0 ? (
        <EmptyState title="Not in any cadence">
          Use “Add to cadence” to send them an email sequence.
        </EmptyState>
      ) : (
        <ul className="journeys" aria-label="Cadence history">
          {enrollments.map((e) => {
            const name = names.get(e.cadenceId) ?? 'A cadence no longer in the workspace';
            return (
              <li key={e.id} className="journey">
                <span className="journey-name">{name}</span>
                <span className={`chip status-${e.status}`}>
                  {ENROLLMENT_STATUS_LABELS[e.status]}
                </span>
                <span className="muted small">since {formatDate(e.createdAt)}</span>
                <OutboxMark entityId={e.id} kinds={['enrollment.put']} />
                {e.status === 'active' ? (
                  stopping === e.id ? (
                    <span className="journey-stop small">
                      Stop this cadence?{' '}
                      <button
                        type="button"
                        className="button danger small"
                        // biome-ignore lint/a11y/noAutofocus: the question replaced the focused "Stop"
                        autoFocus
                        onClick={() => void stop(e.id, name)}
                      >
                        Stop
                      </button>{' '}
                      <button
                        type="button"
                        className="button small"
                        onClick={() => setStopping(undefined)}
                      >
                        Keep
                      </button>
                    </span>
                  ) : (
                    <button
                      type="button"
                      className="link-button small"
                      aria-label={`Stop ${name}`}
                      onClick={() => {
                        setMessage(undefined);
                        setStopping(e.id);
                      }}
                    >
                      Stop
                    </button>
                  )
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {user ? (
        <AddToCadenceDialog
          open={open}
          userId={userId}
          personName={displayName(user)}
          activeCadenceIds={active}
          onClose={() => setOpen(false)}
          onAdded={(cadenceName) => {
            setOpen(false);
            setMessage(`${displayName(user)} was added to the cadence “${cadenceName}”.`);
          }}
        />
      ) : null}
    </Section>
  );
}
