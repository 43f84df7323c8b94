export * from './social-assistance.codes';
export * from './social-assistance.parameters';
export * from './social-assistance.registry';
export * from './social-assistance.workflow';
export * from './social-assistance.payments';
export * from './social-assistance.dynamic';
export * from './social-assistance.low-income';
