import type { ActorInput } from '../../actors/service';
import { type Claim, RELATION_TYPES, type RelationType } from '../../claims/model';
import { isOneOf } from '../../closedSets';
import type { ClaimInput } from '../../claims/service';
import type { DocumentView } from '../../documents/store';
import type { Candidate } from '../../extract/candidate';
import { distinctFieldErrors, DomainError, FieldError } from '../../errors';
import type { Validator } from '../../validate';
import type { Principal } from '../../keys/principal';
import type { Services } from '../../services';
import { candidateForm, ClaimForm, claimBody, FieldMap, formFieldOf, proposedValue } from './form';
import type { Reproposal } from './repropose';
import { type ActorChoice, FormError, HIGH_CONFIDENCE, NoTextError, type Review, sameName } from './review';
import type { DecisionRow, Extraction, PendingRelation, WorkspaceStore } from './store';

/**
 * The editors' workspace: candidates proposed for a document's text become claims, or sources of claims, through
 * the same services (and JSON Schemas) as POST /v1/claims and PATCH /v1/claims/{id}.
 */
export class WorkspaceService {
  constructor(
    private readonly services: Services,
    private readonly store: WorkspaceStore,
    private readonly validator: Validator,
  ) {}

  /** The document with its text, or a 404; a document without stored text cannot be reviewed (NoTextError). */
  async document(id: number): Promise<DocumentView & { text: string }> {
    const doc = await this.services.documents.get(id, true);
    if (!doc.text) throw new NoTextError(doc);
    return doc as DocumentView & { text: string };
  }

  async review(documentId: number, principal: Principal): Promise<Review> {
    const document = await this.document(documentId);
    const extraction =
      (await this.store.find(documentId, document.text_sha256!)) ??
      (await this.store.save(
        documentId,
        document.text_sha256!,
        (await this.services.extract.extract({ document_id: documentId })).candidates,
        principal.name,
      ));
    const decisions = new Map((await this.store.decisions(extraction.id)).map((d) => [d.candidate_id, d]));
    const claims = (await this.services.claims.list({ documentId, limit: 500 })).data;
    const actors = new Map<number, ActorChoice>();
    for (const c of claims) actors.set(c.claimant.id, { id: c.claimant.id, name: c.claimant.name, kind: c.claimant.kind });
    // a candidate with no claimant is the document's own statement: its first author's, else its publisher's
    const author = document.authors.find((a) => a.trim() !== '')?.trim() ?? null;
    const own = author ?? document.publisher?.name ?? null;
    if (own) {
      extraction.candidates = extraction.candidates.map((cand) =>
        cand.claimant
          ? cand
          : {
              ...cand,
              claimant: { name: own, mention: null, actor_id: author ? null : document.publisher!.id, new: author !== null },
              reasons: {
                ...cand.reasons,
                claimant: `${cand.reasons.claimant ?? 'nobody named'}; the document's own statement: ${author ? `its first author, ${own}` : `its publisher, ${own}`}`,
              },
            },
      );
    }
    const claimantChoice = new Map<string, string>();
    const byName = new Map<string, ActorChoice[]>();
    for (const cand of extraction.candidates) {
      const name = cand.claimant?.name;
      if (!name) {
        claimantChoice.set(cand.id, 'new');
        continue;
      }
      if (!byName.has(name)) {
        const found = await this.services.actors.list({ q: name, limit: 5 });
        byName.set(
          name,
          found.map((a) => ({ id: a.id, name: a.name, kind: a.kind })),
        );
        for (const a of found) actors.set(a.id, { id: a.id, name: a.name, kind: a.kind });
        // Actors created while reviewing match later candidates by name, though the extraction predates them.
        const exact = found.find((a) => sameName(a.name, name) || a.aliases.some((alias) => sameName(alias, name)));
        if (exact) byName.set(name, [{ id: exact.id, name: exact.name, kind: exact.kind }]);
      }
      const matchedId = cand.claimant?.actor_id ?? null;
      if (matchedId !== null && !actors.has(matchedId)) {
        const a = await this.services.actors.get(matchedId).catch(() => null);
        if (a) actors.set(a.id, { id: a.id, name: a.name, kind: a.kind });
      }
      const exact = byName.get(name)!.find((a) => sameName(a.name, name));
      claimantChoice.set(cand.id, matchedId !== null && actors.has(matchedId) ? `actor:${matchedId}` : exact ? `actor:${exact.id}` : 'new');
    }
    extraction.candidates = await this.withHolders(extraction.candidates, claimantChoice, decisions);
    return {
      document,
      extraction,
      decisions,
      claims,
      actors: [...actors.values()].sort((a, b) => a.name.localeCompare(b.name)),
      claimantChoice,
    };
  }

