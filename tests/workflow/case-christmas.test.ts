import { startOfDayInstant } from '../../domain/amsterdam-time';
import { dutchWeekday, type CivilDate } from '../../domain/civil-date';
import { DAY, caseWorld } from '../support/case-driver';

/**
 * A crisis aanmelding on 23 December: the 3 werkdagen (Wgs art. 4 lid 2) jump Christmas (Atw art. 3) and the
 * weekend. It runs for the first 23 December after the test anchor (tests/support/anchor.ts); the expected
 * deadlines are worked out by hand from the calendar of each year.
 */
const expected: Record<number, { weekday: string; deadline: string }> = {
  // Wed 23: Thu 24 (1), Fri 25 + Sat 26 + Sun 27 not, Mon 28 (2), Tue 29 (3).
  2026: { weekday: 'woensdag', deadline: '2026-12-29' },
  // Thu 23: Fri 24 (1), Sat 25 + Sun 26 not, Mon 27 (2), Tue 28 (3).
  2027: { weekday: 'donderdag', deadline: '2027-12-28' },
  // Sat 23: Sun 24, Mon 25 and Tue 26 (Christmas) not, Wed 27 (1), Thu 28 (2), Fri 29 (3).
  2028: { weekday: 'zaterdag', deadline: '2028-12-29' },
  // Sun 23: Mon 24 (1), Tue 25 + Wed 26 not, Thu 27 (2), Fri 28 (3).
  2029: { weekday: 'zondag', deadline: '2029-12-28' },
  // Mon 23: Tue 24 (1), Wed 25 + Thu 26 not, Fri 27 (2), Sat 28 + Sun 29 not, Mon 30 (3).
  2030: { weekday: 'maandag', deadline: '2030-12-30' },
  // Tue 23: Wed 24 (1), Thu 25 + Fri 26 + Sat 27 + Sun 28 not, Mon 29 (2), Tue 30 (3).
  2031: { weekday: 'dinsdag', deadline: '2031-12-30' },
};

const world = caseWorld('XMAS');

it('crisis aanmelding on 23 December: the deadline jumps the Christmas days, and is met after them', async () => {
  const now = await world.cases.today();
  const year = now.slice(5) <= '12-23' ? Number(now.slice(0, 4)) : Number(now.slice(0, 4)) + 1;
  const want = expected[year];
  if (!want) throw new Error(`No hand-worked Christmas case for ${year}: add one to this table`);
  const target = `${year}-12-23` as CivilDate;
  expect(dutchWeekday(target)).toBe(want.weekday); // the hand-worked row was worked from the right weekday
  await world.env.sleep(startOfDayInstant(target) + 10 * 3_600_000 - (await world.env.currentTimeMs()));
  expect(await world.cases.today()).toBe(target);

  const c = await world.cases.start({ crisisSituation: 'gedwongen-woningontruiming' });
  expect((await c.status()).deadlines[0]).toMatchObject({
    deadline: want.deadline,
    source: 'Wgs art. 4 lid 2',
  });
  await world.env.sleep(4 * DAY); // 27 December: not late yet, whatever the weekday
  expect((await c.status()).deadlines[0]!.state).toBe('open');
  const status = await c.act('eerste-gesprek', { date: await world.cases.today() });
  expect(status.deadlines[0]!.state).toBe('met');
});
