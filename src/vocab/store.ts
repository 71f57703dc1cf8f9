import { canonicalText } from '../canonicalText';
import type { PlaceKind } from '../closedSets';
import type { Db } from '../db/knex';
import { withLock } from '../db/locks';
import { formerCodes } from '../extract/gazetteerFile';
import { NAME_KEY, NAME_KEYS, nameKey } from '../db/nameKey';
import type { Revised } from '../revisions/reason';

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

/** The lookups a PlaceIndex answers from, built together from one read of the countries table. */
interface PlaceLookups {
  byCode: Map<string, CountryRow>;
  byWord: Map<string, string>;
  /** The same without the codes: the words the extractor reads in text (names, aliases, demonyms, their plurals). */
  byName: Map<string, string>;
  /** "kazakhs" → KZ: a demonym's plural names its people. Only a demonym's: "CAS" is not the plural of CA (Canada). */
  byDemonymPlural: Map<string, string>;
  subdivisions: Map<string, CountryRow[]>;
}

/**
 * A word of a place as every lookup compares it: as names of actors and groups are (nameKey: NFKC, case-folded, blanks
 * collapsed), so the fullwidth "Ｓｕｇｈｄ" and "SUGHD" are "Sughd".
 */
export const placeWordKey = (word: string): string => nameKey(word);

/**
 * How long a process answers from the places it read before reading them again on a request (PlaceIndex.fresh): a
 * place an editor adds through another server process counts here within this time; one added through this process,
 * at once (refresh after the write).
 */
export const PLACES_MAX_AGE_MS = 30_000;

/** A failed read of the places, told on stderr as the log's warnings are (one JSON line), for holders with no logger. */
export function warnPlacesUnread(err: unknown): void {
  const line = { level: 40, time: Date.now(), msg: 'could not read the places again: serving the places known' };
  process.stderr.write(`${JSON.stringify({ ...line, err: err instanceof Error ? err.message : String(err) })}\n`);
}

/**
 * How long a read of the places may go unanswered before it counts as failed (reported, the places known kept): a read
 * the database never answers (frozen, a lock held on the table with no lock limit) had kept `reading` set, so no
 * request started another read and a writer's refresh waited as long, its write committed and its answer not given.
 */
export const PLACES_READ_LIMIT_MS = 10_000;

/**
 * Countries, their subdivisions, regions and groupings: read from the database and resolved in memory. Every service
 * shares one index; a write of a place refreshes it in place before answering, and a request finding it older than
 * its maximum age starts a read in the background (places another server process added) and goes on with the places
 * known.
 */
export class PlaceIndex {
  private lookups: PlaceLookups;
  private loadedAt: number;
  private reading: Promise<void> | null = null;
  private readsStarted = 0;
  private readApplied = 0;
  /**
   * Told of a read of the places that failed; the places known are kept. The app logs it with its logger; every other
   * holder (the seed loader, scripts, tests) writes it to stderr (warnPlacesUnread), never silently.
   */
  onReadError: (err: unknown) => void = warnPlacesUnread;

  constructor(
    rows: CountryRow[],
    private readonly db?: Db,
    private readonly maxAgeMs: number = PLACES_MAX_AGE_MS,
    private readonly now: () => number = Date.now,
    private readonly readLimitMs: number = PLACES_READ_LIMIT_MS,
  ) {
    this.lookups = PlaceIndex.index(rows);
    this.loadedAt = this.now();
  }

  private static index(rows: CountryRow[]): PlaceLookups {
    const lookups: PlaceLookups = {
      byCode: new Map(),
      byWord: new Map(),
      byName: new Map(),
      byDemonymPlural: new Map(),
      subdivisions: new Map(),
    };
    for (const row of rows) {
      lookups.byCode.set(row.code, row);
      if (row.within) lookups.subdivisions.set(row.within, [...(lookups.subdivisions.get(row.within) ?? []), row]);
    }
    // A word that names both a subdivision and another place names the other place: a subdivision added later must
    // not change what "Georgian" or "Punjab" meant in filters and new claims.
    const subdivisionsFirst = [...rows.filter((r) => r.kind === 'subdivision'), ...rows.filter((r) => r.kind !== 'subdivision')];
    for (const row of subdivisionsFirst) {
      lookups.byWord.set(placeWordKey(row.code), row.code);
      for (const word of [row.name, ...row.aliases, ...row.demonyms]) {
        lookups.byWord.set(placeWordKey(word), row.code);
        lookups.byName.set(placeWordKey(word), row.code);
      }
      for (const demonym of row.demonyms) lookups.byDemonymPlural.set(`${placeWordKey(demonym)}s`, row.code);
    }
    // A subdivision held by a code ISO 3166-2 has replaced is found by its code of today, and one held by today's code
    // by the former one (claims stored with IN-OR, the extractor proposing IN-OD), unless the ledger holds that code too.
    for (const [was, now] of formerCodes()) {
      const [held, other] = lookups.byCode.has(was) ? [was, now] : lookups.byCode.has(now) ? [now, was] : [null, null];
      if (held && other && !lookups.byCode.has(other) && !lookups.byWord.has(placeWordKey(other)))
        lookups.byWord.set(placeWordKey(other), held);
    }
    return lookups;
  }

