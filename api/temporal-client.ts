import { Client, Connection, defaultGrpcRetryOptions, makeGrpcRetryInterceptor } from '@temporalio/client';
import { InterceptingCall, type Interceptor } from '@grpc/grpc-js';
import type { Config } from '../platform/config';
import type { KeyRing } from '../platform/encryption/key-ring';
import { connectionOptions, dataConverter } from '../platform/temporal';

/**
 * The API's Temporal client fails fast when Temporal cannot be reached, so a request gets a 503 with
 * Retry-After within two seconds instead of a 500 after the SDK's ten retries (~19 s):
 * - the connection is lazy, so the API starts (and answers 503) while Temporal is down, and reconnects by itself;
 * - a call made while the channel is not connected gets a deadline of `connectBudgetMs`; on a connected
 *   channel calls keep their own (an update or a cold query may take longer);
 * - an unavailable server is retried three times (~0.3 s), not ten.
 */

interface Channel {
  getConnectivityState(tryToConnect: boolean): number;
}
/** grpc-js connectivityState.READY */
const READY = 2;

export async function createApiClient(config: Config, ring: KeyRing, connectBudgetMs = 1500): Promise<Client> {
  const holder: { channel?: Channel } = {};
  const failFast: Interceptor = (options, nextCall) => {
    const connected = holder.channel?.getConnectivityState(false) === READY;
    if (!connected && options.deadline === undefined) options.deadline = Date.now() + connectBudgetMs;
    return new InterceptingCall(nextCall(options));
  };
  const connection = Connection.lazy({
    ...connectionOptions(config),
    interceptors: [failFast, makeGrpcRetryInterceptor(defaultGrpcRetryOptions({ maxAttempts: 3 }))],
  });
  holder.channel = (connection as unknown as { client: { getChannel(): Channel } }).client.getChannel();
  return new Client({ connection, namespace: config.temporal.namespace, dataConverter: dataConverter(ring) });
}

/** gRPC UNAVAILABLE or DEADLINE_EXCEEDED anywhere in the cause chain: Temporal, not the request. */
export function isTemporalUnavailable(error: unknown): boolean {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 6; depth++) {
    if (e.code === 14 || e.code === 4) return true;
    e = e.cause as typeof e;
  }
  return false;
}
