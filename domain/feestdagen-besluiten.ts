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
  // KB for 2023–2025: only this day is in the table. It is the day domain.md and issue 12 name (Friday after
  // Hemelvaartsdag 29 May 2025); the decree's Staatscourant number could not be verified here, nor its
  // other days (2023, 2024): add them with their reference once read from the KB text.
  {
    date: '2025-05-30',
    name: 'vrijdag na Hemelvaartsdag',
    source: 'KB gelijkstelling dagen 2023–2025 (Atw art. 3 lid 3); Stcrt.-nummer niet geverifieerd',
  },
  { date: '2026-01-02', name: 'vrijdag na Nieuwjaarsdag', source: 'Stcrt. 2025, 24713' },
  { date: '2026-05-15', name: 'vrijdag na Hemelvaartsdag', source: 'Stcrt. 2025, 24713' },
  { date: '2027-05-07', name: 'vrijdag na Hemelvaartsdag', source: 'Stcrt. 2025, 24713' },
  { date: '2028-04-28', name: 'vrijdag na Koningsdag', source: 'Stcrt. 2025, 24713' },
  { date: '2028-05-26', name: 'vrijdag na Hemelvaartsdag', source: 'Stcrt. 2025, 24713' },
];
