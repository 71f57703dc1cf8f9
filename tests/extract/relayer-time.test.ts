import { run } from './support';

/*
 * Found by the review of 6 Dec (extract70): "…, as reported by X" after a cue names the relayer (attribution.ts, relayedAfter),
 * but its capture runs on to the clause's end, so a time adverbial after the outlet becomes part of its name. The
 * older AS_DONE_BY (same file) stops before "in|on|at|during|last|this|after|before".
 */
test('"as reported by X on Monday" relays X, not "X on Monday"', () => {
  const [c] = run('Police said 40 people were arrested, as reported by the state broadcaster on Monday.').candidates;
  expect(c.claimant?.name).toBe('Police');
  expect(c.relayed_by).toBe('state broadcaster');
});

test('"as reported by X last week" relays X', () => {
  const [c] = run('The ministry said 300 fighters had returned, as reported by Interfax last week.').candidates;
  expect(c.relayed_by).toBe('Interfax');
});
