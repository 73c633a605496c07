import type Database from 'better-sqlite3';
import { openSharedSqlite } from '../../platform/sql/shared-sqlite';
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

/** The reporting store on the embedded default: one SQLite file (WAL) through better-sqlite3. */
export class SqliteReportingStore implements ReportingStore {
  private readonly db: Database.Database;
  private readonly insert: Database.Statement;

  constructor(
    file: string,
    private readonly sealer: Sealer,
  ) {
    // Several workers may write the same file.
    this.db = openSharedSqlite(file, `${CREATE_EVENTS_TABLE};\n${CREATE_EVENTS_INDEX};`);
    this.insert = this.db.prepare(
      `INSERT OR IGNORE INTO report_events (${EVENT_COLUMNS.join(', ')}) VALUES (${EVENT_COLUMNS.map((c) => `@${c}`).join(', ')})`,
    );
  }

  async write(events: readonly ReportEvent[]): Promise<number> {
    const rows = await Promise.all(events.map((e) => toRow(e, this.sealer)));
    const insertAll = this.db.transaction((all: EventRow[]) =>
      all.reduce((n, row) => n + this.insert.run(row).changes, 0),
    );
    return insertAll(rows);
  }

  async events(filter: EventFilter = {}): Promise<ReportEvent[]> {
    const where: string[] = [];
    if (filter.gemeente) where.push('gemeente = @gemeente');
    if (filter.caseId) where.push('case_id = @caseId');
    const rows = this.db
      .prepare(
        `SELECT * FROM report_events ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ${ORDER_BY}`,
      )
      .all(filter) as EventRow[];
    return Promise.all(rows.map((r) => fromRow(r, this.sealer)));
  }

  /** The raw rows, as anyone with the file sees them (tests prove nothing personal is readable). */
  rawRows(): EventRow[] {
    return this.db.prepare(`SELECT * FROM report_events ${ORDER_BY}`).all() as EventRow[];
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
