/**
 * The DDAS-SHV delivery (Uitwisselmodel v1.0) for a period: every schuldhulptraject of the period, one levering
 * per gemeente, and the DDAS-SHV paging (page, pageSize over the trajecten, in case order). Pure.
 */
import type { CivilDate } from '../civil-date';
import type { ReportEvent } from '../reporting/events';
import { gemeentecodeOf, inPeriod, trajectOf, type DdasSchuldhulptraject } from './traject';

export interface DeliveryRequest {
  from: CivilDate;
  to: CivilDate;
  /** The gemeenten (GM0599) whose trajecten go in; each gets a levering, also without trajecten. */
  gemeenten: readonly string[];
  /** ISO instant of the delivery (aanleverdatumEnTijd), to the second. */
  now: string;
  supplierCode: string;
  page?: number;
  pageSize?: number;
}

export interface Paginering {
  pageSize: number;
  currentPage: number;
  totalPages: number;
  totalRecords: number;
}

export interface Uitwisselmodel {
  startdatumLevering: CivilDate;
  einddatumLevering: CivilDate;
  aanleverdatumEnTijd: string;
  codeGegevensleverancier: string;
  leveringen: {
    teller: number;
    aanleverende_organisatie: { gemeentecode: string };
    schuldhulptrajecten: DdasSchuldhulptraject[];
  }[];
}

/** All events of the store, grouped per case in their order → the trajecten of the period, per gemeente. */
export function trajectenOf(events: readonly ReportEvent[], from: CivilDate, to: CivilDate) {
  const byCase = new Map<string, ReportEvent[]>();
  for (const e of events) {
    const list = byCase.get(e.caseId) ?? [];
    list.push(e);
    byCase.set(e.caseId, list);
  }
  return [...byCase.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([caseId, list]) => ({
      caseId,
      gemeente: list[0]!.gemeente,
      traject: trajectOf(list[0]!.gemeente, list),
    }))
    .filter(({ traject }) => inPeriod(traject, from, to));
}

export function buildDelivery(
  request: DeliveryRequest,
  events: readonly ReportEvent[],
): { gegevens: Uitwisselmodel; paginering?: Paginering } {
  const all = trajectenOf(events, request.from, request.to).filter((t) =>
    request.gemeenten.includes(t.gemeente),
  );
  const paged = request.page !== undefined || request.pageSize !== undefined;
  const pageSize = request.pageSize ?? Math.max(all.length, 1);
  const currentPage = request.page ?? 1;
  const slice = paged ? all.slice((currentPage - 1) * pageSize, currentPage * pageSize) : all;
  const gegevens: Uitwisselmodel = {
    startdatumLevering: request.from,
    einddatumLevering: request.to,
    aanleverdatumEnTijd: request.now.replace(/\.\d{3}Z$/, 'Z'),
    codeGegevensleverancier: request.supplierCode,
    leveringen: [...request.gemeenten].sort().map((gemeente, i) => ({
      teller: i + 1,
      aanleverende_organisatie: { gemeentecode: gemeentecodeOf(gemeente) },
      schuldhulptrajecten: slice.filter((t) => t.gemeente === gemeente).map((t) => t.traject),
    })),
  };
  if (!paged) return { gegevens };
  return {
    gegevens,
    paginering: {
      pageSize,
      currentPage,
      totalPages: Math.max(1, Math.ceil(all.length / pageSize)),
      totalRecords: all.length,
    },
  };
}
