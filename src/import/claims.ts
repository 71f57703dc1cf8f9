import type { ClaimService } from '../claims/service';
import { loadClaimLookups } from '../claims/lookups';
import { NewClaimStore, supersessionReason } from '../claims/newClaims';
import { ClaimInput, KnownActor, KnownDocument, linkedTo, PLAIN_FIELDS, PreparedClaim, prepareClaim } from '../claims/prepare';
import { ACYCLIC_RELATIONS, type Claim, type RelationType } from '../claims/model';
import type { ClaimStore } from '../claims/store';
import type { PlaceIndex, VocabularyStore } from '../vocab/store';
import type { ImportContext } from './context';
import { RELATION_COLUMNS } from './csvClaim';
import { changedRelations } from './csvRelations';
import type { ClaimLine, Line, Ref, RelationLine } from './lineTypes';

export interface NewClaim {
  n: number;
  id: number;
  /** Null when a reference is unknown (already reported). */
  input: ClaimInput | null;
}

/** Relation types as stored on the claim they start from (incoming ones are served under their inverse names). */
const OUTGOING = new Set(['supersedes', 'part_of', 'derived_from']);

/** New claims are prepared this many at a time between turns of the event loop (a few milliseconds each). */
const PREPARE_SLICE = 250;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Stands for a record declared by a line that failed (id 0, already reported): the claims naming it are checked but never written. */
const FAILED_ACTOR: KnownActor = { name: '', kind: 'person', affiliations: null };
const FAILED_DOCUMENT: KnownDocument = {
  title: '',
  url: null,
  publisher_id: null,
  publisher_name: '',
  published_on: null,
  published_precision: null,
  text: null,
};

export interface ImportClaimsDeps {
  claims: ClaimService;
  store: ClaimStore;
  records: NewClaimStore;
  vocabulary: VocabularyStore;
  places: PlaceIndex;
}

/**
 * Claim and relation lines. New claims are prepared by the step the API's create uses (prepareClaim) and written
 * in bulk by the same store method; lines that change a stored claim go through ClaimService.update, the rules
 * of PATCH /v1/claims/:id (a revision when something changed, nothing when not).
 */
/** Every field of T written out, undefined where not given: a field added to T and left out here fails to compile. */
type EveryField<T> = { [K in keyof Required<T>]: T[K] | undefined };

export class ImportClaims {
  /** Served claims of the batch's stored keys, loaded together, to skip unchanged lines without a transaction each. */
  private stored = new Map<number, Claim>();
  /** Claims this import has changed: their loaded copies are stale, so they always go through the service. */
  private readonly touched = new Set<number>();
  /** The transaction's time: created_at and updated_at of every row it writes. */
  private recordedAt = new Date(0);

  constructor(
    private readonly ctx: ImportContext,
    private readonly deps: ImportClaimsDeps,
  ) {}

  async prepare(): Promise<void> {
    this.recordedAt = await this.deps.records.recordingTime(this.ctx.trx);
  }

  /** Ids for the new claims of a batch (those whose key is neither stored nor on an earlier line), in one query. */
  async claimIds(lines: Line[]): Promise<number[]> {
    const keys = new Set<string | number>();
    let count = 0;
    for (const l of lines) {
      if (l.type !== 'claim' || l.id !== undefined) continue;
      if (l.key === undefined || !(this.ctx.ids.claim.has(l.key) || keys.has(l.key))) count += 1;
      if (l.key !== undefined) keys.add(l.key);
    }
    return count === 0 ? [] : this.deps.records.nextIds(this.ctx.trx, count);
  }

  /**
   * The claim input with keys turned into ids; null when a reference is unknown (reported). Written field by field (every
   * field of ClaimInput, undefined where the line gives none, which every reader takes as not given): a rest and a
   * spread gave an object twice the size, and an import holds a batch of these until its claims are prepared.
   */
  claimInput(n: number, line: ClaimLine): ClaimInput | null {
    const { ctx } = this;
    const before = ctx.errors.length;
    const claimant_id = ctx.resolve('actor', line.claimant, n, '/claimant') ?? 0;
    const sources = line.sources.map((s, i) => ({
      document_id: ctx.resolve('document', s.document, n, `/sources/${i}/document`) ?? 0,
      quote: s.quote,
    }));
    const relations = line.relations?.map((r, i) => ({
      type: r.type,
      claim_id: ctx.resolve('claim', r.claim, n, `/relations/${i}/claim`) ?? 0,
      ...(r.asserted_by === undefined ? {} : { asserted_by: ctx.resolve('actor', r.asserted_by, n, `/relations/${i}/asserted_by`) ?? 0 }),
    }));
    if (ctx.errors.length !== before) return null;
    return {
      // A line naming its claim by id keeps the claim's key unless it gives one.
      key: line.key !== undefined || line.id === undefined ? (line.key ?? null) : undefined,
      metric: line.metric,
      country: line.country,
      group: line.group,
      location: line.location,
      value: line.value,
      value_low: line.value_low,
      value_high: line.value_high,
      approximation: line.approximation,
      value_text: line.value_text,
      as_of: line.as_of,
      stated_on: line.stated_on,
      context: line.context,
      claimant_id,
      sources,
      relations,
      rank: line.rank,
      credibility: line.credibility,
      notes: line.notes,
      reason: line.reason,
    } satisfies EveryField<ClaimInput>;
  }

