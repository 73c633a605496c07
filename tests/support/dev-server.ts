import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import {
  freePort,
  startDevServer,
  type DevServer,
  type DevServerOptions,
} from '../../scripts/lib/dev-server';
import { quietRuntime, testDataConverter } from './time-skipping';

/** A real Temporal CLI dev server on a free port and a temporary SQLite file, for integration tests. */
export interface DevServerFixture {
  server: DevServer;
  options: DevServerOptions;
  client: Client;
  connection: Connection;
  namespace: string;
  dir: string;
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export async function startDevServerFixture(namespace = 'schuldhulp'): Promise<DevServerFixture> {
  quietRuntime();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schuldhulp-dev-'));
  const options: DevServerOptions = {
    dbFile: path.join(dir, 'temporal.sqlite'),
    namespace,
    port: await freePort(),
    logFile: path.join(dir, 'dev-server.log'),
  };
  const fixture: DevServerFixture = {
    server: await startDevServer(options),
    options,
    namespace,
    dir,
    connection: undefined as unknown as Connection,
    client: undefined as unknown as Client,
    async restart() {
      await fixture.server.stop();
      fixture.server = await startDevServer(options);
    },
    async stop() {
      await fixture.connection.close();
      await fixture.server.stop();
    },
  };
  fixture.connection = await Connection.connect({ address: fixture.server.address });
  fixture.client = new Client({
    connection: fixture.connection,
    namespace,
    dataConverter: testDataConverter,
  });
  return fixture;
}
