import type { AffiliationWithOrg } from '../actors/store';
import { listed } from '../words';
import { APPROXIMATION_RULES, approximationsWhere } from './approximation';
import type { ActorKind } from '../closedSets';
import { readLedgerDate } from '../dates';
import { type FieldError, unknownPlace } from '../errors';
import type { Approximation, ClaimFields, ClaimRank, FigureValue, RelationToSave, RelationType, SourceToSave } from './model';
import { locateSources } from './quotes';
import type { SourceDocument } from './served';

/** A claim as the API's create and edit, the import and the seed give it: names and ids that preparing resolves and checks. */
export interface ClaimInput {
  key?: string | null;
  metric?: string;
  country?: string;
  group?: string | null;
  location?: string[];
  value?: number | null;
  value_low?: number | null;
  value_high?: number | null;
  approximation?: Approximation;
  value_text?: string;
  as_of?: string | null;
  stated_on?: string | null;
  context?: string | null;
  claimant_id?: number;
  sources?: { document_id: number; quote: string }[];
  relations?: { type: RelationType; claim_id: number; asserted_by?: number }[];
  rank?: ClaimRank;
  credibility?: number | null;
  notes?: string | null;
  reason?: string;
}

/** A field of the input that breaks a rule: a JSON Pointer into the claim and why (the HTTP layer lists these in a problem). */
export type ClaimProblem = FieldError;

/** A claimant or relation asserter as a served claim names it, with the roles that tell the claimant's role at a date. */
export interface KnownActor {
  name: string;
  kind: ActorKind;
  affiliations: AffiliationWithOrg[] | null;
}

/** A document a claim may quote, as a served claim shows it, with its stored text (null when none is stored). */
export interface KnownDocument extends SourceDocument {
  text: string | null;
}

/**
 * What preparing a claim needs to know besides its input: which names and ids exist. Loaded for a batch of
 * inputs at once (loadClaimLookups), so that preparing is pure and costs no round trip per claim.
 */
export interface ClaimLookups {
  metrics: ReadonlySet<string>;
  /** A country, region or demonym to its code, or null when unknown. */
  place(ref: string): string | null;
  /** Group names and aliases to their slugs (null: unknown). */
  groups: ReadonlyMap<string, string | null>;
  actors: ReadonlyMap<number, KnownActor>;
  documents: ReadonlyMap<number, KnownDocument>;
  /** Claims that exist (or are being created alongside, with ids already taken). */
  claims: ReadonlySet<number>;
  /** For an existing claim, per acyclic relation type, the targets that would close a loop. */
  loops?: ReadonlyMap<RelationType, ReadonlySet<number>>;
  /** Of the claims related to, those retracted. */
  retracted?: ReadonlySet<number>;
  /**
   * For an existing claim, the links it holds already (relationKey): one to a claim retracted since is kept, as long as
   * it is the same row (type, claim and asserter: store.replaceRelations keeps exactly those).
   */
  held?: ReadonlySet<string>;
}

/** A link as `held` names it: its type, the claim it points at and the actor asserting it. */
export const relationKey = (type: string, claimId: number | string, assertedBy: number | string): string =>
  `${type}:${Number(claimId)}:${Number(assertedBy)}`;

/** A new claim ready to be written: its row (without id), its sources located in their texts and its outgoing relations. */
export interface PreparedClaim {
  row: Omit<ClaimFields, 'status' | 'retraction_reason'>;
  sources: SourceToSave[];
  relations: RelationToSave[];
  reason: string | null | undefined;
}

/** The input fields a claim row takes as they are (the claim's other fields are resolved or parsed first). */
export const PLAIN_FIELDS = [
  'key',
  'metric',
  'value',
  'value_low',
  'value_high',
  'approximation',
  'value_text',
  'context',
  'claimant_id',
  'rank',
  'credibility',
  'notes',
] as const;

/** No member of an input at fault: every check runs. */
export const NONE_FAULTY: ReadonlySet<string> = new Set();

/**
 * The figure must be coherent: bounds in order, the best estimate inside them, a value unless the wording is vague.
 * A check that needs a field in `faulty` (found at fault, or missing, by an earlier stage) is skipped.
 */
