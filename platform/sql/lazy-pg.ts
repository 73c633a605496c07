import { Pool, type PoolConfig } from 'pg';

/**
 * A PostgreSQL pool whose tables are made on first use (CREATE ... IF NOT EXISTS); a failed attempt is tried
 * again on the next call, so a database that comes up after the process still works.
 */
export class LazyPgSchema {
  readonly pool: Pool;
  private ready?: Promise<void>;

  constructor(
    connectionString: string,
    private readonly schema: string,
    pool: Omit<PoolConfig, 'connectionString'> = { max: 4, connectionTimeoutMillis: 2000 },
  ) {
    this.pool = new Pool({ connectionString, ...pool });
  }

  /** The pool, once the tables exist. */
  async open(): Promise<Pool> {
    this.ready ??= this.pool.query(this.schema).then(
      () => undefined,
      (error: unknown) => {
        this.ready = undefined;
        throw error;
      },
    );
    await this.ready;
    return this.pool;
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
