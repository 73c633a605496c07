/** "voorstel-akkoord" → "VoorstelAkkoord": a kebab-case action or answer in an operationId or schema name. */
export const pascal = (kebab: string) => kebab.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase());