  static async load(db: Db, maxAgeMs?: number, now?: () => number, readLimitMs?: number): Promise<PlaceIndex> {
    return new PlaceIndex(await PlaceIndex.rows(db), db, maxAgeMs, now, readLimitMs);
  }

  static rows(db: Db): Promise<CountryRow[]> {
    return db<CountryRow>('countries').select('*').orderBy('code');
  }

  /**
   * Reads the places again, from a read started after this call: a writer's refresh sees its own committed write (a read
   * already running may have started before it). Reads may overlap; the latest started is kept, an older one finishing
   * after it is dropped. A read unanswered after `readLimitMs` fails (its rows, should they come later, are still taken
   * if no later read's were): the next request may start another. The index is swapped whole, never changed in place,
   * so an extraction reading `all()` meanwhile has the places before or after the read, never half of them.
   */
  refresh(): Promise<void> {
    if (!this.db) return Promise.resolve();
    const mine = ++this.readsStarted;
    const rows = PlaceIndex.rows(this.db).then((found) => {
      if (mine < this.readApplied) return;
      this.readApplied = mine;
      this.lookups = PlaceIndex.index(found);
      this.loadedAt = this.now();
    });
    rows.catch(() => undefined);
    let limit: NodeJS.Timeout | undefined;
    const unanswered = new Promise<never>((_, reject) => {
      limit = setTimeout(
        () => reject(new Error(`the read of the places went unanswered for ${this.readLimitMs} ms: the places known are kept`)),
        this.readLimitMs,
      );
      limit.unref();
    });
    const read = Promise.race([rows, unanswered]).finally(() => clearTimeout(limit));
    this.reading = read;
    read
      .finally(() => {
        if (this.reading === read) this.reading = null;
      })
      .catch(() => undefined);
    return read;
  }

  /**
   * A writer's refresh, after its write committed: the write succeeded whatever this read does, so a failed read is
   * reported (onReadError) rather than thrown (the client would be told 500 and its retry 409), and the places count as
   * stale, so the next request reads them again (fresh).
   */
  async refreshAfterWrite(): Promise<void> {
    try {
      await this.refresh();
    } catch (err) {
      this.loadedAt = Number.NEGATIVE_INFINITY;
      this.onReadError(err);
    }
  }

  /**
   * Starts a read of the places in the background when they are older than their maximum age (another process may have
   * added one) and no read is running: one at a time. Never waits for it: the request goes on with the places known (a
   * stalled database must not hold up a static asset or a 404). A failed read is reported (onReadError) and keeps the
   * places known; the first request after another maximum age tries again. Returns nothing, so that nobody awaits it
   * for the read (it returned a promise always resolved, which tests raced): `settled()` waits for the read.
   */
  fresh(): void {
    if (this.db && !this.reading && this.now() - this.loadedAt >= this.maxAgeMs)
      this.refresh().catch((err: unknown) => {
        this.loadedAt = this.now();
        this.onReadError(err);
      });
  }

  /** Settles when the read running, if any, has (for tests and a clean shutdown); never rejects. */
  async settled(): Promise<void> {
    await this.reading?.catch(() => undefined);
  }

  /** "KZ", "kz", "Kazakhstan", "Kazakh", "Kazakhs", "Central Asia", "ru-ce", "Chechens" → code; null when unknown. */
  resolve(ref: string): string | null {
    const word = placeWordKey(ref);
    return this.lookups.byWord.get(word) ?? this.lookups.byDemonymPlural.get(word) ?? null;
  }

  /** The place a name, alias, demonym or a demonym's plural names (not a code: text holds none), or null. */
  named(word: string): string | null {
    const key = placeWordKey(word);
    return this.lookups.byName.get(key) ?? this.lookups.byDemonymPlural.get(key) ?? null;
  }

  get(code: string): CountryRow | undefined {
    return this.lookups.byCode.get(code);
  }

  all(): CountryRow[] {
    return [...this.lookups.byCode.values()];
  }

  /** The subdivisions within a country (RU-CE, RU-DA… within RU), by code; none for any other place. */
  subdivisionsOf(code: string): CountryRow[] {
    return this.lookups.subdivisions.get(code) ?? [];
  }
}

/** The vocabularies as a reading of text takes them, read in one snapshot (`readingVocabulary`). */
export interface ReadingVocabulary {
  groups: { slug: string; name: string; aliases: string[] }[];
  within: { name: string; country: string; code: string | null; aliases: string[]; demonyms: string[] }[];
  metrics: { code: string; label: string }[];
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

