import type { Knex } from 'knex';
import type { ClaimFilter } from '../claims/claimFilter';
import { applyClaimFilter, selectsEveryClaim } from '../claims/claimFilters';
import { claimRows, recordedBy } from '../claims/filterQuery';
import { partialDateSql } from '../dates';
import type { Db } from '../db/knex';
import { boundValues, literalValues, parameterlessSql, SqlValues } from '../db/sqlValues';
import { checkedChanges, servedChanges } from '../revisions/store';
import { CLAIM_EXPORT_COLUMNS, ClaimColumn, ClaimExportColumn, SourceColumn } from './columns';
import { CELL_SETTINGS, cellSql, csvCopyStatement, isoDateText, quoteIdent } from './copyCsv';
import { LIST_SEPARATOR, type Column, type ExportRecord } from './serialize';

export { CLAIM_EXPORT_COLUMNS, REVISION_EXPORT_COLUMNS } from './columns';

/**
 * The claim's relation columns, in the export's order, each with the rows of `r` (relationsOf: the claim's relations
 * both ways) it gathers. Symmetric types are recorded from both sides. The one list of them: relationsOf's aggregates,
 * CLAIM_FIELDS, the CSV's rendered cells, the snapshot's (RECORDED_FIELDS) and toClaimExport are built from it.
 */
const RELATION_COLUMNS = {
  supersedes: "r.outgoing AND r.type = 'supersedes'",
  superseded_by: "NOT r.outgoing AND r.type = 'supersedes'",
  part_of: "r.outgoing AND r.type = 'part_of'",
  derived_from: "r.outgoing AND r.type = 'derived_from'",
  contradicts: "r.type = 'contradicts'",
  corroborates: "r.type = 'corroborates'",
} as const satisfies Partial<Record<ClaimColumn, string>>;
type RelationColumn = keyof typeof RELATION_COLUMNS;
const RELATIONS = Object.keys(RELATION_COLUMNS) as RelationColumn[];
/** One entry per relation column, in their order. */
const eachRelation = <T>(value: (column: RelationColumn) => T) =>
  Object.fromEntries(RELATIONS.map((c) => [c, value(c)])) as Record<RelationColumn, T>;

// The claim's relations, both ways, in one pass over claim_relations grouped by claim (ordered by claim id, so
// merged with the claims in their order), split by type and direction. A claim without any has none (NULL).
const agg = (name: RelationColumn, cells: boolean) => {
  const ids = `array_agg(r.other ORDER BY r.other) FILTER (WHERE ${RELATION_COLUMNS[name]})`;
  // As CSV cells, the list cell (cellSql's) is built here, once for each claim that has relations, rather than from
  // an array, cast to text[] and tested for the guard, for every claim (bench/README.md, changelog of 4 Dec 21:05).
  // Ids are digits, which the formula guard never changes, so the list is only joined.
  return `${cells ? `array_to_string(${ids}, '${LIST_SEPARATOR}')` : ids} AS ${name}`;
};
/**
 * The relations of every claim, or of the `selected` claims only when a filter selects some, as the table `rel`: the
 * ids of each type as arrays, or with `cells` as their CSV cells.
 */
function relationsOf(db: Db, selected: Knex.QueryBuilder | null, cells: boolean): Knex.Raw {
  const only = (column: string) => (selected ? ` WHERE ${column} IN ?` : '');
  return db.raw(
    `(
  SELECT r.claim_id, ${RELATIONS.map((c) => agg(c, cells)).join(', ')}
  FROM (SELECT claim_id, related_claim_id AS other, type, true AS outgoing FROM claim_relations${only('claim_id')}
        UNION ALL SELECT related_claim_id, claim_id, type, false FROM claim_relations${only('related_claim_id')}) r
  GROUP BY r.claim_id
) AS rel`,
    selected ? [selected, selected] : [],
  );
}

