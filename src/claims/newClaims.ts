import type { Knex } from 'knex';
import { CopyData, copyData, copyInto, CopyValue } from '../db/copy';
import type { ClaimRelationRow, ClaimRow, ClaimSourceRow } from '../db/tables';
import type { RevisionStore } from '../revisions/store';
import type { KnownActor, KnownDocument, PreparedClaim } from './prepare';
import type { Claim } from './model';
import { LoadedRow, rolesOf, toClaim } from './served';

type Conn = Knex | Knex.Transaction;

const CLAIM_COLUMNS = [
  'id',
  'key',
  'metric',
  'country',
  'group_slug',
  'location',
  'value',
  'value_low',
  'value_high',
  'approximation',
  'value_text',
  'as_of',
  'as_of_precision',
  'stated_on',
  'stated_precision',
  'claimant_id',
  'context',
  'rank',
  'status',
  'retraction_reason',
  'credibility',
  'notes',
  'version',
] as const satisfies readonly (keyof ClaimRow)[];
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

/** New claims ready to be written: their rows (claims, sources, relations, create revisions) as COPY data, and the claims as served. */
export interface NewClaimRecords {
  copies: CopyData[];
  served: Claim[];
  /** The claims the new ones supersede: their status is refreshed once the new ones are written. */
  superseded: number[];
  /** Which new claim supersedes each of them (the last, when several do). */
  supersededBy: Map<number, number>;
}

/** Why a claim's status changed when new claims were written: the revision names the claim that superseded it. */
export function supersessionReason(records: NewClaimRecords): (id: number) => string {
  return (id) => `superseded by claim ${records.supersededBy.get(id)}`;
}

/**
 * The records of new claims, from prepared claims with ids taken in advance (nextIds) and what the lookups know
 * of their claimants and documents. The served claim is built from the rows as they will be stored, as
 * ClaimStore.load would read them back (without reading them back): each with its own sources and relations
 * only, as a new claim has no incoming links. created_at and updated_at are `recordedAt`, the transaction's time
 * (the default those columns take).
 */
export function newClaimRecords(
  claims: { id: number; claim: PreparedClaim }[],
  known: { actors: ReadonlyMap<number, KnownActor>; documents: ReadonlyMap<number, KnownDocument> },
  revisions: RevisionStore,
  author: string,
  recordedAt: Date,
): NewClaimRecords {
  const rows: CopyValue[][] = [];
  const sources: CopyValue[][] = [];
  const relations: Omit<ClaimRelationRow, 'id' | 'created_at'>[] = [];
  const served: Claim[] = [];
  // Objects are written out field by field, not spread: at thousands of claims a batch, spreads cost more than the rest together.
  for (const { id, claim } of claims) {
    const r = claim.row;
    const claimant = known.actors.get(r.claimant_id)!;
    const loaded: LoadedRow & { sources: NonNullable<LoadedRow['sources']>; relations: NonNullable<LoadedRow['relations']> } = {
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
      created_at: recordedAt,
      updated_at: recordedAt,
      claimant_name: claimant.name,
      claimant_kind: claimant.kind,
      affiliations: claimant.affiliations,
      sources: [],
      relations: [],
    };
    rows.push(CLAIM_COLUMNS.map((k) => loaded[k]));
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
      sources.push(SOURCE_COLUMNS.map((k) => (k === 'position' ? position : source[k])));
      loaded.sources.push(source);
    });
    claim.relations.forEach(({ type, related_claim_id, asserted_by }, i) => {
      relations.push({ claim_id: id, type, related_claim_id, asserted_by });
      loaded.relations.push({
        id: i,
        claim_id: id,
        type,
        related_claim_id,
        asserted_by,
        asserted_by_name: known.actors.get(asserted_by)!.name,
      });
    });
    served.push(toClaim(loaded));
  }
  const created = served.map((snapshot, i) => ({
    entity: 'claim' as const,
    entity_id: snapshot.id,
    version: 1,
    action: 'create' as const,
    author,
    reason: claims[i].claim.reason,
    changes: null,
    snapshot,
  }));
  const supersedes = relations.filter((r) => r.type === 'supersedes');
  return {
    copies: [
      copyData('claims', CLAIM_COLUMNS, rows),
      copyData('claim_sources', SOURCE_COLUMNS, sources),
      copyData(
        'claim_relations',
        RELATION_COLUMNS,
        relations.map((r) => RELATION_COLUMNS.map((k) => r[k])),
      ),
      revisions.rows(created),
    ],
    served,
    superseded: supersedes.map((r) => r.related_claim_id),
    supersededBy: new Map(supersedes.map((r) => [r.related_claim_id, r.claim_id])),
  };
}

/** The records of several lots of new claims as one (each table's rows in the order of the lots). */
export function joinRecords(parts: NewClaimRecords[]): NewClaimRecords {
  return {
    copies: parts[0].copies.map((c, i) => ({ table: c.table, columns: c.columns, text: parts.map((p) => p.copies[i].text).join('') })),
    served: parts.flatMap((p) => p.served),
    superseded: parts.flatMap((p) => p.superseded),
    supersededBy: new Map(parts.flatMap((p) => [...p.supersededBy])),
  };
}

/** The SQL a new claim needs besides its own rows: the records it names, ids, the transaction's time, and the write itself. */
export class NewClaimStore {
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
    const claims: { id: number }[] =
      claimIds.length === 0
        ? []
        : await db('claims')
            .whereIn('id', [...new Set(claimIds)])
            .select('id');
    return {
      actors: new Map(actors.map((a: KnownActor & { id: number }) => [Number(a.id), a])),
      documents: new Map(documents.map((d: KnownDocument & { id: number }) => [Number(d.id), d])),
      claims: new Set(claims.map((c) => Number(c.id))),
    };
  }

  /** Ids for `count` new claims, taken from the claims sequence in one query. */
  async nextIds(trx: Knex.Transaction, count: number): Promise<number[]> {
    const { rows } = await trx.raw(`SELECT nextval(pg_get_serial_sequence('claims', 'id')) AS id FROM generate_series(1, ?)`, [count]);
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
