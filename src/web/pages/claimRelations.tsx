import type { ChainLink, Claim } from '../../claims/model';
import { DateWithPrecision, StatusBadge } from '../components/figure';
import { pageLink } from '../components/links';
import { Stored } from '../components/storedText';

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
/** When a related claim's figure holds: "as of 2017 (to the year)", or that it is not given (never "as of not given"). */
function AsOf({ date }: { date: string | null }) {
  return date ? (
    <>
      as of <DateWithPrecision date={date} />
    </>
  ) : (
    <span class="unknown">date not given</span>
  );
}

export function RelatedClaim({ id, related, asRecorded }: { id: number; related: Map<number, Claim>; asRecorded?: string }) {
  const other = related.get(id);
  return (
    <>
      <a href={pageLink(`/claims/${id}`, asRecorded)}>
        {other ? (
          <>
            “<Stored text={other.value_text} />”
          </>
        ) : (
          `claim ${id}`
        )}
      </a>
      {other && (
        <>
          {' '}
          — <Stored text={other.claimant.name} />, <AsOf date={other.as_of} /> <StatusBadge status={other.status} />
        </>
      )}
    </>
  );
}

/** The claims this one is related to, by whom each relation is asserted, and its supersession chain. */
export function RelatedClaims({
  claim: c,
  related,
  supersession,
  asRecorded,
}: {
  claim: Claim;
  related: Map<number, Claim>;
  supersession: ChainLink[];
  asRecorded?: string;
}) {
  return (
    <section aria-labelledby="relations">
      <h2 id="relations">Related claims</h2>
      {c.relations.length === 0 && supersession.length === 0 ? (
        <p>No relation to other claims is recorded.</p>
      ) : (
        <ul class="relations">
          {c.relations.map((r) => (
            <li>
              <span class="relation">{RELATION_LABELS[r.type] ?? r.type}</span>{' '}
              <RelatedClaim id={r.claim_id} related={related} asRecorded={asRecorded} />
              <span class="hint">
                {' '}
                (asserted by{' '}
                <a href={pageLink(`/actors/${r.asserted_by.id}`, asRecorded)}>
                  <Stored text={r.asserted_by.name} />
                </a>
                )
              </span>
            </li>
          ))}
        </ul>
      )}
      {supersession.length > 0 && (
        <>
          <h3>Supersession chain, oldest first</h3>
          <ol class="chain">
            {supersession.map((s) => (
              <li>
                {s.claim_id === c.id ? (
                  <strong aria-current="page">
                    “<Stored text={s.value_text} />” (this claim)
                  </strong>
                ) : (
                  <a href={pageLink(`/claims/${s.claim_id}`, asRecorded)}>
                    “<Stored text={s.value_text} />”
                  </a>
                )}{' '}
                <AsOf date={s.as_of} /> <StatusBadge status={s.status} />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
