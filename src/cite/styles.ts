import fs from 'node:fs';
import path from 'node:path';
import type CSL from 'citeproc';
import { fromRoot } from '../paths';
import type { CslItem } from './csl';
import type { ReferenceRenderer } from './format';

/** `style` values: the ledger's own wording, or a CSL style shipped in src/cite/styles (rendered by citeproc-js). */
export const CITATION_STYLES = ['ledger', 'apa', 'vancouver', 'harvard1'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

const STYLE_DIR = fromRoot('src', 'cite', 'styles');
const cache = new Map<string, string>();

function read(file: string): string {
  let xml = cache.get(file);
  if (xml === undefined) {
    xml = fs.readFileSync(path.join(STYLE_DIR, file), 'utf8');
    cache.set(file, xml);
  }
  return xml;
}

/**
 * The characters citeproc-js reads as markup in an item's fields: its rich-text tags (`<b>`, `<i>`, `<sc>`, `<sup>`,
 * `<span class="nocase">`…) and straight quotes, which it turns into typographic ones. Stored text is text: a title
 * holding "<b>Report</b>" is cited with those characters, in the text format and escaped in the HTML one, never as bold
 * (nor stripped of them).
 */
const CSL_MARKUP = ['<', '>', '"', "'"] as const;
const HTML_ESCAPED: Record<(typeof CSL_MARKUP)[number], string> = { '<': '&#60;', '>': '&#62;', '"': '&#34;', "'": '&#39;' };

/**
 * The items with each markup character of their stored text replaced by a private-use character none of them holds, and
 * how to write those back into what citeproc-js renders: the style's own quotes and tags are left as they are.
 */
function shielded(items: CslItem[]): { items: CslItem[]; restore(rendered: string, format: 'text' | 'html'): string } {
  const held = JSON.stringify(items);
  const stand: string[] = [];
  for (let code = 0xe000; stand.length < CSL_MARKUP.length; code++) {
    const c = String.fromCharCode(code);
    if (!held.includes(c)) stand.push(c);
  }
  const byChar = new Map<string, string>(CSL_MARKUP.map((c, i) => [c, stand[i]]));
  const shield = (value: unknown): unknown => {
    if (typeof value === 'string') return value.replace(/[<>"']/g, (c) => byChar.get(c)!);
    if (Array.isArray(value)) return value.map(shield);
    if (value !== null && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'id' || k === 'type' ? v : shield(v)]));
    return value;
  };
  const standing = new RegExp(`[${stand.join('')}]`, 'g');
  return {
    items: items.map((i) => shield(i) as CslItem),
    restore: (rendered, format) =>
      rendered.replace(standing, (s) => {
        const c = CSL_MARKUP[stand.indexOf(s)];
        return format === 'html' ? HTML_ESCAPED[c] : c;
      }),
  };
}

/**
 * citeproc-js, loaded by the first CSL citation rather than with the app (~0.15 s of CPU): every test file that makes an
 * app loaded it, and most never cite; the server's thread pays it once.
 */
let citeproc: typeof CSL | undefined;

/** Bibliography entries of the items in a CSL style, as citeproc-js (the processor of Zotero and Mendeley) writes them. */
export function renderCsl(stored: CslItem[], style: Exclude<CitationStyle, 'ledger'>, format: 'text' | 'html'): string[] {
  const { items, restore } = shielded(stored);
  const byId = new Map(items.map((i) => [i.id, i]));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  citeproc ??= require('citeproc') as typeof CSL;
  const engine = new citeproc.Engine(
    { retrieveLocale: () => read('locales-en-US.xml'), retrieveItem: (id) => byId.get(id) },
    read(`${style}.csl`),
    'en-US',
    true,
  );
  engine.setOutputFormat(format);
  engine.updateItems(items.map((i) => i.id));
  const bibliography = engine.makeBibliography();
  if (!bibliography) return [];
  // Inline, without the entry's block wrapper or a numeric style's list number: the claim sentence comes first.
  return bibliography[1].map((entry) =>
    restore(
      format === 'html'
        ? entry
            .trim()
            .replace(/^<div class="csl-entry">/, '')
            .replace(/<\/div>$/, '')
            .replace(/<div class="csl-left-margin">.*?<\/div>/, '')
            .replace(/<div class="csl-right-inline">(.*)<\/div>/s, '$1')
            .trim()
        : entry.trim().replace(/^\[?\d+\]?\.?\s+/, ''),
      format,
    ),
  );
}

/** The renderer for `citeClaim`, or none for the ledger's own wording. */
export function styleRenderer(style: CitationStyle): ReferenceRenderer | undefined {
  if (style === 'ledger') return undefined;
  return (items, format) => renderCsl(items, style, format);
}
