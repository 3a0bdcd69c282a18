/** Active and power users against licences, as a bar and in words. */
export function LicenceBar({
  active,
  power,
  licences,
}: {
  active: number;
  power: number;
  licences?: number;
}) {
  if (!licences) {
    return (
      <p className="small muted">
        {active} active · {power} power · licences not recorded
      </p>
    );
  }
  const pct = (n: number) => `${Math.min(100, Math.round((n / licences) * 100))}%`;
  return (
    <div className="licence-bar-wrap">
      <div
        className="licence-bar"
        role="img"
        aria-label={`${active} active and ${power} power users of ${licences} licences`}
      >
        <span className="licence-bar-active" style={{ width: pct(active) }} />
        <span className="licence-bar-power" style={{ width: pct(power) }} />
      </div>
      <p className="small muted">
        {active} active ({pct(active)}) · {power} power · {licences} licences
      </p>
    </div>
  );
}
