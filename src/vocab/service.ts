import { shippedSubdivision } from '../../db/shippedPlaces';
import { isOneOf, PLACE_KINDS, type PlaceKind } from '../closedSets';
import { DomainError } from '../errors';
import { counted } from '../words';
import { SUBDIVISION_CODE, USER_ASSIGNED_COUNTRY, WITHDRAWN_SUBDIVISIONS } from '../subdivisionCode';
import type { Revised } from '../revisions/reason';
import { type CountryRow, type GroupRow, type MetricRow, type PlaceIndex, placeWordKey, type VocabularyStore } from './store';
import { refuseHeldWords, refuseUnfitWords, type WordField } from './wordRules';
import { formerCodes, gazetteerPlaces, sameSubdivisionCodes } from '../extract/gazetteerFile';

export type MetricInput = Omit<MetricRow, 'created_at'>;
export type GroupInput = Pick<GroupRow, 'slug' | 'name'> & Partial<Omit<GroupRow, 'created_at'>>;
/** A subdivision an editor adds: its ISO 3166-2 code says the country it is within (TJ-SU within TJ). */
export type SubdivisionInput = Pick<CountryRow, 'code' | 'name'> & Partial<Pick<CountryRow, 'aliases' | 'demonyms'>>;
/** Words an editor adds to a place. */
export type PlaceWordsInput = Partial<Pick<CountryRow, 'aliases' | 'demonyms'>>;
/** An admin's correction of a place's name and words. */
export type PlacePatch = Partial<Pick<CountryRow, 'name' | 'aliases' | 'demonyms'>>;

/**
 * What adding a subdivision from the gazetteer did: the place `added`; or, with its gazetteer `name`, the ledger's
 * reasons it was `refused` (its words name other places); or neither (held already, or not the gazetteer's).
 */
