/**
 * A sentence that sets two sources against each other ("While other researchers estimate 20 to 100 …, the
 * government has confirmed at least 69"; "Analysts believe 2,000 …, although the ministry puts the figure at 600")
 * attributes each figure to the source of its own clause, not the whole sentence to one of them.
 */
import { Attribution, attributionIn, Referents } from './attribution';
import { TIME_CLAUSE } from './subjects';
import { insideQuotation, type Sentence } from './text';

export interface AttributedClause {
  start: number;
  end: number;
  attribution: Attribution;
}

/**
 * A contrast between clauses ("…, while …", "…, although …", "…; but …", "… whereas …"), or a clause joined or related
 * to the one before that has a source of its own ("…, and officials put…", "…, whose armed wing the army puts at…");
 * "…, and that…" goes on with the reported speech of the cue before it ("X said that…, and that the office had found…").
 * A colon joins two clauses as a semicolon does ("The government says 40 …: the Red Cross puts the number at 52"); a
 * colon after a cue alone ("The ministry said: 40 …") leaves one named source, so no contrast. A clause of time after a
 * comma is one too ("…, military officials said on Thursday, a day after the defence ministry had put the toll at 25"),
 * spelt as a subject is read after it (`TIME_CLAUSE`).
 */
const CONTRAST = new RegExp(
  `(?:,|;|\\s)\\s*(?:while|whereas|although|though|but)\\s+|[;:]\\s+|,\\s+(?:and(?!\\s+that\\b)|whose|which)\\s+|,\\s+${TIME_CLAUSE}`,
  'gi',
);
/** An editor's label before a colon, which opens no clause: "CORRECTION", "UPDATE", "Editor's note", "Clarification". */
const LABEL = /^\s*(?:\p{Lu}[\p{Lu}\s'’-]*|(?:\p{L}+['’]s\s+)?(?:[Nn]ote|[Cc]orrection|[Uu]pdate|[Cc]larification))\s*$/u;
/** A sentence opening with its subordinate clause: "While X estimate …, Y has confirmed …". */
const OPENING_CONTRAST = /^\s*["“]?(?:while|whereas|although|though)\s+[^,]{8,}?,\s*/i;

export function contrastedClauses(
  text: string,
  s: Sentence,
  refs: Referents,
  published: string | null,
  ownUnnamed = false,
): AttributedClause[] | null {
  const body = text.slice(s.start, s.end);
  const cuts = new Set<number>();
  const opening = OPENING_CONTRAST.exec(body);
  if (opening) cuts.add(opening[0].length);
  for (const m of body.matchAll(CONTRAST))
    // (a label's colon opening the sentence joins no clause: "CORRECTION: An earlier version of this story said 40…")
    if (m.index! > 0 && !(m[0].startsWith(':') && LABEL.test(body.slice(0, m.index!)))) cuts.add(m.index!);
  if (!cuts.size) return null;
  const bounds = [0, ...[...cuts].sort((a, b) => a - b), body.length];
  const clauses: AttributedClause[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const clause: Sentence = { ...s, start: s.start + bounds[k], end: s.start + bounds[k + 1] };
    const attribution = attributionIn(text, clause, refs, published);
    if (attribution && !attribution.unnamed && !quotedFirstPerson(text, s, attribution))
      clauses.push({ start: clause.start, end: clause.end, attribution });
  }
  // "Our own count is about 600, and the government says 1,100 left": when the sentence's own source names nobody (the
  // writer's count, bare "estimates"), a later clause with a named source of its own speaks for that clause
  const named = new Set(clauses.map((c) => c.attribution.name)).size;
  return named >= 2 || (ownUnnamed && named === 1 && clauses[0].start > s.start) ? clauses : null;
}

/**
 * "We" or "I" inside a quotation is whoever is quoted, not a source of its own: '"We have documented 412 cases, and we
 * believe the real number is higher," said the commissioner' sets no two sources against each other.
 */
function quotedFirstPerson(text: string, s: Sentence, attribution: Attribution): boolean {
  return /^(?:we|i)$/i.test(attribution.mention) && insideQuotation(text.slice(s.start, attribution.at));
}
