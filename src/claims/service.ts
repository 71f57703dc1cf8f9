import type { Knex } from 'knex';
import type { ActorStore } from '../actors/store';
import { parsePartialDate } from '../dates';
import type { Db } from '../db/knex';
import type { ClaimRow } from '../db/tables';
import type { DocumentStore } from '../documents/store';
import { ConflictError, FieldError, NotFoundError, UnprocessableError } from '../http/errors';
import { checkVersion, Expected } from '../http/params';
import type { Principal } from '../keys/store';
import { diff, NoChange, RevisionStore, unlessUnchanged } from '../revisions/store';
import type { PlaceIndex, VocabularyStore } from '../vocab/store';
import { FacetCount, facetCounts } from './filterQuery';
import type { Facet } from './parseClaimFilter';
import { locateSources } from './quotes';
import { ACYCLIC_RELATIONS, Claim, ClaimFields, ClaimFilter, ClaimStore, RelationToSave, SourceToSave } from './store';

export interface ClaimInput {
  key?: string | null;
  metric?: string;
  country?: string;
  group?: string | null;
  location?: string[];
  value?: number | null;
  value_low?: number | null;
  value_high?: number | null;
  approximation?: string;
  value_text?: string;
  as_of?: string | null;
  stated_on?: string | null;
  context?: string | null;
  claimant_id?: number;
  sources?: { document_id: number; quote: string }[];
  relations?: { type: string; claim_id: number; asserted_by?: number }[];
  rank?: string;
  credibility?: number | null;
  notes?: string | null;
  reason?: string;
}

export interface ClaimPage {
  data: Claim[];
  /** The keys the next page starts after (to be encoded as a cursor); null on the last page. */
  next: unknown[] | null;
  facets?: Record<string, FacetCount[]>;
  as_recorded?: string;
}

const PLAIN_FIELDS = ['key', 'metric', 'value', 'value_low', 'value_high', 'approximation', 'value_text', 'context', 'claimant_id', 'rank', 'credibility', 'notes'] as const;

/** The figure must be coherent: bounds in order, the best estimate inside them, a value unless the wording is vague. */
export function checkValue(row: Pick<ClaimRow, 'value' | 'value_low' | 'value_high' | 'approximation'>, errors: FieldError[]): void {
  const { value, value_low: low, value_high: high, approximation } = row;
  if (value === null && approximation !== 'vague' && approximation !== 'range') {
    errors.push({ field: '/value', message: `is required when approximation is ${approximation} (only vague and range figures may omit it)` });
  }
  if (approximation === 'range') {
    if (low === null) errors.push({ field: '/value_low', message: 'is required when approximation is range' });
    if (high === null) errors.push({ field: '/value_high', message: 'is required when approximation is range' });
  }
  if (low !== null && high !== null && low > high) errors.push({ field: '/value_high', message: 'must not be less than value_low' });
  if (value !== null && ((low !== null && value < low) || (high !== null && value > high))) {
    errors.push({ field: '/value', message: 'must lie between value_low and value_high' });
  }
}

/** The claims that links of type supersedes point at. */
function supersededIn(relations: { type: string; related_claim_id: number }[]): number[] {
  return relations.filter((r) => r.type === 'supersedes').map((r) => r.related_claim_id);
}

export class ClaimService {
  constructor(
    private readonly db: Db,
    private readonly claims: ClaimStore,
    private readonly actors: ActorStore,
    private readonly documents: DocumentStore,
    private readonly revisions: RevisionStore,
    private readonly vocabulary: VocabularyStore,
    private readonly places: PlaceIndex,
  ) {}

  /** The claim now, or with `asRecorded` as it was served at that instant (absent if recorded later). */
  async get(id: number, asRecorded?: string): Promise<Claim> {
    const [claim] = await this.getMany([id], asRecorded);
    if (!claim) throw new NotFoundError(asRecorded ? `Claim ${id} had not been recorded at ${asRecorded}.` : `Claim ${id} does not exist.`);
    return claim;
  }

  /** The claims with these ids that exist (or existed at `asRecorded`), in the given order. */
  getMany(ids: number[], asRecorded?: string): Promise<Claim[]> {
    return asRecorded ? this.claims.loadAsRecorded(ids, asRecorded) : this.claims.load(ids);
  }

