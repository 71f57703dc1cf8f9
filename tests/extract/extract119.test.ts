/**
 * extract119: what a figure counts and how figures relate, from review53's articles and the lead's trials 10-12
 * (docs/extractor.md, lead41). Sentences written for these tests; each assertion is of the whole candidate list.
 */
import { expected, shapes } from './support';

const at = { published: '2026-11-20' };

describe('money or arms transferred are no people transferred', () => {
  test('people recruited beside money transferred are travellers, people handed over are transferred', () => {
    expect(
      shapes(
        'The court found that the cell recruited at least 40 young men for Islamic State and transferred around 85,000 euros to them in Syria. Turkey handed over five of them in 2024.',
        at,
      ),
    ).toEqual([
      expected({
        value_text: 'at least 40',
        value: 40,
        value_low: 40,
        approximation: 'at_least',
        group: 'islamic-state',
        claimant: 'court',
        mention: 'The court',
        cue: 'found',
        as_of: '2026-11-20',
      }),
      expected({
        value_text: 'five',
        value: 5,
        metric: 'transferred',
        group: 'islamic-state',
        as_of: '2024',
        relations: ['part_of c1'],
      }),
    ]);
  });

  test('money that was transferred, named before the verb, is no status of the people', () => {
    expect(shapes('Prosecutors said 12 men had joined the group in Syria; 30,000 dollars were transferred to them.', at)).toEqual([
      expected({
        value_text: '12',
        value: 12,
        claimant: 'Prosecutors',
        mention: 'Prosecutors',
        cue: 'said',
      }),
    ]);
  });
});

describe('people sent to a war abroad are travellers, whoever sent them', () => {
  test('the detainees sent a figure to Syria after a list of their own: neither arrested nor part of the detained', () => {
    expect(
      shapes('Police detained nine people in Osh. The detainees, including two women, sent at least 30 young men to Syria.', at),
    ).toEqual([
      expected({ value_text: 'nine', value: 9, metric: 'arrested', as_of: '2026-11-20' }),
      expected({ value_text: 'two', value: 2, metric: 'arrested', as_of: '2026-11-20', relations: ['part_of c1'] }),
      expected({ value_text: 'at least 30', value: 30, value_low: 30, approximation: 'at_least', as_of: '2026-11-20' }),
    ]);
  });

  test('people smuggled to Syria by an arrested couple are travellers', () => {
    expect(shapes('Prosecutors said the arrested couple had smuggled 12 young men to Syria.', at)).toEqual([
      expected({ value_text: '12', value: 12, claimant: 'Prosecutors', mention: 'Prosecutors', cue: 'said' }),
    ]);
  });
});

describe('men counted as armed are a group strength, not travellers', () => {
  test('armed men and gunmen with no status and no nationality are members', () => {
    expect(
      shapes('The army estimates the rebel command at around 150 armed men. On Monday a group of about ten gunmen attacked a bus.', at),
    ).toEqual([
      expected({
        value_text: 'around 150',
        value: 150,
        approximation: 'approximately',
        metric: 'members',
        claimant: 'army',
        mention: 'The army',
        cue: 'estimates',
        as_of: '2026-11-20',
      }),
      expected({ value_text: 'about ten', value: 10, approximation: 'approximately', metric: 'members', as_of: '2026-11-16' }),
    ]);
  });

  test('armed men who travelled from a named country stay travellers', () => {
    expect(shapes('Officials said 30 armed men from Chad had travelled to Libya to join the group.', at)).toEqual([
      expected({ value_text: '30', value: 30, country: 'TD', claimant: 'Officials', mention: 'Officials', cue: 'said' }),
    ]);
  });
});
