/**
 * The list baseline: GET /v1/claims?country=…&metric=…&limit=… on bare node:http + pg, no framework. It runs
 * the SQL that ClaimStore.listIds and ClaimStore.load run (src/claims/store.ts), one query after another on
 * the same size of pool, and writes the same JSON ({data, next} and the Link header). What it leaves out is
 * everything around the query: express, helmet, the request log, validation, the place index.
 * Only ids are passed as one array parameter (= ANY($1)) where knex writes IN ($1, …, $50).
 */
import http from 'node:http';
import { Pool, types } from 'pg';

types.setTypeParser(types.builtins.NUMERIC, (v) => Number(v));
types.setTypeParser(types.builtins.INT8, (v) => Number(v));
types.setTypeParser(types.builtins.DATE, (v) => v);

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_MAX ?? 10) });

const INVERSE: Record<string, string> = {
  supersedes: 'superseded_by', part_of: 'has_part', derived_from: 'source_of', contradicts: 'contradicts', corroborates: 'corroborates',
};

function partialDate(date: string | null, precision: string | null): string | null {
  if (date === null || precision === null) return null;
  if (precision === 'year') return date.slice(0, 4);
  if (precision === 'month') return date.slice(0, 7);
  return date.slice(0, 10);
}

interface Affiliation { person_id: number; organization_id: number; organization_name: string; role: string; from_date: string | null; to_date: string | null }

function roleAt(affiliations: Affiliation[], date: string | null): Affiliation | undefined {
  if (affiliations.length === 0) return undefined;
  if (date) {
    const held = affiliations.find((a) => (a.from_date === null || a.from_date <= date) && (a.to_date === null || a.to_date >= date));
    if (held) return held;
  }
  return affiliations.find((a) => a.to_date === null) ?? affiliations[0];
}

/* eslint-disable @typescript-eslint/no-explicit-any -- rows straight from pg, mapped field by field below */
async function list(country: string, metric: string, limit: number): Promise<unknown[]> {
  const idRows = await pool.query('select c.id from claims as c where c.country in ($1) and c.metric in ($2) order by c.id asc limit $3', [country, metric, limit]);
  const ids: number[] = idRows.rows.map((r) => r.id);
  if (ids.length === 0) return [];
  const { rows } = await pool.query('select c.*, a.name as claimant_name, a.kind as claimant_kind from claims as c inner join actors as a on a.id = c.claimant_id where c.id = any($1)', [ids]);
  const claimants = [...new Set(rows.map((r) => r.claimant_id))];
  const affiliations: Affiliation[] = (await pool.query(
    'select af.*, o.name as organization_name from actor_affiliations as af inner join actors as o on o.id = af.organization_id where af.person_id = any($1) order by af.person_id asc, af.position asc',
    [claimants])).rows;
  const sources = (await pool.query(
    `select s.*, d.title, d.url, d.publisher_id, p.name as publisher_name, d.published_on, d.published_precision
     from claim_sources as s inner join documents as d on d.id = s.document_id left join actors as p on p.id = d.publisher_id
     where s.claim_id = any($1) order by s.claim_id asc, s.position asc`, [ids])).rows;
  const relations = (await pool.query(
    'select r.*, a.name as asserted_by_name from claim_relations as r inner join actors as a on a.id = r.asserted_by where (r.claim_id = any($1) or r.related_claim_id = any($1)) order by r.id asc',
    [ids])).rows;
  const byId = new Map(rows.map((r) => [r.id as number, r]));
  return ids.filter((id) => byId.has(id)).map((id) => {
    const row: any = byId.get(id);
    const role = row.claimant_kind === 'person' ? roleAt(affiliations.filter((a) => a.person_id === row.claimant_id), row.stated_on ?? row.as_of) : undefined;
    return {
      id: row.id, key: row.key, metric: row.metric, country: row.country, group: row.group_slug, location: row.location,
      value: row.value, value_low: row.value_low, value_high: row.value_high, approximation: row.approximation, value_text: row.value_text,
      as_of: partialDate(row.as_of, row.as_of_precision), stated_on: partialDate(row.stated_on, row.stated_precision), context: row.context,
      claimant: {
        id: row.claimant_id, name: row.claimant_name, kind: row.claimant_kind, role: role?.role ?? null,
        organization: role ? { id: role.organization_id, name: role.organization_name } : null,
      },
      sources: sources.filter((s: any) => s.claim_id === id).map((s: any) => ({
        document: {
          id: s.document_id, title: s.title, url: s.url,
          publisher: s.publisher_id === null ? null : { id: s.publisher_id, name: s.publisher_name },
          published_on: partialDate(s.published_on, s.published_precision),
        },
        quote: s.quote, prefix: s.prefix, suffix: s.suffix, start: s.start_offset, end: s.end_offset,
      })),
      relations: relations.filter((r: any) => r.claim_id === id || r.related_claim_id === id).map((r: any) => (r.claim_id === id
        ? { type: r.type, claim_id: r.related_claim_id, asserted_by: { id: r.asserted_by, name: r.asserted_by_name } }
        : { type: INVERSE[r.type], claim_id: r.claim_id, asserted_by: { id: r.asserted_by, name: r.asserted_by_name } })),
      rank: row.rank, status: row.status, retraction_reason: row.retraction_reason, credibility: row.credibility, notes: row.notes,
      version: row.version, created_at: row.created_at.toISOString(), updated_at: row.updated_at.toISOString(),
    };
  });
}

