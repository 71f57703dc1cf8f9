import fs from 'node:fs';
import { Readable } from 'node:stream';
import type { ActorInput } from '../src/actors/service';
import type { ClaimInput } from '../src/claims/prepare';
import type { Db } from '../src/db/knex';
import type { DocumentInput } from '../src/documents/service';
import { DomainError } from '../src/errors';
import { createValidator } from '../src/validate';
import { ImportService } from '../src/import/service';
import type { Principal } from '../src/keys/principal';
import { fromRoot } from '../src/paths';
import { PlaceIndex, VocabularyStore } from '../src/vocab/store';

/** Seed records name each other by `ref`; the loader turns them into import lines that name each other by key. */
interface SeedFile {
  metrics: { code: string; label: string; unit: string; definition: string }[];
  groups: { slug: string; name: string; aliases: string[]; description: string | null }[];
  actors: (Omit<ActorInput, 'affiliations'> & {
    ref: string;
    affiliations?: { organization: string; role: string; from?: string | null; to?: string | null }[];
  })[];
  documents: (Omit<DocumentInput, 'publisher_id'> & { ref: string; publisher?: string })[];
  claims: (Omit<ClaimInput, 'claimant_id' | 'sources' | 'relations'> & {
    ref: string;
    claimant: string;
    sources: { document: string; quote: string }[];
    relations?: { type: string; claim: string; asserted_by?: string }[];
  })[];
}

export const SEED_FILE = fromRoot('seeds', 'ledger.json');

const SEEDER: Principal = { name: 'seed', role: 'admin' };
const REASON = 'seed data from the RFE/RL article';

/** True when the ledger holds no claims yet (vocabularies of countries come with the migrations). */
export async function isEmpty(db: Db): Promise<boolean> {
  const row = await db('claims').first('id');
  return row === undefined;
}

/**
 * The seed's actors, documents and claims as the lines of an import file (NDJSON): actors and documents keyed
 * `seed:<ref>`, claims by their own key (else `seed:<ref>`).
 */
export function seedImportLines(seed: Pick<SeedFile, 'actors' | 'documents' | 'claims'>): string[] {
  const key = (ref: string) => `seed:${ref}`;
  const claimKeys = new Map(seed.claims.map((c) => [c.ref, c.key ?? key(c.ref)]));
  const claimKey = (ref: string) => {
    const found = claimKeys.get(ref);
    if (found === undefined) throw new Error(`Seed data names unknown claim ref "${ref}"`);
    return found;
  };
  return [
    ...seed.actors.map(({ ref, affiliations, ...actor }) => ({
      type: 'actor',
      key: key(ref),
      ...actor,
      ...(affiliations && { affiliations: affiliations.map((a) => ({ ...a, organization: key(a.organization) })) }),
    })),
    ...seed.documents.map(({ ref, publisher, ...doc }) => ({
      type: 'document',
      key: key(ref),
      ...doc,
      ...(publisher && { publisher: key(publisher) }),
    })),
    ...seed.claims.map(({ ref, claimant, sources, relations, ...claim }) => ({
      type: 'claim',
      ...claim,
      key: claimKey(ref),
      claimant: key(claimant),
      sources: sources.map((s) => ({ document: key(s.document), quote: s.quote })),
      ...(relations && {
        relations: relations.map((r) => ({
          type: r.type,
          claim: claimKey(r.claim),
          ...(r.asserted_by && { asserted_by: key(r.asserted_by) }),
        })),
      }),
    })),
  ].map((line) => JSON.stringify(line));
}

/**
 * Loads the seed article's metrics and groups, then its actors, document and claims as one import file through
 * the bulk import (POST /v1/import), so every rule (quotes, references, revisions) applies to them too. Loading it
 * again changes nothing: the records are found by their keys.
 */
export async function loadSeed(db: Db, file = SEED_FILE): Promise<{ claims: number }> {
  const seed = JSON.parse(fs.readFileSync(file, 'utf8')) as SeedFile;
  const vocabulary = new VocabularyStore(db);
  for (const m of seed.metrics) if (!(await vocabulary.getMetric(m.code))) await vocabulary.createMetric(m);
  for (const g of seed.groups) if (!(await vocabulary.resolveGroup(g.slug))) await vocabulary.createGroup(g);
  const lines = seedImportLines(seed);
  if (lines.length === 0) return { claims: 0 };
  const imports = new ImportService({ db, places: await PlaceIndex.load(db), validator: createValidator() });
  try {
    const result = await imports.run(Readable.from([lines.join('\n')]), SEEDER, { reason: REASON });
    return { claims: result.claims.created + result.claims.updated + result.claims.unchanged };
  } catch (err) {
    if (err instanceof DomainError) throw new Error(`The seed file ${file} does not load: ${err.message} ${JSON.stringify(err.errors)}`);
    throw err;
  }
}
