import { treesUnder } from './deep-query';
import { isExcluded, textOf } from './dom-text';

// Label words in English, German, French, Spanish, Portuguese, Dutch, Italian and Japanese.
// Values are still checked by shape where it matters (emails by syntax), so a label in another
// language only loses the optional fields, never picks a wrong email.
const w = (words: string) => words.split('|');

export const EMAIL_LABELS = w(
  'email|e-mail|email address|emails|email addresses|primary email|secondary email|' +
    'e-mail-adresse|adresse e-mail|courriel|correo|correo electrónico|endereço de e-mail|' +
    'e-mailadres|indirizzo email|メール|メールアドレス',
);
export const TITLE_LABELS = w(
  'job title|title|position|titel|poste|fonction|cargo|puesto|functie|qualifica|ruolo|役職',
);
export const COMPANY_LABELS = w(
  'company|company name|account name|account|accounts|organization|organisation|firma|firmenname|' +
    'unternehmen|entreprise|société|empresa|organización|organização|bedrijf|organisatie|' +
    'azienda|società|会社名|取引先名',
);
export const PHONE_LABELS = w(
  'phone|phone number|phone numbers|mobile|mobile phone|business phone|telefon|' +
    'telefonnummer|téléphone|teléfono|móvil|celular|telefone|telefoon|telefono|cellulare|電話|' +
    '電話番号',
);
export const DOMAIN_LABELS = w(
  'domain|company domain name|website|webseite|site web|sitio web|sito web|ウェブサイト',
);

const normaliseLabel = (s: string) =>
  s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s:*：]+$/, '')
    .toLowerCase();

/** The element showing the value that belongs to a label element (label/value pairs vary per CRM). */
function valueFor(label: Element): Element | undefined {
  if (label instanceof HTMLLabelElement && label.htmlFor) {
    const target = label.ownerDocument.getElementById(label.htmlFor);
    if (target) return target;
  }
  let el: Element | null = label;
  for (let depth = 0; depth < 4 && el; depth++, el = el.parentElement) {
    const next: Element | null = el.nextElementSibling;
    if (next && (textOf(next) || next.querySelector('input, a[href]'))) return next;
  }
  return undefined;
}

/**
 * Values of the properties labelled with one of `labels` (case-insensitive, exact words) inside
 * `roots` and the shadow roots below them, skipping decoy regions and hidden parts. Labels are
 * matched on text nodes so that any markup works.
 */
export function labelledValues(
  roots: Element[],
  labels: string[],
  exclude: string | undefined,
): Element[] {
  const wanted = new Set(labels);
  const found: Element[] = [];
  for (const root of roots)
    for (const tree of treesUnder(root)) {
      const doc = root.ownerDocument;
      const walker = doc.createTreeWalker(tree as Node, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.nodeValue ?? '';
        if (text.length > 40 || !wanted.has(normaliseLabel(text))) continue;
        const label = node.parentElement;
        if (!label || isExcluded(label, exclude)) continue;
        const value = valueFor(label);
        if (value && !isExcluded(value, exclude)) found.push(value);
      }
    }
  return found;
}
