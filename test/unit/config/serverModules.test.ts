// Lexical's Node entry points (a top-level `await import()` in every @lexical/* package) made a process importing
// payload.config.ts stall in module evaluation about once in 30 starts: scripts exited 13, boots hung silently.
// The server side therefore imports no Lexical; README → Dependencies says what to check before bringing it back.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

const ROOT = path.resolve(__dirname, '../../..')
const LEXICAL_IMPORT = /(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"](?:@payloadcms\/richtext-lexical|@lexical\/[^'"]+|lexical)(?:\/[^'"]*)?['"]/

function sources(entry: string): string[] {
  const full = path.join(ROOT, entry)
  if (statSync(full).isFile()) return [full]
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|tsx|js|mjs)$/.test(file))
    .map((file) => path.join(full, file))
    // A route folder may be named like a file (`docs/redoc.standalone.js/route.ts`).
    .filter((file) => statSync(file).isFile())
}

describe('server-side modules', () => {
  it('import no Lexical package', () => {
    const files = ['payload.config.ts', 'server.ts', 'collections', 'src', 'migrations'].flatMap(sources)
    expect(files.length).toBeGreaterThan(100)
    const offenders = files.filter((file) => LEXICAL_IMPORT.test(readFileSync(file, 'utf8'))).map((file) => path.relative(ROOT, file))
    expect(offenders).toEqual([])
  })

  it('recognise a Lexical import when there is one', () => {
    expect(LEXICAL_IMPORT.test(`import { lexicalEditor } from '@payloadcms/richtext-lexical'`)).toBe(true)
    expect(LEXICAL_IMPORT.test(`const { $getRoot } = await import('lexical')`)).toBe(true)
    expect(LEXICAL_IMPORT.test(`import { HeadingNode } from '@lexical/rich-text'`)).toBe(true)
    expect(LEXICAL_IMPORT.test(`import { lexicalHTML } from './lexicalHelpers'`)).toBe(false)
  })
})
