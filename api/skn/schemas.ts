import { z } from 'zod';
import { isValidLetterId } from '../../domain/letter-id';
import { ZAAKKENMERK_PATTERN } from '../../domain/skn/answers';
import { SKN_ANSWER_TYPES, SKN_MESSAGE_TYPES } from '../../domain/skn/messages';
import { named } from '../schemas';

/** Request and response schemas of the SKN-vocabulary API (the answers' bodies live in domain/skn/answers.ts). */

const date = z.string().meta({ format: 'date' });

export const berichtParams = z.object({
  berichtId: z
    .string()
    .refine(isValidLetterId, { error: 'berichtId is geen geldig berichtnummer' })
    .meta({ pattern: '^(?!.*\\.\\.)[A-Za-z0-9][A-Za-z0-9._-]{0,199}$' }),
});

export const berichtListQuery = z.object({
  type: z
    .enum(SKN_MESSAGE_TYPES, { error: `type moet een van ${SKN_MESSAGE_TYPES.join(', ')} zijn` })
    .optional(),
  zaakkenmerk: z
    .string()
    .regex(ZAAKKENMERK_PATTERN, { error: 'zaakkenmerk moet de vorm GM0599-2026-0001 hebben' })
    .optional(),
  nietOpgehaald: z
    .enum(['true', 'false'], { error: 'nietOpgehaald moet true of false zijn' })
    .transform((v) => v === 'true')
    .optional(),
});

export const sknBericht = named(
  z.object({
    berichtId: z.string(),
    berichtType: z.enum(SKN_MESSAGE_TYPES),
    herinnering: z.boolean(),
    zaakkenmerk: z.string(),
    schuldeiser: z.string(),
    /** As printed on the letter. */
    kenmerk: z.string(),
    onderwerp: z.string(),
    aangebodenOp: z.string(),
    /** Last day to fetch it (Schuldenknooppunt: 5 werkdagen); after that it goes out on paper. */
    ophalenUiterlijk: date,
    opgehaaldOp: z.string().optional(),
    /** The answer this message asks for, if any. */
    antwoord: z.enum(SKN_ANSWER_TYPES).optional(),
    paginas: z.number().int(),
    pdfHref: z.string(),
  }),
  'SknBericht',
);

export const sknBerichtList = named(
  z.object({ aantal: z.number().int(), berichten: z.array(sknBericht) }),
  'SknBerichten',
);

export const sknOntvangst = named(
  z.object({
    berichtType: z.enum(SKN_ANSWER_TYPES),
    zaakkenmerk: z.string(),
    schuldeiser: z.string(),
    ontvangenOp: z.string(),
    /** What was recorded on the case, in order (saldo-opgave, vooraf-akkoord, voorstel-akkoord, …). */
    verwerkt: z.array(z.string()),
  }),
  'SknOntvangst',
);

export const sknCsvBody = named(
  z
    .string({ error: 'stuur de saldo-opgaven als text/csv' })
    .min(1, { error: 'het bestand is leeg' })
    .meta({ contentMediaType: 'text/csv' }),
  'SknSaldoOpgavenCsv',
);

export const sknCsvResult = named(
  z.object({
    aantalRijen: z.number().int(),
    geaccepteerd: z.number().int(),
    geweigerd: z.number().int(),
    rijen: z.array(
      z.object({
        rij: z.number().int(),
        zaakkenmerk: z.string().optional(),
        resultaat: z.enum(['geaccepteerd', 'geweigerd']),
        reden: z.string().optional(),
        verwerkt: z.array(z.string()).optional(),
      }),
    ),
  }),
  'SknSaldoOpgavenResultaat',
);
