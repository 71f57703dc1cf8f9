import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import archiver from 'archiver';
import { Request, Response, Router } from 'express';
import { CLAIM_FILTER_PARAMS, FilterResolvers, parseClaimFilter } from '../claims/parseClaimFilter';
import type { Auth } from '../http/auth';
import { BadRequestError } from '../http/errors';
import { onlyParams, queryParam } from '../http/params';
import { CONTENT_TYPES, EXPORT_FORMATS, ExportFormat } from './serialize';
import type { ExportService } from './service';

function parseFormat(req: Request): ExportFormat {
  const raw = queryParam(req, 'format') ?? 'csv';
  if (!(EXPORT_FORMATS as readonly string[]).includes(raw)) {
    throw new BadRequestError(`format must be one of ${EXPORT_FORMATS.join(', ')}.`, [{ field: 'format', message: `must be one of ${EXPORT_FORMATS.join(', ')}` }]);
  }
  return raw as ExportFormat;
}

function parseInclude(req: Request): 'sources' | 'revisions' {
  const raw = queryParam(req, 'include');
  if (raw === undefined) return 'sources';
  if (raw !== 'revisions') throw new BadRequestError('include must be "revisions" (or left out).', [{ field: 'include', message: 'must be revisions' }]);
  return raw;
}

/** 20261127T042900Z */
function stamp(at: Date): string {
  return at.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** A file name that says what was exported (with which filters) and when: claims_country-KZ_20261127T042900Z.csv */
export function exportFileName(what: string, req: Request, at: Date, ext: string): string {
  const filters = CLAIM_FILTER_PARAMS.filter((p) => typeof req.query[p] === 'string')
    .map((p) => `${p}-${String(req.query[p]).replace(/[^A-Za-z0-9.-]+/g, '-').slice(0, 40)}`);
  return [what, ...filters, stamp(at)].join('_').slice(0, 200) + `.${ext}`;
}

/** Streams into the response; a client that goes away ends the streams (and so the query) without an error. */
async function stream(res: Response, ...streams: [Readable, ...Writable[]]): Promise<void> {
  try {
    await pipeline([...streams, res]);
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_STREAM_PREMATURE_CLOSE') return;
    throw err;
  }
}

export function exportRouter(deps: { exports: ExportService; auth: Auth; resolvers: FilterResolvers }): Router {
  const { exports, auth, resolvers } = deps;
  const router = Router();

  router.get('/claims', auth.read, async (req, res) => {
    const filter = await parseClaimFilter(req, resolvers, { extraParams: ['format', 'include'], paged: false });
    const format = parseFormat(req);
    const include = parseInclude(req);
    const streams = include === 'revisions' ? await exports.revisions(filter, format) : await exports.claims(filter, format);
    const name = exportFileName(include === 'revisions' ? 'claim-revisions' : 'claims', req, new Date(), format);
    res.set({ 'Content-Type': CONTENT_TYPES[format], 'Content-Disposition': `attachment; filename="${name}"`, 'Cache-Control': 'no-store' });
    await stream(res, ...streams);
  });

  router.get('/datapackage', auth.read, async (req, res) => {
    onlyParams(req, []);
    const created = new Date();
    const archive = archiver('zip', { zlib: { level: 6 } });
    res.set({
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="claims-ledger_datapackage_${stamp(created)}.zip"`,
      'Cache-Control': 'no-store',
    });
    const sending = stream(res, archive);
    try {
      await exports.dataPackage(archive, { created, sourceUrl: `${req.protocol}://${req.get('host') ?? 'localhost'}${req.originalUrl}` });
    } catch (err) {
      archive.destroy(err as Error);
    }
    await sending;
  });

  return router;
}
