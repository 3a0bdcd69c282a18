import { describe, expect, it, vi } from 'vitest';
import { badgeRoot } from '@/lib/crm/badge-element';
import { badgeSlot } from '@/lib/crm/badge-slot';
import { badgeView } from '@/lib/domain/badge-view';

describe('badgeSlot', () => {
  it('renders text in a closed shadow root the page cannot open, and opens the panel on click', () => {
    document.body.innerHTML = '<h1><span id="name">Ada</span></h1>';
    const onOpen = vi.fn();
    const pageClick = vi.fn();
    document.body.addEventListener('click', pageClick);
    const slot = badgeSlot(document, onOpen);
    const header = document.getElementById('name');
    if (!header) throw new Error('no header');
    slot.show(header, {
      chips: [{ tone: 'none', text: '<img src=x onerror=alert(1)>' }],
      title: 't',
    });
    const host = header.nextElementSibling;
    expect(host?.hasAttribute('data-user-type-badge')).toBe(true);
    expect(host?.shadowRoot).toBeNull();
    expect(host?.textContent).toBe('');
    const root = badgeRoot(host);
    expect(root?.querySelector('img')).toBeNull();
    expect(root?.querySelector('button')?.textContent).toBe('<img src=x onerror=alert(1)>');
    root?.querySelector('button')?.click();
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(pageClick).not.toHaveBeenCalled();
  });

  it('keeps a single badge, following a re-rendered header, and removes it', () => {
    document.body.innerHTML = '<h1 id="a">Ada</h1><h1 id="b">Ada</h1>';
    const slot = badgeSlot(document, () => {});
    const [a, b] = [document.getElementById('a'), document.getElementById('b')];
    if (!a || !b) throw new Error('no headers');
    slot.show(a, badgeView({ suggestions: 0 }));
    // A stray copy (e.g. the CRM cloned the header with our host in it).
    document.body.append(a.nextElementSibling?.cloneNode() ?? '');
    slot.place(b);
    expect(document.querySelectorAll('[data-user-type-badge]')).toHaveLength(1);
    expect(b.nextElementSibling?.hasAttribute('data-user-type-badge')).toBe(true);
    slot.remove();
    expect(document.querySelectorAll('[data-user-type-badge]')).toHaveLength(0);
  });
});
