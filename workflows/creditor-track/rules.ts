/**
 * When a creditor track refuses an answer, with the Dutch reason the creditor (or the officer typing in a
 * paper answer) sees. Pure; the Update validators call these and throw the reason.
 */
import { compareCivilDates, type CivilDate } from '../../domain/civil-date';
import {
  creditorAnswerSchemas,
  paperEntrySchema,
  type CreditorAnswer,
} from '../../domain/records/creditor-answers';
import { firstProblem } from '../shared/validation';
import type { CreditorTrackState } from './state';

const ANSWER_LABEL: Record<CreditorAnswer, string> = {
  'saldo-opgave': 'saldo-opgave',
  'vooraf-akkoord': 'vooraf akkoord',
  'geen-medewerking': 'geen medewerking',
  'pauze-bevestiging': 'bevestiging van de pauze',
};

/** Why the track takes no answer at all now (checked before the body is read), or null. */
export function trackRefusal(
  state: Pick<CreditorTrackState, 'closed'> & { status: { kennisgevingOn?: CivilDate } },
): string | null {
  if (state.closed) return 'Dit dossier is gesloten: een antwoord is niet meer nodig.';
  if (!state.status.kennisgevingOn)
    return 'Er is nog geen kennisgeving verstuurd: een antwoord kan nog niet.';
  return null;
}

/** Null when the track takes this answer now; otherwise why not, in Dutch. */
export function answerRefusal(
  state: Pick<CreditorTrackState, 'closed'> & {
    status: Pick<CreditorTrackState['status'], 'kennisgevingOn' | 'answer'>;
  },
  answer: CreditorAnswer,
  body: unknown,
  today: CivilDate,
): string | null {
  const early = trackRefusal(state);
  if (early !== null) return early;
  const parsed = creditorAnswerSchemas[answer].safeParse(body ?? {});
  if (!parsed.success) return firstProblem(parsed.error);
  const { answer: given } = state.status;
  if (answer !== 'pauze-bevestiging' && given && given !== 'saldo-opgave')
    return `U heeft al geantwoord (${ANSWER_LABEL[given]}); neem contact op met de gemeente om dat te wijzigen.`;
  if (answer === 'saldo-opgave') {
    const s = parsed.data as { datumOntstaan?: CivilDate; beslag?: { gelegdOp?: CivilDate }[] };
    if (s.datumOntstaan && compareCivilDates(s.datumOntstaan, today) > 0)
      return 'datumOntstaan (datum ontstaan schuld) ligt in de toekomst: vul de dag in waarop de schuld ontstond.';
    if (s.beslag?.some((b) => b.gelegdOp && compareCivilDates(b.gelegdOp, today) > 0))
      return 'gelegdOp (datum beslag) ligt in de toekomst: vul de dag in waarop het beslag is gelegd.';
  }
  const entry = (body as { enteredBy?: unknown } | null | undefined)?.enteredBy;
  if (entry !== undefined) {
    const e = paperEntrySchema.safeParse(entry);
    if (!e.success) return firstProblem(e.error);
    if (e.data.receivedOn && compareCivilDates(e.data.receivedOn, today) > 0)
      return 'receivedOn (datum ontvangen) ligt in de toekomst: vul de dag in waarop het papieren antwoord binnenkwam.';
    if (e.data.receivedOn && compareCivilDates(e.data.receivedOn, state.status.kennisgevingOn!) < 0)
      return 'receivedOn (datum ontvangen) ligt vóór de kennisgeving: controleer de datum.';
  }
  return null;
}
