import {
  CSV_SAMPLE_EVENTS,
  CSV_SAMPLE_EVENTS_FILENAME,
  CSV_SAMPLE_USERS,
  CSV_SAMPLE_USERS_FILENAME,
} from '@/lib/sync/csv-samples';
import { downloadText } from './download-text';

/** Sample files showing every column, to start from. */
export function CsvSampleLinks() {
  return (
    <div className="options-actions">
      <button
        type="button"
        onClick={() => downloadText(CSV_SAMPLE_USERS_FILENAME, CSV_SAMPLE_USERS)}
      >
        Download sample users file
      </button>
      <button
        type="button"
        onClick={() => downloadText(CSV_SAMPLE_EVENTS_FILENAME, CSV_SAMPLE_EVENTS)}
      >
        Download sample events file
      </button>
    </div>
  );
}
