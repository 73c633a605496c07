import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * The gemeente's letterhead, from configuration. The lead wires this into platform/config.ts;
 * everything in the letters folder only sees the parsed value.
 */
const postcode = z
  .string()
  .trim()
  .regex(/^[1-9]\d{3} ?[A-Za-z]{2}$/, 'postcode als 1234 AB');

export const postalAddressSchema = z.object({
  /** Street and number, or "Postbus 100". */
  line: z.string().trim().min(1).max(80),
  postcode,
  city: z.string().trim().min(1).max(60),
});

export const letterheadSchema = z.object({
  /** As it appears on top of the letter: "Gemeente Voorbeeldstad". */
  name: z.string().trim().min(1).max(80),
  /** Department line under the name: "Schuldhulpverlening". */
  department: z.string().trim().min(1).max(80).optional(),
  /** Where letters and bezwaarschriften are sent (also the return address on the envelope). */
  postalAddress: postalAddressSchema,
  /** Where residents can walk in. */
  visitingAddress: postalAddressSchema.optional(),
  phone: z.string().trim().min(6).max(30),
  email: z.email(),
  website: z.string().trim().min(4).max(80),
  /** PNG or JPEG, printed top left at most 22 mm high. Read once when the activities are created. */
  logoPath: z.string().min(1).optional(),
  /** Who signs beschikkingen: "het college van burgemeester en wethouders van Voorbeeldstad". */
  college: z.string().trim().min(1).max(120),
});

export type Letterhead = z.infer<typeof letterheadSchema>;
export type PostalAddress = z.infer<typeof postalAddressSchema>;

/** Letterhead with the logo already in memory, so rendering never touches the filesystem. */
export interface LoadedLetterhead extends Letterhead {
  logo?: Buffer;
}

export function loadLetterhead(input: unknown): LoadedLetterhead {
  const parsed = letterheadSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue ? issue.path.join('.') : '?';
    throw new Error(`Briefhoofd ongeldig: veld '${field}': ${issue?.message ?? 'onbekende fout'}`);
  }
  const letterhead = parsed.data;
  if (!letterhead.logoPath) return letterhead;
  let logo: Buffer;
  try {
    logo = readFileSync(letterhead.logoPath);
  } catch {
    throw new Error(`Briefhoofd ongeldig: veld 'logoPath': bestand niet leesbaar (${letterhead.logoPath})`);
  }
  const png = logo.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const jpeg = logo[0] === 0xff && logo[1] === 0xd8;
  if (!png && !jpeg) throw new Error(`Briefhoofd ongeldig: veld 'logoPath': alleen PNG of JPEG`);
  return { ...letterhead, logo };
}

/** "1234 AB  VOORBEELDSTAD": PostNL's preferred last line (two spaces, city in capitals). */
export function postcodeCityLine(address: { postcode: string; city: string }): string {
  const pc = address.postcode.replace(/\s+/g, '').toUpperCase();
  return `${pc.slice(0, 4)} ${pc.slice(4)}  ${address.city.toUpperCase()}`;
}
