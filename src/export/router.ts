import { Readable, Writable } from 'node:stream';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import type archiver from 'archiver';
import { Request, Response, Router } from 'express';
import type { FilterResolvers } from '../claims/parseClaimFilter';
import type { Auth } from '../http/auth';
import type { LongWorkGate } from '../http/longWork';
import type { StillWorking } from '../http/stall';
import type { WatchHeld } from './cursor';
import { markedFirst } from './bom';
import { downloadName, stamp } from '../http/downloadName';
import { onlyParams } from '../http/params';
import { EXPORT_FILTER_PARAMS, parseExportParams } from './parseExportParams';
import { CONTENT_TYPES } from './serialize';
import type { ExportService } from './service';

/** Ends streams nobody will read: an error they raise as they close (their connection cut) has nowhere else to go. */
function discard(streams: (Readable | Writable)[]): void {
  for (const s of streams) {
    s.on('error', () => undefined);
    s.destroy();
  }
}

/**
 * Streams into the response; a client that goes away ends the streams (and so the query) without an error. A response
 * answered already while its streams were being opened (a 503: the database had stopped answering, src/http/stall.ts)
 * only ends them: their connections go back to the pool (they had stayed taken, the headers set on an answered
 * response throwing before anything ended the streams).
 */
async function stream(res: Response, headers: Record<string, string>, ...streams: [Readable, ...Writable[]]): Promise<void> {
  const answered = () => res.headersSent || res.destroyed;
  if (!answered()) {
    // Its first rows (or its end) before anything is answered: a statement the database refuses before it sends a row
    // (a lock waited for past its lock_timeout) is a problem answer naming why, not a response cut before its first byte.
    // A client gone meanwhile (or the stall watchdog's answer) ends the wait, and the streams with it.
    const gone = new AbortController();
    const onClose = () => gone.abort();
    res.once('close', onClose);
    try {
      await once(streams[0], 'readable', { signal: gone.signal });
    } catch (err) {
      discard(streams);
      if (answered()) return;
      throw err;
    } finally {
      res.off('close', onClose);
    }
  }
  // Meanwhile the stall watchdog may have answered (a database that stopped answering).
  if (answered()) {
    discard(streams);
    return;
  }
  res.set(headers);
  // pipeline puts seven 'close' listeners of its own on the response, on top of one each from the middleware that
  // watch a request (metrics, read timeout, stall, long-work slot): a fixed number per response, past Node's default
  // of ten, which would warn of a leak that is not one.
  res.setMaxListeners(Math.max(res.getMaxListeners(), 20));
  try {
    await pipeline([...streams, res]);
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_STREAM_PREMATURE_CLOSE') return;
    throw err;
  }
}

/**
 * A zip writer for the data package. archiver (~0.2 s of CPU to load) is loaded by the first data package rather than
 * with the app: every test file that makes an app loaded it, and few zip.
 */
let loadedArchiver: typeof archiver | undefined;
function zip(): archiver.Archiver {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loadedArchiver ??= require('archiver') as typeof archiver;
  return loadedArchiver('zip', { zlib: { level: 6 } });
}

/**
 * Answers a HEAD of an export with the headers its GET would send, once its parameters are checked (a bad one is the
 * same 400): no slot, no query. Express runs a GET's handler for a HEAD, so a HEAD had taken a long-work slot (or
 * waited for one, past the read time limit: a 503) and run the whole export to send nothing.
 */
function answeredHead(req: Request, res: Response, headers: Record<string, string>): boolean {
  if (req.method !== 'HEAD') return false;
  res.set(headers).end();
  return true;
}

/**
 * Tells the stall watchdog (src/http/stall.ts) how to ask whether the database is at work on this export: its first row
 * may take minutes to come (a sort over millions of claims, a lock waited for) while the database works.
 */
function watchedBy(res: Response): WatchHeld {
  return (held) => {
    res.locals.stillWorking = ((withinMs) => held.atWork(withinMs)) satisfies StillWorking;
  };
}

export function exportRouter(deps: { exports: ExportService; auth: Auth; resolvers: FilterResolvers; longWork: LongWorkGate }): Router {
  const { exports, auth, resolvers, longWork } = deps;
  const router = Router();

  router.get('/claims', auth.read, async (req, res) => {
    const { filter, format, include, bom } = await parseExportParams(req.query, resolvers);
    const name = downloadName(include === 'revisions' ? 'claim-revisions' : 'claims', req, EXPORT_FILTER_PARAMS, new Date(), format);
    const headers = {
      'Content-Type': CONTENT_TYPES[format],
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'no-store',
    };
    if (answeredHead(req, res, headers)) return;
    // A slot once the request is known to be valid: a bad one is a 400 whatever runs.
    await longWork.enter(res, 'the export');
    const watch = watchedBy(res);
    const streams = include === 'revisions' ? await exports.revisions(filter, format, watch) : await exports.claims(filter, format, watch);
    await stream(res, headers, ...streams, ...(bom ? [markedFirst()] : []));
  });

  router.get('/datapackage', auth.read, async (req, res) => {
    onlyParams(req, []);
    const created = new Date();
    const headers = {
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="claims-ledger_datapackage_${stamp(created)}.zip"`,
      'Cache-Control': 'no-store',
    };
    if (answeredHead(req, res, headers)) return;
    await longWork.enter(res, 'the export');
    const archive = zip();
    const sending = stream(res, headers, archive);
    try {
      await exports.dataPackage(archive, {
        created,
        sourceUrl: `${req.protocol}://${req.get('host') ?? 'localhost'}${req.originalUrl}`,
        watch: watchedBy(res),
      });
    } catch (err) {
      archive.destroy(err as Error);
    }
    await sending;
  });

  return router;
}
