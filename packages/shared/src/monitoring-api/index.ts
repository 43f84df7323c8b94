export * from './monitoring-api.contract';
export * from './monitoring-api.responses';
