// `npm test`: the type check and lint run beside jest rather than before it. Each is one process on one core for
// ~20–30 s, while jest's workers leave the cores idle for part of the run (a file waiting on PostgreSQL, Chromium or a
// server process): run first, they added their whole time to the run. Their output is printed whole when each ends,
// a failure at once; the run fails if any of the three failed. Arguments go to jest (`npm test -- tests/claims`).
import { spawn } from 'node:child_process';

/** Runs a command; its output is kept and printed when it ends (`buffered`), or passed straight through. */
function run(command, args, buffered) {
  const child = spawn(command, args, { stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
  const output = [];
  if (buffered) {
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
  }
  return new Promise((resolve) => {
    child.on('error', (err) => resolve({ ok: false, output: [Buffer.from(`${command}: ${err.message}\n`)] }));
    child.on('close', (code) => resolve({ ok: code === 0, output }));
  }).then((result) => {
    if (buffered) process.stdout.write(Buffer.concat(result.output));
    if (!result.ok) process.stderr.write(`npm test: ${[command, ...args].join(' ')} failed\n`);
    return result.ok;
  });
}

const results = await Promise.all([
  run('tsc', ['--noEmit'], true),
  run('npm', ['run', '-s', 'lint'], true),
  run('jest', process.argv.slice(2), false),
]);
process.exitCode = results.every(Boolean) ? 0 : 1;
