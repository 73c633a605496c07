import type { DataConverter } from '@temporalio/common';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { javaTestServerPath } from '../../scripts/lib/dev-server';

/**
 * `TestWorkflowEnvironment.createTimeSkipping()` with one change, the client's gRPC keepalive. The SDK pings every
 * 30 s even without calls; the Java test server (Netty defaults) answers with GOAWAY "too_many_pings" after a minute
 * or two, which cancels the call in flight (a test file or benchmark that runs for minutes saw a cancelled
 * env.sleep). The public factory does not pass connection options on; the underlying create() does.
 * The JVM sometimes needs more than the SDK's 5 s to start on a loaded 2-core machine: three tries.
 */
export async function startJavaTestServer(
  dataConverter: DataConverter,
  executable = javaTestServerPath,
): Promise<TestWorkflowEnvironment> {
  const create = (TestWorkflowEnvironment as unknown as { create(options: unknown): Promise<TestWorkflowEnvironment> })
    .create;
  const start = () =>
    create.call(TestWorkflowEnvironment, {
      server: { type: 'time-skipping', executable: { type: 'existing-path', path: executable } },
      client: { dataConverter },
      supportsTimeSkipping: true,
      connectionOptions: {
        channelArgs: { 'grpc.keepalive_permit_without_calls': 0, 'grpc.keepalive_time_ms': 600_000 },
      },
    });
  for (let attempt = 1; ; attempt++) {
    try {
      return await start();
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}
