import autocannon from 'autocannon';

export interface LoadResult {
  /** Successful (2xx) responses per second. */
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  /** Responses that were not 2xx, plus connection errors and timeouts. */
  failures: number;
}

export interface LoadOptions {
  url: string;
  /** Cycled through by every connection. */
  requests: { method?: 'GET' | 'POST'; path: string; body?: string; headers?: Record<string, string> }[];
  connections: number;
  seconds: number;
  /** Seconds of unmeasured load first, so caches, pools and the JIT are warm. */
  warmupSeconds?: number;
}

/** Load with autocannon over loopback, in this process; the server runs in another. */
export async function hammer(options: LoadOptions): Promise<LoadResult> {
  const run = (seconds: number) => autocannon({
    url: options.url,
    connections: options.connections,
    duration: seconds,
    requests: options.requests,
    timeout: 30,
  });
  if (options.warmupSeconds) await run(options.warmupSeconds);
  const r = await run(options.seconds);
  return {
    rps: r['2xx'] / r.duration,
    p50: r.latency.p50,
    p99: r.latency.p99,
    requests: r['2xx'] + r.non2xx,
    failures: r.non2xx + r.errors + r.timeouts,
  };
}