  /**
   * What a reading of text takes of the vocabularies (groups, places within countries, metrics), in one statement and
   * so one snapshot: a write that moves a word from one to another (an alias taken from a group and given to a place, in
   * one transaction) is seen whole or not at all. Read as three queries on three of the pool's connections, one could
   * see the write and another not: the word in both, or in neither (a write committed between them). One connection,
   * not three, for each text read.
   */
  async readingVocabulary(): Promise<ReadingVocabulary> {
    const { rows } = await this.db.raw<{ rows: ReadingVocabulary[] }>(
      `SELECT
         (SELECT coalesce(json_agg(json_build_object('slug', slug, 'name', name, 'aliases', aliases) ORDER BY slug), '[]') FROM groups) AS groups,
         (SELECT coalesce(json_agg(json_build_object('name', name, 'country', country, 'code', code, 'aliases', aliases, 'demonyms', demonyms) ORDER BY name), '[]')
            FROM places_within) AS within,
         (SELECT coalesce(json_agg(json_build_object('code', code, 'label', label) ORDER BY code), '[]') FROM metrics) AS metrics`,
    );
    return rows[0];
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
   * Runs `write` in a transaction holding the lock on the vocabulary's words (src/db/locks.ts: one lock for every
   * place's and group's words, whose writes are rare), with a store bound to it and the places as the transaction
   * reads them: two writers, of a place or a group, cannot both find a word free and both take it.
   */
  async withWordsLocked<T>(write: (store: VocabularyStore, places: PlaceIndex) => Promise<T>): Promise<T> {
    return withLock(this.db, 'vocabulary words', async (trx) =>
      write(new VocabularyStore(trx), new PlaceIndex(await PlaceIndex.rows(trx))),
    );
  }

  async createPlace(place: Pick<CountryRow, 'code' | 'kind' | 'name' | 'within' | 'aliases' | 'demonyms'>): Promise<CountryRow> {
    const [row] = await this.db<CountryRow>('countries')
      .insert({ ...place, m49: null, members: [], note: null })
      .returning('*');
    return row;
  }

  /** A place's name and words, as an editor adds to them or an admin corrects them: claims keep referring to its code. */
  async updatePlace(code: string, fields: Partial<Pick<CountryRow, 'name' | 'aliases' | 'demonyms'>>): Promise<CountryRow | undefined> {
    const [row] = await this.db<CountryRow>('countries').where({ code }).update(fields).returning('*');
    return row;
  }

  /**
   * What names a place, by what: the claims, actors and documents that name it now or in any revision of their history
   * (a claim's country or one of its locations, an actor's country; a revision's snapshot or the value an update changed
   * from: a history must still name places that exist), the places within it (the ledger's places_within rows, a
   * subdivision's country) and the groupings it is a member of.
   */
  async placeReferences(code: string): Promise<{ records: Record<Revised, number>; within: number; groupings: number }> {
    const { rows } = await this.db.raw(
      `WITH named AS (
         SELECT 'claim' AS entity, id FROM claims WHERE country = :code OR :code = ANY(location)
         UNION SELECT 'actor', id FROM actors WHERE country = :code
         UNION SELECT entity, entity_id FROM revisions
          WHERE snapshot->>'country' = :code OR snapshot->'location' @> to_jsonb(:code::text)
             OR changes->'country'->>'from' = :code OR changes->'location'->'from' @> to_jsonb(:code::text))
       SELECT (SELECT count(*) FROM named WHERE entity = 'claim')::int AS claim,
              (SELECT count(*) FROM named WHERE entity = 'actor')::int AS actor,
              (SELECT count(*) FROM named WHERE entity = 'document')::int AS document,
              ((SELECT count(*) FROM places_within WHERE country = :code OR code = :code)
                + (SELECT count(*) FROM countries WHERE within = :code))::int AS within,
              (SELECT count(*) FROM countries WHERE :code = ANY(members))::int AS groupings`,
      { code },
    );
    const [{ claim, actor, document, within, groupings }] = rows;
    return { records: { claim, actor, document }, within, groupings };
  }

  /** Deletes a place; whether it was there. */
  async deletePlace(code: string): Promise<boolean> {
    return (await this.db<CountryRow>('countries').where({ code }).delete()) > 0;
  }

  async createGroup(group: Omit<GroupRow, 'created_at'>): Promise<GroupRow> {
    const [row] = await this.db<GroupRow>('groups').insert(group).returning('*');
    return row;
  }

  /**
   * An admin's correction (claims keep referring to the same code), made once `check` has seen the metric as it stands,
   * its row locked; undefined when there is none.
   */
  async updateMetric(
    code: string,
    fields: Partial<Omit<MetricRow, 'code' | 'created_at'>>,
    check: (held: MetricRow) => void,
  ): Promise<MetricRow | undefined> {
    return this.db.transaction(async (trx) => {
      const held = await trx<MetricRow>('metrics').where({ code }).forUpdate().first();
      if (!held) return undefined;
      check(held);
      const [row] = await trx<MetricRow>('metrics').where({ code }).update(fields).returning('*');
      return row;
    });
  }

  /** An admin's correction: claims keep referring to the same slug. */
  async updateGroup(slug: string, fields: Partial<Omit<GroupRow, 'slug' | 'created_at'>>): Promise<GroupRow | undefined> {
    const [row] = await this.db<GroupRow>('groups').where({ slug }).update(fields).returning('*');
    return row;
  }
}
