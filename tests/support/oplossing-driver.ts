import type { WorkflowHandle } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { amsterdamDateOf, startOfDayInstant } from '../../domain/amsterdam-time';
import type { CivilDate } from '../../domain/civil-date';
import { resolvePolicy, type PolicyOverrides } from '../../domain/policy';
import type { Creditor } from '../../domain/records';
import type { OplossingAction } from '../../workflows/oplossing/actions';
import { oplossingIdOf, type OplossingCreditor, type OplossingInput } from '../../workflows/oplossing/input';
import {
  oplossingActionUpdates,
  oplossingRunsQuery,
  oplossingStatusQuery,
  oplossingTimelineQuery,
} from '../../workflows/oplossing/messages';
import type { OplossingStatus } from '../../workflows/oplossing/state';
import { exampleAanmelding } from './aanmelding';
import { timeSkippingWorld, type Harness } from './time-skipping';

/** Drives an oplossing workflow directly, with a hand-built input (no case behind it: the case signal fails softly). */

export const HOUR = 3_600_000;

export interface CreditorSpec {
  id: string;
  type?: Creditor['type'];
  claim: number;
  preferent?: boolean;
  /** Only this part of the claim is preferent (Fw art. 349 lid 2–3). */
  preferentCents?: number;
  voorafAkkoord?: boolean;
  voorafAkkoordOn?: CivilDate;
  /** The creditor record's own answer (absent: by type). */
  grantsFinaleKwijting?: boolean;
}

export class OplossingDriver {
  private counter = 0;
  constructor(
    readonly env: TestWorkflowEnvironment,
    readonly h: Harness,
    private readonly prefix: string,
  ) {}

  async today(): Promise<CivilDate> {
    return amsterdamDateOf(await this.env.currentTimeMs());
  }

  async start(specs: CreditorSpec[], policy: PolicyOverrides = {}): Promise<OplossingRef> {
    const aanmelding = exampleAanmelding();
    const template = aanmelding.creditors[1]!;
    const caseReference = `GM0599-${this.prefix}-${++this.counter}`;
    const caseId = `case-${caseReference}`;
    const creditors: OplossingCreditor[] = specs.map((s) => ({
      creditor: {
        ...template,
        id: s.id,
        name: `Schuldeiser ${s.id}`,
        type: s.type ?? 'overig',
        ...(s.grantsFinaleKwijting !== undefined ? { grantsFinaleKwijting: s.grantsFinaleKwijting } : {}),
      },
      claimAmount: s.claim,
      preferent: s.preferent ?? (s.preferentCents ?? 0) > 0,
      ...(s.preferentCents !== undefined ? { preferentCents: s.preferentCents } : {}),
      voorafAkkoord: s.voorafAkkoord ?? false,
      ...(s.voorafAkkoordOn ? { voorafAkkoordOn: s.voorafAkkoordOn } : {}),
      geenMedewerking: false,
      reference: `REF-${s.id}`,
    }));
    const input: OplossingInput = {
      caseId,
      caseReference,
      gemeente: 'GM0599',
      officerId: 'medewerker-001',
      resident: aanmelding.resident,
      creditors,
      policy: resolvePolicy(policy),
      startedOn: await this.today(),
    };
    const id = oplossingIdOf(caseId);
    await this.env.client.workflow.start('oplossingWorkflow', {
      args: [input],
      taskQueue: this.h.taskQueue,
      workflowId: id,
    });
    return new OplossingRef(this, id, caseId);
  }
}

export class OplossingRef {
  constructor(
    private readonly driver: OplossingDriver,
    readonly id: string,
    readonly caseId: string,
  ) {}

  get handle(): WorkflowHandle {
    return this.driver.env.client.workflow.getHandle(this.id);
  }

  /**
   * A query, retried: on the Java test server a query that arrives while the run continues as new can be lost
   * and never answered, so each try gets a few seconds.
   */
  private async query<T>(run: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await Promise.race([
          run(),
          new Promise<never>((_, reject) => setTimeout(() => reject(new Error('query timed out')), 3000)),
        ]);
      } catch (error) {
        if (attempt >= 6) throw error;
      }
    }
  }

  /** Today in the test server's time (Amsterdam). */
  driverToday(): Promise<CivilDate> {
    return this.driver.today();
  }

  status(): Promise<OplossingStatus> {
    return this.query(() => this.handle.query(oplossingStatusQuery));
  }

  async actions(): Promise<string[]> {
    return (await this.query(() => this.handle.query(oplossingTimelineQuery))).map((e) => e.action);
  }

  runs() {
    return this.query(() => this.handle.query(oplossingRunsQuery));
  }

  /** An update as the front doors send it; officer actions get the officer id. */
  act(action: OplossingAction, body: Record<string, unknown> = {}): Promise<OplossingStatus> {
    return this.handle.executeUpdate(oplossingActionUpdates[action] as never, {
      args: [body] as never,
    }) as Promise<OplossingStatus>;
  }

  officer(action: OplossingAction, body: Record<string, unknown> = {}): Promise<OplossingStatus> {
    return this.act(action, { officerId: 'medewerker-001', ...body });
  }

  async letters(kind?: string) {
    const all = (await this.status()).letters;
    return kind ? all.filter((l) => l.kind === kind) : all;
  }

  /** Skips test-server time to midday of `date`. */
  async sleepTo(date: CivilDate): Promise<void> {
    const target = startOfDayInstant(date) + 12 * HOUR;
    const now = await this.driver.env.currentTimeMs();
    if (target > now) await this.driver.env.sleep(target - now);
  }

  /** Polls (a second of test-server time per try) until the check passes. */
  async until<T>(probe: () => Promise<T | undefined | false>, what: string, timeoutMs = 30_000): Promise<T> {
    let lastError: unknown;
    for (const end = Date.now() + timeoutMs; Date.now() < end;) {
      try {
        const value = await probe();
        if (value) return value;
      } catch (error) {
        lastError = error;
      }
      await this.driver.env.sleep(1000);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`not reached: ${what}${lastError ? ` (last error: ${String(lastError)})` : ''}`);
  }

  /** Pays every instalment on its due date until the looptijd is paid in full (or `count` instalments). */
  async payInstalments(count = Infinity): Promise<void> {
    for (let paid = 0; paid < count; paid++) {
      const s = await this.status();
      const next = s.nextDuePayment;
      if (!next) return;
      await this.sleepTo(next.dueDate);
      await this.officer('betaling', { date: next.dueDate, amount: next.amountCents });
    }
  }

  /** History length of every run: earlier runs (recorded at continue-as-new) and the current one. */
  async eventCounts(): Promise<number[]> {
    const runs = await this.runs();
    const history = await this.handle.fetchHistory();
    return [...runs.earlierRuns, history.events?.length ?? 0];
  }
}

/** The set-up of an oplossing test file (see timeSkippingWorld). */
export function oplossingWorld(prefix: string) {
  return timeSkippingWorld((env, h) => ({ op: new OplossingDriver(env, h, prefix) }));
}

export const byKind = (letters: { kind: string; recipient: string }[], kind: string) =>
  letters
    .filter((l) => l.kind === kind)
    .map((l) => l.recipient)
    .sort();
