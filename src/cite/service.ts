import type { Claim } from '../claims/model';
import type { ClaimStore } from '../claims/store';
import { formatPartialDate } from '../dates';
import { spacedName } from '../words';
import { DomainError } from '../errors';
import type { PlaceIndex } from '../vocab/store';
import type { CitableClaim, CitableDocument } from './citable';
import { CitationFormat, citeClaim, citeClaims } from './format';
import { storedTexts } from './phrases';
import type { CitationStore } from './store';
import { CitationStyle, styleRenderer } from './styles';

export interface CitationRequest {
  format: CitationFormat;
  style: CitationStyle;
  /** YYYY-MM-DD, overriding the documents' retrieval dates. */
  accessed?: string;
  /** The date of the request, YYYY-MM-DD. */
  today: string;
}

/** A short all-capitals alias to show in parentheses: KNB, FSB. */
function shortAlias(aliases: string[]): string | null {
  return aliases.find((a) => /^[A-Z][A-Z0-9&/.-]{1,9}$/.test(a)) ?? null;
}

/** A claim's citation in several formats (format → text), and the stored texts they hold (storedTexts). */
export interface CitedInFormats {
  citations: Record<string, string>;
  stored: string[];
}

/**
 * Names and titles as a citation prints them (spacedName): a claimant stored as "Nurtai  Abykaev " had been cited
 * "Nurtai  Abykaev , chairman". The figure's words and the quotes are cited exactly as stored.
 */
const citedOrNull = (name: string | null): string | null => (name === null ? null : spacedName(name));

/**
 * The name a reference manager should print for a media outlet: its full name when it is known by an
 * abbreviation (RFE/RL → Radio Free Europe/Radio Liberty), else its name. Other publishers are no outlet.
 */
export function outletName(publisher: { name: string | null; kind: string | null; aliases: string[] | null }): string | null {
  if (!publisher.name || publisher.kind !== 'media_outlet') return null;
  const abbreviation = /^[A-Z][A-Z0-9&/.-]{1,9}$/;
  if (!abbreviation.test(publisher.name)) return publisher.name;
  return (publisher.aliases ?? []).find((a) => !abbreviation.test(a) && /\s/.test(a)) ?? publisher.name;
}

/** How many links down a supersession chain a citation follows to find the figure that now stands. */
const MAX_CHAIN = 50;

const supersederIdsOf = (claims: Claim[]): number[] => [
  ...new Set(claims.flatMap((c) => c.relations.filter((r) => r.type === 'superseded_by').map((r) => r.claim_id))),
];

/**
 * Where a claim's supersession chains end: following each claim that supersedes it (retracted ones aside), then each
 * that supersedes that one, to the claims nobody live supersedes, with the ids passed on the way (`through`). A
 * citation of 1,100 superseded by 1,500, itself superseded by 2,900, names 2,900 (through 1,500): the figure that now
 * stands. When every claim superseding it is retracted (a claim as recorded before its status was refreshed), those
 * retracted claims, so that the citation can say so.
 */
export function chainEnds(claim: Claim, superseders: ReadonlyMap<number, Claim>): { claim: Claim; through: number[] }[] {
  const next = (c: Claim) =>
    c.relations
      .filter((r) => r.type === 'superseded_by')
      .map((r) => superseders.get(r.claim_id))
      .filter((s): s is Claim => s !== undefined);
  const ends = new Map<number, { claim: Claim; through: number[] }>();
  const walk = (c: Claim, through: number[], seen: Set<number>) => {
    const live = next(c).filter((s) => s.status !== 'retracted' && !seen.has(s.id));
    if (live.length === 0 || through.length >= MAX_CHAIN) {
      if (!ends.has(c.id)) ends.set(c.id, { claim: c, through: through.slice(0, -1) });
      return;
    }
    for (const s of live) walk(s, [...through, s.id], new Set([...seen, s.id]));
  };
  for (const s of next(claim).filter((x) => x.status !== 'retracted')) walk(s, [s.id], new Set([claim.id, s.id]));
  if (ends.size > 0) return [...ends.values()];
  return next(claim).map((s) => ({ claim: s, through: [] }));
}

export class CitationService {
  constructor(private readonly deps: { store: CitationStore; claims: ClaimStore; places: PlaceIndex }) {}

