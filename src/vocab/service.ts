import { isOneOf, PLACE_KINDS, type PlaceKind } from '../closedSets';
import { DomainError } from '../errors';
import { gazetteerPlaces } from '../extract/gazetteerFile';
import { type CountryRow, type GroupRow, type MetricRow, type PlaceIndex, placeWordKey, type VocabularyStore } from './store';

export type MetricInput = Omit<MetricRow, 'created_at'>;
export type GroupInput = Pick<GroupRow, 'slug' | 'name'> & Partial<Omit<GroupRow, 'created_at'>>;
/** A subdivision an editor adds: its ISO 3166-2 code says the country it is within (TJ-SU within TJ). */
export type SubdivisionInput = Pick<CountryRow, 'code' | 'name'> & Partial<Pick<CountryRow, 'aliases' | 'demonyms'>>;
/** Words an editor adds to a place. */
export type PlaceWordsInput = Partial<Pick<CountryRow, 'aliases' | 'demonyms'>>;
/** An admin's correction of a place's name and words. */
export type PlacePatch = Partial<Pick<CountryRow, 'name' | 'aliases' | 'demonyms'>>;

/**
 * The vocabularies claims are written in: metrics, groups, and the countries, their subdivisions, regions and
 * groupings. Editors add metrics and groups; only admins correct one (the routes say who may), and a correction keeps
 * the code or slug that claims refer to. A group's names (slug, name, aliases) name that group only. Countries,
 * regions and groupings come with the migrations; editors add subdivisions (ISO 3166-2) and aliases and demonyms to a
 * country or subdivision, and admins correct a place's name and words. A word (code, name, alias, demonym, or a
 * demonym's plural) names one place only, as PlaceIndex resolves words: no write changes what a word meant.
 */
export class VocabularyService {
  constructor(
    private readonly store: VocabularyStore,
    private readonly places: PlaceIndex,
  ) {}

  listMetrics(): Promise<MetricRow[]> {
    return this.store.listMetrics();
  }

  /** The metric, or undefined (for readers that show a claim's metric: a claim's metric exists). */
  getMetric(code: string): Promise<MetricRow | undefined> {
    return this.store.getMetric(code);
  }

  metricExists(code: string): Promise<boolean> {
    return this.store.metricExists(code);
  }

  async metric(code: string): Promise<MetricRow> {
    const metric = await this.store.getMetric(code);
    if (!metric) throw new DomainError('not_found', `Metric ${code} does not exist.`);
    return metric;
  }

  createMetric(input: MetricInput): Promise<MetricRow> {
    return this.store.createMetric(input);
  }

  async updateMetric(code: string, input: Partial<MetricRow>): Promise<MetricRow> {
    const metric = await this.store.updateMetric(code, input);
    if (!metric) throw new DomainError('not_found', `Metric ${code} does not exist.`);
    return metric;
  }

  listGroups(): Promise<GroupRow[]> {
    return this.store.listGroups();
  }

  /** A slug, name or any alias, case-insensitively ("ISIS" is islamic-state), or undefined. */
  resolveGroup(ref: string): Promise<GroupRow | undefined> {
    return this.store.resolveGroup(ref);
  }

  /** A group by its slug, name or any alias. */
  async group(ref: string): Promise<GroupRow> {
    const group = await this.store.resolveGroup(ref);
    if (!group) throw new DomainError('not_found', `Group ${ref} does not exist.`);
    return group;
  }

  createGroup(input: GroupInput): Promise<GroupRow> {
    return this.store.withGroupNamesLocked(async (store) => {
      await refuseTakenNames(store, input);
      return store.createGroup({ aliases: [], description: null, ...input });
    });
  }

  async updateGroup(slug: string, input: Partial<GroupRow>): Promise<GroupRow> {
    const group = await this.store.withGroupNamesLocked(async (store) => {
      await refuseTakenNames(store, input, slug);
      return store.updateGroup(slug, input);
    });
    if (!group) throw new DomainError('not_found', `Group ${slug} does not exist.`);
    return group;
  }

