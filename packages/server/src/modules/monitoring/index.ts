// Public entry of the monitoring module. Pure parts only so far: indicator rules and the plan
// register read from the seed texts (tables, repository and routes come later).
export * from './monitoring.rules';
export * from './plans/index';
// Server side of the module (added with the monitoring tables, services and routes).
export { monitoringRoutes } from './monitoring.routes';
export { loadPlanRegister } from './register/register.service';
export { loadDemoValues } from './demo/demo.service';
export { refreshComputedIndicators } from './collection/compute.service';
export { INDICATOR_SOURCES } from './collection/indicator-sources';
export type { IndicatorCount, IndicatorPeriod, IndicatorSource } from './collection/indicator-sources';
