import { harness, type Harness } from './support';

/** The oplossing routes in the OpenAPI document: paths, roles, and bodies without the authenticated party. */

let h: Harness;
let doc: any; // eslint-disable-line @typescript-eslint/no-explicit-any
beforeAll(async () => {
  h = await harness();
  doc = (await h.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
});
afterAll(() => h.close());

describe('the oplossing in the OpenAPI document', () => {
  it('documents every oplossing route with its roles', () => {
    const roles = (path: string, method: string) => doc.paths[path]?.[method]?.['x-roles'];
    expect(roles('/api/v1/cases/{caseId}/oplossing', 'get')).toEqual(['officer', 'supervisor']);
    expect(roles('/api/v1/cases/{caseId}/oplossing/timeline', 'get')).toEqual(['officer', 'supervisor']);
    for (const action of [
      'oplossing-start',
      'dwangakkoord-verzoek',
      'dwangakkoord-zitting',
      'dwangakkoord-uitspraak',
      'wsnp-verklaring',
      'betaling',
      'regeling-beeindigen',
    ]) {
      expect(roles(`/api/v1/cases/{caseId}/oplossing/actions/${action}`, 'post')).toEqual(['officer']);
    }
    expect(roles('/api/v1/creditor/oplossing', 'get')).toEqual(['creditor']);
    for (const answer of ['voorstel-akkoord', 'voorstel-afwijzing', 'finale-kwijting']) {
      expect(roles(`/api/v1/creditor/oplossing/answers/${answer}`, 'post')).toEqual(['creditor']);
    }
    expect(roles('/api/v1/waarborgfonds/borgstellingen', 'get')).toEqual(['waarborgfonds']);
    expect(roles('/api/v1/cases/{caseId}/oplossing/borgstelling-besluit', 'post')).toEqual(['waarborgfonds']);
    expect(doc.tags.map((t: { name: string }) => t.name)).toContain('Waarborgfonds');
  });

  it('keeps officerId and creditorId out of the bodies: they come from the token and the session', () => {
    const schemas = doc.components.schemas;
    expect(schemas.OplossingOplossingStartAction.properties.officerId).toBeUndefined();
    expect(schemas.OplossingOplossingStartAction.required).toEqual(
      expect.arrayContaining(['afloscapaciteitPerMonth', 'vtlbBasis', 'form']),
    );
    expect(schemas.OplossingDwangakkoordVerzoekAction.required.sort()).toEqual(['creditorId', 'date']);
    expect(schemas.VoorstelAfwijzingAnswer.properties.creditorId).toBeUndefined();
    expect(schemas.VoorstelAfwijzingAnswer.required).toEqual(['reason']);
    expect(schemas.BorgstellingBesluit.required.sort()).toEqual(['by', 'granted']);
    for (const name of ['OplossingStatus', 'CreditorOplossing', 'Borgstellingen', 'Borgstelling'])
      expect(schemas[name]).toBeDefined();
    // The creditor's view has no list of creditors.
    expect(schemas.CreditorOplossing.properties.creditors).toBeUndefined();
  });
});
