/** What the workspace's review is made of, and how its forms fail: shared by the service, the document forms and the pages. */
import type { Claim } from '../../claims/model';
import type { DocumentView } from '../../documents/store';
import { nameKey } from '../../db/nameKey';
import type { Candidate } from '../../extract/candidate';
import { OWN_WORDS_CONFIDENCE } from '../../extract/confidence';
import { DomainError, FieldError } from '../../errors';
import type { DecisionRow, Extraction, HeldDocument } from './store';

/**
 * Candidates at least this sure are accepted by "accept all high-confidence" (when nothing else stops them). A
 * candidate's confidence is the extractor's estimate of the chance that it is a claim with every field right
 * (src/extract/confidence.ts, its shares measured on held-out 21–40); its highest reading (OWN_WORDS_CONFIDENCE, 60%
 * with the shares of 7 Dec 2026), every field read from the figure's own words: a status word at the figure, its
 * nationality named, its source named before a cue or nobody named. Measured by scripts/eval-confidence.ts
 * (docs/extractor.md, "extract116"): on held-out 21–40 (articles the rules were not written from) 67% of such
 * candidates had value, approximation, metric, country and claimant all right (267 of 399, 4 of them no claim), 81% on
 * the studied sets; 59% on the blind held-out 41–44 (7 Dec 2026). The page quotes both unseen measures, 59–67%: the
 * rules were chosen on 21–40's scores and the shares measured there, 41–44 neither.
 */
export const HIGH_CONFIDENCE = OWN_WORDS_CONFIDENCE;

/**
 * Candidates less sure than this are rejected by "reject all low-confidence" (after the editor confirms the list): two
 * or more fields carried, guessed or set by default, or a bare number with nothing said of it, the weakest of them.
 * Measured as above: 135 of 2,745 candidates on held-out 21–40 (21 of them on no annotated figure; 11 of the 115 judged,
 * 10%, all right), 105 of 2,925 on the studied sets (34% all right).
 */
export const LOW_CONFIDENCE = 0.2;

/** The decisions of a batch ("reject all low-confidence") that still reject their candidate: what its Undo reopens. */
export const rejectedInBatch = (review: Review, batch: number): DecisionRow[] =>
  [...review.decisions.values()].filter((d) => d.batch === batch && d.decision === 'rejected');

/** What a low-confidence candidate lacks, in the extractor's own words: for the editor confirming their rejection. */
export function unsureBecause(c: Candidate): string[] {
  return [
    c.reasons.confidence && `confidence ${c.reasons.confidence}`,
    c.reasons.people && `people: ${c.reasons.people}`,
    !c.cue && c.reasons.claimant && `claimant: ${c.reasons.claimant}`,
    c.approximation === 'vague' && c.reasons.approximation && `wording: ${c.reasons.approximation}`,
  ].filter((r): r is string => typeof r === 'string');
}

/** Errors shown on a form, by the form's field names. Nothing was written: a refused form changes nothing. */
export class FormError extends DomainError {
  constructor(message: string, errors: FieldError[] = []) {
    super('invalid_record', message, errors);
  }

  /** Claims the ledger already holds with the statement the form enters: offered as "add as a source of". */
  holders: number[] = [];

  /** Documents the ledger already holds with the URL or the text the new-document form enters: offered to open. */
  heldDocuments: HeldDocument[] = [];
}

/**
 * A decision sent for a candidate that is no longer open: decided meanwhile (another tab, another editor) or dropped by
 * proposing again. A 409 that names what became of it (`decided`), so the page that says so can lead to the claim it
 * became and show what the editor typed, which was not saved.
 */
export class DecidedAlready extends DomainError {
  constructor(
    readonly candidateId: string,
    readonly decided: DecisionRow | undefined,
    message: string,
  ) {
    super('conflict', message);
  }
}

/** A document without stored text: nothing can be proposed or quoted from it until its text is added. */
export class NoTextError extends DomainError {
  constructor(readonly document: DocumentView) {
    super(
      'conflict',
      `Document ${document.id} has no stored text: candidates are proposed from the text, and quotes are checked against it. Add its text first.`,
    );
  }
}

export interface ActorChoice {
  id: number;
  name: string;
  kind: string;
}