  /**
   * New claims in bulk: each prepared as the API prepares one (every rule, every problem naming its field and
   * line); then their rows and create revisions written with COPY while the next batch is prepared (see
   * ImportContext.settle), and the claims they supersede updated.
   */
  async insertClaims(batch: NewClaim[]): Promise<void> {
    const { ctx } = this;
    const inputs = batch.flatMap((c) => (c.input ? [c.input] : []));
    // Claims of this import count as existing: their ids are taken, and they are written before anything that follows.
    const lookups = await loadClaimLookups(
      ctx.trx,
      { vocabulary: this.deps.vocabulary, places: this.deps.places, records: this.deps.records },
      inputs,
      { cache: ctx.lookups, claims: inputs.flatMap((i) => (i.relations ?? []).map((r) => r.claim_id)) },
    );
    lookups.actors.set(0, FAILED_ACTOR);
    lookups.documents.set(0, FAILED_DOCUMENT);
    // The stored claims linked to are locked and read for a retraction as the API's create does (ClaimStore.lockInOrder):
    // vouched for as existing, they had not been read at all, and a new claim could be imported linking to a retracted one.
    const batchIds = new Set(batch.map((c) => c.id));
    lookups.retracted = await this.deps.store.lockInOrder(
      ctx.trx,
      inputs.flatMap((i) => linkedTo(i.relations)).filter((id) => !batchIds.has(id) && !ctx.created.has(id)),
    );
    // Prepared a slice at a time while the last batch is written, so that the write's statements go on between slices;
    // each slice's rows are encoded into the batch's COPY data at once (the import keeps no served claims).
    const records = this.deps.records.records(false);
    // A claim that a later claim of the batch supersedes is written superseded (references reach earlier lines only).
    const ids = new Set(batch.map((c) => c.id));
    records.supersededLater(
      inputs.flatMap((i) => (i.relations ?? []).filter((r) => r.type === 'supersedes' && ids.has(r.claim_id)).map((r) => r.claim_id)),
    );
    const created: number[] = [];
    for (let start = 0; start < batch.length; start += PREPARE_SLICE) {
      await nextTurn();
      const slice: { id: number; claim: PreparedClaim }[] = [];
      for (const { n, id, input } of batch.slice(start, start + PREPARE_SLICE)) {
        if (!input) continue;
        const { claim, errors } = prepareClaim(input, lookups);
        for (const e of errors) ctx.fail(n, e.field.replace(/_id$/, ''), e.message, e.code);
        if (errors.length > 0) continue;
        slice.push({ id, claim });
        created.push(id);
      }
      if (ctx.writing) records.add(slice, lookups, ctx.principal.name, this.recordedAt);
    }
    if (!ctx.writing || created.length === 0) return records.release();
    for (const id of created) ctx.created.add(id); // later lines may refer to it by id: it is written before anything they write
    ctx.result.claims.created += created.length;
    ctx.result.relations.created += records.relationCount;
    await ctx.settle();
    ctx.claimWrite = (async () => {
      const reason = supersessionReason(records);
      const written = records.supersessions(ctx.principal.name, reason);
      await this.deps.records.write(ctx.trx, records);
      if (records.superseded.length > 0)
        await this.deps.claims.refreshSuperseded(ctx.trx, records.superseded, ctx.principal, reason, written);
    })();
    ctx.claimWrite.catch(() => undefined); // thrown by settle()
  }

