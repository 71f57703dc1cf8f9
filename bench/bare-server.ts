/**
 * The list baseline: GET /v1/claims?country=…&metric=…&limit=… on bare node:http + pg, no framework. It runs
 * the SQL the ledger runs for this list (the keyset page query of ClaimStore.listIds — claimPageQuery in
 * src/claims/filterQuery.ts, built from there: limit + 1 ids with their sort key — then ClaimStore.load’s LOAD_SQL
 * for the page, prepared as the ledger prepares it (LOAD_STATEMENT, imported from src/claims/served.ts so the two
 * cannot drift apart)), on the same size of pool, and writes the same JSON ({data, next} with the same cursor, and
 * the Link header). What it leaves out is everything around the queries: express, helmet, the request log,
 * validation, the place index, knex's runner and pool (knex only builds the page's SQL, once per filter, as the
 * ledger does).
 * BARE_SHAPE=five runs the five statements the ledger ran before (ids, claims, affiliations, sources,
 * relations), kept to show what the one-statement load gave.
 */
import http from 'node:http';
import knex from 'knex';
import { Pool, types } from 'pg';
import { claimPageQuery } from '../src/claims/filterQuery';
import { LOAD_STATEMENT, roleAt } from '../src/claims/served';
import { formatPartialDate } from '../src/dates';
import { CompiledQueries } from '../src/db/prepared';

types.setTypeParser(types.builtins.NUMERIC, (v) => Number(v));
types.setTypeParser(types.builtins.INT8, (v) => Number(v));
types.setTypeParser(types.builtins.DATE, (v) => v);

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_MAX ?? 10) });

const INVERSE: Record<string, string> = {
  supersedes: 'superseded_by',
  part_of: 'has_part',
  derived_from: 'source_of',
  contradicts: 'contradicts',
  corroborates: 'corroborates',
};

