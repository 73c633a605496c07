import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/** The official DDAS v1.0 Uitwisselmodel schema (vendored, see ddas/vendor/SOURCE.md), compiled with ajv (2020-12). */
export const DDAS_VENDOR_DIR = path.join(__dirname, 'vendor', 'v1.0');
export const UITWISSELMODEL_SCHEMA_FILE = path.join(DDAS_VENDOR_DIR, 'json_schema_Uitwisselmodel.json');
export const DDAS_SHV_OPENAPI_FILE = path.join(DDAS_VENDOR_DIR, 'DDAS-SHV.yaml');

let compiled: (((data: unknown) => boolean) & { errors?: ErrorObject[] | null }) | undefined;

/** The schema's errors for a delivery; an empty list when it validates. */
export function uitwisselmodelErrors(delivery: unknown): string[] {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    compiled = ajv.compile(JSON.parse(fs.readFileSync(UITWISSELMODEL_SCHEMA_FILE, 'utf8')));
  }
  if (compiled(delivery)) return [];
  return (compiled.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim());
}
