import type { Claim } from '../../claims/model';
import type { ClaimInput } from '../../claims/service';
import type { DocumentView } from '../../documents/store';
import type { Candidate } from '../../extract/candidate';
import { DomainError, type FieldError } from '../../errors';
import type { Validator } from '../../validate';
import type { Principal } from '../../keys/principal';
import type { Services } from '../../services';
import { checkClaimForm } from './checkClaimForm';
import { ClaimForm, claimCountry, claimRef, formErrorOf, proposedForm, sourceOfRefusal } from './form';
import { linkPending, pendingRows } from './linkRelations';
import { describeDecision } from './messages';
import { claimantCreated, documentWithText, loadReview } from './loadReview';
import type { Reproposal } from './repropose';
import { type ActorChoice, DecidedAlready, FormError, lowConfidence, type Review, targetsFirst } from './review';
import { sureCandidates } from './acceptAll';
import type { CandidateFormState } from './candidateCard';
import type { NewDecision, WorkspaceStore } from './store';

/**
 * The editors' workspace: candidates proposed for a document's text become claims, or sources of claims, through
 * the same services (and JSON Schemas) as POST /v1/claims and PATCH /v1/claims/{id}.
 */
export class WorkspaceService {
  constructor(private readonly deps: { services: Services; store: WorkspaceStore; validator: Validator }) {}

  /** The document with its text, or a 404; a document without stored text cannot be reviewed (NoTextError). */
  document(id: number): Promise<DocumentView & { text: string }> {
    return documentWithText(this.deps.services, id);
  }

  /** `signal`: aborted when the page is no longer wanted (its client left): a first reading of its text is dropped. */
  review(documentId: number, principal: Principal, signal?: AbortSignal): Promise<Review> {
    return loadReview(this.deps.services, this.deps.store, documentId, principal, signal);
  }

  /**
   * Runs the extractor again over the document's text (after the extractor or the vocabularies improved) and merges
   * what it proposes into the list under review: decisions stay, open candidates take the new reading.
   */
  async proposeAgain(documentId: number, principal: Principal): Promise<Reproposal> {
    const document = await this.document(documentId);
    const { candidates, unread = [] } = await this.deps.services.extract.extract({ document_id: documentId });
    return this.deps.store.repropose(documentId, document.text_sha256!, candidates, unread, principal.name);
  }

  private candidate(review: Review, candidateId: string): Candidate {
    const c = review.extraction.candidates.find((x) => x.id === candidateId);
    if (!c) throw new DomainError('not_found', `Document ${review.document.id} has no candidate ${candidateId}.`);
    return c;
  }

  /**
   * Takes the candidate for a decision inside the transaction that writes it: a candidate decided already (a second
   * submission of the same form, a stale tab), or one proposing again dropped meanwhile, is a 409 saying so, and
   * nothing is written. Asked there only, not of the review loaded before: a form sent again after its save committed
   * but its answer was lost is answered from what that transaction returned (savedOnce.ts), not refused by a check
   * before it that finds the decision it saved.
   */
  private async reserve(tx: Services, row: NewDecision): Promise<void> {
    if (await tx.reviews.reserve(row)) return;
    const decided = await tx.reviews.decision(row.extraction_id, row.candidate_id);
    throw new DecidedAlready(
      row.candidate_id,
      decided,
      decided
        ? `Candidate ${row.candidate_id} has been decided already, by ${decided.decided_by}: ${describeDecision(decided)} Nothing was changed.`
        : `Candidate ${row.candidate_id} is no longer proposed: reload the page.`,
    );
  }

  /**
   * Accepts a candidate (or, with candidateId null, a claim started by hand) as a new claim: as the form says, or with
   * form null as proposed (a compact row's Accept, which sends no fields). `placesAdded`: the subdivisions the claim's
   * country added from the gazetteer (addSubdivisionsOf), which the editor is told of.
   */
  async accept(
    documentId: number,
    candidateId: string | null,
    form: ClaimForm | null,
    principal: Principal,
    refused: FieldError[] = [],
  ): Promise<{ claim: Claim; placesAdded: string[] }> {
    const review = await this.review(documentId, principal);
    // The form's own refusals (`refused`: the router's, of the form as sent) are named with every other field's.
    const earlier = [...refused];
    if (form !== null) {
      const refusal = sourceOfRefusal(form, candidateId === null ? '' : this.proposed(review, candidateId).source_of);
      if (refusal) earlier.push(refusal);
    }
    const placesAdded: string[] = [];
    const claim = await this.acceptIn(
      this.deps.services,
      review,
      candidateId,
      form ?? this.proposed(review, candidateId),
      principal,
      earlier,
      placesAdded,
    );
    return { claim: await this.deps.services.claims.get(claim.id), placesAdded };
  }

