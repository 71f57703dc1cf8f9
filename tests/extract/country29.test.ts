/**
 * Country on unseen text (extract29): a nationality that qualifies the state's troops, force or department acting on the
 * people counted is theirs, not the people's (the README: null when the text gives no nationality). Sentences written
 * for these tests.
 */
import { expected, shapes } from './support';

const at = { published: '2025-06-01' };

describe("a state's troops, force or department acting name no nationality of those they act on", () => {
  test('"Colombian troops killed 12 rebels": the rebels are of no stated nationality', () => {
    expect(shapes('Colombian troops killed 12 rebels near the border on Tuesday, the Defence Ministry said.', at)).toEqual([
      expected({
        value_text: '12',
        value: 12,
        metric: 'killed',
        claimant: 'Defence Ministry (Colombia)',
        mention: 'the Defence Ministry',
        cue: 'said',
        as_of: '2025-05-27',
      }),
    ]);
  });

  test('"Rwanda\'s defence force said": the source\'s state is not the insurgents\'', () => {
    expect(shapes("Security forces killed 30 insurgents in the province, Rwanda's defence force said.", at)).toEqual([
      expected({
        value_text: '30',
        value: 30,
        metric: 'killed',
        claimant: "Rwanda's defence force",
        mention: "Rwanda's defence force",
        cue: 'said',
        as_of: '2025-06-01',
      }),
    ]);
  });

  test('"Pakistani soldiers arrested 14": their arrests, not Pakistanis counted', () => {
    expect(shapes('Pakistani soldiers arrested 14 suspected militants in raids, officials said.', at)).toEqual([
      expected({
        value_text: '14',
        value: 14,
        metric: 'arrested',
        claimant: 'officials',
        mention: 'officials',
        cue: 'said',
        as_of: '2025-06-01',
      }),
    ]);
  });

  test('but soldiers counted with their nationality are its nationals', () => {
    expect(shapes('Twelve Colombian soldiers were killed in the ambush.', at)).toEqual([
      expected({ value_text: 'Twelve', value: 12, metric: 'victims_killed', country: 'CO', as_of: '2025-06-01' }),
    ]);
  });
});
