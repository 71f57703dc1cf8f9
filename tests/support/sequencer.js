// jest's testSequencer: the slowest test files start first, so that the run does not end on one long file on one core
// while the other core is idle. jest's own sequencer orders by the durations it cached in its last run, and with no
// cache (every clean clone, so every CI run) by file size, which says little here: a short file that starts a server
// process with its own PostgreSQL, or drives Chromium, runs for minutes. Where jest has no cached duration, this takes
// the one committed in durations.json (seconds, from a whole run: `node scripts/test-durations.mjs`, README in
// docs/contributing.md). A file in neither (a new one) has no duration, and jest's order puts those first.
// jest requires a sequencer untransformed: JavaScript, as databaseSuitesFilter.js.
const path = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;
const durations = require('./durations.json');

class SlowestFirst extends Sequencer {
  /** A file's duration in ms: jest's cached one, else the committed one, else none. */
  time(test) {
    const cached = super.time(test);
    if (cached != null) return cached;
    const seconds = durations[path.relative(test.context.config.rootDir, test.path).split(path.sep).join('/')];
    return seconds == null ? undefined : seconds * 1000;
  }
}

module.exports = SlowestFirst;
