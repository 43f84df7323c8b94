export * from './core/index';
export * from './validators/index';
