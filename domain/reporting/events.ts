/**
 * The reporting contract: one business event of a case, as the workflows report it and the reporting store
 * keeps it. Everything readable is an id, a date, an amount, a category or a flag; whatever identifies a person
 * sits in `personal`, which the store keeps encrypted (activities/reporting). Types only: workflows import it.
 */
import type { CivilDate } from '../civil-date';
import type { Cents } from '../money';

export const REPORT_EVENT_KINDS = [
  /** The aanmelding: request date, crisis flag, claims known, the client. */
  'aanmelding',
  'eerste-gesprek',
  /** category: toelating | afwijzing. */
  'beschikking',
  'stabilisatie-afgerond',
  /** A message from us to a creditor; category names it in the SKN vocabulary (kennisgeving, saldoverzoek, ...). */
  'creditor-bericht',
  /** A creditor's answer; category: saldo-opgave, vooraf-akkoord, geen-medewerking, pauze-bevestiging, ... */
  'creditor-antwoord',
  /** category: aangevraagd | toegewezen | afgewezen (Wgs art. 5). */
  'moratorium',
  /** category: betalingsregeling | saneringskrediet; flags.nihil for a nihil-aanbod. */
  'oplossing-start',
  /** category: akkoord (all creditors) | tot-stand (the case heard it). */
  'schuldregeling',
  /** category: verzoek | toegewezen | afgewezen (Fw art. 287a). */
  'dwangakkoord',
  'wsnp-verklaring',
  'looptijd-start',
  'looptijd-einde',
  /** category: termijn (the resident's payment) | saneringskrediet-uitbetaling. */
  'betaling',
  /** Beëindigingsbeschikking of the regeling (Wgs art. 4a lid 6). */
  'regeling-beeindigd',
  /** category: start | einde. */
  'nazorg',
  /** The case closed; category: ingetrokken | afgewezen | afgerond | beeindigd | wsnp. */
  'einde',
] as const;
export type ReportEventKind = (typeof REPORT_EVENT_KINDS)[number];

/** What identifies a person: kept encrypted by the store, never in a readable column. */
export interface ReportPersonal {
  client?: {
    bsn: string;
    dateOfBirth: CivilDate;
    postcode: string;
    houseNumber: number;
    houseNumberAddition?: string;
  };
  /** A creditor can be a private person: its name counts as personal. */
  creditorName?: string;
}

export interface ReportEvent {
  /** `${workflowId}#${timeline index}.${n}`: the same event on a retry or a replay, so it counts once. */
  eventId: string;
  workflowId: string;
  caseId: string;
  gemeente: string;
  kind: ReportEventKind;
  category?: string;
  /** ISO instant (workflow time) the event was recorded. */
  at: string;
  /** The business date of the event (Europe/Amsterdam). */
  on: CivilDate;
  creditorId?: string;
  amountCents?: Cents;
  /** Further dates of the event (e.g. a moratorium's end, the looptijd's end). */
  dates?: Record<string, CivilDate>;
  flags?: Record<string, boolean>;
  personal?: ReportPersonal;
}

/** A timeline entry as both case and oplossing workflows record it. */
export interface TimelineEntryLike {
  at: string;
  by: string;
  action: string;
  detail?: string;
}
