import type { Archiver } from 'archiver';
import { Readable } from 'node:stream';
import type { ClientBase, QueryResult } from 'pg';
import type { Db } from '../db/knex';
import { checkedChanges, listedChanges } from '../revisions/store';
import { quoteIdent } from './copyCsv';
import { holdConnection, WatchHeld } from './cursor';
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
const SERVED_COLUMNS: Record<string, Record<string, string>> = { revisions: { changes: listedChanges() } };

/**
 * Rows checked before they are written, by the rule of the API that serves them: a revision's changes that are not
 * changes (JSON null, a string, a list, a field not from one value to another) are a 503 naming the revision, as the
 * history's and the revisions export's; met in a table's first batch, before the package's first byte, else the
 * package breaks off there, never dumped as if they were changes.
 */
const CHECKED_ROWS: Partial<Record<(typeof PACKAGE_TABLES)[number], (row: Record<string, unknown>) => void>> = {
  revisions: (row) => checkedChanges(row as Parameters<typeof checkedChanges>[0]),
};

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

/** The package's tables as an SQL array literal (constant names: nothing from a request). */
const TABLES_SQL = `ARRAY[${PACKAGE_TABLES.map((t) => `'${t}'`).join(', ')}]::text[]`;

/**
 * The catalog in one statement (one round trip, sent with the transaction's BEGIN): each table's comment, its
 * columns (types, NOT NULL, comments) and its primary and foreign keys, as JSON.
 */
const CATALOG_SQL = `
  SELECT
    (SELECT coalesce(json_agg(json_build_object('table', cl.relname, 'description', obj_description(cl.oid, 'pg_class'))), '[]')
     FROM pg_class cl WHERE cl.relnamespace = current_schema()::regnamespace AND cl.relname = ANY(${TABLES_SQL})) AS described,
    (SELECT coalesce(json_agg(json_build_object('table', cl.relname, 'name', a.attname, 'type', format_type(a.atttypid, a.atttypmod),
                                                'not_null', a.attnotnull, 'description', col_description(cl.oid, a.attnum))
                              ORDER BY cl.relname, a.attnum), '[]')
     FROM pg_attribute a JOIN pg_class cl ON cl.oid = a.attrelid
     WHERE cl.relnamespace = current_schema()::regnamespace AND cl.relname = ANY(${TABLES_SQL}) AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '') AS columns,
    (SELECT coalesce(json_agg(json_build_object('table', cl.relname, 'kind', con.contype,
      'columns', ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n ORDER BY k.i),
      'ref_table', ref.relname,
      'ref_columns', ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n ORDER BY k.i))
      ORDER BY cl.relname, con.conname), '[]')
     FROM pg_constraint con JOIN pg_class cl ON cl.oid = con.conrelid LEFT JOIN pg_class ref ON ref.oid = con.confrelid
     WHERE con.contype IN ('p', 'f') AND cl.relnamespace = current_schema()::regnamespace AND cl.relname = ANY(${TABLES_SQL})) AS keys`;

interface Catalog {
  described: { table: string; description: string | null }[];
  columns: ColumnInfo[];
  keys: ConstraintInfo[];
}

