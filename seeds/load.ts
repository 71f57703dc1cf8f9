import fs from 'node:fs';
import type { ActorInput } from '../src/actors/service';
import type { ClaimInput } from '../src/claims/service';
import type { Db } from '../src/db/knex';
import type { DocumentInput } from '../src/documents/service';
import type { Principal } from '../src/keys/store';
import { createValidator } from '../src/http/validate';
import { createServices } from '../src/services';
import { fromRoot } from '../src/paths';

/** Seed records name each other by `ref`; the loader turns refs into ids. */
interface SeedFile {
  metrics: { code: string; label: string; unit: string; definition: string }[];
  groups: { slug: string; name: string; aliases: string[]; description: string | null }[];
  actors: (Omit<ActorInput, 'affiliations'> & { ref: string; affiliations?: { organization: string; role: string }[] })[];
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

function idOf(ids: Map<string, number>, ref: string): number {
  const id = ids.get(ref);
  if (id === undefined) throw new Error(`Seed data names unknown ref "${ref}"`);
  return id;
}

/** True when the ledger holds no claims yet (vocabularies of countries come with the migrations). */
export async function isEmpty(db: Db): Promise<boolean> {
  const row = await db('claims').first('id');
  return row === undefined;
}

/**
 * Loads the seed article's actors, document and claims through the same services as the API, so every
 * rule (quotes, references, revisions) applies to them too.
 */
export async function loadSeed(db: Db, file = SEED_FILE): Promise<{ claims: number }> {
  const seed = JSON.parse(fs.readFileSync(file, 'utf8')) as SeedFile;
  const services = await createServices(db);
  const validator = createValidator();
  for (const m of seed.metrics) if (!(await services.vocabulary.getMetric(m.code))) await services.vocabulary.createMetric(m);
  for (const g of seed.groups) if (!(await services.vocabulary.resolveGroup(g.slug))) await services.vocabulary.createGroup(g);

  const actors = new Map<string, number>();
  for (const { ref, affiliations, ...actor } of seed.actors) {
    const input = validator.body<ActorInput>('actor.json#/$defs/ActorCreate', {
      ...actor,
      ...(affiliations && { affiliations: affiliations.map((a) => ({ organization_id: idOf(actors, a.organization), role: a.role })) }),
    });
    const created = await services.actors.create(input, SEEDER);
    actors.set(ref, created.id);
  }
  const documents = new Map<string, number>();
  for (const { ref, publisher, ...doc } of seed.documents) {
    const input = validator.body<DocumentInput>('document.json#/$defs/DocumentCreate', { ...doc, publisher_id: publisher ? idOf(actors, publisher) : null });
    const created = await services.documents.create(input, SEEDER);
    documents.set(ref, created.id);
  }
  const claims = new Map<string, number>();
  for (const { ref, claimant, sources, relations, ...claim } of seed.claims) {
    const input = validator.body<ClaimInput>('claim.json#/$defs/ClaimCreate', {
      ...claim,
      claimant_id: idOf(actors, claimant),
      sources: sources.map((s) => ({ document_id: idOf(documents, s.document), quote: s.quote })),
      ...(relations && { relations: relations.map((r) => ({ type: r.type, claim_id: idOf(claims, r.claim), ...(r.asserted_by && { asserted_by: idOf(actors, r.asserted_by) }) })) }),
      reason: 'seed data from the RFE/RL article',
    });
    const created = await services.claims.create(input, SEEDER);
    claims.set(ref, created.id);
  }
  return { claims: claims.size };
}
