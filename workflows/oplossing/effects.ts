import type { LetterData, LetterKind } from '../../activities/letters/registry';
import type { CivilDate } from '../../domain/civil-date';
import type { Cents } from '../../domain/money';
import type { Policy } from '../../domain/policy';
import type { Debtor } from '../shared/recipients';
import type { OplossingAction, OplossingActionInput } from './actions';
import type { OplossingInput } from './input';
import type { CreditorOffer, OplossingState } from './state';

/**
 * What a transition asks the workflow to do, as data. The shell runs them in this order: a timeline entry at
 * once (through its one `record`), everything else queued one at a time outside the handler (letters, alerts,
 * payment instructions, the signal to the case). Pure: no Temporal import.
 */
export type LetterTo = { to: 'resident' } | { to: 'waarborgfonds' } | { to: 'creditor'; creditorId: string };

export type AlertKind = 'deadline-reminder' | 'deadline-breached' | 'creditor-silent' | 'officer-task';

export type PaymentKind =
  'betalingsregeling-verdeling' | 'saneringskrediet-uitbetaling' | 'uitbetaling-borgstelling';

export type Effect =
  | { kind: 'timeline'; by: string; action: string; detail?: string }
  | { kind: 'letter'; letter: LetterKind; to: LetterTo; on: CivilDate; data: LetterData<LetterKind> }
  | {
      kind: 'alert';
      /** Part of the notification id `<oplossingId>/<key>`: one alert per key, however often replayed. */
      key: string;
      alert: AlertKind;
      message: string;
      audience: 'officer' | 'supervisor';
      deadline?: CivilDate;
    }
  | {
      kind: 'payment';
      /** Part of the instruction id `<oplossingId>/<key>`. */
      key: string;
      payment: PaymentKind;
      date: CivilDate;
      lines: { payee: string; amountCents: Cents }[];
    }
  | { kind: 'signal-case'; on: CivilDate };

/** What every transition reads besides the state: the start input, today's date (workflow time), the debtor. */
export interface OplossingContext {
  input: OplossingInput;
  policy: Policy;
  today: CivilDate;
  debtor: Debtor;
  /** Whether a changed command sequence applies to this run (the shell binds it to Temporal's patched()). */
  patched: (patchId: string) => boolean;
}

/** Collects a transition's effects in order. */
export class Effects {
  readonly list: Effect[] = [];
  record(by: string, action: string, detail?: string): void {
    this.list.push(
      detail === undefined ? { kind: 'timeline', by, action } : { kind: 'timeline', by, action, detail },
    );
  }
  letter<K extends LetterKind>(letter: K, to: LetterTo, on: CivilDate, data: LetterData<K>): void {
    this.list.push({ kind: 'letter', letter, to, on, data: data as LetterData<LetterKind> });
  }
  alert(
    key: string,
    alert: AlertKind,
    message: string,
    audience: 'officer' | 'supervisor' = 'officer',
    deadline?: CivilDate,
  ): void {
    this.list.push({ kind: 'alert', key, alert, message, audience, ...(deadline ? { deadline } : {}) });
  }
  payment(
    key: string,
    payment: PaymentKind,
    date: CivilDate,
    lines: { payee: string; amountCents: Cents }[],
  ): void {
    this.list.push({ kind: 'payment', key, payment, date, lines });
  }
  signalCase(on: CivilDate): void {
    this.list.push({ kind: 'signal-case', on });
  }
}

export const toCreditor = (creditorId: string): LetterTo => ({ to: 'creditor', creditorId });

/** What each action does: state + action → changed state + effects (transitions.ts, regeling.ts). */
export type OplossingTransitions = {
  [A in OplossingAction]: (
    state: OplossingState,
    a: OplossingActionInput<A>,
    ctx: OplossingContext,
    fx: Effects,
  ) => void;
};

/** The offer of a creditor the validators checked exists. */
export const offerOf = (state: OplossingState, id: string): CreditorOffer =>
  state.status.creditors.find((c) => c.creditorId === id)!;
