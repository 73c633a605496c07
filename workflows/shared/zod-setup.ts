import { z } from 'zod';

/**
 * Preloaded into the workflow thread's shared context (workers/bundle-options.ts), right after zod. zod writes its
 * default locale and memoizer into its global config when it builds its first schema and first object schema;
 * the SDK deep-freezes the shared context once the preloaded modules have run, so those writes must happen here,
 * not later inside a workflow. Workflow code never imports this module.
 */
z.object({ warmUp: z.string() });
