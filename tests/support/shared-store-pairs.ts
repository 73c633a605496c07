import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startPostgres, type TestPostgres } from './postgres';

/**
 * Tests of a store that several instances share: two instances on one SQLite file, and two pools on one
 * throw-away PostgreSQL (skipped with a message when the machine has none), each given to `check`.
 */
interface Closable {
  close(): Promise<void>;
}

export function sharedStoreTests<S extends Closable>(
  what: string,
  open: { sqlite: (file: string) => S; postgres: (url: string) => S },
  check: (one: S, two: S) => Promise<void>,
): void {
  const pair = async (make: () => S) => {
    const one = make();
    const two = make();
    try {
      await check(one, two);
    } finally {
      await one.close();
      await two.close();
    }
  };

  it(`${what}: SQLite, one file, two instances`, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schuldhulp-shared-'));
    try {
      await pair(() => open.sqlite(path.join(dir, 'api', 'access-state.sqlite')));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  describe(`${what}: PostgreSQL, two pools`, () => {
    let pg: TestPostgres | string;
    beforeAll(async () => {
      pg = await startPostgres();
      if (typeof pg === 'string') console.log(`PostgreSQL test of ${what} skipped: ${pg}`);
    }, 60_000);
    afterAll(async () => {
      if (typeof pg !== 'string') await pg.stop();
    });
    it('shares what one instance wrote with the other', async () => {
      if (typeof pg === 'string') return;
      const url = pg.url;
      await pair(() => open.postgres(url));
    }, 30_000);
  });
}
