import fs from 'node:fs';
import type { Knex } from 'knex';
import { fromRoot } from '../../src/paths';

interface PlaceData {
  code: string;
  name: string;
  kind?: string;
  m49?: string;
  demonyms: string[];
  aliases: string[];
  members?: string[];
  note?: string;
}

function readPlaces(file: string): PlaceData[] {
  return JSON.parse(fs.readFileSync(fromRoot('db', 'data', file), 'utf8')) as PlaceData[];
}

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('countries', (t) => {
    t.comment('Whose nationals a figure counts: ISO 3166-1 alpha-2 countries, UN M49 regions and political groupings.');
    t.text('code').primary().comment('ISO 3166-1 alpha-2 code for a country, UN M49 numeric code for a region, short code for a grouping (EU, CIS).');
    t.text('kind').notNullable().comment('country | region | grouping | world');
    t.text('name').notNullable().comment('Common English name.');
    t.text('m49').comment('UN M49 numeric code, when it has one.');
    t.specificType('demonyms', 'text[]').notNullable().defaultTo('{}').comment('English demonyms that name it in text: Kazakh, Kazakhstani.');
    t.specificType('aliases', 'text[]').notNullable().defaultTo('{}').comment('Other English names and abbreviations.');
    t.specificType('members', 'text[]').notNullable().defaultTo('{}').comment('For regions and groupings: the member country codes.');
    t.text('note').comment('How a grouping is defined, where that is not obvious.');
  });
  await knex.raw(`ALTER TABLE countries ADD CONSTRAINT countries_kind_check CHECK (kind IN ('country', 'region', 'grouping', 'world'))`);

  await knex.schema.createTable('metrics', (t) => {
    t.comment('What a figure counts: the vocabulary of metrics.');
    t.text('code').primary().comment('Stable code such as foreign_fighters.');
    t.text('label').notNullable().comment('Readable label.');
    t.text('unit').notNullable().comment('Unit of the figure: people, percent, …');
    t.text('definition').notNullable().comment('What exactly is counted.');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now()).comment('When the metric was added.');
  });
  await knex.raw(`ALTER TABLE metrics ADD CONSTRAINT metrics_code_check CHECK (code ~ '^[a-z][a-z0-9_]{1,62}$')`);

  await knex.schema.createTable('groups', (t) => {
    t.comment('Armed or extremist groups a figure is about.');
    t.text('slug').primary().comment('Stable slug such as islamic-state.');
    t.text('name').notNullable().comment('Readable name.');
    t.specificType('aliases', 'text[]').notNullable().defaultTo('{}').comment('Other names and abbreviations: IS, ISIS, ISIL, Daesh.');
    t.text('description').comment('Short description.');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now()).comment('When the group was added.');
  });
  await knex.raw(`ALTER TABLE groups ADD CONSTRAINT groups_slug_check CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$')`);

  const countries = readPlaces('countries.json').map((c) => ({
    code: c.code, kind: 'country', name: c.name, m49: c.m49 ?? null, demonyms: c.demonyms, aliases: c.aliases, members: [], note: c.note ?? null,
  }));
  const regions = readPlaces('regions.json').map((r) => ({
    code: r.code, kind: r.kind ?? 'region', name: r.name, m49: /^\d{3}$/.test(r.code) ? r.code : null,
    demonyms: r.demonyms, aliases: r.aliases, members: r.members ?? [], note: r.note ?? null,
  }));
  await knex.batchInsert('countries', [...countries, ...regions], 500);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('groups');
  await knex.schema.dropTable('metrics');
  await knex.schema.dropTable('countries');
}
