import type { CreditorTrackReport } from '../creditor-track/messages';
import type { CaseStatus } from './messages';
import type { TimelineEntry } from './types';

/**
 * A creditor track reported its state: the case's summary of that creditor takes it over (a removal the
 * officer made stays). A creditor's answer (kennisgeving confirmed, saldo-opgave, vooraf akkoord, geen
 * medewerking) is progress; the track's own reminders and escalations are not. Pure.
 */
export function trackReported(
  status: CaseStatus,
  report: CreditorTrackReport,
): { progressed: boolean; entry?: Omit<TimelineEntry, 'at'> } {
  const { event, letter, ...summary } = report;
  const index = status.creditors.findIndex((c) => c.creditorId === summary.creditorId);
  const before = status.creditors[index];
  const progressed =
    before !== undefined &&
    (before.answer !== summary.answer ||
      before.pauseConfirmed !== summary.pauseConfirmed ||
      before.claimAmount !== summary.claimAmount);
  if (before) status.creditors[index] = { ...summary, removed: before.removed || summary.removed };
  // A report can arrive twice (the track sends it again when the answer to its signal was lost in a server or
  // database restart: tests/fault): its letter and event count once.
  const repeated = letter !== undefined && status.letters.some((l) => l.letterId === letter.letterId);
  if (letter && !repeated) status.letters.push(letter);
  if (!event || repeated) return { progressed };
  return {
    progressed,
    entry: {
      by: `creditor:${summary.creditorId}`,
      action: event,
      ...(letter ? { detail: letter.letterId } : {}),
    },
  };
}
