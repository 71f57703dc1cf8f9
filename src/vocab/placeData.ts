import fs from 'node:fs';
import type { Knex } from 'knex';
import { fromRoot } from '../paths';
import type { CountryRow } from './store';

/** A place as `db/data/countries.json` and `regions.json` describe it. */
interface PlaceData {
  code: string;
  name: string;
  kind?: CountryRow['kind'];
  m49?: string;
  demonyms: string[];
  aliases: string[];
  members?: string[];
  note?: string;
}

const COLUMNS = ['kind', 'name', 'm49', 'demonyms', 'aliases', 'members', 'note'] as const;

function readPlaces(file: string): PlaceData[] {
  return JSON.parse(fs.readFileSync(fromRoot('db', 'data', file), 'utf8')) as PlaceData[];
}

/** The places the ledger ships, as rows: countries (ISO 3166-1), then UN M49 regions and groupings. */
export function placeDataRows(): CountryRow[] {
  const countries = readPlaces('countries.json').map((c): CountryRow => ({
    code: c.code, kind: 'country', name: c.name, m49: c.m49 ?? null, demonyms: c.demonyms, aliases: c.aliases, members: [], note: c.note ?? null,
  }));
  const regions = readPlaces('regions.json').map((r): CountryRow => ({
    code: r.code, kind: r.kind ?? 'region', name: r.name, m49: /^\d{3}$/.test(r.code) ? r.code : null,
    demonyms: r.demonyms, aliases: r.aliases, members: r.members ?? [], note: r.note ?? null,
  }));
  return [...countries, ...regions];
}

/**
 * Brings the places table to what `db/data/` says. The places are reference data shipped with the code (the API
 * only reads them), and the first migration loaded them once: a name, demonym or region added to the data files
 * later would otherwise never reach a database migrated before. Run after every migration (`migrate`): it adds
 * the missing places and corrects the changed ones, writing only rows that differ; a place no longer in the
 * data stays (claims may name it).
 */
export async function syncPlaces(db: Knex): Promise<number> {
  const rows = placeDataRows();
  const differs = `(${COLUMNS.map((c) => `countries.${c}`).join(', ')}) IS DISTINCT FROM (${COLUMNS.map((c) => `excluded.${c}`).join(', ')})`;
  const written = await db('countries').insert(rows).onConflict('code').merge([...COLUMNS]).whereRaw(differs).returning('code');
  return written.length;
}
