import type Database from 'better-sqlite3';
import { openSharedSqlite } from '../../platform/sql/shared-sqlite';
import type { AccessStateStore } from './access-state';

/**
 * The access state in one SQLite file (default `<dataDir>/api/access-state.sqlite`), shared by every API
 * instance on the host: WAL, a busy timeout, and each attempt inserted and counted in one transaction.
 */
export class SqliteAccessStateStore implements AccessStateStore {
  private readonly db: Database.Database;
  private readonly insert: Database.Statement;
  private readonly count: Database.Statement;
  private lastPrune = 0;

  constructor(file: string) {
    this.db = openSharedSqlite(
      file,
      `
      CREATE TABLE IF NOT EXISTS code_attempts (
        id INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT NOT NULL, at_ms INTEGER NOT NULL, attempt TEXT NOT NULL);
      CREATE INDEX IF NOT EXISTS code_attempts_key_at ON code_attempts (key, at_ms);
      CREATE INDEX IF NOT EXISTS code_attempts_attempt ON code_attempts (attempt);
      CREATE TABLE IF NOT EXISTS revoked_creditors (
        case_reference TEXT NOT NULL, creditor_id TEXT NOT NULL, revoked_at_ms INTEGER NOT NULL,
        PRIMARY KEY (case_reference, creditor_id));
    `,
    );
    this.insert = this.db.prepare('INSERT INTO code_attempts (key, at_ms, attempt) VALUES (?, ?, ?)');
    this.count = this.db.prepare('SELECT count(*) AS n FROM code_attempts WHERE key = ? AND at_ms >= ?');
  }

  async attempt(keys: readonly string[], atMs: number, sinceMs: number) {
    const id = `${atMs}-${process.pid}-${Math.random().toString(36).slice(2)}`;
    const counts = this.db
      .transaction(() => {
        for (const key of keys) this.insert.run(key, atMs, id);
        return keys.map((key) => (this.count.get(key, sinceMs) as { n: number }).n);
      })
      .immediate();
    if (atMs - this.lastPrune > 60_000) {
      this.lastPrune = atMs;
      // Older than a day: no window is that long.
      this.db.prepare('DELETE FROM code_attempts WHERE at_ms < ?').run(atMs - 24 * 3_600_000);
    }
    return { id, counts };
  }

  async forget(id: string) {
    this.db.prepare('DELETE FROM code_attempts WHERE attempt = ?').run(id);
  }

  async revoke(caseReference: string, creditorId: string, atMs: number) {
    this.db
      .prepare(
        'INSERT OR IGNORE INTO revoked_creditors (case_reference, creditor_id, revoked_at_ms) VALUES (?, ?, ?)',
      )
      .run(caseReference, creditorId, atMs);
  }

  async isRevoked(caseReference: string, creditorId: string) {
    return Boolean(
      this.db
        .prepare('SELECT 1 FROM revoked_creditors WHERE case_reference = ? AND creditor_id = ?')
        .get(caseReference, creditorId),
    );
  }

  async close() {
    this.db.close();
  }
}
