// The bench worker's bundle: every real workflow plus the baselines.
export * from '../../workflows';
export { trivialWorkflow } from './trivial-workflow';
export { monthlyTimersWorkflow } from './monthly-workflow';
