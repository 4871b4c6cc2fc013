/**
 * `npm run create-admin -- --email you@example.com [--name "Your Name"]`: creates an admin user in DATABASE_URL,
 * the way a production deployment gets its first admin. The password is read from standard input when it is not
 * a terminal (`… < password.txt`), else prompted for twice without echo. Runs the migrations first, so it works on a
 * database the app has never started on.
 */
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'

import { z } from 'zod'

import config from '../../payload.config'
import { env } from '../config/env'
import { migrate, withBootPayload } from './migrate'

const input = z.object({
  email: z.email('--email must be an email address'),
  password: z.string().min(12, 'the password must have at least 12 characters').max(256),
  name: z.string().max(200).optional(),
})

async function readStdin(): Promise<string> {
  let text = ''
  for await (const chunk of process.stdin) text += chunk
  return text.replace(/\r?\n$/, '')
}

/** A prompt whose answer is not echoed (the terminal shows nothing while the password is typed). */
function askHidden(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true })
  const output = rl as unknown as { _writeToOutput: (text: string) => void }
  let asked = false
  output._writeToOutput = (text) => {
    if (!asked) process.stdout.write(text)
    asked = true
  }
  return new Promise((resolve) =>
    rl.question(question, (answer) => {
      rl.close()
      process.stdout.write('\n')
      resolve(answer)
    }),
  )
}

async function password(): Promise<string> {
  if (!process.stdin.isTTY) return readStdin()
  const first = await askHidden('Password: ')
  const again = await askHidden('Again: ')
  if (first !== again) fail('the passwords differ')
  return first
}

function fail(message: string): never {
  process.stderr.write(`create-admin: ${message}\n`)
  process.exit(1)
}

const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } }, strict: true })
if (!env().DATABASE_URL) fail('set DATABASE_URL to the database to create the admin in (the development server prints its own admin)')
const parsed = input.safeParse({ email: values.email, name: values.name, password: await password() })
if (!parsed.success) fail(parsed.error.issues[0]!.message)

const created = await withBootPayload(config, async (payload) => {
  await migrate(payload)
  const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: parsed.data.email } }, overrideAccess: true })
  if (totalDocs > 0) return null
  return payload.create({ collection: 'users', data: { ...parsed.data, roles: ['admin'] }, overrideAccess: true, depth: 0 })
})
if (!created) fail(`a user with the email ${parsed.data.email} exists`)
process.stdout.write(`admin ${created.email} created (id ${created.id})\n`)
process.exit(0)