  /** A candidate's form as proposed; a claim by hand has no proposal. */
  private proposed(review: Review, candidateId: string | null): ClaimForm {
    if (candidateId === null) throw new DomainError('invalid_input', 'A claim by hand has no proposal: send its form.');
    return proposedForm(review, this.candidate(review, candidateId));
  }

  /**
   * Accepts against a review already loaded, and brings that review up to date with the decision (the candidate
   * decided, the claimant the ledger now holds), so that several acceptances in a row load it once. `services`: the
   * ledger's, or those of a transaction the acceptance is a part of (its own is then a savepoint).
   */
  private async acceptIn(
    services: Services,
    review: Review,
    candidateId: string | null,
    form: ClaimForm,
    principal: Principal,
    refused: FieldError[] = [],
    placesAdded?: string[],
  ): Promise<Claim> {
    if (candidateId !== null) this.candidate(review, candidateId);
    const check = () => checkClaimForm(services, this.deps.validator, review, candidateId, form, refused);
    const { body, map, pending, claimant } = await check().catch(async (e: unknown) => {
      if (!(e instanceof FormError)) throw e;
      const tried = await this.addSubdivisionsOf(review, candidateId, form, e);
      if (!tried.held) throw tried.refusal;
      placesAdded?.push(...tried.added);
      return check();
    });

    const decision = {
      extraction_id: review.extraction.id,
      decision: 'accepted' as const,
      relations: pending,
      decided_by: principal.name,
    };
    // The claimant created with the claim, if any: the review learns of it once the transaction has committed.
    const made: { claimant: ActorChoice | null } = { claimant: null };
    const claim = await services.inTransaction(async (tx) => {
      // The new claimant's name before anything else (see ActorService.lockNames); in a pass, held already.
      if (!('id' in claimant)) await tx.actors.lockNames([claimant.create.name!]);
      if (candidateId !== null) await this.reserve(tx, { ...decision, candidate_id: candidateId });
      // (in the transaction, as the reservation: see reserve)
      if (candidateId === null && 'id' in claimant && form.separate !== 'yes') await this.refuseDuplicate(tx.reviews, body, claimant.id);
      let claimantId: number;
      if ('id' in claimant) claimantId = claimant.id;
      else {
        // Named so by now, if another request (a candidate accepted in another tab) has just created it.
        const { actor } = await tx.actors.namedOrCreated(claimant.create, principal);
        claimantId = actor.id;
        made.claimant = { id: actor.id, name: actor.name, kind: actor.kind };
      }
      const created = await tx.claims.create({ ...body, claimant_id: claimantId }, principal).catch((e) => {
        if (e instanceof DomainError && e.errors.length > 0)
          throw new FormError(
            e.message,
            e.errors.map((err) => formErrorOf(err, map)),
          );
        throw e;
      });
      if (candidateId === null && pending.length > 0) await tx.reviews.reserve({ ...decision, candidate_id: `m${created.id}` }, false);
      await tx.reviews.complete(review.extraction.id, candidateId ?? `m${created.id}`, created.id);
      await linkPending(tx, review.extraction, principal, pendingRows(candidateId ?? `m${created.id}`, form));
      return created;
    });
    if (candidateId !== null)
      review.decisions.set(candidateId, {
        ...decision,
        candidate_id: candidateId,
        claim_id: claim.id,
        decided_at: new Date(),
        batch: null,
      });
    if (made.claimant) claimantCreated(review, made.claimant);
    return claim;
  }

