import type { Claim } from '../../claims/model';
import { DateWithPrecision, StatusBadge } from './figure';
import { MatchedWords } from './highlight';
import { pageLink } from './links';

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
    <div class="table-wrap">
      <table class="claims">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Claimant</th>
            <th scope="col">Reported in</th>
            <th scope="col">As of</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {claims.map((c) => {
            const quote = shownQuote(c, matched);
            const documents = [...new Map(c.sources.map((s) => [s.document.id, s.document])).values()];
            return (
              <tr class={`claim-row row-${c.status}`}>
                <td>
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
                <td>
                  <a href={pageLink(`/actors/${c.claimant.id}`, asRecorded)}>{c.claimant.name}</a>
                  {c.claimant.role && (
                    <span class="role">
                      {c.claimant.role}
                      {c.claimant.organization ? `, ${c.claimant.organization.name}` : ''}
                    </span>
                  )}
                </td>
                <td>
                  {documents.map((d) => (
                    <span class="doc">
                      <a href={pageLink(`/documents/${d.id}`, asRecorded)}>{d.title}</a>
                    </span>
                  ))}
                </td>
                <td>
                  <DateWithPrecision date={c.as_of} />
                </td>
                <td>
                  <StatusBadge status={c.status} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
