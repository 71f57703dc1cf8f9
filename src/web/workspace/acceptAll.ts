import type { Candidate } from '../../extract/candidate';
import { gapsOf, proposedForm, type ProposalGap } from './form';
import { type Review, sureAndNew } from './review';

/** The sure new candidates of a review, split by whether their proposals hold every part a claim needs. */
export interface SureCandidates {
  /** What "accept all high-confidence" accepts as proposed. */
  complete: Candidate[];
  /** What it leaves to the editor, with the parts each proposal lacks. */
  incomplete: { candidate: Candidate; gaps: ProposalGap[] }[];
}

/**
 * The candidates "accept all high-confidence" accepts as proposed: sure, new, and proposing every part a claim needs;
 * and the sure ones it leaves. A sure proposal without a country (a state's own arrests, no nationality said) or a
 * claimant was counted by the button and always refused: "Accept all 4" answered "0 accepted, 4 could not be saved".
 * Each proposal's form is made once. (A module of its own: the proposal's form is form.ts's, which reads review.ts's
 * types.)
 */
export function sureCandidates(review: Review): SureCandidates {
  const sure: SureCandidates = { complete: [], incomplete: [] };
  for (const candidate of sureAndNew(review)) {
    const gaps = gapsOf(proposedForm(review, candidate));
    if (gaps.length === 0) sure.complete.push(candidate);
    else sure.incomplete.push({ candidate, gaps });
  }
  return sure;
}