  /**
   * A form refused only for its country, when that country is a first-level subdivision the ledger does not hold yet
   * (as the extractor proposes "young people from Ceuta", ES-CE, or as typed): each such code is added as the shipped
   * gazetteer knows it, and the form is checked again. Nothing is added for a form with any other fault, nor for a
   * candidate decided already (the claim would not be saved: a place no claim names would stay behind). By the
   * ledger's own vocabulary, outside an accept-all's transaction: its place index is the one the form is checked
   * against. `held`: whether any is held now (`added` by this acceptance, or by another meanwhile); `refusal`: the
   * form's refusal, where a code the gazetteer knows but the ledger refused to add says why and where it can be added
   * (walk48: "NG-NI" was only "not a known country", though the gazetteer names it: Nigeria's state "Niger").
   */
  private async addSubdivisionsOf(
    review: Review,
    candidateId: string | null,
    form: ClaimForm,
    refusal: FormError,
  ): Promise<{ held: boolean; added: string[]; refusal: FormError }> {
    const unchanged = { held: false, added: [], refusal };
    if (refusal.errors.length === 0 || refusal.errors.some((e) => e.field !== 'country')) return unchanged;
    if (candidateId !== null && review.decisions.has(candidateId)) return unchanged;
    let held = false;
    const added: string[] = [];
    const reasons = new Map<string, string>();
    for (const code of claimCountry(form)
      .split(',')
      .map((c) => c.trim().toUpperCase())) {
      const tried = await this.deps.services.vocabulary.addGazetteerSubdivision(code);
      // by the code the ledger keeps it under (KZ-11 for the extractor's KZ-AKM, which ISO replaced), as the claim is
      if (tried.added) added.push(tried.added.code);
      // (or added by another acceptance meanwhile: held now)
      if (tried.added || this.deps.services.places.resolve(code) !== null) held = true;
      else if (tried.codeRefused)
        reasons.set(code, `"${code}" is ${tried.name} in the extractor's gazetteer, but it ${tried.refused.join('; ')}`);
      else if (tried.refused.length > 0)
        reasons.set(
          code,
          `"${code}" is ${tried.name} in the extractor's gazetteer, but the ledger does not add it under that name: ${tried.refused.join('; ')}. Add it with other words at "Add a place", or count the figure under ${code.split('-')[0]}`,
        );
    }
    if (held || reasons.size === 0) return { held, added, refusal };
    const told = new FormError(
      refusal.message,
      refusal.errors.map((e) => {
        const code = e.code === 'unknown_place' ? [...reasons.keys()].find((c) => e.message.toUpperCase().startsWith(`"${c}"`)) : undefined;
        return code ? { ...e, message: reasons.get(code)! } : e;
      }),
    );
    told.holders = refusal.holders;
    return { held, added, refusal: told };
  }

  /**
   * A claim entered by hand whose statement the ledger already holds (same claimant, metric, country and value or
   * bounds, the rule candidates are checked by) is not saved unless the editor says it is a separate claim: the form
   * comes back offering to add this document as a source of the claims that hold it.
   */
  private async refuseDuplicate(store: WorkspaceStore, body: ClaimInput, claimantId: number): Promise<void> {
    const country = typeof body.country === 'string' ? this.deps.services.places.resolve(body.country) : null;
    if (!body.metric || country === null) return;
    const [holders] = await store.claimsHolding([
      {
        claimant_id: claimantId,
        metric: body.metric,
        country,
        value: body.value ?? null,
        value_low: body.value_low ?? null,
        value_high: body.value_high ?? null,
      },
    ]);
    if (holders.length === 0) return;
    const error = new FormError('The ledger already holds this statement.', [
      {
        field: 'separate',
        message: `the ledger already holds this statement (claim ${holders.join(', claim ')}): add this document as a source of it, or tick "a separate claim" to save it anyway`,
      },
    ]);
    error.holders = holders;
    throw error;
  }

