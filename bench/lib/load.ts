import autocannon from 'autocannon';

export interface LoadResult {
  /** Successful (2xx) responses per second. */
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  /** Seconds measured. */
  seconds: number;
  /** Responses that were not 2xx, plus connection errors and timeouts. */
  failures: number;
  /** CPU milliseconds per response of the server process and of PostgreSQL, when `cpu` was given. */
  cpuMsPerRequest?: { server: number | null; postgres: number | null };
}

/** CPU seconds used so far by the server process and by PostgreSQL (null when unknown). */
export type CpuProbe = () => { server: number | null; postgres: number | null };

export interface LoadOptions {
  url: string;
  /** Cycled through by every connection. */
  requests: { method?: 'GET' | 'POST'; path: string; body?: string; headers?: Record<string, string> }[];
  connections: number;
  seconds: number;
  /** Seconds of unmeasured load first, so caches, pools and the JIT are warm. */
  warmupSeconds?: number;
  /** Read before and after the measured part: CPU per request is steadier than requests/s on a shared machine. */
  cpu?: CpuProbe;
}

/** Load with autocannon over loopback, in this process; the server runs in another. */
export async function hammer(options: LoadOptions): Promise<LoadResult> {
  const run = (seconds: number) =>
    autocannon({
      url: options.url,
      connections: options.connections,
      duration: seconds,
      requests: options.requests,
      timeout: 30,
    });
  if (options.warmupSeconds) await run(options.warmupSeconds);
  const before = options.cpu?.();
  const r = await run(options.seconds);
  const after = options.cpu?.();
  const responses = r['2xx'] + r.non2xx;
  const perRequest = (a: number | null | undefined, b: number | null | undefined) =>
    a === null || a === undefined || b === null || b === undefined || responses === 0 ? null : +(((b - a) * 1000) / responses).toFixed(3);
  return {
    ...(before &&
      after && {
        cpuMsPerRequest: { server: perRequest(before.server, after.server), postgres: perRequest(before.postgres, after.postgres) },
      }),
    rps: r['2xx'] / r.duration,
    p50: r.latency.p50,
    p99: r.latency.p99,
    requests: r['2xx'] + r.non2xx,
    seconds: r.duration,
    failures: r.non2xx + r.errors + r.timeouts,
  };
}
