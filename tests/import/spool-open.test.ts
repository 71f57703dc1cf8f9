import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { Request } from 'express';
import { spoolBody } from '../../src/import/spool';
import { filesOpenIn } from '../support/openFiles';

/**
 * A spooled import body holds its file open only while it is read: an import answered without reading it (from what an
 * earlier send with its Idempotency-Key saved, or refused for want of a slot) left a stream open on the spool, which kept
 * the deleted file's disk space until the process ended.
 */
const settled = () => new Promise((resolve) => setTimeout(resolve, 50));

test('a body asked for and never read opens no file; one read whole closes it', async () => {
  const lines = '{"type":"actor"}\n'.repeat(1000);
  const req = Object.assign(Readable.from([Buffer.from(lines)]), { get: () => undefined }) as unknown as Request;
  const before = new Set(fs.readdirSync(os.tmpdir()));
  const body = await spoolBody(req, 1_000_000);
  // the spool's own folder: the one claims-ledger-import-* folder the call made
  const made = fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith('claims-ledger-import-') && !before.has(name));
  expect(made).toHaveLength(1);
  const dir = path.join(os.tmpdir(), made[0]);
  try {
    body.open(); // asked for, never read: the import was answered from what it saved
    await settled();
    expect(filesOpenIn(dir)).toEqual([]);
    const chunks: Buffer[] = [];
    for await (const chunk of body.open()) chunks.push(chunk);
    expect(Buffer.concat(chunks).toString()).toBe(lines);
    await settled();
    expect(filesOpenIn(dir)).toEqual([]);
  } finally {
    await body.remove();
  }
});

test('a body read part-way and abandoned is closed when the spool is removed', async () => {
  const lines = '{"type":"actor"}\n'.repeat(200_000);
  const req = Object.assign(Readable.from([Buffer.from(lines)]), { get: () => undefined }) as unknown as Request;
  const before = new Set(fs.readdirSync(os.tmpdir()));
  const body = await spoolBody(req, 10_000_000);
  const made = fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith('claims-ledger-import-') && !before.has(name));
  const dir = path.join(os.tmpdir(), made[0]);
  // Its reader took one chunk and stopped, without closing what it read (a parser left waiting, a generator dropped).
  const reader = body.open()[Symbol.asyncIterator]();
  expect((await reader.next()).done).toBe(false);
  expect(filesOpenIn(dir)).toHaveLength(1);
  await body.remove();
  await settled();
  expect(filesOpenIn(dir)).toEqual([]);
  await expect(async () => {
    for await (const chunk of body.open()) void chunk;
  }).rejects.toThrow(/after its spool was removed/);
});