  /**
   * Each open candidate's existing_claim_ids as the ledger is now, not as it was when the candidates were proposed:
   * another editor may have added the statement since, or retracted it, or made its claimant. The statement is the
   * one the candidate's form offers (the claimant preselected, a share's value), matched by the extractor's rule.
   */
  private async withHolders(
    candidates: Candidate[],
    claimantChoice: Map<string, string>,
    decisions: Map<string, DecisionRow>,
  ): Promise<Candidate[]> {
    const keyed = candidates.flatMap((c, i) => {
      const actor = /^actor:(\d{1,15})$/.exec(claimantChoice.get(c.id) ?? '');
      if (!actor || !c.metric || typeof c.country !== 'string' || decisions.has(c.id)) return [];
      const value = proposedValue(c, candidates);
      return [
        {
          i,
          key: {
            claimant_id: Number(actor[1]),
            metric: c.metric,
            country: c.country,
            value,
            value_low: c.value_low,
            value_high: c.value_high,
          },
        },
      ];
    });
    const found = await this.store.claimsHolding(keyed.map((k) => k.key));
    const holders = new Map(keyed.map((k, n) => [k.i, found[n]]));
    return candidates.map((c, i) => ({ ...c, existing_claim_ids: holders.get(i) ?? [] }));
  }

  /**
   * Runs the extractor again over the document's text (after the extractor or the vocabularies improved) and merges
   * what it proposes into the list under review: decisions stay, open candidates take the new reading.
   */
  async proposeAgain(documentId: number, principal: Principal): Promise<Reproposal> {
    const document = await this.document(documentId);
    const { candidates } = await this.services.extract.extract({ document_id: documentId });
    return this.store.repropose(documentId, document.text_sha256!, candidates, principal.name);
  }

  private candidate(review: Review, candidateId: string): Candidate {
    const c = review.extraction.candidates.find((x) => x.id === candidateId);
    if (!c) throw new DomainError('not_found', `Document ${review.document.id} has no candidate ${candidateId}.`);
    return c;
  }

  /**
   * The claimant a form names: an actor of the ledger, one named exactly so (or with that alias), or the actor to
   * create with the claim (accepting two candidates of one new claimant makes one actor). Writes nothing.
   */
  private async claimantFor(form: ClaimForm, errors: FieldError[]): Promise<{ id: number } | { create: ActorInput } | null> {
    const m = /^actor:(\d{1,15})$/.exec(form.claimant);
    if (m) return { id: Number(m[1]) };
    if (form.claimant !== 'new') {
      errors.push({ field: 'claimant', message: 'choose an actor, or "new actor" with a name' });
      return null;
    }
    const input = { kind: form.claimant_kind, name: form.claimant_name.trim() };
    try {
      this.validator.body('actor.json#/$defs/ActorCreate', input);
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      for (const err of e.errors) errors.push({ field: err.field === '/kind' ? 'claimant_kind' : 'claimant_name', message: err.message });
      return null;
    }
    const existing = (await this.services.actors.list({ q: input.name, limit: 20 })).find(
      (a) => sameName(a.name, input.name) || a.aliases.some((x) => sameName(x, input.name)),
    );
    return existing ? { id: existing.id } : { create: { ...input, reason: 'claimant of a claim entered in the workspace' } };
  }