  async updateClaim(n: number, line: ClaimLine): Promise<void> {
    const { ctx } = this;
    const id = line.id !== undefined ? ctx.resolve('claim', line.id, n, '/id') : ctx.ids.claim.get(line.key!)!;
    // A line naming its claim by id may give it a key another claim holds (stored, or declared by an earlier line): a
    // duplicate, as PATCH answers it. Left to the write, it had met the unique key as a key "created meanwhile" by
    // another request: a 503 asking for a retry that could never succeed.
    const holder = line.id !== undefined && line.key !== undefined ? ctx.ids.claim.get(line.key) : undefined;
    if (id && holder !== undefined && holder !== id) return ctx.fail(n, '/key', `must be unique: claim ${holder} has it`);
    const csv = ctx.csv.get(n);
    if (csv && id && ctx.writing) {
      // The relation cells say what the claim shows; what it records itself follows from them and the stored links.
      await ctx.settle();
      const shown = this.touched.has(id) || !this.stored.has(id) ? (await this.deps.store.load([id], ctx.trx))[0] : this.stored.get(id)!;
      line.relations = shown ? await changedRelations(csv, shown, () => this.deps.store.outgoingRelations(ctx.trx, id)) : undefined;
    }
    const input = this.claimInput(n, line);
    if (!input || !id || !ctx.writing) return;
    await ctx.settle();
    const stored = this.touched.has(id) ? undefined : this.stored.get(id);
    if (stored && (await this.sameAsStored(input, stored))) {
      ctx.result.claims.unchanged += 1;
      return;
    }
    this.touched.add(id);
    const before = ctx.versions.claim.get(id);
    const saved = await ctx.guarded(n, () =>
      this.deps.claims.update(id, { ...input, reason: ctx.reasonFor(n, input.reason) }, null, ctx.principal),
    );
    if (!saved) return;
    // The one version guard of both formats (a CSV row's version cell, an NDJSON line's `version`). Asked after the
    // update, under its row lock, not of the versions read when the import began: a revision past the line's version
    // that this import did not make (a revision carries its transaction's start, now()) is another request's change,
    // made before or while the import ran, which the line would silently undo.
    if (line.version !== undefined) {
      const other: { version: number } | undefined = await ctx
        .trx('revisions')
        .where({ entity: 'claim', entity_id: id })
        .where('version', '>', line.version)
        .whereRaw('created_at <> now()')
        .orderBy('version', 'desc')
        .first('version');
      // (An update that changed nothing leaves the claim at the other's version: nothing of it was undone.)
      if ((other && saved.version !== other.version) || (before !== undefined && line.version > before))
        ctx.fail(
          n,
          '/version',
          `claim ${id} is at version ${other?.version ?? before} now, the ${csv ? 'row was exported' : 'line was written'} at version ${line.version}: ${csv ? 'export it again and redo the edit' : 'read the claim again and redo the change'}`,
        );
    }
    ctx.tally(ctx.result.claims, before, saved.version);
    ctx.versions.claim.set(id, saved.version);
  }

  async saveRelation(n: number, line: RelationLine): Promise<void> {
    const { ctx } = this;
    const from = ctx.resolve('claim', line.claim, n, '/claim');
    const to = ctx.resolve('claim', line.target, n, '/target');
    const assertedBy = line.asserted_by === undefined ? undefined : ctx.resolve('actor', line.asserted_by, n, '/asserted_by');
    if (!from || !to || assertedBy === null || !ctx.writing) return;
    await ctx.settle();
    const current = await this.deps.store.outgoingRelations(ctx.trx, from);
    if (current.some((r) => r.type === line.relation && r.related_claim_id === to)) {
      ctx.result.relations.unchanged += 1;
      return;
    }
    const relations = [
      ...current.map((r) => ({ type: r.type, claim_id: r.related_claim_id, asserted_by: r.asserted_by })),
      { type: line.relation, claim_id: to, ...(assertedBy ? { asserted_by: assertedBy } : {}) },
    ];
    this.touched.add(from);
    const saved = await ctx.guarded(n, () =>
      this.deps.claims.update(from, { relations, reason: ctx.reasonFor(n, line.reason) }, null, ctx.principal),
    );
    if (!saved) return;
    ctx.result.relations.created += 1;
    ctx.versions.claim.set(from, saved.version);
  }

