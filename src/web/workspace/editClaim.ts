/**
 * An editor's correction or retraction of a claim already in the ledger, from the claim's page: the forms are read
 * here, and saved by the services behind PATCH /v1/claims/{id} and DELETE /v1/claims/{id} (the same JSON Schemas,
 * rules and messages; a revision authored by the signed-in editor, with the reason given).
 */
import { type Claim, RELATION_TYPES, type RelationType } from '../../claims/model';
import type { ClaimInput } from '../../claims/service';
import { DomainError, type FieldError } from '../../errors';
import type { Principal } from '../../keys/principal';
import { isOneOf } from '../../closedSets';
import { reasonProblem } from '../../revisions/reason';
import type { Services } from '../../services';
import type { Validator } from '../../validate';
import { checkClaimBody, claimantFor } from './checkClaimForm';
import { type ClaimForm, claimRef, field, figureBody, type FigureForm, type FormBody, formErrorOf, readRelationRows } from './form';
import { refusedFields } from './messages';
import { type ActorChoice, FormError } from './review';

/** The editor's pages of a claim (forms posted to the same address): its correction and its retraction. */
export const editClaimPath = (id: number) => `/workspace/claims/${id}/edit`;
export const retractClaimPath = (id: number) => `/workspace/claims/${id}/retract`;

/** The edit form's fields, as text exactly as the editor left them (shown again when saving fails). */
export interface EditClaimForm extends FigureForm {
  rank: string;
  /** '' for none, else 1 to 6. */
  credibility: string;
  /** Why the claim changes: recorded in the revision. */
  reason: string;
  /** The claim's version the form was made from: a form older than the claim saves nothing (If-Match's rule). */
  version: string;
  /** The relations the claim holds itself (outgoing: `claim:14`), a row each; a row of no type removes its relation. */
  relations: ClaimForm['relations'];
}

/** A relation the claim holds itself, as ClaimService.outgoingRelations reads it (PATCH's `relations` replaces them). */
export type HeldRelation = { type: RelationType; claim_id: number; asserted_by: number };

/**
 * The relation rows an edit form reads: as many as a claim may hold (PATCH's `relations`, maxItems 50), so that a claim
 * holding more than a review's form offers (MAX_RELATION_ROWS) loses none when corrected.
 */
export const EDIT_RELATION_ROWS = 50;

/** The edit form's fields, in the order the form shows them (for the error summary). */
export const EDIT_FIELDS = [
  'value_text',
  'approximation',
  'value',
  'value_low',
  'value_high',
  'metric',
  'country',
  'group',
  'location',
  'claimant',
  'claimant_name',
  'claimant_kind',
  'as_of',
  'stated_on',
  'context',
  'rank',
  'credibility',
  'notes',
  'reason',
] as const;

/** The labels of the edit form's own fields (the figure's are the claim forms' labels, CLAIM_FIELD_LABELS). */
export const EDIT_FIELD_LABELS = { rank: 'Rank', credibility: 'Credibility', reason: 'Reason for the change' } as const;

const fmt = (n: number | null): string => (n === null ? '' : String(n));

/** The edit form of a claim as it is, with the relations it holds: its page's "Edit" opens it so. */
export function editFormOf(claim: Claim, held: readonly HeldRelation[] = []): EditClaimForm {
  return {
    value_text: claim.value_text,
    value: fmt(claim.value),
    value_low: fmt(claim.value_low),
    value_high: fmt(claim.value_high),
    approximation: claim.approximation,
    metric: claim.metric,
    country: claim.country,
    group: claim.group ?? '',
    location: claim.location.join(', '),
    claimant: `actor:${claim.claimant.id}`,
    claimant_name: '',
    claimant_kind: 'person',
    as_of: claim.as_of ?? '',
    stated_on: claim.stated_on ?? '',
    context: claim.context ?? '',
    notes: claim.notes ?? '',
    rank: claim.rank,
    credibility: claim.credibility === null ? '' : String(claim.credibility),
    reason: '',
    version: String(claim.version),
    relations: held.map((r) => ({ type: r.type, target: `claim:${r.claim_id}` })),
  };
}

