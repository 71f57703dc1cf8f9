import type { ChainLink, Claim, Source } from '../../claims/model';
import { CITATION_FORMATS } from '../../cite/format';
import type { DocumentView } from '../../documents/store';
import type { MetricRow } from '../../vocab/store';
import { DateWithPrecision, formatNumber, StatusBadge, wordingExplained } from '../components/figure';
import { textWindow } from '../components/highlight';
import { pageLink, quoteUrl, withParams } from '../components/links';
import { Layout } from '../layout';

export interface ClaimHistory {
  revisions: {
    version: number;
    action: string;
    author: string;
    reason: string | null;
    changes: Record<string, { from: unknown; to: unknown }>;
    created_at: string;
  }[];
  supersession: ChainLink[];
}

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
  citations: Record<string, string>;
}

const RELATION_LABELS: Record<string, string> = {
  supersedes: 'Supersedes',
  superseded_by: 'Superseded by',
  part_of: 'Part of',
  has_part: 'Has as a part',
  derived_from: 'Derived from',
  source_of: 'Source of',
  contradicts: 'Contradicts',
  corroborates: 'Corroborates',
};
const CITATION_LABELS: Record<string, string> = {
  text: 'Plain text',
  markdown: 'Markdown',
  html: 'HTML',
  'csl-json': 'CSL-JSON',
  bibtex: 'BibTeX',
  ris: 'RIS',
};
const ACTIONS: Record<string, string> = { create: 'Recorded', update: 'Edited', retract: 'Retracted' };

/** A value of a revision's change, in words (claimants by name, sources by quote and document). */
function changedValue(v: unknown): string {
  if (v === null || v === undefined || v === '') return 'none';
  if (typeof v !== 'object') return typeof v === 'number' ? formatNumber(v) : String(v);
  if (Array.isArray(v)) {
    if (v.length === 0) return 'none';
    return v
      .map((item) => {
        if (item && typeof item === 'object') {
          const o = item as Record<string, unknown>;
          if ('quote' in o) return `“${String(o.quote)}” (${String((o.document as { title?: string } | undefined)?.title ?? 'document')})`;
          if ('type' in o && 'claim_id' in o) return `${String(o.type).replace(/_/g, ' ')} claim ${String(o.claim_id)}`;
          return JSON.stringify(item);
        }
        return String(item);
      })
      .join('; ');
  }
  const o = v as Record<string, unknown>;
  if (typeof o.name === 'string') return [o.name, o.role].filter((x) => typeof x === 'string' && x).join(', ');
  return JSON.stringify(v);
}

/** The quote inside its document's text (a window around it), else between its stored prefix and suffix, else alone. */
function QuoteInContext({ source, text }: { source: Source; text: string | null | undefined }) {
  let before = '';
  let after = '';
  if (text && source.start !== null && source.end !== null && text.slice(source.start, source.end) === source.quote) {
    ({ before, after } = textWindow(text, source.start, source.end));
  } else if (source.prefix !== null || source.suffix !== null) {
    before = `…${source.prefix ?? ''}`;
    after = `${source.suffix ?? ''}…`;
  }
  return (
    <blockquote class="in-context">
      {before}
      <mark>{source.quote}</mark>
      {after}
    </blockquote>
  );
}

function SourceItem({ source, document, asRecorded }: { source: Source; document: DocumentView | undefined; asRecorded?: string }) {
  const d = source.document;
  const at = quoteUrl(d.url, source.quote);
  return (
    <li class="source">
      <h3>
        <a href={pageLink(`/documents/${d.id}`, asRecorded)}>{d.title}</a>
      </h3>
      <p class="meta">
        {d.publisher && (
          <>
            Published by <a href={pageLink(`/actors/${d.publisher.id}`, asRecorded)}>{d.publisher.name}</a>,{' '}
          </>
        )}
        <DateWithPrecision date={d.published_on} unknown="date of publication not given" />
        {document && !document.has_text && '. The ledger does not store this document’s text.'}
      </p>
      <QuoteInContext source={source} text={document?.text} />
      {at ? (
        <p>
          <a href={at} rel="noopener noreferrer" class="original">
            Open the original at the quote<span class="visually-hidden">: {d.title}</span>
          </a>
        </p>
      ) : d.url ? (
        <p class="not-a-link">
          Address given (not a web link, so not followed): <code>{d.url}</code>
        </p>
      ) : (
        <p class="not-a-link">No address recorded.</p>
      )}
    </li>
  );
}

