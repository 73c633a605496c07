import { creditorOplossingBodies, officerOplossingBodies } from '../../api/oplossing/bodies';
import { parseRecord } from '../../domain/records';
import { fieldFor } from '../../console/forms';
import { OPLOSSING_FORMS, OPLOSSING_MISSING_LABELS, PAPER_ANSWER_FORMS } from '../../console/oplossing-forms';
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
    const result = parseRecord(creditorOplossingBodies[answer], f.build({}, []));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    for (const error of result.errors) {
      expect([error.field, fieldFor(error.field, fields)]).toEqual([error.field, expect.any(String)]);
    }
  });

  it('derives every form from its body schema, in Dutch words: a field the schema gains is in the form', () => {
    expect(OPLOSSING_MISSING_LABELS).toEqual([]);
    const form = (action: string) => OPLOSSING_FORMS.find((f) => f.action === action)!;
    const names = (action: string) =>
      form(action)
        .fields([['eneco', 'Eneco']], '2026-12-01')
        .map((f) => f.name);
    expect(names('dwangakkoord-uitspraak')).toEqual(['creditorId', 'date', 'granted', 'wsnpToegelaten']);
    expect(names('wsnp-verklaring')).toEqual(['date', 'reason', 'firstAflossingOn']);
    const start = form('oplossing-start').fields([], '2026-12-01');
    expect(start.map((f) => [f.name, f.label, f.kind])).toEqual([
      ['afloscapaciteitPerMonth', 'Afloscapaciteit per maand', 'euro'],
      ['vtlbBasis', 'Berekening VTLB', 'textarea'],
      ['form', 'Vorm', 'radio'],
      ['kredietbank', 'Kredietbank', 'text'],
      ['waarborgfonds', 'Borgstelling bij het Waarborgfonds Saneringskredieten?', 'radio'],
    ]);
    // The posted form becomes the body the API takes: euros to cents, the yes/no to a boolean, lines to a list.
    expect(
      form('oplossing-start').build(
        {
          afloscapaciteitPerMonth: '125,50',
          vtlbBasis: 'VTLB',
          form: 'saneringskrediet',
          kredietbank: 'KBR',
          waarborgfonds: 'false',
        },
        [],
      ),
    ).toEqual({
      afloscapaciteitPerMonth: 12550,
      vtlbBasis: 'VTLB',
      form: 'saneringskrediet',
      kredietbank: 'KBR',
      waarborgfonds: false,
    });
    expect(
      form('regeling-beeindigen').build(
        {
          date: '2026-12-01',
          reason: 'op-verzoek',
          grounds: 'Verhuisd\n\nWil zelf verder',
          admissionDate: '2026-03-01',
        },
        [],
      ),
    ).toEqual({
      date: '2026-12-01',
      reason: 'op-verzoek',
      grounds: ['Verhuisd', 'Wil zelf verder'],
      admissionDate: '2026-03-01',
    });
    expect(
      form('dwangakkoord-uitspraak').build(
        { creditorId: 'eneco', date: '2026-12-01', granted: 'false', wsnpToegelaten: '' },
        [],
      ),
    ).toEqual({ creditorId: 'eneco', date: '2026-12-01', granted: false });
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
