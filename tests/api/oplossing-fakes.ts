import { WorkflowNotFoundError, WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import type { CivilDate } from '../../domain/civil-date';
import { OplossingService } from '../../services/oplossing';
import type { TimelineEntry } from '../../workflows/case/types';
import { oplossingIdOf } from '../../workflows/oplossing/input';
import type { CreditorOffer, OplossingStatus } from '../../workflows/oplossing/state';

/**
 * The real OplossingService over a fake Temporal client: role check and zod parsing are the service's own;
 * the fake workflow keeps statuses in memory, applies a few updates and can refuse the next one (as an update
 * validator would, with a Dutch reason).
 */

const d = (s: string) => s as CivilDate;

export class FakeOplossingWorkflows {
  readonly statuses = new Map<string, OplossingStatus>();
  readonly updates: { caseId: string; name: string; input: Record<string, unknown> }[] = [];
  rejectNext?: string;

  service(): OplossingService {
    return new OplossingService(this.client() as unknown as Client);
  }

  private client() {
    return {
      workflow: {
        getHandle: (workflowId: string) => ({
          query: async (def: { name: string }) => this.find(workflowId, def.name),
          executeUpdate: async (def: { name: string }, { args }: { args: unknown[] }) =>
            this.update(workflowId, def.name, args[0] as Record<string, unknown>),
        }),
      },
    };
  }

  private statusOf(workflowId: string): OplossingStatus {
    const status = [...this.statuses.values()].find((s) => s.oplossingId === workflowId);
    if (!status) throw new WorkflowNotFoundError('workflow not found', workflowId, undefined);
    return status;
  }

  private find(workflowId: string, query: string): OplossingStatus | TimelineEntry[] {
    const status = this.statusOf(workflowId);
    if (query === 'oplossingTimeline')
      return [{ at: '2026-11-30T10:00:00.000Z', by: 'system', action: 'oplossing begonnen' }];
    return status;
  }

  private update(workflowId: string, name: string, input: Record<string, unknown>): OplossingStatus {
    const status = this.statusOf(workflowId);
    this.updates.push({ caseId: status.caseId, name, input });
    if (this.rejectNext) {
      const reason = this.rejectNext;
      this.rejectNext = undefined;
      throw new WorkflowUpdateFailedError('Workflow Update failed', new Error(reason));
    }
    const offer = status.creditors.find((c) => c.creditorId === input.creditorId);
    if (name === 'voorstel-akkoord' && offer) offer.stage = 'akkoord';
    if (name === 'voorstel-afwijzing' && offer) {
      offer.stage = 'heroverweging';
      offer.rejections.push({ on: d('2026-12-01'), reason: String(input.reason) });
    }
    if (name === 'finale-kwijting' && offer?.kwijting) offer.kwijting.grantedOn = input.date as CivilDate;
    if (name === 'borgstelling-besluit' && status.borgstelling) {
      Object.assign(status.borgstelling, { decidedOn: input.date, granted: input.granted, by: input.by });
    }
    if (name === 'oplossing-start') status.phase = 'betaalvoorstel';
    return status;
  }
}

export function offerOf(creditorId: string, over: Partial<CreditorOffer> = {}): CreditorOffer {
  return {
    creditorId,
    name: `Schuldeiser ${creditorId}`,
    type: 'overig',
    claimCents: 300_000,
    preferent: false,
    voorafAkkoord: false,
    geenMedewerking: false,
    offerCents: 120_000,
    percentageBasisPoints: 4000,
    stage: 'voorgesteld',
    proposalSentOn: d('2026-11-30'),
    answerDeadline: d('2026-12-14'),
    rejections: [],
    paidCents: 0,
    grantsFinaleKwijting: true,
    ...over,
  };
}

/** An oplossing in the betaalvoorstel phase with two creditors (belastingdienst preferent). */
export function oplossingOf(
  caseId: string,
  gemeente: string,
  over: Partial<OplossingStatus> = {},
): OplossingStatus {
  return {
    caseId,
    oplossingId: oplossingIdOf(caseId),
    caseReference: caseId.replace(/^case-/, ''),
    gemeente,
    officerId: 'medewerker-001',
    phase: 'betaalvoorstel',
    waitingOn: 'creditor',
    startedOn: d('2026-11-20'),
    form: 'saneringskrediet',
    kredietbank: 'Kredietbank Rijnmond',
    waarborgfonds: true,
    afloscapaciteitPerMonth: 15_000,
    vtlbBasis: 'VTLB-berekening november 2026',
    proposal: {
      kind: 'gedeeltelijk',
      availableCents: 270_000,
      totalClaimsCents: 700_000,
      totalOfferedCents: 270_000,
      concurrentPercentage: 30,
      preferentPercentage: 60,
      months: 18,
    },
    deadlines: [
      {
        kind: 'schuldregeling',
        deadline: d('2027-03-22'),
        source: 'NVVK module Schuldregeling',
        state: 'open',
      },
    ],
    creditors: [
      offerOf('belastingdienst', {
        type: 'belastingdienst',
        preferent: true,
        claimCents: 400_000,
        offerCents: 150_000,
      }),
      offerOf('eneco', { claimCents: 300_000, offerCents: 120_000 }),
    ],
    answersOutstanding: 2,
    arrearsCents: 0,
    reviewsDone: 0,
    nazorgDone: 0,
    letters: [],
    ...over,
  };
}

/** Puts an oplossing in the borgstelling phase: a loan of € 6.400 waiting for the fund's decision. */
export function awaitBorgstelling(status: OplossingStatus): void {
  status.phase = 'borgstelling';
  status.borgstelling = {
    requestedOn: '2026-11-28' as never,
    loanCents: 640_000,
    premiumCents: 6_400,
    automatic: false,
    decisionBefore: '2026-12-12' as never,
  };
}
