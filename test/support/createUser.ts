// Creates a staff user through the Local API: `tsx test/support/createUser.ts <email> <password> <role>`.
// Run as its own process so the caller needs no Payload instance of its own.
import config from '../../payload.config'
import { closePayload } from '../../src/boot/migrate'

const [email, password, role] = process.argv.slice(2)
if (!email || !password || !role) throw new Error('usage: createUser <email> <password> <role>')
const { getPayload } = await import('payload')
const payload = await getPayload({ config, key: 'create-user' })
await payload.create({ collection: 'users', data: { email, password, roles: [role as 'admin'] }, overrideAccess: true, depth: 0 })
await closePayload(payload)