export function checkValue(row: FigureValue, errors: ClaimProblem[], faulty: ReadonlySet<string> = NONE_FAULTY): void {
  const { value, value_low: low, value_high: high, approximation } = row;
  const known = (field: keyof FigureValue) => !faulty.has(field);
  const rule = known('approximation') ? APPROXIMATION_RULES[approximation] : undefined;
  if (rule?.needsValue && value === null && known('value')) {
    errors.push({
      field: '/value',
      message: `is required when approximation is ${approximation} (only ${listed(approximationsWhere('needsValue', false))} figures may omit it)`,
    });
  }
  if (rule?.needsBounds) {
    if (low === null && known('value_low'))
      errors.push({ field: '/value_low', message: `is required when approximation is ${approximation}` });
    if (high === null && known('value_high'))
      errors.push({ field: '/value_high', message: `is required when approximation is ${approximation}` });
  }
  if (low !== null && high !== null && low > high) errors.push({ field: '/value_high', message: 'must not be less than value_low' });
  if (value !== null && ((low !== null && value < low) || (high !== null && value > high))) {
    errors.push({ field: '/value', message: 'must lie between value_low and value_high' });
  }
}

/** The column values of the fields the input gives (all of a new claim's, some of an edit's), names resolved to codes. */
export function prepareFields(input: ClaimInput, lookups: ClaimLookups, errors: ClaimProblem[]): Partial<ClaimFields> {
  const fields: Partial<ClaimFields> = {};
  for (const k of PLAIN_FIELDS) if (input[k] !== undefined) (fields as Record<string, unknown>)[k] = input[k];
  if (input.metric !== undefined && !lookups.metrics.has(input.metric)) {
    errors.push({ field: '/metric', message: `"${input.metric}" is not a known metric (see /v1/metrics)` });
  }
  if (input.country !== undefined) {
    const code = lookups.place(input.country);
    if (code === null) errors.push(unknownPlace('/country', input.country));
    else fields.country = code;
  }
  if (input.group !== undefined) {
    const slug = input.group === null ? null : (lookups.groups.get(input.group) ?? null);
    if (input.group !== null && slug === null)
      errors.push({ field: '/group', message: `"${input.group}" is not a known group or alias (see /v1/groups)` });
    else fields.group_slug = slug;
  }
  if (input.location !== undefined) {
    // Two names of one place (SY, Syria) would list it twice: the later is named, as a repeated entry is.
    const first = new Map<string, number>();
    fields.location = input.location.map((ref, i) => {
      const code = lookups.place(ref);
      if (code === null) errors.push(unknownPlace(`/location/${i}`, ref, 'country or region'));
      else if (first.has(code))
        errors.push({ field: `/location/${i}`, message: `names ${code} again, as /location/${first.get(code)} does` });
      else first.set(code, i);
      return code ?? ref;
    });
  }
  for (const [field, column, precision] of [
    ['as_of', 'as_of', 'as_of_precision'],
    ['stated_on', 'stated_on', 'stated_precision'],
  ] as const) {
    const raw = input[field];
    if (raw === undefined) continue;
    const pd = readLedgerDate(field, raw, `/${field}`, errors);
    fields[column] = pd?.date ?? null;
    fields[precision] = pd?.precision ?? null;
  }
  if (input.claimant_id !== undefined && !lookups.actors.has(input.claimant_id)) {
    errors.push({ field: '/claimant_id', message: `actor ${input.claimant_id} does not exist` });
  }
  return fields;
}

/** Each source with where its quote stands in its document's stored text; an unknown document or a quote not in the text is an error. */
export function prepareSources(sources: NonNullable<ClaimInput['sources']>, lookups: ClaimLookups, errors: ClaimProblem[]): SourceToSave[] {
  const texts = new Map(
    [...new Set(sources.map((s) => s.document_id))].flatMap((id) => {
      const doc = lookups.documents.get(id);
      return doc ? [[id, doc.text] as const] : [];
    }),
  );
  return locateSources(sources, texts, errors);
}

/** Relations no asserter can hold of one pair of claims at once. */
const OPPOSITE_RELATION: Partial<Record<RelationType, RelationType>> = { contradicts: 'corroborates', corroborates: 'contradicts' };

