/** Moved to services/visibility.ts; this re-export keeps api/ internals compiling until they import it from there. */
export * from '../services/visibility';