/** Table schemas read from the database's own catalog: column types, NOT NULL, comments, keys. */
function describeTables(catalog: Catalog): { resources: PackageResource[]; columns: Map<string, Column[]> } {
  const tables = [...PACKAGE_TABLES];

  const columns = new Map<string, Column[]>();
  const resources = tables.map((table): PackageResource => {
    const fields = catalog.columns
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
      catalog.columns
        .filter((c) => c.table === table)
        .map((c) => ({ name: c.name, kind: typeOf(c.type).kind, description: c.description ?? '' })),
    );
    const primary = catalog.keys.find((k) => k.table === table && k.kind === 'p');
    const foreign = catalog.keys.filter(
      (k) => k.table === table && k.kind === 'f' && k.ref_table !== null && (tables as string[]).includes(k.ref_table),
    );
    return {
      name: table.replace(/_/g, '-'),
      path: `data/${table}.csv`,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      description: catalog.described.find((d) => d.table === table)?.description ?? '',
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

const cursorName = (table: string) => `package_${table}`;

/** A table's rows: its first batch, then batch after batch from its cursor while batches come full, as they are read. */
function tableRows(
  client: ClientBase,
  cursor: string,
  first: Record<string, unknown>[],
  batchSize: number,
  check: ((row: Record<string, unknown>) => void) | undefined,
): Readable {
  async function* batches(): AsyncGenerator<Record<string, unknown>> {
    let rows = first;
    for (;;) {
      yield* rows;
      if (rows.length < batchSize) return;
      rows = (await client.query<Record<string, unknown>>(`FETCH ${batchSize} FROM ${cursor}`)).rows;
      if (check) rows.forEach(check);
    }
  }
  return Readable.from(batches(), { objectMode: true, highWaterMark: batchSize });
}

export interface PackageInfo {
  /** Where the package was exported from, for its `sources`. */
  sourceUrl: string;
  created: Date;
  batchSize: number;
  /** Told of the connection the package is read on. */
  watch?: WatchHeld;
}

/**
 * Writes the whole ledger into `archive` as a Frictionless Tabular Data Package: datapackage.json, then one
 * CSV per table. Everything is read in one REPEATABLE READ transaction, so the files agree with each other
 * however the ledger changes meanwhile; tables are streamed one after another through a cursor.
 */
export async function writeDataPackage(db: Db, archive: Archiver, info: PackageInfo): Promise<void> {
  const held = await holdConnection(db, {}, info.watch, 'ISOLATION LEVEL REPEATABLE READ READ ONLY');
  let current: Readable | null = null;
  try {
    const catalog = (await held.client.query(CATALOG_SQL)) as unknown as QueryResult<Catalog>;
    const { resources, columns } = describeTables(catalog.rows[0]);
    // One cursor a table, all declared and their first batches fetched in one round trip: a table smaller than a
    // batch is read whole there; a larger one is fetched on, a batch at a time, as the archive takes its rows. Before
    // the package's first byte: a fault there (a damaged snapshot, a refusal) is a problem answer, as the other exports'
    // before their first row, not a zip cut after its head (docs/import-export.md, "An export that fails").
    const selects = PACKAGE_TABLES.map((table) => {
      const tableColumns = columns.get(table)!;
      const order = resources.find((r) => r.path === `data/${table}.csv`)!.schema.primaryKey ?? [tableColumns[0].name];
      const served = SERVED_COLUMNS[table];
      // Its columns by name: a generated one (actors.search_text, a search's folded copy) is no data of the package.
      const select = tableColumns
        .map((c) => (served?.[c.name] ? `${served[c.name]} AS ${quoteIdent(c.name)}` : quoteIdent(c.name)))
        .join(', ');
      return `DECLARE ${cursorName(table)} NO SCROLL CURSOR FOR SELECT ${select} FROM ${table} ORDER BY ${order.map(quoteIdent).join(', ')};`;
    });
    const fetches = PACKAGE_TABLES.map((table) => `FETCH ${info.batchSize} FROM ${cursorName(table)};`);
    const results = (await held.client.query([...selects, ...fetches].join('\n'))) as unknown as QueryResult<Record<string, unknown>>[];
    const firstBatches = results.slice(PACKAGE_TABLES.length);
    for (const [i, table] of PACKAGE_TABLES.entries()) firstBatches[i].rows.forEach((row) => CHECKED_ROWS[table]?.(row));
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
    for (const [i, table] of PACKAGE_TABLES.entries()) {
      // (the first batch checked above: the later ones as they are fetched)
      const rows = tableRows(held.client, cursorName(table), firstBatches[i].rows, info.batchSize, CHECKED_ROWS[table]);
      const csv = serializer('csv', columns.get(table)!, toTableRecord, { defuseFormulas: false });
      rows.on('error', (err) => csv.destroy(err));
      // The archive takes the CSV's error through a listener of its own, once; the pipe from the rows emits it again
      // when it sees no other listener, and an 'error' nobody listens to is thrown: the server stopped on a damaged
      // snapshot met mid-package. The one below keeps it a listened error, and ends the package with it.
      // A CSV that fails (a damaged row met mid-package) ends the package at once: the archive, its entry never ended,
      // waited on it until the stall watchdog broke the answer off 30 s later.
      const failed = new Promise<never>((_, reject) => csv.on('error', reject));
      failed.catch(() => undefined); // an error after the entry was written has nothing left to end
      current = rows;
      const name = `data/${table}.csv`;
      const done = written(archive, name);
      archive.append(rows.pipe(csv), { name, date: info.created });
      await Promise.race([done, failed]);
      current = null;
    }
  } catch (err) {
    current?.destroy();
    throw err;
  } finally {
    held.release();
  }
  // Errors of the archive reach the response through its pipeline; the promise is not needed.
  archive.finalize().catch(() => undefined);
}
