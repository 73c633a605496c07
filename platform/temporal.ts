import * as fs from 'node:fs';
import { Client, Connection, type ConnectionOptions } from '@temporalio/client';
import type { DataConverter } from '@temporalio/common';
import { NativeConnection, type NativeConnectionOptions } from '@temporalio/worker';
import type { Config } from './config';
import { AesGcmPayloadCodec } from './encryption/codec';
import type { KeyRing } from './encryption/key-ring';

/** Connection, client and data converter, built the same way for workers, API, CLI and tests. */

function tlsOptions(config: Config): ConnectionOptions['tls'] {
  const tls = config.temporal.tls;
  if (!tls) return undefined;
  return {
    serverNameOverride: tls.serverName,
    serverRootCACertificate: tls.caPath ? fs.readFileSync(tls.caPath) : undefined,
    clientCertPair:
      tls.certPath && tls.keyPath ? { crt: fs.readFileSync(tls.certPath), key: fs.readFileSync(tls.keyPath) } : undefined,
  };
}

export function connectionOptions(config: Config): ConnectionOptions & NativeConnectionOptions {
  return {
    address: config.temporal.address,
    tls: tlsOptions(config),
    apiKey: config.temporal.apiKey,
  };
}

/**
 * Encrypting payload codec plus a failure converter that moves messages into encoded attributes.
 * The failure converter is loaded by path: workers load it inside the workflow sandbox too.
 */
export function dataConverter(ring: KeyRing): DataConverter {
  return {
    payloadCodecs: [new AesGcmPayloadCodec(ring)],
    failureConverterPath: require.resolve('./encryption/failure-converter'),
  };
}

export async function createClient(config: Config, ring: KeyRing): Promise<Client> {
  const connection = await Connection.connect(connectionOptions(config));
  return new Client({ connection, namespace: config.temporal.namespace, dataConverter: dataConverter(ring) });
}

export async function createNativeConnection(config: Config): Promise<NativeConnection> {
  return NativeConnection.connect(connectionOptions(config));
}
