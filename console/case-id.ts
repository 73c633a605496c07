/** A case id as the console accepts it in a path: case-GM<gemeentecode>-<zaaknummer>. */
export const CASE_ID = /^case-GM\d{4}-[A-Za-z0-9][A-Za-z0-9-]{0,39}$/;
