import { parse } from 'csv-parse/sync';
import type { Db } from '../db/knex';
import { snapshotChanges } from '../revisions/store';
import { PACKAGE_TABLES, PackageField, PackageResource } from './datapackage';

/** Reads a file of the package by its path inside it (datapackage.json, data/claims.csv). */
export type PackageReader = (path: string) => Promise<string> | string;

export class DataPackageError extends Error {}

/** A column of this database's table, as a package's column is matched to it. */
interface TargetColumn {
  table: string;
  name: string;
  /** Made by the database from other columns (actors.search_text): never loaded, whatever a package holds. */
  generated: boolean;
  /** A row cannot be stored without it: NOT NULL and no default. */
  required: boolean;
}

/** The package's tables' columns in this database, in one statement. */
async function targetColumns(db: Db): Promise<TargetColumn[]> {
  const { rows } = await db.raw<{ rows: TargetColumn[] }>(
    `SELECT cl.relname AS "table", a.attname AS name, a.attgenerated <> '' AS generated,
            (a.attnotnull AND NOT a.atthasdef AND a.attidentity = '') AS required
     FROM pg_attribute a JOIN pg_class cl ON cl.oid = a.attrelid
     WHERE cl.relnamespace = current_schema()::regnamespace AND cl.relname = ANY(?) AND a.attnum > 0 AND NOT a.attisdropped
     ORDER BY cl.relname, a.attnum`,
    [[...PACKAGE_TABLES]],
  );
  return rows;
}

/**
 * The columns of a package's table that are loaded, agreed with this database's table: a column the database makes
 * itself (a generated one, which a package written with every column carries) is left out, as the export leaves it out;
 * a column this database does not have (a package from a newer version) or a column it needs and the package lacks
 * (a package from an older version, made before the column was added) refuses the package, naming the column, before
 * any row is written.
 */
function loadedColumns(path: string, table: string, header: string[], target: TargetColumn[]): Set<string> {
  const own = target.filter((c) => c.table === table);
  const loaded = new Set<string>();
  for (const name of header) {
    const column = own.find((c) => c.name === name);
    if (!column)
      throw new DataPackageError(
        `${path}: column ${name} is not in this ledger's ${table} table: the package was made by a newer version of claims-ledger; load it into an instance of that version or later.`,
      );
    if (!column.generated) loaded.add(name);
  }
  const missing = own.filter((c) => c.required && !c.generated && !header.includes(c.name)).map((c) => c.name);
  if (missing.length)
    throw new DataPackageError(
      `${path}: the package has no column ${missing.join(', ')}, which this ledger's ${table} table needs: the package was made by an older version of claims-ledger; load it into an instance of that version, then upgrade it.`,
    );
  return loaded;
}

/** A CSV cell back to the value its table column holds ("" is missing: null). */
function typed(field: PackageField, cell: string | undefined): unknown {
  if (cell === undefined || cell === '') return null;
  switch (field.type) {
    case 'integer':
    case 'number':
      return Number(cell);
    case 'array':
      return JSON.parse(cell);
    case 'boolean':
      return cell === 'true';
    default:
      // Strings, dates, timestamps, and JSON objects (PostgreSQL reads jsonb from its text).
      return cell;
  }
}

/**
 * Loads a data package made by GET /v1/export/datapackage into a migrated database that holds no ledger
 * yet: every table in the package's order, in one transaction, ids kept, then each id sequence moved past
 * the highest id. Countries already there (they come with the migrations) are kept; groups a migration added are
 * overwritten by the package's rows of the same slug.
 */
export async function loadDataPackage(db: Db, read: PackageReader): Promise<Record<string, number>> {
  const descriptor = JSON.parse(await read('datapackage.json')) as { resources: PackageResource[] };
  const counts: Record<string, number> = {};
  await db.transaction(async (trx) => {
    const existing = await trx('claims').count<{ count: number }[]>('* as count').first();
    const actors = await trx('actors').count<{ count: number }[]>('* as count').first();
    if (Number(existing?.count) > 0 || Number(actors?.count) > 0)
      throw new DataPackageError('The database already holds a ledger: load a data package into an empty one.');
    const target = await targetColumns(trx);
    for (const resource of descriptor.resources) {
      const table = /^data\/([a-z_]+)\.csv$/.exec(resource.path)?.[1];
      if (!table || !(PACKAGE_TABLES as readonly string[]).includes(table))
        throw new DataPackageError(`Unknown resource path ${resource.path}.`);
      const [header, ...records] = parse(await read(resource.path), { relax_column_count: false }) as string[][];
      if (!header) throw new DataPackageError(`${resource.path} is empty: a table's CSV begins with its header.`);
      const fields = header.map((name) => {
        const field = resource.schema.fields.find((f) => f.name === name);
        if (!field) throw new DataPackageError(`${resource.path}: column ${name} is not in its schema.`);
        return field;
      });
      const loaded = loadedColumns(resource.path, table, header, target);
      const rows = records.map((r) => Object.fromEntries(fields.flatMap((f, i) => (loaded.has(f.name) ? [[f.name, typed(f, r[i])]] : []))));
      counts[table] = rows.length;
      for (let i = 0; i < rows.length; i += 500) {
        const insert = trx(table).insert(rows.slice(i, i + 500));
        // vocabulary rows the migrations already made: countries are kept, groups and metrics take the package's
        // (editable) row
        await (table === 'countries'
          ? insert.onConflict('code').ignore()
          : table === 'groups'
            ? insert.onConflict('slug').merge()
            : table === 'metrics'
              ? insert.onConflict('code').merge()
              : insert);
      }
      // A create is stored without its changes when they are its snapshot's (as the ledger writes them; migration 20261203010000).
      if (table === 'revisions')
        await trx.raw(`UPDATE revisions SET changes = NULL WHERE action = 'create' AND changes = ${snapshotChanges()}`);
      if (fields.some((f) => f.name === 'id') && table !== 'countries') {
        await trx.raw(`SELECT setval(pg_get_serial_sequence(?, 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM ??), false)`, [table, table]);
      }
    }
  });
  return counts;
}
