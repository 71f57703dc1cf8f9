import type { Request } from 'express';
import { parsePartialDate } from '../dates';
import { BadRequestError } from '../http/errors';
import { queryParam } from '../http/params';
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
  const format = queryParam(req, formatParam) ?? 'text';
  if (!(CITATION_FORMATS as readonly string[]).includes(format)) {
    throw new BadRequestError(`${formatParam} must be one of ${CITATION_FORMATS.join(', ')}.`, [{ field: formatParam, message: `must be one of ${CITATION_FORMATS.join(', ')}` }]);
  }
  const style = queryParam(req, 'style');
  if (style !== undefined) {
    if (!(CITATION_STYLES as readonly string[]).includes(style)) {
      throw new BadRequestError(`style must be one of ${CITATION_STYLES.join(', ')}.`, [{ field: 'style', message: `must be one of ${CITATION_STYLES.join(', ')}` }]);
    }
    if (style !== 'ledger' && !STYLED.includes(format as CitationFormat)) {
      throw new BadRequestError(`style applies to format text and html only; ${format} is a data format.`, [{ field: 'style', message: 'applies to format text and html only' }]);
    }
  }
  const accessed = queryParam(req, 'accessed');
  if (accessed !== undefined && parsePartialDate(accessed)?.precision !== 'day') {
    throw new BadRequestError('accessed must be a date, YYYY-MM-DD.', [{ field: 'accessed', message: 'must be a date, YYYY-MM-DD' }]);
  }
  return { format: format as CitationFormat, style: (style ?? 'ledger') as CitationStyle, accessed, today: today.toISOString().slice(0, 10) };
}
