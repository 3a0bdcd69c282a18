import { getDb } from '@/lib/db/database';
import { formatDateTime, plural } from '@/lib/options/format';
import { useLiveQuery } from './use-live-query';

const SHOWN = 50;

async function readRejected() {
  const table = getDb().rejected;
  const [count, latest] = await Promise.all([
    table.count(),
    table.orderBy('id').reverse().limit(SHOWN).toArray(),
  ]);
  return { count, latest };
}

/** Records the server sent that failed validation and were skipped, with the reason. */
export function RejectedList() {
  const { data } = useLiveQuery(readRejected, []);
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
