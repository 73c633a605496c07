import { parseCivilDate as d } from '../../../domain/civil-date';
import { Refusal } from '../../../workflows/shared/validation';
import { oplossingRules } from '../../../workflows/oplossing/rules';
import { CREDITOR_STAGE_TABLE, nextStage, stagesAllowing } from '../../../workflows/oplossing/stages';
import { initialState } from '../../../workflows/oplossing/derived';
import { oplossingInput } from './fixture';

/** The creditor stage table and the validators, without a server. */

describe('creditor stage table', () => {
  it('walks the process of domain.md §5', () => {
    expect(nextStage('wacht-op-voorstel', 'voorstel')).toBe('voorgesteld');
    expect(nextStage('voorgesteld', 'termijn-verstreken')).toBe('herinnerd');
    expect(nextStage('herinnerd', 'termijn-verstreken')).toBe('geescaleerd');
    expect(nextStage('voorgesteld', 'afwijzing')).toBe('heroverweging');
    expect(nextStage('heroverweging', 'afwijzing')).toBe('blijft-weigeren');
    expect(nextStage('blijft-weigeren', 'dwangakkoord-verzoek')).toBe('dwangakkoord');
    expect(nextStage('dwangakkoord', 'dwangakkoord-toegewezen')).toBe('gebonden');
    expect(nextStage('wacht-op-voorstel', 'vooraf-akkoord')).toBe('gebonden');
  });
  it('has no way out of akkoord or gebonden, and no dwangakkoord before the creditor refused', () => {
    for (const event of Object.keys(CREDITOR_STAGE_TABLE) as (keyof typeof CREDITOR_STAGE_TABLE)[]) {
      expect(nextStage('akkoord', event)).toBeUndefined();
      expect(nextStage('gebonden', event)).toBeUndefined();
    }
    expect(stagesAllowing('dwangakkoord-verzoek').sort()).toEqual(['blijft-weigeren', 'geescaleerd']);
    expect(nextStage('voorgesteld', 'dwangakkoord-verzoek')).toBeUndefined();
  });
});

describe('oplossing validators (Dutch reasons)', () => {
  const input = oplossingInput([{ id: 'a', claim: 100_000 }]);
  const ctx = () => ({ status: initialState(input, 'x/oplossing').status, input, today: d('2027-03-10') });
  it('refuses an answer before any proposal, naming the stage', () => {
    expect(() => oplossingRules['voorstel-akkoord']({ creditorId: 'a' }, ctx())).toThrow(
      'Niet mogelijk in fase voorbereiding; deze actie hoort bij fase betaalvoorstel.',
    );
    const c = ctx();
    c.status.phase = 'betaalvoorstel';
    expect(() => oplossingRules['voorstel-akkoord']({ creditorId: 'a' }, c)).toThrow(
      /Akkoord is niet mogelijk: schuldeiser a staat op wacht-op-voorstel/,
    );
    expect(() => oplossingRules['voorstel-akkoord']({ creditorId: 'zz' }, c)).toThrow(Refusal);
  });
  it('refuses a ruling date in the future and a ruling before the hearing', () => {
    const c = ctx();
    c.status.phase = 'betaalvoorstel';
    const offer = c.status.creditors[0]!;
    offer.stage = 'dwangakkoord';
    offer.dwangakkoord = { requestedOn: d('2027-03-02') };
    const rule = oplossingRules['dwangakkoord-uitspraak'];
    const body = { officerId: 'm', creditorId: 'a', date: d('2027-03-05'), granted: false };
    expect(() => rule(body, c)).toThrow('Leg eerst de zitting vast.');
    offer.dwangakkoord.hearingOn = d('2027-03-08');
    expect(() => rule(body, c)).toThrow('De uitspraak ligt vóór 2027-03-08.');
    expect(() => rule({ ...body, date: d('2027-03-11') }, c)).toThrow('De uitspraak ligt in de toekomst.');
  });
});
