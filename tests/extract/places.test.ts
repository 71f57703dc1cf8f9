/**
 * Whose nationals a figure counts when the text names a place inside a country (db table places_within), an origin
 * compound ("Uzbek-born") or a list of countries; sentences written for these tests.
 */
import { PLACES_WITHIN } from '../../db/migrations/20261204010000_places_within';
import { extractCandidates } from '../../src/extract/extract';
import { fileLexicon } from '../../src/extract/fileLexicon';
import { Lexicon } from '../../src/extract/lexicon';
import { expected, run, shape, shapes } from './support';

describe('places inside a country', () => {
  const subdivision = (name: string, code: string, country: string) =>
    `: ${name}, a subdivision of ${country} the ledger counts apart (${code})`;

  test('a subdivision the ledger holds, named as the origin of the people counted, gives its ISO 3166-2 code and says so', () => {
    expect(run('Some 500 Chechens fought in Syria.').candidates.map((c) => [shape(c), c.reasons.country])).toEqual([
      [
        expected({ value_text: 'Some 500', value: 500, approximation: 'approximately', country: 'RU-CE' }),
        `"Chechens"${subdivision('Chechnya', 'RU-CE', 'RU')}`,
      ],
    ]);
    expect(shapes('Officials said 120 residents of Kabardino-Balkaria had left for Syria.')).toEqual([
      expected({ value_text: '120', value: 120, country: 'RU-KB', claimant: 'Officials', mention: 'Officials', cue: 'said' }),
    ]);
    expect(run('About 40 natives from Dagestan joined the group.').candidates[0]).toMatchObject({
      country: 'RU-DA',
      reasons: { country: `"Dagestan"${subdivision('Dagestan', 'RU-DA', 'RU')}` },
    });
  });

  test('its name before the people counted ("Kabardino-Balkaria residents") is their origin; a city\'s is not', () => {
    expect(shapes('Officials said 120 Kabardino-Balkaria residents had left for Syria.')).toEqual([
      expected({ value_text: '120', value: 120, country: 'RU-KB', claimant: 'Officials', mention: 'Officials', cue: 'said' }),
    ]);
    expect(shapes('Officials said 120 Mosul residents had left the city.')[0].country).toBeNull();
  });

  test('subdivisions named together are a set of their codes, beside a country', () => {
    expect(shapes('Some 500 Chechen and Dagestani fighters were killed.')).toEqual([
      expected({ value_text: 'Some 500', value: 500, approximation: 'approximately', metric: 'killed', country: ['RU-CE', 'RU-DA'] }),
    ]);
    expect(shapes('About 300 Chechens and 4,000 Russians fought in Syria.').map((c) => c.country)).toEqual(['RU-CE', 'RU']);
  });

  test('every country proposed for the seed vocabularies is a place of the ledger', () => {
    const lexicon = fileLexicon();
    const text = 'Some 500 Chechens, 40 Dagestanis and 30 people from Mindanao fought; 12 Ingush and 9 Bavarians were arrested.';
    const countries = run(text).candidates.map((c) => c.country);
    expect(countries).toEqual(['RU-CE', 'RU-DA', 'PH', 'RU-IN', 'DE-BY']);
    for (const code of countries.flat()) if (code !== null) expect(lexicon.place(code)).toBeDefined();
  });

  test('a subdivision the vocabulary does not hold as a place of its own gives its ISO 3166-2 code, its country the other reading', () => {
    const base = fileLexicon();
    const places = ['RU', 'SY'].map((code) => base.place(code)!);
    const lexicon = new Lexicon(places, [], PLACES_WITHIN);
    expect(extractCandidates('Some 500 Chechens fought in Syria.', lexicon).candidates[0]).toMatchObject({
      country: 'RU-CE',
      reasons: { country: '"Chechens": Chechnya, a subdivision of RU (RU-CE), the origin the text gives them, no nationality stated' },
      alternatives: { country: [{ value: 'RU', reason: "RU-CE's country, Russia: its people counted as its nationals" }] },
    });
    // read from the vocabulary alone: its subdivision's names are found without a places_within row
    const withSubdivision = new Lexicon(
      [...places, { code: 'RU-CE', kind: 'subdivision', within: 'RU', name: 'Chechnya', demonyms: ['Chechen'], aliases: [] }],
      [],
    );
    expect(extractCandidates('Some 500 Chechens fought in Syria.', withSubdivision).candidates[0].country).toBe('RU-CE');
  });

  test('a city with an ISO 3166-2 code (Berlin, DE-BE) gives that code', () => {
    expect(run('About 12 natives from Berlin joined the group.').candidates[0]).toMatchObject({
      country: 'DE-BE',
      reasons: { country: '"Berlin": Berlin, a subdivision of DE (DE-BE), the origin the text gives them, no nationality stated' },
    });
  });

  test('an island or city without a code gives its country; a place where people are is no nationality', () => {
    expect(shapes('Officials said 30 people from Mindanao were killed.')[0]).toEqual(
      expected({
        value_text: '30',
        value: 30,
        metric: 'victims_killed',
        country: 'PH',
        claimant: 'Officials',
        mention: 'Officials',
        cue: 'said',
      }),
    );
    expect(shapes('Kurdish forces said 120 fighters who came from Raqqa were detained.')[0].country).toBeNull();
    expect(shapes('Police in Bavaria arrested 12 men.')[0].country).toBeNull();
  });
});

