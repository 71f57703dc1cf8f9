import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { Client } from 'pg';

import { startCommand } from '../../scripts/startCommand';

export { startServer } from '../../scripts/serverProcess';
export type { ServerProcess } from '../../scripts/serverProcess';

/** The embedded cluster's postmaster pid and a client on its database, read from the data folder. */
export async function clusterOf(dataDir: string): Promise<{ pid: number; client: Client }> {
  const [pid, , , port] = fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n');
  const password = fs.readFileSync(path.join(dataDir, 'postgres-password'), 'utf8').trim();
  const client = new Client({
    connectionString: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port.trim()}/claims_ledger`,
  });
  client.on('error', () => undefined); // the cluster may be stopped under it, on purpose
  await client.connect();
  return { pid: Number(pid), client };
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A streamed POST: write lines at your pace, then end() for the response. */
export function streamedPost(url: string, headers: Record<string, string>) {
  let resolveRes: (r: { status: number; body: string }) => void;
  let rejectRes: (e: Error) => void;
  const response = new Promise<{ status: number; body: string }>((res, rej) => {
    resolveRes = res;
    rejectRes = rej;
  });
  const req = http.request(url, { method: 'POST', headers: { 'Content-Type': 'application/x-ndjson', ...headers } }, (res) => {
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (c) => {
      body += c;
    });
    res.on('end', () => resolveRes({ status: res.statusCode!, body }));
  });
  req.on('error', (e) => rejectRes(e));
  response.catch(() => undefined);
  return {
    write: (text: string) =>
      new Promise<void>((resolve) => {
        if (req.write(text)) resolve();
        else req.once('drain', () => resolve());
      }),
    end: () => {
      req.end();
      return response;
    },
    response,
  };
}

/**
 * `npm start` (the compiled server) with `env`, to its exit: its exit code and what it wrote to stderr. Every start
 * says which database it is given (a URL, or '' for the embedded PostgreSQL in DATA_DIR): none inherits the run's.
 */
export function runStart(env: NodeJS.ProcessEnv & { DATABASE_URL: string }): Promise<{ code: number | null; stderr: string }> {
  const { command, args, cwd } = startCommand();
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
  return new Promise((resolve) =>
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    }),
  );
}

/** Fails when `stderr` holds a stack trace or an error's dump: a start that fails says one line. */
export const noStack = (stderr: string) => expect(stderr).not.toMatch(/^\s+at |Error:|node:internal|\{$/m);
