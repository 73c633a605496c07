import { LazyPgSchema } from '../../platform/sql/lazy-pg';
import type { SknFetch, SknFetchLog } from './fetch-log';

/** The SKN fetch log in the cluster's PostgreSQL (the API's access-state database), table `schuldhulp_skn_fetches`. */
export class PgSknFetchLog implements SknFetchLog {
  private readonly db: LazyPgSchema;

  constructor(connectionString: string) {
    this.db = new LazyPgSchema(
      connectionString,
      `CREATE TABLE IF NOT EXISTS schuldhulp_skn_fetches (
         id BIGSERIAL PRIMARY KEY, letter_id TEXT NOT NULL, credential_id TEXT NOT NULL, at_ms BIGINT NOT NULL);
       CREATE INDEX IF NOT EXISTS schuldhulp_skn_fetches_letter ON schuldhulp_skn_fetches (letter_id, at_ms);`,
    );
  }

  async record(fetch: SknFetch): Promise<void> {
    await (
      await this.db.open()
    ).query('INSERT INTO schuldhulp_skn_fetches (letter_id, credential_id, at_ms) VALUES ($1, $2, $3)', [
      fetch.letterId,
      fetch.credentialId,
      Date.parse(fetch.at),
    ]);
  }

  async firstFetches(letterIds: readonly string[]): Promise<Map<string, SknFetch>> {
    const { rows } = await (
      await this.db.open()
    ).query<{ letter_id: string; credential_id: string; at_ms: string }>(
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

  close(): Promise<void> {
    return this.db.close();
  }
}
