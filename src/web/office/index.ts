import type { FastifyInstance } from 'fastify';
import type { App } from '../../app/app.ts';
import { acceptForms } from '../../adapters/login/form-body.ts';
import { requireStaff } from '../auth/index.ts';
import { caseListRoutes } from './list-routes.tsx';
import { casePageRoutes } from './case-routes.tsx';
import { taskRoutes } from './task-routes.tsx';
import { counterRoutes } from './counter-routes.tsx';
import { officeInvoiceRoutes } from './invoice-routes.tsx';
import { dashboardRoutes } from './dashboard-routes.tsx';
import { crmRoutes } from './crm-routes.tsx';
import { settingsRoutes } from './settings-routes.tsx';

/**
 * The municipality's office under /office: signed-in staff only, each seeing their own
 * municipality; each section checks the roles that may use it.
 */
export function officeArea(app: App) {
  return async (server: FastifyInstance) => {
    acceptForms(server);
    server.addHook('preHandler', requireStaff());
    await server.register(caseListRoutes(app));
    await server.register(casePageRoutes(app));
    await server.register(taskRoutes(app));
    await server.register(counterRoutes(app));
    await server.register(officeInvoiceRoutes(app));
    await server.register(dashboardRoutes(app));
    await server.register(crmRoutes(app));
    await server.register(settingsRoutes(app));
  };
}
