import type { BetaalvoorstelAntwoord, GeenMedewerking, SaldoverzoekAntwoord } from '../../domain/skn/answers';
import { ActionRejectedError } from '../../services/errors';
import type { ApiDeps } from '../deps';
import type { Addressee } from './addressee';

/**
 * An SKN answer applied through the same services as the portal: the creditor track's answers
 * (services/cases.ts) and the oplossing's creditor answers (services/oplossing.ts), so the case shows them and
 * the workflows' own validators decide. Returns what was recorded, in order.
 */

/**
 * Saldo-opgave first, then vooraf akkoord (the track takes a vooraf akkoord after a saldo-opgave, not the other
 * way round). Before anything is sent, an answer the track would refuse as a whole is refused here, so a refused
 * SaldoverzoekAntwoord changes nothing.
 */
export async function applySaldoverzoekAntwoord(
  deps: ApiDeps,
  to: Addressee,
  answer: SaldoverzoekAntwoord,
): Promise<string[]> {
  const done: string[] = [];
  if (answer.saldoOpgave && answer.voorafAkkoord) {
    const track = await deps.cases.creditorTrack(to.caseId, to.creditorId);
    if (track.answer === 'vooraf-akkoord' || track.answer === 'geen-medewerking')
      throw new ActionRejectedError(
        `U heeft al geantwoord (${track.answer === 'vooraf-akkoord' ? 'vooraf akkoord' : 'geen medewerking'}); neem contact op met de gemeente om dat te wijzigen.`,
      );
  }
  if (answer.saldoOpgave) {
    await deps.cases.answer(to.caseId, to.creditorId, 'saldo-opgave', answer.saldoOpgave);
    done.push('saldo-opgave');
  }
  if (answer.voorafAkkoord) {
    try {
      await deps.cases.answer(to.caseId, to.creditorId, 'vooraf-akkoord', {});
    } catch (error) {
      if (done.length && error instanceof ActionRejectedError)
        throw new ActionRejectedError(
          `De saldo-opgave is vastgelegd, het vooraf akkoord niet: ${error.message}`,
        );
      throw error;
    }
    done.push('vooraf-akkoord');
  }
  return done;
}

export async function applyBetaalvoorstelAntwoord(
  deps: ApiDeps,
  to: Addressee,
  answer: BetaalvoorstelAntwoord,
): Promise<string[]> {
  const actor = { role: 'creditor', creditorId: to.creditorId } as const;
  if (answer.antwoord === 'akkoord') {
    await deps.oplossing.act(to.caseId, 'voorstel-akkoord', actor, {});
    return ['voorstel-akkoord'];
  }
  await deps.oplossing.act(to.caseId, 'voorstel-afwijzing', actor, { reason: answer.reden });
  return ['voorstel-afwijzing'];
}

export async function applyGeenMedewerking(
  deps: ApiDeps,
  to: Addressee,
  answer: GeenMedewerking,
): Promise<string[]> {
  await deps.cases.answer(to.caseId, to.creditorId, 'geen-medewerking', { reason: answer.reden });
  return ['geen-medewerking'];
}
