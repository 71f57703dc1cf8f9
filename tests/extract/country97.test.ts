/**
 * Country rules of extract97. A region named as where people come from gives its ISO 3166-2 code even in a text mostly
 * about its country's nationals; people who went back to that country are of the one region the text says people came
 * from; an origin spanning a region and a place only its country's is the country's; and foreign nationals counted in a
 * sentence carry to the figure after them in it. Sentences written for these tests; each asserts the whole candidate,
 * with the reason its country was given.
 */
import { shapesWithCountryReason, unattributedOn } from './support';

const all = (text: string) => shapesWithCountryReason(text, { published: '2026-03-01' });

const candidate = unattributedOn('2026-03-01');

test('a region named as the origin keeps its code in a text about its country', () => {
  expect(
    all(
      'About 3,000 Tunisians have travelled to Syria, officials said. Some 70 Tunisian fighters are in Libya. Another 45 young people from Kairouan have also gone.',
    ),
  ).toEqual([
    candidate({
      value_text: 'About 3,000',
      value: 3000,
      approximation: 'approximately',
      metric: 'foreign_fighters',
      country: 'TN',
      claimant: 'officials',
      mention: 'officials',
      cue: 'said',
      why: '"Tunisians"',
    }),
    candidate({
      value_text: 'Some 70',
      value: 70,
      approximation: 'approximately',
      metric: 'foreign_fighters',
      country: 'TN',
      why: '"Tunisian"',
    }),
    candidate({
      value_text: '45',
      value: 45,
      approximation: 'exact',
      metric: 'foreign_fighters',
      country: 'TN-41',
      why: '"Kairouan": Kairouan, a subdivision of TN (TN-41), the origin the text gives them, no nationality stated',
    }),
  ]);
});

test('people gone back to the country of the region they came from are of the region', () => {
  expect(all('Officials say 48 young men were recruited from Kairouan. Eleven have since returned to Tunisia, the governor said.')).toEqual(
    [
      candidate({
        value_text: '48',
        value: 48,
        approximation: 'exact',
        metric: 'foreign_fighters',
        country: null,
        claimant: 'Officials',
        mention: 'Officials',
        cue: 'say',
        why: '',
      }),
      candidate({
        value_text: 'Eleven',
        value: 11,
        approximation: 'exact',
        metric: 'returnees',
        country: 'TN-41',
        claimant: 'governor',
        mention: 'the governor',
        cue: 'said',
        why: '"Tunisia", the country they went back to: of Kairouan, the region the text says people came from (TN-41)',
      }),
    ],
  );
});

test('no one region when a route starts from it or several are named together', () => {
  const back = (text: string) => all(text)[1];
  const country = (why: string) =>
    candidate({
      value_text: 'Eleven',
      value: 11,
      approximation: 'exact',
      metric: 'returnees',
      country: 'TN',
      claimant: 'governor',
      mention: 'the governor',
      cue: 'said',
      why,
    });
  expect(
    back('Officials say 48 young men were recruited from Kairouan and Sousse. Eleven have since returned to Tunisia, the governor said.'),
  ).toEqual(country('brought to "Tunisia" in its list item'));
  expect(
    back('Officials say 48 young men were recruited From Kairouan to Sirte. Eleven have since returned to Tunisia, the governor said.'),
  ).toEqual(country('brought to "Tunisia" in its list item')); // (nor a region things or one person came from: review49)
  expect(
    back(
      'Aid trucks left from Kairouan in May. Officials say 48 young men left. Eleven have since returned to Tunisia, the governor said.',
    ),
  ).toEqual(country('brought to "Tunisia" in its list item'));
  expect(
    back(
      'The minister flew in from Kairouan in May. Officials say 48 young men left. Eleven have since returned to Tunisia, the governor said.',
    ),
  ).toEqual(country('brought to "Tunisia" in its list item'));
});

test('an origin spanning a region and a place only its country is the country', () => {
  // (Kwale and Mombasa, this test's first places, are both counties since 20261223010000: a list of KE-19 and KE-28)
  expect(all('Some 27 young men from Balochistan and Waziristan travelled to Syria.')).toEqual([
    candidate({
      value_text: 'Some 27',
      value: 27,
      approximation: 'approximately',
      metric: 'foreign_fighters',
      country: 'PK',
      why: '"Balochistan and Waziristan": places of PK named together, not all counted apart',
    }),
  ]);
});

test('foreign nationals carry to the next figure of their sentence', () => {
  expect(all('Police detained 40 foreigners in the raids and deported 25 last month.')).toEqual([
    candidate({
      value_text: '40',
      value: 40,
      approximation: 'exact',
      metric: 'arrested',
      country: null,
      as_of: '2026-02',
      why: 'foreign nationals of several countries',
    }),
    candidate({
      value_text: '25',
      value: 25,
      approximation: 'exact',
      metric: 'returnees',
      country: null,
      as_of: '2026-02',
      why: 'foreign nationals of several countries, as the figure before it',
    }),
  ]);
});

test('foreign nationals set out as a part do not carry to the figure after them', () => {
  expect(all('The prosecutor said 312 people had been detained, among them 86 foreign nationals, and 19 more were killed.')[2]).toEqual(
    candidate({
      value_text: '19',
      value: 19,
      approximation: 'exact',
      metric: 'killed',
      country: null,
      claimant: 'prosecutor',
      mention: 'The prosecutor',
      cue: 'said',
      as_of: null,
      relations: ['part_of c1'],
      why: '',
    }),
  );
});
