/**
 * Days that a Royal Decree declares equal to an algemeen erkende feestdag (Atw art. 3 lid 3).
 *
 * This is data, not logic: when a new decree is published (about once every three years), append
 * its days here with the Staatscourant reference. Nothing else has to change.
 */
export interface DecreeDay {
  /** 'YYYY-MM-DD' */
  date: string;
  /** What the day is, for humans ("vrijdag na Hemelvaartsdag"). */
  name: string;
  /** Publication of the decree. */
  source: string;
}

export const DECREE_DAYS: readonly DecreeDay[] = [
  { date: '2026-01-02', name: 'vrijdag na Nieuwjaarsdag', source: 'Stcrt. 2025, 24713' },
  { date: '2026-05-15', name: 'vrijdag na Hemelvaartsdag', source: 'Stcrt. 2025, 24713' },
  { date: '2027-05-07', name: 'vrijdag na Hemelvaartsdag', source: 'Stcrt. 2025, 24713' },
  { date: '2028-04-28', name: 'vrijdag na Koningsdag', source: 'Stcrt. 2025, 24713' },
  { date: '2028-05-26', name: 'vrijdag na Hemelvaartsdag', source: 'Stcrt. 2025, 24713' },
];
