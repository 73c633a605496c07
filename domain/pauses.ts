/**
 * The collection pauses that hold one creditor, declared once (zod + z.infer) for the track, the case, the
 * API and the console. Four kinds can run side by side:
 * - kennisgeving: NVVK convenant, 4 or 8 months from the (latest) kennisgeving;
 * - saldo-opgave: NVVK Modelconvenant 2024, a second pause of 8 months from the saldo-opgave;
 * - noodstop: modelled on the CJIB noodstop, 4 months, +8 once the help starts;
 * - moratorium: the court's afkoelingsperiode, at most 6 months (Wgs art. 5).
 * The creditor may not collect while any of them runs; the one that runs longest binds.
 */
import { z } from 'zod';
import { buildOnce } from './build-once';
import { compareCivilDates, isCivilDate, type CivilDate } from './civil-date';

export const PAUSE_KINDS = ['kennisgeving', 'saldo-opgave', 'noodstop', 'moratorium'] as const;
export type PauseKind = (typeof PAUSE_KINDS)[number];

/** loopt: runs today; verlopen: its term passed; beeindigd: ended early (lifted, case closed, schuldregeling). */
export const PAUSE_STATES = ['loopt', 'verlopen', 'beeindigd'] as const;
export type PauseState = (typeof PAUSE_STATES)[number];

const civilDate = z.string().refine(isCivilDate, { error: 'geen geldige datum (JJJJ-MM-DD)' });

export const pauseSchema = buildOnce('domain/pauses#pause', () =>
  z.object({
    kind: z.enum(PAUSE_KINDS),
    /** The rule behind it, in Dutch: "NVVK-convenant: 8 maanden", "Wgs art. 5: 6 maanden (max. 6)". */
    source: z.string(),
    start: civilDate,
    /** The end of its term. */
    end: civilDate,
    state: z.enum(PAUSE_STATES),
    /** When it ended early, and why (Dutch). */
    endedOn: civilDate.optional(),
    endedBecause: z.string().optional(),
    /** The running pause that ends last: until its end the creditor may not collect. */
    binding: z.boolean(),
  }),
);
export type Pause = z.infer<typeof pauseSchema>;

export const pausesStatusSchema = buildOnce('domain/pauses#pausesStatus', () =>
  z.object({
    pauses: z.array(pauseSchema),
    /** Last day of the binding pause; absent when no pause runs. */
    bindingEnd: civilDate.optional(),
    bindingKind: z.enum(PAUSE_KINDS).optional(),
  }),
);
export type PausesStatus = z.infer<typeof pausesStatusSchema>;

/** One pause as the track records it; its state follows from the day it is read. */
export interface PauseRecord {
  kind: PauseKind;
  source: string;
  start: CivilDate;
  end: CivilDate;
  endedOn?: CivilDate;
  endedBecause?: string;
}

/** Every pause with its state on `today`, and which one binds. Pure. */
export function pausesOn(records: readonly PauseRecord[], today: CivilDate): PausesStatus {
  const pauses: Pause[] = records.map((r) => {
    const state: PauseState =
      r.endedOn !== undefined &&
      compareCivilDates(r.endedOn, r.end) < 0 &&
      compareCivilDates(r.endedOn, today) <= 0
        ? 'beeindigd'
        : compareCivilDates(today, r.end) > 0
          ? 'verlopen'
          : 'loopt';
    return { ...r, state, binding: false };
  });
  let binding: Pause | undefined;
  for (const p of pauses)
    if (p.state === 'loopt' && (!binding || compareCivilDates(p.end, binding.end) > 0)) binding = p;
  if (!binding) return { pauses };
  binding.binding = true;
  return { pauses, bindingEnd: binding.end, bindingKind: binding.kind };
}

/** Ends every pause still running on `on` (the track closed, a schuldregeling was agreed). Pure. */
export function endPauses(records: readonly PauseRecord[], on: CivilDate, because: string): PauseRecord[] {
  return records.map((r) =>
    r.endedOn === undefined && compareCivilDates(on, r.end) < 0
      ? { ...r, endedOn: on, endedBecause: because }
      : r,
  );
}
