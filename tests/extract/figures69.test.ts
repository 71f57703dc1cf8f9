/**
 * Which numbers count people (extract69): a plural noun that never names a person (WordNet's lexicographer files,
 * src/extract/data/thing-nouns.txt) counts things even where the extractor's own lists lack it. Sentences written for
 * these tests; each assertion is of the whole candidate.
 */
import fs from 'node:fs';
import path from 'node:path';
import { thingNounsText } from '../../scripts/build-thing-nouns';
import { expected, shapes } from './support';

const at = { published: '2026-03-01' };
const today = { as_of: '2026-03-01' };

describe('plural nouns that never name a person count things', () => {
  test('kits, clinics and kitchens the word lists lack are no people after a sentence of people', () => {
    expect(
      shapes('Officials said 212 returnees arrived in March. The charity handed out 3,500 hygiene kits and ran 19 mobile clinics.', at),
    ).toEqual([
      expected({
        value_text: '212',
        value: 212,
        metric: 'returnees',
        claimant: 'Officials',
        mention: 'Officials',
        cue: 'said',
        as_of: '2026-03',
      }),
    ]);
    expect(shapes('The camp holds 2,000 women; aid groups run 14 field kitchens there.', at)).toEqual([
      expected({ value_text: '2,000', value: 2000, metric: 'in_camps', ...today }),
    ]);
  });

  test('a noun of a person after the plural is the head: "12 arms dealers"', () => {
    expect(shapes('Police arrested 12 arms dealers in the port city on Tuesday.', at)).toEqual([
      expected({ value_text: '12', value: 12, metric: 'arrested', as_of: '2026-02-24' }),
    ]);
  });

  test('what the things are of may be people: "40 descriptions of men"', () => {
    expect(shapes('The garrison lists 40 descriptions of men wanted for the attack.', at).map((c) => c.value_text)).toEqual(['40']);
  });

  test('a measure of what is no people counts things: "212 pieces of material evidence"', () => {
    expect(shapes('The court heard that 14 defendants were tried. Prosecutors presented 212 pieces of material evidence.', at)).toEqual([
      expected({ value_text: '14', value: 14, metric: 'charged', ...today }),
    ]);
  });

  test('a plural that is also a verb is a noun after a number that is an object: "produced 27 exhibits over 41 days"', () => {
    expect(shapes('The court heard that 14 defendants were tried. The prosecution produced 27 exhibits over 41 sitting days.', at)).toEqual(
      [expected({ value_text: '14', value: 14, metric: 'charged', ...today })],
    );
  });

  test('"elements" told of fighters count people: 300 "takfiri elements"', () => {
    expect(shapes('The army said it had killed 300 "takfiri elements" in the north since 2024.', at)).toEqual([
      expected({ value_text: '300', value: 300, metric: 'killed', claimant: 'army', mention: 'The army', cue: 'said' }),
    ]);
  });

  test('acts of killing and the bodies of the dead count people', () => {
    expect(shapes('The ministry counted 112 homicides in the border towns last year.', at).map((c) => c.value_text)).toEqual(['112']);
    expect(shapes('Rescuers recovered 38 bodies after the ferry attack.', at).map((c) => c.value_text)).toEqual(['38']);
  });

  test('the generated table is what the script writes from WordNet', () => {
    const file = path.join(__dirname, '..', '..', 'src', 'extract', 'data', 'thing-nouns.txt');
    expect(fs.readFileSync(file, 'utf8')).toBe(thingNounsText());
  });
});

describe('a short line that labels its number with no lead over it', () => {
  test('"Released on licence: 14" opening a text counts people, "Vehicles seized: 6" things', () => {
    expect(shapes('Released on licence: 14', at)).toEqual([
      expected({ value_text: '14', value: 14, metric: 'released_under_restrictions', ...today }),
    ]);
    expect(shapes('Vehicles seized: 6', at)).toEqual([]);
  });
});

describe('people nouns the lists lacked and asides inside a noun phrase', () => {
  test('kin: "Five of my nephews", "two of my cousins"', () => {
    expect(
      shapes('Five of my nephews left for Syria, the farmer said; two of my cousins followed them.', at).map((c) => c.value_text),
    ).toEqual(['Five', 'two']);
  });

  test('a few words in brackets between the number and its noun: "the 23 (mostly teenage) boys"', () => {
    expect(shapes('Police took the 23 (mostly teenage) boys to a transit centre.', at)).toEqual([
      expected({ value_text: '23', value: 23, metric: 'children', ...today }),
    ]);
    // (a number in the brackets is no aside: a year or another count)
    expect(shapes('Police seized 23 (in 2019) rifles at the depot.', at)).toEqual([]);
  });
});

test('drug mules arrested are counted: a plural WordNet files under no person sense but this domain uses for people', () => {
  expect(shapes('Police said 30 mules were arrested at the airport.').map((c) => [c.value_text, c.metric])).toEqual([['30', 'arrested']]);
});
