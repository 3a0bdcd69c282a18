import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { EmptyState } from '@/components/ui/empty-state';
import { Section } from '@/components/ui/section';
import { displayName } from '@/lib/panel/search-users';
import { userEnrollmentsQuery, userQuery } from '@/lib/panel/user-queries';
import { cadencesQuery } from '@/lib/panel/workspace-queries';
import { AddToCadenceDialog } from './add-to-cadence-dialog';
import { formatDate } from './format';
import { OutboxMark } from './outbox-mark';

const STATUS_LABEL = { active: 'Active', completed: 'Completed', stopped: 'Stopped' } as const;

/** The user's current and past cadences (journeys) and the "Add to cadence" flow. */
export function CadenceSection({ userId }: { userId: string }) {
  const { data: user } = useQuery(userQuery(userId));
  const { data: enrollments = [] } = useQuery(userEnrollmentsQuery(userId));
  const { data: cadences = [] } = useQuery(cadencesQuery());
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<string>();
  const names = new Map(cadences.map((c) => [c.id, c.name]));

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
          {enrollments.map((e) => (
            <li key={e.id} className="journey">
              <span className="journey-name">
                {names.get(e.cadenceId) ?? 'A cadence no longer in the workspace'}
              </span>
              <span className={`chip status-${e.status}`}>{STATUS_LABEL[e.status]}</span>
              <span className="muted small">since {formatDate(e.createdAt)}</span>
              <OutboxMark entityId={e.id} kinds={['enrollment.put']} />
            </li>
          ))}
        </ul>
      )}
      {user ? (
        <AddToCadenceDialog
          open={open}
          userId={userId}
          personName={displayName(user)}
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