/**
 * A row of another table that some cells depend on alone: a claim's metric, country, group, claimant and the
 * claimant's role, a source's document with its publisher. In the CSV their cells are rendered (guarded, formatted)
 * once for each such row, in a relation of its own that the claims or sources join to, rather than once for each claim
 * or source: a few thousand actors and documents against a million rows.
 */
interface Entity {
  table: string;
  /** The alias the claims or sources join to; the fields of `columns` are written over it and those of `joins`. */
  alias: string;
  /** The tables joined beside it that its cells read. */
  joins?: string;
  /** Its own columns that the joins read, beside the cells. */
  keys: readonly string[];
  columns: readonly ClaimExportColumn[];
}

const METRIC: Entity = { table: 'metrics', alias: 'm', keys: ['code'], columns: ['metric', 'metric_label', 'unit'] };
const COUNTRY: Entity = { table: 'countries', alias: 'co', keys: ['code'], columns: ['country', 'country_name'] };
const GROUP: Entity = { table: 'groups', alias: 'g', keys: ['slug'], columns: ['group', 'group_name'] };
const CLAIMANT: Entity = { table: 'actors', alias: 'a', keys: ['id', 'kind'], columns: ['claimant_name'] };
const ROLE: Entity = {
  table: 'actor_affiliations',
  alias: 'role',
  joins: 'LEFT JOIN actors o ON o.id = role.organization_id',
  keys: ['id'],
  columns: ['claimant_role', 'claimant_organization'],
};
const DOCUMENT: Entity = {
  table: 'documents',
  alias: 'd',
  joins: 'LEFT JOIN actors p ON p.id = d.publisher_id',
  keys: ['id'],
  columns: [
    'document_id',
    'document_title',
    'document_url',
    'document_authors',
    'publisher',
    'published_on',
    'document_retrieved_at',
    'document_text_sha256',
  ],
};
const ENTITIES = [METRIC, COUNTRY, GROUP, CLAIMANT, ROLE, DOCUMENT];

/**
 * An entity's table as the claims or sources join it (its cells, when `cells` renders them, as the columns named after
 * them), of only those rows that `only` (SQL, with its bindings) keeps.
 */
function entityTable(db: Db, entity: Entity, cells: ((column: ClaimExportColumn) => string) | null, only?: Knex.Raw): Knex.Raw {
  const from = `${entity.table} ${entity.alias}${entity.joins ? ` ${entity.joins}` : ''}`;
  if (!cells) return db.raw(entity.joins ? `(${from})` : from);
  const columns = [...entity.keys.map((k) => `${entity.alias}.${k}`), ...entity.columns.map((c) => `${cells(c)} AS ${quoteIdent(c)}`)];
  // LIMIT ALL keeps it a relation of its own: merged into the outer query, its cells would be computed for every row.
  // Not OFFSET 0, which does the same but also keeps the joins to it out of parallel workers (PostgreSQL reads the 0,
  // not yet folded to a constant when it decides, as a limit that could differ between workers).
  return only
    ? db.raw(`(SELECT ${columns.join(', ')} FROM ${from} WHERE ? LIMIT ALL) AS ${entity.alias}`, [only])
    : db.raw(`(SELECT ${columns.join(', ')} FROM ${from} LIMIT ALL) AS ${entity.alias}`);
}

// The claimant's role as ClaimStore.load picks it (affiliation_at, migration 20261127402000). A person with a single
// affiliation (most of them) needs no date: it is that one, found by a hash join instead of a lookup per claim.
const ROLE_AT = `LEFT JOIN (SELECT person_id, count(*) AS n, min(id) AS only_id FROM actor_affiliations GROUP BY person_id) affs
  ON affs.person_id = c.claimant_id AND a.kind = 'person'`;
const ROLE_ID =
  'CASE WHEN affs.n = 1 THEN affs.only_id WHEN affs.n > 1 THEN affiliation_at(c.claimant_id, COALESCE(c.stated_on, c.as_of)) END';

