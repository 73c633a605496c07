import { Context } from '@temporalio/activity';
import type { DeliveryLog } from '../letters/delivery-log';
import type { OutboxEntry } from '../letters/outbox';
import type { NotificationStore } from '../notifications/notification';
import { amsterdamDateOf } from '../../domain/amsterdam-time';
import { compareCivilDates, type CivilDate } from '../../domain/civil-date';
import { sknFetchVerdict } from '../../domain/skn/overdue';
import { sknMessageKindOf } from '../../domain/skn/messages';
import { sknFetchDeadline } from '../../domain/terms';
import { Gemeente, OfficerId } from '../../workflows/case/search-attributes';
import type { SknFetchLog } from './fetch-log';

/**
 * The daily fetch watch (workflows/skn/fetch-watch.ts, run by a Temporal Schedule): every SKN message we made
 * available to a creditor on the SKN-vocabulary API that was not fetched within 5 werkdagen is marked in its
 * delivery log to go out on paper, and the officer and the supervisor get a notification. Idempotent: a message
 * already marked is left alone, notifications are written once per id. No case workflow is touched.
 */

export interface SknFetchWatchDeps {
  creditorLetters(): Promise<OutboxEntry[]>;
  fetchLog: SknFetchLog;
  deliveryLog: DeliveryLog;
  notifications: Pick<NotificationStore, 'add'>;
  /** Whether this creditor reaches this dossier through an SKN credential (others use the portal and paper). */
  covered(creditorId: string, caseReference: string): boolean;
  /** The case's officer and gemeente (search attributes); undefined when the case is unknown. */
  caseOf?(caseId: string): Promise<{ officerId: string; gemeente: string } | undefined>;
  now?: () => Date;
}

export interface SknFetchWatchResult {
  /** SKN messages to covered creditors. */
  messages: number;
  /** Of those, past their fetch term unfetched. */
  overdue: number;
  /** Newly marked for paper in this run. */
  marked: number;
}

/** Through the activity's own Temporal client: the case's search attributes, so a closed case works too. */
async function caseOfFromTemporal(caseId: string) {
  try {
    const description = await Context.current().client.workflow.getHandle(caseId).describe();
    const attributes = description.typedSearchAttributes;
    const officerId = attributes.get(OfficerId);
    const gemeente = attributes.get(Gemeente);
    return officerId && gemeente ? { officerId, gemeente } : undefined;
  } catch {
    return undefined;
  }
}

export function createSknFetchWatchActivities(deps?: SknFetchWatchDeps) {
  async function scanUnfetchedSknMessages(): Promise<SknFetchWatchResult> {
    if (!deps) return { messages: 0, overdue: 0, marked: 0 };
    const now = deps.now?.() ?? new Date();
    const today = amsterdamDateOf(now.getTime());
    const placedOn = (e: OutboxEntry) => amsterdamDateOf(Date.parse(e.placedAt));
    const messages = (await deps.creditorLetters()).filter(
      (e) => sknMessageKindOf(e.kind) && deps.covered(e.recipientKey, e.caseReference),
    );
    // Only a message past its term can be overdue: the fetch log is read for those alone.
    const past = messages.filter((e) => compareCivilDates(today, sknFetchDeadline(placedOn(e)).deadline) > 0);
    const fetched = await deps.fetchLog.firstFetches(past.map((e) => e.letterId));
    const overdue = past.filter((e) => {
      const first = fetched.get(e.letterId);
      const firstFetchedOn = first ? amsterdamDateOf(Date.parse(first.at)) : undefined;
      return sknFetchVerdict({ placedOn: placedOn(e), firstFetchedOn }, today).state === 'niet-opgehaald';
    });
    let marked = 0;
    for (const entry of overdue) {
      if ((await deps.deliveryLog.list(entry.letterId)).some((a) => a.channel === 'paper')) continue;
      await markForPaper(entry, sknFetchDeadline(placedOn(entry)).deadline, now);
      marked += 1;
    }
    return { messages: messages.length, overdue: overdue.length, marked };
  }

  async function markForPaper(entry: OutboxEntry, deadline: CivilDate, now: Date) {
    const caseId = `case-${entry.caseReference}`;
    const found = await (deps!.caseOf ?? caseOfFromTemporal)(caseId);
    const gemeente = found?.gemeente ?? entry.caseReference.slice(0, 6);
    const kind = sknMessageKindOf(entry.kind)!;
    const message =
      `${kind.type} aan schuldeiser ${entry.recipientKey} is niet binnen 5 werkdagen opgehaald bij het ` +
      `Schuldenknooppunt (uiterlijk ${deadline}): stuur brief ${entry.letterId} per post.`;
    const base = {
      caseId,
      gemeente,
      officerId: found?.officerId ?? '',
      message,
      deadline,
      createdAt: now.toISOString(),
    };
    // Notifications first: a crash before the mark below repeats them under the same ids (written once).
    await deps!.notifications.add({
      ...base,
      id: `${caseId}/skn/${entry.letterId}/niet-opgehaald`,
      audience: 'officer',
      kind: 'officer-task',
    });
    await deps!.notifications.add({
      ...base,
      id: `${caseId}/skn/${entry.letterId}/niet-opgehaald/toezicht`,
      audience: 'supervisor',
      kind: 'deadline-breached',
    });
    await deps!.deliveryLog.record({
      letterId: entry.letterId,
      attempt: 1,
      channel: 'paper',
      outcome: 'queued',
      at: now.toISOString(),
      detail: `niet opgehaald bij het Schuldenknooppunt binnen 5 werkdagen (uiterlijk ${deadline}): per post versturen`,
    });
  }

  return { scanUnfetchedSknMessages };
}

export type SknFetchWatchActivities = ReturnType<typeof createSknFetchWatchActivities>;
