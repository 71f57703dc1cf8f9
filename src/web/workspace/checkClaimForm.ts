import type { ActorInput } from '../../actors/service';
import { RELATION_TYPES } from '../../claims/model';
import type { ClaimInput } from '../../claims/service';
import { isOneOf } from '../../closedSets';
import { distinctFieldErrors, DomainError, FieldError } from '../../errors';
import type { Services } from '../../services';
import { type Validator, withoutFaulty } from '../../validate';
import { bodyMemberOf, ClaimForm, claimBody, claimFormValue, claimRef, FieldMap, formErrorOf, proposedForm } from './form';
import { refusedFields } from './messages';
import { FormError, type Review } from './review';
import type { PendingRelation } from './store';

/** A claim form read into the body POST /v1/claims takes, with what saving it must also do. */
export interface CheckedClaimForm {
  body: ClaimInput & Record<string, unknown>;
  /** Which form row each relation of the body came from, for the ledger's errors. */
  map: FieldMap;
  /** Relations to candidates not yet claims: created once their target is accepted. */
  pending: PendingRelation[];
  /** The claimant: an actor of the ledger, or the actor to create with the claim. */
  claimant: { id: number } | { create: ActorInput };
}

/**
 * Checks a claim form of the workspace (a candidate's, or one started by hand with candidateId null) and reads it
 * into a claim body: every field to fix is reported at once, by the form's field names (FormError), with the
 * refusals already found of the form as sent (`refused`). Writes nothing.
 */
export async function checkClaimForm(
  services: Services,
  validator: Validator,
  review: Review,
  candidateId: string | null,
  form: ClaimForm,
  refused: FieldError[] = [],
): Promise<CheckedClaimForm> {
  const documentId = review.document.id;
  const errors: FieldError[] = [...refused];
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
    const claimId = claimRef(row.target);
    if (claimId !== null) {
      map.relationRows[direct.length] = i;
      direct.push({ type, claim_id: claimId });
      return;
    }
    // Typed into a text field, the target may come with spaces around it (pendingRows trims it alike).
    const target = review.extraction.candidates.find((c) => c.id === row.target.trim());
    if (!target || target.id === candidateId) {
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
  const candidate = candidateId === null ? undefined : review.extraction.candidates.find((c) => c.id === candidateId);
  const given = candidate ? proposedForm(review, candidate).claimant_name : '';
  const claimant = await claimantFor(services, validator, form, errors, 'claimant of a claim entered in the workspace', given);
  await checkClaimBody(services, validator, claimant, { ...map, schema: 'claim.json#/$defs/ClaimCreate' }, body, errors);
  if (errors.length > 0 || claimant === null)
    throw new FormError(
      'The claim cannot be saved: see the fields marked.',
      refusedFields(errors, (name) => claimFormValue(form, name)),
    );
  return { body, map, pending, claimant };
}

/**
 * Checks the claim body a form stands for, as the API would (its schema, then the ledger's rules on the fields that
 * passed, `claimId`'s edit or a new claim), adding each problem to `errors` by the form's field: one round shows the
 * editor every field to fix. A check that needs a field already at fault in `errors` (the form's own reading) is
 * skipped. Reads, never writes.
 */
export async function checkClaimBody(
  services: Services,
  validator: Validator,
  claimant: { id: number } | { create: ActorInput } | null,
  how: FieldMap & { schema: string; claimId?: number },
  body: Record<string, unknown>,
  errors: FieldError[],
): Promise<void> {
  const claimantId = claimant && 'id' in claimant ? claimant.id : undefined;
  // a claimant still to be created (or not yet chosen) is checked as its own fields; the schema is given a stand-in
  const checked = validator.check<ClaimInput>(how.schema, { ...body, claimant_id: claimantId ?? 1 });
  const faulty = new Set([...checked.faulty, ...errors.map((e) => bodyMemberOf(e.field))]);
  if (claimantId === undefined) faulty.add('claimant_id');
  const found = [...checked.errors];
  const input = withoutFaulty<ClaimInput>({ ...body, claimant_id: claimantId }, faulty);
  if (how.claimId === undefined) await services.claims.checkNew(input, faulty, found);
  else await services.claims.checkEdit(how.claimId, input, faulty, found);
  const named = distinctFieldErrors(found.map((err) => formErrorOf(err, how)));
  errors.push(...named.filter((e) => !errors.some((o) => o.field === e.field && o.message === e.message)));
}

/**
 * The claimant a form names: an actor of the ledger, one named exactly so (or with that alias), or the actor to
 * create with the claim (accepting two candidates of one new claimant makes one actor), its creation's reason
 * `reason`. Writes nothing.
 *
 * With an actor chosen, the new claimant's name is not used; a name the editor typed there (`givenName`: what the form
 * was given, a candidate's proposed name or none) that is not the chosen actor's names a claimant the form does not
 * save, and is refused rather than silently dropped (walk47: a name typed with the picker left at another actor saved
 * the claim as that actor's). A proposal's name left as given, after the editor picked an actor instead, is the
 * picker's correction of it, and is dropped.
 */
export async function claimantFor(
  services: Services,
  validator: Validator,
  form: Pick<ClaimForm, 'claimant' | 'claimant_name' | 'claimant_kind'>,
  errors: FieldError[],
  reason: string,
  givenName = '',
): Promise<{ id: number } | { create: ActorInput } | null> {
  const m = /^actor:(\d{1,15})$/.exec(form.claimant);
  if (m) {
    const id = Number(m[1]);
    const typed = form.claimant_name.trim();
    if (typed !== '' && typed !== givenName.trim()) {
      const [named] = await services.actors.named([typed]);
      // (an actor that does not exist is the claim's own error, reported when it is saved; any other failure is the page's)
      const chosen =
        named?.id === id
          ? null
          : await services.actors.get(id).catch((e: unknown) => {
              if (e instanceof DomainError && e.code === 'not_found') return null;
              throw e;
            });
      if (chosen)
        errors.push({
          field: 'claimant_name',
          message: `names a new claimant, but the Claimant chosen is ${chosen.name} (actor ${id}): choose "new actor" to save "${typed}" as the claimant, or empty this field to keep ${chosen.name}`,
        });
    }
    return { id };
  }
  if (form.claimant !== 'new') {
    errors.push({ field: 'claimant', message: 'choose an actor, or "new actor" with a name' });
    return null;
  }
  const input = { kind: form.claimant_kind, name: form.claimant_name.trim() };
  try {
    validator.body('actor.json#/$defs/ActorCreate', input);
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    for (const err of e.errors) errors.push({ field: err.field === '/kind' ? 'claimant_kind' : 'claimant_name', message: err.message });
    return null;
  }
  const [existing] = await services.actors.named([input.name]);
  return existing ? { id: existing.id } : { create: { ...input, reason } };
}
