import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Second pass: left out, its processes are Node alone and meet no PostgreSQL.

/*
 * A test run stopped by a signal stops its embedded PostgreSQL (tests/support/stopOnSignals.ts, set by globalSetup):
 * here a Node process sets the handlers with a stand-in `stop` that writes a file, and is sent the signal.
 */
const STOPPER = path.resolve(__dirname, '../support/stopOnSignals.ts');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stop-on-signals-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A process that sets the handlers (a stop taking `stopMs`, or none when `forget`) and says "ready"; its exit. */
function started(name: string, { stopMs = 200, forget = false } = {}) {
  const marker = path.join(dir, name);
  const script = `
    const { stopOnSignals } = require(${JSON.stringify(STOPPER)});
    const forget = stopOnSignals(() => new Promise((resolve) => setTimeout(() => {
      require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'stopped');
      resolve();
    }, ${stopMs})));
    if (${forget}) forget();
    setInterval(() => undefined, 1000);
    process.stdout.write('ready\\n');`;
  const child = spawn(process.execPath, ['--import', 'tsx', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  const ready = new Promise<void>((resolve) => child.stdout.on('data', (chunk) => String(chunk).includes('ready') && resolve()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, ready, exited, stopped: () => fs.existsSync(marker) };
}

test.each([
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
] as const)('on %s the run stops its PostgreSQL first, then ends with code %d', async (signal, code) => {
  const run = started(signal);
  await run.ready;
  run.child.kill(signal);
  expect(await run.exited).toEqual({ code, signal: null });
  expect(run.stopped()).toBe(true);
});

test('a second signal while it stops ends the run at once', async () => {
  const run = started('twice', { stopMs: 30_000 });
  await run.ready;
  run.child.kill('SIGINT');
  await new Promise((resolve) => setTimeout(resolve, 300));
  run.child.kill('SIGINT');
  expect(await run.exited).toEqual({ code: null, signal: 'SIGINT' });
  expect(run.stopped()).toBe(false);
});

test('once globalTeardown took the handlers away, a signal ends the run as it did without them', async () => {
  const run = started('forgotten', { forget: true });
  await run.ready;
  run.child.kill('SIGTERM');
  expect(await run.exited).toEqual({ code: null, signal: 'SIGTERM' });
  expect(run.stopped()).toBe(false);
});
