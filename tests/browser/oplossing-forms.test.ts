import { creditorOplossingBodies, officerOplossingBodies } from '../../api/oplossing/bodies';
import { parseRecord } from '../../domain/records';
import { fieldFor } from '../../console/forms';
import { OPLOSSING_FORMS, PAPER_ANSWER_FORMS } from '../../console/oplossing-forms';
import { OPLOSSING_PANELS } from '../../console/oplossing-panels';

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

  it.each(
    PAPER_ANSWER_FORMS.filter((f) => f.answer === 'voorstel-afwijzing').map((f) => [f.answer, f] as const),
  )('paper answer %s: every error of an empty form lands on one of its fields', (answer, f) => {
    const fields = f.fields([['eneco', 'Eneco']], '2026-12-01');
    const result = parseRecord(creditorOplossingBodies[answer], f.build({}));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    for (const error of result.errors) {
      expect([error.field, fieldFor(error.field, fields)]).toEqual([error.field, expect.any(String)]);
    }
  });

  it('has one panel per officer action and per creditor answer, each with its own key and page path', () => {
    expect(OPLOSSING_PANELS).toHaveLength(OPLOSSING_FORMS.length + 3);
    expect(new Set(OPLOSSING_PANELS.map((p) => p.key)).size).toBe(OPLOSSING_PANELS.length);
    const paper = OPLOSSING_PANELS.find((p) => p.key === 'papier-finale-kwijting')!;
    expect(paper.apiPath('case-GM0599-2026-0001', {})).toBeUndefined();
    expect(paper.apiPath('case-GM0599-2026-0001', { creditorId: 'eneco' })).toBe(
      '/api/v1/cases/case-GM0599-2026-0001/oplossing/creditors/eneco/answers/finale-kwijting',
    );
  });
});
