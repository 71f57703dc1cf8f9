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
 * citeproc-js, loaded by the first CSL citation rather than with the app (~0.15 s of CPU): every test file that makes an
 * app loaded it, and most never cite; the server's thread pays it once.
 */
let citeproc: typeof CSL | undefined;

/** Bibliography entries of the items in a CSL style, as citeproc-js (the processor of Zotero and Mendeley) writes them. */
export function renderCsl(items: CslItem[], style: Exclude<CitationStyle, 'ledger'>, format: 'text' | 'html'): string[] {
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
    format === 'html'
      ? entry
          .trim()
          .replace(/^<div class="csl-entry">/, '')
          .replace(/<\/div>$/, '')
          .replace(/<div class="csl-left-margin">.*?<\/div>/, '')
          .replace(/<div class="csl-right-inline">(.*)<\/div>/s, '$1')
          .trim()
      : entry.trim().replace(/^\[?\d+\]?\.?\s+/, ''),
  );
}

/** The renderer for `citeClaim`, or none for the ledger's own wording. */
export function styleRenderer(style: CitationStyle): ReferenceRenderer | undefined {
  if (style === 'ledger') return undefined;
  return (items, format) => renderCsl(items, style, format);
}
