import { DemoGuidance } from '@/components/home/demo-guidance';
import { UserSearch } from '@/components/shared/user-search';
import type { TabDetection } from '@/lib/messaging/tab-detection';
import { openOptionsPage } from '@/lib/platform/options-page';

/**
 * Demo mode on a real CRM contact: the demo workspace holds made-up people only, so this
 * person cannot be in it. Say that instead of "not a product user", offer the sample people
 * to try right here, and show how to connect.
 */
export function DemoNoMatchState({ detection }: { detection: TabDetection }) {
  const who = detection.person?.name ?? detection.person?.emails[0] ?? 'This person';
  return (
    <div className="state">
      <section className="card state-card" aria-label="Not in the demo data">
        <p className="state-title">{who} is not in the demo workspace</p>
        <p className="muted">
          The panel shows built-in demo data: made-up people and accounts, so real CRM contacts are
          never found in it. Connect your product data to see who uses it.
        </p>
        <button
          type="button"
          className="button small"
          onClick={() => void openOptionsPage().catch(() => {})}
        >
          Connect your data
        </button>
      </section>
      <DemoGuidance />
      <UserSearch />
    </div>
  );
}
