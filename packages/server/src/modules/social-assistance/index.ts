import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../modules';
import { importRoutes } from './import/import.routes';
import { parameterRoutes } from './parameters/parameters.routes';
import { registryRoutes } from './registry/registry.routes';
import type { SocialAssistanceDeps } from './social-assistance.deps';
import { workflowRoutes } from './workflow/workflow.routes';

// Public entry of the social-assistance module: its route registration and the indicators that
// plan monitoring consumes. Other modules import only from here.
export { socialAssistanceIndicators } from './social-assistance.indicators';
export type { SocialAssistanceDeps } from './social-assistance.deps';
export { assistanceOperationsRoutes } from './operations.routes';
export { createDemoCaseload } from './demo/demo-caseload';

export const socialAssistanceRoutes =
  (options: { now?: () => Date } = {}) =>
  (app: FastifyInstance, { db }: ModuleDeps) => {
    const deps: SocialAssistanceDeps = { db, now: options.now ?? (() => new Date()) };
    registryRoutes(app, deps);
    parameterRoutes(app, deps);
    workflowRoutes(app, deps);
    importRoutes(app, deps);
  };
