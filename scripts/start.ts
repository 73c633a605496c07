import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Server } from 'node:http';
import { loadConfig, ConfigError } from '../platform/config';
import { AesGcmPayloadCodec } from '../platform/encryption/codec';
import { resolveKeyRing } from '../platform/encryption/dev-key';
import { createCodecServer } from '../platform/codec-server/server';
import { codecCallerOf } from '../platform/codec-server/tokens';
import { resolveTokens } from '../api/wiring';
import { reservePorts, startDevServer, type DevServer } from './lib/dev-server';
import { supervise } from './lib/supervise';
import { runCluster } from './lib/cluster/run';

/**
 * README command 1, after scripts/setup: the whole system on the embedded default, in the foreground.
 * Temporal dev server (SQLite file in data/, Web UI), codec server, worker and API (restarted with a backoff when
 * one dies). Ctrl-C stops all of it. `--cluster`: the production topology instead (scripts/lib/cluster/run.ts).
 */

const root = path.resolve(__dirname, '..');

async function main(): Promise<void> {
  const config = loadConfig();
  fs.mkdirSync(config.dataDir, { recursive: true });
  const ring = resolveKeyRing(config);
  // The dev server's own HTTP and metrics ports are picked free: never one the codec server or API will take.
  reservePorts(config.codecServer.port, config.api.port);

  // The embedded Web UI has no sign-in: it reaches the codec server under a key made for this start only.
  const devUiKey = randomBytes(24).toString('base64url');
  const { registry } = resolveTokens(config, console.log);
  const codecServer: Server = createCodecServer({
    codec: new AesGcmPayloadCodec(ring),
    corsOrigins: config.codecServer.corsOrigins,
    authenticate: (token) => codecCallerOf(registry.authenticate(token)),
    devUiKey,
  });
  await new Promise<void>((resolve, reject) => {
    codecServer.once('error', reject);
    codecServer.listen(config.codecServer.port, '127.0.0.1', resolve);
  });

  console.log('Starting the Temporal dev server...');
  let devServer: DevServer;
  try {
    devServer = await startDevServer({
      dbFile: config.devServer.dbFile,
      namespace: config.temporal.namespace,
      port: config.devServer.port,
      uiPort: config.devServer.uiPort,
      codecEndpoint: `${config.codecServer.publicUrl.replace(/\/+$/, '')}/ui/${devUiKey}`,
      logFile: path.join(config.dataDir, 'temporal', 'dev-server.log'),
    });
  } catch (error) {
    codecServer.close();
    throw error;
  }

  const childEnv = { ...process.env, TEMPORAL_ADDRESS: devServer.address };
  const children = [supervise('worker', 'workers/main.ts', { cwd: root, env: childEnv }), supervise('api', 'api/main.ts', { cwd: root, env: childEnv })];

  let stopping = false;
  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping: worker, Temporal dev server, codec server...');
    await Promise.all(children.map((c) => c.stop()));
    await devServer.stop();
    await new Promise((r) => codecServer.close(r));
    console.log('Stopped. Cases are kept in', config.devServer.dbFile);
    process.exit(code);
  };
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));
  console.log(
    [
      '',
      'schuldhulp is running:',
      `  Temporal gRPC      ${devServer.address}   (namespace ${config.temporal.namespace})`,
      `  Temporal Web UI    ${devServer.uiUrl}/namespaces/${config.temporal.namespace}/workflows`,
      `  Codec server       ${config.codecServer.publicUrl}   (the Web UI decrypts payloads through it)`,
      `  HTTP API           ${config.api.publicUrl}/api/v1   (OpenAPI at /api/v1/openapi.json; development tokens in ${config.dataDir}/dev-api-tokens.json)`,
      `  Officer console    ${config.api.publicUrl}/console/zaken   (sign in with a token from ${config.dataDir}/dev-api-tokens.json)`,
      `  Creditor portal    ${config.api.publicUrl}${new URL(config.letters.portalUrl).pathname.replace(/\/+$/, '') || '/schuldeisers'}   (access code from a letter; letters print ${config.letters.portalUrl})`,
      `  SKN creditor API   ${config.api.publicUrl}/api/v1/skn/berichten   (one credential per creditor in ${config.dataDir}/dev-skn-credentials.json)`,
      `  Supervisor view    ${config.api.publicUrl}/console/toezicht`,
      `  Data folder        ${config.dataDir}`,
      `  Temporal CLI       .tools/bin/temporal workflow list --namespace ${config.temporal.namespace}`,
      '',
      'Press Ctrl-C to stop.',
    ].join('\n'),
  );
}

(process.argv.includes('--cluster') ? runCluster() : main()).catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
