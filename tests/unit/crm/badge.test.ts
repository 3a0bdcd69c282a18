import { describe, expect, it, vi } from 'vitest';
import { badgeRoot } from '@/lib/crm/badge-element';
import { badgeSlot } from '@/lib/crm/badge-slot';
import { badgeView } from '@/lib/domain/badge-view';

describe('badgeView', () => {
  it('names the types in words, in display order, and nothing of who the user is', () => {
    const v = badgeView({
      user: {},
      types: ['active', 'influencer', 'power'],
      suggestions: 0,
    });
    expect(v.chips.map((c) => c.text)).toEqual(['Power user', 'Influencer', 'Active']);
    expect(v.title).toBe('Power user, Influencer, Active. Click to open the user page.');
  });

  it('says what is known when there are no types', () => {
    const words = (input: Parameters<typeof badgeView>[0]) =>
      badgeView(input).chips.map((c) => c.text);
    expect(words({ user: { deactivated: true }, types: ['active'], suggestions: 0 })).toEqual([
      'Deactivated',
    ]);
    expect(words({ suggestions: 2 })).toEqual(['Possible match']);
    expect(words({ suggestions: 0, noEmail: true })).toEqual(['No email found']);
    expect(words({ suggestions: 0 })).toEqual(['Not a product user']);
    expect(words({ user: {}, types: ['zombie'], suggestions: 0 })).toEqual(['Zombie']);
  });
});

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
