/**
 * The vocabularies a fresh ledger starts with (db/data, the places, subdivisions, demonyms and places within countries
 * that later migrations add, the seed groups and actors and the groups a later migration adds, the seed metrics and
 * those a later migration adds): for the accuracy harness, the bench and unit tests, which run the extractor without a
 * database.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ADDED_DEMONYMS, ADDED_PLACES } from '../../db/migrations/20261203030000_place_additions';
import { PLACES_WITHIN } from '../../db/migrations/20261204010000_places_within';
import { ADDED_GROUPS } from '../../db/migrations/20261204010100_group_additions';
import { ADDED_GROUPS_2, TERRORISM_ALL_ALIASES } from '../../db/migrations/20261205020000_group_additions_2';
import { ADDED_GROUPS_3, aliasesAfter } from '../../db/migrations/20261207020000_group_additions_3';
import { ADDED_GROUPS_4 } from '../../db/migrations/20261208020000_group_additions_4';
import { ADDED_DEMONYMS_2 } from '../../db/migrations/20261211010000_demonym_additions';
import { ADDED_METRICS } from '../../db/migrations/20261216010000_metric_additions';
import { PLACES_WITHIN_CODES } from '../../db/migrations/20261223010000_places_within_codes';
import { PLACES_WITHIN_OWN_CODES } from '../../db/migrations/20261224010000_places_within_own_codes';
import { ADDED_DEMONYMS_3 } from '../../db/migrations/20261218100000_demonym_additions_3';
import { SHIPPED_SUBDIVISIONS } from '../../db/shippedPlaces';
import { gazetteer } from './gazetteer';
import { GroupEntry, Lexicon, MetricEntry, PlaceEntry } from './lexicon';

const ROOT = path.join(__dirname, '..', '..');

function readJson<T>(...parts: string[]): T {
  return JSON.parse(fs.readFileSync(path.join(ROOT, ...parts), 'utf8')) as T;
}

export function fileLexicon(): Lexicon {
  type Place = { code: string; name: string; kind?: PlaceEntry['kind']; demonyms: string[]; aliases: string[] };
  const countries = readJson<Place[]>('db', 'data', 'countries.json').map((c) => ({
    ...c,
    kind: 'country' as const,
    demonyms: [
      ...new Set([...c.demonyms, ...[ADDED_DEMONYMS, ADDED_DEMONYMS_2, ADDED_DEMONYMS_3].flatMap((added) => added[c.code] ?? [])]),
    ],
  }));
  const regions = readJson<Place[]>('db', 'data', 'regions.json').map((r) => ({ ...r, kind: r.kind ?? ('region' as const) }));
  // As migration 20261203030000 adds them: a place db/data holds already is not added again.
  const held = new Set([...countries, ...regions].map((p) => p.code));
  const seed = readJson<{ groups: GroupEntry[]; actors: { name: string; aliases?: string[] | null }[]; metrics: MetricEntry[] }>(
    'seeds',
    'ledger.json',
  );
  const actors = seed.actors.map((a) => ({ name: a.name, aliases: a.aliases ?? [] }));
  const groups = [...seed.groups, ...ADDED_GROUPS, ...ADDED_GROUPS_2]
    .map((g) => (g.slug === 'terrorism-all' ? { ...g, aliases: [...g.aliases, ...TERRORISM_ALL_ALIASES] } : g))
    .map((g) => ({ ...g, aliases: aliasesAfter(g.slug, g.aliases) }))
    .concat(ADDED_GROUPS_3, ADDED_GROUPS_4);
  const subdivisions = SHIPPED_SUBDIVISIONS.map((s) => ({ ...s, kind: 'subdivision' as const }));
  return new Lexicon(
    [...countries, ...regions, ...ADDED_PLACES.filter((p) => !held.has(p.code)), ...subdivisions],
    groups,
    // with the codes a later migration gives its rows
    PLACES_WITHIN.map((p) => ({
      ...p,
      code: [...PLACES_WITHIN_CODES, ...PLACES_WITHIN_OWN_CODES].find((c) => c.name === p.name && c.country === p.country)?.code ?? p.code,
    })),
    actors,
    gazetteer(),
    // as a fresh ledger holds them: the migration's, then the seed's (the loader skips a code held)
    [...ADDED_METRICS, ...seed.metrics.filter((m) => !ADDED_METRICS.some((a) => a.code === m.code))].map(({ code, label }) => ({
      code,
      label,
    })),
  );
}
