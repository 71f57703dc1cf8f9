import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startCommand } from './startCommand';

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  exited: Promise<number | null>;
  /** The tail of the server's log. */
  output: () => string;
}

/**
 * Starts the server as `npm start` does (the compiled bundle under node; see startCommand) as a real process on
 * an embedded PostgreSQL in dataDir. Node is the process itself (no npm or wrapper in between), so that a
 * SIGKILL hits the server. Its log goes to a file (dataDir/server-<n>.log), never to a pipe a busy parent might
 * not drain.
 */
/** How long a server that did not start is given to stop (and stop its embedded PostgreSQL) after SIGTERM. */
const STOP_GRACE_MS = 20_000;

export function startServer(dataDir: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  const logFile = path.join(dataDir, `server-${Date.now()}-${Math.random().toString(36).slice(2, 8)}.log`);
  const fd = fs.openSync(logFile, 'a');
  const { command, args, cwd } = startCommand();
  const child = spawn(command, args, {
    cwd,
    env: {
      ...process.env,
      DATABASE_URL: '',
      DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      NODE_ENV: 'production',
      ...env,
    },
    stdio: ['ignore', fd, fd],
  });
  fs.closeSync(fd);
  const output = () => {
    try {
      return fs.readFileSync(logFile, 'utf8').slice(-65536);
    } catch {
      return '';
    }
  };
  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      exitCode = code;
      resolve(code);
    }),
  );
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(() => {
      const m = /serving on (http:\/\/[\d.]+:\d+)/.exec(output());
      if (m) {
        clearInterval(poll);
        resolve({ child, url: m[1], exited, output });
      } else if (exitCode !== undefined) {
        clearInterval(poll);
        reject(new Error(`server exited with ${exitCode} before serving:\n${output()}`));
      } else if (Date.now() - started > 120_000) {
        clearInterval(poll);
        // SIGTERM first: a server still starting stops its embedded PostgreSQL on it (SIGKILL would leave
        // PostgreSQL running, orphaned); SIGKILL only if it has not exited after STOP_GRACE_MS.
        child.kill('SIGTERM');
        const killer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
        void exited.then(() => {
          clearTimeout(killer);
          reject(new Error(`server did not start:\n${output()}`));
        });
      }
    }, 50);
  });
}
