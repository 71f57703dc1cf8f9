import fs from 'node:fs';
import { Readable } from 'node:stream';
import type { Request } from 'express';
import { spoolBody } from '../../src/import/spool';

/**
 * A spooled import body holds its file open only while it is read: an import answered without reading it (from what an
 * earlier send with its Idempotency-Key saved, or refused for want of a slot) left a stream open on the spool, which kept
 * the deleted file's disk space until the process ended.
 */
function spoolFilesOpen(): string[] {
  return fs
    .readdirSync('/proc/self/fd')
    .map((fd) => {
      try {
        return fs.readlinkSync(`/proc/self/fd/${fd}`);
      } catch {
        return ''; // closed meanwhile (the directory's own descriptor)
      }
    })
    .filter((target) => target.includes('claims-ledger-import-'));
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 50));

test('a body asked for and never read opens no file; one read whole closes it', async () => {
  const lines = '{"type":"actor"}\n'.repeat(1000);
  const req = Object.assign(Readable.from([Buffer.from(lines)]), { get: () => undefined }) as unknown as Request;
  const body = await spoolBody(req, 1_000_000);
  try {
    body.open(); // asked for, never read: the import was answered from what it saved
    await settled();
    expect(spoolFilesOpen()).toEqual([]);
    const chunks: Buffer[] = [];
    for await (const chunk of body.open()) chunks.push(chunk);
    expect(Buffer.concat(chunks).toString()).toBe(lines);
    await settled();
    expect(spoolFilesOpen()).toEqual([]);
  } finally {
    await body.remove();
  }
});
