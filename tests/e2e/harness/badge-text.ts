import type { Page } from 'playwright-core';

interface CdpNode {
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  documentURL?: string;
}

const text = (node: CdpNode): string =>
  node.nodeType === 3
    ? (node.nodeValue ?? '')
    : node.nodeName === 'STYLE'
      ? ''
      : [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(text).join('');

/**
 * The inline badges of a CRM page and the page's URL, from one snapshot of the DOM through the
 * DevTools protocol: the badge lives in a closed shadow root the page's own scripts (and
 * Playwright's selectors) cannot enter.
 */
export async function badgeSnapshot(page: Page): Promise<{ url: string; badges: string[] }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: CdpNode;
    };
    const badges: string[] = [];
    const visit = (node: CdpNode) => {
      if (node.attributes?.includes('data-user-type-badge'))
        badges.push((node.shadowRoots ?? []).map(text).join(''));
      for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) visit(child);
    };
    visit(root);
    return { url: new URL(root.documentURL ?? 'about:blank').pathname, badges };
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** The words of every badge on the page. */
export const badgeTexts = async (page: Page) => (await badgeSnapshot(page)).badges;