/**
 * What CLAIM_FIELDS reads beside the claim `c`: its metric, country, group, claimant, the claimant's role at the
 * date and its relations (of the `selected` claims only, when a filter selects some); with `cells`, the entities'
 * cells rendered by it.
 */
function joinClaimDetails(
  db: Db,
  query: Knex.QueryBuilder,
  selected: Knex.QueryBuilder | null,
  cells: ((column: ClaimExportColumn) => string) | null = null,
): Knex.QueryBuilder {
  const table = (entity: Entity) => entityTable(db, entity, cells);
  return query
    .join(table(METRIC), 'm.code', 'c.metric')
    .join(table(COUNTRY), 'co.code', 'c.country')
    .leftJoin(table(GROUP), 'g.slug', 'c.group_slug')
    .join(table(CLAIMANT), 'a.id', 'c.claimant_id')
    .joinRaw(ROLE_AT)
    .joinRaw(`LEFT JOIN ? ON role.id = ${ROLE_ID}`, [table(ROLE)])
    .leftJoin(relationsOf(db, selected, cells !== null), 'rel.claim_id', 'c.id');
}

/** What each of the claim's own columns is, over a claim `c` (with m, co, g, a, role, o, rel). */
const CLAIM_FIELDS: Record<ClaimColumn, string> = {
  claim_id: 'c.id',
  key: 'c.key',
  metric: 'm.code',
  metric_label: 'm.label',
  unit: 'm.unit',
  country: 'co.code',
  country_name: 'co.name',
  group: 'g.slug',
  group_name: 'g.name',
  location: 'c.location',
  value: 'c.value',
  value_low: 'c.value_low',
  value_high: 'c.value_high',
  approximation: 'c.approximation',
  value_text: 'c.value_text',
  as_of: partialDateSql('c.as_of', 'c.as_of_precision'),
  stated_on: partialDateSql('c.stated_on', 'c.stated_precision'),
  context: 'c.context',
  claimant_id: 'c.claimant_id',
  claimant_name: 'a.name',
  claimant_role: 'role.role',
  claimant_organization: 'o.name',
  status: 'c.status',
  retraction_reason: 'c.retraction_reason',
  rank: 'c.rank',
  credibility: 'c.credibility',
  ...eachRelation((name) => `COALESCE(rel.${name}, '{}')`),
  notes: 'c.notes',
  version: 'c.version',
  created_at: 'c.created_at',
  updated_at: 'c.updated_at',
};
/** What each source column is, over one of its sources `s` (with d, p). */
const SOURCE_FIELDS: Record<SourceColumn, string> = {
  source_position: 's.position',
  document_id: 'd.id',
  document_title: 'd.title',
  document_url: 'd.url',
  document_authors: 'd.authors',
  publisher: 'p.name',
  published_on: partialDateSql('d.published_on', 'd.published_precision'),
  document_retrieved_at: 'd.retrieved_at',
  document_text_sha256: 'd.text_sha256',
  quote: 's.quote',
  quote_prefix: 's.prefix',
  quote_suffix: 's.suffix',
  quote_start: 's.start_offset',
  quote_end: 's.end_offset',
};

// Dates in the CSV's cells from their own text (CELL_SETTINGS), cheaper than to_char.
const isoDate = (column: string, precision: string) => partialDateSql(column, precision, isoDateText(column));
const CLAIM_CELL_DATES = { as_of: isoDate('c.as_of', 'c.as_of_precision'), stated_on: isoDate('c.stated_on', 'c.stated_precision') };
const SOURCE_CELL_DATES = { published_on: isoDate('d.published_on', 'd.published_precision') };
/** Every column's field as a CSV cell is built from it. */
const CELL_FIELDS: Record<ClaimExportColumn, string> = { ...CLAIM_FIELDS, ...CLAIM_CELL_DATES, ...SOURCE_FIELDS, ...SOURCE_CELL_DATES };
const EXPORT_COLUMN = Object.fromEntries(CLAIM_EXPORT_COLUMNS.map((c) => [c.name, c])) as Record<ClaimExportColumn, Column>;
/** The cells that the entities' relations and the claims' relations (`rel`, relationsOf) hold, as the claims and sources read them. */
const RENDERED: Partial<Record<ClaimExportColumn, string>> = Object.fromEntries([
  ...ENTITIES.flatMap((e) => e.columns.map((c) => [c, `${e.alias}.${quoteIdent(c)}`])),
  ...RELATIONS.map((c) => [c, `rel.${c}`]),
]);

