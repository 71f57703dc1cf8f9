import type { Candidate } from '../../extract/candidate';
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

/**
 * Whether a new claimant's proposed name is words about somebody rather than their name: a pronoun ("she"), or words
 * opening with a lowercase word ("group's director", "spokesman for the Russian foreign ministry"), as a name does not,
 * or a body's noun alone ("Ministry", "Police": review52).
 * Accepting it as proposed creates an actor named so (walk47: "accept all high-confidence" stored actors named "she"
 * and "group's director"); the editor names the claimant on the card instead.
 */
export function notAName(name: string): boolean {
  const words = name.trim();
  if (PRONOUNS.has(words.toLowerCase()) || bodyNounAlone(words) !== null) return true;
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