/** Everything the review page of one document shows. */
export interface Review {
  document: DocumentView & { text: string };
  extraction: Extraction;
  decisions: Map<string, DecisionRow>;
  /** Claims citing this document, the choices for "add as a source of" and for relations. */
  claims: Claim[];
  /** Actors the claimant pickers offer. */
  actors: ActorChoice[];
  /** Each candidate's first choice of claimant: "actor:<id>" or "new". */
  claimantChoice: Map<string, string>;
}

/** The open candidates sure enough to accept as proposed, and not held by the ledger yet (acceptAll.ts takes the complete ones). */
export const sureAndNew = (review: Review): Candidate[] =>
  review.extraction.candidates.filter(
    (c) => !review.decisions.has(c.id) && c.confidence >= HIGH_CONFIDENCE && c.existing_claim_ids.length === 0,
  );

/**
 * `candidates` in an order where each comes after those of the list it relates to (its targets), the order kept
 * otherwise (and within a loop). Accepted in this order, a candidate's relations are saved with its new claim, which
 * takes no lock (nothing points to a new claim, so no loop can close through it), instead of linked afterwards by an
 * edit of it, which takes the ledger-wide relation graph's lock until its transaction ends: for "accept all
 * high-confidence", one transaction for the whole pass, so every edit of a relation anywhere waited for the rest of the
 * pass (measured: 4.0 s of a pass of 50, 10.8 s of one of 200).
 */
export function targetsFirst(candidates: readonly Candidate[]): Candidate[] {
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const placed = new Set<string>();
  const ordered: Candidate[] = [];
  const place = (c: Candidate) => {
    if (placed.has(c.id)) return;
    placed.add(c.id); // (before its targets: a loop ends here)
    for (const r of c.relations) {
      const target = byId.get(r.target);
      if (target) place(target);
    }
    ordered.push(c);
  };
  candidates.forEach(place);
  return ordered;
}

/** The open candidates "reject all low-confidence" rejects, once the editor has confirmed the list: below LOW_CONFIDENCE. */
export const lowConfidence = (review: Review): Candidate[] =>
  review.extraction.candidates.filter((c) => !review.decisions.has(c.id) && c.confidence < LOW_CONFIDENCE);

/** Names alike as the database matches them (nameKey: blanks, case and composition aside): how an actor named in a form is found. */
export const sameName = (a: string, b: string) => nameKey(a) === nameKey(b);

/** The review page of a document: the page its forms belong to. */
export const reviewPath = (documentId: number) => `/workspace/documents/${documentId}`;

/** A candidate's place in its review: its card, opened in full. */
export const candidateCardPath = (documentId: number, candidateId: string) =>
  `${reviewPath(documentId)}?open=${candidateId}#cand-${candidateId}`;

/**
 * The review's one form for its compact rows: every row's buttons belong to it (`form="ws-rows"`), each naming its
 * action and candidate (`row=accept c12`), so a long review holds one form and its tokens, not one per candidate.
 */
export const ROWS_PATH = '/workspace/documents/:id/rows';
export const rowsPath = (documentId: number) => `${reviewPath(documentId)}/rows`;
/** A row button's value: the action (a rejected candidate's: reconsider), a space, the candidate. */
export const ROW_BUTTON = /^(accept|add_source|reject|reconsider) ([\w-]{1,40})$/;

/**
 * The page of the form that was posted to `path`, at the form: a candidate's (open in full, where its draft is put
 * back) or the claim by hand's on its document's review, another of a document's forms at the review's top, a claim's
 * edit or retraction (its own page), else the workspace's home (a new document).
 */
export function pageOfForm(path: string): string {
  const claimForm = /^\/workspace\/claims\/\d{1,15}\/(?:edit|retract)(?=[?#]|$)/.exec(path);
  if (claimForm) return claimForm[0];
  if (/^\/workspace\/places(?:\/words)?(?=[?#]|$)/.test(path)) return '/workspace/places';
  const m = /^\/workspace\/documents\/(\d{1,15})(?=[/?#]|$)(?:\/(?:candidates\/([\w-]{1,40})|(claims))(?=[/?#]|$))?/.exec(path);
  if (!m) return '/workspace';
  const documentId = Number(m[1]);
  return m[2] ? candidateCardPath(documentId, m[2]) : reviewPath(documentId) + (m[3] ? '#cand-manual' : '');
}
