/**
 * The metric a candidate proposes is a code of the ledger's vocabulary, read from the ledger as its places and groups
 * are: a metric an editor added is known by its label when a figure counts that noun and no rule says more of it
 * ("freed 12 hostages" with a metric labelled "Hostages"), and a code the ledger does not hold is not proposed (the editor
 * chooses). Without the ledger's metrics (the accuracy harness given none) every code is proposed as the rules give it.
 */
import type { Lexicon } from './lexicon';
import type { Work } from './work';

/** A figure no rule says more of, counting the noun an editor's metric is labelled with, takes that metric. */
export function metricsByLabel(text: string, work: Work[], lexicon: Lexicon): void {
  const codes = lexicon.metricCodes;
  if (!codes) return;
  for (const w of work) {
    const { fig } = w;
    if (w.metricByDefault && fig.noun) {
      // the noun alone ("hostages") or the words from the number to it ("foreign hostages")
      const named = lexicon.metricLabelled(fig.noun.text) ?? lexicon.metricLabelled(text.slice(fig.end, fig.noun.end));
      if (named && named !== w.metric) {
        w.metric = named;
        w.metricReason = `counts "${text.slice(fig.noun.start, fig.noun.end)}", the label of the ledger's metric ${named}`;
      }
    }
  }
}

/** Leaves for the editor every metric the ledger does not hold (after every rule that sets one, the group's strength too). */
export function keepLedgerCodes(work: Work[], lexicon: Lexicon): void {
  const codes = lexicon.metricCodes;
  if (!codes) return;
  for (const w of work) {
    if (w.metric && !codes.has(w.metric)) {
      w.metricReason = `${w.metricReason}; the ledger has no metric ${w.metric}: choose one`;
      w.metric = null;
    }
  }
}
