import type { CivilDate } from '../../domain/civil-date';
import type { Aanmelding } from '../../domain/records';
import { bezwaarDeadline } from '../../domain/terms';
import type { CaseActionInput } from './actions';
import type { CaseLetter } from './effects';

/**
 * Payloads of the letters the case sends the resident. Pure; the wording is in the templates
 * (activities/letters/templates/resident.ts).
 */

export function uitnodigingEersteGesprek(
  aanmelding: Aanmelding,
  appointment: CaseActionInput<'plan-eerste-gesprek'>['appointment'],
  urgent: boolean,
  latestDate: CivilDate,
  sentOn: CivilDate,
): CaseLetter {
  return {
    kind: 'uitnodiging-eerste-gesprek',
    date: sentOn,
    data: { requestDate: aanmelding.requestDate, appointment, urgent, latestDate },
  };
}

/**
 * The bezwaar date of a beschikking: six weeks from the day after it is sent (bekendgemaakt), not from the
 * date on the decision (Awb art. 6:7 and 6:8). The case sends the letter the day the officer records it.
 */
export function bezwaarBefore(sentOn: CivilDate): CivilDate {
  return bezwaarDeadline(sentOn).deadline;
}

export function beschikkingToelating(
  aanmelding: Aanmelding,
  decidedOn: CivilDate,
  sentOn: CivilDate,
  eersteGesprekDate: CivilDate,
  plan: CaseActionInput<'beschikking-toelating'>['plan'],
): CaseLetter {
  return {
    kind: 'beschikking-toelating',
    date: decidedOn,
    data: {
      applicationDate: aanmelding.requestDate,
      eersteGesprekDate,
      plan: { ...plan, services: [] },
      bezwaarBefore: bezwaarBefore(sentOn),
    },
  };
}

export function beschikkingAfwijzing(
  aanmelding: Aanmelding,
  decidedOn: CivilDate,
  sentOn: CivilDate,
  eersteGesprekDate: CivilDate | undefined,
  grounds: CaseActionInput<'beschikking-afwijzing'>['grounds'],
): CaseLetter {
  return {
    kind: 'beschikking-afwijzing',
    date: decidedOn,
    data: {
      applicationDate: aanmelding.requestDate,
      eersteGesprekDate,
      grounds,
      alternatives: [],
      bezwaarBefore: bezwaarBefore(sentOn),
    },
  };
}
