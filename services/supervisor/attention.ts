import { amsterdamDateOf, deadlineInstant } from '../../domain/amsterdam-time';
import { addWerkdagen, werkdagenBetween } from '../../domain/calendar';
import { daysBetween, formatDutchDate, type CivilDate } from '../../domain/civil-date';
import type {
  AttentionFilter,
  AttentionFinder,
  AttentionItem,
  AttentionReason,
  AttentionReasonCode,
} from './attention-types';
import { collect, deadlineDayOf, quote, type VisibilityClient, OPLOSSING_WORKFLOW_TYPE } from '../visibility';
import {
  attentionScope,
  listingOf,
  URGENCY,
  WORKFLOW_TASK_PROBLEMS,
  type Flag,
  type Listing,
} from './attention-listing';
import { markedListings } from './attention-markers';

/**
 * The supervisor's "needs attention" list, built on visibility queries over search attributes only: never a
 * describe() or a query per case, so it costs the same few queries at 100 or 100,000 cases. Cases and their oplossing
 * (`${caseId}/oplossing`, which carries the terms while it runs) are both listed and merged per case.
 *
 * Rules (each one visibility query on running workflows, within the filter's gemeente, officer and phase):
 *  - termijn-overschreden: DeadlineBreached = true
 *  - termijn-nadert:       NextDeadline before the end of the N-th werkdag from today (Atw calendar); for an
 *                          oplossing only until the schuldregeling stands (then it is the next instalment)
 *  - wacht-lang-op-schuldeiser: WaitingOn = 'creditor' on a workflow started more than M days ago
 *  - geen-voortgang:       LastProgressAt (last officer action, creditor answer or phase change) more than
 *                          P days ago; a case in its oplossing is judged by the oplossing's progress
 *  - workflowtaak-faalt:   a running attention marker (workflows/attention/marker.ts) the worker started after T
 *                          failed workflow tasks of a run, or TemporalReportedProblems (server 1.30+)
 *  - activiteit-faalt:     a running attention marker the worker started after an activity failed T times
 *                          (ActivityFailing = its type); the marker ends when the activity succeeds
 */

export interface AttentionOptions {
  namespace: string;
  temporalUiUrl: string;
  dueWithinWerkdagen: number;
  creditorWaitingDays: number;
  /** A running case without a business event for this many days needs attention. */
  progressDays: number;
  /** How many failures the worker waits before it marks a workflow (shown in the message). */
  workflowTaskAttempts: number;
  now: () => Date;
  /** Per rule: how many workflows a visibility query reads at most. */
  maxPerRule?: number;
}

const DAY_MS = 86_400_000;
/** Where NextDeadline is a term: every case phase, and the oplossing until the schuldregeling stands. */
const TERM_PHASES =
  `(WorkflowType = 'caseWorkflow' OR CasePhase IN ` +
  `('oplossing:voorbereiding', 'oplossing:betaalvoorstel', 'oplossing:borgstelling'))`;
/** How long the finder stops asking for TemporalReportedProblems after the server rejected the query. */
const REPORTED_PROBLEMS_RETRY_MS = 3_600_000;

export { deadlineDayOf };

export function temporalUiLink(temporalUiUrl: string, namespace: string, workflowId: string): string {
  return `${temporalUiUrl.replace(/\/$/, '')}/namespaces/${encodeURIComponent(namespace)}/workflows/${encodeURIComponent(workflowId)}`;
}

const dagen = (n: number) => `${n} ${n === 1 ? 'dag' : 'dagen'}`;

/** Dutch for the cause the server reports with a failing workflow task. */
export function workflowTaskCause(problems: string[]): string {
  const cause = problems.find((p) => p.startsWith('cause='))?.slice('cause='.length) ?? '';
  if (cause.includes('NonDeterministic'))
    return 'non-determinisme: de code past niet meer bij de geschiedenis';
  if (cause.includes('WorkerUnhandledFailure')) return 'een fout in de workflowcode';
  if (problems.includes('category=WorkflowTaskTimedOut')) return 'time-out: geen worker rondt de taak af';
  return cause ? cause : 'onbekende oorzaak';
}

interface Candidate {
  listings: Map<string, Listing>;
  reasons: Map<AttentionReasonCode, AttentionReason & { urgency: number }>;
  urgency: number;
}

