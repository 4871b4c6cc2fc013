// The table of contents of the content model: collections are defined under collections/, not here.
import path from 'node:path'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { buildConfig } from 'payload'
import type { PoolClient } from 'pg'

import { ApiKeys } from './collections/ApiKeys'
import { AppUsers } from './collections/AppUsers'
import { ExploreTags } from './collections/ExploreTags'
import { MarketDisplayRules } from './collections/MarketDisplayRules'
import { Partners } from './collections/Partners'
import { PropsVocabulary } from './collections/PropsVocabulary'
import { Releases } from './collections/Releases'
import { RewardRules } from './collections/RewardRules'
import { RewardSeasons } from './collections/RewardSeasons'
import { Sports } from './collections/Sports'
import { Teams } from './collections/Teams'
import { Tournaments } from './collections/Tournaments'
import { Users } from './collections/Users'
import { Wallets } from './collections/Wallets'
import { migrations } from './migrations'
import { jobAccess, jobsCollectionAccess } from './src/access/jobs'
import { env } from './src/config/env'
import { payloadSecret } from './src/config/secret'
import { sessionSecurity } from './src/config/sessionSecurity'
import { handlePrefixIndex } from './src/db/schemaExtensions'
import { previewLinkEndpoint } from './src/preview/linkEndpoint'
import { editorEndpoints } from './src/content/editorEndpoints'
import { configVersionEndpoints } from './src/releases/endpoints'
import { publishReleaseTask } from './src/releases/schedule'
import { configTables } from './src/content/historyTables'
import { rescoreTask } from './src/rewards/rescoreJob'
import { rewardTables } from './src/rewards/tables'
import { logger } from './src/log/logger'
import { PROJECT_ROOT } from './src/config/projectRoot'
import { onEveryClient } from './src/db/poolClients'

const dirname = PROJECT_ROOT

const session = sessionSecurity(env())

export default buildConfig({
  serverURL: session.serverURL,
  csrf: session.csrf,
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' — Playbook' },
    importMap: {
      baseDir: dirname,
      importMapFile: path.resolve(dirname, 'src/app/(payload)/admin/importMap.js'),
    },
  },
  collections: [
    ExploreTags,
    Sports,
    Teams,
    MarketDisplayRules,
    PropsVocabulary,
    Tournaments,
    RewardSeasons,
    RewardRules,
    Releases,
    AppUsers,
    Wallets,
    ApiKeys,
    Partners,
    Users,
  ],
  // Staff issue signed links to preview pages (src/preview/linkEndpoint.ts), read or restore config versions, and
  // look up market data for the explore-tag form's pickers and publish warnings (src/content/editorEndpoints.ts).
  endpoints: [previewLinkEndpoint, ...configVersionEndpoints, ...editorEndpoints],
  jobs: {
    tasks: [rescoreTask as never, publishReleaseTask as never],
    // Scheduled publishes are queued jobs; every replica polls for due ones (Payload locks a job while it runs).
    // Crons start only in instances created with `cron: true` (the app's), not in scripts or tests.
    autoRun: [{ cron: '*/5 * * * * *', allQueues: true, limit: 20 }],
    // Only admins queue, run or cancel jobs directly; staff read the queue (src/access/jobs.ts).
    access: jobAccess,
    jobsCollectionOverrides: jobsCollectionAccess,
  },
  // No rich-text editor: no collection has rich text, and Lexical's Node entry points (`await import()` at top
  // level in every @lexical/* package) intermittently deadlock Node 20's ESM evaluation: a CLI script importing
  // this config exited 13 about once in 30 runs under load (payloadcms/payload#9382 saw the same). Add
  // `editor: lexicalEditor()` back with the first richText field, and measure that the scripts still start.
  secret: payloadSecret(),
  // Types are generated on purpose (`npm run generate:types`), not by every development boot in a child process.
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts'), autoGenerate: false },
  db: postgresAdapter({
    // A connection that cannot be made within 3 s is an error (pg waits forever by default): the request answers
    // 503 with Retry-After promptly. No statement runs longer than 10 s (a stuck query holds a pooled connection).
    pool: { connectionString: env().DATABASE_URL ?? '', max: 10, connectionTimeoutMillis: 3_000, statement_timeout: 10_000 },
    // Schema changes ship as committed migrations, run at start; never a push.
    push: false,
    afterSchemaInit: [handlePrefixIndex, rewardTables, configTables],
    migrationDir: path.resolve(dirname, 'migrations'),
    prodMigrations: migrations,
  }),
  // Payload logs through our pino instance: JSON lines carrying the request's trace id.
  logger: logger.child({ component: 'payload' }),
  // pg-pool re-emits an idle client's error (Postgres restarted, connection cut) on the pool, and an 'error' event
  // nobody listens to is an uncaught exception. Payload attaches no listener: log it; the pool replaces the client.
  // A checked-out client (inside a transaction, between two queries) has no pool listener at all: its connection
  // error crashed the process. Each client gets one; its holder's next query fails, and the pool drops it on release.
  onInit: (payload) => {
    const pool = payload.db.pool
    if (!pool) return
    pool.on('error', (error) => logger.warn({ component: 'db', err: error }, 'idle Postgres connection lost'))
    onEveryClient<PoolClient>(pool, (client) => client.on('error', (error) => logger.warn({ component: 'db', err: error }, 'Postgres connection lost')))
  },
  telemetry: false,
})
