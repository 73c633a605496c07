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

const KB_2023_2025 = 'Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025 met een algemeen erkende feestdag';

export const DECREE_DAYS: readonly DecreeDay[] = [
  // KB for 2023–2025, cited by its title (its Staatscourant number was not at hand here).
  { date: '2023-04-28', name: 'vrijdag na Koningsdag', source: KB_2023_2025 },
  { date: '2023-05-19', name: 'vrijdag na Hemelvaartsdag', source: KB_2023_2025 },
  { date: '2024-05-10', name: 'vrijdag na Hemelvaartsdag', source: KB_2023_2025 },
  { date: '2024-12-27', name: 'vrijdag na tweede Kerstdag', source: KB_2023_2025 },
  { date: '2025-05-30', name: 'vrijdag na Hemelvaartsdag', source: KB_2023_2025 },
  { date: '2026-01-02', name: 'vrijdag na Nieuwjaarsdag', source: 'Stcrt. 2025, 24713' },
  { date: '2026-05-15', name: 'vrijdag na Hemelvaartsdag', source: 'Stcrt. 2025, 24713' },
  { date: '2027-05-07', name: 'vrijdag na Hemelvaartsdag', source: 'Stcrt. 2025, 24713' },
  { date: '2028-04-28', name: 'vrijdag na Koningsdag', source: 'Stcrt. 2025, 24713' },
  { date: '2028-05-26', name: 'vrijdag na Hemelvaartsdag', source: 'Stcrt. 2025, 24713' },
];
