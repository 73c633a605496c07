import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { configuredReportingStore } from '../../activities/reporting/open-store';
import type { ReportingStore } from '../../activities/reporting/store';
import type { Config } from '../../platform/config';
import type { KeyRing } from '../../platform/encryption/key-ring';
import { DdasClients, devDdasClient, loadDdasClientsFile } from './clients';
import { ddasOAuthServer } from './oauth';
import { ddasPlugin } from './plugin';
import { loadSigningIdentity } from './signature';

/**
 * Development only: a self-signed signing certificate in the data folder, made once with openssl. Production
 * configures the PKIoverheid key and chain (SCHULDHULP_DDAS_SIGNING_KEY_FILE, _CERT_FILE).
 */
export function devSigningFiles(dir: string): { keyFile: string; certFile: string } {
  const keyFile = path.join(dir, 'dev-signing-key.pem');
  const certFile = path.join(dir, 'dev-signing-cert.pem');
  if (!fs.existsSync(keyFile) || !fs.existsSync(certFile)) {
    fs.mkdirSync(dir, { recursive: true });
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '825',
        '-subj',
        '/CN=schuldhulp DDAS ontwikkeling',
        '-keyout',
        keyFile,
        '-out',
        certFile,
      ],
      { stdio: 'pipe' },
    );
    fs.chmodSync(keyFile, 0o600);
  }
  return { keyFile, certFile };
}

/** The DDAS-SHV plugin for the API server, from the configuration (api/main.ts registers it). */
export async function ddasFromConfig(
  config: Config,
  keyRing: KeyRing,
  apiSecret: string,
  log: (m: string) => void,
) {
  const { clientsFile, signingKeyFile, signingCertFile } = config.ddas;
  if (config.env === 'production' && (!clientsFile || !signingKeyFile || !signingCertFile)) {
    // Production serves DDAS only with real clients and a real (PKIoverheid) signing certificate.
    log(
      'DDAS-SHV off: set SCHULDHULP_DDAS_CLIENTS_FILE, _SIGNING_KEY_FILE and _SIGNING_CERT_FILE to serve it.',
    );
    return { plugin: async () => undefined, devClient: undefined, enabled: false };
  }
  const dir = path.join(config.dataDir, 'ddas');
  const dev = clientsFile ? undefined : devDdasClient(path.join(dir, 'dev-client-secret'), log);
  const clients = new DdasClients(clientsFile ? loadDdasClientsFile(clientsFile) : [dev!.client]);
  const files =
    signingKeyFile && signingCertFile
      ? { keyFile: signingKeyFile, certFile: signingCertFile }
      : devSigningFiles(dir);
  const identity = await loadSigningIdentity(files.keyFile, files.certFile);
  let store: ReportingStore | undefined;
  const plugin = ddasPlugin({
    oauth: ddasOAuthServer(clients, apiSecret),
    store: () => (store ??= configuredReportingStore(config, keyRing)),
    identity,
    supplierCode: config.ddas.supplierCode,
  });
  return { plugin, devClient: dev && { clientId: dev.client.clientId, secret: dev.secret }, enabled: true };
}
