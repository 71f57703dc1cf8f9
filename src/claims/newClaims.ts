import type { Knex } from 'knex';
import { CopyBuffers, copyInto, CopyRows } from '../db/copy';
import type { ClaimRelationRow, ClaimSourceRow } from '../db/tables';
import { type NewRevision, revisionRow, revisionRows } from '../revisions/store';
import type { KnownActor, KnownDocument, PreparedClaim } from './prepare';
import type { Claim } from './model';
import { CLAIM_COLUMNS, LoadedRow, rolesOf, toClaim } from './served';
import { refreshedStatus, statusFields, statusRevision } from './supersession';

type Conn = Knex | Knex.Transaction;

/** A new claim's row with what LOAD_SQL would join to it, its sources and relations as lists to add to. */
type NewLoadedRow = LoadedRow & { sources: NonNullable<LoadedRow['sources']>; relations: NonNullable<LoadedRow['relations']> };

const SOURCE_COLUMNS = [
  'claim_id',
  'document_id',
  'quote',
  'prefix',
  'suffix',
  'start_offset',
  'end_offset',
  'position',
] as const satisfies readonly (keyof ClaimSourceRow)[];
const RELATION_COLUMNS = ['claim_id', 'type', 'related_claim_id', 'asserted_by'] as const satisfies readonly (keyof ClaimRelationRow)[];

/**
 * New claims' records gathered for one write: their rows (claims, sources, relations, create revisions) encoded as
 * COPY data as the claims are added, and what the write must then do to the claims they supersede.
 */
export class NewClaimRecords {
  readonly claims: CopyRows;
  readonly sources: CopyRows;
  readonly relations: CopyRows;
  readonly revisions: CopyRows;
  /** The claims the new ones supersede: their status is refreshed once the new ones are written. */
  readonly superseded: number[] = [];
  /** Which new claim supersedes each of them (the last, when several do). */
  readonly supersededBy = new Map<number, number>();
  /** The new claims as served, when asked for (the API's create answers with its claim; the import only counts). */
  readonly served: Claim[] | null;
  /** How many relations the claims added hold. */
  relationCount = 0;
  /**
   * Claims that a later claim of these records supersedes (see supersededLater), with their rows as LOAD_SQL would
   * read them once all are written (null until added).
   */
  private readonly supersededHere = new Map<number, NewLoadedRow | null>();

  constructor(options: { buffers?: CopyBuffers; serve: boolean }) {
    this.claims = new CopyRows('claims', CLAIM_COLUMNS, options.buffers);
    this.sources = new CopyRows('claim_sources', SOURCE_COLUMNS, options.buffers);
    this.relations = new CopyRows('claim_relations', RELATION_COLUMNS, options.buffers);
    this.revisions = revisionRows(options.buffers);
    this.served = options.serve ? [] : null;
  }

  get copies(): CopyRows[] {
    return [this.claims, this.sources, this.relations, this.revisions];
  }

  /**
   * Names, before they are added, the claims that a later claim of these records will supersede. Each is written
   * already superseded (its row with the status and version the supersession gives it), so that no statement reads
   * and updates it once written; its create revision is what it would be otherwise, and its status revision, built by
   * `supersessions`, is the one refreshSuperseded would record from the claims as written.
   */
  supersededLater(ids: Iterable<number>): void {
    for (const id of ids) this.supersededHere.set(id, null);
  }

  /**
   * The status revisions of the claims named by supersededLater, once every claim is added: each is the claim as
   * served once all the records are written (its relations from both sides, in the order LOAD_SQL reads them) before
   * and after its status changes, as refreshSuperseded would record it.
   */
  supersessions(author: string, reason: (id: number) => string): Map<number, NewRevision> {
    const revisions = new Map<number, NewRevision>();
    for (const [id, loaded] of this.supersededHere) {
      if (!loaded || !this.supersededBy.has(id)) throw new Error(`claim ${id} was to be superseded by a later claim of its batch`);
      // Updated when it was created: in the transaction that writes it, whose time both take.
      const before = toClaim(loaded);
      revisions.set(id, statusRevision(before, supersededFields(loaded), before.updated_at, author, reason(id)));
    }
    return revisions;
  }

