/** A Local API instance on the run's integration database, migrated with the committed migrations. */
import type { Payload } from 'payload'

import { closePayload, migrate } from '../../src/boot/migrate'

export async function testPayload(key = 'int'): Promise<Payload> {
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config, key })
  await migrate(payload)
  return payload
}

export { closePayload }
