/**
 * The terms of a debt-assistance case. Every function takes the day of the event (`from`; the term
 * starts the next day) and returns the last day by which the act must be done ("by the end of that
 * day"; see amsterdam-time.ts deadlineInstant for the timer instant) and the rule behind it.
 *
 * When is the Algemene termijnenwet applied? Only to terms set in a formal law (Atw art. 1) that are
 * not excluded by art. 4 (hours; more than 12 weeks, 90 days or 3 months). So: eerste gesprek
 * (4 weeks, 3 werkdagen) and the statutory 8-week beschikking term — yes. Practice norms (NVVK,
 * Schuldenknooppunt, CJIB noodstop), a verordening's own shorter term, and long terms (months of
 * pause, looptijd, moratorium) — no: they are plain calendar arithmetic.
 */
import { addMonths, type CivilDate } from './civil-date';
import { termDeadline, type TermLength } from './calendar';
import { DEFAULT_POLICY } from './policy';

export type TermKind =
  | 'bezwaar'
  | 'eerste-gesprek'
  | 'beschikking'
  | 'creditor-answer'
  | 'kennisgeving-pause'
  | 'saldo-opgave-pause'
  | 'noodstop'
  | 'schuldregeling'
  | 'moratorium'
  | 'looptijd'
  | 'heroverweging'
  | 'dwangakkoord-uitspraak'
  | 'borgstelling-besluit'
  | 'skn-ophalen';

export interface Term {
  kind: TermKind;
  from: CivilDate;
  deadline: CivilDate;
  source: string;
}

/**
 * The three bedreigende situaties of Wgs art. 4 lid 2 that carry the 3-werkdagen term. A gemeente's
 * own urgent reasons (garnishment, bankruptcy petition, …) are deliberately not in this type.
 */
export type CrisisSituation =
  'gedwongen-woningontruiming' | 'afsluiting-energie-water' | 'beeindiging-zorgverzekering';

export const CRISIS_SITUATIONS = [
  'gedwongen-woningontruiming',
  'afsluiting-energie-water',
  'beeindiging-zorgverzekering',
] as const satisfies readonly CrisisSituation[];

export function isCrisisSituation(value: unknown): value is CrisisSituation {
  return typeof value === 'string' && (CRISIS_SITUATIONS as readonly string[]).includes(value);
}

function term(kind: TermKind, from: CivilDate, length: TermLength, statutory: boolean, source: string): Term {
  return { kind, from, deadline: termDeadline(from, length, statutory).deadline, source };
}

function assertWhole(value: number, field: string, min: number, max: number): void {
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new RangeError(`${field} moet een geheel getal van ${min} tot en met ${max} zijn, niet ${value}`);
  }
}

/** Eerste gesprek in a bedreigende situatie: 3 werkdagen after the melding (Wgs art. 4 lid 2). */
export function eersteGesprekCrisisDeadline(from: CivilDate): Term {
  // Wgs art. 4 lid 2: binnen drie werkdagen in een bedreigende situatie.
  return term('eerste-gesprek', from, { unit: 'werkdagen', count: 3 }, true, 'Wgs art. 4 lid 2');
}

/**
 * Eerste gesprek: 4 weeks after the request (or after the resident accepted a vroegsignalering
 * offer), Atw applied; 3 werkdagen in one of the three statutory crisis situations.
 */
export function eersteGesprekDeadline(from: CivilDate, crisis: CrisisSituation | null = null): Term {
  if (crisis !== null) {
    if (!isCrisisSituation(crisis))
      throw new RangeError(`Geen bedreigende situatie uit Wgs art. 4 lid 2: ${crisis}`);
    return eersteGesprekCrisisDeadline(from);
  }
  // Wgs art. 4 lid 1: binnen vier weken na de hulpvraag; Atw art. 1–2 van toepassing.
  return term('eerste-gesprek', from, { unit: 'weeks', count: 4 }, true, 'Wgs art. 4 lid 1; Atw');
}

/**
 * Beschikking after the eerste gesprek. Without a shorter verordening term (or with one equal to
 * the statutory 8 weeks) it is the statutory term, Atw applied. A shorter verordening term is a
 * local rule, outside the Atw (art. 1 covers terms "in een wet"): plain arithmetic. A shorter term
 * always ends before the statutory one, so the statutory maximum is never exceeded.
 */
