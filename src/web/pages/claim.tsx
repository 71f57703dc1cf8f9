import type { Claim } from '../../claims/model';
import { CITATION_FORMATS } from '../../cite/format';
import type { CitedInFormats } from '../../cite/service';
import type { DocumentView } from '../../documents/store';
import type { MetricRow } from '../../vocab/store';
import { DateWithPrecision, StatusBadge, wordingExplained } from '../components/figure';
import { pageLink, withParams } from '../components/links';
import { Layout } from '../layout';
import { type ClaimHistory, RevisionList } from './claimHistory';
import type { Labels } from '../components/claimTable';
import { RelatedClaim, RelatedClaims } from './claimRelations';
import { SourceItem } from './claimSources';
import { useContext } from 'preact/hooks';
import { SignedInContext } from '../render';
import { editClaimPath, retractClaimPath } from '../workspace/editClaim';
import { candidateCardPath, reviewPath } from '../workspace/review';
import type { ClaimReview } from '../workspace/store';
import { Shown, Stored, StoredWithin, storedString } from '../components/storedText';
import { Instant } from '../components/instant';

export interface ClaimPageProps {
  claim: Claim;
  asRecorded?: string;
  metric: MetricRow | undefined;
  countryName: string;
  groupName: string | null;
  locationNames: string[];
  /** The claims its relations point at, by id (absent when not recorded at the instant asked). */
  related: Map<number, Claim>;
  history: ClaimHistory;
  /** Each source's document with its stored text, by id. */
  documents: Map<number, DocumentView>;
  /** Its citation in each format, and the stored texts they hold (isolated on the page). */
  citations: CitedInFormats;
  /** Names for the codes its history's changes hold. */
  labels: Labels;
  /** Where in the workspace it was accepted or given a source: read for a signed-in editor only. */
  reviews?: ClaimReview[];
}

const CITATION_LABELS: Record<string, string> = {
  text: 'Plain text',
  markdown: 'Markdown',
  html: 'HTML',
  'csl-json': 'CSL-JSON',
  bibtex: 'BibTeX',
  ris: 'RIS',
};

/**
 * A signed-in editor's ways to correct the claim or retract it (src/web/workspace/editClaim.ts), and back to where in
 * the workspace it was accepted or given a source (an editor who opened it from a review returns to that candidate);
 * none for anyone else.
 */
function EditorActions({ claim, reviews }: { claim: Claim; reviews: ClaimReview[] }) {
  if (!useContext(SignedInContext)) return null;
  const back = reviews.map((r) => (
    <>
      {' · '}
      <a href={r.candidate === null ? reviewPath(r.documentId) : candidateCardPath(r.documentId, r.candidate)}>
        {r.candidate === null ? `Its review: document ${r.documentId}` : `Its review: ${r.candidate} of document ${r.documentId}`}
      </a>
    </>
  ));
  if (claim.status === 'retracted')
    return (
      <p class="hint">
        A retracted claim is not edited, and the ledger has no way to undo a retraction.
        {back}
      </p>
    );
  return (
    <p class="claim-actions">
      <a href={editClaimPath(claim.id)}>
        Edit<span class="visually-hidden"> claim {claim.id}</span>
      </a>{' '}
      ·{' '}
      <a href={retractClaimPath(claim.id)}>
        Retract<span class="visually-hidden"> claim {claim.id}</span>
      </a>
      {back}
    </p>
  );
}

/**
 * One claim with its provenance: figure and wording, claimant at the date, every source's quote in context, relations, history, citations.
 */