  /**
   * Everything a citation names, for these claims (in this order; unknown ids are skipped). With `asRecorded`,
   * the claims (and the claims superseding them) are cited as they were recorded at that instant, as a view
   * asked `as_recorded` shows them; their metrics, actors and documents are described as they are now.
   */
  async citable(ids: number[], asRecorded?: string): Promise<CitableClaim[]> {
    const load = (some: number[]) => (asRecorded ? this.deps.claims.loadAsRecorded(some, asRecorded) : this.deps.claims.load(some));
    const claims = await load(ids);
    if (claims.length === 0) return [];
    // Every claim down the supersession chains, a link at a time (the chains are acyclic: ACYCLIC_RELATIONS).
    const superseders = new Map<number, Claim>();
    let wanted = supersederIdsOf(claims);
    for (let depth = 0; wanted.length > 0 && depth < MAX_CHAIN; depth++) {
      const loaded = await load(wanted);
      for (const s of loaded) superseders.set(s.id, s);
      wanted = supersederIdsOf(loaded).filter((id) => !superseders.has(id));
    }
    const metrics = await this.deps.store.metrics([...new Set(claims.map((c) => c.metric))]);
    const groups = await this.deps.store.groups([...new Set(claims.map((c) => c.group).filter((g): g is string => g !== null))]);
    const actors = await this.deps.store.actors([
      ...new Set(claims.flatMap((c) => [c.claimant.id, ...(c.claimant.organization ? [c.claimant.organization.id] : [])])),
    ]);
    const documents = await this.deps.store.documents([...new Set(claims.flatMap((c) => c.sources.map((s) => s.document.id)))]);

    return claims.map((c): CitableClaim => {
      const country = this.deps.places.get(c.country);
      const organization = c.claimant.organization;
      const docs = [...new Set(c.sources.map((s) => s.document.id))].map((id): CitableDocument => {
        const d = documents.get(id)!;
        return {
          id: d.id,
          kind: d.kind,
          title: spacedName(d.title),
          url: d.url,
          container_title: citedOrNull(d.container_title),
          publisher: citedOrNull(d.publisher),
          authors: d.authors.map(spacedName),
          outlet: citedOrNull(outletName({ name: d.publisher, kind: d.publisher_kind, aliases: d.publisher_aliases })),
          published_on: formatPartialDate(d.published_on, d.published_precision),
          language: d.language,
          retrieved_at: d.retrieved_at ? d.retrieved_at.toISOString() : null,
        };
      });
      return {
        id: c.id,
        claimant: {
          name: spacedName(c.claimant.name),
          kind: c.claimant.kind,
          short: shortAlias(actors.get(c.claimant.id)?.aliases ?? []),
          role: citedOrNull(c.claimant.role),
          organization: organization
            ? {
                name: spacedName(organization.name),
                kind: actors.get(organization.id)?.kind ?? 'other',
                short: shortAlias(actors.get(organization.id)?.aliases ?? []),
              }
            : null,
        },
        metric: metrics.get(c.metric) ?? { code: c.metric, label: c.metric, unit: 'people' },
        country: { code: c.country, name: country?.name ?? c.country, kind: country?.kind ?? 'country' },
        group: c.group ? (groups.get(c.group) ?? { slug: c.group, name: c.group }) : null,
        location: c.location.map((code) => this.deps.places.get(code)?.name ?? code),
        value: c.value,
        value_low: c.value_low,
        value_high: c.value_high,
        approximation: c.approximation,
        value_text: c.value_text,
        as_of: c.as_of,
        stated_on: c.stated_on,
        context: c.context,
        status: c.status,
        retraction_reason: c.retraction_reason,
        superseded_by: chainEnds(c, superseders).map(({ claim: s, through }) => ({
          id: s.id,
          value_text: s.value_text,
          claimant: spacedName(s.claimant.name),
          through,
          retracted: s.status === 'retracted',
        })),
        documents: docs,
      };
    });
  }

  async cite(id: number, request: CitationRequest): Promise<string> {
    const [claim] = await this.citable([id]);
    if (!claim) throw new DomainError('not_found', `Claim ${id} does not exist.`);
    return citeClaim(claim, request.format, request, styleRenderer(request.style));
  }

  /** One claim cited in several formats (as recorded at `asRecorded` when given), gathering what it names once. */
  async citeInFormats(
    id: number,
    formats: readonly CitationFormat[],
    request: Omit<CitationRequest, 'format'>,
    asRecorded?: string,
  ): Promise<CitedInFormats> {
    const [claim] = await this.citable([id], asRecorded);
    if (!claim) throw new DomainError('not_found', `Claim ${id} does not exist.`);
    const renderer = styleRenderer(request.style);
    return {
      citations: Object.fromEntries(formats.map((format) => [format, citeClaim(claim, format, request, renderer)])),
      stored: storedTexts(claim),
    };
  }

  /** One citation per claim, e.g. for every figure a comparison view shows (as recorded at `asRecorded` when the view was). */
  async citeMany(ids: number[], request: CitationRequest, asRecorded?: string): Promise<string> {
    return citeClaims(await this.citable(ids, asRecorded), request.format, request, styleRenderer(request.style));
  }
}
