/**
 * Every figure found, nothing else proposed (extract56): bare numbers whose people or things were named before, and
 * numbers that look like figures (a wire's slug, money without its currency, a count of places). Sentences written for
 * these tests, in the kinds of source the corpora lack (a police press release, a wire update, a security bulletin);
 * each assertion is of the whole candidate.
 */
import { expected, shapes } from './support';

const at = { published: '2026-03-01' };

describe('a bare number and the people or things named before it', () => {
  test('the people who say a figure are not what it counts: after a count of rifles, 12 counts rifles', () => {
    expect(shapes('Police seized 40 rifles in the raid. Officials said 12 had been destroyed.', at)).toEqual([]);
  });

  test('the speaker stays the last resort when nothing was counted before', () => {
    expect(shapes('Officials said 61 had been identified.', at)).toEqual([
      expected({ value_text: '61', value: 61, metric: 'foreign_fighters', claimant: 'Officials', mention: 'Officials', cue: 'said' }),
    ]);
  });

  test('a number opening its sentence goes on counting the things the sentence before counted', () => {
    const text = 'The mission lost 3 soldiers in a roadside bombing. 15 vehicles were destroyed in the attacks. 7 were later recovered.';
    expect(shapes(text, at)).toEqual([expected({ value_text: '3', value: 3, metric: 'victims_killed', as_of: '2026-03-01' })]);
  });

  test('after a count of people the same number counts people', () => {
    const killed = { metric: 'killed', as_of: '2026-03-01' };
    expect(shapes('Soldiers killed 15 militants near the border. 7 were later identified.', at)).toEqual([
      expected({ value_text: '15', value: 15, ...killed }),
      expected({ value_text: '7', value: 7, ...killed }),
    ]);
  });

  test('a count of things two sentences back does not outweigh the people counted just before', () => {
    const text = 'The militants used 15 vehicles. Soldiers killed 9 of the attackers near the border. 7 were later identified.';
    expect(shapes(text, at).map((c) => c.value_text)).toEqual(['9', '7']);
  });
});

describe('a figure referred back to the number of people named before', () => {
  // (the metric of such a figure is not read from the sentence before: "killed" there gives travellers here, left)
  const figure = (text: string) => shapes(text, at).map((c) => [c.value_text, c.value, c.approximation, c.claimant]);

  test('"put it at" after the number of people named in the sentence before counts those people', () => {
    const text = 'Figures for the number of Yazidis killed in the August attack vary. Local organisations put it at more than 1,200.';
    expect(figure(text)).toEqual([['more than 1,200', 1200, 'more_than', 'Local organisations']]);
  });

  test('"the number who travelled" is a number of people', () => {
    expect(figure('Media reports have put the number who travelled at 40.')).toEqual([['40', 40, 'exact', 'Media']]);
  });

  test('"put it at" after the number of attacks counts attacks', () => {
    expect(figure('Figures for the number of attacks vary. Local organisations put it at more than 120.')).toEqual([]);
  });
});

describe('numbers that look like figures', () => {
  test('the version in a wire slug is no figure, though people were counted just before', () => {
    const text = 'The Taliban said 13 of its guards were among the dead.\n14:10 GMT\nUPDATE 3-Death toll rises to at least 170';
    expect(shapes(text, at).map((c) => c.value_text)).toEqual(['13', 'at least 170']);
  });

  test('money whose currency is left out, after "in cash" or a verb of spending, is no count of people', () => {
    const text = 'Police detained 40 people and seized 12 in cash. The ministry spent 2.4 million on the programme.';
    expect(shapes(text, at)).toEqual([expected({ value_text: '40', value: 40, metric: 'arrested', as_of: '2026-03-01' })]);
  });

  test('a verb of paying before people still counts them', () => {
    expect(shapes('The cell paid 12 informants.', at).map((c) => c.value_text)).toEqual(['12']);
  });
});

describe('counts of places and of things', () => {
  test('"the five Central Asian republics" count places, not people: the word after a demonym of two words decides', () => {
    const text = 'The investigation concerns people from the five Central Asian republics. Police arrested two Central Asian men.';
    expect(shapes(text, at)).toEqual([expected({ value_text: 'two', value: 2, metric: 'arrested', country: '143', as_of: '2026-03-01' })]);
  });

  test('"the two blasts" count explosions', () => {
    expect(shapes('The health ministry said at least 170 people were killed in the two blasts.', at).map((c) => c.value_text)).toEqual([
      'at least 170',
    ]);
  });
});

describe('a bare number that remains in a place', () => {
  test('"37 remain in Roj and al-Hol" counts people: only people remain in a named place', () => {
    expect(shapes('The security service told us last week that 37 remain in Roj and al-Hol.', at)).toEqual([
      expected({
        value_text: '37',
        value: 37,
        metric: 'in_camps',
        claimant: 'security service',
        mention: 'The security service',
        cue: 'told',
        as_of: '2026-03-01',
      }),
    ]);
  });

  test('"12 remain in service" after a count of tanks is no count of people', () => {
    expect(shapes('The army lost 40 tanks in the offensive; 12 remain in service.', at)).toEqual([]);
  });
});
