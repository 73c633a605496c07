import * as fs from 'node:fs';
import * as path from 'node:path';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { historyToFile } from '../support/history-file';
import { allRuns } from '../support/lifecycle';
import { createHarness, createTimeSkippingEnv, type Harness } from '../support/time-skipping';

/**
 * The frame of every history recorder in this folder: `npx tsx tests/histories/<script>.ts v<N>` records into
 * `v<N>-<name>.json` files beside the old ones and never replaces one (old histories are what running cases
 * look like). Each scenario runs on a fresh Java time-skipping server with a worker.
 */
export interface Recording {
  version: string;
  /** A fresh time-skipping server and worker for `scenario`, torn down after it. */
  onServer(scenario: (env: TestWorkflowEnvironment, h: Harness) => Promise<void>): Promise<void>;
  /** Writes the first run of `workflowId` as `v<N>-<name>.json`. */
  saveFirstRun(env: TestWorkflowEnvironment, workflowId: string, name: string): Promise<void>;
  /** Writes every run of `workflowId` as `v<N>-<name>-run-<i>.json`. */
  saveRuns(env: TestWorkflowEnvironment, workflowId: string, name: string): Promise<void>;
}

export function recordHistories(script: string, record: (r: Recording) => Promise<void>): void {
  const version = process.argv[2];
  const write = (name: string, workflowId: string, history: Parameters<typeof historyToFile>[1]) => {
    const file = path.join(__dirname, `${version}-${name}.json`);
    if (fs.existsSync(file)) throw new Error(`${file} exists: recorded histories are never replaced`);
    fs.writeFileSync(file, historyToFile(workflowId, history));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  };
  const recording: Recording = {
    version: version ?? '',
    async onServer(scenario) {
      const env = await createTimeSkippingEnv();
      const h = await createHarness(env);
      try {
        await scenario(env, h);
      } finally {
        await h.stop();
        await env.teardown();
      }
    },
    async saveFirstRun(env, workflowId, name) {
      const [first] = await allRuns(env, workflowId);
      write(name, first!.workflowId, first!.history);
    },
    async saveRuns(env, workflowId, name) {
      (await allRuns(env, workflowId)).forEach((run, i) =>
        write(`${name}-run-${i + 1}`, run.workflowId, run.history),
      );
    },
  };
  const main = async () => {
    if (!version || !/^v\d+$/.test(version))
      throw new Error(`usage: npx tsx tests/histories/${script}.ts v<N>`);
    await record(recording);
  };
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
