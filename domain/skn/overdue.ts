/**
 * Is an SKN message overdue? The Schuldenknooppunt deletes a message that is not fetched within 5 werkdagen
 * (domain/terms.ts sknFetchDeadline). A message made available on day D can be fetched up to and including the
 * fifth werkdag after D; a fetch later than that does not count (the SKN would have deleted it by then).
 * Pure: the caller passes the Amsterdam dates.
 */
import { compareCivilDates, type CivilDate } from '../civil-date';
import { sknFetchDeadline } from '../terms';

export interface SknFetchState {
  /** Amsterdam day the message was made available (placed in the outbox). */
  placedOn: CivilDate;
  /** Amsterdam day of the first fetch, if any. */
  firstFetchedOn?: CivilDate;
}

export type SknFetchVerdict =
  | { state: 'opgehaald'; deadline: CivilDate }
  | { state: 'wacht'; deadline: CivilDate }
  | { state: 'niet-opgehaald'; deadline: CivilDate };

/** Where a message stands on `today`: fetched in time, still waiting, or past its fetch term unfetched. */
export function sknFetchVerdict(message: SknFetchState, today: CivilDate): SknFetchVerdict {
  const { deadline } = sknFetchDeadline(message.placedOn);
  if (message.firstFetchedOn && compareCivilDates(message.firstFetchedOn, deadline) <= 0)
    return { state: 'opgehaald', deadline };
  return compareCivilDates(today, deadline) > 0
    ? { state: 'niet-opgehaald', deadline }
    : { state: 'wacht', deadline };
}

export function isSknMessageOverdue(message: SknFetchState, today: CivilDate): boolean {
  return sknFetchVerdict(message, today).state === 'niet-opgehaald';
}