/**
 * An experiment, not the baseline (BARE_SHAPE=single): the same page in one statement, the nested parts
 * aggregated to JSON by PostgreSQL, so a page costs one round trip instead of five.
 */
const SINGLE = `
  WITH page AS (SELECT c.id FROM claims c WHERE c.country = $1 AND c.metric = $2 ORDER BY c.id LIMIT $3)
  SELECT c.*, a.name AS claimant_name, a.kind AS claimant_kind,
    (SELECT json_agg(json_build_object('person_id', af.person_id, 'organization_id', af.organization_id, 'organization_name', o.name,
        'role', af.role, 'from_date', af.from_date, 'to_date', af.to_date) ORDER BY af.position)
       FROM actor_affiliations af JOIN actors o ON o.id = af.organization_id WHERE af.person_id = c.claimant_id) AS affiliations,
    (SELECT json_agg(json_build_object('claim_id', s.claim_id, 'document_id', s.document_id, 'title', d.title, 'url', d.url, 'publisher_id', d.publisher_id,
        'publisher_name', p.name, 'published_on', d.published_on, 'published_precision', d.published_precision, 'quote', s.quote, 'prefix', s.prefix,
        'suffix', s.suffix, 'start_offset', s.start_offset, 'end_offset', s.end_offset) ORDER BY s.position)
       FROM claim_sources s JOIN documents d ON d.id = s.document_id LEFT JOIN actors p ON p.id = d.publisher_id WHERE s.claim_id = c.id) AS sources,
    (SELECT json_agg(json_build_object('id', r.id, 'claim_id', r.claim_id, 'related_claim_id', r.related_claim_id, 'type', r.type,
        'asserted_by', r.asserted_by, 'asserted_by_name', ra.name) ORDER BY r.id)
       FROM claim_relations r JOIN actors ra ON ra.id = r.asserted_by WHERE r.claim_id = c.id OR r.related_claim_id = c.id) AS relations
  FROM page JOIN claims c ON c.id = page.id JOIN actors a ON a.id = c.claimant_id
  ORDER BY c.id`;

async function listSingle(country: string, metric: string, limit: number): Promise<unknown[]> {
  const { rows } = await pool.query(SINGLE, [country, metric, limit]);
  return rows.map((row: any) => {
    const role = row.claimant_kind === 'person' ? roleAt(row.affiliations ?? [], row.stated_on ?? row.as_of) : undefined;
    const id = row.id;
    return {
      id, key: row.key, metric: row.metric, country: row.country, group: row.group_slug, location: row.location,
      value: row.value, value_low: row.value_low, value_high: row.value_high, approximation: row.approximation, value_text: row.value_text,
      as_of: partialDate(row.as_of, row.as_of_precision), stated_on: partialDate(row.stated_on, row.stated_precision), context: row.context,
      claimant: {
        id: row.claimant_id, name: row.claimant_name, kind: row.claimant_kind, role: role?.role ?? null,
        organization: role ? { id: role.organization_id, name: role.organization_name } : null,
      },
      sources: (row.sources ?? []).map((s: any) => ({
        document: {
          id: s.document_id, title: s.title, url: s.url,
          publisher: s.publisher_id === null ? null : { id: s.publisher_id, name: s.publisher_name },
          published_on: partialDate(s.published_on, s.published_precision),
        },
        quote: s.quote, prefix: s.prefix, suffix: s.suffix, start: s.start_offset, end: s.end_offset,
      })),
      relations: (row.relations ?? []).map((r: any) => (r.claim_id === id
        ? { type: r.type, claim_id: r.related_claim_id, asserted_by: { id: r.asserted_by, name: r.asserted_by_name } }
        : { type: INVERSE[r.type], claim_id: r.claim_id, asserted_by: { id: r.asserted_by, name: r.asserted_by_name } })),
      rank: row.rank, status: row.status, retraction_reason: row.retraction_reason, credibility: row.credibility, notes: row.notes,
      version: row.version, created_at: row.created_at.toISOString(), updated_at: row.updated_at.toISOString(),
    };
  });
}
/* eslint-enable @typescript-eslint/no-explicit-any */

const listPage = process.env.BARE_SHAPE === 'single' ? listSingle : list;

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
  listPage(country, metric, limit).then((data) => {
    const last = data.length === limit ? (data[data.length - 1] as { id: number }).id : null;
    if (last === null) return send(200, { data, next: null });
    url.searchParams.set('cursor', Buffer.from(JSON.stringify([last])).toString('base64url'));
    const next = url.pathname + url.search;
    send(200, { data, next }, { Link: `<${next}>; rel="next"` });
  }, (err: Error) => send(500, { title: err.message }));
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1');
const stop = () => server.close(() => void pool.end().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
