// Every workflow type the case worker registers. Workflow code only: bundled and replayed.
export { caseWorkflow } from './case/workflow';
export { creditorTrackWorkflow } from './creditor-track/workflow';
export { oplossingWorkflow } from './oplossing/workflow';
export { attentionMarkerWorkflow } from './attention/marker';
export { sknFetchWatchWorkflow } from './skn/fetch-watch';
