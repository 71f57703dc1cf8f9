import type { Archiver } from 'archiver';
import type { ClientBase } from 'pg';
import type { Db } from '../db/knex';
import { servedChanges } from '../revisions/store';
import { quoteIdent } from './copyCsv';
import { cursorRows, holdConnection } from './cursor';
import { Column, ColumnKind, ExportRecord, serializer } from './serialize';

/**
 * The tables of a snapshot, in an order that loads back without breaking a foreign key. API keys are
 * left out (secrets); countries are in so that every foreign key points inside the package.
 */
export const PACKAGE_TABLES = [
  'countries',
  'metrics',
  'groups',
  'actors',
  'actor_affiliations',
  'documents',
  'claims',
  'claim_sources',
  'claim_relations',
  'revisions',
] as const;

/**
 * Columns written other than as stored, with what is written instead: a create revision's changes are not stored
 * but derived from its snapshot (servedChanges), so the package holds them as the API serves them, never empty.
 */
const SERVED_COLUMNS: Record<string, Record<string, string>> = { revisions: { changes: servedChanges() } };

export const DATA_LICENSE = {
  name: 'CC-BY-4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
  title: 'Creative Commons Attribution 4.0 (the ledger’s records; quoted words stay their publishers’)',
};

/** A Frictionless Table Schema field. */
export interface PackageField {
  name: string;
  type: 'integer' | 'number' | 'string' | 'date' | 'datetime' | 'boolean' | 'array' | 'object';
  description: string;
  format?: string;
  constraints?: { required: true };
}

export interface PackageResource {
  name: string;
  path: string;
  profile: 'tabular-data-resource';
  format: 'csv';
  mediatype: 'text/csv';
  encoding: 'utf-8';
  description: string;
  dialect: { delimiter: ','; lineTerminator: '\r\n'; quoteChar: '"'; doubleQuote: true; header: true };
  schema: {
    fields: PackageField[];
    missingValues: [''];
    primaryKey?: string[];
    foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  };
}

interface ColumnInfo {
  table: string;
  name: string;
  type: string;
  not_null: boolean;
  description: string | null;
}
interface ConstraintInfo {
  table: string;
  kind: 'p' | 'f';
  columns: string[];
  ref_table: string | null;
  ref_columns: string[] | null;
}

/** PostgreSQL column type → Frictionless field type, and how the CSV writer writes it. */
function typeOf(pgType: string): { type: PackageField['type']; kind: ColumnKind } {
  if (pgType.endsWith('[]')) return { type: 'array', kind: 'json' };
  if (['bigint', 'integer', 'smallint'].includes(pgType)) return { type: 'integer', kind: 'integer' };
  if (pgType.startsWith('numeric') || pgType === 'double precision' || pgType === 'real') return { type: 'number', kind: 'number' };
  if (pgType === 'date') return { type: 'date', kind: 'date' };
  if (pgType.startsWith('timestamp')) return { type: 'datetime', kind: 'timestamp' };
  if (pgType === 'jsonb' || pgType === 'json') return { type: 'object', kind: 'json' };
  if (pgType === 'boolean') return { type: 'boolean', kind: 'text' };
  return { type: 'string', kind: 'text' };
}

/** Table schemas read from the database's own catalog: column types, NOT NULL, comments, keys. */
async function describeTables(client: ClientBase): Promise<{ resources: PackageResource[]; columns: Map<string, Column[]> }> {
  const tables = [...PACKAGE_TABLES];
  const described = await client.query<{ table: string; description: string | null }>(
    `
    SELECT cl.relname AS table, obj_description(cl.oid, 'pg_class') AS description
    FROM pg_class cl WHERE cl.relnamespace = current_schema()::regnamespace AND cl.relname = ANY($1)`,
    [tables],
  );
  const cols = await client.query<ColumnInfo>(
    `
    SELECT cl.relname AS table, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS not_null,
           col_description(cl.oid, a.attnum) AS description
    FROM pg_attribute a JOIN pg_class cl ON cl.oid = a.attrelid
    WHERE cl.relnamespace = current_schema()::regnamespace AND cl.relname = ANY($1) AND a.attnum > 0 AND NOT a.attisdropped
    ORDER BY cl.relname, a.attnum`,
    [tables],
  );
  const keys = await client.query<ConstraintInfo>(
    `
    SELECT cl.relname AS table, con.contype AS kind,
      ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n ORDER BY k.i) AS columns,
      ref.relname AS ref_table,
      ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n ORDER BY k.i) AS ref_columns
    FROM pg_constraint con JOIN pg_class cl ON cl.oid = con.conrelid LEFT JOIN pg_class ref ON ref.oid = con.confrelid
    WHERE con.contype IN ('p', 'f') AND cl.relnamespace = current_schema()::regnamespace AND cl.relname = ANY($1)
    ORDER BY cl.relname, con.conname`,
    [tables],
  );

  const columns = new Map<string, Column[]>();
  const resources = tables.map((table): PackageResource => {
    const fields = cols.rows
      .filter((c) => c.table === table)
      .map((c): PackageField => {
        const { type } = typeOf(c.type);
        return {
          name: c.name,
          type,
          description: c.description ?? '',
          ...(type === 'datetime' && { format: 'any' }),
          ...((c.not_null || SERVED_COLUMNS[table]?.[c.name] !== undefined) && { constraints: { required: true as const } }),
        };
      });
    columns.set(
      table,
      cols.rows
        .filter((c) => c.table === table)
        .map((c) => ({ name: c.name, kind: typeOf(c.type).kind, description: c.description ?? '' })),
    );
    const primary = keys.rows.find((k) => k.table === table && k.kind === 'p');
    const foreign = keys.rows.filter(
      (k) => k.table === table && k.kind === 'f' && k.ref_table !== null && (tables as string[]).includes(k.ref_table),
    );
    return {
      name: table.replace(/_/g, '-'),
      path: `data/${table}.csv`,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      description: described.rows.find((d) => d.table === table)?.description ?? '',
      dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
      schema: {
        fields,
        missingValues: [''],
        ...(primary && { primaryKey: primary.columns }),
        ...(foreign.length > 0 && {
          foreignKeys: foreign.map((k) => ({
            fields: k.columns,
            reference: { resource: k.ref_table!.replace(/_/g, '-'), fields: k.ref_columns! },
          })),
        }),
      },
    };
  });
  return { resources, columns };
}