  /**
   * Facet counts when they can be had within `budgetMs` (counting covers every matching claim, so a broad filter
   * over a large ledger costs seconds), else null: a page can show its results without them rather than hang.
   */
  async facetsWithin(filter: ClaimFilter, facets: Facet[], budgetMs: number): Promise<Record<string, FacetCount[]> | null> {
    const deadline = Date.now() + budgetMs;
    try {
      return await this.db.transaction(async (trx) => {
        const out: Record<string, FacetCount[]> = {};
        for (const facet of facets) {
          const left = deadline - Date.now();
          if (left <= 0) return null;
          await trx.raw(`SET LOCAL statement_timeout = ${Math.ceil(left)}`);
          Object.assign(out, await facetCounts(trx, filter, [facet]));
        }
        return out;
      });
    } catch (err) {
      if ((err as { code?: string }).code === '57014') return null; // query_canceled: the budget ran out
      throw err;
    }
  }

  /** Which of `words` match a term of the full-text query `q`, for highlighting what a search found. */
  matchingWords(q: string, words: string[]): Promise<Set<string>> {
    return this.claims.matchingWords(q, words);
  }

  /**
   * A page of claims matching the filter, with the sort keys of its last row when another page follows, and
   * facet counts when asked. With `asRecorded`, the claims are served as their snapshots at that instant.
   */
  async list(filter: ClaimFilter): Promise<ClaimPage> {
    const rows = await this.claims.listIds(filter);
    const page = rows.slice(0, filter.limit);
    const data = filter.asRecorded ? page.map((r) => r.snapshot!) : await this.claims.load(page.map((r) => r.id));
    const last = page[page.length - 1];
    const next = rows.length > filter.limit ? [filter.sort ?? 'id', last.sort_key, last.id] : null;
    const facets = filter.facets ? await facetCounts(this.db, filter, filter.facets) : undefined;
    return { data, next, ...(facets && { facets }), ...(filter.asRecorded && { as_recorded: filter.asRecorded }) };
  }

  /** Revisions and the supersession chain; with `asRecorded`, only the revisions recorded by then. */
  async history(id: number, asRecorded?: string) {
    const claim = await this.get(id, asRecorded);
    const [all, supersession] = await Promise.all([this.revisions.list('claim', id), this.claims.supersessionChain(id)]);
    // Served times are to the millisecond, as recordedBy reads an instant.
    const revisions = asRecorded ? all.filter((r) => r.created_at.getTime() < Date.parse(asRecorded) + 1) : all;
    return {
      claim_id: claim.id,
      revisions: revisions.map((r) => ({
        id: r.id, version: r.version, action: r.action, author: r.author, reason: r.reason, changes: r.changes, created_at: r.created_at.toISOString(),
      })),
      supersession,
    };
  }

  /**
   * Turns the input into column values, resolving names (country, group) and checking every reference and
   * rule; all problems are reported together as one 422.
   */
  private async resolve(input: ClaimInput, errors: FieldError[], db: Knex | Knex.Transaction): Promise<Partial<ClaimFields>> {
    const fields: Partial<ClaimFields> = {};
    for (const k of PLAIN_FIELDS) if (input[k] !== undefined) (fields as Record<string, unknown>)[k] = input[k];
    if (input.metric !== undefined && !(await this.vocabulary.getMetric(input.metric, db))) {
      errors.push({ field: '/metric', message: `"${input.metric}" is not a known metric (see /v1/metrics)` });
    }
    if (input.country !== undefined) {
      const code = this.places.resolve(input.country);
      if (code === null) errors.push({ field: '/country', message: `"${input.country}" is not a known country, region or demonym` });
      else fields.country = code;
    }
    if (input.group !== undefined) {
      if (input.group === null) fields.group_slug = null;
      else {
        const group = await this.vocabulary.resolveGroup(input.group, db);
        if (!group) errors.push({ field: '/group', message: `"${input.group}" is not a known group or alias (see /v1/groups)` });
        else fields.group_slug = group.slug;
      }
    }
    if (input.location !== undefined) {
      fields.location = input.location.map((ref, i) => {
        const code = this.places.resolve(ref);
        if (code === null) errors.push({ field: `/location/${i}`, message: `"${ref}" is not a known country or region` });
        return code ?? ref;
      });
    }
    for (const [field, column, precision] of [['as_of', 'as_of', 'as_of_precision'], ['stated_on', 'stated_on', 'stated_precision']] as const) {
      const raw = input[field];
      if (raw === undefined) continue;
      const pd = raw === null ? null : parsePartialDate(raw);
      fields[column] = pd?.date ?? null;
      fields[precision] = pd?.precision ?? null;
    }
    if (input.claimant_id !== undefined && (await this.actors.missing([input.claimant_id], db)).length > 0) {
      errors.push({ field: '/claimant_id', message: `actor ${input.claimant_id} does not exist` });
    }
    return fields;
  }

