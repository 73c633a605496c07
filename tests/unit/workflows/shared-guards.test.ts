import { z } from 'zod';
import { parseCivilDate } from '../../../domain/civil-date';
import { mustExist, notBefore, notInFuture, requirePhase } from '../../../workflows/shared/guards';
import { firstProblem, parseOrRefuse, Refusal, refuse } from '../../../workflows/shared/validation';

describe('shared guards: each refuses with a Dutch reason', () => {
  const today = parseCivilDate('2026-12-01');

  it('requirePhase names the phase and the phases the action belongs to', () => {
    expect(() => requirePhase('aanmelding', ['beschikking'])).toThrow(
      'Niet mogelijk in fase aanmelding; deze actie hoort bij fase beschikking.',
    );
    expect(() => requirePhase('beschikking', ['beschikking'])).not.toThrow();
  });

  it('notInFuture allows today and refuses tomorrow', () => {
    expect(() => notInFuture(parseCivilDate('2026-12-01'), today, 'De datum')).not.toThrow();
    expect(() => notInFuture(parseCivilDate('2026-12-02'), today, 'De datum')).toThrow(
      'De datum ligt in de toekomst.',
    );
  });

  it('notBefore allows the earliest day and refuses the day before', () => {
    expect(() => notBefore(parseCivilDate('2026-12-01'), today, 'De beschikking')).not.toThrow();
    expect(() => notBefore(parseCivilDate('2026-11-30'), today, 'De beschikking')).toThrow(
      'De beschikking ligt vóór 2026-12-01.',
    );
  });

  it('mustExist returns what it found, else refuses', () => {
    expect(mustExist(3, 'weg')).toBe(3);
    expect(() => mustExist(undefined, 'Schuldeiser x is niet bekend.')).toThrow(Refusal);
  });

  it("refuse throws a Refusal; parseOrRefuse gives the schema's own message", () => {
    expect(() => refuse('nee')).toThrow(Refusal);
    const schema = z.object({ n: z.number({ error: 'n moet een getal zijn' }) });
    expect(parseOrRefuse(schema, { n: 2 })).toEqual({ n: 2 });
    expect(() => parseOrRefuse(schema, { n: 'x' })).toThrow('n moet een getal zijn');
    // No body at all reads as an empty one: the first field is named, not "expected object".
    expect(() => parseOrRefuse(schema, undefined)).toThrow('n moet een getal zijn');
    expect(firstProblem(new z.ZodError([]))).toBe('ongeldige invoer');
  });
});