/** The edit form as sent; a field sent twice or too long is a 400 naming it (field). */
export function readEditForm(body: FormBody): EditClaimForm {
  const text = (name: keyof EditClaimForm) => field(body, name, name === 'notes' || name === 'reason' ? 10_000 : 2_000);
  const form = Object.fromEntries([...EDIT_FIELDS, 'version'].map((name) => [name, text(name as keyof EditClaimForm)])) as unknown as Omit<
    EditClaimForm,
    'relations'
  >;
  return { ...form, relations: readRelationRows(body, EDIT_RELATION_ROWS) };
}

/** What an edit did to the relations the claim holds: counts for the claim page's notice. */
export interface RelationChange {
  removed: number;
  added: number;
}

const relationKey = (r: { type: string; claim_id: number }) => `${r.type} ${r.claim_id}`;

/**
 * The edit form's relation rows read into PATCH's `relations`, or undefined when they hold exactly the relations the
 * claim holds (then the edit leaves them alone: who asserted each is kept). A relation kept keeps its asserter; a new
 * one is asserted by the claimant, as PATCH defaults it. Errors by the row's fields; `rows` maps the body's index to the row.
 */
function relationsOf(
  form: EditClaimForm,
  held: readonly HeldRelation[],
  errors: FieldError[],
  rows: number[],
): { relations: NonNullable<ClaimInput['relations']>; change: RelationChange } | undefined {
  // The page always sends a row (the empty one to add): a form with none says nothing of the relations, and leaves them.
  if (form.relations.length === 0) return undefined;
  const wanted: { type: RelationType; claim_id: number; row: number }[] = [];
  const heldClaims = new Set(held.map((r) => r.claim_id));
  form.relations.forEach((row, i) => {
    const claimId = claimRef(row.target);
    if (row.type === '') {
      // "no relation" on a row the claim holds removes its relation; on a row naming another claim (the empty row
      // filled in, its type forgotten) it would drop what the editor typed without a word
      if (row.target.trim() !== '' && (claimId === null || !heldClaims.has(claimId)))
        errors.push({
          field: `rel_type_${i}`,
          message: `choose how this claim relates to ${claimId === null ? 'the claim named' : `claim ${claimId}`}, or empty the row`,
        });
      return;
    }
    if (!isOneOf(RELATION_TYPES, row.type)) {
      errors.push({ field: `rel_type_${i}`, message: `must be one of ${RELATION_TYPES.join(', ')}` });
      return;
    }
    if (claimId === null) {
      errors.push({ field: `rel_target_${i}`, message: 'must be a claim: its number, such as claim:12 or 12' });
      return;
    }
    wanted.push({ type: row.type, claim_id: claimId, row: i });
  });
  const left = new Map<string, HeldRelation[]>();
  for (const r of held) left.set(relationKey(r), [...(left.get(relationKey(r)) ?? []), r]);
  const relations: NonNullable<ClaimInput['relations']> = [];
  let added = 0;
  for (const w of wanted) {
    const kept = left.get(relationKey(w))?.shift();
    if (!kept) added++;
    rows[relations.length] = w.row;
    relations.push({ type: w.type, claim_id: w.claim_id, ...(kept && { asserted_by: kept.asserted_by }) });
  }
  const removed = [...left.values()].reduce((n, l) => n + l.length, 0);
  if (added === 0 && removed === 0 && relations.length === held.length) return undefined;
  return { relations, change: { removed, added } };
}

/** The version a form was made from, or a 400: the form's hidden field, as If-Match carries it. */
function formVersion(form: { version: string }): number {
  if (!/^\d{1,9}$/.test(form.version.trim()))
    throw new DomainError('invalid_input', 'The form is not valid.', [
      { field: 'version', message: 'must be the version of the claim the form was made from' },
    ]);
  return Number(form.version.trim());
}

/** A form's reason, required as the API requires it of every edit and retraction (reasonProblem). */
function reasonOf(form: { reason: string }, errors: FieldError[]): string {
  const problem = reasonProblem(form.reason, 'claim');
  if (problem) errors.push({ field: 'reason', message: problem });
  return form.reason.trim();
}

