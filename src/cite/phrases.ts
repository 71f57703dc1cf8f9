/** The claim in words, as every citation format says it: who said what figure of what, when, and what became of it. */
import { APPROXIMATION_RULES } from '../claims/approximation';
import { readableDate } from '../dates';
import { figureNumber, listed } from '../words';
import type { ActorKind } from '../closedSets';
import type { CitableClaim, CitableDocument, CiteOptions } from './citable';

export function dateParts(date: string): number[] {
  return date.split('-').map(Number);
}

// Agencies and institutes read with "the" ("director of the Federal Security Service"); outlets and people do not.
const READ_WITH_THE: Record<ActorKind, boolean> = {
  person: false,
  government_agency: true,
  media_outlet: false,
  ngo: true,
  research_institute: true,
  armed_group: true,
  other: true,
};

/**
 * A name written in another script than Latin takes no English article: "the Федеральная служба безопасности" reads as
 * no language, and an Arabic name after "the" is set right to left after a left-to-right word (web52).
 */
const FIRST_LETTER_LATIN = /^[^\p{L}]*\p{Script=Latin}/u;

function organizationName(org: { name: string; kind: ActorKind; short: string | null }): string {
  const the =
    READ_WITH_THE[org.kind] && /\s/.test(org.name) && !/^the\s/i.test(org.name) && FIRST_LETTER_LATIN.test(org.name) ? 'the ' : '';
  return `${the}${org.name}${org.short ? ` (${org.short})` : ''}`;
}

/**
 * "Nurtai Abykaev, chairman of the National Security Committee of Kazakhstan (KNB)"; "The National Security Committee of Kazakhstan (KNB)".
 */
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
  const v = c.value === null ? null : figureNumber(c.value);
  const low = c.value_low === null ? null : figureNumber(c.value_low);
  const high = c.value_high === null ? null : figureNumber(c.value_high);
  return APPROXIMATION_RULES[c.approximation].phrase({ value: v, low, high }, fewer);
}

/** What the figure counts: "foreign fighters from Kazakhstan with Islamic State in Iraq and Syria". */
export function countedPhrase(c: Pick<CitableClaim, 'metric' | 'country' | 'group' | 'location'>): string {
  const label = c.metric.label.charAt(0).toLowerCase() + c.metric.label.slice(1);
  const unit = c.metric.unit === 'people' ? '' : ` (${c.metric.unit})`;
  const whose = c.country.kind === 'world' ? ' worldwide' : ` from ${c.country.name}`;
  const group = c.group ? ` with ${c.group.name}` : '';
  const where = c.location.length > 0 ? ` in ${listed(c.location)}` : '';
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

/**
 * A text without its final full stop and the white space after it, to end a sentence of our own. Not `/\.?\s*$/`:
 * that pattern tried every space of the text as the start of its end, so a context of 20,000 spaces before a letter
 * took 0.7 s of the server's thread for each citation.
 */
function withoutFinalStop(text: string): string {
  const trimmed = text.trimEnd();
  return trimmed.endsWith('.') ? trimmed.slice(0, -1) : trimmed;
}

/**
 * The stored texts a claim's citation holds (names, roles, titles, the figure's words, context, reason), as its
 * formats write them (a context or reason also without its final stop): what a page isolates in the citation it shows.
 */
export function storedTexts(c: CitableClaim): string[] {
  const texts = [
    c.claimant.name,
    c.claimant.role,
    c.claimant.organization?.name,
    c.value_text,
    c.group?.name,
    c.context,
    c.retraction_reason,
    ...c.superseded_by.flatMap((s) => [s.value_text, s.claimant]),
    ...c.documents.flatMap((d) => [d.title, d.container_title, d.publisher, d.outlet, ...d.authors]),
  ].filter((t): t is string => typeof t === 'string' && t.length > 0);
  return [...new Set([...texts, ...texts.map(withoutFinalStop)])];
}

/** "claim 6", "claims 6 and 7", "claims 6, 7 and 8". */
const claimsNamed = (ids: number[]): string => (ids.length === 1 ? `claim ${ids[0]}` : `claims ${listed(ids.map(String))}`);

/** What became of the claim, when it is no longer current; empty for an active claim. */
export function statusSentence(c: CitableClaim): string {
  if (c.status === 'retracted')
    return `This claim has been retracted from the ledger${c.retraction_reason ? `: ${withoutFinalStop(c.retraction_reason)}` : ''}.`;
  if (c.status === 'superseded') {
    const named = (s: CitableClaim['superseded_by'][number]) => `claim ${s.id} (“${s.value_text}”, ${s.claimant})`;
    const live = c.superseded_by.filter((s) => !s.retracted);
    const retracted = c.superseded_by.filter((s) => s.retracted);
    if (live.length > 0) {
      const by = live.map((s) => (s.through.length > 0 ? `${named(s)}, through ${claimsNamed(s.through)}` : named(s)));
      return `This figure has been superseded by ${listed(by)}.`;
    }
    if (retracted.length > 0) return `This figure was superseded by ${listed(retracted.map(named))}, since retracted.`;
    return 'This figure has been superseded.';
  }
  return '';
}

/** The claim sentence, then what became of the claim and where it was said, as the pieces of a paragraph. */
export function claimParagraph(c: CitableClaim): string[] {
  return [claimSentence(c), statusSentence(c), c.context ? `Context: ${withoutFinalStop(c.context)}.` : ''].filter((s) => s.length > 0);
}

/**
 * The day the document counts as accessed: the one asked for, else the day the ledger retrieved it, else today for a
 * document at a URL; null for one with neither URL nor retrieval, of which a citation says nothing of access (as the
 * styles say nothing of it without a URL): "accessed" today had claimed a reading of a printed report nobody made.
 */
export function accessDate(doc: CitableDocument, options: CiteOptions): string | null {
  return options.accessed ?? doc.retrieved_at?.slice(0, 10) ?? (doc.url ? options.today : null);
}