  /** The candidate, still open: a 404 when the list has no such candidate, a 409 when it has been decided. */
  private open(review: Review, candidateId: string | null): void {
    if (candidateId === null) return;
    this.candidate(review, candidateId);
    if (review.decisions.has(candidateId)) throw new DomainError('conflict', `Candidate ${candidateId} has been decided already.`);
  }

  /**
   * Takes the candidate for a decision inside the transaction that writes it: a second submission of the same form,
   * or a candidate proposing again dropped meanwhile, is a 409 and nothing is written.
   */
  private async reserve(tx: Services, row: Omit<DecisionRow, 'decided_at' | 'claim_id'>): Promise<void> {
    if (!(await tx.reviews.reserve(row)))
      throw new DomainError(
        'conflict',
        `Candidate ${row.candidate_id} has been decided already, or is no longer proposed: reload the page.`,
      );
  }

  /** Accepts a candidate (or, with candidateId null, a claim started by hand) as a new claim. */
  async accept(documentId: number, candidateId: string | null, form: ClaimForm, principal: Principal): Promise<Claim> {
    const review = await this.review(documentId, principal);
    this.open(review, candidateId);
    const errors: FieldError[] = [];
    const body = claimBody(form, documentId, errors) as ClaimInput & Record<string, unknown>;
    const map: FieldMap = { relationRows: [] };
    const direct: NonNullable<ClaimInput['relations']> = [];
    const pending: PendingRelation[] = [];
    form.relations.forEach((row, i) => {
      if (row.type === '') return;
      if (!isOneOf(RELATION_TYPES, row.type)) {
        errors.push({ field: `rel_type_${i}`, message: `must be one of ${RELATION_TYPES.join(', ')}` });
        return;
      }
      const type = row.type;
      const claimRef = /^(?:claim:)?#?(\d{1,15})$/.exec(row.target.trim());
      if (claimRef) {
        map.relationRows[direct.length] = i;
        direct.push({ type, claim_id: Number(claimRef[1]) });
        return;
      }
      const target = review.extraction.candidates.find((c) => c.id === row.target);
      if (!target || row.target === candidateId) {
        errors.push({ field: `rel_target_${i}`, message: 'must be another candidate of this document, or a claim' });
        return;
      }
      const decided = review.decisions.get(target.id);
      if (decided?.decision === 'rejected')
        errors.push({
          field: `rel_target_${i}`,
          message: `candidate ${target.id} ("${target.value_text}") was rejected: choose a claim instead, or drop the relation`,
        });
      else if (decided?.claim_id) {
        map.relationRows[direct.length] = i;
        direct.push({ type, claim_id: decided.claim_id });
      } else pending.push({ type, target: target.id, linked: false });
    });
    body.relations = direct;
    body.reason = candidateId
      ? `accepted in the workspace: candidate ${candidateId} of document ${documentId}`
      : `entered in the workspace from document ${documentId}`;
    // The ledger's own checks run only on a body that passes the schema; these two are repeated here so that one
    // round shows the editor every field to fix.
    if (form.country.trim() && this.services.places.resolve(form.country.trim()) === null)
      errors.push({ field: 'country', message: `"${form.country.trim()}" is not a known country, region or demonym` });
    if (form.quote && !review.document.text.includes(form.quote.replace(/\r\n?/g, '\n')))
      errors.push({ field: 'quote', message: `does not occur exactly in the stored text of document ${documentId}` });
    const claimant = await this.claimantFor(form, errors);
    try {
      this.validator.body('claim.json#/$defs/ClaimCreate', { ...body, claimant_id: claimant && 'id' in claimant ? claimant.id : 1 });
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      for (const err of e.errors) errors.push({ field: formFieldOf(err.field, map), message: err.message });
    }
    if (errors.length > 0 || claimant === null)
      throw new FormError('The claim cannot be saved: see the fields marked.', distinctFieldErrors(errors));
    if (candidateId === null && 'id' in claimant && form.separate !== 'yes') await this.refuseDuplicate(body, claimant.id);

    const claim = await this.services.inTransaction(async (tx) => {
      const decision = {
        extraction_id: review.extraction.id,
        decision: 'accepted' as const,
        relations: pending,
        decided_by: principal.name,
      };
      if (candidateId !== null) await this.reserve(tx, { ...decision, candidate_id: candidateId });
      const claimantId = 'id' in claimant ? claimant.id : (await tx.actors.create(claimant.create, principal)).id;
      const created = await tx.claims.create({ ...body, claimant_id: claimantId }, principal).catch((e) => {
        if (e instanceof DomainError && e.errors.length > 0)
          throw new FormError(
            e.message,
            e.errors.map((err) => ({ field: formFieldOf(err.field, map), message: err.message })),
          );
        throw e;
      });
      if (candidateId === null && pending.length > 0) await tx.reviews.reserve({ ...decision, candidate_id: `m${created.id}` }, false);
      await tx.reviews.complete(review.extraction.id, candidateId ?? `m${created.id}`, created.id);
      await this.linkPending(tx, review.extraction, principal, pendingRows(candidateId ?? `m${created.id}`, form));
      return created;
    });
    return this.services.claims.get(claim.id);
  }

