import type { Knex } from 'knex';
import { formatPartialDate } from '../dates';
import type { Db } from '../db/knex';
import { holdLock } from '../db/locks';
import { CompiledQueries, queryNative, queryPreparedValues } from '../db/prepared';
import type { ClaimRelationRow, ClaimRow } from '../db/tables';
import { ClaimPageRow, claimPageQuery, recordedBy } from './filterQuery';
import type { ChainLink, Claim, ClaimFields, ClaimStatus, RelationType, SourceToSave, RelationToSave } from './model';
import { relationKey } from './prepare';
import type { ClaimFilter } from './claimFilter';
import { servedSnapshot, StoredSnapshot } from '../revisions/snapshots';
import { LOAD_STATEMENT, LOADED_COLUMNS, LoadedRow, loadedRow, toClaim } from './served';

type Conn = Knex | Knex.Transaction;

/** The lexemes quoted in a tsquery's text form (`'kazakh' & 'women'`; a quote inside a lexeme is doubled). */
export function queryLexemes(tree: string): Set<string> {
  return new Set([...tree.matchAll(/'((?:[^']|'')*)'/g)].map((m) => m[1].replace(/''/g, "'")));
}

/** How many list filters' page queries a store keeps compiled. */
const PAGE_QUERIES = 500;

export class ClaimStore {
  private readonly pageQueries = new CompiledQueries(PAGE_QUERIES);

  constructor(private readonly db: Db) {}

  /**
   * The served claims for these ids, in the same order; unknown ids are skipped. One statement: PostgreSQL
   * aggregates each claim's claimant roles, sources and relations to JSON, so a page of 50 costs one round
   * trip instead of four (see bench/README.md: it halved the server's CPU per list request).
   */
  async load(ids: number[], db: Conn = this.db): Promise<Claim[]> {
    if (ids.length === 0) return [];
    const values = await queryPreparedValues(db, LOAD_STATEMENT, LOADED_COLUMNS, [ids]);
    const byId = new Map<number, LoadedRow>();
    for (const v of values) {
      const row = loadedRow(v);
      byId.set(row.id, row);
    }
    return ids.filter((id) => byId.has(id)).map((id) => toClaim(byId.get(id)!));
  }

