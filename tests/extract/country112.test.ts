/**
 * Country rules of extract112. A nationality qualifying the object of a preposition after the people counted ("for
 * sending money to Italian and Tunisian fighters", "killed by Somali militants") is that other noun phrase's, not the
 * counted people's (the lead's court-report trial). A region or a town people left ("left Hesse", "left Lunel") is their
 * origin, as a country they left already was (held-out 26's and 27's leavers of Hesse and North Rhine-Westphalia); and
 * so is one they "came from" (held-out 35's and 36's). Neither reads a place in a conflict zone, where people were.
 * People "with a link to" or "connections to" a country are of it (held-out 36–39's reading). Sentences written for
 * these tests; each asserts the whole candidate, with the reason its country was given.
 */
import { shapesWithCountryReason, unattributedOn } from './support';

const all = (text: string) => shapesWithCountryReason(text, { published: '2026-03-01' });

const candidate = unattributedOn('2026-03-01');

describe('a nationality of another noun phrase after the people counted', () => {
  test('the fighters a court case names are not the convicted men', () => {
    expect(all('A Milan court sentenced three men to prison for sending money to Italian and Tunisian fighters in Syria.')).toEqual([
      candidate({
        value_text: 'three',
        value: 3,
        approximation: 'exact',
        metric: 'convicted',
        country: null,
        why: "an authority's own cases: no nationality stated",
      }),
    ]);
  });

  test('the killers nationality is not the victims', () => {
    expect(all('Police said 12 villagers were killed by Somali militants.')).toEqual([
      candidate({
        value_text: '12',
        value: 12,
        approximation: 'exact',
        metric: 'victims_killed',
        country: null,
        claimant: 'Police',
        mention: 'Police',
        cue: 'said',
        why: 'victims: no nationality stated',
      }),
    ]);
  });

  test('a nationality of the people counted themselves still counts', () => {
    expect(all('A Milan court sentenced three Tunisian men to prison for sending money to fighters in Syria.')).toEqual([
      candidate({
        value_text: 'three',
        value: 3,
        approximation: 'exact',
        metric: 'convicted',
        country: 'TN',
        why: '"Tunisian"',
      }),
    ]);
  });
});

describe('a region or a town people left or came from', () => {
  test('people who left a region are of its code', () => {
    expect(all('About 150 people have left Hesse for Syria since 2013.')).toEqual([
      candidate({
        value_text: 'About 150',
        value: 150,
        approximation: 'approximately',
        metric: 'foreign_fighters',
        country: 'DE-HE',
        why: '"Hesse": Hesse, a subdivision of DE the ledger counts apart (DE-HE)',
      }),
    ]);
  });

  test('people who left a town are of its country', () => {
    expect(all('Some 20 young men left Lunel for Syria in 2014.')).toEqual([
      candidate({
        value_text: 'Some 20',
        value: 20,
        approximation: 'approximately',
        metric: 'foreign_fighters',
        country: 'FR',
        as_of: '2014',
        why: '"Lunel": in FR',
      }),
    ]);
  });

  test('people who came from a region are of its code', () => {
    expect(all('Officials said 40 people who came from Sughd had joined the group in Syria.')).toEqual([
      candidate({
        value_text: '40',
        value: 40,
        approximation: 'exact',
        metric: 'foreign_fighters',
        country: 'TJ-SU',
        claimant: 'Officials',
        mention: 'Officials',
        cue: 'said',
        as_of: null,
        why: '"Sughd": Sughd, a subdivision of TJ (TJ-SU), the origin the text gives them, no nationality stated',
      }),
    ]);
  });

  test('a town of a conflict zone they left or came from is where they were', () => {
    expect(all('About 40 men left Raqqa for Idlib in 2017. Officials said 30 fighters who came from Raqqa had joined the group.')).toEqual([
      candidate({
        value_text: 'About 40',
        value: 40,
        approximation: 'approximately',
        metric: 'foreign_fighters',
        country: null,
        as_of: '2017',
        why: '',
      }),
      candidate({
        value_text: '30',
        value: 30,
        approximation: 'exact',
        metric: 'foreign_fighters',
        country: null,
        claimant: 'Officials',
        mention: 'Officials',
        cue: 'said',
        as_of: null,
        why: '',
      }),
    ]);
  });
});

describe('people with a link to a country', () => {
  test('women and children with a link to a country in camps are of it', () => {
    expect(all('About 40 women and children with a link to Belgium remain in camps in Syria.')).toEqual([
      candidate({
        value_text: 'About 40',
        value: 40,
        approximation: 'approximately',
        metric: 'in_camps',
        country: 'BE',
        why: '"Belgium"',
      }),
    ]);
  });

  test('travellers with connections to a country are of it', () => {
    expect(all('About 300 people with connections to Norway have travelled to Syria.')).toEqual([
      candidate({
        value_text: 'About 300',
        value: 300,
        approximation: 'approximately',
        metric: 'foreign_fighters',
        country: 'NO',
        why: '"Norway"',
      }),
    ]);
  });
});