function RelatedClaim({ id, related, asRecorded }: { id: number; related: Map<number, Claim>; asRecorded?: string }) {
  const other = related.get(id);
  return (
    <>
      <a href={pageLink(`/claims/${id}`, asRecorded)}>{other ? `“${other.value_text}”` : `claim ${id}`}</a>
      {other && (
        <>
          {' '}
          — {other.claimant.name}, as of <DateWithPrecision date={other.as_of} unknown="date not given" />{' '}
          <StatusBadge status={other.status} />
        </>
      )}
    </>
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
      title={`“${c.value_text}”: ${metricLabel}, ${p.countryName}`}
      asRecorded={asRecorded}
      links={{ json: `/v1/claims/${c.id}`, citation: withParams(`/v1/claims/${c.id}/citation`, { format: 'text' }) }}
    >
      <p class="breadcrumb">
        <a href={pageLink('/', asRecorded)}>Search</a> › Claim {c.id}
      </p>
      <h1>
        <span class="figure-words">“{c.value_text}”</span>{' '}
        <span class="what">
          {metricLabel}, {p.countryName}
        </span>
      </h1>
      {c.status === 'retracted' && (
        <div class="notice retracted" role="note">
          <strong>Retracted.</strong> This claim was withdrawn from the ledger{c.retraction_reason ? <>: {c.retraction_reason}</> : '.'} It
          stays visible so that citations of it can be checked.
        </div>
      )}
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
        <dd>“{c.value_text}”</dd>
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
          <a href={pageLink(`/actors/${c.claimant.id}`, asRecorded)}>{c.claimant.name}</a>
          {c.claimant.role && <>, {c.claimant.role}</>}
          {c.claimant.organization && (
            <>
              {' '}
              of <a href={pageLink(`/actors/${c.claimant.organization.id}`, asRecorded)}>{c.claimant.organization.name}</a>
            </>
          )}
          {c.claimant.role && <span class="hint"> (the role held at the date of the figure)</span>}
        </dd>
        {c.context && (
          <>
            <dt>Where it was said</dt>
            <dd>{c.context}</dd>
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
            <dd class="notes">{c.notes}</dd>
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

      <section aria-labelledby="relations">
        <h2 id="relations">Related claims</h2>
        {c.relations.length === 0 && p.history.supersession.length === 0 ? (
          <p>No relation to other claims is recorded.</p>
        ) : (
          <ul class="relations">
            {c.relations.map((r) => (
              <li>
                <span class="relation">{RELATION_LABELS[r.type] ?? r.type}</span>{' '}
                <RelatedClaim id={r.claim_id} related={p.related} asRecorded={asRecorded} />
                <span class="hint">
                  {' '}
                  (asserted by <a href={pageLink(`/actors/${r.asserted_by.id}`, asRecorded)}>{r.asserted_by.name}</a>)
                </span>
              </li>
            ))}
          </ul>
        )}
        {p.history.supersession.length > 0 && (
          <>
            <h3>Supersession chain, oldest first</h3>
            <ol class="chain">
              {p.history.supersession.map((s) => (
                <li>
                  {s.claim_id === c.id ? (
                    <strong aria-current="page">“{s.value_text}” (this claim)</strong>
                  ) : (
                    <a href={pageLink(`/claims/${s.claim_id}`, asRecorded)}>“{s.value_text}”</a>
                  )}{' '}
                  as of <DateWithPrecision date={s.as_of} /> <StatusBadge status={s.status} />
                </li>
              ))}
            </ol>
          </>
        )}
      </section>

      <section aria-labelledby="history">
        <h2 id="history">History</h2>
        <ol class="revisions">
          {p.history.revisions.map((r) => (
            <li>
              <p>
                <strong>{ACTIONS[r.action] ?? r.action}</strong> (version {r.version}) by {r.author},{' '}
                <time dateTime={r.created_at}>
                  {r.created_at
                    .replace('T', ' ')
                    .replace(/\.\d+Z$/, ' UTC')
                    .replace(/Z$/, ' UTC')}
                </time>
                {r.reason ? (
                  <>
                    : <q>{r.reason}</q>
                  </>
                ) : (
                  ''
                )}
              </p>
              {r.action !== 'create' && Object.keys(r.changes).length > 0 && (
                <table class="diff">
                  <caption class="visually-hidden">Changes in version {r.version}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Field</th>
                      <th scope="col">Before</th>
                      <th scope="col">After</th>
                    </tr>
                  </thead>
                  <tbody>
                    {Object.entries(r.changes).map(([field, ch]) => (
                      <tr>
                        <th scope="row">{field.replace(/_/g, ' ')}</th>
                        <td>
                          <del>{changedValue(ch.from)}</del>
                        </td>
                        <td>
                          <ins>{changedValue(ch.to)}</ins>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="cite">
        <h2 id="cite">Cite this claim</h2>
        {CITATION_FORMATS.filter((f) => p.citations[f] !== undefined).map((f) => (
          <div class="citation">
            <h3 id={`citation-${f}-title`}>{CITATION_LABELS[f] ?? f}</h3>
            <pre id={`citation-${f}`}>{p.citations[f]}</pre>
            <p>
              <button type="button" data-copy-target={`citation-${f}`} hidden>
                Copy {CITATION_LABELS[f] ?? f}
              </button>{' '}
              <a href={withParams(`/v1/claims/${c.id}/citation`, { format: f })}>Download {CITATION_LABELS[f] ?? f}</a>
            </p>
          </div>
        ))}
        {asRecorded && (
          <p class="hint">The citations above are of the claim as recorded at {asRecorded}; the downloads are of the claim as it is now.</p>
        )}
      </section>
      <p class="hint">
        Recorded <time dateTime={c.created_at}>{c.created_at.slice(0, 10)}</time>, last changed{' '}
        <time dateTime={c.updated_at}>{c.updated_at.slice(0, 10)}</time> (version {c.version}).
      </p>
    </Layout>
  );
}
