import * as path from 'node:path';
import { bundleWorkflowCode, DefaultLogger } from '@temporalio/worker';
import { caseBundlerOptions } from '../../../workers/bundle-options';

/**
 * The case workflows bundled as they ran before patched('status-memo'): the same code, with that patch off (a run
 * from before it keeps it off for life). Tests start such a case on their own worker to prove the fallback.
 */
export function bundleWithoutStatusMemo(): Promise<{ code: string }> {
  return bundleWorkflowCode({
    workflowsPath: require.resolve('../../../workflows'),
    logger: new DefaultLogger('WARN'),
    ...caseBundlerOptions,
    webpackConfigHook: (config) => ({
      ...config,
      resolve: {
        ...config.resolve,
        alias: {
          ...(config.resolve?.alias as Record<string, string> | undefined),
          '@temporalio/workflow$': path.join(__dirname, 'workflow-without-status-memo.ts'),
        },
      },
    }),
  });
}
