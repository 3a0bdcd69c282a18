import { Section } from '@/components/ui/section';

/** In place of the charts for someone with no recorded activity: one line, not empty axes. */
export function NoActivityState() {
  return (
    <Section title="Activity">
      <p className="muted">No activity yet</p>
    </Section>
  );
}