  /**
   * Adds the candidate's quote (or a quote entered by hand) as a source of an existing claim: no duplicate claim. With
   * form null, as proposed: the candidate's quote, to the first claim that holds its statement.
   */
  async addSource(documentId: number, candidateId: string | null, sent: ClaimForm | null, principal: Principal): Promise<Claim> {
    const review = await this.review(documentId, principal);
    if (candidateId !== null) this.candidate(review, candidateId);
    const form = sent ?? this.proposed(review, candidateId);
    const claimId = claimRef(form.source_of);
    if (claimId === null)
      throw new FormError('Choose the claim this quote is a source of.', [{ field: 'source_of', message: 'must be a claim' }]);
    const quote = form.quote.replace(/\r\n?/g, '\n');
    // The claim's sources are read in the transaction that adds to them (see reserve): sent again after its answer was
    // lost, the form is answered from what that transaction did, not refused for the source it added.
    await this.deps.services.inTransaction(async (tx) => {
      if (candidateId !== null)
        await this.reserve(tx, {
          extraction_id: review.extraction.id,
          candidate_id: candidateId,
          decision: 'source_added',
          relations: [],
          decided_by: principal.name,
        });
      const claim = await tx.claims.get(claimId).catch((e) => {
        if (e instanceof DomainError && e.code === 'not_found')
          throw new FormError(e.message, [{ field: 'source_of', message: `claim ${claimId} does not exist` }]);
        throw e;
      });
      const sources = [...claim.sources.map((s) => ({ document_id: s.document.id, quote: s.quote })), { document_id: documentId, quote }];
      try {
        this.deps.validator.body('claim.json#/$defs/ClaimPatch', { sources });
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        throw new FormError(
          'The source cannot be added.',
          e.errors.map((err) => ({ field: 'quote', message: err.message })),
        );
      }
      await tx.claims
        .update(
          claimId,
          { sources, reason: `source added in the workspace: document ${documentId}` },
          { version: claim.version, tag: null },
          principal,
        )
        .catch((e) => {
          if (!(e instanceof DomainError)) throw e;
          throw new FormError(
            e.message,
            e.errors.length > 0
              ? e.errors.map((err) => ({ field: err.field.startsWith('/sources') ? 'quote' : 'source_of', message: err.message }))
              : [{ field: 'source_of', message: e.message }],
          );
        });
      if (candidateId !== null) {
        await tx.reviews.complete(review.extraction.id, candidateId, claimId);
        await linkPending(tx, review.extraction, principal, new Map());
      }
    });
    return this.deps.services.claims.get(claimId);
  }

  /** Rejects an open candidate, in a transaction of its own (see reserve). */
  async reject(documentId: number, candidateId: string, principal: Principal): Promise<void> {
    const review = await this.review(documentId, principal);
    this.candidate(review, candidateId);
    await this.deps.services.inTransaction((tx) => this.reserve(tx, this.rejection(review, candidateId, principal)));
  }

  /** The rejection of a candidate of a loaded review, alone or in a batch of decisions. */
  private rejection(review: Review, candidateId: string, principal: Principal, batch?: number): NewDecision {
    return {
      extraction_id: review.extraction.id,
      candidate_id: candidateId,
      decision: 'rejected',
      relations: [],
      decided_by: principal.name,
      batch,
    };
  }

  /**
   * "Reject all low-confidence": rejects, one by one as the card's Reject does, the candidates the editor confirmed
   * (`ids`, the list the confirmation showed) that are still open and below LOW_CONFIDENCE; a candidate decided or
   * reproposed meanwhile is left as it is. The rejections are one batch, taken with its number in one transaction (all
   * or none of them, and a form sent again after its answer was lost answers the same batch): answers its number, for
   * the notice and its undo, and how many it rejected.
   */
  async rejectLowConfidence(
    documentId: number,
    ids: readonly string[],
    principal: Principal,
  ): Promise<{ batch: number; rejected: number }> {
    const review = await this.review(documentId, principal);
    const low = new Set(lowConfidence(review).map((c) => c.id));
    return this.deps.services.inTransaction(async (tx) => {
      const batch = await tx.reviews.newBatch();
      let rejected = 0;
      for (const id of ids) if (low.has(id) && (await tx.reviews.reserve(this.rejection(review, id, principal, batch)))) rejected++;
      return { batch, rejected };
    });
  }

