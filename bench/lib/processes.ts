import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const TSX_BIN = path.join(ROOT, 'node_modules', '.bin', 'tsx');

export interface Server {
  name: string;
  url: string;
  /** The process that serves (node itself, so its /proc status is the server’s memory). */
  pid: number;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Status code of a GET (or any request), or null when nothing answers. */
export function request(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders } | null> {
  return new Promise((resolve) => {
    const req = http.request(url, { method: options.method ?? 'GET', headers: options.headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
      res.on('error', () => resolve(null));
    });
    req.on('error', () => resolve(null));
    req.setTimeout(60_000, () => req.destroy());
    req.end(options.body);
  });
}

/** Streams a file as the body of POST, as an editor would with curl --data-binary. */
export function postFile(
  url: string,
  file: string,
  contentType: string,
  key: string,
): Promise<{ status: number; body: string; location?: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        headers: { 'Content-Type': contentType, 'Content-Length': fs.statSync(file).size, Authorization: `Bearer ${key}` },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), location: res.headers.location }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.setTimeout(30 * 60_000, () => req.destroy(new Error('import timed out')));
    fs.createReadStream(file).pipe(req);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `url` until it answers 200; returns the seconds waited. Fails when the process exits or time runs out. */
export async function waitFor200(url: string, child: ChildProcess, timeoutMs = 180_000, everyMs = 50): Promise<number> {
  const started = process.hrtime.bigint();
  let exited: number | null = null;
  child.once('exit', (code) => {
    exited = code ?? -1;
  });
  for (;;) {
    const res = await request(url);
    if (res?.status === 200) return Number(process.hrtime.bigint() - started) / 1e9;
    if (exited !== null) throw new Error(`${url}: the server exited with code ${exited} before answering`);
    if (Number(process.hrtime.bigint() - started) / 1e6 > timeoutMs) throw new Error(`${url}: no 200 after ${timeoutMs / 1000} s`);
    await sleep(everyMs);
  }
}

export interface SpawnOptions {
  name: string;
  /** Arguments after `node`; TypeScript entry points (.ts) are run through tsx’s loader in the same process. */
  args: string[];
  env: Record<string, string>;
  port: number;
  healthPath: string;
  /** Where the child’s stderr goes (the benchmark prints it when something fails). */
  logFile: string;
}

/** Stops a child: SIGTERM, then SIGKILL after a grace period. */
export async function stopChild(child: ChildProcess, graceMs = 15_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/** Starts a server in a child process of its own (the load generator and the server never share an event loop). */
export async function startServer(options: SpawnOptions): Promise<Server> {
  const log = fs.openSync(options.logFile, 'a');
  const loader = options.args.some((a) => a.endsWith('.ts')) ? ['--import', 'tsx'] : [];
  // BENCH_NODE_ARGS (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`): node flags for every server child, which
  // NODE_OPTIONS refuses for profiling flags.
  const extra = (process.env.BENCH_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
  const child = spawn(process.execPath, [...extra, ...loader, ...options.args], {
    cwd: ROOT,
    env: { ...process.env, ...options.env, PORT: String(options.port) },
    stdio: ['ignore', log, log],
  });
  fs.closeSync(log);
  const url = `http://127.0.0.1:${options.port}`;
  try {
    await waitFor200(url + options.healthPath, child);
  } catch (err) {
    await stopChild(child);
    const tail = fs.readFileSync(options.logFile, 'utf8').split('\n').slice(-30).join('\n');
    throw new Error(`${options.name} did not start: ${(err as Error).message}\n${tail}`);
  }
  return { name: options.name, url, pid: child.pid!, child, stop: () => stopChild(child) };
}

/** Resident memory of a process from /proc, in MB: `VmRSS` now or `VmHWM` (its peak so far). */
export function memoryMb(pid: number, field: 'VmRSS' | 'VmHWM'): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Samples VmRSS every `everyMs` until stopped; returns the highest value seen (and VmHWM when readable). */
export function sampleRss(pid: number, everyMs = 50): { stop(): number | null } {
  let peak: number | null = null;
  const take = () => {
    const rss = memoryMb(pid, 'VmRSS');
    if (rss !== null && (peak === null || rss > peak)) peak = rss;
  };
  take();
  const timer = setInterval(take, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      take();
      const hwm = memoryMb(pid, 'VmHWM');
      return hwm !== null && (peak === null || hwm > peak) ? hwm : peak;
    },
  };
}

/** CPU seconds (user + system) a process has used so far, from /proc; null where there is no /proc. */
export function cpuSeconds(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are 14th and 15th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/**
 * A meter of the CPU seconds a PostgreSQL server spends from the first reading on: its postmaster and its
 * backends (children, found from the data folder’s postmaster.pid). Backends come and go with the pools;
 * one that exits between readings was idle (pools close idle connections), so it is dropped without loss.
 */
export function postgresCpuMeter(clusterDir: string): () => number | null {
  let last: Map<number, number> | null = null;
  let total = 0;
  return () => {
    try {
      const postmaster = Number(fs.readFileSync(path.join(clusterDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
      const children = fs
        .readFileSync(`/proc/${postmaster}/task/${postmaster}/children`, 'utf8')
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map(Number);
      const now = new Map<number, number>();
      for (const pid of [postmaster, ...children]) {
        const cpu = cpuSeconds(pid);
        if (cpu !== null) now.set(pid, cpu);
      }
      if (last) for (const [pid, cpu] of now) total += cpu - (last.get(pid) ?? 0);
      last = now;
      return total;
    } catch {
      return null;
    }
  };
}
