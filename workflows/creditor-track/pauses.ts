/**
 * Every pause that holds one creditor, derived from the track's state in one place (issue 12 §4.3,
 * issue 16 §3): the kennisgeving pause (NVVK convenant), the second pause from the saldo-opgave (NVVK
 * Modelconvenant 2024), the noodstop and the court's moratorium. Pure.
 */
import type { CivilDate } from '../../domain/civil-date';
import { endPauses, pausesOn, type PauseRecord, type PausesStatus } from '../../domain/pauses';
import { saldoOpgavePauseEnd } from '../../domain/terms';
import type { TrackClosed } from './messages';
import type { CreditorTrackState } from './state';

const CLOSED_BECAUSE: Record<TrackClosed['reason'], string> = {
  'schuldregeling-tot-stand': 'de schuldregeling is tot stand gekomen',
  'hulp-beeindigd': 'de schuldhulpverlening is beëindigd',
  verwijderd: 'de schuldeiser hoort niet meer bij deze zaak',
};

export function pauseRecords(state: CreditorTrackState, saldoOpgavePauseMonths: number): PauseRecord[] {
  const { status, creditor } = state;
  const records: PauseRecord[] = [];
  if (status.kennisgevingOn && status.pauseEnd) {
    const kennisgevingen = status.letters.filter((l) => l.kind === 'kennisgeving');
    records.push({
      kind: 'kennisgeving',
      source: `NVVK-convenant: ${creditor.convenantMonths} maanden na de kennisgeving`,
      start: kennisgevingen[kennisgevingen.length - 1]?.on ?? status.kennisgevingOn,
      end: status.pauseEnd,
    });
  }
  if (status.saldoOpgave) {
    const term = saldoOpgavePauseEnd(status.saldoOpgave.receivedOn, saldoOpgavePauseMonths);
    records.push({ kind: 'saldo-opgave', source: term.source, start: term.from, end: term.deadline });
  }
  if (status.noodstop) {
    const { pulledOn, endDate, active, endedOn } = status.noodstop;
    // Ended by the close of the track: endPauses below gives the reason.
    const lifted = !active && endedOn && endedOn !== state.closed?.on;
    records.push({
      kind: 'noodstop',
      source: 'Noodstop (naar het CJIB-model): 4 maanden, 8 maanden verlenging zodra de hulp start',
      start: pulledOn,
      end: endDate,
      ...(lifted ? { endedOn, endedBecause: 'de gemeente heeft de noodstop opgeheven' } : {}),
    });
  }
  if (status.moratorium) {
    const m = status.moratorium;
    records.push({ kind: 'moratorium', source: m.source, start: m.orderedOn, end: m.endDate });
  }
  return state.closed ? endPauses(records, state.closed.on, CLOSED_BECAUSE[state.closed.reason]) : records;
}

/** The pauses on `today`, with the binding one. */
export function trackPauses(
  state: CreditorTrackState,
  today: CivilDate,
  saldoOpgavePauseMonths: number,
): PausesStatus {
  return pausesOn(pauseRecords(state, saldoOpgavePauseMonths), today);
}
