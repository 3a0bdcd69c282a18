import type { ElementHandle, Page } from 'puppeteer-core';

// Puppeteer's ARIA selectors need the CDP accessibility tree, which Firefox over BiDi does not
// offer. These find elements the way a user names them instead: a field by its label text, a
// button by its words (or aria-label), polling until it is there.

type Finder = (name: string) => Element | null;

async function find(page: Page, finder: string, name: string, timeout: number) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const handle = await page.evaluateHandle(
      (how, wanted) => {
        const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
        const visible = (el: Element) => (el as HTMLElement).offsetParent !== null;
        const finders: Record<string, Finder> = {
          label: (n) => {
            const label = [...document.querySelectorAll('label')].find(
              (l) => norm(l.textContent) === n && l.control && visible(l.control),
            );
            return label?.control ?? document.querySelector(`[aria-label="${n}"]`);
          },
          button: (n) =>
            [...document.querySelectorAll('button')].find(
              (b) =>
                visible(b) &&
                !b.disabled &&
                (norm(b.getAttribute('aria-label')) === n || norm(b.textContent) === n),
            ) ?? null,
        };
        return finders[how]?.(wanted) ?? null;
      },
      finder,
      name,
    );
    const element = handle.asElement() as ElementHandle<Element> | null;
    if (element) return element;
    await handle.dispose();
    if (Date.now() > deadline) throw new Error(`No ${finder} “${name}” on ${page.url()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The form field labelled `name` (a <label> or aria-label). */
export const byLabel = (page: Page, name: string, timeout = 60_000) =>
  find(page, 'label', name, timeout);

/** The enabled, visible button whose words or aria-label are `name`. */
export const byButton = (page: Page, name: string, timeout = 60_000) =>
  find(page, 'button', name, timeout);

/** Waits until the page's text contains `text`. */
export async function waitForText(page: Page, text: string, timeout = 60_000): Promise<void> {
  await page.waitForFunction((t) => document.body?.innerText.includes(t), { timeout }, text);
}
