import { setHandler, upsertSearchAttributes, workflowInfo, condition } from '@temporalio/workflow';
import { amsterdamDateOf, deadlineInstant, startOfDayInstant } from '../../domain/amsterdam-time';
import { addWerkdagen } from '../../domain/calendar';
import { compareCivilDates, isCivilDate, type CivilDate } from '../../domain/civil-date';
import { DEFAULT_POLICY } from '../../domain/policy';
import type { Aanmelding } from '../../domain/records';
import { eersteGesprekDeadline, type Term } from '../../domain/terms';
import { notify } from './activities';
import {
  caseStatusQuery,
  recordEersteGesprekUpdate,
  recordWithdrawalUpdate,
  timelineQuery,
  type CaseStatus,
} from './messages';
import {
  CasePhase,
  Crisis,
  DeadlineBreached,
  Gemeente,
  NextDeadline,
  OfficerId,
  WaitingOn,
} from './search-attributes';
import { enforceTerm } from './deadline-watch';
import type { DeadlineStatus, TimelineEntry } from './types';

/** Start input of a case. Holds personal data: it only ever travels encrypted (payload codec). */
export interface CaseInput {
  /** The gemeente's own case number; with the gemeente it makes the workflow id. */
  caseNumber: string;
  /** Validated at the edge with aanmeldingSchema (API, CLI). */
  aanmelding: Aanmelding;
}

export interface CaseResult {
  phase: CaseStatus['phase'];
  closedReason?: string;
  breaches: string[];
}

export function caseIdOf(gemeente: string, caseNumber: string): string {
  return `case-${gemeente}-${caseNumber}`;
}

/**
 * One debt-assistance case, from the aanmelding on. This first slice carries it to the eerste gesprek:
 * the statutory term runs as a durable timer, the officer is reminded ahead and the supervisor alerted
 * when it passes, and the case keeps going either way.
 */
