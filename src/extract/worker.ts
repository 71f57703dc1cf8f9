/**
 * The extractor's worker thread (built to dist/server/extract-worker.js): reads one text at a time for the pool in
 * pool.ts, so that a long text does not hold up every other request of the server.
 */
import { parentPort } from 'node:worker_threads';
import { readText, ReadingInput } from './read';

parentPort!.on('message', ({ id, input }: { id: number; input: ReadingInput }) => {
  try {
    parentPort!.postMessage({ id, reading: readText(input) });
  } catch (err) {
    parentPort!.postMessage({ id, error: (err as Error).message });
  }
});
