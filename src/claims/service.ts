import type { Knex } from 'knex';
import type { Db } from '../db/knex';
import { DomainError, type FieldError, storedDataDamaged } from '../errors';
import type { Principal } from '../keys/principal';
import { type Change, diff, type NewRevision, NoChange, RevisionStore, servedChangesFault, unlessUnchanged } from '../revisions/store';
import { reasonInto, requireReason, revisionRefused } from '../revisions/reason';
import { servedSnapshot } from '../revisions/snapshots';
import type { PlaceIndex, VocabularyStore } from '../vocab/store';
import { countFromCursor, FacetCount, facetCounts } from './filterQuery';
import { loadClaimLookups } from './lookups';
import { NewClaimStore, supersessionReason } from './newClaims';
import type { Facet } from './parseClaimFilter';
import {
  checkValue,
  ClaimInput,
  ClaimProblem,
  prepareClaim,
  prepareFields,
  prepareRelations,
  linkedTo,
  relationKey,
  prepareSources,
  supersededIn,
} from './prepare';
import type { ClaimFilter } from './claimFilter';
import { cursorAfter } from './sortKeys';
import { ACYCLIC_RELATIONS, type Claim, type RelationType } from './model';
import { ClaimStore } from './store';
import { refreshSuperseded } from './supersession';
import { checkVersion, type Expected } from '../versions';

/** The links a claim holds already, as ClaimLookups.held names them. */
const heldRelations = (rows: { type: string; related_claim_id: number; asserted_by: number }[]): Set<string> =>
  new Set(rows.map((r) => relationKey(r.type, r.related_claim_id, r.asserted_by)));

export type { ClaimInput } from './prepare';

export interface ClaimPage {
  data: Claim[];
  /** The keys the next page starts after (to be encoded as a cursor); null on the last page. */
  next: unknown[] | null;
  facets?: Record<string, FacetCount[]>;
  as_recorded?: string;
}

export class ClaimService {
  private readonly db: Db;
  private readonly claims: ClaimStore;
  private readonly revisions: RevisionStore;
  private readonly records: NewClaimStore;
  private readonly lookupDeps: Parameters<typeof loadClaimLookups>[1];

  constructor(options: {
    db: Db;
    claims: ClaimStore;
    revisions: RevisionStore;
    vocabulary: VocabularyStore;
    places: PlaceIndex;
    records?: NewClaimStore;
  }) {
    this.db = options.db;
    this.claims = options.claims;
    this.revisions = options.revisions;
    this.records = options.records ?? new NewClaimStore();
    this.lookupDeps = { vocabulary: options.vocabulary, places: options.places, records: this.records };
  }

  /** The claim now, or with `asRecorded` as it was served at that instant (absent if recorded later). */
  async get(id: number, asRecorded?: string): Promise<Claim> {
    const [claim] = await this.getMany([id], asRecorded);
    if (!claim)
      throw new DomainError(
        'not_found',
        asRecorded ? `Claim ${id} had not been recorded at ${asRecorded}.` : `Claim ${id} does not exist.`,
      );
    return claim;
  }

  /** The claims with these ids that exist (or existed at `asRecorded`), in the given order. */
  getMany(ids: number[], asRecorded?: string): Promise<Claim[]> {
    return asRecorded ? this.claims.loadAsRecorded(ids, asRecorded) : this.claims.load(ids);
  }

  /**
   * The relations claim `id` itself holds (outgoing, as PATCH's `relations` replaces them), in the order recorded: a
   * served claim lists incoming links too, and a symmetric type (contradicts) reads the same from either end.
   */
  async outgoingRelations(id: number): Promise<{ type: RelationType; claim_id: number; asserted_by: number }[]> {
    const rows = await this.claims.outgoingRelations(this.db, id);
    return rows.map((r) => ({ type: r.type, claim_id: r.related_claim_id, asserted_by: r.asserted_by }));
  }

