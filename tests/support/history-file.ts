import { temporal } from '@temporalio/proto';

/**
 * A recorded run on disk: its workflow id (replay needs it: child ids derive from it) and its history as plain
 * JSON of the proto object. (historyToJSON from @temporalio/common refuses the History the client returns
 * here: two copies of protobufjs are installed, and its type check fails.)
 */
const History = temporal.api.history.v1.History;

export function historyToFile(workflowId: string, history: temporal.api.history.v1.IHistory): string {
  const plain = History.toObject(History.fromObject(history), {
    longs: String,
    enums: Number,
    bytes: String,
  });
  return JSON.stringify({ workflowId, history: plain });
}

export function historyFromFile(text: string): {
  workflowId: string;
  history: temporal.api.history.v1.History;
} {
  const { workflowId, history } = JSON.parse(text) as { workflowId: string; history: object };
  return { workflowId, history: History.fromObject(history) };
}
