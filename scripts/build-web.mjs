// Builds the web interface's client bundle (script only enhances pages that work without it).
// Run by `prestart` and the tests' global set-up (tests/support/globalSetup.ts, also for `npm test`): nobody runs it
// by hand. Skips the build when the bundle is newer than every source.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = path.join(root, 'src/web/client');
const outfile = path.join(root, 'dist/web/app.js');

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

const built = fs.existsSync(outfile) ? fs.statSync(outfile).mtimeMs : 0;
if (built > newestSource(sourceDir) && built > fs.statSync(fileURLToPath(import.meta.url)).mtimeMs) {
  console.log('web bundle is up to date');
} else {
  await build({
    entryPoints: [path.join(sourceDir, 'main.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['es2020'],
    outfile,
    legalComments: 'none',
    logLevel: 'warning',
  });
  console.log(`built ${path.relative(root, outfile)} (${fs.statSync(outfile).size} bytes)`);
}