  /**
   * Facet counts when they can be had within `budgetMs` (counting covers every matching claim, so a broad filter
   * over a large ledger costs seconds), else null: a page can show its results without them rather than hang.
   */
  facetsWithin(filter: ClaimFilter, facets: Facet[], budgetMs: number): Promise<Record<string, FacetCount[]> | null> {
    return this.withinBudget(budgetMs, async (trx, left) => {
      const out: Record<string, FacetCount[]> = {};
      for (const facet of facets) {
        const ms = left();
        if (ms <= 0) return null;
        await trx.raw(`SET LOCAL statement_timeout = ${Math.ceil(ms)}`);
        Object.assign(out, await facetCounts(trx, filter, [facet]));
      }
      return out;
    });
  }

  /**
   * How many claims matching the filter come from its cursor on (the cursor's page included), when counted within
   * `budgetMs`, else null: with the total, a page says where it stands.
   */
  countFromCursorWithin(filter: ClaimFilter, budgetMs: number): Promise<number | null> {
    return this.withinBudget(budgetMs, async (trx, left) => {
      await trx.raw(`SET LOCAL statement_timeout = ${Math.max(1, Math.ceil(left()))}`);
      return countFromCursor(trx, filter);
    });
  }

  /** Runs read-only counting in a transaction whose statements are cut when `budgetMs` runs out: null then. */
  private async withinBudget<T>(
    budgetMs: number,
    count: (trx: Knex.Transaction, left: () => number) => Promise<T | null>,
  ): Promise<T | null> {
    const deadline = Date.now() + budgetMs;
    try {
      return await this.db.transaction((trx) => count(trx, () => deadline - Date.now()));
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
    const data = filter.asRecorded
      ? page.map((r) => servedSnapshot<Claim>('claim', { entity_id: r.id, snapshot: r.snapshot }))
      : await this.claims.load(page.map((r) => r.id));
    const last = page[page.length - 1];
    const next = rows.length > filter.limit ? cursorAfter(filter.sort ?? 'id', last.sort_key, last.id) : null;
    const facets = filter.facets ? await facetCounts(this.db, filter, filter.facets) : undefined;
    return { data, next, ...(facets && { facets }), ...(filter.asRecorded && { as_recorded: filter.asRecorded }) };
  }

  /**
   * Revisions and the supersession chain; with `asRecorded`, only the revisions recorded by then. A revision whose
   * changes cannot be read is a 503 stored_data_damaged naming it: the history serves the revisions themselves.
   */
  async history(id: number, asRecorded?: string) {
    const history = await this.historyMarkingDamage(id, asRecorded);
    const damaged = history.revisions.find((r) => r.damaged);
    if (damaged) throw storedDataDamaged(`claim ${id}`, `revision ${damaged.version}`, damaged.damaged);
    return { ...history, revisions: history.revisions.map(({ damaged: _, ...r }) => r) };
  }

  /**
   * The history as the claim's page shows it: a revision whose changes cannot be read is kept in its place, with no
   * changes and `damaged` saying where (a JSON pointer), so that the claim as it is can still be served.
   */
  async historyMarkingDamage(id: number, asRecorded?: string) {
    const claim = await this.get(id, asRecorded);
    const [all, supersession] = await Promise.all([this.revisions.list('claim', id), this.claims.supersessionChain(id)]);
    // Served times are to the millisecond, as recordedBy reads an instant.
    const revisions = asRecorded ? all.filter((r) => r.created_at.getTime() < Date.parse(asRecorded) + 1) : all;
    return {
      claim_id: claim.id,
      revisions: revisions.map((r) => {
        const fault = servedChangesFault(r.changes);
        return {
          id: r.id,
          version: r.version,
          action: r.action,
          author: r.author,
          reason: r.reason,
          changes: fault === null ? (r.changes as Change) : {},
          created_at: r.created_at.toISOString(),
          ...(fault !== null && { damaged: fault }),
        };
      }),
      supersession,
    };
  }

  /** Of the targets of new links of an acyclic type, those that would close a loop through claim `id` (read under the graph lock). */
  private async loops(
    trx: Knex | Knex.Transaction,
    id: number,
    relations: NonNullable<ClaimInput['relations']>,
  ): Promise<Map<RelationType, Set<number>>> {
    const loops = new Map<RelationType, Set<number>>();
    for (const type of ACYCLIC_RELATIONS) {
      const targets = relations.filter((r) => r.type === type && r.claim_id !== id).map((r) => r.claim_id);
      loops.set(type, new Set(await this.claims.reaching(trx, type, id, targets)));
    }
    return loops;
  }

  /** Marks claims superseded, or active again once nothing live supersedes them, with a revision each (supersession.ts). */
  refreshSuperseded(
    trx: Knex.Transaction,
    ids: number[],
    principal: Principal,
    reason: string | ((id: number) => string),
    written?: ReadonlyMap<number, NewRevision>,
  ): Promise<void> {
    return refreshSuperseded({ claims: this.claims, revisions: this.revisions }, trx, ids, principal, reason, written);
  }

  private async record(
    trx: Knex.Transaction,
    id: number,
    action: 'create' | 'update' | 'retract',
    principal: Principal,
    reason: string | undefined | null,
    before: Claim | null,
  ): Promise<Claim> {
    const [after] = await this.claims.load([id], trx);
    // A create's changes are its snapshot's fields, derived when served (servedChanges).
    const changes = before ? diff({ ...before }, { ...after }) : null;
    if (before && Object.keys(changes!).length === 0) throw new NoChange(before);
    await this.revisions.record(trx, {
      entity: 'claim',
      entity_id: id,
      version: after.version,
      action,
      author: principal.name,
      reason,
      changes,
      snapshot: after,
    });
    return after;
  }

  /** A new claim, prepared as the import prepares its claims, and written by the same store method. */
  async create(input: ClaimInput, principal: Principal): Promise<Claim> {
    return this.db.transaction(async (trx) => {
      const lookups = await loadClaimLookups(trx, this.lookupDeps, [input]);
      // Every claim linked to is locked before it is checked for a retraction (lockInOrder).
      const retracted = await this.claims.lockInOrder(trx, linkedTo(input.relations));
      const { claim, errors } = prepareClaim(input, { ...lookups, retracted });
      if (errors.length > 0) throw new DomainError('invalid_record', 'The claim cannot be saved.', errors);
      const [id] = await this.records.nextIds(trx, 1);
      const records = this.records.records(true);
      records.add([{ id, claim }], lookups, principal.name, await this.records.recordingTime(trx));
      await this.records.write(trx, records);
      await this.refreshSuperseded(trx, records.superseded, principal, supersessionReason(records));
      return records.served![0];
    });
  }

  /**
   * The ledger's rules of a new claim on an input an earlier stage found fields at fault in (`faulty`, left out of
   * `input`): the problems of the other fields, added to `errors`. Reads, never writes.
   */
  async checkNew(input: Partial<ClaimInput>, faulty: ReadonlySet<string>, errors: FieldError[]): Promise<void> {
    const lookups = await loadClaimLookups(this.db, this.lookupDeps, [input]);
    errors.push(...prepareClaim(input, lookups, faulty).errors);
  }

  /** As checkNew, for an edit of claim `id` (the fields it leaves out are the claim's as it is; none when it does not exist). */
  async checkEdit(id: number, input: Partial<ClaimInput>, faulty: ReadonlySet<string>, errors: FieldError[]): Promise<void> {
    if (!faulty.has('reason')) reasonInto(input.reason, 'claim', errors);
    const lookups = await loadClaimLookups(this.db, this.lookupDeps, [input]);
    if (input.sources) prepareSources(input.sources, lookups, errors);
    const fields = prepareFields(input, lookups, errors);
    const [claim] = await this.claims.load([id]);
    if (!claim) return;
    checkValue({ ...claim, ...fields }, errors, faulty);
    if (input.relations) {
      const loops = await this.loops(this.db, id, input.relations);
      const held = heldRelations(await this.claims.outgoingRelations(this.db, id));
      prepareRelations(id, fields.claimant_id ?? claim.claimant.id, input.relations, { ...lookups, loops, held }, errors);
    }
  }

  async update(id: number, input: ClaimInput, expected: Expected | null, principal: Principal): Promise<Claim> {
    return unlessUnchanged(
      this.db.transaction(async (trx) => {
        const errors: ClaimProblem[] = [];
        // the reason's problem is named with every other field's (revisionRefused), once the claim is known to exist
        reasonInto(input.reason, 'claim', errors);
        // Locks in the order every writer takes them: the graph, documents (loading the lookups), then claims.
        if (input.relations?.some((r) => ACYCLIC_RELATIONS.has(r.type))) await this.claims.lockRelationGraph(trx);
        const lookups = await loadClaimLookups(trx, this.lookupDeps, [input]);
        const sources = input.sources ? prepareSources(input.sources, lookups, errors) : null;
        // Every claim it will link to, and those its old links supersede, locked before they are checked (lockInOrder).
        const retracted = input.relations
          ? await this.claims.lockInOrder(trx, [
              id,
              ...supersededIn(await this.claims.outgoingRelations(trx, id)),
              ...linkedTo(input.relations),
            ])
          : lookups.retracted;
        const row = await this.claims.lock(trx, id);
        if (!row) throw new DomainError('not_found', `Claim ${id} does not exist.`);
        checkVersion(row.version, expected);
        if (row.status === 'retracted') throw new DomainError('claim_retracted', `Claim ${id} is retracted and cannot be edited.`);
        const [before] = await this.claims.load([id], trx);
        checkVersion(row.version, expected, before);
        const fields = prepareFields(input, lookups, errors);
        checkValue({ ...row, ...fields }, errors);
        const oldRelations = await this.claims.outgoingRelations(trx, id);
        const relations = input.relations
          ? prepareRelations(
              id,
              fields.claimant_id ?? row.claimant_id,
              input.relations,
              { ...lookups, retracted, loops: await this.loops(trx, id, input.relations), held: heldRelations(oldRelations) },
              errors,
            )
          : null;
        if (errors.length > 0) throw revisionRefused('claim', 'edited', errors);
        await this.claims.update(trx, id, fields);
        if (sources) await this.claims.replaceSources(trx, id, sources);
        if (relations) await this.claims.replaceRelations(trx, id, relations);
        const claim = await this.record(trx, id, 'update', principal, input.reason!, before);
        if (relations) {
          await this.refreshSuperseded(
            trx,
            [...supersededIn(oldRelations), ...supersededIn(relations)],
            principal,
            `supersession links of claim ${id} changed`,
          );
        }
        return claim;
      }),
    );
  }

  /** Retraction is a soft delete with a reason: the row and its history stay. */
  async retract(id: number, reason: string | null | undefined, expected: Expected | null, principal: Principal): Promise<Claim> {
    requireReason(reason, 'claim', 'retracted');
    return this.db.transaction(async (trx) => {
      await this.claims.lockInOrder(trx, [id, ...supersededIn(await this.claims.outgoingRelations(trx, id))]);
      const row = await this.claims.lock(trx, id);
      if (!row) throw new DomainError('not_found', `Claim ${id} does not exist.`);
      checkVersion(row.version, expected);
      if (row.status === 'retracted') throw new DomainError('claim_retracted', `Claim ${id} is already retracted.`);
      const [before] = await this.claims.load([id], trx);
      checkVersion(row.version, expected, before);
      await this.claims.update(trx, id, { status: 'retracted', retraction_reason: reason });
      const claim = await this.record(trx, id, 'retract', principal, reason, before);
      await this.refreshSuperseded(
        trx,
        supersededIn(await this.claims.outgoingRelations(trx, id)),
        principal,
        `claim ${id}, which superseded it, was retracted`,
      );
      return claim;
    });
  }
}
