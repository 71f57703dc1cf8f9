import { isOneOf, PLACE_KINDS, type PlaceKind } from '../closedSets';
import { DomainError } from '../errors';
import type { CountryRow, GroupRow, MetricRow, PlaceIndex, VocabularyStore } from './store';

export type MetricInput = Omit<MetricRow, 'created_at'>;
export type GroupInput = Pick<GroupRow, 'slug' | 'name'> & Partial<Omit<GroupRow, 'created_at'>>;

/**
 * The vocabularies claims are written in: metrics, groups, and the countries, their subdivisions, regions and
 * groupings. Editors add metrics and groups; only admins correct one (the routes say who may), and a correction keeps
 * the code or slug that claims refer to. A group's names (slug, name, aliases) name that group only. Places have no
 * write route: they come with the migrations (a subdivision as 20261210010000 adds them) and are loaded at start.
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