  /**
   * Checks each quote against its document's committed text and computes where it stands. The documents stay
   * locked (FOR SHARE) until the claim is saved, so no text edit can drop the quote in between; they are locked
   * before any claim, the order every writer follows (a text edit locks its document, then the claims quoting it).
   */
  private async sources(input: NonNullable<ClaimInput['sources']>, errors: FieldError[], trx: Knex.Transaction): Promise<SourceToSave[]> {
    const texts = await this.documents.lockTexts(trx, input.map((s) => s.document_id));
    return locateSources(input, texts, errors, true);
  }

  private async relations(claimId: number | null, claimantId: number, input: NonNullable<ClaimInput['relations']>, errors: FieldError[], db: Knex | Knex.Transaction): Promise<RelationToSave[]> {
    const missingClaims = new Set(await this.claims.missing(input.map((r) => r.claim_id), db));
    const asserters = input.map((r) => r.asserted_by).filter((a): a is number => a !== undefined);
    const missingActors = new Set(await this.actors.missing(asserters, db));
    const seen = new Set<string>();
    // A new claim has no incoming links, so only an existing claim's new links can close a loop (checked under the graph lock).
    const loops = new Map<string, Set<number>>();
    if (claimId !== null) {
      for (const type of ACYCLIC_RELATIONS) {
        const targets = input.filter((r) => r.type === type && r.claim_id !== claimId).map((r) => r.claim_id);
        loops.set(type, new Set(await this.claims.reaching(db, type, claimId, targets)));
      }
    }
    input.forEach((r, i) => {
      if (missingClaims.has(r.claim_id)) errors.push({ field: `/relations/${i}/claim_id`, message: `claim ${r.claim_id} does not exist` });
      if (r.claim_id === claimId) errors.push({ field: `/relations/${i}/claim_id`, message: 'a claim cannot relate to itself' });
      if (loops.get(r.type)?.has(r.claim_id)) errors.push({ field: `/relations/${i}/claim_id`, message: `claim ${r.claim_id} already ${r.type === 'supersedes' ? 'supersedes' : `is linked by ${r.type} to`} this claim (directly or through others): a cycle` });
      if (r.asserted_by !== undefined && missingActors.has(r.asserted_by)) errors.push({ field: `/relations/${i}/asserted_by`, message: `actor ${r.asserted_by} does not exist` });
      const key = `${r.type}:${r.claim_id}`;
      if (seen.has(key)) errors.push({ field: `/relations/${i}`, message: 'repeats an earlier relation' });
      seen.add(key);
    });
    return input.map((r) => ({ type: r.type, related_claim_id: r.claim_id, asserted_by: r.asserted_by ?? claimantId }));
  }

  /** Marks claims superseded, or active again once nothing live supersedes them, with a revision each. */
  async refreshSuperseded(trx: Knex.Transaction, ids: number[], principal: Principal, reason: string): Promise<void> {
    const order = [...new Set(ids)];
    if (order.length === 0) return;
    const current = await this.claims.supersessionStates(trx, order);
    const changed = order.flatMap((id) => {
      const state = current.get(id);
      if (!state || state.status === 'retracted') return [];
      const status = state.superseded ? 'superseded' : 'active';
      return status === state.status ? [] : [{ id, status }];
    });
    if (changed.length === 0) return;
    // One status is all that changes, so the served claims after it are the ones before with the new status and version.
    const before = new Map((await this.claims.load(changed.map((c) => c.id), trx)).map((c) => [c.id, c]));
    const saved = await this.claims.setStatuses(trx, changed);
    await this.revisions.recordMany(trx, changed.map(({ id, status }) => {
      const after: Claim = { ...before.get(id)!, status, version: saved.get(id)!.version, updated_at: saved.get(id)!.updated_at };
      return { entity: 'claim', entity_id: id, version: after.version, action: 'update', author: principal.name, reason, changes: diff({ ...before.get(id)! }, { ...after }), snapshot: after };
    }));
  }

