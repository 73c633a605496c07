import type { ReportEvent } from '../../domain/reporting/events';
import type { Sealer } from './sealed';

/**
 * The reporting store: business events of every case, written idempotently by event id (a retried activity or a
 * replayed history never counts twice). Two implementations behind this one interface: SQLite on the embedded
 * default (sqlite-store.ts), PostgreSQL on compose and clusters (pg-store.ts). Readable columns hold ids, dates,
 * categories and flags only; `personal` seals, with the platform key ring, the personal part and the amount (an
 * amount per person is personal data too). Rows written before amounts were sealed keep theirs in `amount_cents`.
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
  /** Only in rows written before amounts were sealed (see SealedPart). */
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

/** What `personal` seals in rows written since amounts are sealed; older rows seal the personal part alone. */
interface SealedPart {
  sealedVersion: 2;
  personal?: ReportEvent['personal'];
  amountCents?: number;
}

async function seal(event: ReportEvent, sealer: Sealer): Promise<string | null> {
  if (!event.personal && event.amountCents === undefined) return null;
  const part: SealedPart = {
    sealedVersion: 2,
    ...(event.personal ? { personal: event.personal } : {}),
    ...(event.amountCents !== undefined ? { amountCents: event.amountCents } : {}),
  };
  return sealer.seal(part);
}

async function open(row: EventRow, sealer: Sealer): Promise<Pick<ReportEvent, 'personal' | 'amountCents'>> {
  // PostgreSQL returns BIGINT as text.
  const column = row.amount_cents !== null ? { amountCents: Number(row.amount_cents) } : {};
  if (row.personal === null) return column;
  const opened = await sealer.open<SealedPart | ReportEvent['personal']>(row.personal);
  if (opened && 'sealedVersion' in opened && opened.sealedVersion === 2) {
    return {
      ...(opened.personal ? { personal: opened.personal } : {}),
      ...(opened.amountCents !== undefined ? { amountCents: opened.amountCents as ReportEvent['amountCents'] } : column),
    };
  }
  return { ...column, personal: opened as ReportEvent['personal'] };
}

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
    amount_cents: null,
    dates: event.dates ? JSON.stringify(event.dates) : null,
    flags: event.flags ? JSON.stringify(event.flags) : null,
    personal: await seal(event, sealer),
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
    ...(row.dates !== null ? { dates: JSON.parse(row.dates) as ReportEvent['dates'] } : {}),
    ...(row.flags !== null ? { flags: JSON.parse(row.flags) as ReportEvent['flags'] } : {}),
    ...(await open(row, sealer)),
  };
}

export const ORDER_BY = 'ORDER BY gemeente, case_id, at, event_id';
