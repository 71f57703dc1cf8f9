/**
 * Citations of claims, as pure functions of a `CitableClaim`: the claim sentence (who said what figure
 * of what, when) followed by the document(s) that report it. No database, no HTTP: the claim routes and
 * the comparison views both call `citeClaim` / `citeClaims`.
 */
import { APPROXIMATION_RULES } from '../claims/approximation';
import type { StatedFigure } from '../claims/model';
import { readableDate } from '../dates';

export { readableDate } from '../dates';

export const CITATION_FORMATS = ['text', 'markdown', 'html', 'csl-json', 'bibtex', 'ris'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

export const CITATION_CONTENT_TYPES: Record<CitationFormat, string> = {
  text: 'text/plain; charset=utf-8',
  markdown: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  'csl-json': 'application/vnd.citationstyles.csl+json; charset=utf-8',
  bibtex: 'application/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
};

export interface CitableDocument {
  id: number;
  kind: string;
  title: string;
  url: string | null;
  container_title: string | null;
  publisher: string | null;
  /** The publisher's full name when it is a media outlet (Radio Free Europe/Radio Liberty), else null. */
  outlet?: string | null;
  authors: string[];
  /** YYYY, YYYY-MM, YYYY-MM-DD or null (unknown: "n.d."). */
  published_on: string | null;
  language: string | null;
  /** ISO timestamp of when the ledger retrieved the document, if recorded. */
  retrieved_at: string | null;
}

export interface CitableClaim extends StatedFigure {
  id: number;
  claimant: {
    name: string;
    kind: string;
    /** Short all-capitals alias, shown in parentheses: KNB. */
    short: string | null;
    role: string | null;
    organization: { name: string; kind: string; short: string | null } | null;
  };
  metric: { code: string; label: string; unit: string };
  country: { code: string; name: string; kind: string };
  group: { slug: string; name: string } | null;
  /** Names of the places where they are (theatre). */
  location: string[];
  context: string | null;
  status: string;
  retraction_reason: string | null;
  /** Live claims that supersede this one. */
  superseded_by: { id: number; value_text: string; claimant: string }[];
  documents: CitableDocument[];
}

export interface CiteOptions {
  /** Access date (YYYY-MM-DD) that overrides every document's; else each document's retrieved_at, else `today`. */
  accessed?: string;
  /** The date of the request, YYYY-MM-DD. */
  today: string;
}


function dateParts(date: string): number[] {
  return date.split('-').map(Number);
}

function number(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

/** "Iraq and Syria", "Iraq, Syria and Turkey". */
function and(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

// Agencies and institutes read with "the" ("director of the Federal Security Service"); outlets and people do not.
const THE_KINDS = ['government_agency', 'ngo', 'research_institute', 'armed_group', 'other'];

function organizationName(org: { name: string; kind: string; short: string | null }): string {
  const the = THE_KINDS.includes(org.kind) && /\s/.test(org.name) && !/^the\s/i.test(org.name) ? 'the ' : '';
  return `${the}${org.name}${org.short ? ` (${org.short})` : ''}`;
}

/** "Nurtai Abykaev, chairman of the National Security Committee of Kazakhstan (KNB)"; "The National Security Committee of Kazakhstan (KNB)". */
export function claimantPhrase(claimant: CitableClaim['claimant']): string {
  if (claimant.kind !== 'person') {
    const name = organizationName({ name: claimant.name, kind: claimant.kind, short: claimant.short });
    return name.charAt(0).toUpperCase() + name.slice(1);
  }
  if (claimant.role && claimant.organization) return `${claimant.name}, ${claimant.role} of ${organizationName(claimant.organization)},`;
  if (claimant.role) return `${claimant.name}, ${claimant.role},`;
  return claimant.name;
}

/** The figure in the ledger's words: "more than 300", "about 1,100", "between 100 and 200", "an unspecified number of". */
export function figurePhrase(c: Pick<CitableClaim, 'value' | 'value_low' | 'value_high' | 'approximation' | 'metric'>): string {
  const fewer = c.metric.unit === 'people' ? 'fewer' : 'less';
  const v = c.value === null ? null : number(c.value);
  const low = c.value_low === null ? null : number(c.value_low);
  const high = c.value_high === null ? null : number(c.value_high);
  return APPROXIMATION_RULES[c.approximation].phrase({ value: v, low, high }, fewer);
}

/** What the figure counts: "foreign fighters from Kazakhstan with Islamic State in Iraq and Syria". */
export function countedPhrase(c: Pick<CitableClaim, 'metric' | 'country' | 'group' | 'location'>): string {
  const label = c.metric.label.charAt(0).toLowerCase() + c.metric.label.slice(1);
  const unit = c.metric.unit === 'people' ? '' : ` (${c.metric.unit})`;
  const whose = c.country.kind === 'world' ? ' worldwide' : ` from ${c.country.name}`;
  const group = c.group ? ` with ${c.group.name}` : '';
  const where = c.location.length > 0 ? ` in ${and(c.location)}` : '';
  return `${label}${unit}${whose}${group}${where}`;
}

/** "as of November 2013; stated on 27 November 2014", or "date not given" (never invented). */
export function timePhrase(c: Pick<CitableClaim, 'as_of' | 'stated_on'>): string {
  const parts: string[] = [];
  if (c.as_of) parts.push(`as of ${readableDate(c.as_of)}`);
  if (c.stated_on) parts.push(`stated ${c.stated_on.length === 10 ? 'on' : 'in'} ${readableDate(c.stated_on)}`);
  return parts.length > 0 ? parts.join('; ') : 'date not given';
}

/** The claim as one sentence, plain text. */
export function claimSentence(c: CitableClaim): string {
  return `${claimantPhrase(c.claimant)} said “${c.value_text}”: ${figurePhrase(c)} ${countedPhrase(c)} (${timePhrase(c)}).`;
}

/** What became of the claim, when it is no longer current; empty for an active claim. */
export function statusSentence(c: CitableClaim): string {
  if (c.status === 'retracted') return `This claim has been retracted from the ledger${c.retraction_reason ? `: ${c.retraction_reason.replace(/\.?\s*$/, '')}` : ''}.`;
  if (c.status === 'superseded') {
    const by = c.superseded_by.map((s) => `claim ${s.id} (“${s.value_text}”, ${s.claimant})`);
    return by.length > 0 ? `This figure has been superseded by ${and(by)}.` : 'This figure has been superseded.';
  }
  return '';
}

export function accessDate(doc: CitableDocument, options: CiteOptions): string {
  return options.accessed ?? doc.retrieved_at?.slice(0, 10) ?? options.today;
}

/** How the text-like formats mark up their pieces. */
interface Markup {
  text(s: string): string;
  /** The document title, linked to its URL where the format can. */
  title(title: string, url: string | null): string;
  em(s: string): string;
  /** The URL as a piece of its own, or nothing where the title already links it. */
  url(u: string): string | null;
}

/** Only web links become links (the schema allows nothing else; this keeps a javascript: URL inert whatever its origin). */
const linkable = (u: string | null): u is string => u !== null && /^https?:\/\//i.test(u);

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const escapeMarkdown = (s: string) => s.replace(/([\\`*_{}[\]<>#|~])/g, '\\$1');

const MARKUPS: Record<'text' | 'markdown' | 'html', Markup> = {
  text: { text: (s) => s, title: (t) => `“${t}”`, em: (s) => s, url: (u) => u },
  markdown: {
    text: escapeMarkdown,
    title: (t, u) => (linkable(u) ? `“[${escapeMarkdown(t)}](<${u.replace(/[<>]/g, encodeURIComponent)}>)”` : `“${escapeMarkdown(t)}”`),
    em: (s) => `*${escapeMarkdown(s)}*`,
    url: (u) => (linkable(u) ? null : escapeMarkdown(u)),
  },
  html: {
    text: escapeHtml,
    title: (t, u) => (linkable(u) ? `“<a href="${escapeHtml(u)}">${escapeHtml(t)}</a>”` : `“${escapeHtml(t)}”`),
    em: (s) => `<i>${escapeHtml(s)}</i>`,
    url: (u) => (linkable(u) ? null : escapeHtml(u)),
  },
};

/** "Joanna Paraszczuk, “Title”, Container, RFE/RL, n.d., https://…, accessed 27 November 2026" */
function documentReference(doc: CitableDocument, m: Markup, options: CiteOptions): string {
  const parts = [
    doc.authors.length > 0 ? m.text(and(doc.authors)) : null,
    m.title(doc.title, doc.url),
    doc.container_title ? m.em(doc.container_title) : null,
    doc.publisher ? m.text(doc.publisher) : null,
    m.text(doc.published_on ? readableDate(doc.published_on) : 'n.d.'),
    doc.url ? m.url(doc.url) : null,
    m.text(`accessed ${readableDate(accessDate(doc, options))}`),
  ];
  return parts.filter((p): p is string => p !== null).join(', ');
}

/** The claim sentence, its status and context, as marked-up text (without the documents). */
function claimPart(c: CitableClaim, m: Markup): string {
  return [claimSentence(c), statusSentence(c), c.context ? `Context: ${c.context.replace(/\.?\s*$/, '')}.` : '']
    .filter((s) => s.length > 0).map((s) => m.text(s)).join(' ');
}

/** Renders the documents in a CSL style instead of the ledger's own wording (see styles.ts). */
export type ReferenceRenderer = (items: CslItem[], format: 'text' | 'html') => string[];

function textLike(c: CitableClaim, format: 'text' | 'markdown' | 'html', options: CiteOptions, renderer?: ReferenceRenderer): string {
  const m = MARKUPS[format];
  const references = renderer && format !== 'markdown'
    ? renderer(cslItems(c, options), format)
    : c.documents.map((d) => documentReference(d, m, options));
  const text = `${claimPart(c, m)} ${m.text('Reported in: ')}${references.join('; ')}${references.length > 0 && !renderer ? '.' : ''}`;
  return format === 'html' ? `<p class="claim-citation" data-claim-id="${c.id}">${text}</p>` : text;
}

/* ---------- CSL-JSON ---------- */

export interface CslName { family?: string; given?: string; literal?: string }
export interface CslItem {
  id: string;
  type: string;
  title: string;
  'container-title'?: string;
  'collection-title'?: string;
  publisher?: string;
  author?: CslName[];
  URL?: string;
  language?: string;
  issued?: { 'date-parts': number[][] };
  accessed: { 'date-parts': number[][] };
  note: string;
  custom: { claim_id: number; claim_status: string; superseded_by: number[] };
}

const CSL_TYPES: Record<string, string> = {
  article: 'article-newspaper', report: 'report', blog_post: 'post-weblog', video: 'motion_picture', statement: 'speech', dataset: 'dataset',
};

/** "Joanna Paraszczuk" → family Paraszczuk, given Joanna (the last word is taken as the family name); one word stays literal. */
export function cslName(name: string): CslName {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return { literal: name.trim() };
  return { family: words[words.length - 1], given: words.slice(0, -1).join(' ') };
}

/** One CSL item per document that reports the claim: the document is what a reference manager cites; the claim is its note. */
export function cslItems(c: CitableClaim, options: CiteOptions): CslItem[] {
  const note = claimPart(c, MARKUPS.text);
  return c.documents.map((d) => ({
    id: `claim-${c.id}-document-${d.id}`,
    type: CSL_TYPES[d.kind] ?? 'document',
    title: d.title,
    // The outlet is the container reference managers print (APA, Chicago, Harvard name the site or periodical);
    // a blog or section within it (Under The Black Flag) is then its collection.
    ...(d.outlet ? { 'container-title': d.outlet, ...(d.container_title && { 'collection-title': d.container_title }) }
      : d.container_title && { 'container-title': d.container_title }),
    ...(d.publisher && { publisher: d.publisher }),
    ...(d.authors.length > 0 && { author: d.authors.map(cslName) }),
    ...(d.url && { URL: d.url }),
    ...(d.language && { language: d.language }),
    ...(d.published_on && { issued: { 'date-parts': [dateParts(d.published_on)] } }),
    accessed: { 'date-parts': [dateParts(accessDate(d, options))] },
    note: `Claim ${c.id} in the claims ledger: ${note}`,
    custom: { claim_id: c.id, claim_status: c.status, superseded_by: c.superseded_by.map((s) => s.id) },
  }));
}

/* ---------- BibTeX ---------- */

// BibTeX counts every brace, escaped or not ("\}" closes a group as "}" does): a title holding "}" could end its
// field, or its entry, and start one of its own. So braces are written as commands whose own braces balance
// (\\textbraceleft{}), and nothing in a field can ever leave its braces unbalanced.
const TEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}', '{': '\\textbraceleft{}', '}': '\\textbraceright{}', '%': '\\%', '&': '\\&', $: '\\$', '#': '\\#', _: '\\_', '^': '\\^{}', '~': '\\~{}',
};
// Line breaks are white space to BibTeX; folded, no line of a field can start like an entry ("@misc{") for a tool that scans lines.
const tex = (s: string) => s.replace(/[\\{}%&$#_^~]/g, (ch) => TEX_SPECIALS[ch]).replace(/\s*[\r\n]+\s*/g, ' ');
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

function bibtexEntry(c: CitableClaim, d: CitableDocument, item: CslItem): string {
  const fields: [string, string][] = [];
  if (item.author) fields.push(['author', `{${item.author.map((n) => (n.literal ? `{${tex(n.literal)}}` : `${tex(n.family!)}, ${tex(n.given!)}`)).join(' and ')}}`]);
  fields.push(['title', `{{${tex(d.title)}}}`]);
  const howpublished = [d.container_title, d.publisher].filter((s): s is string => !!s).map(tex).join(', ');
  if (howpublished) fields.push(['howpublished', `{${howpublished}}`]);
  if (d.publisher) fields.push(['publisher', `{${tex(d.publisher)}}`]);
  if (d.published_on) {
    const [y, m] = dateParts(d.published_on);
    fields.push(['year', `{${y}}`]);
    if (m) fields.push(['month', BIB_MONTHS[m - 1]]);
  }
  if (d.url) fields.push(['url', `{${d.url.replace(/[{}]/g, encodeURIComponent)}}`]);
  fields.push(['urldate', `{${item.accessed['date-parts'][0].map((n) => String(n).padStart(2, '0')).join('-')}}`]);
  if (d.language) fields.push(['language', `{${tex(d.language)}}`]);
  fields.push(['note', `{${tex(item.note)}}`]);
  // Every value must be one balanced group, whatever the data: a field that is not is an error, never an entry.
  for (const [k, v] of fields) if (!balanced(v)) throw new Error(`BibTeX field ${k} of claim ${c.id} has unbalanced braces`);
  return `@misc{${item.id},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n')}\n}\n`;
}

/* ---------- RIS ---------- */

const RIS_TYPES: Record<string, string> = { article: 'NEWS', report: 'RPRT', blog_post: 'BLOG', video: 'VIDEO', dataset: 'DATA' };
const risDate = (parts: number[]) => `${parts[0]}/${parts[1] ? String(parts[1]).padStart(2, '0') : ''}/${parts[2] ? String(parts[2]).padStart(2, '0') : ''}/`;
const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ');

function risRecord(c: CitableClaim, d: CitableDocument, item: CslItem): string {
  const lines: [string, string][] = [['TY', RIS_TYPES[d.kind] ?? 'GEN']];
  for (const n of item.author ?? []) lines.push(['AU', n.literal ?? `${n.family}, ${n.given}`]);
  lines.push(['TI', d.title]);
  if (d.container_title) lines.push(['T2', d.container_title]);
  if (d.publisher) lines.push(['PB', d.publisher]);
  if (item.issued) {
    lines.push(['PY', String(item.issued['date-parts'][0][0])]);
    lines.push(['DA', risDate(item.issued['date-parts'][0])]);
  }
  if (d.url) lines.push(['UR', d.url]);
  lines.push(['Y2', risDate(item.accessed['date-parts'][0])]);
  if (d.language) lines.push(['LA', d.language]);
  lines.push(['N1', item.note]);
  lines.push(['ID', item.id]);
  lines.push(['ER', '']);
  return lines.map(([tag, value]) => `${tag}  - ${oneLine(value)}`.trimEnd() + (tag === 'ER' ? ' ' : '')).join('\r\n') + '\r\n';
}

/* ---------- entry points ---------- */

/** One claim's citation in the format; `renderer` (a CSL style) applies to text and html. */
export function citeClaim(c: CitableClaim, format: CitationFormat, options: CiteOptions, renderer?: ReferenceRenderer): string {
  switch (format) {
    case 'text':
    case 'markdown':
    case 'html':
      return `${textLike(c, format, options, renderer)}\n`;
    case 'csl-json':
      return `${JSON.stringify(cslItems(c, options), null, 2)}\n`;
    case 'bibtex': {
      const items = cslItems(c, options);
      return c.documents.map((d, i) => bibtexEntry(c, d, items[i])).join('\n');
    }
    case 'ris': {
      const items = cslItems(c, options);
      return c.documents.map((d, i) => risRecord(c, d, items[i])).join('\r\n');
    }
  }
}

/** Citations of several claims (one per figure of a comparison view), as one document of the format. */
export function citeClaims(claims: CitableClaim[], format: CitationFormat, options: CiteOptions, renderer?: ReferenceRenderer): string {
  if (format === 'csl-json') return `${JSON.stringify(claims.flatMap((c) => cslItems(c, options)), null, 2)}\n`;
  if (format === 'html') return `<div class="claim-citations">\n${claims.map((c) => citeClaim(c, format, options, renderer)).join('')}</div>\n`;
  const separator = format === 'ris' ? '\r\n' : format === 'text' ? '' : '\n';
  return claims.map((c) => citeClaim(c, format, options, renderer)).join(separator);
}