export function beschikkingDeadline(
  eersteGesprek: CivilDate,
  verordeningWeeks = DEFAULT_POLICY.beschikkingVerordeningWeeks,
): Term {
  assertWhole(verordeningWeeks, 'Termijn beschikking (weken)', 1, 8);
  if (verordeningWeeks === 8) {
    // Wgs art. 4a: uiterlijk acht weken na het eerste gesprek; Atw art. 1–2 van toepassing.
    return term('beschikking', eersteGesprek, { unit: 'weeks', count: 8 }, true, 'Wgs art. 4a; Atw');
  }
  // Wgs art. 4a: binnen de termijn van de verordening (hier korter dan acht weken); Atw niet van toepassing.
  return term(
    'beschikking',
    eersteGesprek,
    { unit: 'weeks', count: verordeningWeeks },
    false,
    `Wgs art. 4a; verordening (${verordeningWeeks} weken)`,
  );
}

/** Creditor answer to kennisgeving/saldoverzoek: 10 werkdagen by default. */
export function creditorAnswerDeadline(
  sentOn: CivilDate,
  werkdagen = DEFAULT_POLICY.creditorAnswerWerkdagen,
): Term {
  assertWhole(werkdagen, 'Antwoordtermijn (werkdagen)', 1, 60);
  // Schuldenknooppunt procesafspraken: antwoord binnen 10 werkdagen (praktijknorm, geen Atw).
  return term(
    'creditor-answer',
    sentOn,
    { unit: 'werkdagen', count: werkdagen },
    false,
    `Schuldenknooppunt: ${werkdagen} werkdagen`,
  );
}

/** End of the collection pause after a kennisgeving: 4 or 8 months per the creditor's convenant. */
export function kennisgevingPauseEnd(kennisgevingOn: CivilDate, convenantMonths: 4 | 8): Term {
  if (convenantMonths !== 4 && convenantMonths !== 8) {
    throw new RangeError(`Convenanttermijn moet 4 of 8 maanden zijn, niet ${String(convenantMonths)}`);
  }
  // NVVK-convenant: geen incasso gedurende 4 of 8 maanden na de kennisgeving (praktijk, > 3 maanden: geen Atw).
  return term(
    'kennisgeving-pause',
    kennisgevingOn,
    { unit: 'months', count: convenantMonths },
    false,
    `NVVK-convenant: ${convenantMonths} maanden`,
  );
}

/**
 * End of a noodstop pulled on `pulledOn`: 4 months; once the help actually starts within those
 * 4 months, extended by 8 months from the original end (12 in all). Help that starts after the
 * noodstop ran out does not revive it.
 */
export function noodstopEnd(
  pulledOn: CivilDate,
  helpStartedOn: CivilDate | null = null,
  months = DEFAULT_POLICY.noodstopMonths,
  extensionMonths = DEFAULT_POLICY.noodstopExtensionMonths,
): Term {
  assertWhole(months, 'Noodstop (maanden)', 1, 12);
  assertWhole(extensionMonths, 'Verlenging noodstop (maanden)', 0, 24);
  // Noodstop naar model CJIB (sinds april 2020): 4 maanden, +8 maanden zodra de hulp start (praktijk, geen Atw).
  const first = term(
    'noodstop',
    pulledOn,
    { unit: 'months', count: months },
    false,
    `Noodstop (CJIB-model): ${months} maanden`,
  );
  if (helpStartedOn === null) return first;
  if (helpStartedOn < pulledOn)
    throw new RangeError('De hulp kan niet starten vóór de noodstop voor de verlenging telt');
  if (helpStartedOn > first.deadline) return first;
  return {
    ...first,
    deadline: addMonths(first.deadline, extensionMonths),
    source: `Noodstop (CJIB-model): ${months} maanden, verlengd met ${extensionMonths} maanden na start hulp`,
  };
}

/** The schuldregeling work: 120 days from admission (NVVK). */
export function schuldregelingDeadline(start: CivilDate, days = DEFAULT_POLICY.schuldregelingDays): Term {
  assertWhole(days, 'Termijn schuldregeling (dagen)', 1, 365);
  // NVVK module Schuldregeling: binnen 120 dagen (praktijknorm, > 90 dagen: geen Atw).
  return term(
    'schuldregeling',
    start,
    { unit: 'days', count: days },
    false,
    `NVVK module Schuldregeling: ${days} dagen`,
  );
}

/** Wgs art. 5: the court bars collection for ten hoogste zes maanden (afkoelingsperiode / breed moratorium). */
export const MORATORIUM_MAX_MONTHS = 6;
/** The source a track's moratorium pause names. */
export const MORATORIUM_SOURCE = 'Wgs art. 5: afkoelingsperiode door de rechter';

/** Afkoelingsperiode / breed moratorium ordered by the court: at most 6 months (Wgs art. 5). */
export function moratoriumEnd(orderedOn: CivilDate, months = MORATORIUM_MAX_MONTHS): Term {
  assertWhole(months, 'Moratorium (maanden)', 1, MORATORIUM_MAX_MONTHS);
  // Wgs art. 5: ten hoogste zes maanden; door de rechter bepaald en > 3 maanden: geen Atw.
  return term(
    'moratorium',
    orderedOn,
    { unit: 'months', count: months },
    false,
    `Wgs art. 5: ${months} maanden (max. 6)`,
  );
}

