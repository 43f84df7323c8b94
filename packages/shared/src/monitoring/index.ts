export * from './monitoring.codes';
export * from './monitoring.contract';
