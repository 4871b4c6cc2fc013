// The table of contents of the content model: collections are defined under collections/, not here.
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'

import { Users } from './collections/Users'
import { migrations } from './migrations'
import { env } from './src/config/env'
import { payloadSecret } from './src/config/secret'
import { logger } from './src/log/logger'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' — Playbook' },
    importMap: {
      baseDir: dirname,
      importMapFile: path.resolve(dirname, 'src/app/(payload)/admin/importMap.js'),
    },
  },
  collections: [Users],
  editor: lexicalEditor(),
  secret: payloadSecret(),
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  db: postgresAdapter({
    pool: { connectionString: env().DATABASE_URL ?? '', max: 10 },
    // Schema changes ship as committed migrations, run at start; never a push.
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
    prodMigrations: migrations,
  }),
  // Payload logs through our pino instance: JSON lines carrying the request's trace id.
  logger: logger.child({ component: 'payload' }),
  telemetry: false,
})
