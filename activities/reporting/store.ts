import type { ReportEvent } from '../../domain/reporting/events';
import type { Sealer } from './sealed';

/**
 * The reporting store: business events of every case, written idempotently by event id (a retried activity or a
 * replayed history never counts twice). Two implementations behind this one interface: SQLite on the embedded
 * default (sqlite-store.ts), PostgreSQL on compose and clusters (pg-store.ts). Readable columns hold ids, dates,
 * amounts, categories and flags only; `personal` is sealed with the platform key ring.
 */
export interface ReportingStore {
  /** Stores the events not stored yet; returns how many were new. */
  write(events: readonly ReportEvent[]): Promise<number>;
  /** Events (personal parts opened), ordered by case, time and id. */
  events(filter?: EventFilter): Promise<ReportEvent[]>;
  close(): Promise<void>;
}

export interface EventFilter {
  gemeente?: string;
  caseId?: string;
}

/** One stored row: what a database administrator can read. */
export interface EventRow {
  event_id: string;
  workflow_id: string;
  case_id: string;
  gemeente: string;
  kind: string;
  category: string | null;
  at: string;
  on_date: string;
  creditor_id: string | null;
  amount_cents: number | null;
  dates: string | null;
  flags: string | null;
  personal: string | null;
}

export const EVENT_COLUMNS = [
  'event_id',
  'workflow_id',
  'case_id',
  'gemeente',
  'kind',
  'category',
  'at',
  'on_date',
  'creditor_id',
  'amount_cents',
  'dates',
  'flags',
  'personal',
] as const satisfies readonly (keyof EventRow)[];

/** The table in both databases (types both understand). */
export const CREATE_EVENTS_TABLE = `CREATE TABLE IF NOT EXISTS report_events (
  event_id TEXT PRIMARY KEY,
  workflow_id TEXT NOT NULL,
  case_id TEXT NOT NULL,
  gemeente TEXT NOT NULL,
  kind TEXT NOT NULL,
  category TEXT,
  at TEXT NOT NULL,
  on_date TEXT NOT NULL,
  creditor_id TEXT,
  amount_cents BIGINT,
  dates TEXT,
  flags TEXT,
  personal TEXT
)`;
export const CREATE_EVENTS_INDEX =
  'CREATE INDEX IF NOT EXISTS report_events_case ON report_events (gemeente, case_id, at)';

export async function toRow(event: ReportEvent, sealer: Sealer): Promise<EventRow> {
  return {
    event_id: event.eventId,
    workflow_id: event.workflowId,
    case_id: event.caseId,
    gemeente: event.gemeente,
    kind: event.kind,
    category: event.category ?? null,
    at: event.at,
    on_date: event.on,
    creditor_id: event.creditorId ?? null,
    amount_cents: event.amountCents ?? null,
    dates: event.dates ? JSON.stringify(event.dates) : null,
    flags: event.flags ? JSON.stringify(event.flags) : null,
    personal: event.personal ? await sealer.seal(event.personal) : null,
  };
}

export async function fromRow(row: EventRow, sealer: Sealer): Promise<ReportEvent> {
  return {
    eventId: row.event_id,
    workflowId: row.workflow_id,
    caseId: row.case_id,
    gemeente: row.gemeente,
    kind: row.kind as ReportEvent['kind'],
    ...(row.category !== null ? { category: row.category } : {}),
    at: row.at,
    on: row.on_date as ReportEvent['on'],
    ...(row.creditor_id !== null ? { creditorId: row.creditor_id } : {}),
    // PostgreSQL returns BIGINT as text.
    ...(row.amount_cents !== null ? { amountCents: Number(row.amount_cents) } : {}),
    ...(row.dates !== null ? { dates: JSON.parse(row.dates) as ReportEvent['dates'] } : {}),
    ...(row.flags !== null ? { flags: JSON.parse(row.flags) as ReportEvent['flags'] } : {}),
    ...(row.personal !== null ? { personal: await sealer.open<ReportEvent['personal']>(row.personal) } : {}),
  };
}

export const ORDER_BY = 'ORDER BY gemeente, case_id, at, event_id';
