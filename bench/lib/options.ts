/**
 * The benchmark's command-line options (`npm run bench -- …`), read and checked before anything starts.
 */

/** An option the run cannot use: the message names it and what it takes. */
export class UsageError extends Error {}

export interface Options {
  quick: boolean;
  claims: number;
  importClaims: number;
  listSeconds: number;
  viewSeconds: number;
  keep: boolean;
  /** Serve with the ledger cache off (VIEW_CACHE_ENTRIES=0): every view and page computed on every request. */
  noCache: boolean;
  /**
   * Steps to run (the ledger is always generated): import, list, peer, compare, pages, export, start, extract; and, only
   * when named, `five` (an experiment), `xlsx` and `search`.
   */
  only: Set<string>;
  /** Alternating pairs of baseline and ledger measured for each ratio (import, export); the median pair's ratio is reported. */
  repeat: number;
}

export const STEPS = ['import', 'list', 'peer', 'compare', 'pages', 'export', 'start', 'extract'];
/**
 * Steps run only when named in `--only`: `five` (an experiment), `xlsx` (the XLSX export, also in quick runs) and
 * `search` (the actors' name search at 100,000 actors).
 */
const NAMED_ONLY_STEPS = ['five', 'xlsx', 'search'];

export function parseArgs(argv: string[]): Options {
  const quick = argv.includes('--quick');
  // Every numeric option is checked the same way: "--claims x" or "--seconds -1" stops the run with the option named,
  // where Number() would have carried NaN into every step and a table of nonsense.
  const count = (name: string, fallback: number, unit: string, min = 1) => {
    const i = argv.indexOf(name);
    if (i < 0) return fallback;
    const given = argv[i + 1];
    const n = Number(given);
    if (given === undefined || given.trim() === '' || !Number.isInteger(n) || n < min)
      throw new UsageError(`${name} takes a whole number of ${unit}, ${min} or more (got ${given ?? 'nothing'})`);
    return n;
  };
  const only = argv.includes('--only') ? (argv[argv.indexOf('--only') + 1] ?? '').split(',') : STEPS;
  const known = [...STEPS, ...NAMED_ONLY_STEPS];
  const unknown = only.filter((step) => !known.includes(step));
  if (unknown.length > 0) throw new UsageError(`--only takes steps among ${known.join(', ')} (got ${unknown.join(', ') || 'nothing'})`);
  return {
    quick,
    claims: count('--claims', quick ? 50_000 : 1_000_000, 'claims'),
    importClaims: count('--import-claims', quick ? 10_000 : 100_000, 'claims'),
    listSeconds: count('--seconds', quick ? 16 : 30, 'seconds'),
    viewSeconds: quick ? 5 : 15,
    keep: argv.includes('--keep'),
    noCache: argv.includes('--no-cache'),
    only: new Set(only),
    repeat: count('--repeat', quick ? 1 : 3, 'pairs'),
  };
}
