import { z } from 'zod';
import { CASE_ACTIONS, creditorAnswerSchemas } from '../../workflows/case/actions';
import { AANMELDING_MISSING_LABELS, aanmeldingBody, aanmeldingGroups } from '../../console/aanmelding-form';
import { MISSING_LABELS, PANELS } from '../../console/case-panels';
import { field, scopedFields } from '../../console/form-render';
import { allFields, fieldFor, FormState } from '../../console/forms';
import { formFields } from '../../console/forms/derived';
import { html, raw } from '../../console/html';
import { localProblems } from '../../console/panel-submit';
import { PORTAL_ANSWERS } from '../../console/portal-answers';

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

  it('has a form for every officer action of the workflow, and a label for every field of every schema', () => {
    expect(PANELS.flatMap((p) => (p.action ? [p.action] : [])).sort()).toEqual([...CASE_ACTIONS].sort());
    expect(MISSING_LABELS).toEqual([]);
    expect(AANMELDING_MISSING_LABELS).toEqual([]);
  });

  it('refuses to build a form for a schema field that has no Dutch label (a schema change cannot leave a form behind)', () => {
    const grown = z.object({ date: z.string(), newField: z.string() });
    expect(() => formFields('eerste-gesprek', grown, { today: '2026-11-23' })).toThrow(
      /no label for eerste-gesprek:newField/,
    );
  });

  it.each(PANELS.map((p) => [p.key, p] as const))(
    'form %s: every problem of an empty form lands on one of its fields, in words that name it by its label',
    (_key, panel) => {
      const fields = panel.fields([['woonstad', 'Woonstad']], '');
      const problems = localProblems(panel.schema, fields, panel.build({}, []), []);
      for (const p of problems) {
        const target = fieldFor(p.name, fields);
        expect([p.name, target]).toEqual([p.name, expect.any(String)]);
        const label = fields.find((f) => f.name === target)!.label;
        expect(p.reason).toContain(`‘${label}’`);
        expect(p.reason).not.toMatch(/centen|\(body\)|[a-z]+\.[a-z]+ \(|ontbreekt of is geen|moet true/);
      }
      if (panel.key !== 'papier-vooraf-akkoord') expect(problems.length).toBeGreaterThan(0);
    },
  );

  it('builds the aanmelding from the filled-in creditor blocks only and names the fields in B1 Dutch', () => {
    const values: Record<string, string> = {
      caseNumber: '2026-0042',
      'aanmelding.requestDate': '2026-11-23',
      'aanmelding.source.kind': 'resident-request',
      'aanmelding.resident.bsn': '123456789',
      'aanmelding.creditors[0].convenantMonths': '4',
      'aanmelding.creditors[1].name': 'Woonstad Rotterdam',
      'aanmelding.creditors[1].type': 'verhuurder',
      'aanmelding.creditors[1].iban': 'NL00 FOUT',
      'aanmelding.creditors[1].convenantMonths': '8',
      'aanmelding.creditors[1].claim.amount': '3.120,75',
      'aanmelding.creditors[2].claim.amount': 'veel',
    };
    const { body, problems } = aanmeldingBody(values, {
      officerId: 'medewerker-001',
      gemeenteCode: 'GM0599',
    });
    const aanmelding = body.aanmelding as {
      creditors: { id?: string; convenantMonths?: number }[];
      claims: unknown[];
    };
    expect(aanmelding.creditors.map((c) => c.id)).toEqual(['woonstad-rotterdam', undefined]);
    expect(aanmelding.creditors[0]!.convenantMonths).toBe(8);
    expect(aanmelding.claims[0]).toMatchObject({ creditorId: 'woonstad-rotterdam', amount: 312075 });
    const byName = Object.fromEntries(problems.map((p) => [p.name, p.reason]));
    expect(byName['aanmelding.creditors[2].claim.amount']).toBe(
      '‘Bedrag vordering’: Vul een bedrag in euro’s in dat groter is dan nul, bijvoorbeeld 3.120,75.',
    );
    expect(byName['aanmelding.resident.bsn']).toBe(
      '‘BSN’: Vul een BSN van 9 cijfers in. Neem het over van het identiteitsbewijs: dit nummer bestaat niet.',
    );
    expect(byName['aanmelding.resident.name.surname']).toBe('Vul ‘Achternaam’ in.');
    expect(byName['aanmelding.creditors[1].iban']).toBe(
      '‘IBAN’: Vul een IBAN in zoals NL44 RABO 0123 4567 89. Kijk het nummer goed na.',
    );
    // The claim's kenmerk is needed once an amount is given (the schema's rule), and the form says so.
    expect(byName['aanmelding.creditors[1].claim.reference']).toBe('Vul ‘Kenmerk vordering’ in.');
    const fields = allFields(aanmeldingGroups('2026-11-23', '2026-0042'));
    for (const p of problems)
      expect([p.name, fieldFor(p.name, fields)]).toEqual([p.name, expect.any(String)]);
  });
});

describe('creditor answer forms', () => {
  const problemsOf = (answer: string, values: Record<string, string>) => {
    const form = PORTAL_ANSWERS.find((f) => f.answer === answer)!;
    const local: { name: string; reason: string }[] = [];
    const body = form.build(values, local);
    return localProblems(creditorAnswerSchemas[form.answer], form.fields(), body, local).map((p) => p.reason);
  };

  it('words the saldo-opgave errors for an outside creditor, without cents or field codes', () => {
    const hoofdsom =
      '‘Hoofdsom’: Vul de hoofdsom in euro’s in, bijvoorbeeld 2.900,00. Rente en kosten vult u apart in.';
    expect(problemsOf('saldo-opgave', { hoofdsom: 'drieduizend' })).toEqual([hoofdsom]);
    expect(problemsOf('saldo-opgave', {})).toEqual([hoofdsom]);
    expect(problemsOf('saldo-opgave', { rente: '12,50' })).toEqual([hoofdsom]);
  });

  it('asks what the saldoverzoek asks: hoofdsom, rente and kosten apart, the date, beslag, an optional kenmerk', () => {
    const form = PORTAL_ANSWERS.find((f) => f.answer === 'saldo-opgave')!;
    expect(form.fields().map((f) => f.label)).toEqual([
      'Hoofdsom',
      'Rente',
      'Kosten',
      'Datum waarop de schuld ontstond',
      'Soort beslag',
      'Datum van het beslag',
      'Wie legde het beslag?',
      'Bedrag per maand (bij loonbeslag)',
      'Uw kenmerk',
      'Deze vordering is preferent (voorrang bij wet)',
    ]);
    expect(form.fields().find((f) => f.label === 'Uw kenmerk')!.optional).toBe(true);
    const values = { hoofdsom: '2.900,00', rente: '125,50', kosten: '125,25', datumOntstaan: '2025-06-01' };
    expect(problemsOf('saldo-opgave', values)).toEqual([]);
    expect(form.build(values, [])).toEqual({
      hoofdsom: 290000,
      rente: 12550,
      kosten: 12525,
      datumOntstaan: '2025-06-01',
    });
  });

  it('asks for the tick and the reason in plain words', () => {
    expect(problemsOf('pauze-bevestiging', {})).toEqual(['Zet een vinkje bij ‘Wij pauzeren de incasso’.']);
    expect(problemsOf('geen-medewerking', {})).toEqual(['Vul ‘Reden’ in.']);
  });
});
