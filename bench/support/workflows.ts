// The bench worker's bundle: every real workflow plus the trivial baseline.
export * from '../../workflows';
export { trivialWorkflow } from './trivial-workflow';