  async reconsider(documentId: number, candidateId: string, principal: Principal): Promise<void> {
    const review = await this.review(documentId, principal);
    this.candidate(review, candidateId);
    await this.deps.services.inTransaction(async (tx) => {
      if (await tx.reviews.reconsider(review.extraction.id, candidateId)) return;
      // Not rejected (accepted meanwhile, or reopened in another tab): the page says what became of it and leads to it.
      const decided = await tx.reviews.decision(review.extraction.id, candidateId);
      throw new DecidedAlready(
        candidateId,
        decided,
        decided
          ? `Candidate ${candidateId} is no longer rejected, so there is no rejection to reconsider: ${decided.decided_by} decided it since. ${describeDecision(decided)} Nothing was changed; a claim is corrected or retracted on its own page.`
          : `Candidate ${candidateId} is open already (its rejection was reconsidered, in this tab or another): it waits for your decision on the review. Nothing was changed.`,
      );
    });
  }

  /**
   * Undoes a "reject all low-confidence": reopens the candidates of its batch that are still rejected, in one
   * transaction that finds them (sent again after its answer was lost, it answers what it reopened); answers how many.
   */
  async reconsiderBatch(documentId: number, batch: number, principal: Principal): Promise<number> {
    const review = await this.review(documentId, principal);
    return this.deps.services.inTransaction((tx) => tx.reviews.reconsiderBatch(review.extraction.id, batch));
  }

  /**
   * Accepts, as proposed, every undecided candidate the extractor is sure of and the ledger does not hold yet; the rest
   * wait. So do the candidates in `editing`: the editor has changed their forms without sending them (the page's script
   * says which), and accepting the proposal would throw the correction away. The review is loaded once and kept up to
   * date as candidates are accepted (a claimant created for one is the next ones' choice). The pass is one
   * transaction, each candidate a savepoint in it: one that the ledger refuses is left open with the reasons, for its
   * card to show, and the others are saved together or, on a fault, none. One transaction, because a form sent again
   * after its answer was lost is answered from what its transactions returned, in their order (savedOnce.ts): with
   * one per candidate, the review loaded again (the first ones decided) had matched the next candidates to the first
   * ones' answers, and left them open, counted as accepted.
   */
  async acceptHighConfidence(
    documentId: number,
    principal: Principal,
    editing: ReadonlySet<string> = new Set(),
  ): Promise<HighConfidencePass> {
    const review = await this.review(documentId, principal);
    const sure = targetsFirst(sureCandidates(review).complete);
    // Every new claimant's name the pass may create, locked at once before any is used (see ActorService.lockNames).
    const newNames = sure
      .filter((c) => !editing.has(c.id))
      .map((c) => proposedForm(review, c))
      .filter((form) => form.claimant === 'new')
      .map((form) => form.claimant_name);
    const done = await this.deps.services.inTransaction(async (tx) => {
      await tx.actors.lockNames(newNames);
      const pass = { accepted: 0, edited: 0, refused: [] as [string, CandidateFormState][], placesAdded: [] as string[] };
      // Targets first: their relations are saved with the claims, not linked by edits, which lock the relation graph.
      for (const c of sure) {
        if (editing.has(c.id)) {
          pass.edited++;
          continue;
        }
        const form = proposedForm(review, c);
        try {
          await this.acceptIn(tx, review, c.id, form, principal, [], pass.placesAdded);
          pass.accepted++;
        } catch (e) {
          if (!(e instanceof DomainError)) throw e;
          pass.refused.push([
            c.id,
            {
              form,
              errors: e instanceof FormError ? e.errors : [],
              message: e.message,
              holders: e instanceof FormError ? e.holders : [],
            },
          ]);
        }
      }
      return pass;
    });
    // (the review as acceptIn kept it; sent again, as loaded: with the decisions the first saved)
    return { ...done, refused: new Map(done.refused), review };
  }
}

/** What "accept all high-confidence" did, and the review as it stands after it. */
export interface HighConfidencePass {
  review: Review;
  accepted: number;
  /** Sure candidates left open because the editor is correcting them. */
  edited: number;
  /** Sure candidates the ledger refused as proposed, each with its form and why. */
  refused: Map<string, CandidateFormState>;
  /** The subdivisions the accepted claims' countries added from the gazetteer. */
  placesAdded: string[];
}
