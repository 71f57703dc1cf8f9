import type { ActorInput } from '../actors/service';
import type { RelationType } from '../claims/model';
import type { ClaimInput } from '../claims/prepare';
import type { DocumentInput } from '../documents/service';

/** Another record: its key (from an earlier line, or stored by an earlier import) or its numeric id. */
export type Ref = number | string;
export type Kind = 'actor' | 'document' | 'claim';
export const TABLES: Record<Kind, string> = { actor: 'actors', document: 'documents', claim: 'claims' };

/** A person's role in an organization, as an import names the organization. */
export interface AffiliationRef {
  organization: Ref;
  role: string;
  from?: string | null;
  to?: string | null;
}
export interface ActorLine extends Omit<ActorInput, 'affiliations'> {
  type: 'actor';
  key?: string;
  affiliations?: AffiliationRef[];
}
export interface DocumentLine extends Omit<DocumentInput, 'publisher_id'> {
  type: 'document';
  key?: string;
  publisher?: Ref | null;
}
export interface ClaimLine extends Omit<ClaimInput, 'claimant_id' | 'sources' | 'relations' | 'key'> {
  type: 'claim';
  /** A stored claim this line updates (else its key, else it is a new claim). */
  id?: number;
  key?: string;
  /** The stored claim's version the line was written against: checked when the line changes the claim (see ImportClaims.updateClaim). */
  version?: number;
  claimant: Ref;
  sources: { document: Ref; quote: string }[];
  relations?: { type: RelationType; claim: Ref; asserted_by?: Ref }[];
}
export interface RelationLine {
  type: 'relation';
  claim: Ref;
  relation: RelationType;
  target: Ref;
  asserted_by?: Ref;
  reason?: string;
}
/** One role of a person: added to the person's affiliations, or its dates changed when the person holds that role there already. */
export interface AffiliationLine extends AffiliationRef {
  type: 'affiliation';
  person: Ref;
  reason?: string;
}
export type Line = ActorLine | DocumentLine | ClaimLine | RelationLine | AffiliationLine;

export const SCHEMAS: Record<Line['type'], string> = {
  actor: 'import.json#/$defs/ImportActorLine',
  document: 'import.json#/$defs/ImportDocumentLine',
  claim: 'import.json#/$defs/ImportClaimLine',
  relation: 'import.json#/$defs/ImportRelationLine',
  affiliation: 'import.json#/$defs/ImportAffiliationLine',
};

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** What an import did; an affiliation line counts as a change of its person (an actor). */
export interface ImportResult {
  lines: number;
  actors: ImportCounts;
  documents: ImportCounts;
  claims: ImportCounts;
  relations: ImportCounts;
}

export const counts = (): ImportCounts => ({ created: 0, updated: 0, unchanged: 0 });
