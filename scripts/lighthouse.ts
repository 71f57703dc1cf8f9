/**
 * npm run lighthouse [-- --url http://host:port]
 *
 * A Lighthouse report (desktop preset; performance, accessibility, best practices) of the main pages, as a
 * script, not a test gate (issue 10). Without --url it starts its own server (as `npm start` does, see
 * serverProcess.ts) on a fresh temporary data folder with the seed data and a free loopback port, and stops it
 * afterwards. Runs Debian's Chromium (CHROME_PATH, default /usr/bin/chromium) through chrome-launcher; never
 * downloads a browser. Prints a table of scores, writes the JSON and HTML reports under .data/lighthouse/, and
 * exits 1 when a page scores below performance 95 or accessibility 100.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ServerProcess, startServer } from './serverProcess';

const PAGES = [
  '/',
  '/?q=Kazakh',
  '/claims/2',
  '/countries/KZ',
  '/compare/sources?country=KZ&metric=foreign_fighters',
  '/compare/timeline?country=RU&metric=foreign_fighters',
  '/compare/countries?metric=foreign_fighters',
  '/actors/4',
  '/documents/1',
  '/sign-in',
];
const TARGETS = { performance: 95, accessibility: 100 };
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const OUT_DIR = path.join(__dirname, '..', '.data', 'lighthouse');

function slug(page: string): string {
  return page === '/'
    ? 'home'
    : page
        .replace(/^\//, '')
        .replace(/[^A-Za-z0-9]+/g, '-')
        .replace(/-+$/, '');
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { url: { type: 'string' } } });
  // Both are ES modules; this file is compiled as CommonJS.
  const { default: lighthouse, desktopConfig } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');

  let server: ServerProcess | undefined;
  let dataDir: string | undefined;
  let chrome: Awaited<ReturnType<typeof chromeLauncher.launch>> | undefined;
  let url = values.url;
  try {
    if (!url) {
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'claims-ledger-lighthouse-'));
      fs.chmodSync(dataDir, 0o755);
      console.log(`starting a server on ${dataDir} …`);
      server = await startServer(dataDir);
      url = server.url;
    }
    fs.mkdirSync(OUT_DIR, { recursive: true });
    chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      chromeFlags: CHROME_FLAGS,
      logLevel: 'error',
    });

    const rows: { page: string; performance: number; accessibility: number; 'best-practices': number; failing: string[] }[] = [];
    for (const page of PAGES) {
      const result = await lighthouse(
        url + page,
        { port: chrome.port, output: ['json', 'html'], logLevel: 'error', onlyCategories: [...CATEGORIES] },
        desktopConfig,
      );
      if (!result) throw new Error(`no Lighthouse result for ${page}`);
      const { lhr, report } = result;
      if (lhr.runtimeError) throw new Error(`${page}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const [json, html] = report as string[];
      fs.writeFileSync(path.join(OUT_DIR, `${slug(page)}.json`), json);
      fs.writeFileSync(path.join(OUT_DIR, `${slug(page)}.html`), html);
      const score = (c: string) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
      // The audits that cost points in the two gated categories, for a quick look without opening the report.
      const failing = (['performance', 'accessibility'] as const).flatMap((c) =>
        lhr.categories[c].auditRefs.filter((r) => r.weight > 0 && (lhr.audits[r.id].score ?? 1) < 0.9).map((r) => r.id),
      );
      rows.push({
        page,
        performance: score('performance'),
        accessibility: score('accessibility'),
        'best-practices': score('best-practices'),
        failing,
      });
    }

    const width = Math.max(...PAGES.map((p) => p.length));
    console.log(`\n${'page'.padEnd(width)}  perf  a11y  best  below 0.9`);
    for (const r of rows) {
      console.log(
        `${r.page.padEnd(width)}  ${String(r.performance).padStart(4)}  ${String(r.accessibility).padStart(4)}  ${String(r['best-practices']).padStart(4)}  ${r.failing.join(', ')}`,
      );
    }
    console.log(
      `\nreports in ${path.relative(process.cwd(), OUT_DIR) || OUT_DIR}/ (load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}, ${os.cpus().length} CPUs)`,
    );
    const below = rows.filter((r) => r.performance < TARGETS.performance || r.accessibility < TARGETS.accessibility);
    if (below.length > 0) {
      console.log(
        `below performance ${TARGETS.performance} or accessibility ${TARGETS.accessibility}: ${below.map((r) => r.page).join(', ')}`,
      );
      process.exitCode = 1;
    }
  } finally {
    if (chrome) chrome.kill();
    if (server) {
      server.child.kill('SIGTERM');
      await server.exited;
      fs.rmSync(dataDir!, { recursive: true, force: true });
    }
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
