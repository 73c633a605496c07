import type { OutboxEntry } from '../../activities/letters';
import type { SknFetch } from '../../activities/skn/fetch-log';
import { amsterdamDateOf } from '../../domain/amsterdam-time';
import { kenmerk } from '../../domain/letter-id';
import { sknMessageKindOf, type SknAnswerType, type SknMessageType } from '../../domain/skn/messages';
import { sknFetchDeadline } from '../../domain/terms';
import type { CivilDate } from '../../domain/civil-date';
import { BASE } from '../officer/routes';

/** A letter in a creditor's outbox as the SKN message it is. */
export interface SknMessageView {
  berichtId: string;
  berichtType: SknMessageType;
  herinnering: boolean;
  zaakkenmerk: string;
  schuldeiser: string;
  kenmerk: string;
  onderwerp: string;
  aangebodenOp: string;
  ophalenUiterlijk: CivilDate;
  opgehaaldOp?: string;
  antwoord?: SknAnswerType;
  paginas: number;
  pdfHref: string;
}

/** The view of an outbox entry, or undefined for a letter outside the SKN vocabulary. */
export function sknMessageOf(entry: OutboxEntry, firstFetch?: SknFetch): SknMessageView | undefined {
  const kind = sknMessageKindOf(entry.kind);
  if (!kind || entry.recipientType !== 'creditor') return undefined;
  return {
    berichtId: entry.letterId,
    berichtType: kind.type,
    herinnering: kind.herinnering,
    zaakkenmerk: entry.caseReference,
    schuldeiser: entry.recipientKey,
    kenmerk: kenmerk(entry.caseReference, entry.letterId),
    onderwerp: entry.subject,
    aangebodenOp: entry.placedAt,
    ophalenUiterlijk: sknFetchDeadline(amsterdamDateOf(Date.parse(entry.placedAt))).deadline,
    ...(firstFetch ? { opgehaaldOp: firstFetch.at } : {}),
    ...(kind.antwoord ? { antwoord: kind.antwoord } : {}),
    paginas: entry.pages,
    pdfHref: `${BASE}/skn/berichten/${encodeURIComponent(entry.letterId)}/pdf`,
  };
}
