/** CSL-JSON items of a claim's documents: what reference managers import, and what CSL styles render (styles.ts). */
import type { CitableClaim, CiteOptions } from './citable';
import { accessDate, claimParagraph, dateParts } from './phrases';

export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}
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
  article: 'article-newspaper',
  report: 'report',
  blog_post: 'post-weblog',
  video: 'motion_picture',
  statement: 'speech',
  dataset: 'dataset',
};

/** "Joanna Paraszczuk" → family Paraszczuk, given Joanna (the last word is taken as the family name); one word stays literal. */
export function cslName(name: string): CslName {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return { literal: name.trim() };
  return { family: words[words.length - 1], given: words.slice(0, -1).join(' ') };
}

/** One CSL item per document that reports the claim: the document is what a reference manager cites; the claim is its note. */
export function cslItems(c: CitableClaim, options: CiteOptions): CslItem[] {
  const note = claimParagraph(c).join(' ');
  return c.documents.map((d) => ({
    id: `claim-${c.id}-document-${d.id}`,
    type: CSL_TYPES[d.kind] ?? 'document',
    title: d.title,
    // The outlet is the container reference managers print (APA, Chicago, Harvard name the site or periodical);
    // a blog or section within it (Under The Black Flag) is then its collection.
    ...(d.outlet
      ? { 'container-title': d.outlet, ...(d.container_title && { 'collection-title': d.container_title }) }
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
