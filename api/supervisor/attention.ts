import { amsterdamDateOf, deadlineInstant } from '../../domain/amsterdam-time';
import { addWerkdagen, werkdagenBetween } from '../../domain/calendar';
import { daysBetween, formatDutchDate, type CivilDate } from '../../domain/civil-date';
import type { AttentionFilter, AttentionFinder, AttentionItem, AttentionReason, CaseListItem } from '../deps';
import { caseQuery, collect, listItemOf, quote, type VisibilityClient } from '../visibility';

/**
 * The supervisor's "needs attention" list, built on visibility queries over search attributes and, for the
 * candidates those queries find, one describe() each for failing activities. Never a query per case.
 *
 * Rules (each its own visibility query on running case workflows):
 *  - termijn-overschreden: DeadlineBreached = true
 *  - termijn-nadert:       NextDeadline before the end of the N-th werkdag from today (Atw calendar)
 *  - wacht-lang-op-schuldeiser: WaitingOn = 'creditor' on a case started more than M days ago
 *    (an approximation: the case carries no "waiting since" attribute yet)
 *  - activiteit-faalt: a pending activity at attempt >= 3 or with a last failure, from describe() of the
 *    candidates found by the rules above (at most `maxDescribe` of them)
 */

export interface AttentionOptions {
  namespace: string;
  temporalUiUrl: string;
  dueWithinWerkdagen: number;
  creditorWaitingDays: number;
  now: () => Date;
  /** Per rule: how many cases a visibility query reads at most. */
  maxPerRule?: number;
  maxDescribe?: number;
  describeConcurrency?: number;
}

const URGENCY = {
  'termijn-overschreden': 1000,
  'activiteit-faalt': 800,
  'termijn-nadert': 500,
  'wacht-lang-op-schuldeiser': 300,
} as const;

/** The deadline day of a NextDeadline instant (the workflow stores the Amsterdam midnight after that day). */
export function deadlineDayOf(instantIso: string): CivilDate {
  return amsterdamDateOf(Date.parse(instantIso) - 1);
}

export function temporalUiLink(temporalUiUrl: string, namespace: string, workflowId: string): string {
  return `${temporalUiUrl.replace(/\/$/, '')}/namespaces/${encodeURIComponent(namespace)}/workflows/${encodeURIComponent(workflowId)}`;
}

interface Candidate {
  item: CaseListItem;
  reasons: AttentionReason[];
  urgency: number;
}

export class TemporalAttentionFinder implements AttentionFinder {
  constructor(
    private readonly client: VisibilityClient,
    private readonly options: AttentionOptions,
  ) {}

