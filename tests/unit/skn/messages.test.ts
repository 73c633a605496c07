import { LETTER_KINDS } from '../../../activities/letters/registry';
import { sknMessageKindOf } from '../../../domain/skn/messages';

describe('letter kinds under their Schuldenknooppunt names', () => {
  it.each([
    ['kennisgeving', 'Kennisgeving', false, undefined],
    ['saldoverzoek', 'Saldoverzoek', false, 'SaldoverzoekAntwoord'],
    ['herinnering-saldoverzoek', 'Saldoverzoek', true, 'SaldoverzoekAntwoord'],
    ['betaalvoorstel', 'Betaalvoorstel', false, 'BetaalvoorstelAntwoord'],
    ['betaalvoorstel-collectief', 'Betaalvoorstel', false, 'BetaalvoorstelAntwoord'],
    ['herinnering-betaalvoorstel', 'Betaalvoorstel', true, 'BetaalvoorstelAntwoord'],
    ['heroverweging', 'Heroverweging', false, 'BetaalvoorstelAntwoord'],
    ['schuldregeling-akkoord', 'SchuldregelingAkkoord', false, undefined],
    ['schuldregeling-beeindigd', 'SchuldregelingBeeindigd', false, undefined],
  ])('%s → %s', (kind, type, herinnering, antwoord) => {
    expect(sknMessageKindOf(kind)).toEqual({ type, herinnering, ...(antwoord ? { antwoord } : {}) });
  });

  it('letters outside the SKN vocabulary stay in the portal', () => {
    for (const kind of [
      'noodstop',
      'verlenging-noodstop',
      'einde-pauze',
      'verzoek-finale-kwijting',
      'bevestiging-finale-kwijting',
      'beschikking-toelating',
      'aanvraag-borgstelling',
      'toString',
      '__proto__',
    ])
      expect(sknMessageKindOf(kind)).toBeUndefined();
  });

  it('every mapped kind is a letter kind of the registry', () => {
    const mapped = LETTER_KINDS.filter((k) => sknMessageKindOf(k));
    expect(mapped).toHaveLength(9);
  });
});
