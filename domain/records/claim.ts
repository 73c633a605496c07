/** A claim (vordering) of one creditor on the resident. */
import { z } from 'zod';
import { buildOnce } from '../build-once';
import { idField, positiveCentsField, text } from './fields';

/** As entered: `preferent` may be left out and then follows the creditor type (see aanmelding). */
export const claimInputSchema = buildOnce('domain/records/claim#claimInputSchema', () =>
  z.object(
    {
      creditorId: idField('creditorId'),
      amount: positiveCentsField('amount (bedrag in centen)'),
      preferent: z.boolean({ error: 'preferent moet true of false zijn' }).optional(),
      /** The creditor's reference (dossier- of factuurnummer). */
      reference: text('reference (kenmerk)', 100),
    },
    { error: 'vordering ontbreekt of is geen object' },
  ),
);

/** A standalone claim: `preferent` defaults to false (concurrent). */
export const claimSchema = buildOnce('domain/records/claim#claimSchema', () =>
  claimInputSchema.transform((claim) => ({
    ...claim,
    preferent: claim.preferent ?? false,
  })),
);

export type Claim = z.output<typeof claimSchema>;
export type ClaimInput = z.input<typeof claimInputSchema>;
