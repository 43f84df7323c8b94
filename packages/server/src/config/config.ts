import { z } from 'zod';

// The only place that reads process.env. Parsed once at boot; every problem reported at once.
const ZConfig = z.object({
  port: z.coerce.number().int().min(1).max(65535).default(3000),
  host: z.string().default('127.0.0.1'),
  /** postgres://… runs on PostgreSQL; empty runs embedded PGlite in `dataDir`. */
  databaseUrl: z.string().url().optional(),
  dataDir: z.string().default('./data'),
  /** Load demo users and demo monitoring values on first start. */
  loadDemoData: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** Load villages for the seed regions (slower first start). */
  loadVillages: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  sessionHours: z.coerce.number().positive().max(72).default(8),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('warn'),
  webDist: z.string().optional(),
  secureCookies: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /** Embedded PGlite only: VACUUM (ANALYZE) at startup and then every N hours; 0 turns it off. */
  vacuumHours: z.coerce.number().min(0).max(168).default(24),
});
export type AppConfig = Readonly<z.infer<typeof ZConfig>>;

export const loadConfig = (env: NodeJS.ProcessEnv = process.env): AppConfig => {
  const parsed = ZConfig.safeParse({
    port: env['PORT'],
    host: env['HOST'],
    databaseUrl: env['DATABASE_URL'] || undefined,
    dataDir: env['MZ_DATA_DIR'],
    loadDemoData: env['MZ_DEMO_DATA'],
    loadVillages: env['MZ_LOAD_VILLAGES'],
    sessionHours: env['MZ_SESSION_HOURS'],
    logLevel: env['LOG_LEVEL'],
    webDist: env['MZ_WEB_DIST'],
    secureCookies: env['MZ_SECURE_COOKIES'],
    vacuumHours: env['MZ_VACUUM_HOURS'],
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`配置错误 (invalid configuration):\n${problems}`);
  }
  return Object.freeze(parsed.data);
};

export const testEnv = (env: NodeJS.ProcessEnv = process.env) => ({
  engine: env['MZ_TEST_ENGINE'] === 'postgres' ? ('postgres' as const) : ('pglite' as const),
  postgresUrl: env['TEST_DATABASE_URL'],
});
