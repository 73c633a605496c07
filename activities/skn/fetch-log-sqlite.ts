import type Database from 'better-sqlite3';
import { openSharedSqlite } from '../../platform/sql/shared-sqlite';
import type { SknFetch, SknFetchLog } from './fetch-log';

/** The SKN fetch log in the API's access-state SQLite file (WAL, busy timeout), table `skn_fetches`. */
export class SqliteSknFetchLog implements SknFetchLog {
  private readonly db: Database.Database;

  constructor(file: string) {
    this.db = openSharedSqlite(
      file,
      `
      CREATE TABLE IF NOT EXISTS skn_fetches (
        id INTEGER PRIMARY KEY AUTOINCREMENT, letter_id TEXT NOT NULL, credential_id TEXT NOT NULL,
        at_ms INTEGER NOT NULL);
      CREATE INDEX IF NOT EXISTS skn_fetches_letter ON skn_fetches (letter_id, at_ms);
    `,
    );
  }

  async record(fetch: SknFetch): Promise<void> {
    this.db
      .prepare('INSERT INTO skn_fetches (letter_id, credential_id, at_ms) VALUES (?, ?, ?)')
      .run(fetch.letterId, fetch.credentialId, Date.parse(fetch.at));
  }

  async firstFetches(letterIds: readonly string[]): Promise<Map<string, SknFetch>> {
    const out = new Map<string, SknFetch>();
    const first = this.db.prepare(
      'SELECT credential_id AS c, at_ms AS t FROM skn_fetches WHERE letter_id = ? ORDER BY at_ms, id LIMIT 1',
    );
    for (const letterId of new Set(letterIds)) {
      const row = first.get(letterId) as { c: string; t: number } | undefined;
      if (row) out.set(letterId, { letterId, credentialId: row.c, at: new Date(row.t).toISOString() });
    }
    return out;
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