  /** An editor's new subdivision, within the country its code names (TJ-SU within TJ). */
  async createSubdivision(input: SubdivisionInput): Promise<CountryRow> {
    refuseInvisible(input);
    const place = { code: input.code, name: input.name, aliases: input.aliases ?? [], demonyms: input.demonyms ?? [] };
    const within = input.code.split('-')[0];
    const created = await this.store.withPlaceWordsLocked(async (store, places) => {
      if (places.get(input.code))
        throw new DomainError('conflict', `Place ${input.code} exists already.`, [
          { field: '/code', message: `${input.code} exists already` },
        ]);
      if (places.get(within)?.kind !== 'country')
        throw new DomainError('invalid_record', `${within} is not a country of the ledger.`, [
          { field: '/code', message: `must start with the code of a country of the ledger (${within} is not one)` },
        ]);
      await refuseTakenWords(store, places, { ...place }, input.code, within);
      return store.createPlace({ ...place, kind: 'subdivision', within });
    });
    await this.places.refreshAfterWrite();
    return created;
  }

  /** An editor's new aliases and demonyms of a country or subdivision; words it has already are kept once. */
  async addPlaceWords(ref: string, input: PlaceWordsInput): Promise<CountryRow> {
    const code = ref.toUpperCase();
    refuseInvisible(input);
    const updated = await this.store.withPlaceWordsLocked(async (store, places) => {
      const place = places.get(code);
      if (!place) throw new DomainError('not_found', `Place ${code} does not exist.`);
      if (place.kind !== 'country' && place.kind !== 'subdivision')
        throw new DomainError('invalid_record', `Editors add words to countries and subdivisions only; ${code} is a ${place.kind}.`, [
          { field: 'code', message: `is a ${place.kind}: only an admin corrects it (PATCH /v1/countries/${code})` },
        ]);
      await refuseTakenWords(store, places, input, code, place.within ?? code, place);
      const added = (have: string[], given: string[] = []) => [
        ...have,
        ...given.filter(
          (w, i) =>
            !have.some((h) => placeWordKey(h) === placeWordKey(w)) && given.findIndex((g) => placeWordKey(g) === placeWordKey(w)) === i,
        ),
      ];
      return store.updatePlace(code, { aliases: added(place.aliases, input.aliases), demonyms: added(place.demonyms, input.demonyms) });
    });
    await this.places.refreshAfterWrite();
    return updated!;
  }

  /** An admin's correction of a place's name and words: claims keep referring to its code. */
  async updatePlace(ref: string, input: PlacePatch): Promise<CountryRow> {
    const code = ref.toUpperCase();
    refuseInvisible(input);
    const updated = await this.store.withPlaceWordsLocked(async (store, places) => {
      const place = places.get(code);
      if (!place) throw new DomainError('not_found', `Place ${code} does not exist.`);
      await refuseTakenWords(store, places, input, code, place.within ?? code, place);
      return store.updatePlace(code, input);
    });
    await this.places.refreshAfterWrite();
    return updated!;
  }

  /** Countries, subdivisions, regions and groupings, of one kind if given, with `q` in a code, name, alias or demonym. */
  listPlaces({ kind, q }: { kind?: string; q?: string }): CountryRow[] {
    if (kind !== undefined && !isOneOf(PLACE_KINDS, kind))
      throw new DomainError('invalid_input', `kind must be one of ${PLACE_KINDS.join(', ')}.`, [
        { field: 'kind', message: 'is not a known kind' },
      ]);
    const word = q?.toLowerCase();
    return this.places
      .all()
      .filter(
        (c) =>
          (!kind || c.kind === (kind as PlaceKind)) &&
          (!word || [c.code, c.name, ...c.aliases, ...c.demonyms].some((w) => w.toLowerCase().includes(word))),
      );
  }

  /** A place by code, name or demonym: "Kazakh" is KZ. */
  place(ref: string): CountryRow {
    const code = this.places.resolve(ref);
    if (code === null) throw new DomainError('not_found', `"${ref}" is not a known country, region or demonym.`);
    return this.places.get(code)!;
  }
}

/** Refuses a slug, name or alias that already names another group, naming the field it came from. */
async function refuseTakenNames(store: VocabularyStore, input: Partial<GroupRow>, exceptSlug?: string): Promise<void> {
  const fields: [string, string][] = [
    ...(input.slug ? [['/slug', input.slug] as [string, string]] : []),
    ...(input.name ? [['/name', input.name] as [string, string]] : []),
    ...(input.aliases ?? []).map((a, i) => [`/aliases/${i}`, a] as [string, string]),
  ];
  const clashes = await store.groupNameClashes(
    fields.map(([, w]) => w),
    exceptSlug,
  );
  const errors = fields.flatMap(([field, w]) =>
    clashes.filter((c) => c.word === w).map((c) => ({ field, message: `"${w}" already names group ${c.slug}` })),
  );
  if (errors.length > 0) throw new DomainError('conflict', 'A name of this group already names another group.', errors);
}

