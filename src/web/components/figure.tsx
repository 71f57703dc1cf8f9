import { APPROXIMATION_RULES } from '../../claims/approximation';
import type { ClaimStatus, StatedFigure } from '../../claims/model';
import { Precision, precisionOfText, readableDate } from '../../dates';
import { figureNumber } from '../../words';

/** A number held as a form's text ("1000", the value a form field holds), grouped as the pages show numbers; other text as it is. */
export function formatNumberText(text: string): string {
  return /^-?\d+(?:\.\d+)?$/.test(text.trim()) ? figureNumber(Number(text)) : text;
}

/** What the wording of a figure means for the number, in plain words: "a lower bound: more than 300". */
export function wordingExplained(f: Pick<StatedFigure, 'value' | 'value_low' | 'value_high' | 'approximation'>): string {
  const v = f.value === null ? null : figureNumber(f.value);
  const low = f.value_low === null ? null : figureNumber(f.value_low);
  const high = f.value_high === null ? null : figureNumber(f.value_high);
  return APPROXIMATION_RULES[f.approximation].explained({ value: v, low, high });
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

export const STATUS_LABELS: Readonly<Record<ClaimStatus, string>> = { active: 'Active', superseded: 'Superseded', retracted: 'Retracted' };

export function StatusBadge({ status }: { status: ClaimStatus }) {
  return <span class={`status status-${status}`}>{STATUS_LABELS[status]}</span>;
}
