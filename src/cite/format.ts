/**
 * Citations of claims, as pure functions of a `CitableClaim`: the claim sentence (who said what figure
 * of what, when) followed by the document(s) that report it. No database, no HTTP: the claim routes and
 * the comparison views both call `citeClaim` / `citeClaims`.
 */
import { readableDate } from '../dates';
import { listed } from '../words';
import { bibtexEntry, risRecord } from './bibliographic';
import type { CitableClaim, CitableDocument, CiteOptions } from './citable';
import { type CslItem, cslItems } from './csl';
import { accessDate, claimParagraph } from './phrases';

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

/** Each format's file extension, in the name a download of it takes (claim-7_citation.bib). */
export const CITATION_EXTENSIONS: Record<CitationFormat, string> = {
  text: 'txt',
  markdown: 'md',
  html: 'html',
  'csl-json': 'json',
  bibtex: 'bib',
  ris: 'ris',
};

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
/**
 * A Markdown citation is one paragraph: a line break in stored text (a title pasted with one) would start a line of
 * its own, where "- item", "1. item" or "===" is a list or a heading, or a blank line ends the link. Line breaks are
 * folded into spaces (as BibTeX and RIS fold them), inline markup characters escaped, and a list or heading marker
 * opening a piece escaped too, as a piece may open the citation.
 */
const escapeMarkdown = (s: string) =>
  s
    .replace(/\r\n|[\n\r\u2028\u2029]/g, ' ')
    .replace(/([\\`*_{}[\]<>#|~])/g, '\\$1')
    .replace(/^(\s*)([-+=])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');

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
  const access = accessDate(doc, options);
  const parts = [
    doc.authors.length > 0 ? m.text(listed(doc.authors)) : null,
    m.title(doc.title, doc.url),
    doc.container_title ? m.em(doc.container_title) : null,
    doc.publisher ? m.text(doc.publisher) : null,
    m.text(doc.published_on ? readableDate(doc.published_on) : 'n.d.'),
    doc.url ? m.url(doc.url) : null,
    access ? m.text(`accessed ${readableDate(access)}`) : null,
  ];
  return parts.filter((p): p is string => p !== null).join(', ');
}

/** The claim sentence, its status and context, as marked-up text (without the documents). */
function claimPart(c: CitableClaim, m: Markup): string {
  return claimParagraph(c)
    .map((s) => m.text(s))
    .join(' ');
}

/** Renders the documents in a CSL style instead of the ledger's own wording (see styles.ts). */
export type ReferenceRenderer = (items: CslItem[], format: 'text' | 'html') => string[];

function textLike(c: CitableClaim, format: 'text' | 'markdown' | 'html', options: CiteOptions, renderer?: ReferenceRenderer): string {
  const m = MARKUPS[format];
  const references =
    renderer && format !== 'markdown' ? renderer(cslItems(c, options), format) : c.documents.map((d) => documentReference(d, m, options));
  const text = `${claimPart(c, m)} ${m.text('Reported in: ')}${references.join('; ')}${references.length > 0 && !renderer ? '.' : ''}`;
  return format === 'html' ? `<p class="claim-citation" data-claim-id="${c.id}">${text}</p>` : text;
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
  if (format === 'csl-json')
    return `${JSON.stringify(
      claims.flatMap((c) => cslItems(c, options)),
      null,
      2,
    )}\n`;
  if (format === 'html')
    return `<div class="claim-citations">\n${claims.map((c) => citeClaim(c, format, options, renderer)).join('')}</div>\n`;
  const separator = format === 'ris' ? '\r\n' : format === 'text' ? '' : '\n';
  return claims.map((c) => citeClaim(c, format, options, renderer)).join(separator);
}
