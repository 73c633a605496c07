import * as fs from 'node:fs';
import * as path from 'node:path';
import { aanmeldingSchema, type Aanmelding, type AanmeldingInput } from '../../domain/records';

/** The example aanmelding (examples/aanmelding.json), validated exactly as the API and CLI validate it. */
export function exampleAanmeldingInput(): AanmeldingInput {
  return JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../examples/aanmelding.json'), 'utf8'));
}

export function exampleAanmelding(overrides: Partial<AanmeldingInput> = {}): Aanmelding {
  return aanmeldingSchema.parse({ ...exampleAanmeldingInput(), ...overrides });
}
