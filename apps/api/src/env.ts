import { z } from 'zod';

const environmentSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    /** The API's login: a member of openpb_app, subject to row-level security (D14). */
    DATABASE_URL: z.string().url().optional(),
    /** The owner of the tables: when given, the API applies the migrations with it at start. */
    MIGRATION_DATABASE_URL: z.string().url().optional(),
    OPENPB_EMBEDDED_PG_PORT: z.string().optional(),
    /** Production identity provider: the JWKS of the council's OpenID Connect provider. */
    OPENPB_JWKS_URL: z.string().url().optional(),
    OPENPB_JWT_ISSUER: z.string().optional(),
    OPENPB_JWT_AUDIENCE: z.string().default('openpb-api'),
    /** Seed the embedded database at this scale when it is created. */
    OPENPB_SEED_SCALE: z.string().default('demo'),
    /** Requests a minute per client (token subject); the burst is a tenth of it. */
    OPENPB_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
    /** Staff tokens whose lifetime (exp − iat) is longer than this are refused; tokens without exp always are. */
    OPENPB_MAX_TOKEN_LIFETIME_SECONDS: z.coerce.number().int().min(60).default(3_600),
    /**
     * The database's tenancy key (hex; `SELECT encode(key, 'hex') FROM tenancy_key` as the owner):
     * proves to PostgreSQL which council each connection serves (D18). Required unless the API
     * can read it as the owner (the embedded database, or MIGRATION_DATABASE_URL).
     */
    OPENPB_TENANCY_KEY: z
      .string()
      .regex(/^[0-9a-fA-F]{64}$/, '64 hex digits')
      .optional(),
    /** Connections to PostgreSQL, for every council together (D18). */
    OPENPB_DATABASE_CONNECTIONS: z.coerce.number().int().min(2).default(20),
    /** Longest a single SQL statement may run (PostgreSQL statement_timeout). */
    OPENPB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
    /** Trusted-documents mode: the persisted-documents manifest of the SDK; other operations are refused. */
    OPENPB_TRUSTED_DOCUMENTS: z.string().optional(),
    /** Origins allowed to call the API from a browser (comma-separated). */
    OPENPB_CORS_ORIGINS: z.string().default('http://localhost:5173,http://127.0.0.1:5173'),
    /** The webhook delivery worker (D37): "off" to run none in this process. */
    OPENPB_WEBHOOK_WORKER: z.enum(['on', 'off']).default('on'),
    /** How often the worker looks for due deliveries. */
    OPENPB_WEBHOOK_POLL_MS: z.coerce.number().int().min(50).default(1_000),
  })
  .superRefine((env, context) => {
    if (env.NODE_ENV === 'production' && (!env.OPENPB_JWKS_URL || !env.OPENPB_JWT_ISSUER)) {
      context.addIssue({
        code: 'custom',
        message:
          'production needs OPENPB_JWKS_URL and OPENPB_JWT_ISSUER (development tokens are refused)',
        path: ['OPENPB_JWKS_URL'],
      });
    }
  });

export type Environment = z.infer<typeof environmentSchema>;

/** The only place that reads process.env. */
export function readEnvironment(source: NodeJS.ProcessEnv = process.env): Environment {
  const parsed = environmentSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw new Error(`Invalid environment:\n  ${problems.join('\n  ')}`);
  }
  return parsed.data;
}
