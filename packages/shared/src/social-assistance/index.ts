export * from './social-assistance.codes';
export * from './social-assistance.parameters';
export * from './social-assistance.registry';
export * from './social-assistance.workflow';