export class TemporalAttentionFinder implements AttentionFinder {
  private reportedProblemsUnavailableUntil = 0;

  constructor(
    private readonly client: VisibilityClient,
    private readonly options: AttentionOptions,
  ) {}

  async find(filter: AttentionFilter, today: CivilDate): Promise<AttentionItem[]> {
    const o = this.options;
    const now = o.now().getTime();
    const maxPerRule = o.maxPerRule ?? 100_000;
    const scope = [attentionScope(filter), `ExecutionStatus = 'Running'`];
    const query = (...where: string[]) =>
      collect(this.client, [...scope, ...where].join(' AND '), maxPerRule);
    const iso = (ms: number) => quote(new Date(ms).toISOString());
    const horizon = deadlineInstant(addWerkdagen(today, o.dueWithinWerkdagen));

    const [breached, due, silent, stalled, problems, marked] = await Promise.all([
      query('DeadlineBreached = true'),
      // In the looptijd an oplossing's NextDeadline is the resident's next instalment: not a term to watch.
      // `<` one second on, not `<=`: SQLite visibility does not match a Datetime equal to the literal.
      query('DeadlineBreached = false', `NextDeadline < ${iso(horizon + 1000)}`, TERM_PHASES),
      query(`WaitingOn = 'creditor'`, `StartTime < ${iso(now - o.creditorWaitingDays * DAY_MS)}`),
      // While the oplossing runs the case itself is quiet: the oplossing's progress counts.
      query(
        `LastProgressAt < ${iso(now - o.progressDays * DAY_MS)}`,
        `(WorkflowType = ${quote(OPLOSSING_WORKFLOW_TYPE)} OR CasePhase != 'oplossing')`,
      ),
      this.reportedProblems(query, now),
      markedListings(this.client, filter, maxPerRule),
    ]);

    const candidates = new Map<string, Candidate>();
    const flag: Flag = (listing, reason, urgency) => {
      const c = candidates.get(listing.item.caseId) ?? {
        listings: new Map(),
        reasons: new Map(),
        urgency: 0,
      };
      c.listings.set(listing.workflowId, listing);
      const known = c.reasons.get(reason.code);
      if (!known || known.urgency < urgency) c.reasons.set(reason.code, { ...reason, urgency });
      c.urgency = Math.max(c.urgency, urgency);
      candidates.set(listing.item.caseId, c);
    };
    const withWorkflow = (l: Listing, code: AttentionReasonCode, message: string): AttentionReason => ({
      code,
      message,
      workflowId: l.workflowId,
    });

    for (const l of breached.map(listingOf)) {
      const day = l.item.nextDeadline ? deadlineDayOf(l.item.nextDeadline) : undefined;
      const late = day ? Math.max(0, daysBetween(day, today)) : 0;
      const message = day
        ? `Termijn overschreden: verliep op ${formatDutchDate(day)} (${dagen(late)} geleden).`
        : 'Een termijn is overschreden.';
      flag(
        l,
        withWorkflow(l, 'termijn-overschreden', message),
        URGENCY['termijn-overschreden'] + Math.min(late, 99),
      );
    }
    for (const l of due.map(listingOf)) {
      if (!l.item.nextDeadline) continue;
      const day = deadlineDayOf(l.item.nextDeadline);
      const left = day <= today ? 0 : werkdagenBetween(today, day);
      const message =
        left === 0
          ? `Termijn verloopt vandaag (${formatDutchDate(day)}).`
          : `Termijn verloopt over ${left} ${left === 1 ? 'werkdag' : 'werkdagen'} (${formatDutchDate(day)}).`;
      flag(
        l,
        withWorkflow(l, 'termijn-nadert', message),
        URGENCY['termijn-nadert'] + Math.max(0, 90 - left * 10),
      );
    }
    for (const l of silent.map(listingOf)) {
      const days = Math.max(0, Math.floor((now - Date.parse(l.item.startedAt)) / DAY_MS));
      const message = `Wacht op een schuldeiser; ${l.kind === 'oplossing' ? 'de schuldregeling' : 'de zaak'} loopt al ${dagen(days)}.`;
      flag(
        l,
        withWorkflow(l, 'wacht-lang-op-schuldeiser', message),
        URGENCY['wacht-lang-op-schuldeiser'] + Math.min(days, 99),
      );
    }
    for (const l of stalled.map(listingOf)) {
      if (!l.lastProgressAt) continue;
      const days = Math.max(0, Math.floor((now - Date.parse(l.lastProgressAt)) / DAY_MS));
      const since = formatDutchDate(amsterdamDateOf(Date.parse(l.lastProgressAt)));
      const message =
        `Geen voortgang sinds ${since} (${dagen(days)}): geen actie van de medewerker, ` +
        'geen antwoord van een schuldeiser en geen nieuwe fase.';
      flag(l, withWorkflow(l, 'geen-voortgang', message), URGENCY['geen-voortgang'] + Math.min(days, 99));
    }
    for (const l of problems.map(listingOf)) {
      const message =
        `Workflowtaak faalt herhaaldelijk (${workflowTaskCause(l.reportedProblems)}): ` +
        'de zaak staat stil tot dit is opgelost; zie de Temporal UI.';
      flag(l, withWorkflow(l, 'workflowtaak-faalt', message), URGENCY['workflowtaak-faalt'] + 99);
    }

    for (const { listing, marker } of marked) {
      const where = marker.onOplossing ? 'in de schuldregeling' : marker.onTrack ? 'bij een schuldeiser' : 'in de zaak';
      if (marker.reason === 'workflowtaak-faalt') {
        const message =
          `Workflowtaak ${where} faalt herhaaldelijk (${o.workflowTaskAttempts} keer of vaker): de zaak staat stil tot ` +
          'de code is hersteld (fout of non-determinisme na een deploy); zie de laatste fout in de Temporal UI.';
        flag(listing, { code: 'workflowtaak-faalt', message, workflowId: marker.target }, URGENCY['workflowtaak-faalt'] + 50);
      } else {
        const message = `Activiteit ${marker.activityType ?? 'onbekend'} ${where} faalt (${o.workflowTaskAttempts} pogingen of meer); zie de laatste fout in de Temporal UI.`;
        flag(listing, { code: 'activiteit-faalt', message, workflowId: marker.target }, URGENCY['activiteit-faalt'] + 50);
      }
    }

    return [...candidates.values()]
      .map((c) => {
        const reasons = [...c.reasons.values()].sort((a, b) => b.urgency - a.urgency);
        // The oplossing, while it runs, is where the case's state lives; the link goes where the worst reason is.
        const all = [...c.listings.values()];
        const shown = all.find((l) => l.kind === 'oplossing') ?? all[0]!;
        const linked = reasons[0]!.workflowId ?? shown.workflowId;
        return {
          caseId: shown.item.caseId,
          caseReference: shown.item.caseReference,
          gemeente: shown.item.gemeente,
          officerId: shown.item.officerId,
          phase: shown.item.phase,
          ...(shown.oplossingPhase ? { oplossingPhase: shown.oplossingPhase } : {}),
          nextDeadline: shown.item.nextDeadline,
          waitingOn: shown.item.waitingOn,
          reasons: reasons.map(({ urgency: _u, ...reason }) => reason),
          // Most urgent reason first; each extra reason adds a little.
          urgency: c.urgency + (reasons.length - 1),
          workflowId: linked,
          temporalUiUrl: temporalUiLink(o.temporalUiUrl, o.namespace, linked),
        };
      })
      .sort((a, b) => b.urgency - a.urgency || a.caseId.localeCompare(b.caseId));
  }

  /**
   * Workflows whose workflow task keeps failing, by the server's TemporalReportedProblems (1.30+). A server
   * without it rejects the query; the finder then relies on the worker's markers and asks again an hour later.
   */
  private async reportedProblems(
    query: (...where: string[]) => Promise<Awaited<ReturnType<typeof collect>>>,
    now: number,
  ) {
    if (now < this.reportedProblemsUnavailableUntil) return [];
    try {
      return await query(`TemporalReportedProblems IN (${WORKFLOW_TASK_PROBLEMS.map(quote).join(', ')})`);
    } catch {
      this.reportedProblemsUnavailableUntil = now + REPORTED_PROBLEMS_RETRY_MS;
      return [];
    }
  }

  /** Whether the last find() could use TemporalReportedProblems (for the CLI and tests). */
  get usesReportedProblems(): boolean {
    return this.reportedProblemsUnavailableUntil === 0;
  }
}
