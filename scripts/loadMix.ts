/** The request mix of `npm run load`: pure, so a test can check that every request it makes is a valid one. */

export interface Seed {
  claimIds: number[];
  claimantId: number;
  documentId: number;
  quote: string;
}

export interface MixRequest {
  method: 'GET' | 'POST' | 'PATCH';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

/** Roughly 70% reads, 20% new claims, 10% edits (If-Match: * so concurrent edits do not 412). */
export function nextRequest(seed: Seed, random: () => number, n: number): MixRequest {
  const r = random();
  const id = seed.claimIds[Math.floor(random() * seed.claimIds.length)];
  if (r < 0.3) return { method: 'GET', path: '/v1/claims?limit=20' };
  if (r < 0.5) return { method: 'GET', path: `/v1/claims/${id}` };
  if (r < 0.6) return { method: 'GET', path: '/v1/claims?country=KZ&metric=foreign_fighters' };
  if (r < 0.7) return { method: 'GET', path: '/v1/actors' };
  if (r < 0.9) {
    return {
      method: 'POST',
      path: '/v1/claims',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        metric: 'foreign_fighters',
        country: 'KZ',
        approximation: 'approximately',
        value: 100 + (n % 1000),
        value_text: `about ${100 + (n % 1000)} (load test)`,
        as_of: '2015',
        claimant_id: seed.claimantId,
        sources: [{ document_id: seed.documentId, quote: seed.quote }],
        notes: 'load test',
      }),
    };
  }
  return {
    method: 'PATCH',
    path: `/v1/claims/${id}`,
    headers: { 'Content-Type': 'application/json', 'If-Match': '*' },
    body: JSON.stringify({ credibility: 1 + (n % 6), reason: 'load test edit' }),
  };
}

export interface LoadSummary {
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  throughput: number;
  latency: { p50: number; p90: number; p99: number; max: number };
}

export function summarize(result: {
  requests: { total: number; average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  latency: { p50: number; p90: number; p99: number; max: number };
}): LoadSummary {
  return {
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    throughput: result.requests.average,
    latency: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
  };
}
