import type { Knex } from 'knex';

/*
 * The Turkistan Islamic Party, whose Uyghur and Central Asian fighters official counts of Syria's foreign fighters name
 * apart from the groups they fight beside (Jabhat al-Nusra, Hayat Tahrir al-Sham). Its aliases are its names in the
 * forms texts use, its earlier name (the East Turkestan Islamic Movement, ETIM) and the acronyms of both; "East
 * Turkestan" alone stays the region (places_within).
 */
import type { AddedGroup } from './20261207020000_group_additions_3';

export const ADDED_GROUPS_4: AddedGroup[] = [
  {
    slug: 'turkistan-islamic-party', name: 'Turkistan Islamic Party',
    aliases: ['TIP', 'Turkestan Islamic Party', 'Turkistan Islamic Party in Syria', 'Hizb al-Islami al-Turkistani', 'Islamic Party of Turkestan',
      'East Turkestan Islamic Movement', 'East Turkistan Islamic Movement', 'ETIM', 'East Turkestan Islamic Party', 'ETIP'],
    description: 'Uyghur jihadist group, formerly the East Turkestan Islamic Movement (ETIM), fighting in Syria and Afghanistan.',
  },
];

export async function up(knex: Knex): Promise<void> {
  await knex('groups').insert(ADDED_GROUPS_4).onConflict('slug').ignore();
}

export async function down(knex: Knex): Promise<void> {
  await knex('groups').whereIn('slug', ADDED_GROUPS_4.map((g) => g.slug))
    .whereNotExists(knex('claims').select(knex.raw('1')).whereRaw('claims.group_slug = groups.slug')).del();
}
