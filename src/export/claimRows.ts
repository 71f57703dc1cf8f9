import type { Knex } from 'knex';
import { applyClaimFilter, claimRows, recordedBy } from '../claims/filterQuery';
import type { ClaimFilter } from '../claims/store';
import type { Db } from '../db/knex';
import { servedChanges } from '../revisions/store';
import { cellSql, csvCopySql, csvCopyStatement, quoteIdent } from './copyCsv';
import { nativeQuery } from './cursor';
import type { Column, ExportRecord } from './serialize';

/** The columns of GET /v1/export/claims: one row per claim × source, every provenance field. */
export const CLAIM_EXPORT_COLUMNS: readonly Column[] = [
  { name: 'claim_id', kind: 'integer', description: 'Claim id (GET /v1/claims/{id}).' },
  { name: 'key', kind: 'text', description: 'External key chosen by an importer, if any.' },
  { name: 'metric', kind: 'text', description: 'What is counted: metric code.' },
  { name: 'metric_label', kind: 'text', description: 'Readable label of the metric.' },
  { name: 'unit', kind: 'text', description: 'Unit of the figure.' },
  { name: 'country', kind: 'text', description: 'Whose nationals are counted: ISO 3166-1 alpha-2, region or grouping code.' },
  { name: 'country_name', kind: 'text', description: 'English name of the country, region or grouping.' },
  { name: 'group', kind: 'text', description: 'Slug of the group the figure is about; empty when none.' },
  { name: 'group_name', kind: 'text', description: 'Name of the group.' },
  { name: 'location', kind: 'list', description: 'Theatre: codes of where they are, ";"-separated in CSV.' },
  { name: 'value', kind: 'number', description: 'Best estimate; empty for vague figures.' },
  { name: 'value_low', kind: 'number', description: 'Lower bound, when given or implied.' },
  { name: 'value_high', kind: 'number', description: 'Upper bound, when given or implied.' },
  { name: 'approximation', kind: 'text', description: 'exact, approximately, more_than, at_least, less_than, at_most, range or vague.' },
  { name: 'value_text', kind: 'text', description: 'The figure in the words as written.' },
  { name: 'as_of', kind: 'date', description: 'When the figure holds: YYYY, YYYY-MM or YYYY-MM-DD; empty when unknown.' },
  { name: 'stated_on', kind: 'date', description: 'When the claimant stated it: YYYY, YYYY-MM or YYYY-MM-DD; empty when unknown.' },
  { name: 'context', kind: 'text', description: 'Where or how it was said.' },
  { name: 'claimant_id', kind: 'integer', description: 'Actor id of who asserts the figure.' },
  { name: 'claimant_name', kind: 'text', description: 'Name of the claimant.' },
  { name: 'claimant_role', kind: 'text', description: 'Role the claimant held when it was stated (or as of it), for persons.' },
  { name: 'claimant_organization', kind: 'text', description: 'Organization of that role.' },
  { name: 'source_position', kind: 'integer', description: 'Order of this source among the claim’s sources, from 0.' },
  { name: 'document_id', kind: 'integer', description: 'Id of the document reporting the claim (GET /v1/documents/{id}).' },
  { name: 'document_title', kind: 'text', description: 'Title of the document.' },
  { name: 'document_url', kind: 'text', description: 'Where the document can be read.' },
  { name: 'document_authors', kind: 'list', description: 'Authors of the document, ";"-separated in CSV.' },
  { name: 'publisher', kind: 'text', description: 'Name of the publisher of the document.' },
  { name: 'published_on', kind: 'date', description: 'Publication date of the document at its precision; empty when unknown.' },
  { name: 'document_retrieved_at', kind: 'timestamp', description: 'When the document was retrieved (ISO 8601, UTC); empty when not recorded.' },
  { name: 'document_text_sha256', kind: 'text', description: 'SHA-256 of the document text the quote was checked against; empty when no text is stored.' },
  { name: 'quote', kind: 'text', description: 'The exact words of the document that state the figure.' },
  { name: 'quote_prefix', kind: 'text', description: 'Text just before the quote in the stored document text (W3C TextQuoteSelector prefix).' },
  { name: 'quote_suffix', kind: 'text', description: 'Text just after the quote in the stored document text (TextQuoteSelector suffix).' },
  { name: 'quote_start', kind: 'integer', description: 'Offset of the quote in the stored text, in UTF-16 code units (TextPositionSelector start).' },
  { name: 'quote_end', kind: 'integer', description: 'Offset just past the quote (TextPositionSelector end).' },
  { name: 'status', kind: 'text', description: 'active, superseded or retracted.' },
  { name: 'retraction_reason', kind: 'text', description: 'Why the claim was retracted.' },
  { name: 'rank', kind: 'text', description: 'preferred, normal or deprecated.' },
  { name: 'credibility', kind: 'integer', description: 'Editor’s credibility grade 1–6.' },
  { name: 'supersedes', kind: 'list', description: 'Ids of the claims this claim supersedes.' },
  { name: 'superseded_by', kind: 'list', description: 'Ids of the claims that supersede this claim.' },
  { name: 'part_of', kind: 'list', description: 'Ids of the claims this figure is part of.' },
  { name: 'derived_from', kind: 'list', description: 'Ids of the claims this figure is derived from.' },
  { name: 'contradicts', kind: 'list', description: 'Ids of the claims this claim contradicts or is contradicted by.' },
  { name: 'corroborates', kind: 'list', description: 'Ids of the claims this claim corroborates or is corroborated by.' },
  { name: 'notes', kind: 'text', description: 'Editor notes.' },
  { name: 'version', kind: 'integer', description: 'Version of the claim (its ETag).' },
  { name: 'created_at', kind: 'timestamp', description: 'When the claim was recorded (ISO 8601, UTC).' },
  { name: 'updated_at', kind: 'timestamp', description: 'When the claim last changed (ISO 8601, UTC).' },
];

