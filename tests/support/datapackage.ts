import request from 'supertest';
import yauzl from 'yauzl';
import type { TestApp } from './app';

/** GET /v1/export/datapackage with its body as bytes, whatever its type (a zip, or a problem before the first byte). */
export function requestDataPackage(app: TestApp['app']): request.Test {
  return request(app)
    .get('/v1/export/datapackage')
    .buffer(true)
    .parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
}

/** GET /v1/export/datapackage, unzipped: the response and each file's text by its name, in the zip's order. */
export async function downloadDataPackage(app: TestApp['app']): Promise<{ res: request.Response; files: Map<string, string> }> {
  const res = await requestDataPackage(app).expect(200);
  const files = await new Promise<Map<string, string>>((resolve, reject) => {
    yauzl.fromBuffer(res.body as Buffer, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      const out = new Map<string, string>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            out.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(out));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
  return { res, files };
}