/** The outgoing links of claim `claimId` (null: a new claim), each asserted by its claimant unless it names an asserter. */
export function prepareRelations(
  claimId: number | null,
  claimantId: number,
  relations: NonNullable<ClaimInput['relations']>,
  lookups: ClaimLookups,
  errors: ClaimProblem[],
): RelationToSave[] {
  const seen = new Set<string>();
  relations.forEach((r, i) => {
    if (!lookups.claims.has(r.claim_id)) errors.push({ field: `/relations/${i}/claim_id`, message: `claim ${r.claim_id} does not exist` });
    if (r.claim_id === claimId) errors.push({ field: `/relations/${i}/claim_id`, message: 'a claim cannot relate to itself' });
    // A retraction withdraws a claim from the ledger (kept, never lost, with the links it had): a new link may not
    // build on it, as a new figure superseding, or counted within, one withdrawn.
    if (lookups.retracted?.has(r.claim_id) && !lookups.held?.has(relationKey(r.type, r.claim_id, r.asserted_by ?? claimantId)))
      errors.push({ field: `/relations/${i}/claim_id`, message: `claim ${r.claim_id} is retracted: a new relation may not point at it` });
    if (lookups.loops?.get(r.type)?.has(r.claim_id)) {
      errors.push({
        field: `/relations/${i}/claim_id`,
        message: `claim ${r.claim_id} already ${r.type === 'supersedes' ? 'supersedes' : `is linked by ${r.type} to`} this claim (directly or through others): a cycle`,
      });
    }
    if (r.asserted_by !== undefined && !lookups.actors.has(r.asserted_by))
      errors.push({ field: `/relations/${i}/asserted_by`, message: `actor ${r.asserted_by} does not exist` });
    const key = `${r.type}:${r.claim_id}`;
    if (seen.has(key)) errors.push({ field: `/relations/${i}`, message: 'repeats an earlier relation' });
    seen.add(key);
    // One asserter cannot hold both that a claim contradicts another and that it corroborates it: the two had been
    // stored side by side, and every view showed both.
    const opposite = OPPOSITE_RELATION[r.type];
    const asserter = r.asserted_by ?? claimantId;
    const clash =
      opposite === undefined
        ? -1
        : relations.findIndex(
            (o, j) => j < i && o.type === opposite && o.claim_id === r.claim_id && (o.asserted_by ?? claimantId) === asserter,
          );
    if (clash >= 0)
      errors.push({
        field: `/relations/${i}`,
        message: `says this claim ${r.type} claim ${r.claim_id}, where /relations/${clash} says it ${opposite} it, by the same asserter`,
      });
  });
  return relations.map((r) => ({ type: r.type, related_claim_id: r.claim_id, asserted_by: r.asserted_by ?? claimantId }));
}

/**
 * A new claim from its input (as the create schema admits it): every rule of the ledger checked at once, every
 * problem naming its field. The same step serves the API's create, the bulk import and the seed, and the checks of an
 * input some of whose fields an earlier stage found at fault (`faulty`, left out of `input`: checks needing them skip).
 */
export function prepareClaim(
  input: ClaimInput,
  lookups: ClaimLookups,
  faulty: ReadonlySet<string> = NONE_FAULTY,
): { claim: PreparedClaim; errors: ClaimProblem[] } {
  const errors: ClaimProblem[] = [];
  const sources = prepareSources(input.sources ?? [], lookups, errors);
  const fields = prepareFields(input, lookups, errors);
  const relations = prepareRelations(null, input.claimant_id!, input.relations ?? [], lookups, errors);
  const row = {
    key: null,
    group_slug: null,
    location: [],
    value: null,
    value_low: null,
    value_high: null,
    as_of: null,
    as_of_precision: null,
    stated_on: null,
    stated_precision: null,
    context: null,
    rank: 'normal',
    credibility: null,
    notes: null,
    ...fields,
  } as PreparedClaim['row'];
  checkValue(row, errors, faulty);
  return { claim: { row, sources, relations, reason: input.reason }, errors };
}

/** The claims these links (as a request gives them) point at. */
export function linkedTo(relations: readonly { claim_id: number }[] | undefined): number[] {
  return (relations ?? []).map((r) => r.claim_id);
}

/** The claims that links of type supersedes point at. */
export function supersededIn(relations: { type: RelationType; related_claim_id: number }[]): number[] {
  return relations.filter((r) => r.type === 'supersedes').map((r) => r.related_claim_id);
}
