import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { ERROR_CODES, problemTypeOf } from '@/errorCodes'
import { INGEST_KEY_LIMIT, INGEST_LIMIT, missLimit, payloadRestLimit, SEARCH_LIMIT } from '@/api/v1/limits'
import { EMBED_MISS_LIMIT, EMBED_READER_LIMIT } from '@/embed/limits'

async function sources(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  const files = entries.filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
  return Promise.all(files.map((entry) => readFile(join(entry.parentPath, entry.name), 'utf8')))
}

describe('error catalogue', () => {
  it('lists only codes the service raises (no stale documentation)', async () => {
    const code = [...(await sources('src')), ...(await sources('collections'))].filter((text) => !text.includes('export const ERROR_CODES')).join('\n')
    // The rate limits build their code from the limit's name.
    const limitCodes = [SEARCH_LIMIT, INGEST_LIMIT, INGEST_KEY_LIMIT, missLimit(1), payloadRestLimit(1), EMBED_READER_LIMIT, EMBED_MISS_LIMIT].map((limit) => `${limit.name}.rate_limited`)
    const unused = Object.keys(ERROR_CODES).filter((name) => !code.includes(`'${name}'`) && !limitCodes.includes(name))
    expect(unused).toEqual([])
  })

  it('says for each code what it means and what a client should do', () => {
    for (const [name, entry] of Object.entries(ERROR_CODES)) {
      // A code is also the fragment of its problem type: no characters that need escaping.
      expect(name).toMatch(/^[a-z_-]+\.[a-z0-9_]+$/)
      expect(entry.meaning.length, name).toBeGreaterThan(10)
      expect(entry.action.length, name).toBeGreaterThan(5)
    }
  })

  it('links each problem type to the code’s entry in the published catalogue', () => {
    expect(problemTypeOf('feed.invalid_cursor')).toBe('/api/v1/docs/errors#feed.invalid_cursor')
  })
})