/** End of the looptijd of a schuldregeling: 18 months (NVVK since 1 July 2023). */
export function looptijdEnd(start: CivilDate, months = DEFAULT_POLICY.looptijdMonths): Term {
  assertWhole(months, 'Looptijd (maanden)', 1, 60);
  // NVVK-norm sinds 1 juli 2023: 18 maanden (was 36); praktijk, geen Atw.
  return term(
    'looptijd',
    start,
    { unit: 'months', count: months },
    false,
    `NVVK: looptijd ${months} maanden`,
  );
}

/** Bezwaar against a beschikking: 6 weeks after the day it was sent, Atw applied. */
export function bezwaarDeadline(sentOn: CivilDate): Term {
  // Awb art. 6:7 (zes weken) and art. 6:8 (begint de dag na bekendmaking); Atw art. 1–2 van toepassing.
  return term('bezwaar', sentOn, { unit: 'weeks', count: 6 }, true, 'Awb art. 6:7; Atw');
}

/** The second collection pause, from the saldo-opgave: 8 months (NVVK Modelconvenant 2024). */
export function saldoOpgavePauseEnd(
  receivedOn: CivilDate,
  months = DEFAULT_POLICY.saldoOpgavePauseMonths,
): Term {
  assertWhole(months, 'Pauze na saldo-opgave (maanden)', 1, 12);
  // NVVK Modelconvenant 2024: geen incasso gedurende 8 maanden na de saldo-opgave (praktijk, > 3 maanden: geen Atw).
  return term(
    'saldo-opgave-pause',
    receivedOn,
    { unit: 'months', count: months },
    false,
    `NVVK Modelconvenant 2024: ${months} maanden na de saldo-opgave`,
  );
}

/**
 * Answer to a heroverweging: a new request, so a new term of its own, counted from the day the heroverweging
 * is sent (not the betaalvoorstel's deadline).
 */
export function heroverwegingDeadline(
  sentOn: CivilDate,
  werkdagen = DEFAULT_POLICY.heroverwegingWerkdagen,
): Term {
  assertWhole(werkdagen, 'Antwoordtermijn heroverweging (werkdagen)', 1, 60);
  // Schuldenknooppunt procesafspraken: elk verzoek een eigen antwoordtermijn van 10 werkdagen (praktijk, geen Atw).
  return term(
    'heroverweging',
    sentOn,
    { unit: 'werkdagen', count: werkdagen },
    false,
    `Schuldenknooppunt: heroverweging ${werkdagen} werkdagen`,
  );
}

/** The court's ruling on a dwangakkoord: within 8 days of the hearing, Atw applied. */
export function dwangakkoordRulingDeadline(hearingOn: CivilDate): Term {
  // Fw art. 287a lid 4: de rechtbank beslist uiterlijk acht dagen na de zitting; Atw art. 1–2 van toepassing.
  return term(
    'dwangakkoord-uitspraak',
    hearingOn,
    { unit: 'days', count: 8 },
    true,
    'Fw art. 287a lid 4; Atw',
  );
}

/** The waarborgfonds's maatwerk decision on a borgstelling: 10 werkdagen by default. */
export function borgstellingDecisionDeadline(
  requestedOn: CivilDate,
  werkdagen = DEFAULT_POLICY.waarborgfonds.decisionWerkdagen,
): Term {
  assertWhole(werkdagen, 'Beslistermijn borgstelling (werkdagen)', 1, 60);
  // Productkeuze (gemeenteconfiguratie): het waarborgfonds beslist over maatwerk binnen 10 werkdagen; geen Atw.
  return term(
    'borgstelling-besluit',
    requestedOn,
    { unit: 'werkdagen', count: werkdagen },
    false,
    `Waarborgfonds (maatwerk): ${werkdagen} werkdagen`,
  );
}

/** Werkdagen a participant has to fetch a Schuldenknooppunt message before the SKN deletes it. */
export const SKN_FETCH_WERKDAGEN = 5;

/** Last day a message made available on `placedOn` can be fetched: 5 werkdagen (no Atw: an agreement). */
export function sknFetchDeadline(placedOn: CivilDate): Term {
  // Schuldenknooppunt procesafspraken: berichten die niet binnen 5 werkdagen zijn opgehaald worden verwijderd.
  return term(
    'skn-ophalen',
    placedOn,
    { unit: 'werkdagen', count: SKN_FETCH_WERKDAGEN },
    false,
    `Schuldenknooppunt: ophalen binnen ${SKN_FETCH_WERKDAGEN} werkdagen`,
  );
}
