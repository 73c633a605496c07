import type { Client } from '@temporalio/client';
import { decodeTypedSearchAttributes } from '@temporalio/common/lib/converter/payload-search-attributes';
import { requiredTsToDate } from '@temporalio/common/lib/time';
import { temporal } from '@temporalio/proto';
import type { ListedExecution, VisibilityClient } from './visibility';

/**
 * The lists read visibility through this: ids, start time, status and search attributes only. The client's own
 * `workflow.list` also decrypts every row's memo (a case keeps its whole status there, patched('status-memo'),
 * a few KB each), which the lists never show: at thousands of rows that is a decryption per row for nothing.
 */

const Status = temporal.api.enums.v1.WorkflowExecutionStatus;
const PREFIX = 'WORKFLOW_EXECUTION_STATUS_';

/** The SDK's status names (WorkflowExecutionStatusName): RUNNING, COMPLETED, …, CANCELLED. */
export function statusName(code: number | null | undefined): string {
  const name = (Status[code ?? 0] ?? 'UNSPECIFIED').replace(PREFIX, '');
  return name === 'CANCELED' ? 'CANCELLED' : name;
}

export function leanVisibility(client: Client): VisibilityClient {
  return {
    workflow: {
      async *list({ query, pageSize }): AsyncIterable<ListedExecution> {
        let nextPageToken: Uint8Array | undefined;
        do {
          const page = await client.workflowService.listWorkflowExecutions({
            namespace: client.options.namespace,
            query,
            pageSize,
            nextPageToken,
          });
          for (const raw of page.executions ?? []) {
            yield {
              workflowId: raw.execution?.workflowId ?? '',
              startTime: requiredTsToDate(raw.startTime, 'startTime'),
              status: { name: statusName(raw.status) },
              typedSearchAttributes: decodeTypedSearchAttributes(raw.searchAttributes?.indexedFields),
            };
          }
          nextPageToken = page.nextPageToken?.length ? page.nextPageToken : undefined;
        } while (nextPageToken);
      },
      getHandle: (workflowId) => client.workflow.getHandle(workflowId),
    },
  };
}
