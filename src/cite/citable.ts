/** What a citation is made from: a claim with what it names resolved (claimant, metric, place, group) and its documents. */
import type { ClaimStatus, StatedFigure } from '../claims/model';
import type { ActorKind, DocumentKind, PlaceKind } from '../closedSets';

export interface CitableDocument {
  id: number;
  kind: DocumentKind;
  title: string;
  url: string | null;
  container_title: string | null;
  publisher: string | null;
  /** The publisher's full name when it is a media outlet (Radio Free Europe/Radio Liberty), else null. */
  outlet?: string | null;
  authors: string[];
  /** YYYY, YYYY-MM, YYYY-MM-DD or null (unknown: "n.d."). */
  published_on: string | null;
  language: string | null;
  /** ISO timestamp of when the ledger retrieved the document, if recorded. */
  retrieved_at: string | null;
}

export interface CitableClaim extends StatedFigure {
  id: number;
  claimant: {
    name: string;
    kind: ActorKind;
    /** Short all-capitals alias, shown in parentheses: KNB. */
    short: string | null;
    role: string | null;
    organization: { name: string; kind: ActorKind; short: string | null } | null;
  };
  metric: { code: string; label: string; unit: string };
  country: { code: string; name: string; kind: PlaceKind };
  group: { slug: string; name: string } | null;
  /** Names of the places where they are (theatre). */
  location: string[];
  context: string | null;
  status: ClaimStatus;
  retraction_reason: string | null;
  /**
   * The figures that now stand in this one's place: the ends of its supersession chains (chainEnds, service.ts), each
   * with the claims passed on the way; or, when every claim superseding it is retracted, those (`retracted`).
   */
  superseded_by: { id: number; value_text: string; claimant: string; through: number[]; retracted: boolean }[];
  documents: CitableDocument[];
}

export interface CiteOptions {
  /** Access date (YYYY-MM-DD) that overrides every document's; else each document's retrieved_at, else `today`. */
  accessed?: string;
  /** The date of the request, YYYY-MM-DD. */
  today: string;
}
