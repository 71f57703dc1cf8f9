import type { Knex } from 'knex';
import { toAffiliation } from '../actors/store';
import { formatPartialDate } from '../dates';
import type { Db } from '../db/knex';
import type { AffiliationRow, ClaimRelationRow, ClaimRow, ClaimSourceRow } from '../db/tables';
import { ClaimPageRow, claimPageQuery, recordedBy } from './filterQuery';
import type { ClaimFilter } from './parseClaimFilter';
import type { QuoteLocation } from './quotes';

type Conn = Knex | Knex.Transaction;

export interface ActorRef {
  id: number;
  name: string;
}

export interface Source {
  document: { id: number; title: string; url: string | null; publisher: ActorRef | null; published_on: string | null };
  quote: string;
  prefix: string | null;
  suffix: string | null;
  start: number | null;
  end: number | null;
}

export interface Relation {
  type: string;
  claim_id: number;
  asserted_by: ActorRef;
}

/** A figure as it was given: the numbers, how approximate they are, the words, and when (served form). */
export interface StatedFigure {
  value: number | null;
  value_low: number | null;
  value_high: number | null;
  approximation: string;
  value_text: string;
  as_of: string | null;
  stated_on: string | null;
}

export interface Claim extends StatedFigure {
  id: number;
  key: string | null;
  metric: string;
  country: string;
  group: string | null;
  location: string[];
  context: string | null;
  claimant: { id: number; name: string; kind: string; role: string | null; organization: ActorRef | null };
  sources: Source[];
  relations: Relation[];
  rank: string;
  status: string;
  retraction_reason: string | null;
  credibility: number | null;
  notes: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export type ClaimFields = Omit<ClaimRow, 'id' | 'version' | 'created_at' | 'updated_at'>;

export interface SourceToSave {
  document_id: number;
  quote: string;
  location: QuoteLocation | null;
}

export interface RelationToSave {
  type: string;
  related_claim_id: number;
  asserted_by: number;
}

export type { ClaimFilter } from './parseClaimFilter';

/** Incoming links are shown from the other side: A supersedes B reads, on B, "superseded_by A". */
const INVERSE: Record<string, string> = {
  supersedes: 'superseded_by',
  part_of: 'has_part',
  derived_from: 'source_of',
  contradicts: 'contradicts',
  corroborates: 'corroborates',
};

/** Relation types whose links must never form a loop: a claim cannot (indirectly) supersede, be part of or derive from itself. */
export const ACYCLIC_RELATIONS: ReadonlySet<string> = new Set(['supersedes', 'part_of', 'derived_from']);

/** The advisory lock key that serialises writes to the relation graph ("claim_relations" as digits of no meaning). */
const RELATION_GRAPH_LOCK = 7_341_020_614;

export type AffiliationWithOrg = AffiliationRow & { organization_name: string };

/** A claim row with its claimant and, aggregated to JSON by PostgreSQL, the claimant's roles, the sources and the relations. */
export type LoadedRow = ClaimRow & {
  claimant_name: string;
  claimant_kind: string;
  affiliations: AffiliationWithOrg[] | null;
  sources: (Omit<ClaimSourceRow, 'id' | 'position'> & { title: string; url: string | null; publisher_id: number | null; publisher_name: string; published_on: string | null; published_precision: string | null })[] | null;
  relations: (Omit<ClaimRelationRow, 'created_at'> & { asserted_by_name: string })[] | null;
};

/** The roles of the person `personId` (an SQL expression), aggregated to JSON in the editor's order. */
export const rolesOf = (personId: string) => `(SELECT json_agg(json_build_object('id', af.id, 'person_id', af.person_id, 'organization_id', af.organization_id,
        'organization_name', o.name, 'role', af.role, 'from_date', af.from_date, 'from_precision', af.from_precision, 'to_date', af.to_date,
        'to_precision', af.to_precision, 'position', af.position) ORDER BY af.position, af.id)
       FROM actor_affiliations af JOIN actors o ON o.id = af.organization_id
       WHERE af.person_id = ${personId})`;

// JSON keeps numbers as numbers (ids are far below 2^53) and dates as 'YYYY-MM-DD', as the row parsers do.
export const LOAD_SQL = `
  SELECT c.*, a.name AS claimant_name, a.kind AS claimant_kind,
    ${rolesOf('c.claimant_id')} AS affiliations,
    (SELECT json_agg(json_build_object('claim_id', s.claim_id, 'document_id', s.document_id, 'quote', s.quote, 'prefix', s.prefix, 'suffix', s.suffix,
        'start_offset', s.start_offset, 'end_offset', s.end_offset, 'title', d.title, 'url', d.url, 'publisher_id', d.publisher_id,
        'publisher_name', p.name, 'published_on', d.published_on, 'published_precision', d.published_precision) ORDER BY s.position)
       FROM claim_sources s JOIN documents d ON d.id = s.document_id LEFT JOIN actors p ON p.id = d.publisher_id
       WHERE s.claim_id = c.id) AS sources,
    (SELECT json_agg(json_build_object('id', r.id, 'claim_id', r.claim_id, 'type', r.type, 'related_claim_id', r.related_claim_id,
        'asserted_by', r.asserted_by, 'asserted_by_name', ra.name) ORDER BY r.id)
       FROM claim_relations r JOIN actors ra ON ra.id = r.asserted_by
       WHERE r.claim_id = c.id OR r.related_claim_id = c.id) AS relations
  FROM claims c JOIN actors a ON a.id = c.claimant_id
  WHERE c.id = ANY(?)`;


/** The role the claimant held when the figure was stated (or as of it), else their current or first role. */
export function roleAt<A extends { from_date: string | null; to_date: string | null }>(affiliations: A[], date: string | null): A | undefined {
  if (affiliations.length === 0) return undefined;
  if (date) {
    const held = affiliations.find((a) => (a.from_date === null || a.from_date <= date) && (a.to_date === null || a.to_date >= date));
    if (held) return held;
  }
  return affiliations.find((a) => a.to_date === null) ?? affiliations[0];
}

/** The lexemes quoted in a tsquery's text form (`'kazakh' & 'women'`; a quote inside a lexeme is doubled). */
export function queryLexemes(tree: string): Set<string> {
  return new Set([...tree.matchAll(/'((?:[^']|'')*)'/g)].map((m) => m[1].replace(/''/g, "'")));
}

/** The served claim of a row with what LOAD_SQL joins to it. */
export function toClaim(row: LoadedRow): Claim {
  const id = row.id;
  const role = row.claimant_kind === 'person' ? roleAt(row.affiliations ?? [], row.stated_on ?? row.as_of) : undefined;
  const served = role ? toAffiliation(role) : undefined;
  return {
    id: row.id,
    key: row.key,
    metric: row.metric,
    country: row.country,
    group: row.group_slug,
    location: row.location,
    value: row.value,
    value_low: row.value_low,
    value_high: row.value_high,
    approximation: row.approximation,
    value_text: row.value_text,
    as_of: formatPartialDate(row.as_of, row.as_of_precision),
    stated_on: formatPartialDate(row.stated_on, row.stated_precision),
    context: row.context,
    claimant: { id: row.claimant_id, name: row.claimant_name, kind: row.claimant_kind, role: served?.role ?? null, organization: served?.organization ?? null },
    sources: (row.sources ?? []).map((s) => ({
      document: {
        id: s.document_id, title: s.title, url: s.url,
        publisher: s.publisher_id === null ? null : { id: s.publisher_id, name: s.publisher_name },
        published_on: formatPartialDate(s.published_on, s.published_precision),
      },
      quote: s.quote, prefix: s.prefix, suffix: s.suffix, start: s.start_offset, end: s.end_offset,
    })),
    relations: (row.relations ?? []).map((r) => (r.claim_id === id
      ? { type: r.type, claim_id: r.related_claim_id, asserted_by: { id: r.asserted_by, name: r.asserted_by_name } }
      : { type: INVERSE[r.type], claim_id: r.claim_id, asserted_by: { id: r.asserted_by, name: r.asserted_by_name } })),
    rank: row.rank,
    status: row.status,
    retraction_reason: row.retraction_reason,
    credibility: row.credibility,
    notes: row.notes,
    version: row.version,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}

export class ClaimStore {
  constructor(private readonly db: Db) {}

  /**
   * The served claims for these ids, in the same order; unknown ids are skipped. One statement: PostgreSQL
   * aggregates each claim's claimant roles, sources and relations to JSON, so a page of 50 costs one round
   * trip instead of four (see bench/README.md: it halved the server's CPU per list request).
   */
  async load(ids: number[], db: Conn = this.db): Promise<Claim[]> {
    if (ids.length === 0) return [];
    const { rows }: { rows: LoadedRow[] } = await db.raw(LOAD_SQL, [ids]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.filter((id) => byId.has(id)).map((id) => toClaim(byId.get(id)!));
  }

  /** The claims as served at an instant: each one's last revision snapshot recorded at or before it; one created later is left out. */
  async loadAsRecorded(ids: number[], instant: string, db: Conn = this.db): Promise<Claim[]> {
    if (ids.length === 0) return [];
    const rows: { snapshot: Claim }[] = await db('revisions').distinctOn('entity_id').select('snapshot')
      .where({ entity: 'claim' }).whereRaw('entity_id = ANY(?::bigint[])', [ids]).whereRaw(recordedBy('created_at'), [instant])
      .orderBy([{ column: 'entity_id' }, { column: 'version', order: 'desc' }]);
    const byId = new Map(rows.map((r) => [r.snapshot.id, r.snapshot]));
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
    const { rows } = await this.db.raw(`
      SELECT querytree(websearch_to_tsquery('english'::regconfig, ?)) AS tree,
        (SELECT coalesce(json_agg(json_build_array(w, tsvector_to_array(to_tsvector('english'::regconfig, w)))), '[]'::json)
           FROM unnest(?::text[]) AS w) AS lexemes`, [q, distinct]);
    const terms = queryLexemes(rows[0].tree as string);
    const lexemes = rows[0].lexemes as [string, string[]][];
    return new Set(lexemes.filter(([, ls]) => ls.some((l) => terms.has(l))).map(([w]) => w));
  }

  async lock(trx: Knex.Transaction, id: number): Promise<ClaimRow | undefined> {
    return trx<ClaimRow>('claims').where({ id }).forUpdate().first();
  }

  /** A new version for claims whose served form changed through another record (a quote located anew). */
  async touch(trx: Knex.Transaction, ids: number[]): Promise<void> {
    await trx('claims').whereIn('id', ids).update({ version: trx.raw('version + 1'), updated_at: trx.fn.now() });
  }

  /**
   * Locks claims in id order. Writes that link claims lock every claim whose status they may change up front,
   * in one order, so two editors superseding the same claim wait for each other instead of deadlocking.
   */
  async lockInOrder(trx: Knex.Transaction, ids: number[]): Promise<void> {
    const unique = [...new Set(ids)];
    if (unique.length > 0) await trx('claims').whereIn('id', unique).orderBy('id').forUpdate().select('id');
  }

  async update(trx: Knex.Transaction, id: number, fields: Partial<ClaimFields>): Promise<void> {
    await trx('claims').where({ id }).update({ ...fields, version: trx.raw('version + 1'), updated_at: trx.fn.now() });
  }

  async replaceSources(trx: Knex.Transaction, claimId: number, sources: SourceToSave[]): Promise<void> {
    await trx('claim_sources').where({ claim_id: claimId }).delete();
    await trx('claim_sources').insert(sources.map((s, position) => ({
      claim_id: claimId,
      document_id: s.document_id,
      quote: s.quote,
      prefix: s.location?.prefix ?? null,
      suffix: s.location?.suffix ?? null,
      start_offset: s.location?.start ?? null,
      end_offset: s.location?.end ?? null,
      position,
    })));
  }

  async outgoingRelations(db: Conn, claimId: number): Promise<ClaimRelationRow[]> {
    return db<ClaimRelationRow>('claim_relations').where({ claim_id: claimId }).orderBy('id');
  }

  async replaceRelations(trx: Knex.Transaction, claimId: number, relations: RelationToSave[]): Promise<void> {
    await trx('claim_relations').where({ claim_id: claimId }).delete();
    if (relations.length === 0) return;
    await trx('claim_relations').insert(relations.map((r) => ({ claim_id: claimId, ...r })));
  }

  /**
   * Serialises every write that adds links of an acyclic type (until the transaction ends): a cycle check reads
   * the graph, and two writers that each check before the other commits could each close half of a loop.
   */
  async lockRelationGraph(trx: Knex.Transaction): Promise<void> {
    await trx.raw('SELECT pg_advisory_xact_lock(?::bigint)', [RELATION_GRAPH_LOCK]);
  }

  /**
   * Of the claims `targets`, those from which `from` can already be reached along links of `type`: linking
   * `from` to one of them with that type would close a loop.
   */
  async reaching(db: Conn, type: string, from: number, targets: number[]): Promise<number[]> {
    if (targets.length === 0) return [];
    const { rows } = await db.raw(`
      WITH RECURSIVE reach(start, id) AS (
        SELECT t, t FROM unnest(?::bigint[]) AS t
        UNION
        SELECT reach.start, r.related_claim_id FROM claim_relations r JOIN reach ON r.claim_id = reach.id
        WHERE r.type = ? AND reach.id <> ?
      ) SELECT DISTINCT start FROM reach WHERE id = ?`, [targets, type, from, from]);
    return rows.map((r: { start: string | number }) => Number(r.start));
  }

  /** Locks these claims and tells, for each, its status and whether a claim that is not retracted supersedes it. */
  async supersessionStates(trx: Knex.Transaction, ids: number[]): Promise<Map<number, { status: string; superseded: boolean }>> {
    const { rows } = await trx.raw(`
      SELECT c.id, c.status, EXISTS (
        SELECT 1 FROM claim_relations r JOIN claims s ON s.id = r.claim_id
        WHERE r.related_claim_id = c.id AND r.type = 'supersedes' AND s.status <> 'retracted'
      ) AS superseded
      FROM claims c WHERE c.id = ANY(?::bigint[]) ORDER BY c.id FOR UPDATE OF c`, [ids]);
    return new Map(rows.map((r: { id: number; status: string; superseded: boolean }) => [Number(r.id), { status: r.status, superseded: r.superseded }]));
  }

  /** Sets the status of each claim (a new version), in one statement; returns their new versions and update times. */
  async setStatuses(trx: Knex.Transaction, changes: { id: number; status: string }[]): Promise<Map<number, { version: number; updated_at: string }>> {
    const { rows } = await trx.raw(`
      UPDATE claims c SET status = v.status, version = c.version + 1, updated_at = CURRENT_TIMESTAMP
      FROM unnest(?::bigint[], ?::text[]) AS v(id, status) WHERE c.id = v.id
      RETURNING c.id, c.version, c.updated_at`, [changes.map((c) => c.id), changes.map((c) => c.status)]);
    return new Map(rows.map((r: { id: number; version: number; updated_at: Date }) => [Number(r.id), { version: r.version, updated_at: r.updated_at.toISOString() }]));
  }

  /** The whole supersession chain `id` is part of, oldest first (by the supersedes order, then as_of). */
  async supersessionChain(id: number): Promise<{ claim_id: number; value: number | null; value_text: string; as_of: string | null; status: string }[]> {
    const { rows } = await this.db.raw(`
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
      ORDER BY depth.supersedes_n, c.as_of NULLS FIRST, c.id`, [id]);
    if (rows.length <= 1) return [];
    return rows.map((r: ClaimRow) => ({
      claim_id: Number(r.id), value: r.value === null ? null : Number(r.value), value_text: r.value_text,
      as_of: formatPartialDate(r.as_of, r.as_of_precision), status: r.status,
    }));
  }

  /** One page of claim ids (with their sort keys, and the snapshots when time-travelling), plus one row more when another page follows. */
  async listIds(filter: ClaimFilter): Promise<ClaimPageRow[]> {
    return claimPageQuery(this.db, filter);
  }

}
