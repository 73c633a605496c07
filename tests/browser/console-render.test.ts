import { parseRecord } from '../../domain/records';
import { actionBodySchemas, answerBodySchemas } from '../../api/officer/routes';
import { startCaseBody } from '../../api/schemas';
import { CASE_ACTIONS } from '../../workflows/case/actions';
import { allFields, field, fieldFor, FormState, scopedFields } from '../../console/forms';
import { html, raw } from '../../console/html';
import { ACTION_FORMS, aanmeldingBody, aanmeldingGroups } from '../../console/officer-forms';
import { ANSWER_FORMS } from '../../console/answer-forms';

/**
 * The console's pieces without a browser: escaping, and that every error the API's schemas give for a form's
 * body lands on a field of that form (so the error summary can link to it).
 */

describe('console rendering', () => {
  it('escapes every interpolated value, in text and in attributes', () => {
    const name = `<img src=x onerror="alert(1)">'&`;
    expect(html`<p title="${name}">${name}</p>`.value).toBe(
      '<p title="&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&#39;&amp;">&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&#39;&amp;</p>',
    );
    expect(html`${[name, raw('<b>ok</b>'), undefined, false]}`.value).toBe(
      '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&#39;&amp;<b>ok</b>',
    );
    const state = new FormState({ reason: `"><script>alert(1)</script>` }, [
      { name: 'reason', label: 'Reden' },
    ]);
    state.add({ name: 'reason', reason: '<b>fout</b>' });
    const markup = field({ name: 'reason', label: 'Reden' }, state).value;
    expect(markup).not.toContain('<script>');
    expect(markup).toContain('&lt;b&gt;fout&lt;/b&gt;');
    expect(markup).toContain('aria-invalid="true"');
  });

  it('gives fields of one of several forms their own ids, and the summary links to them', () => {
    const fields = [{ name: 'date', label: 'Datum' }];
    const state = new FormState({}, fields);
    state.add({ name: 'date', reason: 'date ontbreekt' });
    const markup = scopedFields('eerste-gesprek', fields, state).value;
    expect(markup).toContain('id="f-eerste-gesprek--date"');
    expect(markup).toContain('for="f-eerste-gesprek--date"');
    expect(markup).toContain('aria-describedby="f-eerste-gesprek--date-fout"');
  });

  it('places an error on the field it names, the deepest field under it, or the first field inside an object', () => {
    const fields = [{ name: 'plan.goal' }, { name: 'plan.residentActions' }, { name: 'date' }].map((f) => ({
      ...f,
      label: f.name,
    }));
    expect(fieldFor('plan.residentActions[0]', fields)).toBe('plan.residentActions');
    expect(fieldFor('plan', fields)).toBe('plan.goal');
    expect(fieldFor('date', fields)).toBe('date');
    expect(fieldFor('(body)', fields)).toBeUndefined();
  });

  it.each(ACTION_FORMS.map((f) => [f.action, f] as const))(
    'action %s: every error of an empty form lands on one of its fields',
    (action, form) => {
      const fields = form.fields([['woonstad', 'Woonstad']], '2026-11-23');
      const result = parseRecord(actionBodySchemas[action], form.build({}, []));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      for (const error of result.errors) {
        expect([error.field, fieldFor(error.field, fields)]).toEqual([error.field, expect.any(String)]);
      }
    },
  );

  it('has a form for every officer action of the workflow', () => {
    expect(ACTION_FORMS.map((f) => f.action).sort()).toEqual([...CASE_ACTIONS].sort());
  });

  it('builds the aanmelding from the filled-in creditor blocks only and maps errors back to the block', () => {
    const values: Record<string, string> = {
      caseNumber: '2026-0042',
      'aanmelding.requestDate': '2026-11-23',
      'aanmelding.source.kind': 'resident-request',
      'aanmelding.creditors[0].convenantMonths': '4',
      'aanmelding.creditors[1].name': 'Woonstad Rotterdam',
      'aanmelding.creditors[1].type': 'verhuurder',
      'aanmelding.creditors[1].iban': 'NL00 FOUT',
      'aanmelding.creditors[1].convenantMonths': '8',
      'aanmelding.creditors[1].claim.amount': '3.120,75',
      'aanmelding.creditors[2].claim.amount': 'veel',
    };
    const { body, local, rename } = aanmeldingBody(values, {
      officerId: 'medewerker-001',
      gemeenteCode: 'GM0599',
    });
    const aanmelding = (
      body as { aanmelding: { creditors: { id: string }[]; claims: { amount: unknown }[] } }
    ).aanmelding;
    expect(aanmelding.creditors.map((c) => c.id)).toEqual(['woonstad-rotterdam', undefined]);
    expect(aanmelding.claims[0]).toMatchObject({ creditorId: 'woonstad-rotterdam', amount: 312075 });
    expect(local).toEqual([
      { name: 'aanmelding.creditors[2].claim.amount', reason: expect.stringMatching(/Geen geldig bedrag/) },
    ]);

    const result = parseRecord(startCaseBody, body);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const fields = allFields(aanmeldingGroups('2026-11-23', '2026-0042'));
    const names = result.errors.map((e) => rename!(e.field));
    expect(names).toContain('aanmelding.creditors[1].iban');
    expect(names).toContain('aanmelding.resident.bsn');
    for (const name of names) expect([name, fieldFor(name, fields)]).toEqual([name, expect.any(String)]);
  });

  it('knows every creditor answer of the portal', () => {
    expect(Object.keys(answerBodySchemas).sort()).toEqual(
      ['geen-medewerking', 'pauze-bevestiging', 'saldo-opgave', 'vooraf-akkoord'].sort(),
    );
  });
});

describe('creditor answer forms', () => {
  it.each(ANSWER_FORMS.filter((f) => f.answer !== 'vooraf-akkoord').map((f) => [f.answer, f] as const))(
    'answer %s: every error of an empty form lands on one of its fields',
    (answer, form) => {
      const fields = form.fields({ pauseEnd: undefined });
      const result = parseRecord(answerBodySchemas[answer], form.build({}, []));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      for (const error of result.errors) {
        expect([error.field, fieldFor(error.field, fields)]).toEqual([error.field, expect.any(String)]);
      }
    },
  );
});
