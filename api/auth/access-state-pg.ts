import { randomUUID } from 'node:crypto';
import { LazyPgSchema } from '../../platform/sql/lazy-pg';
import type { AccessStateStore } from './access-state';

/**
 * The access state in PostgreSQL, for API instances on several hosts (the production cluster). The tables
 * are created on first use; each attempt is inserted and counted in one transaction that holds a lock per key.
 */
export class PgAccessStateStore implements AccessStateStore {
  private readonly db: LazyPgSchema;

  constructor(connectionString: string) {
    this.db = new LazyPgSchema(
      connectionString,
      `CREATE TABLE IF NOT EXISTS schuldhulp_code_attempts (
           id BIGSERIAL PRIMARY KEY, key TEXT NOT NULL, at_ms BIGINT NOT NULL, attempt TEXT NOT NULL);
         CREATE INDEX IF NOT EXISTS schuldhulp_code_attempts_key_at ON schuldhulp_code_attempts (key, at_ms);
         CREATE INDEX IF NOT EXISTS schuldhulp_code_attempts_attempt ON schuldhulp_code_attempts (attempt);
         CREATE TABLE IF NOT EXISTS schuldhulp_revoked_creditors (
           case_reference TEXT NOT NULL, creditor_id TEXT NOT NULL, revoked_at_ms BIGINT NOT NULL,
           PRIMARY KEY (case_reference, creditor_id));`,
    );
  }

  async attempt(keys: readonly string[], atMs: number, sinceMs: number) {
    const id = randomUUID();
    const client = await (await this.db.open()).connect();
    try {
      await client.query('BEGIN');
      // One attempt at a time per key (in a fixed order, so two attempts never wait on each other): under READ
      // COMMITTED two parallel attempts would otherwise not see each other, and a burst would slip past the limit.
      for (const key of [...keys].sort())
        await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [key]);
      await client.query(
        'INSERT INTO schuldhulp_code_attempts (key, at_ms, attempt) SELECT unnest($1::text[]), $2, $3',
        [keys, atMs, id],
      );
      const { rows } = await client.query<{ key: string; n: string }>(
        `SELECT key, count(*) AS n FROM schuldhulp_code_attempts
          WHERE key = ANY($1::text[]) AND at_ms >= $2 GROUP BY key`,
        [keys, sinceMs],
      );
      await client.query('DELETE FROM schuldhulp_code_attempts WHERE at_ms < $1', [atMs - 24 * 3_600_000]);
      await client.query('COMMIT');
      const byKey = new Map(rows.map((r) => [r.key, Number(r.n)]));
      return { id, counts: keys.map((k) => byKey.get(k) ?? 0) };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async forget(id: string) {
    await (await this.db.open()).query('DELETE FROM schuldhulp_code_attempts WHERE attempt = $1', [id]);
  }

  async revoke(caseReference: string, creditorId: string, atMs: number) {
    await (
      await this.db.open()
    ).query(
      `INSERT INTO schuldhulp_revoked_creditors (case_reference, creditor_id, revoked_at_ms)
       VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [caseReference, creditorId, atMs],
    );
  }

  async isRevoked(caseReference: string, creditorId: string) {
    const { rowCount } = await (
      await this.db.open()
    ).query('SELECT 1 FROM schuldhulp_revoked_creditors WHERE case_reference = $1 AND creditor_id = $2', [
      caseReference,
      creditorId,
    ]);
    return (rowCount ?? 0) > 0;
  }

  async close() {
    await this.db.close();
  }
}
