import type { Request } from 'express';
import { parsePartialDate } from '../dates';
import { DomainError } from '../errors';
import { type QueryRecord, textParam } from '../query';
import { CITATION_FORMATS, CitationFormat } from './format';
import { CITATION_STYLES, CitationStyle } from './styles';
import type { CitationRequest } from './service';

const STYLED: CitationFormat[] = ['text', 'html'];

/** The parameters parseCitationParams reads, besides the format parameter (for a route's onlyParams). */
export const CITATION_PARAMS = ['style', 'accessed'] as const;

/**
 * Reads a citation's format (text by default), style (ledger by default; CSL styles for text and html only)
 * and accessed date. `formatParam` lets a view whose `format` is taken (compare views: format=citation)
 * read the citation format from another parameter.
 */
export function parseCitationParams(req: Request, today: Date, formatParam = 'format'): CitationRequest {
  const query = req.query as QueryRecord;
  const format = textParam(query, formatParam) ?? 'text';
  if (!(CITATION_FORMATS as readonly string[]).includes(format)) {
    throw new DomainError('invalid_input', `${formatParam} must be one of ${CITATION_FORMATS.join(', ')}.`, [
      { field: formatParam, message: `must be one of ${CITATION_FORMATS.join(', ')}` },
    ]);
  }
  const style = textParam(query, 'style');
  if (style !== undefined) {
    if (!(CITATION_STYLES as readonly string[]).includes(style)) {
      throw new DomainError('invalid_input', `style must be one of ${CITATION_STYLES.join(', ')}.`, [
        { field: 'style', message: `must be one of ${CITATION_STYLES.join(', ')}` },
      ]);
    }
    if (style !== 'ledger' && !STYLED.includes(format as CitationFormat)) {
      throw new DomainError('invalid_input', `style applies to format text and html only; ${format} is a data format.`, [
        { field: 'style', message: 'applies to format text and html only' },
      ]);
    }
  }
  const accessed = textParam(query, 'accessed');
  if (accessed !== undefined && parsePartialDate(accessed)?.precision !== 'day') {
    throw new DomainError('invalid_input', 'accessed must be a date, YYYY-MM-DD.', [
      { field: 'accessed', message: 'must be a date, YYYY-MM-DD' },
    ]);
  }
  return {
    format: format as CitationFormat,
    style: (style ?? 'ledger') as CitationStyle,
    accessed,
    today: today.toISOString().slice(0, 10),
  };
}
