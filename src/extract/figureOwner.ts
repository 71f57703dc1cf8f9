/**
 * A figure told as somebody's own, with no verb of saying: "The ministry's figure is 58", "A: The government's official
 * figure is around 3,000", "The police figure for travellers used to be 50", "…; our figure is about 300". The owner of
 * the figure is its source, as "according to" names one, and the phrase is the mention an editor quotes.
 */
import { type Attribution, plainAttribution } from './attribution';
import { BODY_NOUN } from './claimants';
import { personName } from './persons';
import type { Sentence } from './text';

/**
 * Whose figure: a possessive ("the ministry's", "Timur's"), a body as a modifier ("the police figure"), "our", "my"; an
 * owner must be a name or a body (ownerOf), as "the country's figure" or "the official figure" names nobody.
 */
const OWNER = "(?:the\\s+)?(?:[\\p{L}.-]+\\s+){0,3}?[\\p{L}.-]+[’']s|the\\s+(?:[\\p{L}-]+\\s+)?[\\p{L}-]+|our|my";
/** The figure noun, with the words that say which of its figures: "official", "latest", "working". */
const FIGURE_NOUN =
  '(?:(?:own|official|latest|current|working|best|new|revised|previous|earlier|last|total)\\s+){0,2}(?:figure|count|estimate|tally|number)';
/** An owner that is a time, capitalised only because it opens the sentence: "Last year's", "This month's", "2024's". */
const TIME_OWNER = /\d|\b(?:year|month|week|quarter|decade|day|today|yesterday|spring|summer|autumn|winter)\b/i;
/** What the figure is: "is", "was", "stands at", "remains", "used to be", with at most a for-phrase between. */
const OWNED_FIGURE = new RegExp(
  `^((${OWNER})\\s+${FIGURE_NOUN})(?:\\s+(?:for|of)\\s+[^,.;:]{1,40}?)?\\s+(?:is|was|stands\\s+at|stood\\s+at|remains|remained|used\\s+to\\s+be|has\\s+been|had\\s+been)\\b`,
  'iu',
);
/** What may stand before the phrase at a clause's start: a speaker's or answer's label, a bullet, a post's number. */
const CLAUSE_LEAD = /^\s*(?:\p{Lu}[\p{L} .]{0,24}:\s+|[-•*]\s+|\d{1,3}\/\s+)?/u;

export function figureOwner(text: string, s: Sentence, author: string | null): Attribution | null {
  const body = text.slice(s.start, s.end);
  // the sentence's start, then each clause after a semicolon
  const starts = [CLAUSE_LEAD.exec(body)![0].length, ...[...body.matchAll(/;\s+/g)].map((m) => m.index! + m[0].length)];
  for (const from of starts) {
    const m = OWNED_FIGURE.exec(body.slice(from));
    if (!m) continue;
    const mention = m[1];
    const at = s.start + from;
    const owner = m[2].replace(/^the\s+/i, '').replace(/[’']s$/u, '');
    if (!/^(?:our|my)$/i.test(owner) && !/^\p{Lu}/u.test(owner) && !BODY_NOUN.test(owner)) continue;
    // "Last year's figure", "2024's count": a time's figure is nobody's
    if (TIME_OWNER.test(owner)) continue;
    // the writers' own figure is the author's, and the sentences after it are the writers' voice again: nothing carried
    if (/^(?:our|my)$/i.test(owner))
      return plainAttribution({ name: author ?? mention, mention, cue: '', at, local: true, ...(author ? {} : { unnamed: true }) });
    return plainAttribution({ name: owner, mention, cue: '', at });
  }
  return null;
}

/** A count named by a possessive pronoun: "by its own count", "by his own count", "by her reckoning". */
const PRONOUN_COUNT = /^(its|his|her|their)\s+(?:own\s+)?(?:count|counts|reckoning|tally|estimates?|figures?|calculations?)$/i;
/** A person as a sentence's subject, with the title the text gives: "Mr Serge Audibert", "Chair Nino Abashidze". */
const PERSON_SUBJECT = /(?<![\p{L}’'-])(?:\p{Lu}[\p{L}’'-]+\.?\s+){1,3}\p{Lu}[\p{L}’'-]+(?![\p{L}’'-])/u;
/** A body as a possessor opening a noun phrase: "the Pakistani army's offensive". */
const BODY_POSSESSOR = /\b(the\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]+[’']s)(?=\s)/iu;

/**
 * "by its own count", "by his own count", "by her reckoning": the pronoun stands for the subject of its sentence, named
 * before it, and that name is the source (as an editor quotes it: "Mr Serge Audibert", "the Pakistani army's"); null
 * when the sentence names nobody before the pronoun.
 */
export function pronounCountOwner(text: string, s: Sentence, a: Attribution): Attribution | null {
  const m = PRONOUN_COUNT.exec(a.mention);
  if (!m) return null;
  const before = text.slice(s.start, a.at);
  const found = /^(?:his|her)$/i.test(m[1]) ? PERSON_SUBJECT.exec(before) : BODY_POSSESSOR.exec(before);
  if (!found) return null;
  const mention = found[1] ?? found[0];
  const at = s.start + found.index + found[0].indexOf(mention);
  const bare = mention.replace(/^the\s+/i, '').replace(/[’']s$/u, '');
  const name = /^(?:his|her)$/i.test(m[1]) ? (personName(bare) ?? bare) : bare;
  return { ...a, name, mention, at, unnamed: undefined };
}
