import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../modules';
import { dynamicRoutes } from './dynamic/dynamic.routes';
import { lowIncomeMonitoringRoutes } from './monitoring/low-income.routes';
import { paymentRoutes } from './payments/payments.routes';
import type { SocialAssistanceDeps } from './social-assistance.deps';

// Routes of the operational side of social assistance: payments (/api/assistance/payments),
// dynamic management (/api/assistance/dynamic) and low-income dynamic monitoring
// (/api/assistance/monitoring). Registered from src/modules.ts next to socialAssistanceRoutes.
export const assistanceOperationsRoutes =
  (options: { now?: () => Date } = {}) =>
  (app: FastifyInstance, { db }: ModuleDeps) => {
    const deps: SocialAssistanceDeps = { db, now: options.now ?? (() => new Date()) };
    paymentRoutes(app, deps);
    dynamicRoutes(app, deps);
    lowIncomeMonitoringRoutes(app, deps);
  };
