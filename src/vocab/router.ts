import { Router } from 'express';
import type { Auth } from '../http/auth';
import { DomainError } from '../errors';
import { onlyParams, queryParam } from '../http/params';
import type { Validator } from '../validate';
import type { CountryRow, GroupRow, MetricRow, PlaceIndex, VocabularyStore } from './store';

const toMetric = (m: MetricRow) => ({ code: m.code, label: m.label, unit: m.unit, definition: m.definition });
const toGroup = (g: GroupRow) => ({ slug: g.slug, name: g.name, aliases: g.aliases, description: g.description });
const toCountry = (c: CountryRow) => ({
  code: c.code,
  kind: c.kind,
  name: c.name,
  m49: c.m49,
  demonyms: c.demonyms,
  aliases: c.aliases,
  members: c.members,
  note: c.note,
});

const PLACE_KINDS = ['country', 'region', 'grouping', 'world'];

export function vocabularyRouter(deps: { vocabulary: VocabularyStore; places: PlaceIndex; auth: Auth; validator: Validator }): Router {
  const { vocabulary, places, auth, validator } = deps;
  const router = Router();

  router.get('/metrics', auth.read, async (req, res) => {
    onlyParams(req, []);
    res.json({ data: (await vocabulary.listMetrics()).map(toMetric) });
  });

  router.get('/metrics/:code', auth.read, async (req, res) => {
    onlyParams(req, []);
    const metric = await vocabulary.getMetric(String(req.params.code));
    if (!metric) throw new DomainError('not_found', `Metric ${req.params.code} does not exist.`);
    res.json(toMetric(metric));
  });

  router.post('/metrics', auth.require('editor'), async (req, res) => {
    const input = validator.body<Omit<MetricRow, 'created_at'>>('vocabulary.json#/$defs/MetricCreate', req.body);
    const metric = await vocabulary.createMetric(input);
    res.status(201).location(`/v1/metrics/${metric.code}`).json(toMetric(metric));
  });

  /** Only admins correct a vocabulary entry: editors add entries but cannot change what claims already use. */
  router.patch('/metrics/:code', auth.require('admin'), async (req, res) => {
    onlyParams(req, []);
    const input = validator.body<Partial<MetricRow>>('vocabulary.json#/$defs/MetricPatch', req.body);
    const metric = await vocabulary.updateMetric(String(req.params.code), input);
    if (!metric) throw new DomainError('not_found', `Metric ${req.params.code} does not exist.`);
    res.json(toMetric(metric));
  });

  router.get('/groups', auth.read, async (req, res) => {
    onlyParams(req, []);
    res.json({ data: (await vocabulary.listGroups()).map(toGroup) });
  });

  router.get('/groups/:ref', auth.read, async (req, res) => {
    onlyParams(req, []);
    const group = await vocabulary.resolveGroup(String(req.params.ref));
    if (!group) throw new DomainError('not_found', `Group ${req.params.ref} does not exist.`);
    res.json(toGroup(group));
  });

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
      clashes.filter((c) => c.word === w.trim().toLowerCase()).map((c) => ({ field, message: `"${w}" already names group ${c.slug}` })),
    );
    if (errors.length > 0) throw new DomainError('conflict', 'A name of this group already names another group.', errors);
  }

  router.post('/groups', auth.require('editor'), async (req, res) => {
    const input = validator.body<Pick<GroupRow, 'slug' | 'name'> & Partial<GroupRow>>('vocabulary.json#/$defs/GroupCreate', req.body);
    const group = await vocabulary.withGroupNamesLocked(async (store) => {
      await refuseTakenNames(store, input);
      return store.createGroup({ aliases: [], description: null, ...input });
    });
    res.status(201).location(`/v1/groups/${group.slug}`).json(toGroup(group));
  });

  router.patch('/groups/:slug', auth.require('admin'), async (req, res) => {
    onlyParams(req, []);
    const input = validator.body<Partial<GroupRow>>('vocabulary.json#/$defs/GroupPatch', req.body);
    const slug = String(req.params.slug);
    const group = await vocabulary.withGroupNamesLocked(async (store) => {
      await refuseTakenNames(store, input, slug);
      return store.updateGroup(slug, input);
    });
    if (!group) throw new DomainError('not_found', `Group ${req.params.slug} does not exist.`);
    res.json(toGroup(group));
  });

  router.get('/countries', auth.read, (req, res) => {
    onlyParams(req, ['kind', 'q']);
    const kind = queryParam(req, 'kind');
    if (kind !== undefined && !PLACE_KINDS.includes(kind))
      throw new DomainError('invalid_input', `kind must be one of ${PLACE_KINDS.join(', ')}.`, [
        { field: 'kind', message: 'is not a known kind' },
      ]);
    const q = queryParam(req, 'q')?.toLowerCase();
    const rows = places
      .all()
      .filter(
        (c) => (!kind || c.kind === kind) && (!q || [c.code, c.name, ...c.aliases, ...c.demonyms].some((w) => w.toLowerCase().includes(q))),
      );
    res.json({ data: rows.map(toCountry) });
  });

  /** A code, name or demonym: /v1/countries/Kazakh answers with KZ. */
  router.get('/countries/:ref', auth.read, (req, res) => {
    onlyParams(req, []);
    const code = places.resolve(String(req.params.ref));
    if (code === null) throw new DomainError('not_found', `"${req.params.ref}" is not a known country, region or demonym.`);
    res.json(toCountry(places.get(code)!));
  });

  return router;
}
