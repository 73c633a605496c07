/**
 * How letters address a resident, from the name in the resident record and, when known, the aanhef the resident
 * chose ("heer", "mevrouw"). Dutch rules: initials with full stops and no spaces ("J.P."), "IJ" counts as one
 * letter; the tussenvoegsel is lower case after initials ("J. van der Berg") and capitalised when it starts the
 * name ("Geachte heer Van der Berg"). Without an aanhef the salutation is gender-neutral, with initials.
 * Pure, no imports: the workflows map records to letter recipients with it.
 */

export type Aanhef = 'heer' | 'mevrouw';

export interface PersonName {
  givenNames: string;
  prefix?: string | undefined;
  surname: string;
}

/** "Jan Pieter" → "J.P."; "IJsbrand" → "IJ."; "Anne-Marie" → "A.M.". */
export function initials(givenNames: string): string {
  return givenNames
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((name) => (/^ij/i.test(name) ? 'IJ' : name.charAt(0).toLocaleUpperCase('nl-NL')) + '.')
    .join('');
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('nl-NL') + text.slice(1);
}

/** "van der Berg" (after initials or a first name) or "Van der Berg" (at the start). */
function familyName(name: PersonName, atStart: boolean): string {
  const prefix = name.prefix?.trim().toLocaleLowerCase('nl-NL');
  if (!prefix) return name.surname;
  return `${atStart ? capitalise(prefix) : prefix} ${name.surname}`;
}

/** The name on the envelope: "De heer J.P. van der Berg", "Mevrouw A. Jansen", or "A. Jansen". */
export function addressName(name: PersonName, aanhef?: Aanhef): string {
  const initialed = `${initials(name.givenNames)} ${familyName(name, false)}`;
  if (aanhef === 'heer') return `De heer ${initialed}`;
  if (aanhef === 'mevrouw') return `Mevrouw ${initialed}`;
  return initialed;
}

/** "Geachte heer Van der Berg,", "Geachte mevrouw Jansen,", or "Geachte J.P. van der Berg,". */
export function salutationFor(name: PersonName, aanhef?: Aanhef): string {
  if (aanhef) return `Geachte ${aanhef} ${familyName(name, true)},`;
  return `Geachte ${initials(name.givenNames)} ${familyName(name, false)},`;
}
