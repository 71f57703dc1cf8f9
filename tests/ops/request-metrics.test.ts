import type { Request, Response } from 'express';
import { Counter } from 'prom-client';
import { createMetrics } from '../../src/ops/metrics';

/** A finished request as the metrics see it: its method, its route's pattern and URL, its status. */
const finished = (method: string, path: string, originalUrl: string, statusCode: number) =>
  [{ method, originalUrl, baseUrl: '', route: { path } } as unknown as Request, { statusCode } as Response] as const;

afterEach(() => jest.restoreAllMocks());

test('a request is counted by the duration histogram alone; the request counter reads its counts when scraped', async () => {
  const counted = jest.spyOn(Counter.prototype, 'incWithoutExemplar' as keyof Counter);
  const metrics = createMetrics();
  counted.mockClear(); // what createMetrics itself counted (nothing today)
  const requests = [
    finished('GET', '/v1/claims', '/v1/claims?limit=5', 200),
    finished('GET', '/v1/claims', '/v1/claims', 200),
    finished('GET', '/:id', '/v1/claims/7', 404),
    finished('HEAD', '/v1/claims', '/v1/claims', 200),
    finished('GET', '/v1/claims', '/v1/claims?limit=0', 400),
    finished('GET', '/v1/claims', '/V1/claims', 200),
  ];
  for (const [req, res] of requests) metrics.requestFinished(req, res, 2_000_000n);
  expect(counted).not.toHaveBeenCalled();

  const lines = (await metrics.registry.metrics()).split('\n');
  const totals = lines.filter((l) => l.startsWith('http_requests_total{'));
  expect(totals).toEqual([
    'http_requests_total{method="GET",route="/v1/claims",status="200"} 3',
    'http_requests_total{method="GET",route="/v1/claims/:id",status="404"} 1',
    'http_requests_total{method="HEAD",route="/v1/claims",status="200"} 1',
    'http_requests_total{method="GET",route="/v1/claims",status="400"} 1',
  ]);
  const counts = lines.filter((l) => l.startsWith('http_request_duration_seconds_count{'));
  expect(counts.map((l) => l.replace('http_request_duration_seconds_count', 'http_requests_total'))).toEqual(totals);

  // A request since the last scrape is counted once, and scrapes at the same time count nothing twice.
  metrics.requestFinished(...requests[3], 2_000_000n);
  const scrapes = await Promise.all([1, 2, 3].map(() => metrics.registry.metrics()));
  for (const text of scrapes)
    expect(text.split('\n').filter((l) => l.startsWith('http_requests_total{'))).toEqual([
      totals[0],
      totals[1],
      'http_requests_total{method="HEAD",route="/v1/claims",status="200"} 2',
      totals[3],
    ]);
  expect(lines.findIndex((l) => l.startsWith('# HELP http_requests_total'))).toBeLessThan(
    lines.findIndex((l) => l.startsWith('# HELP http_request_duration_seconds')),
  );
});
