/** CSL-JSON items of a claim's documents: what reference managers import, and what CSL styles render (styles.ts). */
import type { ClaimStatus } from '../claims/model';
import type { DocumentKind } from '../closedSets';
import type { CitableClaim, CitableDocument, CiteOptions } from './citable';
import { accessDate, claimParagraph, dateParts } from './phrases';

export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}
/** The CSL item types a document may be cited as (CSL 1.0.2's type list, those the ledger's document kinds map to). */
export const CSL_ITEM_TYPES = ['article-newspaper', 'report', 'post-weblog', 'motion_picture', 'speech', 'dataset', 'document'] as const;
export type CslItemType = (typeof CSL_ITEM_TYPES)[number];

export interface CslItem {
  id: string;
  type: CslItemType;
  title: string;
  'container-title'?: string;
  'collection-title'?: string;
  publisher?: string;
  author?: CslName[];
  URL?: string;
  language?: string;
  issued?: { 'date-parts': number[][] };
  accessed?: { 'date-parts': number[][] };
  note: string;
  custom: { claim_id: number; claim_status: ClaimStatus; superseded_by: number[] };
}

/** Each document kind's CSL type: a new kind does not compile until it has one. */
const CSL_TYPES: Record<DocumentKind, CslItemType> = {
  article: 'article-newspaper',
  report: 'report',
  blog_post: 'post-weblog',
  video: 'motion_picture',
  statement: 'speech',
  dataset: 'dataset',
  other: 'document',
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
  // (a day as CSL writes it, or nothing: a document with neither URL nor retrieval is not said to be accessed)
  const accessed = (d: CitableDocument) => {
    const day = accessDate(d, options);
    return day === null ? {} : { accessed: { 'date-parts': [dateParts(day)] } };
  };
  return c.documents.map((d) => ({
    id: `claim-${c.id}-document-${d.id}`,
    type: CSL_TYPES[d.kind],
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
    ...accessed(d),
    note: `Claim ${c.id} in the claims ledger: ${note}`,
    custom: { claim_id: c.id, claim_status: c.status, superseded_by: c.superseded_by.filter((s) => !s.retracted).map((s) => s.id) },
  }));
}