/**
 * A claim that changed after the form was made from it: nothing was saved; the page shows the claim as it is now,
 * beside what the editor sent, and the form then carries the newer version.
 */
export class StaleForm extends DomainError {
  constructor(
    message: string,
    readonly current: Claim,
  ) {
    super('version_mismatch', message);
  }
}

/** The claim at its version now, for a stale form: the ledger's refusal said which versions. */
async function staleForm(services: Services, id: number, e: unknown): Promise<never> {
  if (e instanceof DomainError && e.code === 'version_mismatch') throw new StaleForm(e.message, await services.claims.get(id));
  throw e;
}

/**
 * Saves an edit form as PATCH /v1/claims/{id} with If-Match does, with a new claimant created in the same transaction
 * when the form names one the ledger lacks. Refusals are FormErrors by the form's fields; a stale form, StaleForm.
 */
export async function saveEdit(
  services: Services,
  validator: Validator,
  id: number,
  form: EditClaimForm,
  principal: Principal,
): Promise<{ claim: Claim; relations: RelationChange }> {
  const version = formVersion(form);
  const errors: FieldError[] = [];
  const body: Record<string, unknown> = { ...figureBody(form, errors), rank: form.rank, reason: reasonOf(form, errors) };
  const relationRows: number[] = [];
  const related = relationsOf(form, await services.claims.outgoingRelations(id), errors, relationRows);
  if (related) body.relations = related.relations;
  const credibility = form.credibility.trim();
  if (credibility === '') body.credibility = null;
  else if (/^\d{1,2}$/.test(credibility)) body.credibility = Number(credibility);
  else errors.push({ field: 'credibility', message: 'must be a grade from 1 to 6, or none' });
  const claimant = await claimantFor(services, validator, form, errors, `claimant named in an edit of claim ${id}`);
  const byForm = (e: DomainError) => e.errors.map((err) => formErrorOf(err, { relationRows }));
  await checkClaimBody(services, validator, claimant, { relationRows, schema: 'claim.json#/$defs/ClaimPatch', claimId: id }, body, errors);
  const refused = (message: string, found: FieldError[]) =>
    new FormError(
      message,
      refusedFields(found, (name) => editFormValue(form, name)),
    );
  if (errors.length > 0 || claimant === null) throw refused('The claim cannot be saved: see the fields marked.', errors);
  return services
    .inTransaction(async (tx) => {
      const claimantId = 'id' in claimant ? claimant.id : (await tx.actors.namedOrCreated(claimant.create, principal)).actor.id;
      const claim = await tx.claims.update(id, { ...(body as ClaimInput), claimant_id: claimantId }, { version, tag: null }, principal);
      return { claim, relations: related?.change ?? { removed: 0, added: 0 } };
    })
    .catch((e) => {
      if (e instanceof DomainError && e.code !== 'version_mismatch' && e.errors.length > 0) throw refused(e.message, byForm(e));
      return staleForm(services, id, e);
    });
}

/** What the editor sent in an edit form's field (a relation row's too), or undefined for a name that is none of its fields. */
function editFormValue(form: EditClaimForm, name: string): string | undefined {
  const row = /^rel_(type|target)_(\d{1,2})$/.exec(name);
  if (row) return form.relations[Number(row[2])]?.[row[1] as 'type' | 'target'];
  return name in form && name !== 'relations' ? (form[name as keyof EditClaimForm] as string) : undefined;
}

/** The edit form's relation rows: those it holds and one empty to add a relation (up to EDIT_RELATION_ROWS). */
export function relationRowsOf(form: EditClaimForm): ClaimForm['relations'] {
  const rows = [...form.relations];
  if (rows.length < EDIT_RELATION_ROWS) rows.push({ type: '', target: '' });
  return rows;
}

/** How many claims of its documents a claim's edit page offers to relate it to. */
const RELATION_CHOICES_SHOWN = 200;

