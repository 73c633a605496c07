import { patched as sdkPatched } from '@temporalio/workflow/lib/workflow';

export * from '@temporalio/workflow/lib/index';

/**
 * `@temporalio/workflow` as a case from before patched('status-memo') sees it: that one patch answers false, as it
 * does when an old history replays. Bundled in place of the package (./bundle.ts) for the fallback test.
 */
export function patched(patchId: string): boolean {
  return patchId === 'status-memo' ? false : sdkPatched(patchId);
}