/** The columns of GET /v1/export/claims?include=revisions: one row per revision of the selected claims. */
export const REVISION_EXPORT_COLUMNS: readonly Column[] = [
  { name: 'revision_id', kind: 'integer', description: 'Revision id; increases with time.' },
  { name: 'claim_id', kind: 'integer', description: 'The claim revised.' },
  { name: 'version', kind: 'integer', description: 'The version the claim has after this revision.' },
  { name: 'action', kind: 'text', description: 'create, update or retract.' },
  { name: 'author', kind: 'text', description: 'Who made the change (the API key’s name).' },
  { name: 'reason', kind: 'text', description: 'Why, as given by the author.' },
  { name: 'changed_fields', kind: 'list', description: 'Names of the fields that changed, ";"-separated in CSV.' },
  { name: 'changes', kind: 'json', description: 'For each changed field, {"from": …, "to": …} (JSON text in CSV).' },
  { name: 'created_at', kind: 'timestamp', description: 'When the change was made (ISO 8601, UTC).' },
];

/** A stored first-day date written back at its precision, in SQL. */
function partialDate(column: string, precision: string): string {
  return `CASE ${precision} WHEN 'year' THEN to_char(${column}, 'YYYY') WHEN 'month' THEN to_char(${column}, 'YYYY-MM') WHEN 'day' THEN to_char(${column}, 'YYYY-MM-DD') END`;
}

// The claim's relations, both ways, in one pass over claim_relations grouped by claim (ordered by claim id, so
// merged with the claims in their order), split by type and direction. A claim without any has none (NULL).
const agg = (name: string, which: string) => `array_agg(r.other ORDER BY r.other) FILTER (WHERE ${which}) AS ${name}`;
/** The relations of every claim, or of the `selected` claims only when a filter selects some, as the table `rel`. */
function relationsOf(db: Db, selected: Knex.QueryBuilder | null): Knex.Raw {
  const only = (column: string) => (selected ? ` WHERE ${column} IN ?` : '');
  return db.raw(`(
  SELECT r.claim_id, ${agg('supersedes', "r.outgoing AND r.type = 'supersedes'")}, ${agg('superseded_by', "NOT r.outgoing AND r.type = 'supersedes'")},
    ${agg('part_of', "r.outgoing AND r.type = 'part_of'")}, ${agg('derived_from', "r.outgoing AND r.type = 'derived_from'")},
    ${agg('contradicts', "r.type = 'contradicts'")}, ${agg('corroborates', "r.type = 'corroborates'")}
  FROM (SELECT claim_id, related_claim_id AS other, type, true AS outgoing FROM claim_relations${only('claim_id')}
        UNION ALL SELECT related_claim_id, claim_id, type, false FROM claim_relations${only('related_claim_id')}) r
  GROUP BY r.claim_id
) AS rel`, selected ? [selected, selected] : []);
}
const relations = (name: string) => `COALESCE(rel.${name}, '{}')`;

