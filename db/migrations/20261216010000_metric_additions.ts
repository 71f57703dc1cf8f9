import type { Knex } from 'knex';

/*
 * The metrics of the extraction README's vocabulary (../shared/extraction/README.md, "Metric vocabulary") that the
 * seed's eight lack, so that every metric the extractor proposes is one the ledger holds and a candidate can be
 * accepted as proposed. Labels and definitions are written from the README's table. A metric the ledger holds already
 * (a fresh ledger's seed, an editor's own) is left as it is. The seed's own `detained` (held in camps or prisons abroad)
 * and `repatriated` (brought back by their government) stay: claims may count them, and an editor may choose them; the
 * extractor proposes the README's `arrested`, `in_camps` and `returnees` for those figures (docs/extractor.md).
 */
export interface AddedMetric {
  code: string;
  label: string;
  unit: string;
  definition: string;
}

const people = (code: string, label: string, definition: string): AddedMetric => ({ code, label, unit: 'people', definition });

export const ADDED_METRICS: AddedMetric[] = [
  people(
    'foreign_fighters_and_family_members',
    'Foreign fighters and family members',
    'A total of travellers that includes the women and children who went with them or were born to them.',
  ),
  people('members', 'Members', "A group's strength in a place: its fighters or members, whether or not they travelled."),
  people('members_and_family_members', 'Members and family members', "A group's strength in a place counted with its members' families."),
  people('family_members', 'Family members', 'Wives, widows and children of fighters, counted as such.'),
  people('women_and_children', 'Women and children', 'Women and minors counted together, when that is the point of the figure and no status metric fits.'),
  people('deaths', 'Deaths', 'People who died otherwise than killed in fighting: on the way to a camp, in a camp, in custody, of illness.'),
  people('victims_killed', 'Victims killed', 'People killed in terrorist attacks.'),
  people('victims_injured', 'Victims injured', 'People injured in terrorist attacks.'),
  people('arrested', 'Arrested or detained', 'People arrested, detained, imprisoned or held in jails.'),
  people('charged', 'Charged', 'People charged, indicted or prosecuted: a stage of prosecution.'),
  people('sentenced_to_death', 'Sentenced to death', 'People sentenced to death.'),
  people('awaiting_trial', 'Awaiting trial', 'People held or charged and awaiting trial.'),
  people('transferred', 'Transferred', "Detainees handed over to another state's custody."),
  people('wanted', 'Wanted', 'People on a wanted list or sought by the authorities.'),
  people('arrest_warrants', 'Arrest warrants', 'People against whom arrest warrants were issued.'),
  people('under_investigation', 'Under investigation', 'People under criminal investigation (criminal cases counted one per person).'),
  people('classified_threat', 'Classified as a threat', 'People classified by the authorities as a threat to public safety.'),
  people(
    'released_under_restrictions',
    'Released under restrictions',
    'People released on conditions: a pledge not to leave, a terrorism peace bond, a control order.',
  ),
  people('still_in_conflict_zone', 'Still in the conflict zone', 'People still in (or stranded in) the conflict zone, alive.'),
  people('in_camps', 'In camps', 'People held or living in camps.'),
  people('awaiting_repatriation', 'Awaiting repatriation', 'People a government is trying or preparing to bring home.'),
  people('active_fighters', 'Active fighters', 'The travellers who actually fought.'),
  people('recruits_identified', 'Recruits identified', 'Recruits identified by security services.'),
  people('barred_from_returning', 'Barred from returning', 'People barred from returning home.'),
  people('prevented_from_travelling', 'Prevented from travelling', 'People stopped before they could reach the conflict zone.'),
];

export async function up(knex: Knex): Promise<void> {
  await knex('metrics').insert(ADDED_METRICS).onConflict('code').ignore();
}

/** Removes the added metrics no claim counts (a claim's metric stays). */
export async function down(knex: Knex): Promise<void> {
  await knex('metrics')
    .whereIn('code', ADDED_METRICS.map((m) => m.code))
    .whereNotExists(knex('claims').select(knex.raw('1')).whereRaw('claims.metric = metrics.code'))
    .del();
}
