import { officerOplossingBodies } from '../../api/oplossing/bodies';
import { parseRecord } from '../../domain/records';
import { fieldFor } from '../../console/forms';
import { OPLOSSING_FORMS } from '../../console/oplossing-forms';

/**
 * The schuldregeling forms of the console without a browser: every error the API's schema gives for a form's
 * body lands on a field of that form. (The pages themselves call the API with Fastify's inject, which jest
 * cannot load; tests/browser/console.test.ts drives them in Chromium against the running system.)
 */

describe('officer: the schuldregeling in the console', () => {
  it.each(OPLOSSING_FORMS.map((f) => [f.action, f] as const))(
    'action %s: every error of an empty form lands on one of its fields',
    (action, f) => {
      const fields = f.fields([['eneco', 'Eneco']], '2026-12-01');
      const result = parseRecord(officerOplossingBodies[action]!, f.build({}, []));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      for (const error of result.errors) {
        expect([error.field, fieldFor(error.field, fields)]).toEqual([error.field, expect.any(String)]);
      }
    },
  );
});
