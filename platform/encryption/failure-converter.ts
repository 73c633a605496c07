import { DefaultFailureConverter } from '@temporalio/common';

/**
 * Failure messages and stack traces can quote personal data (a validation error naming a BSN, say):
 * move them into the encoded attributes so the payload codec encrypts them too.
 * Loaded by path (failureConverterPath) in workers and clients alike.
 */
export const failureConverter = new DefaultFailureConverter({ encodeCommonAttributes: true });
