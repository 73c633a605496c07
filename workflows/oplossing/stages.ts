export type CreditorStage =
  | 'wacht-op-voorstel'
  | 'voorgesteld'
  | 'herinnerd'
  | 'geescaleerd'
  | 'heroverweging'
  | 'blijft-weigeren'
  | 'dwangakkoord'
  | 'dwangakkoord-afgewezen'
  | 'akkoord'
  /** Bound without a separate answer: vooraf akkoord (collectief) or a granted dwangakkoord. */
  | 'gebonden';

/**
 * The creditor's stage in the oplossing as one table: which event moves a creditor from which stage to which.
 * Every stage change goes through `nextStage`; an event that the table does not list for a stage is refused
 * (the validators say why in Dutch). Pure: no Temporal import.
 *
 *   wacht-op-voorstel ─voorstel→ voorgesteld ─termijn→ herinnerd ─termijn→ geescaleerd
 *   wacht-op-voorstel ─vooraf-akkoord→ gebonden            (collectief schuldregelen)
 *   voorgesteld | herinnerd | geescaleerd ─afwijzing→ heroverweging ─afwijzing→ blijft-weigeren
 *   blijft-weigeren | geescaleerd ─dwangakkoord-verzoek→ dwangakkoord (Fw art. 287a)
 *   dwangakkoord ─toegewezen→ gebonden | ─afgewezen→ dwangakkoord-afgewezen
 *   any open stage ─akkoord→ akkoord
 */
export type CreditorEvent =
  | 'voorstel'
  | 'vooraf-akkoord'
  | 'termijn-verstreken'
  | 'akkoord'
  | 'afwijzing'
  | 'dwangakkoord-verzoek'
  | 'dwangakkoord-toegewezen'
  | 'dwangakkoord-afgewezen';

export const CREDITOR_STAGE_TABLE: Readonly<
  Record<CreditorEvent, Readonly<Partial<Record<CreditorStage, CreditorStage>>>>
> = {
  voorstel: { 'wacht-op-voorstel': 'voorgesteld' },
  'vooraf-akkoord': { 'wacht-op-voorstel': 'gebonden' },
  'termijn-verstreken': { voorgesteld: 'herinnerd', herinnerd: 'geescaleerd' },
  akkoord: {
    voorgesteld: 'akkoord',
    herinnerd: 'akkoord',
    geescaleerd: 'akkoord',
    heroverweging: 'akkoord',
    'blijft-weigeren': 'akkoord',
    dwangakkoord: 'akkoord',
    'dwangakkoord-afgewezen': 'akkoord',
  },
  afwijzing: {
    voorgesteld: 'heroverweging',
    herinnerd: 'heroverweging',
    geescaleerd: 'heroverweging',
    heroverweging: 'blijft-weigeren',
  },
  'dwangakkoord-verzoek': { 'blijft-weigeren': 'dwangakkoord', geescaleerd: 'dwangakkoord' },
  'dwangakkoord-toegewezen': { dwangakkoord: 'gebonden' },
  'dwangakkoord-afgewezen': { dwangakkoord: 'dwangakkoord-afgewezen' },
};

/** The stage after `event`, or undefined when the event is not possible in `stage`. */
export function nextStage(stage: CreditorStage, event: CreditorEvent): CreditorStage | undefined {
  return CREDITOR_STAGE_TABLE[event][stage];
}

/** The stages from which `event` is possible (for the validators' reasons). */
export function stagesAllowing(event: CreditorEvent): CreditorStage[] {
  return Object.keys(CREDITOR_STAGE_TABLE[event]) as CreditorStage[];
}

/** Stages in which a creditor still owes an answer to the proposal or the heroverweging. */
export const AWAITING_ANSWER: readonly CreditorStage[] = [
  'voorgesteld',
  'herinnerd',
  'geescaleerd',
  'heroverweging',
];
/** Stages in which a creditor is bound to the schuldregeling. */
export const AGREED: readonly CreditorStage[] = ['akkoord', 'gebonden'];
/** Awaiting an answer and still on a running term (an escalated creditor is the officer's now). */
export const ON_ANSWER_TERM: readonly CreditorStage[] = ['voorgesteld', 'herinnerd', 'heroverweging'];
