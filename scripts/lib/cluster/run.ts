import * as path from 'node:path';
import { startCluster } from './cluster';
import { repoRoot } from './deploy-files';

/**
 * `bash scripts/start --cluster`: the production topology in the foreground, data under data/cluster/.
 * `--workers N`, `--apis N` (default 2 each). Ctrl-C stops everything, PostgreSQL last; cases are kept.
 */
export async function runCluster(argv = process.argv.slice(2)): Promise<void> {
  const count = (flag: string, fallback: number) => {
    const i = argv.indexOf(flag);
    const n = i >= 0 ? Number(argv[i + 1]) : fallback;
    if (!Number.isInteger(n) || n < 1) throw new Error(`${flag}: a whole number of at least 1`);
    return n;
  };
  const dir = path.join(process.env.SCHULDHULP_DATA_DIR ?? path.join(repoRoot, 'data'), 'cluster');
  console.log('Starting the production cluster (PostgreSQL, Temporal server, UI, codec server, workers, API)...');
  const cluster = await startCluster({ dir, workers: count('--workers', 2), apis: count('--apis', 2) });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping: workers, API, codec server, UI, Temporal server, PostgreSQL...');
    await cluster.stop();
    console.log('Stopped. Cases are kept in', cluster.postgres.dataDir);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  const ns = cluster.server.namespace;
  console.log(
    [
      '',
      'schuldhulp cluster is running:',
      `  PostgreSQL         127.0.0.1:${cluster.postgres.port}   (user temporal, password in ${path.join(dir, 'postgres-password')})`,
      `  Temporal gRPC      ${cluster.server.address}   (namespace ${ns}, SQL visibility on PostgreSQL)`,
      `  Temporal Web UI    ${cluster.uiUrl}/namespaces/${ns}/workflows   (temporalio/ui-server v2.42.1)`,
      `  Codec server       ${cluster.codecUrl}`,
      ...cluster.apiUrls.map((u, i) => `  HTTP API ${i + 1}         ${u}/api/v1   (console ${u}/console/zaken)`),
      `  Workers            ${cluster.workers.length} on task queue ${cluster.env.SCHULDHULP_TASK_QUEUE ?? 'schuldhulp-cases'}`,
      `  Data folder        ${cluster.appDataDir}   (development tokens in dev-api-tokens.json)`,
      `  Temporal CLI       .tools/bin/temporal workflow list --address ${cluster.server.address} --namespace ${ns}`,
      '',
      'Press Ctrl-C to stop.',
    ].join('\n'),
  );
}