  /**
   * Adds prepared claims with ids taken in advance (nextIds), with what the lookups know of their claimants and
   * documents. Each create revision's snapshot is the claim as served, built from the rows as they will be stored,
   * as ClaimStore.load would read them back (without reading them back): each with its own sources and relations
   * only, as a new claim has no incoming links. created_at and updated_at are `recordedAt`, the transaction's time
   * (the default those columns take).
   */
  add(
    claims: { id: number; claim: PreparedClaim }[],
    known: { actors: ReadonlyMap<number, KnownActor>; documents: ReadonlyMap<number, KnownDocument> },
    author: string,
    recordedAt: Date,
  ): void {
    const recorded = recordedAt.toISOString();
    // Objects are written out field by field, not spread: at thousands of claims a batch, spreads cost more than the rest together.
    for (const { id, claim } of claims) {
      const r = claim.row;
      const claimant = known.actors.get(r.claimant_id)!;
      const loaded: NewLoadedRow = {
        id,
        key: r.key,
        metric: r.metric,
        country: r.country,
        group_slug: r.group_slug,
        location: r.location,
        value: r.value,
        value_low: r.value_low,
        value_high: r.value_high,
        approximation: r.approximation,
        value_text: r.value_text,
        as_of: r.as_of,
        as_of_precision: r.as_of_precision,
        stated_on: r.stated_on,
        stated_precision: r.stated_precision,
        claimant_id: r.claimant_id,
        context: r.context,
        rank: r.rank,
        status: 'active',
        retraction_reason: null,
        credibility: r.credibility,
        notes: r.notes,
        version: 1,
        created_at: recorded,
        updated_at: recorded,
        claimant_name: claimant.name,
        claimant_kind: claimant.kind,
        affiliations: claimant.affiliations,
        sources: [],
        relations: [],
      };
      const superseded = this.supersededHere.has(id) ? supersededFields(loaded) : null;
      if (superseded) this.supersededHere.set(id, loaded);
      for (const k of CLAIM_COLUMNS) this.claims.add(superseded && (k === 'status' || k === 'version') ? superseded[k] : loaded[k]);
      this.claims.end();
      claim.sources.forEach(({ document_id, quote, location: loc }, position) => {
        const d = known.documents.get(document_id)!;
        const source = {
          claim_id: id,
          document_id,
          quote,
          prefix: loc?.prefix ?? null,
          suffix: loc?.suffix ?? null,
          start_offset: loc?.start ?? null,
          end_offset: loc?.end ?? null,
          title: d.title,
          url: d.url,
          publisher_id: d.publisher_id,
          publisher_name: d.publisher_name,
          published_on: d.published_on,
          published_precision: d.published_precision,
        };
        for (const k of SOURCE_COLUMNS) this.sources.add(k === 'position' ? position : source[k]);
        this.sources.end();
        loaded.sources.push(source);
      });
      claim.relations.forEach(({ type, related_claim_id, asserted_by }, i) => {
        this.relations.add(id).add(type).add(related_claim_id).add(asserted_by).end();
        const relation = {
          id: i,
          claim_id: id,
          type,
          related_claim_id,
          asserted_by,
          asserted_by_name: known.actors.get(asserted_by)!.name,
        };
        loaded.relations.push(relation);
        if (type === 'supersedes') {
          this.superseded.push(related_claim_id);
          this.supersededBy.set(related_claim_id, id);
        }
        // A claim written already superseded is served, once all are written, with the links to it from later claims.
        const target = this.supersededHere.get(related_claim_id);
        if (target) target.relations.push(relation);
      });
      this.relationCount += claim.relations.length;
      const snapshot = toClaim(loaded);
      revisionRow(this.revisions, {
        entity: 'claim',
        entity_id: id,
        version: 1,
        action: 'create',
        author,
        reason: claim.reason,
        changes: null,
        snapshot,
      });
      this.served?.push(snapshot);
    }
  }

  /** Gives the buffers back unsent (when the records will not be written). */
  release(): void {
    for (const c of this.copies) c.release();
  }
}

