import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// axe-core (WCAG 2.2 A and AA rules) run inside a page of the built extension. The source is
// evaluated through the driver (CDP or WebDriver BiDi), not added as a <script>: extension
// pages forbid inline scripts, and the driver's evaluation is not bound by the page's CSP.
// Works with a Playwright page (Chromium) and a Puppeteer page (Firefox over BiDi).

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** What the check needs from a page: evaluate a script text and hand back its value. */
export interface EvaluatingPage {
  evaluate(script: string): Promise<unknown>;
}

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  /** Up to five offending elements: selector and axe's summary of what is wrong. */
  nodes: string[];
}

/** Serious and critical WCAG A/AA violations on the page as it is now (empty when none). */
export async function seriousViolations(page: EvaluatingPage): Promise<AxeViolation[]> {
  const loaded = await page.evaluate('typeof window.axe === "object"');
  if (!loaded) await page.evaluate(`${AXE_SOURCE}\n;void 0`);
  const json = await page.evaluate(`(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_TAGS)} },
      resultTypes: ['violations'],
    });
    return JSON.stringify(result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ') + ' — ' + (n.failureSummary || '').replace(/\\s+/g, ' ')),
      })));
  })()`);
  return JSON.parse(String(json)) as AxeViolation[];
}

/** Throws with a readable list when the page has any serious or critical violation. */
export async function expectAccessible(page: EvaluatingPage, where: string): Promise<void> {
  const violations = await seriousViolations(page);
  if (violations.length === 0) return;
  const text = violations
    .map((v) => `- ${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.join('\n    ')}`)
    .join('\n');
  throw new Error(`${where}: ${violations.length} serious/critical axe violation(s)\n${text}`);
}