/** Ids of the relations of one type in a claim's snapshot (which records them by their column's name). */
const snapshotRelation = (type: RelationColumn) =>
  `ARRAY(SELECT (r->>'claim_id')::bigint FROM jsonb_array_elements(c.snapshot->'relations') r WHERE r->>'type' = '${type}' ORDER BY 1)`;
const snapshot = (path: string) => `c.snapshot#>>'{${path}}'`;
const recordedSource = (path: string) => `src.x#>>'{${path}}'`;

/**
 * What each column is as the ledger stood at an instant, over a claim's snapshot `c` (from claimRows, with m, co, g)
 * and one source `src.x` recorded in it (with its document d). Names of vocabularies and document authors are today's.
 */
const RECORDED_FIELDS: Record<ClaimExportColumn, string> = {
  ...CLAIM_FIELDS,
  metric: 'c.metric',
  country: 'c.country',
  group: 'c.group_slug',
  location: "ARRAY(SELECT jsonb_array_elements_text(c.snapshot->'location'))",
  as_of: "c.snapshot->>'as_of'",
  stated_on: "c.snapshot->>'stated_on'",
  claimant_name: snapshot('claimant,name'),
  claimant_role: snapshot('claimant,role'),
  claimant_organization: snapshot('claimant,organization,name'),
  credibility: "(c.snapshot->>'credibility')::int",
  ...eachRelation(snapshotRelation),
  source_position: '(src.n - 1)::int',
  document_id: `(${recordedSource('document,id')})::bigint`,
  document_title: recordedSource('document,title'),
  document_url: recordedSource('document,url'),
  document_authors: 'd.authors',
  publisher: recordedSource('document,publisher,name'),
  published_on: recordedSource('document,published_on'),
  document_retrieved_at: 'd.retrieved_at',
  document_text_sha256: 'd.text_sha256',
  quote: "src.x->>'quote'",
  quote_prefix: "src.x->>'prefix'",
  quote_suffix: "src.x->>'suffix'",
  quote_start: "(src.x->>'start')::int",
  quote_end: "(src.x->>'end')::int",
};

/** Rows as the query gives them; ids in relation arrays may come as text (bigint[]). */
export type ClaimExportRow = Record<string, unknown> & { created_at: Date; updated_at: Date };

export interface ClaimExportOptions {
  /** Each column rendered as its CSV cell (cellSql) rather than as a typed value. */
  cells?: boolean;
  /** How the filter's values enter the statement: literals for COPY, which takes no parameters. */
  values?: SqlValues;
}

/**
 * One row per claim × source of the filtered claims, every column built by PostgreSQL, in claim id order (then the
 * sources' order): the one builder of the claims export, as typed values (NDJSON, JSON, XLSX) or as CSV cells (COPY).
 * As recorded, the rows are those of each claim's snapshot of then, one per source recorded in it.
 */
