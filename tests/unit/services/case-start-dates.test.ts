import type { Client } from '@temporalio/client';
import { startOfDayInstant } from '../../../domain/amsterdam-time';
import { parseCivilDate } from '../../../domain/civil-date';
import { CaseService } from '../../../services/cases';
import { InvalidInputError } from '../../../services/errors';
import { exampleAanmelding } from '../../support/aanmelding';

/** The front door refuses an aanmelding dated after today before it reaches Temporal (issue 12 §3.7). */
describe('CaseService.start and the aanmelding dates', () => {
  // Its own clock: noon of Tuesday 1 December 2026 (Amsterdam); the client is never reached.
  const clock = () => startOfDayInstant(parseCivilDate('2026-12-01')) + 12 * 3_600_000;
  const service = new CaseService({} as Client, 'test', clock);

  it('a request dated tomorrow is refused, naming the field', async () => {
    const attempt = service.start('2026-9001', exampleAanmelding({ requestDate: '2026-12-02' }));
    await expect(attempt).rejects.toThrow(InvalidInputError);
    await expect(attempt).rejects.toThrow(/requestDate.*ligt in de toekomst/);
  });

  it('a birth date tomorrow is refused, naming the field', async () => {
    const resident = { ...exampleAanmelding().resident, dateOfBirth: parseCivilDate('2026-12-02') };
    await expect(service.start('2026-9002', { ...exampleAanmelding(), resident })).rejects.toThrow(
      /resident\.dateOfBirth/,
    );
  });
});