  /**
   * Takes, before a batch writes anything, the locks its lines will take, in the order every other write takes them
   * (ClaimService.update): the relation graph when a line may add a link of an acyclic type, then every stored claim a
   * line changes or links to, and those its claims' links supersede now, FOR UPDATE in id order (ClaimStore.lockInOrder).
   * Taken line by line, they came in the lines' order (claim 9, then claim 3), and a create linking to both, which
   * locks 3 then 9, deadlocked with the import: one of them answered 503. A batch's locks are one ordered set; an import
   * of more than one batch (BATCH_SIZE lines) takes each batch's in order, after the last's.
   */
  async lockBatch(batch: { n: number; line: Line }[]): Promise<void> {
    const { ctx } = this;
    if (!ctx.writing) return;
    const refs: Ref[] = [];
    const types: RelationType[] = [];
    const changed: Ref[] = [];
    for (const { n, line } of batch) {
      if (line.type === 'relation') {
        refs.push(line.claim, line.target);
        changed.push(line.claim);
        types.push(line.relation);
      } else if (line.type === 'claim') {
        // A stored claim it changes (a new claim's links are checked for no loop: it is reached from nothing yet)
        const own = line.id ?? (line.key !== undefined && ctx.ids.claim.has(line.key) ? line.key : undefined);
        if (own !== undefined) changed.push(own);
        const linked = [
          ...(line.relations ?? []),
          // a CSV row's relation cells: what the claim will show (compared with its stored links when it is written)
          ...RELATION_COLUMNS.flatMap((type) => (ctx.csv.get(n)?.relations[type] ?? []).map((claim) => ({ type, claim }))),
        ];
        for (const r of linked) {
          refs.push(r.claim);
          if (own !== undefined) types.push(r.type);
        }
      }
    }
    const stored = (list: Ref[]) =>
      list.flatMap((ref) => {
        const id = ctx.ids.claim.get(ref);
        return id !== undefined && id > 0 && !ctx.created.has(id) ? [id] : [];
      });
    const ids = [...stored(refs), ...stored(changed)];
    if (ids.length === 0) return;
    await ctx.settle();
    if (types.some((type) => ACYCLIC_RELATIONS.has(type))) await this.deps.store.lockRelationGraph(ctx.trx);
    const superseded: { related_claim_id: number | string }[] = await ctx
      .trx('claim_relations')
      .whereIn('claim_id', stored(changed))
      .where({ type: 'supersedes' })
      .select('related_claim_id');
    await this.deps.store.lockInOrder(ctx.trx, [...ids, ...superseded.map((r) => Number(r.related_claim_id))]);
  }

  /** The served claims of the batch's stored keys (after the claims being written: a key may be one of theirs). */
  async loadStoredClaims(ids: number[]): Promise<void> {
    const { ctx } = this;
    if (ctx.writing && ids.length > 0) await ctx.settle();
    this.stored = new Map(ctx.writing && ids.length > 0 ? (await this.deps.store.load(ids, ctx.trx)).map((c) => [c.id, c]) : []);
  }

  /**
   * Whether applying the line would change nothing. Conservative: anything it cannot compare for certain
   * (a symmetric relation, whose direction the served claim does not show) counts as a change, and the
   * service decides.
   */
  private async sameAsStored(input: ClaimInput, stored: Claim): Promise<boolean> {
    // The claimant is compared by id below: the stored claim holds it as an actor.
    const plain = [...PLAIN_FIELDS.filter((k) => k !== 'claimant_id'), 'as_of', 'stated_on'] as const;
    for (const k of plain) if (input[k] !== undefined && input[k] !== stored[k]) return false;
    const { places } = this.deps;
    if (input.country !== undefined && places.resolve(input.country) !== stored.country) return false;
    if (input.group !== undefined && (input.group === null ? null : await this.groupSlug(input.group)) !== stored.group) return false;
    if (input.location !== undefined && JSON.stringify(input.location.map((l) => places.resolve(l))) !== JSON.stringify(stored.location))
      return false;
    if (input.claimant_id !== undefined && input.claimant_id !== stored.claimant.id) return false;
    if (input.sources !== undefined) {
      if (input.sources.length !== stored.sources.length) return false;
      if (input.sources.some((s, i) => s.document_id !== stored.sources[i].document.id || s.quote !== stored.sources[i].quote))
        return false;
    }
    if (input.relations !== undefined) {
      if (stored.relations.some((r) => r.type === 'contradicts' || r.type === 'corroborates')) return false;
      const outgoing = stored.relations
        .filter((r) => OUTGOING.has(r.type))
        .map((r) => `${r.type}:${r.claim_id}:${r.asserted_by.id}`)
        .sort();
      const wanted = input.relations
        .map((r) => `${r.type}:${r.claim_id}:${r.asserted_by ?? input.claimant_id ?? stored.claimant.id}`)
        .sort();
      if (JSON.stringify(outgoing) !== JSON.stringify(wanted)) return false;
    }
    return true;
  }

  private async groupSlug(ref: string): Promise<string | null> {
    const { groups } = this.ctx.lookups;
    if (!groups.has(ref)) groups.set(ref, (await this.deps.vocabulary.resolveGroup(ref, this.ctx.trx))?.slug ?? null);
    return groups.get(ref)!;
  }
}