  /** The claims as served at an instant: each one's last revision snapshot recorded at or before it; one created later is left out. */
  async loadAsRecorded(ids: number[], instant: string, db: Conn = this.db): Promise<Claim[]> {
    if (ids.length === 0) return [];
    const rows: StoredSnapshot[] = await db('revisions')
      .distinctOn('entity_id')
      .select('entity_id', 'version', 'snapshot')
      .where({ entity: 'claim' })
      .whereRaw('entity_id = ANY(?::bigint[])', [ids])
      .whereRaw(recordedBy('created_at'), [instant])
      .orderBy([{ column: 'entity_id' }, { column: 'version', order: 'desc' }]);
    const byId = new Map(rows.map((r) => [Number(r.entity_id), servedSnapshot<Claim>('claim', r)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /**
   * Which of `words` match a positive term of the full-text query `q` as the search understands it: the lexemes
   * of PostgreSQL's own parse of the query (querytree leaves out negated terms) against each word's lexemes, so
   * highlighting agrees with what matched ("Kazakhs" matches "Kazakh"; "of" matches nothing). Lower-cased words.
   */
  async matchingWords(q: string, words: string[]): Promise<Set<string>> {
    const distinct = [...new Set(words.map((w) => w.toLowerCase()))].filter((w) => w.length <= 100).slice(0, 5000);
    if (distinct.length === 0) return new Set();
    const { rows } = await this.db.raw(
      `
      SELECT querytree(websearch_to_tsquery('english'::regconfig, ?)) AS tree,
        (SELECT coalesce(json_agg(json_build_array(w, tsvector_to_array(to_tsvector('english'::regconfig, w)))), '[]'::json)
           FROM unnest(?::text[]) AS w) AS lexemes`,
      [q, distinct],
    );
    const terms = queryLexemes(rows[0].tree as string);
    const lexemes = rows[0].lexemes as [string, string[]][];
    return new Set(lexemes.filter(([, ls]) => ls.some((l) => terms.has(l))).map(([w]) => w));
  }

  async lock(trx: Knex.Transaction, id: number): Promise<ClaimRow | undefined> {
    return trx<ClaimRow>('claims').where({ id }).forUpdate().first();
  }

  /** A new version for claims whose served form changed through another record (a quote located anew). */
  async touch(trx: Knex.Transaction, ids: number[]): Promise<void> {
    await trx('claims')
      .whereIn('id', ids)
      .update({ version: trx.raw('version + 1'), updated_at: trx.fn.now() });
  }

  /**
   * Locks claims in id order; returns those of them retracted, as they are once locked. Writes that link claims lock
   * every claim they link to (and whose status they may change) up front, in one order and FOR UPDATE, the lock a
   * retraction takes: two editors superseding the same claim wait for each other instead of deadlocking (a weaker lock
   * taken first, then raised, deadlocked), and a retraction committing while a link to its claim is checked is seen
   * by the check, which waits for it (read before the lock, it was not, and the link was saved to a retracted claim).
   */
  async lockInOrder(trx: Knex.Transaction, ids: number[]): Promise<Set<number>> {
    const unique = [...new Set(ids)].filter((id) => Number.isSafeInteger(id));
    if (unique.length === 0) return new Set();
    const rows: { id: number | string; status: ClaimStatus }[] = await trx('claims')
      .whereIn('id', unique)
      .orderBy('id')
      .forUpdate()
      .select('id', 'status');
    return new Set(rows.filter((r) => r.status === 'retracted').map((r) => Number(r.id)));
  }

  async update(trx: Knex.Transaction, id: number, fields: Partial<ClaimFields>): Promise<void> {
    await trx('claims')
      .where({ id })
      .update({ ...fields, version: trx.raw('version + 1'), updated_at: trx.fn.now() });
  }

  async replaceSources(trx: Knex.Transaction, claimId: number, sources: SourceToSave[]): Promise<void> {
    await trx('claim_sources').where({ claim_id: claimId }).delete();
    await trx('claim_sources').insert(
      sources.map((s, position) => ({
        claim_id: claimId,
        document_id: s.document_id,
        quote: s.quote,
        prefix: s.location?.prefix ?? null,
        suffix: s.location?.suffix ?? null,
        start_offset: s.location?.start ?? null,
        end_offset: s.location?.end ?? null,
        position,
      })),
    );
  }

  async outgoingRelations(db: Conn, claimId: number): Promise<ClaimRelationRow[]> {
    return db<ClaimRelationRow>('claim_relations').where({ claim_id: claimId }).orderBy('id');
  }

  /**
   * Sets a claim's outgoing links to `relations`. A link it holds already (same type, claim and asserter) keeps its row,
   * with its id and the time it was recorded: an edit of another field (the workspace's form sends every link back) had
   * deleted and inserted every link, each then "recorded" at the edit. Only the links gone are deleted, the new added.
   */
  async replaceRelations(trx: Knex.Transaction, claimId: number, relations: RelationToSave[]): Promise<void> {
    const key = (r: { type: string; related_claim_id: number | string; asserted_by: number | string }) =>
      relationKey(r.type, r.related_claim_id, r.asserted_by);
    const held = await this.outgoingRelations(trx, claimId);
    const wanted = new Set(relations.map(key));
    const kept = new Set(held.filter((r) => wanted.has(key(r))).map(key));
    const gone = held.filter((r) => !kept.has(key(r))).map((r) => r.id);
    if (gone.length > 0) await trx('claim_relations').whereIn('id', gone).delete();
    const added = relations.filter((r) => !kept.has(key(r)));
    if (added.length > 0) await trx('claim_relations').insert(added.map((r) => ({ claim_id: claimId, ...r })));
  }

  /**
   * Serialises every write that adds links of an acyclic type (until the transaction ends): a cycle check reads
   * the graph, and two writers that each check before the other commits could each close half of a loop.
   */
  async lockRelationGraph(trx: Knex.Transaction): Promise<void> {
    await holdLock(trx, 'relation graph');
  }

  /**
   * Of the claims `targets`, those from which `from` can already be reached along links of `type`: linking
   * `from` to one of them with that type would close a loop.
   */
  async reaching(db: Conn, type: RelationType, from: number, targets: number[]): Promise<number[]> {
    if (targets.length === 0) return [];
    const { rows } = await db.raw(
      `
      WITH RECURSIVE reach(start, id) AS (
        SELECT t, t FROM unnest(?::bigint[]) AS t
        UNION
        SELECT reach.start, r.related_claim_id FROM claim_relations r JOIN reach ON r.claim_id = reach.id
        WHERE r.type = ? AND reach.id <> ?
      ) SELECT DISTINCT start FROM reach WHERE id = ?`,
      [targets, type, from, from],
    );
    return rows.map((r: { start: string | number }) => Number(r.start));
  }

  /** Locks these claims and tells, for each, its status and whether a claim that is not retracted supersedes it. */
  async supersessionStates(trx: Knex.Transaction, ids: number[]): Promise<Map<number, { status: ClaimStatus; superseded: boolean }>> {
    const { rows } = await trx.raw(
      `
      SELECT c.id, c.status, EXISTS (
        SELECT 1 FROM claim_relations r JOIN claims s ON s.id = r.claim_id
        WHERE r.related_claim_id = c.id AND r.type = 'supersedes' AND s.status <> 'retracted'
      ) AS superseded
      FROM claims c WHERE c.id = ANY(?::bigint[]) ORDER BY c.id FOR UPDATE OF c`,
      [ids],
    );
    return new Map(
      rows.map((r: { id: number; status: ClaimStatus; superseded: boolean }) => [
        Number(r.id),
        { status: r.status, superseded: r.superseded },
      ]),
    );
  }

  /**
   * Writes each claim's refreshed status and version (statusFields, supersession.ts) in one statement; returns when
   * each was updated (the transaction's time).
   */
  async setStatuses(trx: Knex.Transaction, changes: { id: number; status: ClaimStatus; version: number }[]): Promise<Map<number, string>> {
    const { rows } = await trx.raw(
      `
      UPDATE claims c SET status = v.status, version = v.version, updated_at = CURRENT_TIMESTAMP
      FROM unnest(?::bigint[], ?::text[], ?::int[]) AS v(id, status, version) WHERE c.id = v.id
      RETURNING c.id, c.updated_at`,
      [changes.map((c) => c.id), changes.map((c) => c.status), changes.map((c) => c.version)],
    );
    return new Map(rows.map((r: { id: number; updated_at: Date }) => [Number(r.id), r.updated_at.toISOString()]));
  }

  /** The whole supersession chain `id` is part of, oldest first (by the supersedes order, then as_of). */
  async supersessionChain(id: number): Promise<ChainLink[]> {
    const { rows } = await this.db.raw(
      `
      WITH RECURSIVE linked(id) AS (
        SELECT ?::bigint
        UNION
        SELECT CASE WHEN r.claim_id = linked.id THEN r.related_claim_id ELSE r.claim_id END
        FROM claim_relations r JOIN linked ON (r.claim_id = linked.id OR r.related_claim_id = linked.id)
        WHERE r.type = 'supersedes'
      ),
      depth AS (
        SELECT l.id, (SELECT count(*) FROM claim_relations r WHERE r.type = 'supersedes' AND r.claim_id = l.id AND r.related_claim_id IN (SELECT id FROM linked)) AS supersedes_n
        FROM linked l
      )
      SELECT c.id, c.value, c.value_text, c.as_of, c.as_of_precision, c.status
      FROM claims c JOIN depth ON depth.id = c.id
      ORDER BY depth.supersedes_n, c.as_of NULLS FIRST, c.id`,
      [id],
    );
    if (rows.length <= 1) return [];
    return rows.map((r: ClaimRow) => ({
      claim_id: Number(r.id),
      value: r.value === null ? null : Number(r.value),
      value_text: r.value_text,
      as_of: formatPartialDate(r.as_of, r.as_of_precision),
      status: r.status,
    }));
  }

  /** One page of claim ids (with their sort keys, and the snapshots when time-travelling), plus one row more when another page follows. */
  async listIds(filter: ClaimFilter): Promise<ClaimPageRow[]> {
    const query = this.pageQueries.get(JSON.stringify(filter), () => claimPageQuery(this.db, filter));
    return queryNative<ClaimPageRow>(this.db, query);
  }
}
