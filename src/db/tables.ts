/** Row types, declared once, as the tables hold them (snake_case columns). */
import type { ClaimColumns, RelationType } from '../claims/model';
import type { ActorKind, DocumentKind, Precision, ReliabilityGrade, RevisionAction, RevisionEntity } from '../closedSets';

export interface ActorRow {
  id: number;
  kind: ActorKind;
  name: string;
  country: string | null;
  aliases: string[];
  reliability: ReliabilityGrade | null;
  notes: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export interface AffiliationRow {
  id: number;
  person_id: number;
  organization_id: number;
  role: string;
  from_date: string | null;
  from_precision: Precision | null;
  to_date: string | null;
  to_precision: Precision | null;
  position: number;
}

export interface DocumentRow {
  id: number;
  kind: DocumentKind;
  title: string;
  url: string | null;
  container_title: string | null;
  publisher_id: number | null;
  authors: string[];
  published_on: string | null;
  published_precision: Precision | null;
  language: string | null;
  retrieved_at: Date | null;
  text: string | null;
  text_sha256: string | null;
  notes: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export interface ClaimRow extends ClaimColumns {
  id: number;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export interface ClaimSourceRow {
  id: number;
  claim_id: number;
  document_id: number;
  quote: string;
  prefix: string | null;
  suffix: string | null;
  start_offset: number | null;
  end_offset: number | null;
  position: number;
}

export interface ClaimRelationRow {
  id: number;
  claim_id: number;
  type: RelationType;
  related_claim_id: number;
  asserted_by: number;
  created_at: Date;
}

export interface RevisionRow {
  id: number;
  entity: RevisionEntity;
  entity_id: number;
  version: number;
  action: RevisionAction;
  author: string;
  reason: string | null;
  changes: Record<string, { from: unknown; to: unknown }>;
  snapshot: Record<string, unknown>;
  created_at: Date;
}
