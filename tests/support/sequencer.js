// jest's testSequencer: the slowest test files start first, so that the run does not end on one long file on one core
// while the other core is idle. jest's own sequencer orders by the durations it cached in its last run, and with no
// cache (every clean clone, so every CI run) by file size, which says little here: a short file that starts a server
// process with its own PostgreSQL, or drives Chromium, runs for minutes. Where jest has no cached duration, this takes
// the one committed in durations.json (seconds, from a whole run: `node scripts/test-durations.mjs`, README in
// docs/contributing.md). A file in neither (a new one) is given the median of its folder's committed durations: jest
// starts a file without a duration before every file with one, and in round 53 the 57 files added since the table's
// last refresh ran first, so the OpenAPI fuzz (the longest, minutes on one worker) started only after them and ended
// the run alone.
// jest requires a sequencer untransformed: JavaScript, as databaseSuitesFilter.js.
const path = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;
const committed = require('./durations.json');

/** The median of `values` (a sorted copy's middle, the lower of two), or undefined when there are none. */
function median(values) {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[(sorted.length - 1) >> 1];
}

/** A test file's path from the root, with forward slashes, as durations.json writes it. */
const fromRoot = (test) => path.relative(test.context.config.rootDir, test.path).split(path.sep).join('/');

class SlowestFirst extends Sequencer {
  /** The committed durations (seconds by path from the root); a test replaces them. */
  durations = committed;

  /** A file's duration in ms: jest's cached one, else the committed one, else its folder's median, else none. */
  time(test) {
    const cached = super.time(test);
    if (cached != null) return cached;
    const file = fromRoot(test);
    const folder = path.posix.dirname(file);
    const seconds =
      this.durations[file] ??
      median(
        Object.entries(this.durations)
          .filter(([other]) => path.posix.dirname(other) === folder)
          .map(([, duration]) => duration),
      );
    return seconds == null ? undefined : seconds * 1000;
  }
}

module.exports = SlowestFirst;