export function claimExportQuery(db: Db, filter: ClaimFilter, options: ClaimExportOptions = {}): Knex.QueryBuilder | Knex.Raw {
  const { cells = false, values = boundValues } = options;
  // `rendered`: columns whose cells an entity's relation already holds.
  const select = (fields: Partial<Record<ClaimExportColumn, string>>, rendered: Partial<Record<ClaimExportColumn, string>> = {}) =>
    CLAIM_EXPORT_COLUMNS.flatMap((c): (string | Knex.Raw)[] => {
      const field = fields[c.name];
      if (field === undefined) return [];
      if (rendered[c.name] !== undefined) return [db.raw(`${rendered[c.name]} AS ${quoteIdent(c.name)}`)];
      // A plain column as knex writes it ("c"."id" as "claim_id"), anything else as the expression it is.
      if (!cells && /^\w+\.\w+$/.test(field)) return [`${field} as ${c.name}`];
      return [db.raw(`${cells ? cellSql(c, `(${field})`) : field} AS ${quoteIdent(c.name)}`)];
    });
  if (filter.asRecorded) {
    return applyClaimFilter(
      claimRows(db, filter.asRecorded, values)
        .joinRaw("CROSS JOIN LATERAL jsonb_array_elements(c.snapshot->'sources') WITH ORDINALITY AS src(x, n)")
        .leftJoin('documents as d', 'd.id', db.raw(`(${recordedSource('document,id')})::bigint`))
        .join('metrics as m', 'm.code', 'c.metric')
        .join('countries as co', 'co.code', 'c.country')
        .leftJoin('groups as g', 'g.slug', 'c.group_slug')
        .select(select(RECORDED_FIELDS))
        .orderBy([{ column: 'c.id' }, { column: 'src.n' }]),
      filter,
      db,
      values,
    );
  }
  const selected = selectsEveryClaim(filter) ? null : applyClaimFilter(db('claims as c').select('c.id'), filter, db, values);
  if (!cells) {
    return applyClaimFilter(
      joinClaimDetails(
        db,
        db('claims as c')
          .join('claim_sources as s', 's.claim_id', 'c.id')
          .join(entityTable(db, DOCUMENT, null), 'd.id', 's.document_id'),
        selected,
      )
        .select(select({ ...CLAIM_FIELDS, ...SOURCE_FIELDS }))
        .orderBy([{ column: 'c.id' }, { column: 's.position' }, { column: 's.id' }]),
      filter,
      db,
      values,
    );
  }
  // As CSV cells, each claim's cells are built once (in `cl`, in claim id order) and each source's once (in `src`,
  // sorted), both in parallel workers, then merged on the claim id: no sort of the wide joined rows, no lookup per row.
  // The cells of metrics, countries, groups, actors and documents are built once each, in their entities' relations.
  const cellOf = (name: ClaimExportColumn) => cellSql(EXPORT_COLUMN[name], `(${CELL_FIELDS[name]})`);
  // A claim never revised was last updated when it was created: the claims side leaves its updated_at NULL and the
  // merge writes the created_at cell there, so that its timestamp is rendered once (a timestamp cell cost ~0.14 s of
  // PostgreSQL's CPU per 100,000 claims: bench/README.md, changelog of 4 Dec 17:45).
  const claimCells = { ...RENDERED, updated_at: `CASE WHEN c.updated_at <> c.created_at THEN ${cellOf('updated_at')} END` };
  const claims = applyClaimFilter(
    joinClaimDetails(db, db('claims as c'), selected, cellOf)
      // DISTINCT ON changes no row (one per claim) but tells PostgreSQL so: the merge then needs no copy of this side.
      .distinctOn('c.id')
      .select(db.raw('c.id AS claim_order'), ...select({ ...CLAIM_FIELDS, ...CLAIM_CELL_DATES }, claimCells))
      .orderBy('c.id'),
    filter,
    db,
    values,
  );
  // A filtered export reads only the sources (and relations, and documents) of the claims it selects.
  const documents = entityTable(
    db,
    DOCUMENT,
    cellOf,
    selected ? db.raw('d.id IN (SELECT document_id FROM claim_sources WHERE claim_id IN ?)', [selected]) : undefined,
  );
  const sources = db('claim_sources as s')
    .join(documents, 'd.id', 's.document_id')
    .select(
      db.raw('s.claim_id AS claim_order, s.position AS source_order, s.id AS source_id'),
      ...select({ ...SOURCE_FIELDS, ...SOURCE_CELL_DATES }, RENDERED),
    )
    .orderBy([{ column: 's.claim_id' }, { column: 's.position' }, { column: 's.id' }]);
  if (selected) sources.whereIn('s.claim_id', selected);
  const columns = CLAIM_EXPORT_COLUMNS.map((c) =>
    c.name === 'updated_at'
      ? 'COALESCE(cl.updated_at, cl.created_at) AS updated_at'
      : `${c.name in CLAIM_FIELDS ? 'cl' : 'src'}.${quoteIdent(c.name)}`,
  );
  // OFFSET 0 keeps each part a query of its own, so that PostgreSQL plans the merge rather than one sort of everything.
  return db.raw(
    `SELECT ${columns.join(', ')}
    FROM (? OFFSET 0) cl JOIN (? OFFSET 0) src ON src.claim_order = cl.claim_order
    ORDER BY cl.claim_order, src.source_order, src.source_id`,
    [claims, sources],
  );
}