// The claimant's role as ClaimStore.load picks it (affiliation_at, migration 20261127402000). A person with a single
// affiliation (most of them) needs no date: it is that one, found by a hash join instead of a lookup per claim.
const ROLE_AT = `LEFT JOIN (SELECT person_id, count(*) AS n, min(id) AS only_id FROM actor_affiliations GROUP BY person_id) affs
  ON affs.person_id = c.claimant_id AND a.kind = 'person'
LEFT JOIN actor_affiliations role
  ON role.id = CASE WHEN affs.n = 1 THEN affs.only_id WHEN affs.n > 1 THEN affiliation_at(c.claimant_id, COALESCE(c.stated_on, c.as_of)) END
LEFT JOIN actors o ON o.id = role.organization_id`;

/** What each export column is, over a claim `c` (with m, co, g, a, role, o, rel) or over one of its sources `s` (with d, p). */
const CLAIM_FIELDS: Record<string, string> = {
  claim_id: 'c.id', key: 'c.key', metric: 'c.metric', metric_label: 'm.label', unit: 'm.unit', country: 'c.country', country_name: 'co.name',
  group: 'c.group_slug', group_name: 'g.name', location: 'c.location', value: 'c.value', value_low: 'c.value_low', value_high: 'c.value_high',
  approximation: 'c.approximation', value_text: 'c.value_text', as_of: partialDate('c.as_of', 'c.as_of_precision'),
  stated_on: partialDate('c.stated_on', 'c.stated_precision'), context: 'c.context', claimant_id: 'c.claimant_id', claimant_name: 'a.name',
  claimant_role: 'role.role', claimant_organization: 'o.name',
  status: 'c.status', retraction_reason: 'c.retraction_reason', rank: 'c.rank', credibility: 'c.credibility',
  supersedes: relations('supersedes'), superseded_by: relations('superseded_by'), part_of: relations('part_of'),
  derived_from: relations('derived_from'), contradicts: relations('contradicts'), corroborates: relations('corroborates'),
  notes: 'c.notes', version: 'c.version', created_at: 'c.created_at', updated_at: 'c.updated_at',
};
const SOURCE_FIELDS: Record<string, string> = {
  source_position: 's.position', document_id: 'd.id', document_title: 'd.title', document_url: 'd.url', document_authors: 'd.authors',
  publisher: 'p.name', published_on: partialDate('d.published_on', 'd.published_precision'), document_retrieved_at: 'd.retrieved_at',
  document_text_sha256: 'd.text_sha256', quote: 's.quote', quote_prefix: 's.prefix', quote_suffix: 's.suffix', quote_start: 's.start_offset',
  quote_end: 's.end_offset',
};

/** Rows as the query gives them; ids in relation arrays may come as text (bigint[]). */
export type ClaimExportRow = Record<string, unknown> & { created_at: Date; updated_at: Date };

/** The ids of the claims a filter selects, as a subquery; null when it selects every claim (nothing to narrow). */
function selectedClaims(db: Db, filter: ClaimFilter): Knex.QueryBuilder | null {
  const selected = applyClaimFilter(db('claims as c').select('c.id'), filter, db);
  return selected.toString() === db('claims as c').select('c.id').toString() ? null : selected;
}

/**
 * What CLAIM_FIELDS reads beside the claim `c`: its metric, country, group, claimant, the claimant's role at the
 * date and its relations (of the `selected` claims only, when a filter selects some).
 */
function joinClaimDetails(db: Db, query: Knex.QueryBuilder, selected: Knex.QueryBuilder | null): Knex.QueryBuilder {
  return query
    .join('metrics as m', 'm.code', 'c.metric')
    .join('countries as co', 'co.code', 'c.country')
    .leftJoin('groups as g', 'g.slug', 'c.group_slug')
    .join('actors as a', 'a.id', 'c.claimant_id')
    .joinRaw(ROLE_AT)
    .leftJoin(relationsOf(db, selected), 'rel.claim_id', 'c.id');
}

