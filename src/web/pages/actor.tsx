import type { Actor } from '../../actors/store';
import type { Claim } from '../../claims/model';
import { ClaimTable, type Labels } from '../components/claimTable';
import { DateWithPrecision } from '../components/figure';
import { pageLink } from '../components/links';
import { listViewInWords, recordPageTitle } from '../components/listView';
import type { ClaimSort } from '../../claims/claimFilter';
import { claimExports, Layout } from '../layout';
import { Shown, Stored, StoredList, storedString } from '../components/storedText';
import { TableScroll } from '../components/tableScroll';

const KINDS: Record<string, string> = {
  person: 'Person',
  government_agency: 'Government agency',
  media_outlet: 'Media outlet',
  ngo: 'Non-governmental organization',
  research_institute: 'Research institute',
  armed_group: 'Armed group',
  other: 'Organization',
};

export interface ActorPageProps {
  actor: Actor;
  countryName: string | null;
  claims: Claim[];
  next: string | null;
  first: string | null;
  labels: Labels;
  asRecorded?: string;
  query: Record<string, string>;
}

/** An actor: who they are, their affiliations, and the figures they stated (as claimant), paged. */
export function ActorPage({ actor: a, countryName, claims, next, first, labels, asRecorded, query }: ActorPageProps) {
  const view = listViewInWords(query, query.sort as ClaimSort | undefined, labels);
  const exportQuery = Object.fromEntries(Object.entries(query).filter(([k]) => !['cursor', 'limit', 'sort', 'facets'].includes(k)));
  return (
    <Layout
      title={recordPageTitle(storedString(a.name), view, query)}
      asRecorded={asRecorded}
      links={{
        json: `/v1/actors/${a.id}`,
        ...claimExports({ ...exportQuery, claimant: a.id }, claims.length > 0 || query.cursor !== undefined),
      }}
    >
      <p class="breadcrumb">
        <a href={pageLink('/', asRecorded)}>Search</a> › Actor {a.id}
      </p>
      <h1>
        <Stored text={a.name} />
      </h1>
      <dl class="facts">
        <dt>Kind</dt>
        <dd>{KINDS[a.kind] ?? a.kind}</dd>
        {countryName && (
          <>
            <dt>Country</dt>
            <dd>{countryName}</dd>
          </>
        )}
        {a.aliases.length > 0 && (
          <>
            <dt>Also known as</dt>
            <dd>
              <StoredList items={a.aliases} />
            </dd>
          </>
        )}
        {a.reliability && (
          <>
            <dt>Source reliability</dt>
            <dd>
              {a.reliability} <span class="hint">(NATO Admiralty grade, A reliable to F cannot be judged)</span>
            </dd>
          </>
        )}
        {a.notes && (
          <>
            <dt>Notes</dt>
            <dd class="notes" dir="auto">
              <Shown text={a.notes} />
            </dd>
          </>
        )}
      </dl>
      {a.affiliations.length > 0 && (
        <section aria-labelledby="affiliations">
          <h2 id="affiliations">Affiliations</h2>
          <TableScroll labelledBy="roles-caption">
            <table>
              <caption id="roles-caption" class="visually-hidden">
                Roles held by <Stored text={a.name} />
              </caption>
              <thead>
                <tr>
                  <th scope="col">Role</th>
                  <th scope="col">Organization</th>
                  <th scope="col">From</th>
                  <th scope="col">To</th>
                </tr>
              </thead>
              <tbody>
                {a.affiliations.map((af) => (
                  <tr>
                    <td>
                      <Stored text={af.role} />
                    </td>
                    <td>
                      <a href={pageLink(`/actors/${af.organization.id}`, asRecorded)}>
                        <Stored text={af.organization.name} />
                      </a>
                    </td>
                    <td>
                      <DateWithPrecision date={af.from} unknown="not known" />
                    </td>
                    <td>
                      <DateWithPrecision date={af.to} unknown={af.from ? 'not known or still held' : 'not known'} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </section>
      )}
      <section aria-labelledby="claims-title">
        <h2 id="claims-title">
          Figures stated by <Stored text={a.name} />
          {view.length > 0 ? `: ${view.join(', ')}` : ''}
        </h2>
        {claims.length === 0 ? (
          <p>
            {first
              ? 'No further figures.'
              : view.length > 0
                ? `No figure stated by ${storedString(a.name)} matches these filters.`
                : `The ledger holds no figure stated by ${storedString(a.name)}.`}
          </p>
        ) : (
          <ClaimTable
            claims={claims}
            caption={`Claims whose claimant is ${storedString(a.name)}`}
            labels={labels}
            asRecorded={asRecorded}
          />
        )}
        <nav class="pager" aria-label="Pages">
          {first && <a href={first}>First page</a>}
          {next && (
            <a href={next} rel="next">
              Next page
            </a>
          )}
        </nav>
        <p>
          <a href={pageLink('/', asRecorded, { claimant: a.id })}>Search within these figures</a>
        </p>
      </section>
    </Layout>
  );
}
