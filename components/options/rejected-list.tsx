import { useQuery } from '@tanstack/react-query';
import { formatDateTime } from '@/components/shared/format';
import { plural } from '@/lib/options/format';
import { rejectedRecordsQuery } from '@/lib/options/options-queries';

const SHOWN = 50;

/** Records the server sent that failed validation and were skipped, with the reason. */
export function RejectedList() {
  const { data } = useQuery(rejectedRecordsQuery(SHOWN));
  if (!data || data.count === 0) return null;
  return (
    <div>
      <h3>Rejected records</h3>
      <p className="options-muted">
        {plural(data.count, 'record')} from the server could not be used and{' '}
        {data.count === 1 ? 'was' : 'were'} skipped
        {data.count > SHOWN ? ` (the latest ${SHOWN} are shown)` : ''}.
      </p>
      <ul className="options-list" aria-label="Rejected records">
        {data.latest.map((r) => (
          <li key={r.id} className="options-row">
            <div>
              <strong>
                {r.type}
                {r.entityId ? ` ${r.entityId}` : ''}
              </strong>
              <p>{r.reason}</p>
              <p className="options-hint">{formatDateTime(r.at)}</p>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
