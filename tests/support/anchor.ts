import { amsterdamDateOf, startOfDayInstant } from '../../domain/amsterdam-time';
import { isCivilDate, type CivilDate } from '../../domain/civil-date';

/**
 * The calendar date every time-skipping test file starts from, so that no test depends on the day it runs.
 *
 * `SCHULDHULP_TEST_ANCHOR` picks it: `YYYY-MM-DD` (that date; it must lie ahead of the real date, because the test
 * server's clock only moves forward) or `MM-DD` (the next such day after the real date). Unset, it is `03-16`:
 * an ordinary working month with no feestdag near. The suite must pass from any anchor; run it from late January
 * and from December with e.g. `SCHULDHULP_TEST_ANCHOR=2027-01-27 bash scripts/test`.
 */
export const DEFAULT_TEST_ANCHOR = '03-16';

const HOUR = 3_600_000;
/** Tests begin at 09:00 Amsterdam time on the anchor: office hours, as an officer would act. */
const START_HOUR = 9;

export function testAnchor(realNowMs: number, setting = process.env.SCHULDHULP_TEST_ANCHOR): CivilDate {
  const value = (setting ?? '').trim() || DEFAULT_TEST_ANCHOR;
  const today = amsterdamDateOf(realNowMs);
  if (/^\d{2}-\d{2}$/.test(value)) {
    const year = Number(today.slice(0, 4));
    for (const y of [year, year + 1, year + 2]) {
      const candidate = `${y}-${value}`;
      if (isCivilDate(candidate) && candidate > today) return candidate;
    }
    throw new Error(`SCHULDHULP_TEST_ANCHOR=${value}: geen geldige dag en maand (MM-DD)`);
  }
  if (!isCivilDate(value)) throw new Error(`SCHULDHULP_TEST_ANCHOR=${value}: schrijf YYYY-MM-DD of MM-DD`);
  if (value <= today) {
    throw new Error(`SCHULDHULP_TEST_ANCHOR=${value} ligt niet na vandaag (${today}): de testserver kan niet terug in de tijd`);
  }
  return value;
}

/** The instant the test server is moved to: 09:00 Amsterdam time on the anchor. */
export function anchorInstant(anchor: CivilDate): number {
  return startOfDayInstant(anchor) + START_HOUR * HOUR;
}
