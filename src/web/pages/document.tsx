import type { Claim } from '../../claims/model';
import type { DocumentView } from '../../documents/store';
import { ClaimTable, type Labels } from '../components/claimTable';
import { DateWithPrecision } from '../components/figure';
import { spanSegments, type QuotedSpan } from '../components/highlight';
import { pageLink, webUrl } from '../components/links';
import { listViewInWords, recordPageTitle } from '../components/listView';
import type { ClaimSort } from '../../claims/claimFilter';
import { claimExports, Layout } from '../layout';
import { Shown, Stored, StoredList, storedString } from '../components/storedText';
import { Instant } from '../components/instant';

export interface DocumentPageProps {
  document: DocumentView;
  claims: Claim[];
  next: string | null;
  first: string | null;
  /** Where each claim quotes the stored text. */
  spans: QuotedSpan[];
  /** Whether there were more quotes than the page highlights. */
  spansCut: boolean;
  labels: Labels;
  asRecorded?: string;
  query: Record<string, string>;
}

/** The stored text with every quoted span marked; each mark links to the claim quoting it (the innermost where quotes overlap). */
function QuotedText({ text, spans, asRecorded }: { text: string; spans: QuotedSpan[]; asRecorded?: string }) {
  return (
    <div class="document-text" dir="auto" role="region" aria-label="The document’s stored text" tabIndex={0}>
      {spanSegments(text, spans).map((seg) => (
        <>
          {seg.opening.map((id) => (
            <a class="quote-ref" href={pageLink(`/claims/${id}`, asRecorded)} aria-label={`Claim ${id} quotes from here`}>
              [{id}]
            </a>
          ))}
          {seg.claims.length === 0 ? (
            <Shown text={seg.text} />
          ) : (
            <mark class={seg.claims.length > 1 ? 'quoted overlap' : 'quoted'} data-claims={seg.claims.join(' ')}>
              <a
                href={pageLink(`/claims/${seg.claims[0]}`, asRecorded)}
                title={`Quoted by claim${seg.claims.length > 1 ? 's' : ''} ${seg.claims.join(', ')}`}
              >
                <Shown text={seg.text} />
              </a>
            </mark>
          )}
        </>
      ))}
    </div>
  );
}

/** A document: its metadata, the claims it reports, and its stored text with every quote marked. */
export function DocumentPage(p: DocumentPageProps) {
  const d = p.document;
  const link = webUrl(d.url);
  const view = listViewInWords(p.query, p.query.sort as ClaimSort | undefined, p.labels);
  const exportQuery = Object.fromEntries(Object.entries(p.query).filter(([k]) => !['cursor', 'limit', 'sort', 'facets'].includes(k)));
  return (
    <Layout
      title={recordPageTitle(storedString(d.title), view, p.query)}
      asRecorded={p.asRecorded}
      links={{
        json: `/v1/documents/${d.id}`,
        ...claimExports({ ...exportQuery, document: d.id }, p.claims.length > 0 || p.query.cursor !== undefined),
      }}
    >
      <p class="breadcrumb">
        <a href={pageLink('/', p.asRecorded)}>Search</a> › Document {d.id}
      </p>
      <h1>
        <Stored text={d.title} />
      </h1>
      <dl class="facts">
        <dt>Kind</dt>
        <dd>{d.kind.replace(/_/g, ' ')}</dd>
        {d.container_title && (
          <>
            <dt>In</dt>
            <dd>
              <Stored text={d.container_title} />
            </dd>
          </>
        )}
        <dt>Publisher</dt>
        <dd>
          {d.publisher ? (
            <a href={pageLink(`/actors/${d.publisher.id}`, p.asRecorded)}>
              <Stored text={d.publisher.name} />
            </a>
          ) : (
            'not recorded'
          )}
        </dd>
        {d.authors.length > 0 && (
          <>
            <dt>Authors</dt>
            <dd>
              <StoredList items={d.authors} />
            </dd>
          </>
        )}
        <dt>Published</dt>
        <dd>
          <DateWithPrecision date={d.published_on} />
        </dd>
        {d.language && (
          <>
            <dt>Language</dt>
            <dd>{d.language}</dd>
          </>
        )}
        <dt>Address</dt>
        <dd>
          {link ? (
            <a href={link.href} rel="noopener noreferrer">
              <Stored text={d.url} />
            </a>
          ) : d.url ? (
            <>
              <code>
                <Stored text={d.url} />
              </code>{' '}
              <span class="hint">(not a web link, so not followed)</span>
            </>
          ) : (
            'not recorded'
          )}
        </dd>
        {d.retrieved_at && (
          <>
            <dt>Retrieved</dt>
            <dd>
              <Instant at={d.retrieved_at} />
            </dd>
          </>
        )}
        {d.text_sha256 && (
          <>
            <dt>Text SHA-256</dt>
            <dd>
              <code class="hash">{d.text_sha256}</code>
            </dd>
          </>
        )}
        {d.notes && (
          <>
            <dt>Notes</dt>
            <dd class="notes" dir="auto">
              <Shown text={d.notes} />
            </dd>
          </>
        )}
      </dl>
      <section aria-labelledby="claims-title">
        <h2 id="claims-title">Claims it reports{view.length > 0 ? `: ${view.join(', ')}` : ''}</h2>
        {p.claims.length === 0 ? (
          <p>
            {p.first
              ? 'No further claims.'
              : view.length > 0
                ? 'No claim it reports matches these filters.'
                : 'No claim cites this document.'}
          </p>
        ) : (
          <ClaimTable
            claims={p.claims}
            caption={`Claims sourced to ${storedString(d.title)}`}
            labels={p.labels}
            asRecorded={p.asRecorded}
          />
        )}
        <nav class="pager" aria-label="Pages">
          {p.first && <a href={p.first}>First page</a>}
          {p.next && (
            <a href={p.next} rel="next">
              Next page
            </a>
          )}
        </nav>
      </section>
      <section aria-labelledby="text-title">
        <h2 id="text-title">Text</h2>
        {typeof d.text === 'string' ? (
          <>
            <p class="hint">
              Quoted passages are highlighted; each links to the claim that quotes it, and [n] marks where claim n’s quote begins.
              {p.spansCut && ' Only the first 500 claims’ quotes are highlighted.'}
            </p>
            <QuotedText text={d.text} spans={p.spans} asRecorded={p.asRecorded} />
          </>
        ) : (
          <p>
            {d.has_text
              ? p.asRecorded
                ? 'The text stored at that time has since been replaced; the ledger keeps only its hash.'
                : 'The text is stored but could not be shown.'
              : 'The ledger does not store this document’s text.'}
          </p>
        )}
      </section>
    </Layout>
  );
}
