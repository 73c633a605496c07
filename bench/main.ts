import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { benchLetters, formatLetterBench } from './letters';
import { benchLifecycle, DEFAULT_CASES, formatLifecycle, formatLifecycleDetails } from './lifecycle';
import { benchMemory, formatMemory } from './memory';
import { createBenchEnv } from './support/environment';
import { benchSupervisor } from './supervisor';
import { formatSupervisor, formatSupervisorDetails } from './supervisor-report';
import { benchThroughput, formatThroughput } from './throughput';

/**
 * `npm run bench`: every benchmark beside its baseline in the same run, a table on stdout and bench/RESULTS.md.
 * Options: --cases N (throughput, default 200), --lifecycle N (cases through the whole lifecycle, default 100),
 * --worlds W (time-skipping servers for the lifecycle, default 2),
 * --parked N (memory, default 2000; 10000 for the target), --supervisor K (cases behind the supervisor view,
 * default 1000; --supervisor-on dev,cluster: on which servers, default both; --supervisor-workers N, default 2 on the
 * cluster and 1 on the dev server as scripts/start; --supervisor-cache N, each worker's workflow cache, default production's), --only letters|throughput|lifecycle|memory|supervisor, --skip name[,name] (the rest still writes RESULTS.md).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      cases: { type: 'string' },
      lifecycle: { type: 'string' },
      worlds: { type: 'string' },
      parked: { type: 'string' },
      supervisor: { type: 'string' },
      'supervisor-on': { type: 'string' },
      'supervisor-workers': { type: 'string' },
      'supervisor-cache': { type: 'string' },
      only: { type: 'string' },
      skip: { type: 'string' },
    },
  });
  const skipped = (values.skip ?? '').split(',').filter(Boolean);
  const want = (name: string) => (!values.only || values.only === name) && !skipped.includes(name);
  const rows: string[] = [];
  const details: string[] = [];
  const started = Date.now();

  if (want('letters')) {
    const letters = await benchLetters();
    rows.push(
      `| 3. letters | bare pdfkit, two-page text: ${letters.barePdfkit.rendersPerSecond.toFixed(0)}/s | ` +
        `typical creditor letter (${letters.typical.kind}, ${letters.typical.pages} pages, ${letters.typical.bytes} bytes): ` +
        `${letters.typical.rendersPerSecond.toFixed(0)}/s | ratio ${letters.ratio.toFixed(2)}, median of ${letters.rounds} interleaved rounds (range ${letters.ratioRange[0].toFixed(2)}–${letters.ratioRange[1].toFixed(2)}); target ≥ 0.50 |`,
    );
    details.push('```', formatLetterBench(letters), '```');
  }
  // Time-guarded: a lifecycle that does not finish within 15 minutes fails the run (exit code 1) instead of hanging.
  let failed = false;
  if (want('lifecycle')) {
    try {
      const lifecycle = await benchLifecycle({
        cases: Number(values.lifecycle ?? DEFAULT_CASES),
        worlds: Number(values.worlds ?? 2),
        log: (line) => console.error(line),
      });
      rows.push(...formatLifecycle(lifecycle));
      details.push('```', formatLifecycleDetails(lifecycle), '```');
    } catch (error) {
      failed = true;
      console.error(error);
      rows.push(`| 2. whole lifecycle (time-skipping server) | — | FAILED: ${String(error)} | — |`);
    }
  }
  if (want('throughput') || want('memory')) {
    const env = await createBenchEnv();
    try {
      if (want('throughput')) rows.push(...formatThroughput(await benchThroughput(env, { cases: Number(values.cases ?? 200) })));
      if (want('memory')) rows.push(...formatMemory(await benchMemory(env, { cases: Number(values.parked ?? 2000) })));
    } finally {
      await env.close();
    }
  }
  if (want('supervisor')) {
    // A server of its own per backend, the same cases on each: the dev server (SQLite) and the cluster (PostgreSQL).
    for (const backend of (values['supervisor-on'] ?? 'dev,cluster').split(',') as ('dev' | 'cluster')[]) {
      const env = await createBenchEnv(backend);
      try {
        const supervisor = await benchSupervisor(env, {
          cases: Number(values.supervisor ?? 1000),
          ...(values['supervisor-workers'] ? { workers: Number(values['supervisor-workers']) } : {}),
          ...(values['supervisor-cache'] ? { maxCachedWorkflows: Number(values['supervisor-cache']) } : {}),
          log: (line) => console.error(`[${backend}] ${line}`),
        });
        rows.push(...formatSupervisor(supervisor));
        details.push('```', formatSupervisorDetails(supervisor), '```');
      } finally {
        await env.close();
      }
    }
  }

  const versions = JSON.parse(fs.readFileSync(path.join(__dirname, '../package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  const report = [
    '# Benchmark results',
    '',
    `Run ${new Date().toISOString()} with \`npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}\` in ${((Date.now() - started) / 1000).toFixed(0)} s.`,
    `Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ` +
      `Temporal SDK ${versions.dependencies['@temporalio/worker']}, Temporal CLI dev server v1.5.1 (server 1.29, SQLite).`,
    'Shared 2-core machines are noisy: compare the ratios in a row, not figures across runs.',
    '',
    '| benchmark | baseline | measured | ratio / target |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    ...details,
    '',
  ].join('\n');
  console.log(report);
  if (!values.only) {
    // The hand-written part at the end (production cluster, national scale) is kept across runs.
    const file = path.join(__dirname, 'RESULTS.md');
    const previous = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    const kept = previous.indexOf(HAND_WRITTEN);
    fs.writeFileSync(file, kept >= 0 ? `${report}\n${previous.slice(kept)}` : report);
  }
  if (failed) throw new Error('lifecycle benchmark failed (see above)');
}

/** Everything after this line in bench/RESULTS.md is written by hand and kept by `npm run bench`. */
const HAND_WRITTEN = '<!-- hand-written below: kept by npm run bench -->';

main().then(
  // A benchmark that gave up (lifecycle) may leave a worker behind: don't wait for it.
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
