import type { Knex } from 'knex';
import { toAffiliation } from '../actors/store';
import { formatPartialDate } from '../dates';
import type { Db } from '../db/knex';
import type { AffiliationRow, ClaimRelationRow, ClaimRow } from '../db/tables';
import { applyClaimFilter } from './filterQuery';
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

export interface Claim {
  id: number;
  key: string | null;
  metric: string;
  country: string;
  group: string | null;
  location: string[];
  value: number | null;
  value_low: number | null;
  value_high: number | null;
  approximation: string;
  value_text: string;
  as_of: string | null;
  stated_on: string | null;
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

export interface ClaimFilter {
  countries?: string[];
  metrics?: string[];
  groups?: string[];
  claimantIds?: number[];
  claimantName?: string;
  documentId?: number;
  statuses?: string[];
  afterId?: number;
  limit: number;
}

/** Incoming links are shown from the other side: A supersedes B reads, on B, "superseded_by A". */
const INVERSE: Record<string, string> = {
  supersedes: 'superseded_by',
  part_of: 'has_part',
  derived_from: 'source_of',
  contradicts: 'contradicts',
  corroborates: 'corroborates',
};

type ClaimWithClaimant = ClaimRow & { claimant_name: string; claimant_kind: string };
type AffiliationWithOrg = AffiliationRow & { organization_name: string };

/** The role the claimant held when the figure was stated (or as of it), else their current or first role. */
function roleAt(affiliations: AffiliationWithOrg[], date: string | null): AffiliationWithOrg | undefined {
  if (affiliations.length === 0) return undefined;
  if (date) {
    const held = affiliations.find((a) => (a.from_date === null || a.from_date <= date) && (a.to_date === null || a.to_date >= date));
    if (held) return held;
  }
  return affiliations.find((a) => a.to_date === null) ?? affiliations[0];
}

export class ClaimStore {
  constructor(private readonly db: Db) {}

  /** The served claims for these ids, in the same order; unknown ids are skipped. */
  async load(ids: number[], db: Conn = this.db): Promise<Claim[]> {
    if (ids.length === 0) return [];
    const rows: ClaimWithClaimant[] = await db('claims as c')
      .join('actors as a', 'a.id', 'c.claimant_id')
      .whereIn('c.id', ids)
      .select('c.*', 'a.name as claimant_name', 'a.kind as claimant_kind');
    // One after another: inside a transaction all three share one connection.
    const affiliations: AffiliationWithOrg[] = await db('actor_affiliations as af').join('actors as o', 'o.id', 'af.organization_id')
        .whereIn('af.person_id', [...new Set(rows.map((r) => r.claimant_id))])
        .orderBy(['af.person_id', 'af.position']).select('af.*', 'o.name as organization_name');
    const sources = await db('claim_sources as s').join('documents as d', 'd.id', 's.document_id').leftJoin('actors as p', 'p.id', 'd.publisher_id')
        .whereIn('s.claim_id', ids).orderBy(['s.claim_id', 's.position'])
        .select('s.*', 'd.title', 'd.url', 'd.publisher_id', 'p.name as publisher_name', 'd.published_on', 'd.published_precision');
    const relations: (ClaimRelationRow & { asserted_by_name: string })[] = await db('claim_relations as r').join('actors as a', 'a.id', 'r.asserted_by')
        .where((w) => w.whereIn('r.claim_id', ids).orWhereIn('r.related_claim_id', ids))
        .orderBy('r.id').select('r.*', 'a.name as asserted_by_name');
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.filter((id) => byId.has(id)).map((id) => {
      const row = byId.get(id)!;
      const role = row.claimant_kind === 'person'
        ? roleAt(affiliations.filter((a) => a.person_id === row.claimant_id), row.stated_on ?? row.as_of)
        : undefined;
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
        sources: sources.filter((s) => s.claim_id === id).map((s) => ({
          document: {
            id: s.document_id, title: s.title, url: s.url,
            publisher: s.publisher_id === null ? null : { id: s.publisher_id, name: s.publisher_name },
            published_on: formatPartialDate(s.published_on, s.published_precision),
          },
          quote: s.quote, prefix: s.prefix, suffix: s.suffix, start: s.start_offset, end: s.end_offset,
        })),
        relations: relations.filter((r) => r.claim_id === id || r.related_claim_id === id).map((r) => (r.claim_id === id
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
    });
  }

  async lock(trx: Knex.Transaction, id: number): Promise<ClaimRow | undefined> {
    return trx<ClaimRow>('claims').where({ id }).forUpdate().first();
  }

  async insert(trx: Knex.Transaction, fields: Partial<ClaimFields>): Promise<number> {
    const [row] = await trx('claims').insert(fields).returning('id');
    return row.id;
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

  /** Claims that `id` supersedes, directly or through others. */
  async supersededBy(db: Conn, id: number): Promise<number[]> {
    const { rows } = await db.raw(`
      WITH RECURSIVE chain(id) AS (
        SELECT related_claim_id FROM claim_relations WHERE claim_id = ? AND type = 'supersedes'
        UNION
        SELECT r.related_claim_id FROM claim_relations r JOIN chain ON r.claim_id = chain.id WHERE r.type = 'supersedes'
      ) SELECT id FROM chain`, [id]);
    return rows.map((r: { id: number }) => Number(r.id));
  }

  /** Claims that still supersede `id` and are not retracted. */
  async liveSuperseders(db: Conn, id: number): Promise<number[]> {
    const rows: { id: number }[] = await db('claim_relations as r').join('claims as c', 'c.id', 'r.claim_id')
      .where({ 'r.related_claim_id': id, 'r.type': 'supersedes' }).whereNot('c.status', 'retracted').select('c.id');
    return rows.map((r) => r.id);
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

  async missing(ids: number[], db: Conn = this.db): Promise<number[]> {
    if (ids.length === 0) return [];
    const found = new Set((await db('claims').whereIn('id', ids).select('id')).map((r: { id: number }) => r.id));
    return ids.filter((id) => !found.has(id));
  }

  async listIds(filter: ClaimFilter): Promise<number[]> {
    const q = applyClaimFilter(this.db('claims as c').select('c.id').orderBy('c.id').limit(filter.limit), filter, this.db);
    if (filter.afterId) q.where('c.id', '>', filter.afterId);
    return (await q).map((r: { id: number }) => r.id);
  }
}