/** One row per claim × source of the filtered claims, every column built by PostgreSQL, in claim id order. */
export function claimExportQuery(db: Db, filter: ClaimFilter): Knex.QueryBuilder {
  if (filter.asRecorded) return claimExportAsRecorded(db, filter);
  const fields: Record<string, string> = { ...CLAIM_FIELDS, ...SOURCE_FIELDS };
  const query = joinClaimDetails(db, db('claims as c')
    .join('claim_sources as s', 's.claim_id', 'c.id')
    .join('documents as d', 'd.id', 's.document_id')
    .leftJoin('actors as p', 'p.id', 'd.publisher_id'), selectedClaims(db, filter))
    .select(CLAIM_EXPORT_COLUMNS.map(({ name }) => (/^\w+\.\w+$/.test(fields[name]) ? `${fields[name]} as ${name}` : db.raw(`${fields[name]} AS ${quoteIdent(name)}`))))
    .orderBy([{ column: 'c.id' }, { column: 's.position' }, { column: 's.id' }]);
  return applyClaimFilter(query, filter, db);
}

/**
 * The COPY statement of the claims CSV: the same rows, each cell rendered where its value is built (a claim's
 * once, not once per source). As recorded, the rows of the snapshots are rendered as they come.
 */
export function claimCsvCopySql(db: Db, filter: ClaimFilter): string {
  if (filter.asRecorded) return csvCopySql(nativeQuery(claimExportAsRecorded(db, filter)), CLAIM_EXPORT_COLUMNS);
  return csvCopyStatement(nativeQuery(claimCsvRows(db, filter)), CLAIM_EXPORT_COLUMNS);
}

/**
 * The claims CSV rows of the ledger now. Each claim's cells are built once (in `cl`, in claim id order) and each
 * source's once (in `src`, sorted), both in parallel workers, then merged on the claim id: no sort of the wide
 * joined rows and no lookup per row.
 */
function claimCsvRows(db: Db, filter: ClaimFilter): Knex.Raw {
  const cells = (fields: Record<string, string>) =>
    CLAIM_EXPORT_COLUMNS.filter((c) => c.name in fields).map((c) => db.raw(`${cellSql(c, fields[c.name])} AS ${quoteIdent(c.name)}`));
  const selected = selectedClaims(db, filter);
  const claims = applyClaimFilter(joinClaimDetails(db, db('claims as c'), selected)
    // DISTINCT ON changes no row (one per claim) but tells PostgreSQL so: the merge then needs no copy of this side.
    .distinctOn('c.id')
    .select(db.raw('c.id AS claim_order'), ...cells(CLAIM_FIELDS))
    .orderBy('c.id'), filter, db);
  const sources = db('claim_sources as s')
    .join('documents as d', 'd.id', 's.document_id')
    .leftJoin('actors as p', 'p.id', 'd.publisher_id')
    .select(db.raw('s.claim_id AS claim_order, s.position AS source_order, s.id AS source_id'), ...cells(SOURCE_FIELDS))
    .orderBy([{ column: 's.claim_id' }, { column: 's.position' }, { column: 's.id' }]);
  // A filtered export reads only the sources (and relations) of the claims it selects.
  if (selected) sources.whereIn('s.claim_id', selected);
  const columns = CLAIM_EXPORT_COLUMNS.map((c) => `${c.name in CLAIM_FIELDS ? 'cl' : 'src'}.${quoteIdent(c.name)}`);
  // OFFSET 0 keeps each part a query of its own, so that PostgreSQL plans the merge rather than one sort of everything.
  return db.raw(`SELECT ${columns.join(', ')}
    FROM (? OFFSET 0) cl JOIN (? OFFSET 0) src ON src.claim_order = cl.claim_order
    ORDER BY cl.claim_order, src.source_order, src.source_id`, [claims, sources]);
}

/** Ids of the relations of one type in a claim's snapshot (symmetric types are recorded from both sides). */
const snapshotRelation = (type: string) => `ARRAY(SELECT (r->>'claim_id')::bigint FROM jsonb_array_elements(c.snapshot->'relations') r WHERE r->>'type' = '${type}' ORDER BY 1)`;

/**
 * The same rows as the ledger stood at `filter.asRecorded`: each claim's snapshot in its revision of then, one
 * row per source recorded in it. Names of vocabularies and document authors are today's.
 */