  async find(filter: AttentionFilter, today: CivilDate): Promise<AttentionItem[]> {
    const o = this.options;
    const maxPerRule = o.maxPerRule ?? 1000;
    const running = [`ExecutionStatus = 'Running'`];
    const base = { gemeente: filter.gemeente, officerId: filter.officerId, phase: filter.phase };
    const horizon = new Date(deadlineInstant(addWerkdagen(today, o.dueWithinWerkdagen))).toISOString();
    const waitingSince = new Date(o.now().getTime() - o.creditorWaitingDays * 86_400_000).toISOString();

    const [breached, due, silent] = await Promise.all([
      collect(this.client, caseQuery({ ...base, breached: true }, running), maxPerRule),
      collect(
        this.client,
        caseQuery({ ...base, breached: false }, [...running, `NextDeadline <= ${quote(horizon)}`]),
        maxPerRule,
      ),
      collect(
        this.client,
        caseQuery({ ...base, waitingOn: 'creditor' }, [...running, `StartTime < ${quote(waitingSince)}`]),
        maxPerRule,
      ),
    ]);

    const candidates = new Map<string, Candidate>();
    const flag = (item: CaseListItem, reason: AttentionReason, urgency: number) => {
      const c = candidates.get(item.caseId) ?? { item, reasons: [], urgency: 0 };
      if (!c.reasons.some((r) => r.code === reason.code)) c.reasons.push(reason);
      c.urgency = Math.max(c.urgency, urgency);
      candidates.set(item.caseId, c);
    };

    for (const item of breached.map(listItemOf)) {
      const day = item.nextDeadline ? deadlineDayOf(item.nextDeadline) : undefined;
      const late = day ? Math.max(0, daysBetween(day, today)) : 0;
      flag(
        item,
        {
          code: 'termijn-overschreden',
          message: day
            ? `Termijn overschreden: verliep op ${formatDutchDate(day)} (${late} ${late === 1 ? 'dag' : 'dagen'} geleden).`
            : 'Een termijn is overschreden.',
        },
        URGENCY['termijn-overschreden'] + Math.min(late, 199),
      );
    }
    for (const item of due.map(listItemOf)) {
      if (!item.nextDeadline) continue;
      const day = deadlineDayOf(item.nextDeadline);
      const left = day <= today ? 0 : werkdagenBetween(today, day);
      flag(
        item,
        {
          code: 'termijn-nadert',
          message:
            left === 0
              ? `Termijn verloopt vandaag (${formatDutchDate(day)}).`
              : `Termijn verloopt over ${left} ${left === 1 ? 'werkdag' : 'werkdagen'} (${formatDutchDate(day)}).`,
        },
        URGENCY['termijn-nadert'] + Math.max(0, 100 - left * 10),
      );
    }
    for (const item of silent.map(listItemOf)) {
      const days = Math.max(0, Math.floor((o.now().getTime() - Date.parse(item.startedAt)) / 86_400_000));
      flag(
        item,
        {
          code: 'wacht-lang-op-schuldeiser',
          message: `Wacht op een schuldeiser; de zaak loopt al ${days} dagen.`,
        },
        URGENCY['wacht-lang-op-schuldeiser'] + Math.min(days, 199),
      );
    }

    await this.describeCandidates([...candidates.values()], flag);

    return [...candidates.values()]
      .map((c) => ({
        caseId: c.item.caseId,
        caseReference: c.item.caseReference,
        gemeente: c.item.gemeente,
        officerId: c.item.officerId,
        phase: c.item.phase,
        nextDeadline: c.item.nextDeadline,
        waitingOn: c.item.waitingOn,
        // Most urgent reason first; each extra reason adds a little.
        reasons: [...c.reasons].sort((a, b) => URGENCY[b.code] - URGENCY[a.code]),
        urgency: c.urgency + (c.reasons.length - 1),
        temporalUiUrl: temporalUiLink(o.temporalUiUrl, o.namespace, c.item.caseId),
      }))
      .sort((a, b) => b.urgency - a.urgency || a.caseId.localeCompare(b.caseId));
  }

  /** describe() only the candidates, a few at a time; a case that cannot be described is left as it is. */
  private async describeCandidates(
    candidates: Candidate[],
    flag: (item: CaseListItem, reason: AttentionReason, urgency: number) => void,
  ): Promise<void> {
    const queue = candidates.slice(0, this.options.maxDescribe ?? 200);
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const candidate = next;
        try {
          const description = await this.client.workflow.getHandle(candidate.item.caseId).describe();
          for (const activity of description.raw.pendingActivities ?? []) {
            const attempt = activity.attempt ?? 1;
            if (attempt < 3 && !activity.lastFailure) continue;
            const name = activity.activityType?.name ?? 'onbekend';
            flag(
              candidate.item,
              {
                code: 'activiteit-faalt',
                message: `Activiteit ${name} faalt (poging ${attempt}); zie de laatste fout in de Temporal UI.`,
              },
              URGENCY['activiteit-faalt'] + Math.min(attempt, 199),
            );
          }
        } catch {
          // Closed in the meantime, or the server is busy: the visibility reasons still stand.
        }
      }
    };
    await Promise.all(Array.from({ length: this.options.describeConcurrency ?? 8 }, worker));
  }
}
