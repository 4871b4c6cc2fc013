// `npm run seed`: migrates and seeds the demo content into DATABASE_URL (idempotent).
import config from '../../payload.config'

import { migrate, withBootPayload } from '../boot/migrate'
import { seedDemoContent } from './demoContent'

const summary = await withBootPayload(config, async (payload) => {
  await migrate(payload)
  return seedDemoContent(payload)
})
process.stdout.write(`seeded: ${JSON.stringify(summary.created)}\n`)
process.exit(0)
