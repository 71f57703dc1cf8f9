/**
 * Places read by another transliteration of their name (extract96): a key that English spellings of one name share
 * (src/extract/placeKey.ts), looked up where no name matched as written, on the ledger's names and the gazetteer's, and
 * never for a key two places or an English word share. Sentences written for these tests.
 */
import { placeKey } from '../../src/extract/placeKey';
import { expected, shapes } from './support';

const at = { published: '2026-03-01' };

describe('the transliteration key', () => {
  test('one key for the spellings of one name', () => {
    expect(placeKey('Sulaimaniya')).toBe(placeKey('As-Sulaymaniyah'));
    expect(placeKey('Duhok')).toBe(placeKey('Dohuk'));
    expect(placeKey('Ar-Raqqah')).toBe(placeKey('Raqqa'));
    expect(placeKey('Kabardino-Balkariya')).toBe(placeKey('Kabardino-Balkaria'));
    expect(placeKey('Khyber-Pakhtunkhwa')).toBe(placeKey('Khyber Pakhtunkhwa'));
  });

  test('different names keep different keys', () => {
    expect(placeKey('Homs')).not.toBe(placeKey('Hama'));
    expect(placeKey('Dohuk')).not.toBe(placeKey('Dahuk'));
  });
});

describe('a place read by its key', () => {
  test('a gazetteer subdivision spelt another way is the origin the text gives', () => {
    expect(shapes('Police said 12 men from Sulaimaniya had joined the group.', at)).toEqual([
      expected({ value_text: '12', value: 12, country: 'IQ-SU', claimant: 'Police', mention: 'Police', cue: 'said' }),
    ]);
    expect(shapes('Police said 12 men from Duhok had joined the group.', at)).toEqual([
      expected({ value_text: '12', value: 12, country: 'IQ-DA', claimant: 'Police', mention: 'Police', cue: 'said' }),
    ]);
  });

  test('a name of the ledger spelt another way is read as that place', () => {
    expect(shapes('Police said 12 men from Kabardino-Balkariya had joined the group.', at)).toEqual([
      expected({ value_text: '12', value: 12, country: 'RU-KB', claimant: 'Police', mention: 'Police', cue: 'said' }),
    ]);
    expect(shapes('Police said 12 men from Khyber-Pakhtunkhwa had joined the group.', at)).toEqual([
      expected({ value_text: '12', value: 12, country: 'PK-KP', claimant: 'Police', mention: 'Police', cue: 'said' }),
    ]);
  });

  test('a key two countries places share names neither', () => {
    // (Tripoli is Libya's and Lebanon's city: Greece's Trípoli shares its key, so no spelling of it is read)
    expect(shapes('Police said 12 men from Tripoli had joined the group.', at)).toEqual([
      expected({ value_text: '12', value: 12, country: null, claimant: 'Police', mention: 'Police', cue: 'said' }),
    ]);
  });
});

describe('origins the text gives in other words', () => {
  test('people hailing or originating from a place are of it', () => {
    expect(shapes('Police said 12 men hailing from Dagestan had joined the group.', at)).toEqual([
      expected({ value_text: '12', value: 12, country: 'RU-DA', claimant: 'Police', mention: 'Police', cue: 'said' }),
    ]);
    expect(shapes('Police said 12 men originating from Tunisia had joined the group.', at)).toEqual([
      expected({ value_text: '12', value: 12, country: 'TN', claimant: 'Police', mention: 'Police', cue: 'said' }),
    ]);
  });

  test('a noun of a subdivision kind before the name says no more than the name', () => {
    expect(shapes('Police said 12 men from the Russian republic of Dagestan had joined the group.', at)).toEqual([
      expected({ value_text: '12', value: 12, country: 'RU-DA', claimant: 'Police', mention: 'Police', cue: 'said' }),
    ]);
    expect(shapes('Police said 12 people from the Kasaragod district of Kerala had joined the group.', at)).toEqual([
      expected({ value_text: '12', value: 12, country: 'IN-KL', claimant: 'Police', mention: 'Police', cue: 'said' }),
    ]);
  });

  test('a subdivision born in or named before the people counted is their origin', () => {
    expect(shapes('Police said 12 Dagestan-born men had joined the group.', at)).toEqual([
      expected({ value_text: '12', value: 12, country: 'RU-DA', claimant: 'Police', mention: 'Police', cue: 'said' }),
    ]);
    expect(shapes('Police said 12 Sughd natives had joined the group.', at)).toEqual([
      expected({ value_text: '12', value: 12, country: 'TJ-SU', claimant: 'Police', mention: 'Police', cue: 'said' }),
    ]);
  });

  test('the people of a region named with the suffix ites are of it', () => {
    expect(shapes('Police said 12 Keralites had joined the group.', at)).toEqual([
      expected({ value_text: '12', value: 12, country: 'IN-KL', claimant: 'Police', mention: 'Police', cue: 'said' }),
    ]);
  });

  test('the Islamic State of a country names no origin', () => {
    expect(shapes('Police said 12 fighters from the Islamic State of Iraq had been killed.', at).map((c) => c.country)).not.toContain('IQ');
  });
});
