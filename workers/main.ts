import { DefaultLogger, Runtime } from '@temporalio/worker';
import { createTransport } from 'nodemailer';
import { createActivities, loadGemeenten } from '../activities';
import { resolveAccessCodeSecret } from '../platform/access-code-secret';
import { loadConfig } from '../platform/config';
import { resolveKeyRing } from '../platform/encryption/dev-key';
import { createClient, createNativeConnection, dataConverter } from '../platform/temporal';
import { temporalMarks } from './attention/marker-client';
import { watchWorkflowTaskFailures } from './attention/workflow-task-watch';
import { createCaseWorker } from './case-worker';
import { configuredReportingStore } from '../activities/reporting/open-store';
import { configuredSknFetchLog } from '../activities/skn/open-fetch-log';
import { sknCoverage } from '../api/skn/credentials';
import { sknCredentialEntries } from '../api/skn/wiring';
import { ensureSknFetchWatchSchedule } from '../services/skn-fetch-watch';

/** Worker process: `npm run worker`, one per container in production (scale with --scale worker=N). */
async function main(): Promise<void> {
  const config = loadConfig();
  Runtime.install({ logger: new DefaultLogger(config.logLevel.worker.toUpperCase() as 'INFO') });
  const connection = await createNativeConnection(config);
  const keyRing = resolveKeyRing(config);
  // Marks failing case workflows in visibility for the supervisor view (workers/attention/).
  const client = await createClient(config, keyRing);
  const marks = temporalMarks(client, config.temporal.taskQueue);
  const failingAttempts = config.api.attention.workflowTaskAttempts;
  // The SKN fetch watch: the API's fetch log, and which creditors have an SKN credential.
  const sknFetchLog = configuredSknFetchLog(config);
  const sknCovered = sknCoverage(sknCredentialEntries(config, (m) => console.log(m)).entries);
  const worker = await createCaseWorker({
    connection,
    namespace: config.temporal.namespace,
    taskQueue: config.temporal.taskQueue,
    activities: createActivities({
      dataDir: config.dataDir,
      accessCodeSecret: resolveAccessCodeSecret(config),
      keyRing,
      portalUrl: config.letters.portalUrl,
      gemeenten: loadGemeenten(config.letters.gemeentenFile, config.letters.portalUrl),
      mailer: config.letters.smtpUrl
        ? { transport: createTransport(config.letters.smtpUrl), from: config.letters.mailFrom }
        : undefined,
      reporting: { store: configuredReportingStore(config, keyRing), keyRing },
      skn: { fetchLog: sknFetchLog, covered: sknCovered },
    }),
    dataConverter: dataConverter(keyRing),
    maxCachedWorkflows: config.worker.maxCachedWorkflows,
    // Within the 15 s scripts/start and compose (stop_grace_period) give a stopping worker before SIGKILL.
    shutdownGraceTime: '10s',
    attention: { marks, failingAttempts },
  });
  watchWorkflowTaskFailures({ worker, client, marks, failingAttempts });
  // The daily SKN fetch watch; a server without schedules must not keep the worker from running cases.
  await ensureSknFetchWatchSchedule(client, config.temporal.taskQueue).catch((error: unknown) =>
    console.error(`SKN fetch-watch schedule not created: ${error instanceof Error ? error.message : String(error)}`),
  );
  console.log(`worker polling task queue ${config.temporal.taskQueue} in namespace ${config.temporal.namespace}`);
  // Worker.run() shuts down gracefully on SIGINT/SIGTERM (the SDK runtime's shutdown signals).
  await worker.run();
  await sknFetchLog.close();
  await client.connection.close();
  await connection.close();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
