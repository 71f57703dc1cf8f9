import type { StatedFigure } from '../../claims/store';
import { Precision, precisionOfText, readableDate } from '../../dates';

export function formatNumber(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

/** What the wording of a figure means for the number, in plain words: "a lower bound: more than 300". */
export function wordingExplained(f: Pick<StatedFigure, 'value' | 'value_low' | 'value_high' | 'approximation'>): string {
  const v = f.value === null ? null : formatNumber(f.value);
  const low = f.value_low === null ? null : formatNumber(f.value_low);
  const high = f.value_high === null ? null : formatNumber(f.value_high);
  const bounds = low !== null && high !== null ? `, stated as between ${low} and ${high}` : low !== null ? `, stated as at least ${low}` : high !== null ? `, stated as at most ${high}` : '';
  switch (f.approximation) {
    case 'exact': return `an exact figure: ${v}`;
    case 'approximately': return `an approximate figure: about ${v}${bounds || ', with no bounds stated'}`;
    case 'more_than': return `a lower bound: more than ${v}, by how much is not said (${v} itself is excluded)`;
    case 'at_least': return `a lower bound: ${v} or more`;
    case 'less_than': return `an upper bound: fewer than ${v} (${v} itself is excluded)`;
    case 'at_most': return `an upper bound: ${v} or fewer`;
    case 'range': return `a range: from ${low} to ${high}${v !== null ? `, best estimate ${v}` : ''}`;
    case 'vague': return `a vague figure: no number is given${v !== null ? ` (read as about ${v})` : ''}${bounds}`;
    default: return f.approximation;
  }
}

const PRECISION: Record<Precision, string> = { year: 'to the year', month: 'to the month', day: 'to the day' };

/** A partial date as words with its precision ("November 2013, to the month"), or that it is not known. */
export function DateWithPrecision({ date, unknown = 'not given' }: { date: string | null; unknown?: string }) {
  if (!date) return <span class="unknown">{unknown}</span>;
  const precision = precisionOfText(date);
  return (
    <>
      <time dateTime={date}>{readableDate(date)}</time> <span class="precision">({precision ? PRECISION[precision] : 'exact'})</span>
    </>
  );
}

export const STATUS_LABELS: Record<string, string> = { active: 'Active', superseded: 'Superseded', retracted: 'Retracted' };

export function StatusBadge({ status }: { status: string }) {
  return <span class={`status status-${status}`}>{STATUS_LABELS[status] ?? status}</span>;
}

export const APPROXIMATION_LABELS: Record<string, string> = {
  exact: 'exact', approximately: 'approximately', more_than: 'more than', at_least: 'at least', less_than: 'less than', at_most: 'at most', range: 'range', vague: 'vague',
};
