import { BENCH_METRICS } from './generate';

/**
 * The rows of the import measurement, made once in memory and written two ways: as the NDJSON file the
 * ledger’s bulk import reads (POST /v1/import, lines tagged by type, references by client keys) and as CSV
 * for a bare COPY FROM of the same rows into the same tables (the physical limit).
 */
export interface ImportSet {
  actors: { key: string; id: number; kind: string; name: string }[];
  documents: { key: string; id: number; title: string; url: string; publisher: number; published_on: string }[];
  claims: {
    key: string;
    id: number;
    metric: string;
    country: string;
    value: number | null;
    value_low: number | null;
    value_high: number | null;
    approximation: string;
    value_text: string;
    as_of: string;
    claimant: number;
    sources: { document: number; quote: string }[];
    supersedes: number | null;
  }[];
}

/** Small deterministic generator (mulberry32), so both files hold the same rows on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const APPROXIMATIONS: [string, number][] = [
  ['exact', 0.3],
  ['approximately', 0.55],
  ['more_than', 0.7],
  ['at_least', 0.75],
  ['range', 0.95],
  ['vague', 1],
];

/** `claims` claims over the given country codes, with one claimant per 200 claims and one document per 10. */
export function makeImportSet(claims: number, countries: string[], seed = 7): ImportSet {
  const random = prng(seed);
  const pick = <T>(items: T[], skew = 1) => items[Math.floor(Math.pow(random(), skew) * items.length)];
  const publishers = Math.max(5, Math.round(claims / 2000));
  const claimants = Math.max(10, Math.round(claims / 200));
  const documents = Math.max(20, Math.round(claims / 10));
  const set: ImportSet = { actors: [], documents: [], claims: [] };
  for (let i = 1; i <= publishers + claimants; i++) {
    const publisher = i <= publishers;
    set.actors.push({
      key: `a${i}`,
      id: i,
      kind: publisher ? 'media_outlet' : 'person',
      name: publisher ? `Import publisher ${i}` : `Import claimant ${i}`,
    });
  }
  for (let i = 1; i <= documents; i++) {
    const day = new Date(Date.UTC(2000, 0, 1) + Math.floor(random() * 9000) * 86_400_000).toISOString().slice(0, 10);
    set.documents.push({
      key: `d${i}`,
      id: i,
      title: `Imported report ${i}`,
      url: `https://example.org/import/${i}`,
      publisher: 1 + Math.floor(random() * publishers),
      published_on: day,
    });
  }
  const lastOf = new Map<string, number>();
  for (let i = 1; i <= claims; i++) {
    const r = random();
    const approximation = APPROXIMATIONS.find(([, upTo]) => r < upTo)![0];
    const v = Math.round(Math.exp(2 + random() * 7));
    const metric = pick(BENCH_METRICS, 1.5)[0];
    const country = pick(countries, 2);
    const words: Record<string, string> = {
      exact: String(v),
      approximately: `about ${v}`,
      more_than: `over ${v}`,
      at_least: `at least ${v}`,
      range: `${v} to ${v * 2}`,
      vague: 'hundreds',
    };
    const sourceCount = i % 20 < 3 ? 3 : i % 5 < 2 ? 2 : 1;
    const sources = Array.from({ length: sourceCount }, (_, p) => ({
      document: 1 + ((i * 7 + p * 13) % documents),
      quote: `Officials said that ${words[approximation]} nationals were counted (${metric}).`,
    }));
    const previous = lastOf.get(`${country}/${metric}`);
    lastOf.set(`${country}/${metric}`, i);
    set.claims.push({
      key: `c${i}`,
      id: i,
      metric,
      country,
      value: approximation === 'vague' || approximation === 'range' ? null : v,
      value_low: approximation === 'range' || approximation === 'more_than' || approximation === 'at_least' ? v : null,
      value_high: approximation === 'range' ? v * 2 : null,
      approximation,
      value_text: words[approximation],
      as_of: String(2000 + Math.floor(random() * 25)),
      claimant: publishers + 1 + Math.floor(Math.pow(random(), 1.3) * claimants),
      sources,
      supersedes: previous !== undefined && random() < 0.1 ? previous : null,
    });
  }
  return set;
}

/** The NDJSON of issue 5’s import: actors, then documents, then claims, each referring to the others by key. */
export function* ndjsonLines(set: ImportSet): Generator<string> {
  for (const a of set.actors) yield JSON.stringify({ type: 'actor', key: a.key, kind: a.kind, name: a.name });
  for (const d of set.documents) {
    yield JSON.stringify({
      type: 'document',
      key: d.key,
      title: d.title,
      url: d.url,
      publisher: `a${d.publisher}`,
      published_on: d.published_on,
    });
  }
  for (const c of set.claims) {
    yield JSON.stringify({
      type: 'claim',
      key: c.key,
      metric: c.metric,
      country: c.country,
      value: c.value,
      value_low: c.value_low,
      value_high: c.value_high,
      approximation: c.approximation,
      value_text: c.value_text,
      as_of: c.as_of,
      claimant: `a${c.claimant}`,
      sources: c.sources.map((s) => ({ document: `d${s.document}`, quote: s.quote })),
      ...(c.supersedes !== null && { relations: [{ type: 'supersedes', claim: `c${c.supersedes}` }] }),
    });
  }
}

/** One CSV field: quoted when it needs to be, empty (NULL for COPY) when null. */
export function csvField(v: string | number | null): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) || s === '' ? `"${s.replace(/"/g, '""')}"` : s;
}

const line = (fields: (string | number | null)[]) => fields.map(csvField).join(',') + '\n';

/** COPY targets: the same rows as the NDJSON, with ids given, in load order. */
export function copyTables(set: ImportSet): { table: string; columns: string[]; rows: () => Generator<string> }[] {
  return [
    {
      table: 'actors',
      columns: ['id', 'kind', 'name'],
      rows: function* () {
        for (const a of set.actors) yield line([a.id, a.kind, a.name]);
      },
    },
    {
      table: 'documents',
      columns: ['id', 'title', 'url', 'publisher_id', 'published_on', 'published_precision'],
      rows: function* () {
        for (const d of set.documents) yield line([d.id, d.title, d.url, d.publisher, d.published_on, 'day']);
      },
    },
    {
      table: 'claims',
      columns: [
        'id',
        'key',
        'metric',
        'country',
        'value',
        'value_low',
        'value_high',
        'approximation',
        'value_text',
        'as_of',
        'as_of_precision',
        'claimant_id',
      ],
      rows: function* () {
        for (const c of set.claims)
          yield line([
            c.id,
            c.key,
            c.metric,
            c.country,
            c.value,
            c.value_low,
            c.value_high,
            c.approximation,
            c.value_text,
            `${c.as_of}-01-01`,
            'year',
            c.claimant,
          ]);
      },
    },
    {
      table: 'claim_sources',
      columns: ['claim_id', 'document_id', 'quote', 'position'],
      rows: function* () {
        for (const c of set.claims) for (const [p, s] of c.sources.entries()) yield line([c.id, s.document, s.quote, p]);
      },
    },
    {
      table: 'claim_relations',
      columns: ['claim_id', 'type', 'related_claim_id', 'asserted_by'],
      rows: function* () {
        for (const c of set.claims) if (c.supersedes !== null) yield line([c.id, 'supersedes', c.supersedes, c.claimant]);
      },
    },
  ];
}
