import { type Response, Router } from 'express';
import type { Auth } from '../http/auth';
import { expectedContent, onlyParams, queryParam } from '../http/params';
import type { Validator } from '../validate';
import type { GroupInput, MetricInput, PlacePatch, PlaceWordsInput, SubdivisionInput, VocabularyService } from './service';
import { checkContent, contentTag } from '../versions';
import type { CountryRow, GroupRow, MetricRow } from './store';

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
  within: c.within,
});

/**
 * A metric, group or place as served, with its ETag (contentTag): an admin's correction sent with it in If-Match is
 * refused (412) if the record changed since it was read.
 */
function served(res: Response, record: object): void {
  res.set('ETag', contentTag(record)).json(record);
}

/** Metrics, groups and places. Editors add entries; only admins correct one, as claims already use it. */
export function vocabularyRouter(deps: { vocabulary: VocabularyService; auth: Auth; validator: Validator }): Router {
  const { vocabulary, auth, validator } = deps;
  const router = Router();

  router.get('/metrics', auth.read, async (req, res) => {
    onlyParams(req, []);
    res.json({ data: (await vocabulary.listMetrics()).map(toMetric) });
  });

  router.get('/metrics/:code', auth.read, async (req, res) => {
    onlyParams(req, []);
    served(res, toMetric(await vocabulary.metric(String(req.params.code))));
  });

  router.post('/metrics', auth.require('editor'), async (req, res) => {
    onlyParams(req, []);
    const metric = await vocabulary.createMetric(validator.body<MetricInput>('vocabulary.json#/$defs/MetricCreate', req.body));
    res.status(201).location(`/v1/metrics/${metric.code}`).json(toMetric(metric));
  });

  router.patch('/metrics/:code', auth.require('admin'), async (req, res) => {
    onlyParams(req, []);
    const expected = expectedContent(req);
    const input = validator.body<Partial<MetricRow>>('vocabulary.json#/$defs/MetricPatch', req.body);
    served(res, toMetric(await vocabulary.updateMetric(String(req.params.code), input, (held) => checkContent(expected, toMetric(held)))));
  });

  router.get('/groups', auth.read, async (req, res) => {
    onlyParams(req, []);
    res.json({ data: (await vocabulary.listGroups()).map(toGroup) });
  });

  router.get('/groups/:ref', auth.read, async (req, res) => {
    onlyParams(req, []);
    served(res, toGroup(await vocabulary.group(String(req.params.ref))));
  });

  router.post('/groups', auth.require('editor'), async (req, res) => {
    onlyParams(req, []);
    const group = await vocabulary.createGroup(validator.body<GroupInput>('vocabulary.json#/$defs/GroupCreate', req.body));
    res.status(201).location(`/v1/groups/${group.slug}`).json(toGroup(group));
  });

  router.patch('/groups/:slug', auth.require('admin'), async (req, res) => {
    onlyParams(req, []);
    const expected = expectedContent(req);
    const input = validator.body<Partial<GroupRow>>('vocabulary.json#/$defs/GroupPatch', req.body);
    served(res, toGroup(await vocabulary.updateGroup(String(req.params.slug), input, (held) => checkContent(expected, toGroup(held)))));
  });

  router.get('/countries', auth.read, (req, res) => {
    onlyParams(req, ['kind', 'q']);
    res.json({ data: vocabulary.listPlaces({ kind: queryParam(req, 'kind'), q: queryParam(req, 'q') }).map(toCountry) });
  });

  router.post('/countries', auth.require('editor'), async (req, res) => {
    onlyParams(req, []);
    const place = await vocabulary.createSubdivision(
      validator.body<SubdivisionInput>('vocabulary.json#/$defs/SubdivisionCreate', req.body),
    );
    res.status(201).location(`/v1/countries/${place.code}`).json(toCountry(place));
  });

  router.post('/countries/:code/words', auth.require('editor'), async (req, res) => {
    onlyParams(req, []);
    const input = validator.body<PlaceWordsInput>('vocabulary.json#/$defs/PlaceWords', req.body);
    res.json(toCountry(await vocabulary.addPlaceWords(String(req.params.code), input)));
  });

  router.patch('/countries/:code', auth.require('admin'), async (req, res) => {
    onlyParams(req, []);
    const expected = expectedContent(req);
    const input = validator.body<PlacePatch>('vocabulary.json#/$defs/PlacePatch', req.body);
    served(res, toCountry(await vocabulary.updatePlace(String(req.params.code), input, (held) => checkContent(expected, toCountry(held)))));
  });

  router.delete('/countries/:code', auth.require('admin'), async (req, res) => {
    onlyParams(req, []);
    await vocabulary.deletePlace(String(req.params.code));
    res.status(204).end();
  });

  /** A code, name or demonym: /v1/countries/Kazakh answers with KZ. */
  router.get('/countries/:ref', auth.read, (req, res) => {
    onlyParams(req, []);
    served(res, toCountry(vocabulary.place(String(req.params.ref))));
  });

  return router;
}
