import { LazyPgSchema } from '../../platform/sql/lazy-pg';
import type { ReportEvent } from '../../domain/reporting/events';
import type { Sealer } from './sealed';
import {
  CREATE_EVENTS_INDEX,
  CREATE_EVENTS_TABLE,
  EVENT_COLUMNS,
  fromRow,
  ORDER_BY,
  toRow,
  type EventFilter,
  type EventRow,
  type ReportingStore,
} from './store';

/** The reporting store on compose and clusters: PostgreSQL through `pg`, shared by every worker and API replica. */
export class PgReportingStore implements ReportingStore {
  private readonly db: LazyPgSchema;

  constructor(
    connectionString: string,
    private readonly sealer: Sealer,
  ) {
    // Writes come from activities, which retry: no connect timeout of their own.
    this.db = new LazyPgSchema(connectionString, `${CREATE_EVENTS_TABLE};\n${CREATE_EVENTS_INDEX};`, {
      max: 4,
    });
  }

  async write(events: readonly ReportEvent[]): Promise<number> {
    const pool = await this.db.open();
    const rows = await Promise.all(events.map((e) => toRow(e, this.sealer)));
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      let inserted = 0;
      for (const row of rows) {
        const result = await client.query(
          `INSERT INTO report_events (${EVENT_COLUMNS.join(', ')}) VALUES (${EVENT_COLUMNS.map((_, i) => `$${i + 1}`).join(', ')}) ON CONFLICT (event_id) DO NOTHING`,
          EVENT_COLUMNS.map((c) => row[c]),
        );
        inserted += result.rowCount ?? 0;
      }
      await client.query('COMMIT');
      return inserted;
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  }

  async events(filter: EventFilter = {}): Promise<ReportEvent[]> {
    const pool = await this.db.open();
    const where: string[] = [];
    const values: string[] = [];
    if (filter.gemeente) where.push(`gemeente = $${values.push(filter.gemeente)}`);
    if (filter.caseId) where.push(`case_id = $${values.push(filter.caseId)}`);
    const result = await pool.query<EventRow>(
      `SELECT * FROM report_events ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ${ORDER_BY}`,
      values,
    );
    return Promise.all(result.rows.map((r) => fromRow(r, this.sealer)));
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}
