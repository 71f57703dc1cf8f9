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
 * Starts a streamed download (on a connection of its own: a kept-alive socket of an earlier download may be closed
 * by the server's keep-alive timeout just as it is reused, a "socket hang up" before any response; the agent's
 * reuse races with the server's FIN whenever the client read the earlier response more than 5 s after the server
 * wrote it, as under load), stops reading after the first chunk (backpressure keeps the query running),
 * then hangs up: returns the response, the queries `running` saw during and after, and the pool's use after.
 */
export async function disconnectMidStream(url: string, running: () => Promise<unknown[]>, pool: { numUsed(): number }) {
  const req = http.get(url, { agent: false });
  const res = await new Promise<http.IncomingMessage>((resolve, reject) => req.on('response', resolve).on('error', reject));
  await new Promise((resolve) => res.once('data', resolve));
  res.pause();
  const during = await pollUntil(running, (rows) => rows.length > 0, 100);
  req.destroy();
  const after = await pollUntil(running, (rows) => rows.length === 0 && pool.numUsed() === 0);
  return { res, during, after, inUse: pool.numUsed() };
}