  private async record(trx: Knex.Transaction, id: number, action: 'create' | 'update' | 'retract', principal: Principal, reason: string | undefined | null, before: Claim | null): Promise<Claim> {
    const [after] = await this.claims.load([id], trx);
    // A create's changes are its snapshot's fields, derived when served (servedChanges).
    const changes = before ? diff({ ...before }, { ...after }) : null;
    if (before && Object.keys(changes!).length === 0) throw new NoChange(before);
    await this.revisions.record(trx, { entity: 'claim', entity_id: id, version: after.version, action, author: principal.name, reason, changes, snapshot: after });
    return after;
  }

  async create(input: ClaimInput, principal: Principal): Promise<Claim> {
    return this.db.transaction(async (trx) => {
      const errors: FieldError[] = [];
      const sources = await this.sources(input.sources!, errors, trx);
      const fields = await this.resolve(input, errors, trx);
      const relations = await this.relations(null, input.claimant_id!, input.relations ?? [], errors, trx);
      checkValue({ value: null, value_low: null, value_high: null, ...fields } as ClaimRow, errors);
      if (errors.length > 0) throw new UnprocessableError('The claim cannot be saved.', errors);
      await this.claims.lockInOrder(trx, supersededIn(relations));
      const id = await this.claims.insert(trx, fields);
      await this.claims.replaceSources(trx, id, sources);
      await this.claims.replaceRelations(trx, id, relations);
      const claim = await this.record(trx, id, 'create', principal, input.reason, null);
      await this.refreshSuperseded(trx, supersededIn(relations), principal, `superseded by claim ${id}`);
      return claim;
    });
  }

  async update(id: number, input: ClaimInput, expected: Expected | null, principal: Principal): Promise<Claim> {
    return unlessUnchanged(this.db.transaction(async (trx) => {
      const errors: FieldError[] = [];
      // Locks in the order every writer takes them: the graph, documents, then claims.
      if (input.relations?.some((r) => ACYCLIC_RELATIONS.has(r.type))) await this.claims.lockRelationGraph(trx);
      const sources = input.sources ? await this.sources(input.sources, errors, trx) : null;
      if (input.relations) {
        const linked = supersededIn(await this.claims.outgoingRelations(trx, id)).concat(supersededIn(input.relations.map((r) => ({ type: r.type, related_claim_id: r.claim_id }))));
        await this.claims.lockInOrder(trx, [id, ...linked]);
      }
      const row = await this.claims.lock(trx, id);
      if (!row) throw new NotFoundError(`Claim ${id} does not exist.`);
      checkVersion(row.version, expected);
      if (row.status === 'retracted') throw new ConflictError(`Claim ${id} is retracted and cannot be edited.`);
      const [before] = await this.claims.load([id], trx);
      checkVersion(row.version, expected, before);
      const fields = await this.resolve(input, errors, trx);
      checkValue({ ...row, ...fields }, errors);
      const oldRelations = await this.claims.outgoingRelations(trx, id);
      const relations = input.relations ? await this.relations(id, fields.claimant_id ?? row.claimant_id, input.relations, errors, trx) : null;
      if (errors.length > 0) throw new UnprocessableError('The claim cannot be saved.', errors);
      await this.claims.update(trx, id, fields);
      if (sources) await this.claims.replaceSources(trx, id, sources);
      if (relations) await this.claims.replaceRelations(trx, id, relations);
      const claim = await this.record(trx, id, 'update', principal, input.reason, before);
      if (relations) {
        await this.refreshSuperseded(trx, [...supersededIn(oldRelations), ...supersededIn(relations)], principal, `supersession links of claim ${id} changed`);
      }
      return claim;
    }));
  }

  /** Retraction is a soft delete with a reason: the row and its history stay. */
  async retract(id: number, reason: string, expected: Expected | null, principal: Principal): Promise<Claim> {
    return this.db.transaction(async (trx) => {
      await this.claims.lockInOrder(trx, [id, ...supersededIn(await this.claims.outgoingRelations(trx, id))]);
      const row = await this.claims.lock(trx, id);
      if (!row) throw new NotFoundError(`Claim ${id} does not exist.`);
      checkVersion(row.version, expected);
      if (row.status === 'retracted') throw new ConflictError(`Claim ${id} is already retracted.`);
      const [before] = await this.claims.load([id], trx);
      checkVersion(row.version, expected, before);
      await this.claims.update(trx, id, { status: 'retracted', retraction_reason: reason });
      const claim = await this.record(trx, id, 'retract', principal, reason, before);
      await this.refreshSuperseded(trx, supersededIn(await this.claims.outgoingRelations(trx, id)), principal, `claim ${id}, which superseded it, was retracted`);
      return claim;
    });
  }
}
