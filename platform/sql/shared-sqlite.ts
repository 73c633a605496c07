import * as fs from 'node:fs';
import * as path from 'node:path';
import Database from 'better-sqlite3';

/**
 * A SQLite file that several processes of the embedded default share (API instances, workers): WAL, and a wait
 * for a lock instead of failing. `schema` is run once (CREATE ... IF NOT EXISTS).
 */
export function openSharedSqlite(file: string, schema: string): Database.Database {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.exec(schema);
  return db;
}
