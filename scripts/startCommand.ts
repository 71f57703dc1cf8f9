import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..');
let built = false;

/**
 * What `npm start` runs after its `prestart` build, for the tests and the benchmark that start real server
 * processes: the compiled server under plain node, exactly as package.json says (without npm in between, which
 * would stand between the server and the signals sent to it). Builds first when the sources changed.
 */
export function startCommand(): { command: string; args: string[]; cwd: string } {
  if (!built) {
    for (const script of ['scripts/build-web.mjs', 'scripts/build-server.mjs'])
      execFileSync(process.execPath, [script], { cwd: ROOT, stdio: 'ignore' });
    built = true;
  }
  const start = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
  const [program, ...args] = start.split(/\s+/);
  if (program !== 'node') throw new Error(`package.json's start script should run node, not ${program}`);
  return { command: process.execPath, args, cwd: ROOT };
}