export function ClaimPage(p: ClaimPageProps) {
  const { claim: c, asRecorded } = p;
  const metricLabel = p.metric?.label ?? c.metric;
  const compare = { country: c.country, metric: c.metric };
  return (
    <Layout
      title={`“${storedString(c.value_text)}”: ${metricLabel}, ${p.countryName}`}
      asRecorded={asRecorded}
      links={{
        json: `/v1/claims/${c.id}`,
        history: `/v1/claims/${c.id}/history`,
        citation: withParams(`/v1/claims/${c.id}/citation`, { format: 'text' }),
      }}
    >
      <p class="breadcrumb">
        <a href={pageLink('/', asRecorded)}>Search</a> › Claim {c.id}
      </p>
      <h1>
        <span class="figure-words">
          “<Stored text={c.value_text} />”
        </span>{' '}
        <span class="what">
          {metricLabel}, {p.countryName}
        </span>
      </h1>
      {c.status === 'retracted' && (
        <div class="notice retracted" role="note">
          <strong>Retracted.</strong> This claim was withdrawn from the ledger
          {c.retraction_reason ? (
            <>
              : <Stored text={c.retraction_reason} />
            </>
          ) : (
            ''
          )}
          {/* A reason is stored as the editor typed it, most often without a full stop: the sentence ends here. */}
          {c.retraction_reason && /[.!?…]["”’)]?$/.test(c.retraction_reason.trim()) ? '' : '.'} It stays visible so that citations of it can
          be checked.
        </div>
      )}
      {!asRecorded && <EditorActions claim={c} reviews={p.reviews ?? []} />}
      {c.status === 'superseded' && (
        <div class="notice superseded" role="note">
          <strong>Superseded.</strong> A later figure replaces this one:{' '}
          {c.relations
            .filter((r) => r.type === 'superseded_by')
            .map((r, i) => (
              <>
                {i > 0 && ', '}
                <RelatedClaim id={r.claim_id} related={p.related} asRecorded={asRecorded} />
              </>
            ))}
        </div>
      )}
      <dl class="facts">
        <dt>The words</dt>
        <dd>
          “<Stored text={c.value_text} />”
        </dd>
        <dt>What the wording means</dt>
        <dd>{wordingExplained(c)}</dd>
        <dt>Counted</dt>
        <dd>
          {metricLabel}
          {p.metric && p.metric.unit !== 'people' ? ` (${p.metric.unit})` : ''} from{' '}
          <a href={pageLink(`/countries/${c.country}`, asRecorded)}>{p.countryName}</a>
          {p.groupName && <> with {p.groupName}</>}
          {p.locationNames.length > 0 && (
            <>
              {' '}
              in{' '}
              {p.locationNames.length > 1
                ? `${p.locationNames.slice(0, -1).join(', ')} and ${p.locationNames[p.locationNames.length - 1]}`
                : p.locationNames[0]}
            </>
          )}
          {p.metric && <span class="definition">{p.metric.definition}</span>}
        </dd>
        <dt>Claimant</dt>
        <dd>
          <a href={pageLink(`/actors/${c.claimant.id}`, asRecorded)}>
            <Stored text={c.claimant.name} />
          </a>
          {c.claimant.role && (
            <>
              , <Stored text={c.claimant.role} />
            </>
          )}
          {c.claimant.organization && (
            <>
              {' '}
              of{' '}
              <a href={pageLink(`/actors/${c.claimant.organization.id}`, asRecorded)}>
                <Stored text={c.claimant.organization.name} />
              </a>
            </>
          )}
          {c.claimant.role && <span class="hint"> (the role held at the date of the figure)</span>}
        </dd>
        {c.context && (
          <>
            <dt>Where it was said</dt>
            <dd>
              <Stored text={c.context} />
            </dd>
          </>
        )}
        <dt>As of</dt>
        <dd>
          <DateWithPrecision date={c.as_of} />
        </dd>
        <dt>Stated</dt>
        <dd>
          <DateWithPrecision date={c.stated_on} />
        </dd>
        <dt>Status</dt>
        <dd>
          <StatusBadge status={c.status} />
          {c.rank !== 'normal' && <> · rank {c.rank}</>}
          {c.credibility !== null && <> · editor’s credibility {c.credibility} of 6</>}
        </dd>
        {c.notes && (
          <>
            <dt>Notes</dt>
            <dd class="notes" dir="auto">
              <Shown text={c.notes} />
            </dd>
          </>
        )}
        <dt>Compare</dt>
        <dd>
          <a href={pageLink('/compare/sources', asRecorded, compare)}>Every source’s figure for {p.countryName}</a> ·{' '}
          <a href={pageLink('/compare/timeline', asRecorded, compare)}>Timeline</a> ·{' '}
          <a href={pageLink(`/countries/${c.country}`, asRecorded)}>{p.countryName}</a>
        </dd>
      </dl>

      <section aria-labelledby="sources">
        <h2 id="sources">{c.sources.length === 1 ? 'Source' : `Sources (${c.sources.length})`}</h2>
        <ol class="sources">
          {c.sources.map((s) => (
            <SourceItem source={s} document={p.documents.get(s.document.id)} asRecorded={asRecorded} />
          ))}
        </ol>
      </section>

      <RelatedClaims claim={c} related={p.related} supersession={p.history.supersession} asRecorded={asRecorded} />

      <RevisionList claimId={p.claim.id} revisions={p.history.revisions} labels={p.labels} />

      <section aria-labelledby="cite">
        <h2 id="cite">Cite this claim</h2>
        {CITATION_FORMATS.filter((f) => p.citations.citations[f] !== undefined).map((f) => (
          <div class="citation">
            <h3 id={`citation-${f}-title`}>{CITATION_LABELS[f] ?? f}</h3>
            {/* The ledger's sentence (or a record's syntax) around stored names and titles: left to right, whatever the
                script of the claimant's name that opens it (an Arabic one had turned the whole citation around). */}
            <pre id={`citation-${f}`} dir="ltr">
              <StoredWithin text={p.citations.citations[f]} stored={p.citations.stored} />
            </pre>
            <p>
              <button type="button" data-copy-target={`citation-${f}`} hidden>
                Copy {CITATION_LABELS[f] ?? f}
              </button>{' '}
              {/* `download`: a file named by the API (claim-7_citation.bib), where four formats had opened in the tab
                  and BibTeX and RIS had been saved as "citation", without an extension. */}
              <a href={withParams(`/v1/claims/${c.id}/citation`, { format: f })} download>
                Download {CITATION_LABELS[f] ?? f}
              </a>
            </p>
          </div>
        ))}
        {asRecorded && (
          <p class="hint">
            The citations above are of the claim as recorded at <Instant at={asRecorded} />; the downloads are of the claim as it is now.
          </p>
        )}
      </section>
      <p class="hint">
        Recorded <Instant at={c.created_at} />, last changed <Instant at={c.updated_at} /> (version {c.version}).
      </p>
    </Layout>
  );
}