/** The fields of a place's words, each with its JSON pointer: a demonym's plural ("Sughdis") under its demonym's. */
function placeWordFields(input: PlacePatch & { code?: string }, plurals: boolean): [string, string][] {
  return [
    ...(input.code ? [['/code', input.code] as [string, string]] : []),
    ...(input.name ? [['/name', input.name] as [string, string]] : []),
    ...(input.aliases ?? []).map((a, i) => [`/aliases/${i}`, a] as [string, string]),
    ...(input.demonyms ?? []).flatMap((d, i) => [
      [`/demonyms/${i}`, d] as [string, string],
      ...(plurals ? [[`/demonyms/${i}`, `${d}s`] as [string, string]] : []),
    ]),
  ];
}

/** A format character (Unicode's Cf: zero-width spaces and joiners, direction overrides, soft hyphens), never seen. */
const FORMAT_CHARACTER = /\p{Cf}/u;
const LETTER = /\p{L}/gu;

/**
 * Refuses a word with a format character in it: "Sug\u200bhd" or "\u202eSughd" reads as "Sughd" and would be another
 * word, a second place no reader could tell from the first. And a word of fewer than two letters ("A", "-"): no
 * place's name, and one a text holds everywhere.
 */
function refuseInvisible(input: PlacePatch & { code?: string }): void {
  const errors = placeWordFields(input, false).flatMap(([field, word]) =>
    FORMAT_CHARACTER.test(word)
      ? [{ field, message: 'has an invisible format character (zero-width space or joiner, direction mark, soft hyphen)' }]
      : field !== '/code' && (word.match(LETTER) ?? []).length < 2
        ? [{ field, message: 'must have two letters at least' }]
        : [],
  );
  if (errors.length > 0) throw new DomainError('invalid_input', 'A word of this place has an invisible character in it.', errors);
}

let gazetteerWords: Map<string, Set<string>> | null = null;

/** The countries of the places the extractor's gazetteer knows by this word (one as a rule), keyed as places' words are. */
function gazetteerCountries(word: string): Set<string> | undefined {
  if (!gazetteerWords) {
    gazetteerWords = new Map();
    for (const p of gazetteerPlaces()) {
      const key = placeWordKey(p.name);
      gazetteerWords.set(key, (gazetteerWords.get(key) ?? new Set()).add(p.country));
    }
  }
  return gazetteerWords.get(placeWordKey(word));
}

/**
 * Refuses a name, alias or demonym (or a demonym's plural: "Sughdis") that already names another place, naming the
 * field it came from: words resolve as PlaceIndex resolves them, one place per word. A word the extractor's gazetteer
 * gives to a place in another country than `country` (the place's own, or the one it is within) is refused too: the
 * extractor reads the ledger's places before its gazetteer, so a subdivision TJ-PA named "Paris" would turn "70 people
 * from Paris" from FR into TJ-PA. The gazetteer's words of the same country are the place's to take ("Sughd", TJ's
 * province, as the subdivision TJ-SU). A word that names a group ("Daesh") is refused as well: a place named so would
 * read a group's name as a place. The words the place has already stay its own (an admin's PATCH sends them again).
 */
async function refuseTakenWords(
  store: VocabularyStore,
  places: PlaceIndex,
  input: PlacePatch & { code?: string },
  code: string,
  country: string,
  place?: CountryRow,
): Promise<void> {
  const own = new Set(place ? [place.code, place.name, ...place.aliases, ...place.demonyms].map(placeWordKey) : []);
  const fields = placeWordFields(input, true);
  const groups = await store.groupNameClashes(fields.map(([, word]) => word).filter((word) => !own.has(placeWordKey(word))));
  const errors = fields.flatMap(([field, word]) => {
    const named = places.resolve(word);
    if (named !== null && named !== code)
      return [{ field, message: `"${word}" already names ${named} (${places.get(named)?.name ?? named})` }];
    const group = groups.find((g) => g.word === word);
    if (group) return [{ field, message: `"${word}" already names group ${group.slug}` }];
    const elsewhere = own.has(placeWordKey(word)) ? [] : [...(gazetteerCountries(word) ?? [])].filter((c) => c !== country);
    return elsewhere.map((c) => ({
      field,
      message: `"${word}" already names a place in ${c} (${places.get(c)?.name ?? c}) in the extractor's gazetteer`,
    }));
  });
  if (errors.length > 0) throw new DomainError('conflict', 'A word of this place already names another place.', errors);
}
