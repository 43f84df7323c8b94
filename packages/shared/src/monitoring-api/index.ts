export * from './monitoring-api.contract';
// Response shapes, by area (response-parts.ts holds building blocks the package does not export).
export * from './common.responses';
export * from './register.responses';
export * from './dashboards.responses';
export * from './collection.responses';
