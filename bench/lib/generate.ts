import type { Client } from 'pg';
import { INVERSE_RELATION } from '../../src/claims/model';
import { partialDateSql } from '../../src/dates';

/**
 * The synthetic ledger, written straight into a migrated database with INSERT … SELECT generate_series, so
 * the read benchmarks do not depend on the bulk import. Shapes follow the real data: a few countries and
 * metrics hold most figures (squared / 1.5-power skew), most claims have one source and some two or three,
 * one claim in ten supersedes the previous figure for its country and metric (chains form where several in
 * a row do), ranges, approximations and vague wordings, 2% retracted.
 */
export interface LedgerSize {
  claims: number;
  claimants: number;
  publishers: number;
  documents: number;
  countries: number;
}

export function ledgerSize(claims: number): LedgerSize {
  return {
    claims,
    claimants: Math.max(20, Math.round(claims / 200)),
    publishers: Math.max(10, Math.round(claims / 2000)),
    documents: Math.max(50, Math.round(claims / 10)),
    countries: 200,
  };
}

/** Twenty metrics: the seed’s own and more of the kind the domain counts. */
export const BENCH_METRICS: [code: string, label: string][] = [
  ['foreign_fighters', 'Foreign fighters'],
  ['women', 'Women'],
  ['children', 'Children'],
  ['returnees', 'Returnees'],
  ['killed', 'Killed'],
  ['detained', 'Detained abroad'],
  ['repatriated', 'Repatriated'],
  ['convicted', 'Convicted'],
  ['recruits', 'Recruits'],
  ['arrested', 'Arrested at home'],
  ['deported', 'Deported'],
  ['prosecuted', 'Prosecuted'],
  ['travel_attempts', 'Stopped travel attempts'],
  ['camp_residents', 'Camp residents'],
  ['rehabilitated', 'Through rehabilitation'],
  ['under_surveillance', 'Under surveillance'],
  ['passports_revoked', 'Passports revoked'],
  ['citizenship_revoked', 'Citizenship revoked'],
  ['minors_returned', 'Minors returned'],
  ['women_returned', 'Women returned'],
];

export interface GenerateTimings {
  [step: string]: number;
}

/** Inserts the twenty metrics (skipping those that exist). */
export async function insertMetrics(client: Client): Promise<void> {
  await client.query(
    `INSERT INTO metrics (code, label, unit, definition)
     SELECT m.code, m.label, 'people', m.label || ' (synthetic benchmark metric)'
     FROM jsonb_to_recordset($1::jsonb) AS m(code text, label text)
     ON CONFLICT (code) DO NOTHING`,
    [JSON.stringify(BENCH_METRICS.map(([code, label]) => ({ code, label })))],
  );
}

/**
 * Fills an empty, migrated ledger database. Runs on one connection (setseed makes it repeatable), as a role
 * without superuser rights may (managed PostgreSQL services give no other): foreign keys and triggers are
 * checked as for any write. Returns the seconds each step took.
 */
