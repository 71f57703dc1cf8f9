import http from 'node:http';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Reads every 50 ms, at most `tries` times, until `done` holds; returns the last reading. */
export async function pollUntil<T>(read: () => Promise<T>, done: (value: T) => boolean, tries = 200): Promise<T> {
  let value = await read();
  for (let i = 1; i < tries && !done(value); i++) {
    await sleep(50);
    value = await read();
  }
  return value;
}

/**
 * Starts a streamed download, stops reading after the first chunk (backpressure keeps the query running),
 * then hangs up: returns the response, the queries `running` saw during and after, and the pool's use after.
 */
export async function disconnectMidStream(url: string, running: () => Promise<unknown[]>, pool: { numUsed(): number }) {
  const req = http.get(url);
  const res = await new Promise<http.IncomingMessage>((resolve) => req.on('response', resolve));
  await new Promise((resolve) => res.once('data', resolve));
  res.pause();
  const during = await pollUntil(running, (rows) => rows.length > 0, 100);
  req.destroy();
  const after = await pollUntil(running, (rows) => rows.length === 0 && pool.numUsed() === 0);
  return { res, during, after, inUse: pool.numUsed() };
}