  /**
   * A claim entered by hand whose statement the ledger already holds (same claimant, metric, country and value or
   * bounds, the rule candidates are checked by) is not saved unless the editor says it is a separate claim: the form
   * comes back offering to add this document as a source of the claims that hold it.
   */
  private async refuseDuplicate(body: ClaimInput, claimantId: number): Promise<void> {
    const country = typeof body.country === 'string' ? this.services.places.resolve(body.country) : null;
    if (!body.metric || country === null) return;
    const [holders] = await this.store.claimsHolding([
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

  /** Adds the candidate's quote (or a quote entered by hand) as a source of an existing claim: no duplicate claim. */
  async addSource(documentId: number, candidateId: string | null, form: ClaimForm, principal: Principal): Promise<Claim> {
    const review = await this.review(documentId, principal);
    this.open(review, candidateId);
    const m = /^(?:claim:)?#?(\d{1,15})$/.exec(form.source_of.trim());
    if (!m) throw new FormError('Choose the claim this quote is a source of.', [{ field: 'source_of', message: 'must be a claim' }]);
    const claimId = Number(m[1]);
    const claim = await this.services.claims.get(claimId).catch((e) => {
      if (e instanceof DomainError && e.code === 'not_found')
        throw new FormError(e.message, [{ field: 'source_of', message: `claim ${claimId} does not exist` }]);
      throw e;
    });
    const quote = form.quote.replace(/\r\n?/g, '\n');
    const sources = [...claim.sources.map((s) => ({ document_id: s.document.id, quote: s.quote })), { document_id: documentId, quote }];
    try {
      this.validator.body('claim.json#/$defs/ClaimPatch', { sources });
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      throw new FormError(
        'The source cannot be added.',
        e.errors.map((err) => ({ field: 'quote', message: err.message })),
      );
    }
    await this.services.inTransaction(async (tx) => {
      if (candidateId !== null)
        await this.reserve(tx, {
          extraction_id: review.extraction.id,
          candidate_id: candidateId,
          decision: 'source_added',
          relations: [],
          decided_by: principal.name,
        });
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
        await this.linkPending(tx, review.extraction, principal, new Map());
      }
    });
    return this.services.claims.get(claimId);
  }

  async reject(documentId: number, candidateId: string, principal: Principal): Promise<void> {
    const review = await this.review(documentId, principal);
    this.candidate(review, candidateId);
    if (
      !(await this.store.reserve({
        extraction_id: review.extraction.id,
        candidate_id: candidateId,
        decision: 'rejected',
        relations: [],
        decided_by: principal.name,
      }))
    ) {
      throw new DomainError('conflict', `Candidate ${candidateId} has been decided already.`);
    }
  }

  async reconsider(documentId: number, candidateId: string, principal: Principal): Promise<void> {
    const review = await this.review(documentId, principal);
    this.candidate(review, candidateId);
    if (!(await this.store.reconsider(review.extraction.id, candidateId)))
      throw new DomainError('conflict', `Candidate ${candidateId} is not rejected: only rejections can be reconsidered.`);
  }

  /** Accepts, as proposed, every undecided candidate the extractor is sure of and the ledger does not hold yet; the rest wait. */
  async acceptHighConfidence(documentId: number, principal: Principal): Promise<{ accepted: number; left: number }> {
    const review = await this.review(documentId, principal);
    let accepted = 0;
    let left = 0;
    for (const c of review.extraction.candidates) {
      if (review.decisions.has(c.id) || c.confidence < HIGH_CONFIDENCE || c.existing_claim_ids.length > 0) continue;
      // Each acceptance may create a claimant that the next candidates name, so the choice is read afresh.
      const fresh = await this.review(documentId, principal);
      try {
        await this.accept(
          documentId,
          c.id,
          candidateForm(c, fresh.extraction.candidates, fresh.claimantChoice.get(c.id) ?? 'new'),
          principal,
        );
        accepted++;
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        left++;
      }
    }
    return { accepted, left };
  }

  /**
   * Creates the relations editors confirmed between candidates once both ends are claims, whichever was accepted
   * first, through the same update as PATCH /v1/claims/{id}, inside the transaction of the decision that makes the
   * second end: a relation the ledger refuses undoes that decision too (nothing is written) and the editor is told
   * which candidate's relation, and why. `rows` are the form's relation rows of the candidate being decided.
   */
  private async linkPending(tx: Services, extraction: Extraction, principal: Principal, rows: Map<string, number>): Promise<void> {
    const decisions = await tx.reviews.decisions(extraction.id);
    const byId = new Map(decisions.map((d) => [d.candidate_id, d]));
    for (const d of decisions) {
      if (d.decision !== 'accepted' || d.claim_id === null || d.relations.every((r) => r.linked)) continue;
      const relations = d.relations.map((r) => ({ ...r }));
      let changed = false;
      for (const r of relations) {
        const target = byId.get(r.target)?.claim_id;
        if (r.linked || !target) continue;
        changed = true;
        r.linked = true;
        delete r.error;
        if (target === d.claim_id) continue;
        const claim = await tx.claims.get(d.claim_id);
        const outgoing = claim.relations
          .flatMap((x) => (isOneOf(RELATION_TYPES, x.type) ? [x] : []))
          .map((x) => ({ type: x.type as RelationType, claim_id: x.claim_id, asserted_by: x.asserted_by.id }));
        if (outgoing.some((x) => x.type === r.type && x.claim_id === target)) continue;
        await tx.claims
          .update(
            d.claim_id,
            {
              relations: [...outgoing, { type: r.type, claim_id: target }],
              reason: `relation confirmed in the workspace: ${r.type} claim ${target}`,
            },
            { version: claim.version, tag: null },
            principal,
          )
          .catch((e) => {
            if (!(e instanceof DomainError)) throw e;
            const why = e.errors[0]?.message ?? e.message;
            const row = rows.get(rowKey(d.candidate_id, r.type, r.target));
            const message = `the relation ${r.type} from candidate ${d.candidate_id} (claim ${d.claim_id}) to candidate ${r.target} (claim ${target}) was refused: ${why}`;
            throw new FormError(`Nothing was saved: ${message}.`, [
              { field: row !== undefined ? `rel_target_${row}` : 'relations', message },
            ]);
          });
      }
      if (changed) await tx.reviews.setRelations(extraction.id, d.candidate_id, relations);
    }
  }
}

const rowKey = (candidate: string, type: string, target: string) => `${candidate}\u0000${type}\u0000${target}`;

/** The form's row of each relation of the candidate being decided, for the error a refused relation shows. */
function pendingRows(candidate: string, form: ClaimForm): Map<string, number> {
  return new Map(form.relations.map((row, i) => [rowKey(candidate, row.type, row.target.trim()), i]));
}
