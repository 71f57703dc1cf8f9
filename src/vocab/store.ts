import { canonicalText } from '../canonicalText';
import type { PlaceKind } from '../closedSets';
import type { Db } from '../db/knex';
import { NAME_KEY, NAME_KEYS } from '../db/nameKey';

export interface CountryRow {
  code: string;
  kind: PlaceKind;
  name: string;
  m49: string | null;
  demonyms: string[];
  aliases: string[];
  members: string[];
  note: string | null;
  /** For a subdivision, the country it is within (RU for RU-CE); null for every other kind. */
  within: string | null;
}

export interface MetricRow {
  code: string;
  label: string;
  unit: string;
  definition: string;
  created_at: Date;
}

export interface GroupRow {
  slug: string;
  name: string;
  aliases: string[];
  description: string | null;
  created_at: Date;
}

/** Countries, their subdivisions, regions and groupings are reference data: loaded once and resolved in memory. */
export class PlaceIndex {
  private readonly byCode = new Map<string, CountryRow>();
  private readonly byWord = new Map<string, string>();
  /** "kazakhs" → KZ: a demonym's plural names its people. Only a demonym's: "CAS" is not the plural of CA (Canada). */
  private readonly byDemonymPlural = new Map<string, string>();
  private readonly subdivisions = new Map<string, CountryRow[]>();

  constructor(rows: CountryRow[]) {
    for (const row of rows) {
      this.byCode.set(row.code, row);
      if (row.within) this.subdivisions.set(row.within, [...(this.subdivisions.get(row.within) ?? []), row]);
    }
    // A word that names both a subdivision and another place names the other place: a subdivision added later must
    // not change what "Georgian" or "Punjab" meant in filters and new claims.
    const subdivisionsFirst = [...rows.filter((r) => r.kind === 'subdivision'), ...rows.filter((r) => r.kind !== 'subdivision')];
    for (const row of subdivisionsFirst) {
      for (const word of [row.code, row.name, ...row.aliases, ...row.demonyms]) {
        this.byWord.set(canonicalText(word).toLowerCase(), row.code);
      }
      for (const demonym of row.demonyms) this.byDemonymPlural.set(`${canonicalText(demonym).toLowerCase()}s`, row.code);
    }
  }

  static async load(db: Db): Promise<PlaceIndex> {
    return new PlaceIndex(await db<CountryRow>('countries').select('*').orderBy('code'));
  }

  /** "KZ", "kz", "Kazakhstan", "Kazakh", "Kazakhs", "Central Asia", "ru-ce", "Chechens" → code; null when unknown. */
  resolve(ref: string): string | null {
    const word = canonicalText(ref).trim().toLowerCase();
    return this.byWord.get(word) ?? this.byDemonymPlural.get(word) ?? null;
  }

  get(code: string): CountryRow | undefined {
    return this.byCode.get(code);
  }

  all(): CountryRow[] {
    return [...this.byCode.values()];
  }

  /** The subdivisions within a country (RU-CE, RU-DA… within RU), by code; none for any other place. */
  subdivisionsOf(code: string): CountryRow[] {
    return this.subdivisions.get(code) ?? [];
  }
}

export class VocabularyStore {
  /** Metric codes seen to exist. Metrics are never deleted nor renamed (no route does it), so a known code stays known. */
  private readonly knownMetrics = new Set<string>();

  constructor(private readonly db: Db) {}

  listMetrics(): Promise<MetricRow[]> {
    return this.db<MetricRow>('metrics').select('*').orderBy('code');
  }

  getMetric(code: string, db: Db = this.db): Promise<MetricRow | undefined> {
    return db<MetricRow>('metrics').where({ code }).first();
  }

  /** Whether the metric exists: asked of the database only until it is seen once (every list request names one). */
  async metricExists(code: string): Promise<boolean> {
    if (this.knownMetrics.has(code)) return true;
    const found = (await this.getMetric(code)) !== undefined;
    if (found) this.knownMetrics.add(code);
    return found;
  }

  /**
   * In a transaction of its own, though one statement: a request with an Idempotency-Key marks its save inside it
   * (savedOnce.ts), so the same request sent after an answer lost with the connection is answered 201 as the first,
   * where the insert run again had been a 409 for the code the first had taken.
   */
  createMetric(metric: Omit<MetricRow, 'created_at'>): Promise<MetricRow> {
    return this.db.transaction(async (trx) => {
      const [row] = await trx<MetricRow>('metrics').insert(metric).returning('*');
      return row;
    });
  }

