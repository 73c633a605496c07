import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import type { AccessStateStore } from './access-state';

/**
 * The access state in PostgreSQL, for API instances on several hosts (the production cluster). The tables
 * are created on first use; each attempt is inserted and counted in one transaction that holds a lock per key.
 */
export class PgAccessStateStore implements AccessStateStore {
  private readonly pool: Pool;
  private ready?: Promise<void>;

  constructor(connectionString: string) {
    this.pool = new Pool({ connectionString, max: 4, connectionTimeoutMillis: 2000 });
  }

  private init(): Promise<void> {
    this.ready ??= this.pool
      .query(
        `CREATE TABLE IF NOT EXISTS schuldhulp_code_attempts (
           id BIGSERIAL PRIMARY KEY, key TEXT NOT NULL, at_ms BIGINT NOT NULL, attempt TEXT NOT NULL);
         CREATE INDEX IF NOT EXISTS schuldhulp_code_attempts_key_at ON schuldhulp_code_attempts (key, at_ms);
         CREATE INDEX IF NOT EXISTS schuldhulp_code_attempts_attempt ON schuldhulp_code_attempts (attempt);
         CREATE TABLE IF NOT EXISTS schuldhulp_revoked_creditors (
           case_reference TEXT NOT NULL, creditor_id TEXT NOT NULL, revoked_at_ms BIGINT NOT NULL,
           PRIMARY KEY (case_reference, creditor_id));`,
      )
      .then(
        () => undefined,
        (error: unknown) => {
          this.ready = undefined;
          throw error;
        },
      );
    return this.ready;
  }

  async attempt(keys: readonly string[], atMs: number, sinceMs: number) {
    await this.init();
    const id = randomUUID();
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      // One attempt at a time per key (in a fixed order, so two attempts never wait on each other): under READ
      // COMMITTED two parallel attempts would otherwise not see each other, and a burst would slip past the limit.
      for (const key of [...keys].sort()) await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [key]);
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
    await this.init();
    await this.pool.query('DELETE FROM schuldhulp_code_attempts WHERE attempt = $1', [id]);
  }

  async revoke(caseReference: string, creditorId: string, atMs: number) {
    await this.init();
    await this.pool.query(
      `INSERT INTO schuldhulp_revoked_creditors (case_reference, creditor_id, revoked_at_ms)
       VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [caseReference, creditorId, atMs],
    );
  }

  async isRevoked(caseReference: string, creditorId: string) {
    await this.init();
    const { rowCount } = await this.pool.query(
      'SELECT 1 FROM schuldhulp_revoked_creditors WHERE case_reference = $1 AND creditor_id = $2',
      [caseReference, creditorId],
    );
    return (rowCount ?? 0) > 0;
  }

  async close() {
    await this.pool.end();
  }
}