/**
 * The claims a claim's edit page offers its relation rows (a list the "to" field suggests from, typing a number still
 * works): the other claims quoting the documents that are its sources, as the review offers a document's claims, each
 * by its number, words and claimant. A retracted claim is none of them.
 */
export async function relationChoices(services: Services, claim: Claim): Promise<{ id: number; label: string }[]> {
  const documents = [...new Set(claim.sources.map((s) => s.document.id))].slice(0, 5);
  const pages = await Promise.all(
    documents.map((documentId) => services.claims.list({ documentId, statuses: ['active', 'superseded'], limit: RELATION_CHOICES_SHOWN })),
  );
  const seen = new Set([claim.id]);
  return pages
    .flatMap((p) => p.data)
    .filter((c) => !seen.has(c.id) && seen.add(c.id))
    .slice(0, RELATION_CHOICES_SHOWN)
    .map((c) => ({ id: c.id, label: `claim ${c.id}: ${c.value_text} (${c.claimant.name})` }));
}

/**
 * For the edit page's relations: the relations other claims hold to this one (the served claim's, less those it holds
 * itself), and the claims the form's rows and those name.
 */
export async function relatedOfEdit(
  services: Services,
  claim: Claim,
  form: EditClaimForm,
  held: readonly HeldRelation[],
): Promise<{ related: Claim[]; incoming: { type: Claim['relations'][number]['type']; claim_id: number }[] }> {
  const own = held.map(relationKey);
  const incoming = claim.relations.flatMap((r) => {
    const i = own.indexOf(relationKey(r));
    if (i < 0) return [{ type: r.type, claim_id: r.claim_id }];
    own.splice(i, 1);
    return [];
  });
  const named = form.relations.flatMap((r) => {
    const claimId = claimRef(r.target);
    return claimId === null ? [] : [claimId];
  });
  const ids = [...new Set([...named, ...incoming.map((r) => r.claim_id)])].filter((n) => n <= 2_147_483_647).slice(0, 100);
  return { related: ids.length > 0 ? await services.claims.getMany(ids) : [], incoming };
}

/** The retraction form's fields. */
export interface RetractForm {
  reason: string;
  version: string;
}

export const RETRACT_FIELD_LABELS = { reason: 'Reason for the retraction' } as const;

export function readRetractForm(body: FormBody): RetractForm {
  return { reason: field(body, 'reason', 10_000), version: field(body, 'version', 20) };
}

/** Retracts as DELETE /v1/claims/{id} with If-Match does: a soft delete with its reason (the claim stays, marked). */
export async function saveRetraction(
  services: Services,
  validator: Validator,
  id: number,
  form: RetractForm,
  principal: Principal,
): Promise<Claim> {
  const version = formVersion(form);
  const errors: FieldError[] = [];
  const reason = reasonOf(form, errors);
  if (errors.length === 0) {
    try {
      validator.body('claim.json#/$defs/Retraction', { reason });
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      errors.push(...e.errors.map((err) => ({ field: 'reason', message: err.message })));
    }
  }
  if (errors.length > 0) throw new FormError('The claim cannot be retracted: see the reason.', errors);
  return services.claims.retract(id, reason, { version, tag: null }, principal).catch((e) => staleForm(services, id, e));
}

/**
 * The actors the edit form's claimant picker offers: the claimant, and the claimants of the claims its documents
 * report (a misread claimant is most often another speaker of the same article). Any other is named as a new actor:
 * a name the ledger holds takes that actor.
 */
export async function claimantChoices(services: Services, claim: Claim): Promise<ActorChoice[]> {
  const documentIds = [...new Set(claim.sources.map((s) => s.document.id))];
  const pages = await Promise.all(documentIds.map((documentId) => services.claims.list({ documentId, limit: 100 })));
  const actors = new Map<number, ActorChoice>([[claim.claimant.id, claim.claimant]]);
  for (const c of pages.flatMap((p) => p.data)) if (!actors.has(c.claimant.id)) actors.set(c.claimant.id, c.claimant);
  return [...actors.values()].map(({ id, name, kind }) => ({ id, name, kind }));
}