export async function caseWorkflow({ aanmelding }: CaseInput): Promise<CaseResult> {
  const caseId = workflowInfo().workflowId;
  const timeline: TimelineEntry[] = [];
  const today = (): CivilDate => amsterdamDateOf(Date.now());
  const record = (by: string, action: string, detail?: string) =>
    timeline.push({ at: new Date(Date.now()).toISOString(), by, action, detail });

  const term: Term = eersteGesprekDeadline(aanmelding.requestDate, aanmelding.crisisSituation ?? null);
  const eersteGesprek: DeadlineStatus = {
    kind: term.kind,
    deadline: term.deadline,
    source: term.source,
    state: 'open',
  };
  const status: CaseStatus = {
    caseId,
    gemeente: aanmelding.gemeenteCode,
    officerId: aanmelding.officerId,
    phase: 'aanmelding',
    crisis: aanmelding.crisisSituation !== undefined,
    requestDate: aanmelding.requestDate,
    waitingOn: 'officer',
    deadlines: [eersteGesprek],
  };
  record(
    'system',
    'aanmelding',
    aanmelding.crisisSituation ? `bedreigende situatie: ${aanmelding.crisisSituation}` : undefined,
  );

  const publish = () =>
    upsertSearchAttributes([
      { key: CasePhase, value: status.phase },
      { key: Gemeente, value: status.gemeente },
      { key: OfficerId, value: status.officerId },
      { key: Crisis, value: status.crisis },
      { key: WaitingOn, value: status.waitingOn },
      { key: DeadlineBreached, value: status.deadlines.some((d) => d.state === 'breached') },
      {
        key: NextDeadline,
        value:
          status.deadlines
            .filter((d) => d.state === 'open' || d.state === 'breached')
            .map((d) => new Date(deadlineInstant(d.deadline)))[0] ?? null,
      },
    ]);
  publish();

  setHandler(caseStatusQuery, () => status);
  setHandler(timelineQuery, () => timeline);

  const validateActionDate = (date: unknown) => {
    if (typeof date !== 'string' || !isCivilDate(date))
      throw new Error('Datum ontbreekt of is ongeldig (JJJJ-MM-DD).');
    if (compareCivilDates(date, aanmelding.requestDate) < 0)
      throw new Error(`Datum ligt vóór de aanmelding (${aanmelding.requestDate}).`);
    if (compareCivilDates(date, today()) > 0) throw new Error('Datum ligt in de toekomst.');
  };
  const requireAanmeldingPhase = () => {
    if (status.phase !== 'aanmelding')
      throw new Error(
        `Niet mogelijk in fase ${status.phase}: het eerste gesprek is al vastgelegd of de zaak is gesloten.`,
      );
  };

  setHandler(
    recordEersteGesprekUpdate,
    ({ officerId, date }) => {
      status.eersteGesprekOn = date;
      eersteGesprek.state = compareCivilDates(date, eersteGesprek.deadline) <= 0 ? 'met' : 'breached';
      eersteGesprek.metOn = date;
      status.phase = 'beschikking';
      record(officerId, 'eerste gesprek gehouden', date);
      publish();
      return status;
    },
    {
      validator: ({ officerId, date }) => {
        if (!officerId) throw new Error('Medewerker ontbreekt.');
        requireAanmeldingPhase();
        validateActionDate(date);
      },
    },
  );
  setHandler(
    recordWithdrawalUpdate,
    ({ officerId, date, reason }) => {
      eersteGesprek.state = 'cancelled';
      status.phase = 'afgesloten';
      status.closedReason = 'ingetrokken';
      status.waitingOn = 'none';
      record(officerId, 'hulpvraag ingetrokken', [date, reason].filter(Boolean).join(': '));
      publish();
      return status;
    },
    {
      validator: ({ officerId, date }) => {
        if (!officerId) throw new Error('Medewerker ontbreekt.');
        requireAanmeldingPhase();
        validateActionDate(date);
      },
    },
  );

  const eersteGesprekSettled = () => status.phase !== 'aanmelding';
  const reminderDate = addWerkdagen(eersteGesprek.deadline, -DEFAULT_POLICY.reminderLeadWerkdagen);
  await enforceTerm({
    isMet: eersteGesprekSettled,
    reminderAtMs: startOfDayInstant(reminderDate),
    deadlineAtMs: deadlineInstant(eersteGesprek.deadline),
    onReminder: async () => {
      eersteGesprek.remindedOn = today();
      record('system', 'herinnering termijn eerste gesprek', eersteGesprek.deadline);
      await notify({
        id: `${caseId}/eerste-gesprek/reminder`,
        audience: 'officer',
        kind: 'deadline-reminder',
        caseId,
        gemeente: aanmelding.gemeenteCode,
        officerId: aanmelding.officerId,
        deadline: eersteGesprek.deadline,
        message: `Eerste gesprek uiterlijk ${eersteGesprek.deadline} (${eersteGesprek.source}).`,
      });
    },
    onBreach: async () => {
      eersteGesprek.state = 'breached';
      eersteGesprek.breachedOn = today();
      record('system', 'termijn eerste gesprek overschreden', eersteGesprek.deadline);
      publish();
      await notify({
        id: `${caseId}/eerste-gesprek/breach`,
        audience: 'supervisor',
        kind: 'deadline-breached',
        caseId,
        gemeente: aanmelding.gemeenteCode,
        officerId: aanmelding.officerId,
        deadline: eersteGesprek.deadline,
        message: `Termijn eerste gesprek (${eersteGesprek.source}) verstreken op ${eersteGesprek.deadline}.`,
      });
    },
  });
  // A late case is never dropped: after a breach it still waits for the gesprek (or the withdrawal).
  await condition(eersteGesprekSettled);
  return {
    phase: status.phase,
    closedReason: status.closedReason,
    breaches: status.deadlines.filter((d) => d.state === 'breached').map((d) => d.kind),
  };
}