/** What the supersession of a new claim (active, version 1) sets in its row: as refreshSuperseded would set it. */
function supersededFields(created: { status: LoadedRow['status']; version: number }) {
  return statusFields(created, refreshedStatus({ status: created.status, superseded: true })!);
}

/** Why a claim's status changed when new claims were written: the revision names the claim that superseded it. */
export function supersessionReason(records: NewClaimRecords): (id: number) => string {
  return (id) => `superseded by claim ${records.supersededBy.get(id)}`;
}

/** The SQL a new claim needs besides its own rows: the records it names, ids, the transaction's time, and the write itself. */
export class NewClaimStore {
  /** Buffers the COPY text of new claims is encoded into, reused from one write to the next. */
  readonly buffers = new CopyBuffers();

  /** Empty records for new claims, to be added to and written (`serve`: keep the claims as served). */
  records(serve: boolean): NewClaimRecords {
    return new NewClaimRecords({ buffers: this.buffers, serve });
  }

  /**
   * The actors (with their roles, aggregated as LOAD_SQL does), the documents (with their publishers and stored
   * texts) and the claims among these ids that exist. The documents stay locked FOR SHARE until the transaction
   * ends, so no text edit can drop a quote checked against them; they are locked before any claim, the order every
   * writer follows (a text edit locks its document, then the claims quoting it).
   */
  async known(
    db: Conn,
    actorIds: number[],
    documentIds: number[],
    claimIds: number[],
  ): Promise<{
    actors: Map<number, KnownActor>;
    documents: Map<number, KnownDocument>;
    claims: Set<number>;
    retracted: Set<number>;
  }> {
    const { rows: documents } =
      documentIds.length === 0
        ? { rows: [] }
        : await db.raw(
            `
      SELECT d.id, d.title, d.url, d.publisher_id, p.name AS publisher_name, to_char(d.published_on, 'YYYY-MM-DD') AS published_on, d.published_precision, d.text
      FROM documents d LEFT JOIN actors p ON p.id = d.publisher_id WHERE d.id = ANY(?::bigint[])
      ORDER BY d.id FOR SHARE OF d`,
            [[...new Set(documentIds)]],
          );
    const { rows: actors } =
      actorIds.length === 0
        ? { rows: [] }
        : await db.raw(
            `
      SELECT a.id, a.name, a.kind, ${rolesOf('a.id')} AS affiliations FROM actors a WHERE a.id = ANY(?::bigint[])`,
            [[...new Set(actorIds)]],
          );
    const claims: { id: number; status: string }[] =
      claimIds.length === 0
        ? []
        : await db('claims')
            .whereIn('id', [...new Set(claimIds)])
            .select('id', 'status');
    return {
      actors: new Map(actors.map((a: KnownActor & { id: number }) => [Number(a.id), a])),
      documents: new Map(documents.map((d: KnownDocument & { id: number }) => [Number(d.id), d])),
      claims: new Set(claims.map((c) => Number(c.id))),
      retracted: new Set(claims.filter((c) => c.status === 'retracted').map((c) => Number(c.id))),
    };
  }

  /**
   * Ids for `count` new claims, taken from the claims sequence in one query. The sequence is named as a constant:
   * pg_get_serial_sequence in the select list is evaluated again for every row, about 7 µs an id against 1.5 µs
   * (2,000 ids: 14–17 ms against 3 ms).
   */
  async nextIds(trx: Knex.Transaction, count: number): Promise<number[]> {
    const { rows } = await trx.raw(`SELECT nextval('claims_id_seq'::regclass) AS id FROM generate_series(1, ?)`, [count]);
    return rows.map((r: { id: string | number }) => Number(r.id));
  }

  /** When rows written in this transaction are recorded: the default of created_at and updated_at (now()). */
  async recordingTime(trx: Knex.Transaction): Promise<Date> {
    const { rows } = await trx.raw('SELECT now() AS now');
    return rows[0].now;
  }

  /** Writes new claims' records: one COPY per table, however many claims (one or a batch of thousands). */
  async write(trx: Knex.Transaction, records: NewClaimRecords): Promise<void> {
    await copyInto(trx, records.copies);
  }
}
