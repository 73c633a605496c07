import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readEnvFile } from './deploy-files';
import { toolsBin } from './temporal-server';

/**
 * The Temporal Web UI from the temporalio/ui-server Go module (v2.42.1, the server inside the temporalio/ui image),
 * configured by its own docker.yaml template from deploy/temporal-ui.env: the variables docker-compose.yml gives
 * temporalio/ui. Only the addresses that differ on this machine are set here.
 */
export function startUiServer(opts: { temporalAddress: string; port: number; codecEndpoint: string; corsOrigin: string; logFile: string }): ChildProcess {
  const moduleDir = fs.readFileSync(path.join(toolsBin, '.temporal-ui-module'), 'utf8').trim();
  const log = fs.openSync(opts.logFile, 'a');
  const child = spawn(path.join(toolsBin, 'temporal-ui-server'), ['--root', moduleDir, '--config', 'config', '--env', 'docker', 'start'], {
    env: {
      ...process.env,
      ...readEnvFile('ui'),
      TEMPORAL_ADDRESS: opts.temporalAddress,
      TEMPORAL_UI_PORT: String(opts.port),
      TEMPORAL_CODEC_ENDPOINT: opts.codecEndpoint,
      TEMPORAL_CORS_ORIGINS: opts.corsOrigin,
    },
    stdio: ['ignore', log, log],
  });
  fs.closeSync(log);
  return child;
}
