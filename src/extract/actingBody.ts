/**
 * A body that keeps a register of the people a figure counts, with no verb of saying: "In 2025 the Security Service
 * opened investigations into 62 persons", "our association has registered 154 women", "The team placed 19 inmates under
 * monitoring", "The prosecutor's office has filed charges against 40 people". Its register is the source of the number,
 * as "according to" names one; the cue is the act as written. Acts that are news in their own right (arrests,
 * convictions, repatriations) are not read so: annotators of unseen text give their figures to nobody as often as to
 * the body (measured: see docs/extractor.md, "A body that keeps a register").
 */
import { type Attribution, plainAttribution } from './attribution';
import { personName, type Referents } from './persons';
import { plausibleSubject, subjectBefore, trimNp } from './subjects';
import type { Sentence } from './text';

/** Auxiliaries and adverbs between the subject and the act: "has", "was able to", "also", "so far", "since 2015". */
const AUX =
  '(?:(?:has|have|had|was\\s+able\\s+to|were\\s+able\\s+to|could|can|also|now|so\\s+far|since\\s+\\d{4}|already|formally|previously|recently|subsequently|then|later|only)\\s+){0,3}';

/**
 * The acts of keeping a register: entering people in it ("registered", "placed" under a programme, "referred"; a body
 * classing a number of people, "classified 19 persons as…", is a verb of counting: wordLists' COUNT_VERB), opening
 * cases on them ("opened investigations into", "filed charges against", "brought charges against"), finding them in it
 * ("traced", "screened") and following them ("the service tracks 24", "is monitoring up to a dozen").
 */
const ACT =
  'registered|placed|referred|' +
  'opened\\s+(?:(?:preliminary|criminal|new|terrorism)\\s+)*(?:investigations|inquiries|cases|proceedings)\\s+(?:into|against)|' +
  'filed\\s+(?:(?:a|an|its)\\s+)?(?:(?:supplementary|new|fresh)\\s+)?(?:charges?|chargesheets?|charge\\s+sheets?|indictments?)\\s+against|' +
  'brought\\s+charges\\s+against|traced|screened|' +
  'tracks|monitors|(?:is|are)\\s+(?:now\\s+|currently\\s+|still\\s+)?(?:tracking|monitoring)';
const ACT_CLAUSE = new RegExp(`(?<![\\p{L}-])(${AUX})(${ACT})(?![\\p{L}-])`, 'giu');

/**
 * The subject's head: one body of the state or one that keeps a register (a court, a ministry, a service, an agency, an
 * office, a team, an association), or a body's acronym in capitals ("The DSN"); not a plural ("Belgian courts",
 * "prosecutors"), which is the writer's summary of many.
 */
const AUTHORITY =
  /(?:^|\s)(?:police|gendarmerie|court|tribunal|ministry|prosecution|government|service|agency|office|directorate|department|commission|team|association|institution|unit|bureau|administration|judiciary)$/iu;
const ACRONYM = /^(?:the\s+)?\p{Lu}{2,6}$/u;
/** A passive before the act: "31 persons were placed under monitoring" is no act of its subject's. */
const PASSIVE_BEFORE = /\b(?:was|were|is|are|been|being|be)\s*$/i;

/**
 * The body whose act on a figure's people opens the figure's clause, its short name resolved to the body the text named
 * before ("the Internal Security Service … The Service registered 14") and "our association" the page's author, or null.
 */
export function actingBody(text: string, s: Sentence, refs: Referents, author: string | null): Attribution | null {
  const body = text.slice(s.start, s.end);
  for (const m of body.matchAll(ACT_CLAUSE)) {
    if (PASSIVE_BEFORE.test(body.slice(0, m.index))) continue;
    const found = subjectBefore(text, s, s.start + m.index!);
    if (!found) continue;
    const np = trimNp(found.np);
    if (!np || !plausibleSubject(np) || !(AUTHORITY.test(np) || ACRONYM.test(np)) || personName(np.replace(/^the\s+/i, ''))) continue;
    const bare = np.replace(/^the\s+/i, '');
    // "our association", "my team": the document's author, when the page names one
    const name = (/^(?:our|my)\s/i.test(np) && author) || (!/\s/.test(bare) && refs.resolve(np)) || bare;
    refs.note(name, np);
    return plainAttribution({ name, mention: np, cue: m[2].replace(/\s+/g, ' '), at: found.start });
  }
  return null;
}
