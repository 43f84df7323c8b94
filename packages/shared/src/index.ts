export * from './core/index';
export * from './validators/index';
export * from './social-assistance/index';
export * from './monitoring/index';
export * from './monitoring-api/index';
