import type { Candidate } from '../../extract/candidate';
import { gapsOf, proposedForm } from './form';
import { type Review, sureAndNew } from './review';

/**
 * The candidates "accept all high-confidence" accepts as proposed: sure, new, and proposing every part a claim needs.
 * A sure proposal without a country (a state's own arrests, no nationality said) or a claimant was counted by the
 * button and always refused: "Accept all 4" answered "0 accepted, 4 could not be saved". (A module of its own: the
 * proposal's form is form.ts's, which reads review.ts's types.)
 */
export const highConfidence = (review: Review): Candidate[] =>
  sureAndNew(review).filter((c) => gapsOf(proposedForm(review, c)).length === 0);

/** Sure candidates the pass leaves to the editor: their proposals lack a part every claim needs. */
export const sureButIncomplete = (review: Review): Candidate[] =>
  sureAndNew(review).filter((c) => gapsOf(proposedForm(review, c)).length > 0);