function toTableRecord(row: Record<string, unknown>): ExportRecord {
  const out: ExportRecord = {};
  for (const [k, v] of Object.entries(row)) out[k] = v instanceof Date ? v.toISOString() : v;
  return out;
}

/** Resolves when the archive has written the entry, rejects when the source or the archive fails or closes first. */
function written(archive: Archiver, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onEntry = (entry: { name: string }) => {
      if (entry.name !== name) return;
      cleanup();
      resolve();
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const onClose = () => {
      cleanup();
      reject(new Error('the archive was closed before it was finished'));
    };
    const cleanup = () => {
      archive.off('entry', onEntry);
      archive.off('error', onError);
      archive.off('close', onClose);
    };
    archive.on('entry', onEntry);
    archive.once('error', onError);
    archive.once('close', onClose);
  });
}

export interface PackageInfo {
  /** Where the package was exported from, for its `sources`. */
  sourceUrl: string;
  created: Date;
  batchSize: number;
}

/**
 * Writes the whole ledger into `archive` as a Frictionless Tabular Data Package: datapackage.json, then one
 * CSV per table. Everything is read in one REPEATABLE READ transaction, so the files agree with each other
 * however the ledger changes meanwhile; tables are streamed one after another through a cursor.
 */
export async function writeDataPackage(db: Db, archive: Archiver, info: PackageInfo): Promise<void> {
  const held = await holdConnection(db);
  let current: (NodeJS.ReadableStream & { destroy(): void }) | null = null;
  try {
    await held.client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const { resources, columns } = await describeTables(held.client);
    const descriptor = {
      profile: 'tabular-data-package',
      name: 'claims-ledger',
      title: 'Claims ledger: sourced numeric claims about extremism',
      description:
        'A whole snapshot of the ledger: claims with their claimants, documents, exact quotes, relations and every revision. ' +
        'Each CSV holds one table as stored (dates are the first day of their period, with a precision column; arrays and objects are JSON). ' +
        'See README “Exports and citations” for how to load it back.',
      created: info.created.toISOString(),
      licenses: [DATA_LICENSE],
      sources: [{ title: 'claims-ledger API', path: info.sourceUrl }],
      resources,
    };
    const entry = written(archive, 'datapackage.json');
    archive.append(`${JSON.stringify(descriptor, null, 2)}\n`, { name: 'datapackage.json', date: info.created });
    await entry;
    for (const table of PACKAGE_TABLES) {
      const tableColumns = columns.get(table)!;
      const order = resources.find((r) => r.path === `data/${table}.csv`)!.schema.primaryKey ?? [tableColumns[0].name];
      const served = SERVED_COLUMNS[table];
      const select = served
        ? tableColumns.map((c) => (served[c.name] ? `${served[c.name]} AS ${quoteIdent(c.name)}` : quoteIdent(c.name))).join(', ')
        : '*';
      const rows = cursorRows(
        held.client,
        { sql: `SELECT ${select} FROM ${table} ORDER BY ${order.map(quoteIdent).join(', ')}`, bindings: [] },
        info.batchSize,
      );
      const csv = serializer('csv', tableColumns, toTableRecord, { defuseFormulas: false });
      rows.on('error', (err) => csv.destroy(err));
      current = rows;
      const name = `data/${table}.csv`;
      const done = written(archive, name);
      archive.append(rows.pipe(csv), { name, date: info.created });
      await done;
      current = null;
    }
    await held.client.query('COMMIT');
  } catch (err) {
    current?.destroy();
    await held.client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    held.release();
  }
  // Errors of the archive reach the response through its pipeline; the promise is not needed.
  archive.finalize().catch(() => undefined);
}
