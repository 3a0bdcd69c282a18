import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(__dirname, '../../fixtures/crm');

/**
 * What a browser's parser does with declarative shadow DOM (`<template shadowrootmode>`),
 * which jsdom's DOMParser leaves as plain templates: attach the shadow root to the template's
 * parent and move the template's content into it, innermost first.
 */
function attachDeclarativeShadowRoots(root: ParentNode): void {
  for (const template of root.querySelectorAll<HTMLTemplateElement>('template[shadowrootmode]')) {
    const host = template.parentElement;
    if (!host) continue;
    attachDeclarativeShadowRoots(template.content);
    const mode = template.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open';
    const shadow = host.attachShadow({ mode });
    shadow.append(template.content);
    template.remove();
  }
}

/** A saved CRM page as a jsdom Document (declarative shadow roots attached). */
export function loadFixture(file: string): Document {
  const doc = new DOMParser().parseFromString(readFileSync(join(DIR, file), 'utf8'), 'text/html');
  attachDeclarativeShadowRoots(doc);
  return doc;
}

/**
 * The same page with the record's own email removed: fixtures mark it with
 * <!--email-->…<!--/email-->, everything else (decoys included) stays.
 */
export function loadFixtureWithoutEmail(file: string): Document {
  const html = readFileSync(join(DIR, file), 'utf8');
  const stripped = html.replace(/<!--email-->[\s\S]*?<!--\/email-->/g, '');
  if (stripped === html) throw new Error(`${file} marks no email`);
  const doc = new DOMParser().parseFromString(stripped, 'text/html');
  attachDeclarativeShadowRoots(doc);
  return doc;
}
