/** A claim's documents as BibTeX entries and RIS records, built from their CSL items (csl.ts). */
import type { DocumentKind } from '../closedSets';
import type { CitableClaim, CitableDocument } from './citable';
import type { CslItem } from './csl';
import { dateParts } from './phrases';

/* ---------- BibTeX ---------- */

// BibTeX counts every brace, escaped or not ("\}" closes a group as "}" does): a title holding "}" could end its
// field, or its entry, and start one of its own. So braces are written as commands whose own braces balance
// (\\textbraceleft{}), and nothing in a field can ever leave its braces unbalanced.
const TEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\^{}',
  '~': '\\~{}',
};
/**
 * The text on one line: each run of white space holding a line break becomes one space. Runs are found whole (`\s+`)
 * and then looked into: the pattern `\s*[\r\n]+\s*` tried every space of a run without a line break as its start, so
 * 20,000 spaces before a letter took a second of the server's thread.
 */
const oneLine = (s: string) => s.replace(/\s+/g, (run) => (/[\r\n]/.test(run) ? ' ' : run));
// Line breaks are white space to BibTeX; folded, no line of a field can start like an entry ("@misc{") for a tool that scans lines.
const tex = (s: string) => oneLine(s.replace(/[\\{}%&$#_^~]/g, (ch) => TEX_SPECIALS[ch]));
/** Whether the braces of `value` balance, no group closing before it opens (as BibTeX counts them). */
function balanced(value: string): boolean {
  let depth = 0;
  for (const ch of value) {
    if (ch === '{') depth += 1;
    else if (ch === '}' && --depth < 0) return false;
  }
  return depth === 0;
}
const BIB_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function bibtexEntry(c: CitableClaim, d: CitableDocument, item: CslItem): string {
  const fields: [string, string][] = [];
  if (item.author)
    fields.push([
      'author',
      `{${item.author.map((n) => (n.literal ? `{${tex(n.literal)}}` : `${tex(n.family!)}, ${tex(n.given!)}`)).join(' and ')}}`,
    ]);
  fields.push(['title', `{{${tex(d.title)}}}`]);
  const howpublished = [d.container_title, d.publisher]
    .filter((s): s is string => !!s)
    .map(tex)
    .join(', ');
  if (howpublished) fields.push(['howpublished', `{${howpublished}}`]);
  if (d.publisher) fields.push(['publisher', `{${tex(d.publisher)}}`]);
  if (d.published_on) {
    const [y, m] = dateParts(d.published_on);
    fields.push(['year', `{${y}}`]);
    if (m) fields.push(['month', BIB_MONTHS[m - 1]]);
  }
  if (d.url) fields.push(['url', `{${d.url.replace(/[{}]/g, encodeURIComponent)}}`]);
  if (item.accessed) fields.push(['urldate', `{${item.accessed['date-parts'][0].map((n) => String(n).padStart(2, '0')).join('-')}}`]);
  if (d.language) fields.push(['language', `{${tex(d.language)}}`]);
  fields.push(['note', `{${tex(item.note)}}`]);
  // Every value must be one balanced group, whatever the data: a field that is not is an error, never an entry.
  for (const [k, v] of fields) if (!balanced(v)) throw new Error(`BibTeX field ${k} of claim ${c.id} has unbalanced braces`);
  return `@misc{${item.id},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n')}\n}\n`;
}

/* ---------- RIS ---------- */

/** Each document kind's RIS reference type (GEN: generic): a new kind does not compile until it has one. */
const RIS_TYPES: Record<DocumentKind, 'NEWS' | 'RPRT' | 'BLOG' | 'VIDEO' | 'DATA' | 'GEN'> = {
  article: 'NEWS',
  report: 'RPRT',
  blog_post: 'BLOG',
  video: 'VIDEO',
  statement: 'GEN',
  dataset: 'DATA',
  other: 'GEN',
};
const risDate = (parts: number[]) =>
  `${parts[0]}/${parts[1] ? String(parts[1]).padStart(2, '0') : ''}/${parts[2] ? String(parts[2]).padStart(2, '0') : ''}/`;

export function risRecord(c: CitableClaim, d: CitableDocument, item: CslItem): string {
  const lines: [string, string][] = [['TY', RIS_TYPES[d.kind]]];
  for (const n of item.author ?? []) lines.push(['AU', n.literal ?? `${n.family}, ${n.given}`]);
  lines.push(['TI', d.title]);
  if (d.container_title) lines.push(['T2', d.container_title]);
  if (d.publisher) lines.push(['PB', d.publisher]);
  if (item.issued) {
    lines.push(['PY', String(item.issued['date-parts'][0][0])]);
    lines.push(['DA', risDate(item.issued['date-parts'][0])]);
  }
  if (d.url) lines.push(['UR', d.url]);
  if (item.accessed) lines.push(['Y2', risDate(item.accessed['date-parts'][0])]);
  if (d.language) lines.push(['LA', d.language]);
  lines.push(['N1', item.note]);
  lines.push(['ID', item.id]);
  lines.push(['ER', '']);
  return lines.map(([tag, value]) => `${tag}  - ${oneLine(value)}`.trimEnd() + (tag === 'ER' ? ' ' : '')).join('\r\n') + '\r\n';
}
