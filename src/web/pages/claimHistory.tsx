import type { Labels } from '../components/claimTable';
import type { ChainLink } from '../../claims/model';
import { damagedRecordNamed } from '../../errors';
import { figureNumber } from '../../words';
import { Stored, storedString } from '../components/storedText';
import { Instant } from '../components/instant';
import { TableScroll } from '../components/tableScroll';
import { fragmentTarget } from '../components/fragmentTarget';

export interface ClaimHistory {
  revisions: {
    version: number;
    action: string;
    author: string;
    reason: string | null;
    changes: Record<string, { from: unknown; to: unknown }>;
    created_at: string;
    /** Where the revision's stored changes are damaged (a JSON pointer): it is named, not shown. */
    damaged?: string;
  }[];
  supersession: ChainLink[];
}

const ACTIONS: Record<string, string> = { create: 'Recorded', update: 'Edited', retract: 'Retracted' };

/** How a changed field's codes read: places, metrics and groups by their names, as everywhere else. */
function namerOf(field: string, labels: Labels): ((code: string) => string) | undefined {
  if (field === 'country' || field === 'location') return labels.country;
  if (field === 'metric') return labels.metric;
  if (field === 'group') return labels.group;
  return undefined;
}

/**
 * A value of a revision's change, in words (claimants by name, sources by quote and document, codes by `name`), its
 * stored text isolated.
 */
function changedValue(v: unknown, name: (code: string) => string = (code) => code): string {
  if (v === null || v === undefined || v === '') return 'none';
  if (typeof v !== 'object') return typeof v === 'number' ? figureNumber(v) : storedString(name(String(v)));
  if (Array.isArray(v)) {
    if (v.length === 0) return 'none';
    return v
      .map((item) => {
        if (item && typeof item === 'object') {
          const o = item as Record<string, unknown>;
          if ('quote' in o)
            return `“${storedString(String(o.quote))}” (${storedString(String((o.document as { title?: string } | undefined)?.title ?? 'document'))})`;
          if ('type' in o && 'claim_id' in o) return `${String(o.type).replace(/_/g, ' ')} claim ${String(o.claim_id)}`;
          return JSON.stringify(item);
        }
        return storedString(name(String(item)));
      })
      .join('; ');
  }
  const o = v as Record<string, unknown>;
  if (typeof o.name === 'string')
    return [o.name, o.role]
      .filter((x): x is string => typeof x === 'string' && x !== '')
      .map(storedString)
      .join(', ');
  return JSON.stringify(v);
}

/** A claim's revisions, each with what changed from what to what. */
export function RevisionList({ claimId, revisions, labels }: { claimId: number; revisions: ClaimHistory['revisions']; labels: Labels }) {
  return (
    <section aria-labelledby="history">
      <h2 {...fragmentTarget('history')}>History</h2>
      <ol class="revisions">
        {revisions.map((r) => (
          <li>
            <p>
              <strong>{ACTIONS[r.action] ?? r.action}</strong> (version {r.version}) by <Stored text={r.author} />,{' '}
              <Instant at={r.created_at} />
              {r.reason ? (
                <>
                  :{' '}
                  <q>
                    <Stored text={r.reason} />
                  </q>
                </>
              ) : (
                ''
              )}
            </p>
            {r.damaged !== undefined && (
              <p class="damaged">
                <strong>Damaged:</strong>{' '}
                {`what this revision changed is stored damaged and cannot be shown (${damagedRecordNamed(`claim ${claimId}`, `revision ${r.version}`, r.damaged)}); the claim as it is, above, is not affected.`}
              </p>
            )}
            {r.action !== 'create' && Object.keys(r.changes).length > 0 && (
              <TableScroll labelledBy={`changes-${r.version}`}>
                <table class="diff">
                  <caption id={`changes-${r.version}`} class="visually-hidden">
                    Changes in version {r.version}
                  </caption>
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
                          <del>{changedValue(ch.from, namerOf(field, labels))}</del>
                        </td>
                        <td>
                          <ins>{changedValue(ch.to, namerOf(field, labels))}</ins>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
