import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startCluster, type Cluster } from '../../scripts/lib/cluster/cluster';
import { Api, LETTERS_PER_CASE, startBurst } from './burst';
import { outboxEntries, retriedLetters, storeIndex, tally } from './letters';
import { startSmtp, type SmtpServer } from './smtp';
import { checkTemporalUi } from './ui';

/**
 * Fault tests on the production cluster (scripts/start --cluster's topology: PostgreSQL, Temporal server 1.29.1,
 * two workers, two API instances), a CI job run by scripts/test after jest: `npx tsx tests/fault/main.ts`.
 * Each fault hits a burst of 10 cases × 21 letters; after it every letter must be in the store and the outbox exactly
 * once per case, recipient and kind, no e-mail sent twice (a real SMTP server on loopback counts them), and every
 * case's status and timeline complete. Prints the figures; bounded in time (FAULT_TIMEOUT_S, default 1500 s).
 */

const CASES = Number(process.env.FAULT_CASES ?? 10);
const TIMEOUT_S = Number(process.env.FAULT_TIMEOUT_S ?? 1500);
const SETTLE_MS = 240_000;

interface Figures {
  name: string;
  letters: number;
  expected: number;
  lost: number;
  duplicatesStore: number;
  duplicatesOutbox: number;
  emailsTwice: number;
  emails: number;
  timelinesComplete: number;
  /** From the fault to the first letter placed after it. */
  recoveryS?: number;
  /** From the fault until every letter of the burst was there. */
  allS: number;
  /** Letters whose activity ran again (it was cut off by the fault): when the first retry ran, when the last was out. */
  retried: number;
  resumedS?: number;
  retriedDoneS?: number;
  ok: boolean;
  note: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const today = new Date().toISOString().slice(0, 10);

async function waitUntil(what: string, check: () => boolean | Promise<boolean>, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${ms / 1000} s: ${what}`);
    await sleep(250);
  }
}

async function scenario(
  name: string,
  cluster: Cluster,
  api: Api,
  smtp: SmtpServer,
  fault: () => Promise<string>,
): Promise<Figures> {
  const tag = name.replace(/\W+/g, '-').toUpperCase();
  const numbers = Array.from({ length: CASES }, (_, i) => `F-${tag}-${i + 1}`);
  const refs = new Set(numbers.map((n) => `GM0599-${n}`));
  const placed = () => tally(outboxEntries(cluster.appDataDir), refs);
  const count = () => [...placed().counts.values()].reduce((a, b) => a + b, 0);
  const expected = CASES * LETTERS_PER_CASE;
  console.log(`\n== ${name}: ${CASES} cases × ${LETTERS_PER_CASE} letters`);
  const burst = startBurst(api, numbers, today);
  // The fault strikes mid-burst: once some letters are out, well before all of them.
  await waitUntil('the first letters of the burst', () => count() >= Math.min(20, expected / 4), SETTLE_MS);
  const before = count();
  const faultAt = Date.now();
  const note = await fault();
  console.log(`   fault at ${before}/${expected} letters: ${note}`);
  let firstAfter: number | undefined;
  const firstWatch = (async () => {
    while (firstAfter === undefined && Date.now() - faultAt < SETTLE_MS) {
      const newer = outboxEntries(cluster.appDataDir).filter((e) => refs.has(e.caseReference) && Date.parse(e.placedAt ?? '') > faultAt);
      if (newer.length) firstAfter = Math.min(...newer.map((e) => Date.parse(e.placedAt!)));
      else await sleep(200);
    }
  })();
  const caseIds = await burst;
  await waitUntil(`all ${expected} letters`, () => count() >= expected, SETTLE_MS).catch((e: Error) => console.log(`   ${e.message}`));
  await firstWatch;
  const allS = (Date.now() - faultAt) / 1000;
  await sleep(3000); // a late duplicate would show now

  const out = placed();
  const store = tally(storeIndex(cluster.appDataDir), refs);
  const letterIds = new Set(outboxEntries(cluster.appDataDir).filter((e) => refs.has(e.caseReference)).map((e) => e.letterId));
  const mails = [...smtp.messageIds()].filter(([id]) => [...letterIds].some((l) => id.startsWith(`<${l}@`)));
  // Complete: the status lists all 21 letters once, and the timeline has the gesprek, the toelating and every
  // creditor letter once (the tracks report theirs to the case by signal: give them a minute).
  const isComplete = async (caseId: string) => {
    const status = (await api.call('GET', `/cases/${caseId}`)) as { letters: { kind: string; recipient: string }[] };
    const timeline = (await api.call('GET', `/cases/${caseId}/timeline`)) as { action: string; detail?: string }[];
    const unique = new Set(status.letters.map((l) => `${l.kind}/${l.recipient}`));
    const sent = timeline.filter((e) => / verstuurd$/.test(e.action)).map((e) => e.detail);
    const has = (action: string) => timeline.filter((e) => e.action === action).length === 1;
    return (
      status.letters.length === LETTERS_PER_CASE &&
      unique.size === LETTERS_PER_CASE &&
      has('eerste gesprek gehouden') &&
      has('beschikking: toelating') &&
      sent.length === LETTERS_PER_CASE - 1 &&
      new Set(sent).size === sent.length
    );
  };
  let complete = 0;
  const deadline = Date.now() + 60_000;
  for (const caseId of caseIds) {
    while (!(await isComplete(caseId)) && Date.now() < deadline) await sleep(1000);
    if (await isComplete(caseId)) complete += 1;
  }
  const letters = out.counts.size;
  const entries = outboxEntries(cluster.appDataDir).filter((e) => refs.has(e.caseReference));
  const retried = retriedLetters(cluster.appDataDir, letterIds, faultAt);
  const retriedAt = entries.filter((e) => retried.has(e.letterId)).map((e) => Date.parse(e.placedAt ?? ''));
  const f: Figures = {
    name,
    letters,
    expected,
    lost: expected - Math.min(letters, store.counts.size),
    duplicatesStore: store.duplicates.length,
    duplicatesOutbox: out.duplicates.length,
    emailsTwice: mails.filter(([, n]) => n > 1).length,
    emails: mails.length,
    timelinesComplete: complete,
    recoveryS: firstAfter === undefined ? undefined : (firstAfter - faultAt) / 1000,
    allS,
    retried: retried.size,
    resumedS: retried.size ? (Math.min(...retried.values()) - faultAt) / 1000 : undefined,
    retriedDoneS: retriedAt.length ? (Math.max(...retriedAt) - faultAt) / 1000 : undefined,
    ok: false,
    note,
  };
  f.ok = f.lost === 0 && f.duplicatesStore === 0 && f.duplicatesOutbox === 0 && f.emailsTwice === 0 && f.emails === expected && complete === CASES;
  console.log(
    `   letters ${letters}/${expected} (store ${store.counts.size}), lost ${f.lost}, duplicates store ${f.duplicatesStore} outbox ${f.duplicatesOutbox}, ` +
      `e-mails ${f.emails} (${f.emailsTwice} sent twice), timelines complete ${complete}/${CASES}, ` +
      `fault → first new letter ${f.recoveryS?.toFixed(1) ?? 'none'} s, fault → all letters ${allS.toFixed(1)} s, ` +
      `letters retried after the fault ${f.retried}` +
      (f.retriedDoneS === undefined ? '' : ` (first retry ${f.resumedS!.toFixed(1)} s, last out ${f.retriedDoneS.toFixed(1)} s after it)`) +
      `: ${f.ok ? 'PASS' : 'FAIL'}`,
  );
  return f;
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schuldhulp-fault-'));
  fs.chmodSync(dir, 0o755); // PostgreSQL runs as the postgres user and must reach its data folder in here
  const t0 = Date.now();
  const state: { stopCluster?: () => Promise<void> } = {};
  const timer = setTimeout(() => {
    console.error(`fault tests: over ${TIMEOUT_S} s, stopping`);
    console.log('fault: 0 passed, 1 failed');
    // Leave nothing running: the cluster's processes, PostgreSQL last, within half a minute.
    void Promise.race([state.stopCluster?.(), sleep(30_000)]).finally(() => process.exit(1));
  }, TIMEOUT_S * 1000);
  const smtp = await startSmtp(dir);
  const log = fs.openSync(path.join(dir, 'cluster.log'), 'a');
  const cluster = await startCluster({
    dir,
    freePorts: true,
    env: { SCHULDHULP_SMTP_URL: smtp.url, SCHULDHULP_MAIL_FROM: 'schuldhulp@gemeente.example' },
    write: (line) => fs.writeSync(log, line),
    say: (m) => (m.startsWith('[supervisor]') ? console.log(`   ${m}`) : fs.writeSync(log, `${m}\n`)),
  });
  state.stopCluster = async () => {
    await cluster.stop();
    await smtp.stop();
  };
  console.log(`cluster up in ${((Date.now() - t0) / 1000).toFixed(1)} s (logs in ${dir})`);
  const api = new Api(cluster.apiUrls, cluster.appDataDir);
  await waitUntil('both API instances', async () => {
    for (const u of cluster.apiUrls) if (!(await fetch(`${u}/api/v1/openapi.json`).then((r) => r.ok, () => false))) return false;
    return true;
  }, 120_000);
  const results: Figures[] = [];
  const run = async (name: string, fault: () => Promise<string>) => {
    try {
      results.push(await scenario(name, cluster, api, smtp, fault));
    } catch (error) {
      console.log(`   ${name}: ${String(error)}`);
      results.push({ name, ok: false, note: String(error) } as Figures);
    }
  };
  try {
    await run('worker crash', async () => {
      const victim = cluster.workers[0]!;
      victim.current().kill('SIGKILL');
      return `kill -9 of ${victim.name} (pid ${victim.current().pid}); ${cluster.workers[1]!.name} carries on, ${victim.name} restarts`;
    });
    await run('server crash', async () => {
      cluster.killServer();
      await sleep(2000);
      await cluster.startServer();
      return 'kill -9 of the Temporal server, started again after 2 s';
    });
    await run('database restart', async () => {
      const s = Date.now();
      cluster.postgres.restart();
      return `PostgreSQL restarted (pg_ctl restart -m fast, ${((Date.now() - s) / 1000).toFixed(1)} s)`;
    });
    await run('rolling deploy', async () => {
      for (const w of cluster.workers) {
        await w.restart();
        await sleep(8000); // the new process bundles its workflows and polls again
      }
      return 'both workers restarted one after the other (SIGINT, graceful), 8 s apart';
    });
    console.log('\n== Temporal Web UI of the cluster');
    const ui = await checkTemporalUi(cluster, 'case-GM0599-F-ROLLING-DEPLOY-1').catch((error: Error) => ({
      ok: false,
      lines: [`FAIL ${error.message}`],
    }));
    for (const line of ui.lines) console.log(`   ${line}`);
    results.push({ name: 'Temporal Web UI', ok: ui.ok } as Figures);
  } finally {
    clearTimeout(timer);
    await cluster.stop();
    await smtp.stop();
  }
  const passed = results.filter((r) => r.ok).length;
  // Recovery from a worker crash: the letters whose activity died with the worker run again (the other worker's
  // letters never stopped). Target: their retry within 30 s of the kill. When each is out after that depends on the
  // rest of the burst sharing the machine's two cores, so that is printed beside it, as is the whole burst.
  const worker = results.find((r) => r.name === 'worker crash');
  const recovery = worker?.resumedS ?? worker?.recoveryS;
  const fastEnough = recovery !== undefined && recovery < 30;
  console.log(
    `\nworker crash: ${worker?.retried ?? 0} letters cut off by the kill, retried from ${recovery?.toFixed(1) ?? '-'} s after it ` +
      `(target < 30 s): ${fastEnough ? 'met' : 'NOT met'}; the last of them out after ${worker?.retriedDoneS?.toFixed(1) ?? '-'} s, ` +
      `the first letter after the kill (other worker) after ${worker?.recoveryS?.toFixed(1) ?? '-'} s, the whole burst after ${worker?.allS?.toFixed(1) ?? '-'} s`,
  );
  console.log(`fault tests took ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  // Speed targets are figures, not failures (team standard: timing targets live in bench/): the test fails on a lost,
  // duplicated or incomplete letter, e-mail or timeline.
  const failed = results.length - passed;
  console.log(`fault: ${passed} passed, ${failed} failed`);
  if (failed === 0) fs.rmSync(dir, { recursive: true, force: true });
  process.exit(failed === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
