// Pure indicator rules of the monitoring module (no database, no HTTP, no clock).
export * from './rules/aggregation.rules';
export * from './rules/progress-measure.rules';
export * from './rules/projection.rules';
export * from './rules/target.rules';
export * from './rules/target-strength.rules';
export * from './rules/time-progress.rules';