interface Affiliation {
  person_id: number;
  organization_id: number;
  organization_name: string;
  role: string;
  from_date: string | null;
  to_date: string | null;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- rows straight from pg, mapped field by field below */
/** The ledger’s list before the one-statement load: five statements per page. */
async function listFiveStatements(country: string, metric: string, limit: number): Promise<unknown[]> {
  const idRows = await pool.query('select c.id from claims as c where c.country in ($1) and c.metric in ($2) order by c.id asc limit $3', [
    country,
    metric,
    limit,
  ]);
  const ids: number[] = idRows.rows.map((r) => r.id);
  if (ids.length === 0) return [];
  const { rows } = await pool.query(
    'select c.*, a.name as claimant_name, a.kind as claimant_kind from claims as c inner join actors as a on a.id = c.claimant_id where c.id = any($1)',
    [ids],
  );
  const claimants = [...new Set(rows.map((r) => r.claimant_id))];
  const affiliations: Affiliation[] = (
    await pool.query(
      'select af.*, o.name as organization_name from actor_affiliations as af inner join actors as o on o.id = af.organization_id where af.person_id = any($1) order by af.person_id asc, af.position asc',
      [claimants],
    )
  ).rows;
  const sources = (
    await pool.query(
      `select s.*, d.title, d.url, d.publisher_id, p.name as publisher_name, d.published_on, d.published_precision
     from claim_sources as s inner join documents as d on d.id = s.document_id left join actors as p on p.id = d.publisher_id
     where s.claim_id = any($1) order by s.claim_id asc, s.position asc`,
      [ids],
    )
  ).rows;
  const relations = (
    await pool.query(
      'select r.*, a.name as asserted_by_name from claim_relations as r inner join actors as a on a.id = r.asserted_by where (r.claim_id = any($1) or r.related_claim_id = any($1)) order by r.id asc',
      [ids],
    )
  ).rows;
  const byId = new Map(rows.map((r) => [r.id as number, r]));
  return ids
    .filter((id) => byId.has(id))
    .map((id) => {
      const row: any = byId.get(id);
      const role =
        row.claimant_kind === 'person'
          ? roleAt(
              affiliations.filter((a) => a.person_id === row.claimant_id),
              row.stated_on ?? row.as_of,
            )
          : undefined;
      return {
        id: row.id,
        key: row.key,
        metric: row.metric,
        country: row.country,
        group: row.group_slug,
        location: row.location,
        value: row.value,
        value_low: row.value_low,
        value_high: row.value_high,
        approximation: row.approximation,
        value_text: row.value_text,
        as_of: formatPartialDate(row.as_of, row.as_of_precision),
        stated_on: formatPartialDate(row.stated_on, row.stated_precision),
        context: row.context,
        claimant: {
          id: row.claimant_id,
          name: row.claimant_name,
          kind: row.claimant_kind,
          role: role?.role ?? null,
          organization: role ? { id: role.organization_id, name: role.organization_name } : null,
        },
        sources: sources
          .filter((s: any) => s.claim_id === id)
          .map((s: any) => ({
            document: {
              id: s.document_id,
              title: s.title,
              url: s.url,
              publisher: s.publisher_id === null ? null : { id: s.publisher_id, name: s.publisher_name },
              published_on: formatPartialDate(s.published_on, s.published_precision),
            },
            quote: s.quote,
            prefix: s.prefix,
            suffix: s.suffix,
            start: s.start_offset,
            end: s.end_offset,
          })),
        relations: relations
          .filter((r: any) => r.claim_id === id || r.related_claim_id === id)
          .map((r: any) =>
            r.claim_id === id
              ? { type: r.type, claim_id: r.related_claim_id, asserted_by: { id: r.asserted_by, name: r.asserted_by_name } }
              : { type: INVERSE[r.type], claim_id: r.claim_id, asserted_by: { id: r.asserted_by, name: r.asserted_by_name } },
          ),
        rank: row.rank,
        status: row.status,
        retraction_reason: row.retraction_reason,
        credibility: row.credibility,
        notes: row.notes,
        version: row.version,
        created_at: row.created_at.toISOString(),
        updated_at: row.updated_at.toISOString(),
      };
    });
}

/**
 * The page's ids as the ledger asks for them: the SQL of claimPageQuery (src/claims/filterQuery.ts) for this filter,
 * built by knex once per filter and kept, as ClaimStore.listIds keeps it, so that the two cannot drift apart (a hand
 * copy here had: `"c"."country" in ($1)` against the ledger's `c.country = $1::text`). Knex only builds the text here;
 * pg runs it. One row more than the limit says another page follows.
 */
const sqlBuilder = knex({ client: 'pg' });
const pageQueries = new CompiledQueries(500);
function pageIds(country: string, metric: string, limit: number, after: number | null) {
  const filter = { countries: [country], metrics: [metric], limit, ...(after === null ? {} : { after: { key: null, id: after } }) };
  const { sql, bindings } = pageQueries.get(JSON.stringify(filter), () => claimPageQuery(sqlBuilder, filter));
  return pool.query<{ id: number }>(sql, bindings as unknown[]);
}

/** The ledger’s list today: the page’s ids, then one statement for the claims with everything nested. */
async function listOneStatement(
  country: string,
  metric: string,
  limit: number,
  after: number | null,
): Promise<{ data: unknown[]; more: boolean }> {
  const idRows = await pageIds(country, metric, limit, after);
  const ids: number[] = idRows.rows.slice(0, limit).map((r) => r.id);
  const more = idRows.rows.length > limit;
  if (ids.length === 0) return { data: [], more };
  const { rows } = await pool.query({ ...LOAD_STATEMENT, values: [ids] });
  const byId = new Map(rows.map((r) => [r.id as number, r]));
  const data = ids
    .filter((id) => byId.has(id))
    .map((id) => {
      const row: any = byId.get(id);
      const role = row.claimant_kind === 'person' ? roleAt<Affiliation>(row.affiliations ?? [], row.stated_on ?? row.as_of) : undefined;
      return {
        id,
        key: row.key,
        metric: row.metric,
        country: row.country,
        group: row.group_slug,
        location: row.location,
        value: row.value,
        value_low: row.value_low,
        value_high: row.value_high,
        approximation: row.approximation,
        value_text: row.value_text,
        as_of: formatPartialDate(row.as_of, row.as_of_precision),
        stated_on: formatPartialDate(row.stated_on, row.stated_precision),
        context: row.context,
        claimant: {
          id: row.claimant_id,
          name: row.claimant_name,
          kind: row.claimant_kind,
          role: role?.role ?? null,
          organization: role ? { id: role.organization_id, name: role.organization_name } : null,
        },
        sources: (row.sources ?? []).map((s: any) => ({
          document: {
            id: s.document_id,
            title: s.title,
            url: s.url,
            publisher: s.publisher_id === null ? null : { id: s.publisher_id, name: s.publisher_name },
            published_on: formatPartialDate(s.published_on, s.published_precision),
          },
          quote: s.quote,
          prefix: s.prefix,
          suffix: s.suffix,
          start: s.start_offset,
          end: s.end_offset,
        })),
        relations: (row.relations ?? []).map((r: any) =>
          r.claim_id === id
            ? { type: r.type, claim_id: r.related_claim_id, asserted_by: { id: r.asserted_by, name: r.asserted_by_name } }
            : { type: INVERSE[r.type], claim_id: r.claim_id, asserted_by: { id: r.asserted_by, name: r.asserted_by_name } },
        ),
        rank: row.rank,
        status: row.status,
        retraction_reason: row.retraction_reason,
        credibility: row.credibility,
        notes: row.notes,
        version: row.version,
        // LOAD_STATEMENT reads the timestamps as the ISO strings served (ISO_TIMESTAMPS, src/db/knex.ts).
        created_at: row.created_at,
        updated_at: row.updated_at,
      };
    });
  return { data, more };
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/** The five-statement experiment fetches exactly `limit` ids, so it says another page follows when the page is full. */
const listPage =
  process.env.BARE_SHAPE === 'five'
    ? async (country: string, metric: string, limit: number) => {
        const data = await listFiveStatements(country, metric, limit);
        return { data, more: data.length === limit };
      }
    : listOneStatement;

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text), ...headers });
    res.end(text);
  };
  if (url.pathname === '/health') return send(200, { status: 'ok' });
  if (url.pathname !== '/v1/claims') return send(404, { title: 'Not found' });
  const country = url.searchParams.get('country') ?? '';
  const metric = url.searchParams.get('metric') ?? '';
  const limit = Number(url.searchParams.get('limit') ?? 50);
  // The ledger's cursor: base64url of ["id", null, last id] (sort, sort key, id).
  const cursor = url.searchParams.get('cursor');
  let after: number | null = null;
  try {
    if (cursor !== null) after = (JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, null, number])[2];
  } catch {
    return send(400, { title: 'cursor is not valid' });
  }
  listPage(country, metric, limit, after).then(
    ({ data, more }) => {
      if (!more || data.length === 0) return send(200, { data, next: null });
      const last = (data[data.length - 1] as { id: number }).id;
      url.searchParams.set('cursor', Buffer.from(JSON.stringify(['id', null, last])).toString('base64url'));
      const next = url.pathname + url.search;
      send(200, { data, next }, { Link: `<${next}>; rel="next"` });
    },
    (err: Error) => send(500, { title: err.message }),
  );
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1');
const stop = () => server.close(() => void pool.end().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
