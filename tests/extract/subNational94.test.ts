/**
 * Sub-national origins of extract94: the gazetteer reads a first-level subdivision by the name English writes it by
 * (Unicode CLDR's English names: "Nineveh", "Basra", "Buenos Aires" the autonomous city) and without its Arabic article
 * ("Sulaymaniyah"), and names it so when an editor adds it. Sentences written for these tests.
 */
import { gazetteerPlaces } from '../../src/extract/gazetteerFile';
import { expected, shapes } from './support';

const at = { published: '2026-03-01' };

describe('a subdivision by its English name', () => {
  test('CLDR names and names without an Arabic article are read as the subdivision they name', () => {
    expect(shapes('Police say 21 young men from Sulaymaniyah travelled to Syria in 2015.', at)).toEqual([
      expected({ value_text: '21', value: 21, country: 'IQ-SU', claimant: 'Police', mention: 'Police', cue: 'say', as_of: '2015' }),
    ]);
    expect(shapes('Officials said 30 men from Nineveh had joined the group.', at)).toEqual([
      expected({ value_text: '30', value: 30, country: 'IQ-NI', claimant: 'Officials', mention: 'Officials', cue: 'said' }),
    ]);
    expect(shapes('Some 40 young people from Basra joined the group, officials said.', at)).toEqual([
      expected({
        value_text: 'Some 40',
        value: 40,
        approximation: 'approximately',
        country: 'IQ-BA',
        claimant: 'officials',
        mention: 'officials',
        cue: 'said',
        as_of: '2026-03-01',
      }),
    ]);
  });

  test('Buenos Aires is the autonomous city, as CLDR names it, not the province around it', () => {
    expect(shapes('Prosecutors say 12 men from Buenos Aires travelled to Syria.', at)).toEqual([
      expected({
        value_text: '12',
        value: 12,
        country: 'AR-C',
        claimant: 'Prosecutors',
        mention: 'Prosecutors',
        cue: 'say',
        as_of: '2026-03-01',
      }),
    ]);
  });
});

describe('the generated gazetteer', () => {
  const rows = gazetteerPlaces();
  const goesBy = (code: string) => rows.filter((p) => p.code === code && p.named).map((p) => p.name);

  test('names each subdivision as English writes it, unless the English name is a shortening of its own', () => {
    expect(goesBy('ES-AN')).toEqual(['Andalusia']);
    expect(goesBy('IQ-AR')).toEqual(['Erbil']);
    expect(goesBy('RU-CE')).toEqual(['Chechen Republic']);
    expect(goesBy('TR-02')).toEqual(['Adıyaman']);
  });

  test('takes no descriptive CLDR name, no saint, and no short or non-Arabic name left by an article', () => {
    const named = (name: string) => rows.filter((p) => p.name === name).map((p) => p.code);
    // every word a description: English writes these of many places ("the Southern District of New York")
    for (const name of ['Southern District', 'Far North', 'Federal District', 'Holy Cross', 'New Valley', 'Western Area'])
      expect({ name, codes: named(name) }).toEqual({ name, codes: [] });
    // a saint names places of many countries ("Saint Lawrence county"); "Quds" stands in "Quds Force", "Oued" is "river";
    // An Giang and El Progreso are no Arabic names
    for (const name of ['Saint Lawrence', 'Quds', 'Oued', 'Giang', 'Progreso'])
      expect({ name, codes: named(name) }).toEqual({ name, codes: [] });
    // what such a sentence says
    expect(shapes('Prosecutors in the Southern District of New York charged 12 men with supporting the group.', at)).toEqual([
      expected({ value_text: '12', value: 12, metric: 'charged', as_of: '2026-03-01' }),
    ]);
  });

  test('takes no CLDR name for a country whose two lists give one code to different regions', () => {
    // (CLDR still names Morocco's regions of before 2015 by the codes ISO gave the new ones)
    expect(rows.filter((p) => p.name === 'Oriental' || p.name === 'Grand Casablanca')).toEqual([]);
    expect(goesBy('MA-02')).toEqual(["L'Oriental"]);
  });

  test('takes no CLDR name that is a country, a word cut short, or a region of another country too', () => {
    // Serbia's district "Kosovo"; "Marl" for Marlborough; "Kurdistan", Iran's province and Iraq's region
    expect(rows.filter((p) => ['Kosovo', 'Marl', 'Kurdistan'].includes(p.name))).toEqual([]);
    // (a spelling that only drops a letter is kept: "Basra" of "Al Başrah")
    expect(rows.filter((p) => p.name === 'Basra').map((p) => p.code)).toEqual(['IQ-BA']);
  });
});
