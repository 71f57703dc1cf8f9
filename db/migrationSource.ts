import type { Knex } from 'knex';
import { migrationSource as registered } from './migrations';
import * as csvDefusedFastPathFirstName from './migrations/20261208010000_csv_defused_fast_path';
import * as csvDefusedFastPath from './migrations/20261209010000_csv_defused_fast_path';
import * as subdivisions from './migrations/20261210010000_subdivisions';
import * as demonymAdditions from './migrations/20261211010000_demonym_additions';

type Migration = Knex.Migration;

/**
 * Migrations added after db/migrations/index.ts was last committed. A committed migration, and the folder's registry
 * with it, is never edited again (a database migrated before keeps what it ran): new migrations are listed here.
 */
const later: Record<string, Migration> = {
  '20261209010000_csv_defused_fast_path': csvDefusedFastPath,
  '20261210010000_subdivisions': subdivisions,
  // The same fast path under the name it first landed with (in the folder's registry, 3 Dec 10:42): a database
  // migrated then has run it under this name and must find it; its body (CREATE OR REPLACE) runs twice harmlessly.
  '20261208010000_csv_defused_fast_path': csvDefusedFastPathFirstName,
  '20261211010000_demonym_additions': demonymAdditions,
};

/** Every migration: the folder's registry in its own order, then the later ones. */
export const migrationSource: Knex.MigrationSource<string> = {
  getMigrations: async (loadExtensions) => [...(await registered.getMigrations(loadExtensions)), ...Object.keys(later)],
  getMigrationName: (name) => name,
  getMigration: async (name) => later[name] ?? registered.getMigration(name),
};