  listGroups(): Promise<GroupRow[]> {
    return this.db<GroupRow>('groups').select('*').orderBy('slug');
  }

  /** Places inside a country (Chechnya → RU, Mindanao → PH), for readers of text. */
  listPlacesWithin(): Promise<{ name: string; country: string; code: string | null; aliases: string[]; demonyms: string[] }[]> {
    return this.db('places_within').select('name', 'country', 'code', 'aliases', 'demonyms').orderBy('name');
  }

  /** A slug or any alias, case-insensitively: "ISIS" → islamic-state. */
  async resolveGroup(ref: string, db: Db = this.db): Promise<GroupRow | undefined> {
    const named = canonicalText(ref).trim();
    const word = named.toLowerCase();
    // Names and aliases as every lookup by name matches them (NAME_KEY: blanks collapsed, case aside), the name given to
    // it as written: lower-cased here first, a non-ASCII capital ("État") would be folded by JavaScript and not by the
    // database's lower() (the C locale folds ASCII only), and the group would not be found by its own stored name.
    return db<GroupRow>('groups')
      .where('slug', word)
      .orWhereRaw(`${NAME_KEY('name')} = ${NAME_KEY('?::text')}`, [named])
      .orWhereRaw(`${NAME_KEYS('aliases')} @> ARRAY[${NAME_KEY('?::text')}]`, [named])
      .orderByRaw('slug = ? DESC', [word])
      .first();
  }

  /**
   * The words among `words` (a group's slug, name and aliases) that already name another group, with that group:
   * a new group must not take over "ISIS" and silently change what filters and new claims mean.
   */
  async groupNameClashes(words: string[], exceptSlug?: string): Promise<{ word: string; slug: string }[]> {
    // Compared as every lookup by name compares them (NAME_KEY: blanks collapsed, case aside), every key made by the
    // database, the one place the rule is spelt: "Islamic  State" takes over "Islamic State" as surely as "islamic state".
    const given = [...new Set(words)];
    if (given.length === 0) return [];
    const keyed: { word: string; key: string }[] = (
      await this.db.raw(`SELECT w AS word, ${NAME_KEY('w')} AS key FROM unnest(?::text[]) w`, [given])
    ).rows;
    const keys = [...new Set(keyed.map((k) => k.key))];
    const query = this.db<GroupRow>('groups')
      .where((w) =>
        w
          .whereRaw(`${NAME_KEY('slug')} = ANY(?::text[])`, [keys])
          .orWhereRaw(`${NAME_KEY('name')} = ANY(?::text[])`, [keys])
          .orWhereRaw(`${NAME_KEYS('aliases')} && ?::text[]`, [keys]),
      )
      .select('slug', this.db.raw(`array_append(array_append(${NAME_KEYS('aliases')}, ${NAME_KEY('name')}), ${NAME_KEY('slug')}) AS keys`));
    if (exceptSlug) query.whereNot('slug', exceptSlug);
    const rows = (await query) as unknown as { slug: string; keys: string[] }[];
    return keyed.flatMap(({ word, key }) => rows.filter((g) => g.keys.includes(key)).map((g) => ({ word, slug: g.slug })));
  }

  /**
   * Runs `write` in a transaction holding the lock on group names (one advisory lock for all groups: group writes
   * are rare), with a store bound to it, so two writers cannot both find a name free and both take it.
   */
  async withGroupNamesLocked<T>(write: (store: VocabularyStore) => Promise<T>): Promise<T> {
    return this.db.transaction(async (trx) => {
      await trx.raw("SELECT pg_advisory_xact_lock(hashtext('claims-ledger group names'))");
      return write(new VocabularyStore(trx));
    });
  }

  async createGroup(group: Omit<GroupRow, 'created_at'>): Promise<GroupRow> {
    const [row] = await this.db<GroupRow>('groups').insert(group).returning('*');
    return row;
  }

  /** An admin's correction: claims keep referring to the same code. */
  async updateMetric(code: string, fields: Partial<Omit<MetricRow, 'code' | 'created_at'>>): Promise<MetricRow | undefined> {
    const [row] = await this.db<MetricRow>('metrics').where({ code }).update(fields).returning('*');
    return row;
  }

  /** An admin's correction: claims keep referring to the same slug. */
  async updateGroup(slug: string, fields: Partial<Omit<GroupRow, 'slug' | 'created_at'>>): Promise<GroupRow | undefined> {
    const [row] = await this.db<GroupRow>('groups').where({ slug }).update(fields).returning('*');
    return row;
  }
}
