import type { Knex } from 'knex';

/*
 * Groups that recur in official counts and are missing from the vocabulary: Islamic State's provinces and al-Qaida's
 * branches as monitoring reports name them, and the insurgencies of South Asia, the Sahel and East Africa. A figure
 * about one of them is not a figure about Islamic State or al-Qaida as a whole, so each is its own group; their
 * abbreviations are aliases, which the extractor matches as written (ISIS-K before ISIS). Abbreviations that are
 * English words in another case (LeT) or another body's (ADF, the Australian Defence Force) are left out. Generic wordings of
 * all-affiliation counts ("terror suspects") join terrorism-all.
 */
export interface AddedGroup { slug: string; name: string; aliases: string[]; description: string }

export const ADDED_GROUPS_2: AddedGroup[] = [
  {
    slug: 'islamic-state-khorasan-province', name: 'Islamic State Khorasan Province',
    aliases: ['ISKP', 'ISIS-K', 'ISIL-K', 'IS-K', 'IS-KP', 'Islamic State Khorasan', 'Islamic State-Khorasan', 'ISIL-Khorasan', 'Islamic State in Khorasan', 'Islamic State of Iraq and the Levant-Khorasan', 'Daesh-Khorasan', 'Islamic State – Khorasan Province'],
    description: 'Islamic State\'s affiliate in Afghanistan and Pakistan.',
  },
  {
    slug: 'islamic-state-sahel-province', name: 'Islamic State Sahel Province',
    aliases: ['ISSP', 'IS Sahel', 'Islamic State in the Greater Sahara', 'ISGS'], description: 'Islamic State\'s affiliate in Mali, Niger and Burkina Faso.',
  },
  {
    slug: 'islamic-state-central-africa-province', name: 'Islamic State Central Africa Province',
    aliases: ['ISCAP', 'Allied Democratic Forces'], description: 'Islamic State\'s affiliate in the DR Congo and Uganda (the Allied Democratic Forces).',
  },
  {
    slug: 'ahlu-sunnah-wal-jamaa', name: 'Ahlu Sunnah Wal Jamaa',
    aliases: ['ASWJ', 'Ahlu Sunnah Wa-Jama', 'Ahl al-Sunna wal-Jama\'a', 'Ansar al-Sunna', 'Islamic State Mozambique Province', 'ISMP'],
    description: 'The insurgency of Cabo Delgado, Mozambique, which Islamic State claims as a province.',
  },
  {
    slug: 'al-qaida-in-the-indian-subcontinent', name: 'Al-Qaida in the Indian Subcontinent',
    aliases: ['AQIS', 'al-Qaeda in the Indian Subcontinent', 'al-Qaida in the Indian Subcontinent'], description: 'Al-Qaida\'s South Asian branch.',
  },
  {
    slug: 'al-qaida-in-the-arabian-peninsula', name: 'Al-Qaida in the Arabian Peninsula',
    aliases: ['AQAP', 'al-Qaeda in the Arabian Peninsula', 'al-Qaida in the Arabian Peninsula'], description: 'Al-Qaida\'s Yemeni branch.',
  },
  {
    slug: 'al-qaida-in-the-islamic-maghreb', name: 'Al-Qaida in the Islamic Maghreb',
    aliases: ['AQIM', 'al-Qaeda in the Islamic Maghreb', 'al-Qaida in the Islamic Maghreb'], description: 'Al-Qaida\'s North African branch.',
  },
  {
    slug: 'jnim', name: 'Jama\'at Nusrat al-Islam wal-Muslimin',
    aliases: ['JNIM', 'Jamaat Nusrat al-Islam wal-Muslimin', 'Group for the Support of Islam and Muslims'], description: 'Al-Qaida\'s coalition in the Sahel.',
  },
  {
    slug: 'tehrik-e-taliban-pakistan', name: 'Tehrik-e-Taliban Pakistan',
    aliases: ['TTP', 'Tehrik-i-Taliban Pakistan', 'Tehreek-e-Taliban Pakistan', 'Pakistani Taliban'], description: 'Pakistani Taliban movement.',
  },
  { slug: 'islamic-movement-of-uzbekistan', name: 'Islamic Movement of Uzbekistan', aliases: ['IMU'], description: 'Central Asian jihadist group.' },
  { slug: 'katibat-imam-al-bukhari', name: 'Katibat Imam al-Bukhari', aliases: ['KIB', 'Imam Bukhari Brigade'], description: 'Uzbek jihadist group in Syria and Afghanistan.' },
  { slug: 'lashkar-e-taiba', name: 'Lashkar-e-Taiba', aliases: ['Lashkar-e-Tayyiba'], description: 'Pakistan-based jihadist group.' },
  { slug: 'jaish-e-mohammed', name: 'Jaish-e-Mohammed', aliases: ['Jaish-e-Muhammad'], description: 'Pakistan-based jihadist group.' },
  { slug: 'hamas', name: 'Hamas', aliases: ['Harakat al-Muqawama al-Islamiya', 'Izz ad-Din al-Qassam Brigades', 'Qassam Brigades'], description: 'Palestinian Islamist movement and its armed wing.' },
  { slug: 'hezbollah', name: 'Hezbollah', aliases: ['Hizbullah', 'Hizballah'], description: 'Lebanese Shia movement and its armed wing.' },
];

/** Wordings of all-affiliation counts added to terrorism-all. */
export const TERRORISM_ALL_ALIASES = ['terror suspects', 'terrorism suspects', 'terrorist suspects', 'suspected terrorists', 'terrorism-related arrests', 'terror-related arrests'];

export async function up(knex: Knex): Promise<void> {
  await knex('groups').insert(ADDED_GROUPS_2).onConflict('slug').ignore();
  await knex.raw(
    `UPDATE groups SET aliases = ARRAY(SELECT DISTINCT unnest(aliases || ?::text[]) ORDER BY 1) WHERE slug = 'terrorism-all'`,
    [TERRORISM_ALL_ALIASES],
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`UPDATE groups SET aliases = ARRAY(SELECT a FROM unnest(aliases) a WHERE a <> ALL(?::text[])) WHERE slug = 'terrorism-all'`, [TERRORISM_ALL_ALIASES]);
  await knex('groups').whereIn('slug', ADDED_GROUPS_2.map((g) => g.slug))
    .whereNotExists(knex('claims').select(knex.raw('1')).whereRaw('claims.group_slug = groups.slug')).del();
}
