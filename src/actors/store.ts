import type { Knex } from 'knex';
import type { ActorKind, ReliabilityGrade } from '../closedSets';
import { formatPartialDate, parsePartialDate } from '../dates';
import { containsPattern, Db, NameSearchIndex, orderByKey, whereWordParts } from '../db/knex';
import { NAME_KEY, NAME_KEYS } from '../db/nameKey';
import type { ActorRow, AffiliationRow } from '../db/tables';

export interface AffiliationInput {
  organization_id: number;
  role: string;
  from?: string | null;
  to?: string | null;
}

export interface Affiliation {
  organization: { id: number; name: string };
  role: string;
  from: string | null;
  to: string | null;
}

export interface Actor {
  id: number;
  kind: ActorKind;
  name: string;
  country: string | null;
  aliases: string[];
  affiliations: Affiliation[];
  reliability: ReliabilityGrade | null;
  notes: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export type ActorFields = Pick<ActorRow, 'kind' | 'name' | 'country' | 'aliases' | 'reliability' | 'notes'>;

export interface ActorFilter {
  kind?: ActorKind;
  q?: string;
  afterId?: number;
  limit: number;
}

export type AffiliationWithOrg = AffiliationRow & { organization_name: string };

export function toAffiliation(row: AffiliationWithOrg): Affiliation {
  return {
    organization: { id: row.organization_id, name: row.organization_name },
    role: row.role,
    from: formatPartialDate(row.from_date, row.from_precision),
    to: formatPartialDate(row.to_date, row.to_precision),
  };
}

export function toActor(row: ActorRow, affiliations: AffiliationWithOrg[]): Actor {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    country: row.country,
    aliases: row.aliases,
    affiliations: affiliations.map(toAffiliation),
    reliability: row.reliability,
    notes: row.notes,
    version: row.version,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}

export class ActorStore {
  constructor(
    private readonly db: Db,
    private readonly search: NameSearchIndex = 'trigrams',
  ) {}

  /** Affiliations of the given people, with their organizations' names, in the editor's order. */
  async affiliationsOf(personIds: number[], db: Knex | Knex.Transaction = this.db): Promise<Map<number, AffiliationWithOrg[]>> {
    const rows: AffiliationWithOrg[] =
      personIds.length === 0
        ? []
        : await db('actor_affiliations as af')
            .join('actors as o', 'o.id', 'af.organization_id')
            .whereIn('af.person_id', personIds)
            .orderBy(['af.person_id', 'af.position', 'af.id'])
            .select('af.*', 'o.name as organization_name');
    const map = new Map<number, AffiliationWithOrg[]>();
    for (const row of rows) map.set(row.person_id, [...(map.get(row.person_id) ?? []), row]);
    return map;
  }

  async get(id: number, db: Knex | Knex.Transaction = this.db, forUpdate = false): Promise<Actor | null> {
    const query = db<ActorRow>('actors').where({ id }).first();
    const row = await (forUpdate ? query.forUpdate() : query);
    if (!row) return null;
    const affiliations = await this.affiliationsOf([id], db);
    return toActor(row, affiliations.get(id) ?? []);
  }

  async list(filter: ActorFilter): Promise<Actor[]> {
    const query = this.db<ActorRow>('actors').limit(filter.limit);
    orderByKey(query, 'id', this.search, filter.q);
    if (filter.kind) query.where('kind', filter.kind);
    if (filter.afterId) query.where('id', '>', filter.afterId);
    if (filter.q) {
      // search_text (migration 20261225010000) is the name and each alias folded, each after a U+001F: q is inside it
      // exactly when it is inside the name or an alias, as q holds no U+001F (no stored text holds a control character,
      // so such a q finds none). The trigram index (migration 20261215020000) answers the same test when q gives it
      // trigrams to look up; without pg_trgm, the word parts' index finds the actors that may match (20261217010000).
      if (filter.q.includes('\u001f')) query.whereRaw('false');
      whereWordParts(query, this.search, 'search_text', filter.q);
      query.whereRaw('search_text LIKE ?', [containsPattern(filter.q)]);
    }
    const rows = await query;
    const affiliations = await this.affiliationsOf(rows.map((r) => r.id));
    return rows.map((r) => toActor(r, affiliations.get(r.id) ?? []));
  }

  /**
   * Actors whose name or an alias is one of `names`, surrounding blanks and case aside, in id order: "the actor named
   * so", looked up exactly (a search for names containing it, cut at a few results, may miss it behind longer names).
   */
  async named(names: string[], db: Knex | Knex.Transaction = this.db): Promise<Actor[]> {
    if (names.length === 0) return [];
    const rows = await actorsNamedQuery(db, names);
    const affiliations = await this.affiliationsOf(
      rows.map((r) => r.id),
      db,
    );
    return rows.map((r) => toActor(r, affiliations.get(r.id) ?? []));
  }