function claimExportAsRecorded(db: Db, filter: ClaimFilter): Knex.QueryBuilder {
  const query = claimRows(db, filter.asRecorded)
    .joinRaw('CROSS JOIN LATERAL jsonb_array_elements(c.snapshot->\'sources\') WITH ORDINALITY AS src(x, n)')
    .leftJoin('documents as d', 'd.id', db.raw("(src.x#>>'{document,id}')::bigint"))
    .join('metrics as m', 'm.code', 'c.metric')
    .join('countries as co', 'co.code', 'c.country')
    .leftJoin('groups as g', 'g.slug', 'c.group_slug')
    .select(
      'c.id as claim_id', 'c.key', 'c.metric', 'm.label as metric_label', 'm.unit', 'c.country', 'co.name as country_name',
      'c.group_slug as group', 'g.name as group_name', db.raw("ARRAY(SELECT jsonb_array_elements_text(c.snapshot->'location')) AS location"),
      'c.value', 'c.value_low', 'c.value_high', 'c.approximation', 'c.value_text',
      db.raw("c.snapshot->>'as_of' AS as_of"), db.raw("c.snapshot->>'stated_on' AS stated_on"),
      'c.context', 'c.claimant_id', db.raw("c.snapshot#>>'{claimant,name}' AS claimant_name"),
      db.raw("c.snapshot#>>'{claimant,role}' AS claimant_role"), db.raw("c.snapshot#>>'{claimant,organization,name}' AS claimant_organization"),
      db.raw('(src.n - 1)::int AS source_position'), db.raw("(src.x#>>'{document,id}')::bigint AS document_id"),
      db.raw("src.x#>>'{document,title}' AS document_title"), db.raw("src.x#>>'{document,url}' AS document_url"), 'd.authors as document_authors',
      db.raw("src.x#>>'{document,publisher,name}' AS publisher"), db.raw("src.x#>>'{document,published_on}' AS published_on"),
      'd.retrieved_at as document_retrieved_at', 'd.text_sha256 as document_text_sha256', db.raw("src.x->>'quote' AS quote"),
      db.raw("src.x->>'prefix' AS quote_prefix"), db.raw("src.x->>'suffix' AS quote_suffix"),
      db.raw("(src.x->>'start')::int AS quote_start"), db.raw("(src.x->>'end')::int AS quote_end"),
      'c.status', 'c.retraction_reason', 'c.rank', db.raw("(c.snapshot->>'credibility')::int AS credibility"),
      db.raw(`${snapshotRelation('supersedes')} AS supersedes`), db.raw(`${snapshotRelation('superseded_by')} AS superseded_by`),
      db.raw(`${snapshotRelation('part_of')} AS part_of`), db.raw(`${snapshotRelation('derived_from')} AS derived_from`),
      db.raw(`${snapshotRelation('contradicts')} AS contradicts`), db.raw(`${snapshotRelation('corroborates')} AS corroborates`),
      'c.notes', 'c.version', 'c.created_at', 'c.updated_at',
    )
    .orderBy([{ column: 'c.id' }, { column: 'src.n' }]);
  return applyClaimFilter(query, filter, db);
}

/** The revisions of the filtered claims, oldest first within each claim. */
export function revisionExportQuery(db: Db, filter: ClaimFilter): Knex.QueryBuilder {
  const claims = applyClaimFilter(claimRows(db, filter.asRecorded).select('c.id'), filter, db);
  const query = db('revisions as rv')
    .where('rv.entity', 'claim')
    .whereIn('rv.entity_id', claims)
    .select('rv.id as revision_id', 'rv.entity_id as claim_id', 'rv.version', 'rv.action', 'rv.author', 'rv.reason', db.raw(`${servedChanges('rv')} AS changes`), 'rv.created_at')
    .orderBy([{ column: 'rv.entity_id' }, { column: 'rv.version' }]);
  if (filter.asRecorded) query.whereRaw(recordedBy('rv.created_at'), [filter.asRecorded]);
  return query;
}

const ids = (v: unknown) => (v as (string | number)[]).map(Number);

export function toClaimExport(row: ClaimExportRow): ExportRecord {
  return {
    ...row,
    supersedes: ids(row.supersedes), superseded_by: ids(row.superseded_by), part_of: ids(row.part_of),
    derived_from: ids(row.derived_from), contradicts: ids(row.contradicts), corroborates: ids(row.corroborates),
    created_at: row.created_at.toISOString(), updated_at: row.updated_at.toISOString(),
    document_retrieved_at: row.document_retrieved_at instanceof Date ? row.document_retrieved_at.toISOString() : null,
  };
}

export function toRevisionExport(row: { changes: Record<string, unknown>; created_at: Date } & Record<string, unknown>): ExportRecord {
  return { ...row, changed_fields: Object.keys(row.changes), created_at: row.created_at.toISOString() };
}