/**
 * Settings the COPY of the claims CSV runs with. Its claims and sources sides render their cells in parallel workers
 * and the leader process merges them and writes the CSV; when the leader also ran parts of the workers' plans (the
 * default), it built the claims' relations a third time and wrote the CSV later: ~8% more of PostgreSQL's CPU per
 * export (bench/README.md, changelog of 3 Dec). CELL_SETTINGS: what its cells are written for.
 */
export const CLAIM_CSV_SETTINGS = { ...CELL_SETTINGS, parallel_leader_participation: 'off' } as const;

/** The COPY statement of the claims CSV: claimExportQuery's cells, its values written in as literals (run it with CLAIM_CSV_SETTINGS). */
export function claimCsvCopySql(db: Db, filter: ClaimFilter): string {
  return csvCopyStatement(parameterlessSql(claimExportQuery(db, filter, { cells: true, values: literalValues(db) })), CLAIM_EXPORT_COLUMNS);
}

/** The revisions of the filtered claims, oldest first within each claim. */
export function revisionExportQuery(db: Db, filter: ClaimFilter): Knex.QueryBuilder {
  const claims = applyClaimFilter(claimRows(db, filter.asRecorded).select('c.id'), filter, db);
  const query = db('revisions as rv')
    .where('rv.entity', 'claim')
    .whereIn('rv.entity_id', claims)
    .select(
      'rv.id as revision_id',
      'rv.entity_id as claim_id',
      'rv.version',
      'rv.action',
      'rv.author',
      'rv.reason',
      db.raw(`${servedChanges('rv')} AS changes`),
      'rv.created_at',
    )
    .orderBy([{ column: 'rv.entity_id' }, { column: 'rv.version' }]);
  if (filter.asRecorded) query.whereRaw(recordedBy('rv.created_at'), [filter.asRecorded]);
  return query;
}

const ids = (v: unknown) => (v as (string | number)[]).map(Number);

export function toClaimExport(row: ClaimExportRow): ExportRecord {
  return {
    ...row,
    ...eachRelation((name) => ids(row[name])),
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
    document_retrieved_at: row.document_retrieved_at instanceof Date ? row.document_retrieved_at.toISOString() : null,
  };
}

/** A revision's row as exported; one whose changes cannot be read stops the export, named as the history's 503 names it. */
export function toRevisionExport(
  row: { claim_id: number; version: number; changes: unknown; created_at: Date } & Record<string, unknown>,
): ExportRecord {
  const changes = checkedChanges({ entity: 'claim', entity_id: row.claim_id, version: row.version, changes: row.changes });
  return { ...row, changed_fields: Object.keys(changes), created_at: row.created_at.toISOString() };
}
