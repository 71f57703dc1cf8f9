import { SUBDIVISIONS, type Subdivision } from './migrations/20261210010000_subdivisions';
import { ORIGIN_SUBDIVISIONS } from './migrations/20261221040000_origin_subdivisions';
import { ISO_ORIGIN_SUBDIVISIONS } from './migrations/20261227040000_iso_origin_subdivisions';

/**
 * The subdivisions the ledger ships with: every one a migration inserts, in the order inserted. The extractor's offline
 * lexicon (src/extract/fileLexicon.ts) reads them from here, and an admin may delete only a subdivision not among them
 * (one an editor added: src/vocab/service.ts). A later migration that inserts subdivisions adds its list here;
 * tests/vocab/place-delete.test.ts checks that a freshly migrated ledger holds these and no other.
 */
export const SHIPPED_SUBDIVISIONS: readonly Subdivision[] = [...SUBDIVISIONS, ...ORIGIN_SUBDIVISIONS, ...ISO_ORIGIN_SUBDIVISIONS];

const SHIPPED_CODES = new Set(SHIPPED_SUBDIVISIONS.map((s) => s.code));

/** Whether a migration inserts the subdivision of this code (RU-CE, IQ-KR), not an editor. */
export const shippedSubdivision = (code: string): boolean => SHIPPED_CODES.has(code);
