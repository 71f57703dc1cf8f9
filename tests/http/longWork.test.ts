import { EventEmitter } from 'node:events';
import type { Response } from 'express';
import { LongWorkGate, ServiceUnavailableError } from '../../src/http/longWork';

/** A response as the gate sees it: locals, whether it is closed, and its 'close' event. */
function response(): Response & { end(): void } {
  const res = Object.assign(new EventEmitter(), { locals: {}, destroyed: false, closed: false });
  return Object.assign(res, {
    end() {
      res.closed = true;
      res.emit('close');
    },
  }) as unknown as Response & { end(): void };
}

test('long work waits its turn for a slot, in order; a full queue is turned away at once; a wait that runs out is a 503', async () => {
  const gate = new LongWorkGate(1, 60_000);
  const first = response();
  await gate.enter(first, 'the export');
  expect(gate.inUse).toBe(1);

  const order: number[] = [];
  const waiters = Array.from({ length: 10 }, (_, i) => {
    const res = response();
    return { res, entered: gate.enter(res, 'the export').then(() => order.push(i)) };
  });
  const started = Date.now();
  const eleventh = gate.enter(response(), 'the export');
  await expect(eleventh).rejects.toBeInstanceOf(ServiceUnavailableError);
  await expect(eleventh).rejects.toThrow(/1 at once, 10 waiting/);
  expect(Date.now() - started).toBeLessThan(1000);

  first.end();
  await waiters[0].entered;
  expect(order).toEqual([0]);
  expect(gate.inUse).toBe(1);
  for (const [i, w] of waiters.entries()) {
    w.res.end();
    if (i + 1 < waiters.length) await waiters[i + 1].entered;
  }
  expect(order).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  expect(gate.inUse).toBe(0);

  const short = new LongWorkGate(1, 50);
  await short.enter(response(), 'the import');
  const late = await short.enter(response(), 'the import').catch((err: ServiceUnavailableError) => err);
  expect(late).toBeInstanceOf(ServiceUnavailableError);
  expect((late as ServiceUnavailableError).status).toBe(503);
  expect((late as ServiceUnavailableError).headers).toEqual({ 'Retry-After': '5' });
});