export interface GazetteerAddition {
  added: CountryRow | null;
  name: string | null;
  refused: string[];
  /** Whether the code itself was refused (XK-PR: Kosovo's XK has no ISO 3166-2 subdivisions), not the words it goes by. */
  codeRefused?: boolean;
}

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

  /** An admin's correction; `check` is given the metric as it stands, locked, and may refuse it (an If-Match gone stale). */
  async updateMetric(code: string, input: Partial<MetricRow>, check: (held: MetricRow) => void = () => undefined): Promise<MetricRow> {
    const metric = await this.store.updateMetric(code, input, check);
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
    refuseUnfitWords(groupWordFields(input), { phrases: true });
    return this.store.withWordsLocked(async (store, places) => {
      await refuseHeldWords(store, places, groupWordFields(input), { group: null });
      return store.createGroup({ aliases: [], description: null, ...input });
    });
  }

  /** An admin's correction; `check` is given the group as it stands, under the words' lock, and may refuse it. */
  async updateGroup(slug: string, input: Partial<GroupRow>, check: (held: GroupRow) => void = () => undefined): Promise<GroupRow> {
    refuseUnfitWords(groupWordFields(input), { phrases: true });
    const group = await this.store.withWordsLocked(async (store, places) => {
      const held = (await store.listGroups()).find((g) => g.slug === slug);
      if (!held) return undefined;
      check(held);
      await refuseHeldWords(store, places, groupWordFields(input), { group: slug, has: [held.slug, held.name, ...held.aliases] });
      return store.updateGroup(slug, input);
    });
    if (!group) throw new DomainError('not_found', `Group ${slug} does not exist.`);
    return group;
  }

  /** An editor's new subdivision, within the country its code names (TJ-SU within TJ). */
  async createSubdivision(input: SubdivisionInput): Promise<CountryRow> {
    const place = { code: input.code, name: input.name, aliases: input.aliases ?? [], demonyms: input.demonyms ?? [] };
    refuseUnfitWords(placeWordFields(place, false));
    const within = input.code.split('-')[0];
    const created = await this.store.withWordsLocked(async (store, places) => {
      if (places.get(input.code))
        throw new DomainError('conflict', `Place ${input.code} exists already.`, [
          { field: '/code', message: `${input.code} exists already` },
        ]);
      if (places.get(within)?.kind !== 'country')
        throw new DomainError('invalid_record', `${within} is not a country of the ledger.`, [
          { field: '/code', message: `must start with the code of a country of the ledger (${within} is not one)` },
        ]);
      if (USER_ASSIGNED_COUNTRY.test(within))
        throw new DomainError('invalid_record', `${within} has no ISO 3166-2 subdivisions.`, [
          {
            field: '/code',
            message: `is no ISO 3166-2 code: ${within} is a user-assigned code, not ISO 3166-1's, and has no subdivisions (count the figure under ${within})`,
          },
        ]);
      const withdrawn = WITHDRAWN_SUBDIVISIONS.get(input.code);
      if (withdrawn !== undefined)
        throw new DomainError('invalid_record', `${input.code} is withdrawn from ISO 3166-2.`, [
          { field: '/code', message: `is withdrawn from ISO 3166-2: ${withdrawn}` },
        ]);
      const twin = sameSubdivisionCodes(input.code).find((code) => places.get(code));
      if (twin)
        throw new DomainError('conflict', `Place ${input.code} is held already, as ${twin}.`, [
          {
            field: '/code',
            message: `names the subdivision held as ${twin} (ISO 3166-2 replaced ${formerCodes().has(twin) ? `${twin} by ${input.code}` : `${input.code} by ${twin}`})`,
          },
        ]);
      await refuseHeldWords(store, places, placeWordFields(place, true), { place: input.code, country: within });
      return store.createPlace({ ...place, kind: 'subdivision', within });
    });
    await this.places.refreshAfterWrite();
    return created;
  }

  /**
   * A first-level subdivision the ledger does not hold yet, added as the extractor knows it when an editor accepts a
   * candidate counting its people by its ISO 3166-2 code ("young people from Ceuta": ES-CE): its name from the shipped
   * gazetteer (ISO 3166-2 names, country-region-data), its other spellings as aliases, within the country its code
   * names. Nothing is added when the ledger holds the code already, or when the gazetteer does not know it as a
   * subdivision of a country the ledger holds; nor when its name is refused (it names another place: Nigeria's state
   * "Niger", NG-NI), which is then said with the ledger's reasons.
   */
  async addGazetteerSubdivision(code: string): Promise<GazetteerAddition> {
    const none = { added: null, name: null, refused: [] };
    if (!SUBDIVISION_CODE.test(code) || this.places.resolve(code) !== null) return none;
    const places = gazetteerPlaces().filter((p) => p.code === code);
    const names = [...new Set(places.map((p) => p.name))];
    const within = code.split('-')[0];
    if (names.length === 0 || this.places.resolve(within) !== within) return none;
    // the spelling the gazetteer says it goes by ("Andalusia", "Adıyaman"), else the one with its diacritics ("Adıyaman",
    // not "Adiyaman"); the others are its aliases
    const name = places.find((p) => p.named)?.name ?? names.find((n) => /[^ -~]/.test(n)) ?? names[0];
    // a code ISO has replaced (the extractor's KZ-AKM) is added by its code of today (KZ-11), and found by either
    const current = formerCodes().get(code) ?? code;
    const tries: SubdivisionInput[] = [
      { code: current, name, aliases: names.filter((n) => n !== name) },
      { code: current, name },
    ];
    let refused: string[] = [];
    let codeRefused = false;
    for (const input of tries) {
      try {
        return { added: await this.createSubdivision(input), name, refused: [] };
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        // added meanwhile by another acceptance (or instance): held now, once the places are read again
        if (e.code === 'conflict') await this.places.refreshAfterWrite();
        if (this.places.resolve(code) !== null) return none;
        refused = e.errors.length > 0 ? e.errors.map((err) => err.message) : [e.message];
        codeRefused = e.errors.some((err) => err.field === '/code');
        // other words would not make the code one (XK-PR)
        if (codeRefused) break;
      }
    }
    return { added: null, name, refused, codeRefused };
  }

  /** An editor's new aliases and demonyms of a country or subdivision; words it has already are kept once. */
  async addPlaceWords(ref: string, input: PlaceWordsInput): Promise<CountryRow> {
    const code = ref.toUpperCase();
    refuseUnfitWords(placeWordFields(input, false));
    const updated = await this.store.withWordsLocked(async (store, places) => {
      const place = places.get(code);
      if (!place) throw new DomainError('not_found', `Place ${code} does not exist.`);
      if (place.kind !== 'country' && place.kind !== 'subdivision')
        throw new DomainError('invalid_record', `Editors add words to countries and subdivisions only; ${code} is a ${place.kind}.`, [
          { field: 'code', message: `is a ${place.kind}: only an admin corrects it (PATCH /v1/countries/${code})` },
        ]);
      await refuseHeldWords(store, places, placeWordFields(input, true), {
        place: code,
        country: place.within ?? code,
        has: placeWords(place),
      });
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

  /**
   * An admin's correction of a place's name and words: claims keep referring to its code. `check` is given the place as
   * it stands, under the words' lock, and may refuse it (an If-Match gone stale).
   */
  async updatePlace(ref: string, input: PlacePatch, check: (held: CountryRow) => void = () => undefined): Promise<CountryRow> {
    const code = ref.toUpperCase();
    refuseUnfitWords(placeWordFields(input, false));
    const updated = await this.store.withWordsLocked(async (store, places) => {
      const place = places.get(code);
      if (!place) throw new DomainError('not_found', `Place ${code} does not exist.`);
      check(place);
      await refuseHeldWords(store, places, placeWordFields(input, true), {
        place: code,
        country: place.within ?? code,
        has: placeWords(place),
      });
      return store.updatePlace(code, input);
    });
    await this.places.refreshAfterWrite();
    return updated!;
  }

  /**
   * An admin's deletion of a subdivision an editor added by mistake ("TJ-SX" for "TJ-SU") that nothing names. The
   * subdivisions the ledger ships with (its migrations insert them: db/shippedPlaces.ts) are not deleted, nor are
   * countries, regions and groupings (422). One that any claim, actor or document names, now or anywhere in its history,
   * is kept (409 naming how many: a history keeps its places, so only its words are corrected), as is one that places
   * within it or a grouping name.
   */
  async deletePlace(ref: string): Promise<void> {
    const code = ref.toUpperCase();
    await this.store.withWordsLocked(async (store, places) => {
      const place = places.get(code);
      if (!place) throw new DomainError('not_found', `Place ${code} does not exist.`);
      if (place.kind !== 'subdivision')
        throw new DomainError('invalid_record', `Only a subdivision is deleted; ${code} is a ${place.kind}.`, [
          { field: 'code', message: `is a ${place.kind}, which comes with the ledger: only a subdivision an editor added is deleted` },
        ]);
      if (shippedSubdivision(code))
        throw new DomainError('invalid_record', `Subdivision ${code} comes with the ledger and is not deleted.`, [
          {
            field: 'code',
            message: 'is a subdivision the ledger ships with: only one an editor added is deleted (correct its words instead)',
          },
        ]);
      const held = await store.placeReferences(code);
      const named = (Object.entries(held.records) as [Revised, number][]).filter(([, n]) => n > 0);
      const errors = [
        ...named.map(([entity, n]) => ({
          field: 'code',
          message: `is named by ${counted(n, entity)} (now or in ${n === 1 ? 'its' : 'their'} history): a history keeps its places, so correct the subdivision's words instead`,
        })),
        ...(held.within > 0 ? [{ field: 'code', message: `has ${counted(held.within, 'place')} within it` }] : []),
        ...(held.groupings > 0 ? [{ field: 'code', message: `is a member of ${counted(held.groupings, 'grouping')}` }] : []),
      ];
      if (errors.length > 0) throw new DomainError('conflict', `Place ${code} is in use and is not deleted.`, errors);
      await store.deletePlace(code);
    });
    await this.places.refreshAfterWrite();
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

/** A place's own words: a PATCH may send them again. */
const placeWords = (place: CountryRow): string[] => [place.code, place.name, ...place.aliases, ...place.demonyms];

/** The fields of a group's words, each with its JSON pointer: its slug is a code (no text holds it), its name and aliases names. */
function groupWordFields(input: Partial<GroupRow>): WordField[] {
  return [
    ...(input.slug ? [{ field: '/slug', word: input.slug, code: true }] : []),
    ...(input.name ? [{ field: '/name', word: input.name }] : []),
    ...(input.aliases ?? []).map((word, i) => ({ field: `/aliases/${i}`, word })),
  ];
}

/** The fields of a place's words, each with its JSON pointer: a demonym's plural ("Sughdis") under its demonym's. */
function placeWordFields(input: PlacePatch & { code?: string }, plurals: boolean): WordField[] {
  return [
    ...(input.code ? [{ field: '/code', word: input.code, code: true }] : []),
    ...(input.name ? [{ field: '/name', word: input.name }] : []),
    ...(input.aliases ?? []).map((word, i) => ({ field: `/aliases/${i}`, word })),
    ...(input.demonyms ?? []).flatMap((word, i) => [
      { field: `/demonyms/${i}`, word },
      ...(plurals ? [{ field: `/demonyms/${i}`, word: `${word}s`, plural: true }] : []),
    ]),
  ];
}
