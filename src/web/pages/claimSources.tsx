import type { Source } from '../../claims/model';
import type { DocumentView } from '../../documents/store';
import { DateWithPrecision } from '../components/figure';
import { textWindow } from '../components/highlight';
import { pageLink, quoteUrl } from '../components/links';
import { Shown, Stored } from '../components/storedText';

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
    <blockquote class="in-context" dir="auto">
      <Shown text={before} />
      <mark>
        <Shown text={source.quote} />
      </mark>
      <Shown text={after} />
    </blockquote>
  );
}

/** One source of a claim: its document, and the quote in context with a link to the original at it. */
export function SourceItem({ source, document, asRecorded }: { source: Source; document: DocumentView | undefined; asRecorded?: string }) {
  const d = source.document;
  const at = quoteUrl(d.url, source.quote);
  return (
    <li class="source">
      <h3>
        <a href={pageLink(`/documents/${d.id}`, asRecorded)}>
          <Stored text={d.title} />
        </a>
      </h3>
      <p class="meta">
        {d.publisher && (
          <>
            Published by{' '}
            <a href={pageLink(`/actors/${d.publisher.id}`, asRecorded)}>
              <Stored text={d.publisher.name} />
            </a>
            ,{' '}
          </>
        )}
        <DateWithPrecision date={d.published_on} unknown="date of publication not given" />
        {document && !document.has_text && '. The ledger does not store this document’s text.'}
      </p>
      <QuoteInContext source={source} text={document?.text} />
      {at ? (
        <p>
          <a href={at} rel="noopener noreferrer" class="original">
            Open the original at the quote
            <span class="visually-hidden">
              : <Stored text={d.title} />
            </span>
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
