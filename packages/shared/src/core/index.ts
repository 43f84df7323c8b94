export * from './errors';
export * from './divisions';
export * from './access';
export * from './audit';
export * from './audit-actions';
export * from './paging';
