import os from 'node:os';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * jest's own process ends at once on SIGINT, SIGTERM or SIGHUP (it sets no handler outside watch mode) and never runs
 * globalTeardown: when the signal reaches jest alone (`kill -INT`, a CI runner stopping a job, a parent script), not its
 * whole process group as a terminal's Ctrl-C does, the run's embedded PostgreSQL was left running, reparented to init,
 * with its folder in the temporary directory (round 54). While these handlers are set, such a signal runs `stop` and
 * then ends the process as the signal would have (exit code 128 + its number); a second signal meanwhile ends it at
 * once, as before. Returns what takes the handlers away (globalTeardown, which then stops the cluster itself).
 */
export function stopOnSignals(stop: () => Promise<void>): () => void {
  const onSignal = (signal: NodeJS.Signals) => {
    forget();
    process.stderr.write(`\n${signal}: stopping the test run's PostgreSQL\n`);
    void stop()
      .catch((err: unknown) => process.stderr.write(`could not stop the test run's PostgreSQL: ${String(err)}\n`))
      .finally(() => process.exit(128 + os.constants.signals[signal]));
  };
  const forget = () => {
    for (const signal of SIGNALS) process.removeListener(signal, onSignal);
  };
  for (const signal of SIGNALS) process.once(signal, onSignal);
  return forget;
}
