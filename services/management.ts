import type { ReportingStore } from '../activities/reporting/store';
import type { CivilDate } from '../domain/civil-date';
import type { Figure } from '../domain/management/figure';
import { managementFigures } from '../domain/management/figures';

/**
 * The management view's read side: the figures of one gemeente over a period, computed from the reporting store
 * (never from the workflows). The API's management route and the console's "Cijfers" page read it.
 */

export interface ManagementQuery {
  gemeente: string;
  from: CivilDate;
  to: CivilDate;
  today: CivilDate;
}

export interface ManagementReader {
  figures(query: ManagementQuery): Promise<Figure[]>;
}

export class StoreManagementReader implements ManagementReader {
  /** `store` opens the store on first use (the API starts before the first case is reported). */
  constructor(private readonly store: () => ReportingStore) {}

  async figures(query: ManagementQuery): Promise<Figure[]> {
    const events = await this.store().events({ gemeente: query.gemeente });
    return managementFigures(events, query);
  }
}