  /**
   * Locks `names` (as actors are matched: actorNameKey) until the transaction `db` ends: a second transaction locking
   * one of them waits for the first to end. Row locks of actor_name_locks, not advisory locks: they take no entry of
   * PostgreSQL's shared lock table, so a transaction creating thousands of actors holds as few of those as one creating
   * one. In the order of the hash the rows are keyed by, in both statements: two transactions locking overlapping names
   * take them in the same order, so the second waits for the first instead of each holding a name the other waits for
   * (a deadlock, one of them killed). A name the transaction holds already is locked again without a wait.
   * A name's row is inserted once (a second inserter waits for the first's COMMIT, then inserts nothing), then locked
   * FOR UPDATE, which marks the row and writes no new version of it: an UPDATE (`ON CONFLICT DO UPDATE`, until round
   * 42) left a dead version of every name locked again, for VACUUM.
   */
  async lockNames(db: Knex.Transaction | Knex, names: string[]): Promise<void> {
    if (names.length === 0) return;
    const hashes = `SELECT DISTINCT hashtext(${NAME_KEY('n')}) AS h FROM unnest(?::text[]) AS n ORDER BY h`;
    await db.raw(`INSERT INTO actor_name_locks (name_hash) ${hashes} ON CONFLICT (name_hash) DO NOTHING`, [names]);
    await db.raw(`SELECT name_hash FROM actor_name_locks WHERE name_hash IN (${hashes}) ORDER BY name_hash FOR UPDATE`, [names]);
  }

  /** Ids among `ids` that are not actors. */
  async missing(ids: number[], db: Knex | Knex.Transaction = this.db): Promise<number[]> {
    if (ids.length === 0) return [];
    const found = new Set((await db('actors').whereIn('id', ids).select('id')).map((r: { id: number }) => r.id));
    return ids.filter((id) => !found.has(id));
  }

  /** The kind of each of these actors; with `lock`, their rows stay locked FOR SHARE (in id order) until the transaction ends. */
  async kinds(ids: number[], db: Knex | Knex.Transaction = this.db, lock = false): Promise<Map<number, string>> {
    if (ids.length === 0) return new Map();
    const query = db('actors')
      .whereIn('id', [...new Set(ids)])
      .orderBy('id')
      .select('id', 'kind');
    const rows: { id: number; kind: string }[] = await (lock ? query.forShare() : query);
    return new Map(rows.map((r) => [r.id, r.kind]));
  }

  /** The people affiliated with an organization. */
  async affiliatedWith(organizationId: number, db: Knex | Knex.Transaction = this.db): Promise<number[]> {
    const rows: { person_id: number }[] = await db('actor_affiliations')
      .where({ organization_id: organizationId })
      .distinct('person_id')
      .orderBy('person_id');
    return rows.map((r) => Number(r.person_id));
  }

  async insert(trx: Knex.Transaction, fields: ActorFields): Promise<number> {
    const [row] = await trx('actors').insert(fields).returning('id');
    return row.id;
  }

  /** New actors in one statement (each with its client key, when `keys` gives one); their ids in the order given. */
  async insertMany(trx: Knex.Transaction, fields: ActorFields[], keys: (string | undefined)[] = []): Promise<number[]> {
    if (fields.length === 0) return [];
    const rows: { id: number }[] = await trx('actors')
      .insert(fields.map((f, i) => (keys[i] === undefined ? f : { ...f, key: keys[i] })))
      .returning('id');
    return rows.map((r) => r.id);
  }

  /** The actors with these ids, in the order given (unknown ids left out). */
  async getMany(ids: number[], db: Knex | Knex.Transaction = this.db): Promise<Actor[]> {
    const rows: ActorRow[] = ids.length === 0 ? [] : await db<ActorRow>('actors').whereIn('id', ids);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const affiliations = await this.affiliationsOf(ids, db);
    return ids.flatMap((id) => (byId.has(id) ? [toActor(byId.get(id)!, affiliations.get(id) ?? [])] : []));
  }

  async update(trx: Knex.Transaction, id: number, fields: Partial<ActorFields>): Promise<void> {
    await trx('actors')
      .where({ id })
      .update({ ...fields, version: trx.raw('version + 1'), updated_at: trx.fn.now() });
  }

  async replaceAffiliations(trx: Knex.Transaction, personId: number, affiliations: AffiliationInput[]): Promise<void> {
    await trx('actor_affiliations').where({ person_id: personId }).delete();
    if (affiliations.length === 0) return;
    await trx('actor_affiliations').insert(
      affiliations.map((a, position) => {
        const from = a.from ? parsePartialDate(a.from) : null;
        const to = a.to ? parsePartialDate(a.to) : null;
        return {
          person_id: personId,
          organization_id: a.organization_id,
          role: a.role,
          from_date: from?.date ?? null,
          from_precision: from?.precision ?? null,
          to_date: to?.date ?? null,
          to_precision: to?.precision ?? null,
          position,
        };
      }),
    );
  }
}

/**
 * The actors whose name or an alias is one of `names`, both sides as NAME_KEY makes them, in id order. Written as
 * the expressions of the indexes actors_name_key_idx and actors_alias_keys_idx (migration 20261221010000), so that the
 * lookup reads those indexes, not every actor (tests/db/explain.test.ts).
 */
export function actorsNamedQuery(db: Knex | Knex.Transaction, names: string[]): Knex.QueryBuilder<ActorRow, ActorRow[]> {
  const wanted = `ARRAY(SELECT ${NAME_KEY('x')} FROM unnest(?::text[]) x)`;
  return db<ActorRow>('actors')
    .whereRaw(`${NAME_KEY('name')} = ANY(${wanted})`, [names])
    .orWhereRaw(`${NAME_KEYS('aliases')} && ${wanted}`, [names])
    .orderBy('id');
}
