import type { Claim } from '../../claims/model';
import { DateWithPrecision, StatusBadge } from './figure';
import { MatchedWords } from './highlight';
import { pageLink } from './links';
import { Stored } from './storedText';
import { TableScroll } from './tableScroll';

/** Names to show for codes: metric labels, country and group names. */
export interface Labels {
  metric(code: string): string;
  country(code: string): string;
  group(slug: string): string;
  /** Every metric, [code, label], in the vocabulary's order. */
  metrics: [string, string][];
}

/** The quote a row shows: the first one holding a matched word, else the first. */
function shownQuote(claim: Claim, matched: Set<string>): Claim['sources'][number] | undefined {
  if (matched.size > 0) {
    const hit = claim.sources.find((s) => (s.quote.match(/[\p{L}\p{N}]+/gu) ?? []).some((w) => matched.has(w.toLowerCase())));
    if (hit) return hit;
  }
  return claim.sources[0];
}

/** The columns' names: the header's, and on a phone each card's labels. */
const COLUMNS = ['Figure', 'Claimant', 'Reported in', 'As of', 'Status'];

/** Claims as a table: the figure as written (with its quote), the claimant, the documents, the date, the status. */
export function ClaimTable({
  claims,
  caption,
  labels,
  asRecorded,
  matched = new Set(),
}: {
  claims: Claim[];
  caption: string;
  labels: Labels;
  asRecorded?: string;
  matched?: Set<string>;
}) {
  return (
    <TableScroll label={caption}>
      {/* The roles are the table's own, said again: on a phone the rows are shown as cards (style.css), and a browser
          that drops a table's semantics with its display (Safari) still reads it as one. */}
      <table class="claims" role="table">
        <caption>{caption}</caption>
        <thead role="rowgroup">
          <tr role="row">
            {COLUMNS.map((name) => (
              <th scope="col" role="columnheader">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {claims.map((c) => {
            const quote = shownQuote(c, matched);
            const documents = [...new Map(c.sources.map((s) => [s.document.id, s.document])).values()];
            return (
              <tr class={`claim-row row-${c.status}`} role="row">
                <td role="cell">
                  <a class="figure" href={pageLink(`/claims/${c.id}`, asRecorded)}>
                    <MatchedWords text={c.value_text} matched={matched} />
                  </a>
                  <span class="what">
                    {labels.metric(c.metric)} ·{' '}
                    <a class="country" href={pageLink(`/countries/${encodeURIComponent(c.country)}`, asRecorded)}>
                      {labels.country(c.country)}
                    </a>
                    {c.group ? ` · ${labels.group(c.group)}` : ''}
                  </span>
                  {quote && (
                    <q class="quote">
                      <MatchedWords text={quote.quote} matched={matched} />
                    </q>
                  )}
                  {matched.size > 0 && c.context && (
                    <span class="context">
                      Context: <MatchedWords text={c.context} matched={matched} />
                    </span>
                  )}
                  {matched.size > 0 && c.notes && (
                    <span class="notes">
                      Notes: <MatchedWords text={c.notes} matched={matched} />
                    </span>
                  )}
                </td>
                <td role="cell" data-label={COLUMNS[1]}>
                  <a href={pageLink(`/actors/${c.claimant.id}`, asRecorded)}>
                    <Stored text={c.claimant.name} />
                  </a>
                  {c.claimant.role && (
                    <span class="role">
                      <Stored text={c.claimant.role} />
                      {c.claimant.organization && (
                        <>
                          , <Stored text={c.claimant.organization.name} />
                        </>
                      )}
                    </span>
                  )}
                </td>
                <td role="cell" data-label={COLUMNS[2]}>
                  {documents.map((d) => (
                    <span class="doc">
                      <a href={pageLink(`/documents/${d.id}`, asRecorded)}>
                        <Stored text={d.title} />
                      </a>
                    </span>
                  ))}
                </td>
                <td role="cell" data-label={COLUMNS[3]}>
                  <DateWithPrecision date={c.as_of} />
                </td>
                <td role="cell" data-label={COLUMNS[4]}>
                  <StatusBadge status={c.status} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
