import { ServedApp, servedInBrowser } from '../support/browser';
import type { TestApp } from '../support/app';
import { loadVocabulariesOnly } from './support';

/*
 * The workspace served to Chromium, apart from ./support: support.ts is imported by ~50 test files that send their
 * requests through supertest, and loading playwright-core with it cost each ~0.6 s of CPU (node's require; more in
 * jest's module registry) in both of CI's passes, for a browser none of them launches.
 */

/**
 * Registers, in the calling describe, a fresh vocabulary-only ledger (`prepare` adds to it before it is served) and
 * Chromium, all closed after; the fields are set once beforeAll has run.
 */
export function servedLedger(prepare: (t: TestApp) => Promise<void> = async () => {}): ServedApp {
  return servedInBrowser({
    prepare: async (t) => {
      await loadVocabulariesOnly(t.db);
      await prepare(t);
    },
  });
}
