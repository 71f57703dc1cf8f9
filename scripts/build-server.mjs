// Compiles the server (src/index.ts and what it imports) into one JavaScript file, dist/server/index.js, which
// `npm start` runs with plain node. Run by `prestart` and the tests' global set-up (also for `npm test`); skipped when
// the bundle is newer than every source. Packages stay in node_modules (not bundled); files read at run time are found
// from the project root.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(root, 'dist/server/index.js');
const inputs = ['src', 'db', 'seeds', 'package.json', 'package-lock.json', 'tsconfig.json', fileURLToPath(import.meta.url)];

function newest(file) {
  if (!fs.existsSync(file)) return 0;
  const stat = fs.statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(file).map((entry) => newest(path.join(file, entry))));
}

// The extractor's worker thread (src/extract/worker.ts) is a bundle of its own beside the server's.
const outfiles = [outfile, path.join(root, 'dist/server/extract-worker.js')];
const built = outfiles.every((f) => fs.existsSync(f)) ? Math.min(...outfiles.map((f) => fs.statSync(f).mtimeMs)) : 0;
if (built > Math.max(...inputs.map((i) => newest(path.resolve(root, i))))) {
  console.log('server build is up to date');
} else {
  const result = await build({
    absWorkingDir: root,
    entryPoints: { index: 'src/index.ts', 'extract-worker': 'src/extract/worker.ts' },
    bundle: true,
    platform: 'node',
    target: ['node20'],
    // (esbuild writes a regular expression literal with \p{…} outside a character class as a `new RegExp(…)` for any node
    // target, so that one inside a function was made anew at each call; node 20 reads the literal: perf50)
    supported: { 'regexp-unicode-property-escapes': true },
    format: 'cjs',
    packages: 'external',
    sourcemap: true,
    outdir: path.dirname(outfile),
    write: false,
    legalComments: 'none',
    logLevel: 'warning',
  });
  // Written aside and renamed into place: a server or test starting meanwhile reads the old file or the new, never half.
  fs.mkdirSync(path.dirname(outfile), { recursive: true });
  for (const file of result.outputFiles) {
    const temp = `${file.path}.${process.pid}.tmp`;
    fs.writeFileSync(temp, file.contents);
    fs.renameSync(temp, file.path);
  }
  // The first migration reads its place data beside itself (db/migrations/../data); a migration once landed is
  // never edited, so its files are put where the bundle's __dirname (dist/server) makes it look.
  fs.cpSync(path.join(root, 'db/data'), path.join(root, 'dist/data'), { recursive: true });
  console.log(`built ${path.relative(root, outfile)} (${fs.statSync(outfile).size} bytes)`);
}
