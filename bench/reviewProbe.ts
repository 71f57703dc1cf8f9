/**
 * The weight of the workspace's review page for long articles (npm run probe:review): starts the server as npm start
 * does, on a temporary data folder, pastes articles of 1,000 / 5,000 / 15,000 words (tests/support/longArticle.ts)
 * and opens each review in Chromium, signed in as an admin, several times. Prints per article: candidates, forms,
 * HTML bytes (as served, and gzipped on the wire), DOM nodes, and the medians of the server's answer (time to first
 * byte), first contentful paint and the load event (the script has run: the page is interactive). The first view
 * of a review runs the extractor; it is not counted.
 *
 *   npx tsx bench/reviewProbe.ts [-- --runs 5 --words 1000,5000,15000]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serverProcess';
import { longArticle } from '../tests/support/longArticle';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const RUNS = Number(arg('runs', '5'));
const WORDS = arg('words', '1000,5000,15000').split(',').map(Number);
/** The median of the samples taken (a paint Chromium did not report, NaN, is left out). */
const median = (xs: number[]) => {
  const taken = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  return taken.length ? taken[Math.floor(taken.length / 2)] : NaN;
};

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'review-probe-'));
  fs.chmodSync(dataDir, 0o755); // the embedded PostgreSQL runs as postgres when started as root
  const key = 'review-probe-admin-key-0123456789abcdef';
  const server = await startServer(dataDir, { ADMIN_API_KEY: key, READ_TIMEOUT_MS: '120000' });
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.setDefaultTimeout(180_000); // a megabyte of forms took over 30 s to load on a busy machine
    await page.goto(`${server.url}/sign-in`);
    await page.fill('#key', key);
    await Promise.all([page.waitForNavigation(), page.press('#key', 'Enter')]);
    const rows: Record<string, string | number>[] = [];
    for (const words of WORDS) {
      const text = longArticle(words);
      const res = await fetch(`${server.url}/v1/documents`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ title: `A report of ${words} words`, text }),
      });
      const { id } = (await res.json()) as { id: number };
      const url = `${server.url}/workspace/documents/${id}`;
      await page.goto(url); // proposes the candidates once
      const samples: { ttfb: number; fcp: number; load: number }[] = [];
      let shape = { candidates: 0, forms: 0, nodes: 0, bytes: 0, wire: 0 };
      for (let r = 0; r < RUNS; r++) {
        let wire = 0;
        const onResponse = async (resp: import('playwright-core').Response) => {
          if (resp.url().startsWith(url)) wire = Number((await resp.request().sizes()).responseBodySize);
        };
        page.on('response', onResponse);
        await page.goto(url, { waitUntil: 'load' });
        page.off('response', onResponse);
        const m = await page.evaluate(() => {
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
          const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
          return {
            ttfb: nav.responseStart,
            fcp,
            load: nav.loadEventEnd || nav.domContentLoadedEventEnd,
            candidates: document.querySelectorAll('article.cand[data-candidate]').length,
            forms: document.forms.length,
            nodes: document.getElementsByTagName('*').length,
          };
        });
        const bytes = (await page.evaluate(() => fetch(location.href).then((x) => x.text()))).length;
        shape = { candidates: m.candidates, forms: m.forms, nodes: m.nodes, bytes, wire };
        samples.push({ ttfb: m.ttfb, fcp: m.fcp, load: m.load });
      }
      rows.push({
        words,
        ...shape,
        'ttfb ms': Math.round(median(samples.map((s) => s.ttfb))),
        'fcp ms': Math.round(median(samples.map((s) => s.fcp))),
        'load ms': Math.round(median(samples.map((s) => s.load))),
      });
    }
    console.table(rows);
  } catch (e) {
    console.error(server.output().slice(-3000));
    throw e;
  } finally {
    await browser.close();
    server.child.kill('SIGTERM');
    await server.exited;
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
