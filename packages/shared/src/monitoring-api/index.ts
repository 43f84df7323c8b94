export * from './monitoring-api.contract';