describe('origin compounds and lists', () => {
  test('"Uzbek-born", "Tajik-origin" name the nationality', () => {
    expect(shapes('About 200 Uzbek-born militants were killed.')).toEqual([
      expected({ value_text: 'About 200', value: 200, approximation: 'approximately', metric: 'killed', country: 'UZ' }),
    ]);
    expect(shapes('Some 70 Tajik-origin recruits were arrested.')[0].country).toBe('TJ');
  });

  test('"from the four countries" refers back to the list of countries named before it', () => {
    expect(
      shapes(
        'Agencies in Indonesia, Malaysia, Singapore and the Philippines say at least 900 people from the four countries joined ISIS.',
      )[0].country,
    ).toEqual(['ID', 'MY', 'SG', 'PH']);
    expect(shapes('Officials in Kazakhstan say 150 people from these countries joined ISIS.')[0].country).not.toEqual(expect.any(Array));
  });

  test("tens of thousands of foreigners who joined a group are the world's total; a few thousand are foreign nationals", () => {
    expect(run('An estimated 30,000 foreigners may have joined ISIS.').candidates[0]).toMatchObject({
      country: '001',
      reasons: { country: 'tens of thousands of foreigners: the world' },
    });
    expect(run('Some 2,500 foreign children live in the camp.').candidates[0]).toMatchObject({
      country: null,
      reasons: { country: 'foreign nationals of several countries' },
    });
  });

  test('a list of countries gives all of them, in order', () => {
    expect(shapes('More than 4,000 fighters from Kazakhstan, Kyrgyzstan and Tajikistan joined.')[0].country).toEqual(['KZ', 'KG', 'TJ']);
  });
});

describe('the state behind a count', () => {
  test('a region or state that sent, lost or indicted people names them', () => {
    expect(shapes('The Western Balkans sent about 1,000 people to Syria, the report said.')[0].country).toBe('BALKANS');
    expect(shapes('Bosnia indicted 27 people, 21 of them were convicted.').map((c) => c.country)).toEqual(['BA', 'BA']);
  });

  test('people brought home by the speaker\'s state, and "citizens" in a text about one country, are its nationals', () => {
    expect(shapes('Authorities in Uzbekistan said 300 people had been brought back from Syria.')[0]).toMatchObject({
      country: 'UZ',
      metric: 'returnees',
    });
    expect(shapes('Uzbekistan thanked its partners. The fifth stage brought back 93 citizens.')[0].country).toBe('UZ');
    // two countries named as often: nobody's citizens are guessed
    expect(shapes('Kazakhstan and Russia talked. The ministry said 50 citizens were flown home from Syria.')[0].country).toBeNull();
  });

  test('demonyms that take no s name their people with -men: Frenchmen, Dutchmen', () => {
    expect(shapes('Some 150 Frenchmen and 40 Dutchmen joined.').map((c) => c.country)).toEqual(['FR', 'NL']);
  });
});