export async function generateLedger(
  client: Client,
  size: LedgerSize,
  log: (m: string) => void = () => undefined,
): Promise<GenerateTimings> {
  const timings: GenerateTimings = {};
  const step = async (name: string, sql: string, params: unknown[] = []) => {
    const started = process.hrtime.bigint();
    await client.query(sql, params);
    timings[name] = Number(process.hrtime.bigint() - started) / 1e9;
    log(`  ${name}: ${timings[name].toFixed(1)} s`);
  };
  const { claims, claimants, publishers, documents, countries } = size;
  await client.query('SELECT setseed(0.42)');
  await client.query(`SET synchronous_commit = off`);
  await insertMetrics(client);

  // Actors: publishers (media outlets and agencies) first, then claimants (four in five are people).
  await step(
    'actors',
    `
    INSERT INTO actors (id, kind, name, country)
    SELECT i,
      CASE WHEN i <= $1::int THEN (CASE WHEN i % 4 = 0 THEN 'government_agency' ELSE 'media_outlet' END)
           WHEN i % 5 = 0 THEN 'government_agency' ELSE 'person' END,
      CASE WHEN i <= $1::int THEN 'Publisher ' || i ELSE 'Claimant ' || (i - $1::int) END,
      NULL
    FROM generate_series(1, $1::int + $2::int) AS i`,
    [publishers, claimants],
  );
  await step(
    'affiliations',
    `
    INSERT INTO actor_affiliations (person_id, organization_id, role, from_date, from_precision, position)
    SELECT a.id, 4 * (1 + (a.id % greatest(1, $1::int / 4))), (ARRAY['spokesperson', 'director', 'chairman', 'minister'])[1 + a.id % 4],
      date '2005-01-01' + (a.id % 3000)::int, 'day', 0
    FROM actors a WHERE a.kind = 'person'`,
    [publishers],
  );
  await step(
    'documents',
    `
    INSERT INTO documents (id, kind, title, url, publisher_id, published_on, published_precision, language)
    SELECT i, (ARRAY['article', 'report', 'statement', 'video'])[1 + i % 4],
      'Synthetic report ' || i || ' on nationals who joined armed groups abroad',
      'https://example.org/reports/' || i,
      1 + floor(random() * $2::int)::int,
      date '2000-01-01' + floor(random() * 9300)::int, 'day', 'en'
    FROM generate_series(1, $1::int) AS i`,
    [documents, publishers],
  );

  await step(
    'claims',
    `
    WITH c AS (SELECT code, row_number() OVER (ORDER BY code) AS n FROM countries WHERE kind = 'country'),
    picked AS (SELECT array_agg(code ORDER BY n) AS codes FROM c WHERE n <= $2::int),
    -- the twenty metrics only: the ledger's vocabulary grows (migration 20261216010000), the benchmark's ledger must not
    m AS (SELECT array_agg(code ORDER BY code) AS codes FROM metrics WHERE code = ANY($5::text[])),
    r AS (
      SELECT i, random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5, random() AS r6,
        round(exp(2 + random() * 7))::numeric AS v
      FROM generate_series(1, $1::int) AS i
    ),
    shaped AS (
      SELECT r.*,
        CASE WHEN r3 < 0.30 THEN 'exact' WHEN r3 < 0.55 THEN 'approximately' WHEN r3 < 0.70 THEN 'more_than'
             WHEN r3 < 0.75 THEN 'at_least' WHEN r3 < 0.80 THEN 'less_than' WHEN r3 < 0.83 THEN 'at_most'
             WHEN r3 < 0.95 THEN 'range' ELSE 'vague' END AS approximation,
        date '2000-01-01' + floor(r4 * 9000)::int AS day
      FROM r
    )
    INSERT INTO claims (id, metric, country, value, value_low, value_high, approximation, value_text, as_of, as_of_precision,
      stated_on, stated_precision, claimant_id, context, status, retraction_reason, credibility)
    SELECT i,
      m.codes[1 + floor(power(r2, 1.5) * array_length(m.codes, 1))::int],
      picked.codes[1 + floor(power(r1, 2) * array_length(picked.codes, 1))::int],
      CASE approximation WHEN 'vague' THEN NULL WHEN 'range' THEN NULL ELSE v END,
      CASE approximation WHEN 'range' THEN v WHEN 'more_than' THEN v WHEN 'at_least' THEN v ELSE NULL END,
      CASE approximation WHEN 'range' THEN v * 2 WHEN 'less_than' THEN v WHEN 'at_most' THEN v ELSE NULL END,
      approximation,
      CASE approximation WHEN 'exact' THEN v::text WHEN 'approximately' THEN 'about ' || v WHEN 'more_than' THEN 'over ' || v
        WHEN 'at_least' THEN 'at least ' || v WHEN 'less_than' THEN 'fewer than ' || v WHEN 'at_most' THEN 'at most ' || v
        WHEN 'range' THEN v || ' to ' || v * 2 ELSE 'hundreds' END,
      CASE WHEN r5 < 0.5 THEN date_trunc('year', day)::date WHEN r5 < 0.8 THEN date_trunc('month', day)::date ELSE day END,
      CASE WHEN r5 < 0.5 THEN 'year' WHEN r5 < 0.8 THEN 'month' ELSE 'day' END,
      CASE WHEN r6 < 0.9 THEN day + floor(r6 * 200)::int END,
      CASE WHEN r6 < 0.9 THEN 'day' END,
      $3::int + 1 + floor(power(r6, 1.3) * $4::int)::int,
      CASE WHEN i % 7 = 0 THEN 'Statement to parliament' END,
      CASE WHEN i % 50 = 7 THEN 'retracted' ELSE 'active' END,
      CASE WHEN i % 50 = 7 THEN 'Misreported figure, withdrawn by the publisher' END,
      CASE WHEN i % 3 = 0 THEN 1 + i % 6 END
    FROM shaped, picked, m`,
    [claims, countries, publishers, claimants, BENCH_METRICS.map(([code]) => code)],
  );

  // 1–3 sources: all claims have one, 40% a second, 15% a third.
  await step(
    'sources',
    `
    INSERT INTO claim_sources (claim_id, document_id, quote, position)
    SELECT c.id, 1 + ((hashint8(c.id * 3 + p)::bigint + 2147483648) % $1::int), 'Officials said that ' || c.value_text || ' nationals were counted (' || c.metric || ').', p
    FROM claims c CROSS JOIN generate_series(0, 2) AS p
    WHERE p = 0 OR (p = 1 AND c.id % 5 < 2) OR (p = 2 AND c.id % 20 < 3)
    ON CONFLICT DO NOTHING`,
    [documents],
  );

  await step(
    'relations',
    `
    INSERT INTO claim_relations (claim_id, type, related_claim_id, asserted_by)
    SELECT id, CASE WHEN r < 0.10 THEN 'supersedes' WHEN r < 0.11 THEN 'derived_from' ELSE 'corroborates' END, prev, claimant_id
    FROM (
      SELECT id, claimant_id, random() AS r, lag(id) OVER (PARTITION BY country, metric ORDER BY as_of, id) AS prev FROM claims
    ) x
    WHERE prev IS NOT NULL AND r < 0.12`,
  );
  await step(
    'superseded',
    `
    UPDATE claims c SET status = 'superseded'
    FROM claim_relations r
    WHERE r.type = 'supersedes' AND r.related_claim_id = c.id AND c.status = 'active'`,
  );

  // One create revision per claim, its snapshot built in SQL: the claim as the ledger serves it (src/claims/served.ts),
  // every field with its documents and its relations from both sides, so that the ledger as recorded reads as a real
  // one (src/revisions/snapshots.ts; it had no relations and sources without their documents, and the claim's page as
  // recorded answered 500). The claimant's role is left null (which the schema allows), as the generator gives
  // affiliations no dates. No changes, as the ledger stores a create (they are derived from the snapshot when served).
  // A claim's relations from both sides are gathered once for all claims (relation_sides, relations_of): a subquery per
  // claim on `claim_id = c.id OR related_claim_id = c.id` read the whole relations table for each claim (the full run's
  // generation did not end in ten minutes).
  // The tables just written have no statistics yet (autovacuum analyses them a minute later, after this statement was
  // planned): planned blind, a join on a table PostgreSQL takes for a few rows becomes a loop over the whole of it per
  // claim. ANALYZE first, so that the snapshot statement is planned on what the tables hold.
  await step('analyze', 'ANALYZE actors, documents, claims, claim_sources, claim_relations');
  const servedTime = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  const inverse = Object.entries(INVERSE_RELATION)
    .map(([type, inverted]) => `WHEN '${type}' THEN '${inverted}'`)
    .join(' ');
  await step(
    'revisions',
    `
    WITH relation_sides AS (
      SELECT r.id, r.claim_id AS of_claim, r.type, r.related_claim_id AS other, r.asserted_by FROM claim_relations r
      UNION ALL
      SELECT r.id, r.related_claim_id, CASE r.type ${inverse} END, r.claim_id, r.asserted_by FROM claim_relations r
    ), relations_of AS (
      SELECT s.of_claim, jsonb_agg(jsonb_build_object(
          'type', s.type, 'claim_id', s.other, 'asserted_by', jsonb_build_object('id', ra.id, 'name', ra.name)) ORDER BY s.id) AS relations
      FROM relation_sides s JOIN actors ra ON ra.id = s.asserted_by
      GROUP BY s.of_claim
    )
    INSERT INTO revisions (entity, entity_id, version, action, author, reason, changes, snapshot, created_at)
    SELECT 'claim', c.id, 1, 'create', 'bench', 'synthetic benchmark data', NULL,
      jsonb_build_object(
        'id', c.id, 'key', c.key, 'metric', c.metric, 'country', c.country, 'group', c.group_slug, 'location', to_jsonb(c.location),
        'value', c.value, 'value_low', c.value_low, 'value_high', c.value_high, 'approximation', c.approximation,
        'value_text', c.value_text, 'as_of', ${partialDateSql('c.as_of', 'c.as_of_precision')},
        'stated_on', ${partialDateSql('c.stated_on', 'c.stated_precision')}, 'context', c.context,
        'claimant', jsonb_build_object('id', a.id, 'name', a.name, 'kind', a.kind, 'role', NULL, 'organization', NULL),
        'sources', (SELECT jsonb_agg(jsonb_build_object(
            'document', jsonb_build_object('id', d.id, 'title', d.title, 'url', d.url,
              'publisher', CASE WHEN p.id IS NOT NULL THEN jsonb_build_object('id', p.id, 'name', p.name) END,
              'published_on', ${partialDateSql('d.published_on', 'd.published_precision')}),
            'quote', s.quote, 'prefix', s.prefix, 'suffix', s.suffix, 'start', s.start_offset, 'end', s.end_offset) ORDER BY s.position)
          FROM claim_sources s JOIN documents d ON d.id = s.document_id LEFT JOIN actors p ON p.id = d.publisher_id
          WHERE s.claim_id = c.id),
        'relations', COALESCE(ro.relations, '[]'::jsonb),
        'rank', c.rank, 'status', c.status, 'retraction_reason', c.retraction_reason, 'credibility', c.credibility,
        'notes', c.notes, 'version', c.version, 'created_at', ${servedTime('c.created_at')}, 'updated_at', ${servedTime('c.updated_at')}),
      c.created_at
    FROM claims c JOIN actors a ON a.id = c.claimant_id LEFT JOIN relations_of ro ON ro.of_claim = c.id`,
  );

  for (const table of ['actors', 'actor_affiliations', 'documents', 'claims', 'claim_sources', 'claim_relations', 'revisions']) {
    await client.query(`SELECT setval(pg_get_serial_sequence($1, 'id'), (SELECT coalesce(max(id), 0) + 1 FROM ${table}), false)`, [table]);
  }
  // VACUUM too: sets the visibility map (index-only scans) and leaves autovacuum nothing to do during the measurements.
  await step('vacuum analyze', 'VACUUM ANALYZE');
  return timings;
}
