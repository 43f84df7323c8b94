import type { FastifyInstance } from 'fastify';
import type { Database } from './db/database';
import { monitoringRoutes } from './modules/monitoring/index';
import { assistanceOperationsRoutes, socialAssistanceRoutes } from './modules/social-assistance/index';

// The single ordered list of business modules. Each registers its routes (every one with a permission).
export type ModuleDeps = { db: Database };
export type ModuleRoutes = (app: FastifyInstance, deps: ModuleDeps) => void;

export const moduleRoutes: ModuleRoutes[] = [socialAssistanceRoutes(), assistanceOperationsRoutes(), monitoringRoutes()];
