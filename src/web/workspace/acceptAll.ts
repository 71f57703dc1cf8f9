import type { Candidate } from '../../extract/candidate';
import { TENS, UNITS } from '../../extract/wordLists';
import { bodyNounAlone, gapsOf, proposedForm, type ProposalGap } from './form';
import { type Review, sureAndNew } from './review';

/** The sure new candidates of a review, split by whether their proposals hold every part a claim needs. */
export interface SureCandidates {
  /** What "accept all high-confidence" accepts as proposed. */
  complete: Candidate[];
  /** What it leaves to the editor, with the parts each proposal lacks. */
  incomplete: { candidate: Candidate; gaps: ProposalGap[] }[];
  /** What it leaves to the editor because its new claimant is named by words that are not a name, with those words. */
  unnamed: { candidate: Candidate; words: string }[];
}

/** Pronouns, which the extractor may give as a claimant when it did not find whom they stand for. */
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
/** Lowercase particles opening a name, one or more ("al-Hayat", "de Kerchove", "van der Berg"): the name is still one. */
const NAME_PARTICLE = /^(?:(?:al|el|ad|an|ar|as|ash|at|az|ibn|bin|de|del|della|den|der|di|du|da|dos|la|le|van|von)[-\s’'])+\p{Lu}/u;

/** A count written as a word or in digits ("Eleven", "27", "twenty-seven"), or a quantifier ("Several", "Most"). */
const HOW_MANY = new RegExp(
  String.raw`(?:the|all|some|several|many|most|other|few|a\s+few|a\s+number\s+of|\d[\d,]*|(?:${Object.keys(TENS).join('|')})(?:-(?:${Object.keys(UNITS).join('|')}))?|${Object.keys(UNITS).join('|')})`,
  'i',
);
/**
 * States counted or quantified, not named: "Member States", "Eleven Member States", "Several States", "27 EU member
 * states" (review53: accept all had created an actor "Member States"): before the plural only a count, a quantifier,
 * "EU", "UN", "member", "partner", "participating" or "other". A name ending so has a word of its own there ("United
 * States", "United Nations", "Gulf States"), and stays a name.
 */
const STATES_COUNTED = new RegExp(
  String.raw`^(?:${HOW_MANY.source}\s+)*(?:(?:EU|UN|member|partner|participating|other)\s+)*(?:states|countries|governments|nations)$`,
  'i',
);

/**
 * Whether a new claimant's proposed name is words about somebody rather than their name: a pronoun ("she"), or words
 * opening with a lowercase word ("group's director", "spokesman for the Russian foreign ministry"), as a name does not,
 * a body's noun alone ("Ministry", "Police": review52), or states counted, not named ("Eleven Member States").
 * Accepting it as proposed creates an actor named so (walk47: "accept all high-confidence" stored actors named "she"
 * and "group's director"); the editor names the claimant on the card instead.
 */
export function notAName(name: string): boolean {
  const words = name.trim();
  if (PRONOUNS.has(words.toLowerCase()) || bodyNounAlone(words) !== null || STATES_COUNTED.test(words)) return true;
  return /^\p{Ll}/u.test(words) && !NAME_PARTICLE.test(words);
}

/**
 * The candidates "accept all high-confidence" accepts as proposed: sure, new, proposing every part a claim needs and a
 * claimant known or named (notAName); and the sure ones it leaves. A sure proposal without a country (a state's own
 * arrests, no nationality said) or a claimant was counted by the button and always refused: "Accept all 4" answered
 * "0 accepted, 4 could not be saved". Each proposal's form is made once. (A module of its own: the proposal's form is
 * form.ts's, which reads review.ts's types.)
 */
export function sureCandidates(review: Review): SureCandidates {
  const sure: SureCandidates = { complete: [], incomplete: [], unnamed: [] };
  for (const candidate of sureAndNew(review)) {
    const form = proposedForm(review, candidate);
    const gaps = gapsOf(form);
    if (gaps.length > 0) sure.incomplete.push({ candidate, gaps });
    else if (form.claimant === 'new' && notAName(form.claimant_name)) sure.unnamed.push({ candidate, words: form.claimant_name.trim() });
    else sure.complete.push(candidate);
  }
  return sure;
}
