import type { WorkflowHandle } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { amsterdamDateOf } from '../../domain/amsterdam-time';
import type { CivilDate } from '../../domain/civil-date';
import type { AanmeldingInput } from '../../domain/records';
import { CaseService } from '../../services/cases';
import type { CaseAction } from '../../workflows/case/actions';
import { creditorTrackIdOf } from '../../workflows/case/ids';
import { caseStatusQuery, timelineQuery, type CaseStatus } from '../../workflows/case/messages';
import { creditorTrackStatusQuery } from '../../workflows/creditor-track/messages';
import { exampleAanmelding, exampleAanmeldingInput } from './aanmelding';
import { timeSkippingWorld, type Harness } from './time-skipping';

/** Drives cases the way an officer and creditors do: through the CaseService the API and CLI use. */
export class CaseDriver {
  readonly service: CaseService;
  private counter = 0;

  constructor(
    readonly env: TestWorkflowEnvironment,
    readonly h: Harness,
    private readonly prefix: string,
  ) {
    this.service = new CaseService(env.client, h.taskQueue, () => env.currentTimeMs());
  }

  async today(): Promise<CivilDate> {
    return amsterdamDateOf(await this.env.currentTimeMs());
  }

  /** Starts a case on today's date (test-server time) with the example aanmelding, or overrides. */
  async start(overrides: Partial<AanmeldingInput> = {}): Promise<CaseRef> {
    const caseNumber = `${this.prefix}-${++this.counter}`;
    const aanmelding = exampleAanmelding({ requestDate: await this.today(), ...overrides });
    const { caseId } = await this.service.start(caseNumber, aanmelding);
    return new CaseRef(this, caseId);
  }

  /** N creditors like the example's first one, with distinct ids. */
  static creditors(n: number): Pick<AanmeldingInput, 'creditors' | 'claims'> {
    const template = exampleAanmeldingInput().creditors![1]!;
    const creditors = Array.from({ length: n }, (_, i) => ({
      ...template,
      id: `sch-${i + 1}`,
      name: `Schuldeiser ${i + 1}`,
    }));
    return {
      creditors,
      claims: creditors.map((c, i) => ({
        creditorId: c.id,
        amount: 10_000 * (i + 1),
        reference: `REF-${i + 1}`,
      })),
    };
  }
}

export class CaseRef {
  constructor(
    private readonly driver: CaseDriver,
    readonly caseId: string,
  ) {}

  get handle(): WorkflowHandle {
    return this.driver.env.client.workflow.getHandle(this.caseId);
  }

  status(): Promise<CaseStatus> {
    return this.handle.query(caseStatusQuery);
  }

  async actions(): Promise<string[]> {
    return (await this.handle.query(timelineQuery)).map((e) => e.action);
  }

  act(
    action: CaseAction,
    body: Record<string, unknown> = {},
    officerId = 'medewerker-001',
  ): Promise<CaseStatus> {
    return this.driver.service.act(this.caseId, action, officerId, body);
  }

  track(creditorId: string) {
    return this.driver.env.client.workflow
      .getHandle(creditorTrackIdOf(this.caseId, creditorId))
      .query(creditorTrackStatusQuery);
  }

  /** Eerste gesprek today, then toelating today: the case enters stabilisatie. */
  async admit(): Promise<void> {
    const today = await this.driver.today();
    await this.act('eerste-gesprek', { date: today });
    await this.act('beschikking-toelating', { date: today, plan: examplePlan });
  }

  /**
   * Polls for up to 30 s of real time, letting a second of test-server time pass per try, until the check passes. A track that has not started
   * yet counts as "not yet", like any other error, which is reported if the check never passes.
   */
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
      await new Promise((resolve) => setTimeout(resolve, 50)); // let activities (letters) finish in real time
    }
    throw new Error(`not reached: ${what}${lastError ? ` (last error: ${String(lastError)})` : ''}`);
  }
}

export const examplePlan = {
  goal: 'Stabiele financiën en een schuldregeling binnen 120 dagen',
  residentActions: ['Alle post over geldzaken meenemen naar de afspraak'],
  gemeenteActions: ['Betalingspauze vragen aan alle schuldeisers'],
};

export const DAY = 86_400_000;

/** The set-up of a case workflow test file (see timeSkippingWorld). */
export function caseWorld(prefix: string) {
  return timeSkippingWorld((env, h) => ({ cases: new CaseDriver(env, h, prefix) }));
}
