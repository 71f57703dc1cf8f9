/**
 * The gazetteer (extract22): the world's provinces and larger cities with their country, generated from ISO 3166-2 and
 * GeoNames data, read where none of the ledger's own place names matches. A place gives its country only where the
 * text says the people counted are from it, as the ledger's places_within rows do; names that are words, homonyms in
 * several countries or part of a person's name give none. Sentences written for these tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gazetteerText } from '../../scripts/build-gazetteer';
import { fileLexicon } from '../../src/extract/fileLexicon';
import { expected, shapes } from './support';

const at = { published: '2025-06-01' };
const lexicon = fileLexicon();
/** The places the lexicon finds in a text, as "text:country". */
const placesIn = (text: string) => lexicon.find(text).map((m) => `${m.text}:${m.ref}`);

describe('the gazetteer: a province or a city names its country', () => {
  test('people from a province the ledger does not list are of its ISO 3166-2 code', () => {
    const text = 'The governor said some 35 young men from Tillabéri had left to join the Islamic State Sahel Province.';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: 'some 35',
        value: 35,
        approximation: 'approximately',
        country: 'NE-6',
        group: 'islamic-state-sahel-province',
        claimant: 'governor',
        mention: 'The governor',
        cue: 'said',
      }),
    ]);
  });

  test('a nationality the text states wins over the place the people come from', () => {
    const text = 'Officials said 45 Tajik migrant workers from Yekaterinburg had joined Islamic State.';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: '45',
        value: 45,
        country: 'TJ',
        group: 'islamic-state',
        claimant: 'Officials',
        mention: 'Officials',
        cue: 'said',
      }),
    ]);
  });

  test('a place where people were killed, even a dateline, gives no nationality: null stays null', () => {
    const text = 'MAKHACHKALA, June 1. Six militants were killed and four detained in the Karabudakhkent district, the FSB said.';
    const fsb = { claimant: 'Federal Security Service (Russia)', mention: 'the FSB', cue: 'said', as_of: '2025-06-01' };
    expect(placesIn(text)).toEqual(['MAKHACHKALA:RU']);
    expect(shapes(text, at)).toEqual([
      expected({ value_text: 'Six', value: 6, metric: 'killed', ...fsb }),
      expected({ value_text: 'four', value: 4, metric: 'arrested', ...fsb }),
    ]);
  });
});

describe('the gazetteer: names that cannot say one country', () => {
  test('a city whose name is an English word gives no country', () => {
    const text = 'Around 20 people from Nice have travelled to Syria since 2014, the prefect said.';
    expect(placesIn(text)).toEqual(['Syria:SY']);
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: 'Around 20',
        value: 20,
        approximation: 'approximately',
        claimant: 'prefect',
        mention: 'the prefect',
        cue: 'said',
        as_of: '2025-06-01',
      }),
    ]);
  });

  test('a city of that name in two countries, neither ten times the other, gives no country', () => {
    const text = 'Police said about 30 men from Hyderabad had joined the group.';
    expect(placesIn(text)).toEqual([]);
    expect(shapes(text, at)).toEqual([
      expected({ value_text: 'about 30', value: 30, approximation: 'approximately', claimant: 'Police', mention: 'Police', cue: 'said' }),
    ]);
  });

  test("a place's name joined to other capitalised words is part of a person's or a body's name", () => {
    expect(placesIn('Ahmed Hassan said 60 men from Hassan had left.')).toEqual(['Hassan:IN']);
    // (a gazetteer's name only: the ledger's own names, Victoria since migration 20261227040000, are read wherever they
    // stand, as "Scotland" in "Scotland Yard")
    expect(placesIn('Kerala Police arrested three.')).toEqual([]);
    // (a preposition opening a headline, or a noun of place after the name, is not such a word)
    expect(placesIn('Six Killed In Makhachkala')).toEqual(['Makhachkala:RU']);
    expect(placesIn('near Fambita, Tillabéri Region, Niger')).toEqual(['Tillabéri:NE', 'Niger:NE']);
  });
});

describe('the generated file', () => {
  const rows = fs
    .readFileSync(path.join(__dirname, '..', '..', 'src', 'extract', 'data', 'gazetteer.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => l.split('\t'));
  const byName = new Map(rows.map(([name, country, code]) => [name, `${country} ${code}`.trim()]));

  test('holds every first-level subdivision it can name once, with its ISO 3166-2 code, and the larger cities', () => {
    expect(rows.length).toBeGreaterThan(8000);
    expect(byName.get('Dagestan')).toBe('RU RU-DA');
    expect(byName.get('Istanbul')).toBe('TR TR-34');
    expect(byName.get('Borno')).toBe('NG NG-BO');
    expect(byName.get('Makhachkala')).toBe('RU');
    // a homonym elsewhere a tenth of its size or less does not stop a name (Derbent in Türkiye, London in Ontario)
    expect(byName.get('Derbent')).toBe('RU');
    expect(byName.get('London')).toBe('GB GB-LND');
  });

  test('is what scripts/build-gazetteer.ts writes from its packages: nobody edited it by hand', () => {
    expect(fs.readFileSync(path.join(__dirname, '..', '..', 'src', 'extract', 'data', 'gazetteer.tsv'), 'utf8')).toBe(gazetteerText());
  });

  test('leaves out words, short names and homonyms no one country dominates', () => {
    for (const name of ['Nice', 'Reading', 'Mobile', 'Split', 'Male', 'Hyderabad', 'Tripoli', 'Victoria', 'Punjab', 'Birmingham'])
      expect(byName.has(name)).toBe(false);
  });
});

describe('claimant: an adverb between the subject and its cue', () => {
  test('"Police initially reported", "The ministry previously estimated": the adverb is no part of who speaks', () => {
    expect(shapes('Police initially reported nine deaths in the attack.', at)).toEqual([
      expected({
        value_text: 'nine',
        value: 9,
        metric: 'victims_killed',
        claimant: 'Police',
        mention: 'Police',
        cue: 'reported',
        as_of: '2025-06-01',
      }),
    ]);
    expect(shapes('The ministry previously estimated that 300 citizens had travelled to Syria.', at)).toEqual([
      expected({ value_text: '300', value: 300, claimant: 'ministry', mention: 'The ministry', cue: 'previously estimated' }),
    ]);
  });
});
