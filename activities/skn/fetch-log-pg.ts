import { Pool } from 'pg';
import type { SknFetch, SknFetchLog } from './fetch-log';

/** The SKN fetch log in the cluster's PostgreSQL (the API's access-state database), table `schuldhulp_skn_fetches`. */
export class PgSknFetchLog implements SknFetchLog {
  private readonly pool: Pool;
  private ready?: Promise<void>;

  constructor(connectionString: string) {
    this.pool = new Pool({ connectionString, max: 4, connectionTimeoutMillis: 2000 });
  }

  private init(): Promise<void> {
    this.ready ??= this.pool
      .query(
        `CREATE TABLE IF NOT EXISTS schuldhulp_skn_fetches (
           id BIGSERIAL PRIMARY KEY, letter_id TEXT NOT NULL, credential_id TEXT NOT NULL, at_ms BIGINT NOT NULL);
         CREATE INDEX IF NOT EXISTS schuldhulp_skn_fetches_letter ON schuldhulp_skn_fetches (letter_id, at_ms);`,
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

  async record(fetch: SknFetch): Promise<void> {
    await this.init();
    await this.pool.query(
      'INSERT INTO schuldhulp_skn_fetches (letter_id, credential_id, at_ms) VALUES ($1, $2, $3)',
      [fetch.letterId, fetch.credentialId, Date.parse(fetch.at)],
    );
  }

  async firstFetches(letterIds: readonly string[]): Promise<Map<string, SknFetch>> {
    await this.init();
    const { rows } = await this.pool.query<{ letter_id: string; credential_id: string; at_ms: string }>(
      `SELECT DISTINCT ON (letter_id) letter_id, credential_id, at_ms FROM schuldhulp_skn_fetches
        WHERE letter_id = ANY($1::text[]) ORDER BY letter_id, at_ms, id`,
      [[...new Set(letterIds)]],
    );
    return new Map(
      rows.map((r) => [
        r.letter_id,
        { letterId: r.letter_id, credentialId: r.credential_id, at: new Date(Number(r.at_ms)).toISOString() },
      ]),
    );
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
