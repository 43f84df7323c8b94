// Public entry of the monitoring module. Pure parts only so far: indicator rules and the plan
// register read from the seed texts (tables, repository and routes come later).
export * from './monitoring.rules';
export * from './plans/index';
