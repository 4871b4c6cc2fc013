/**
 * Builds the production app once: reuses `.next` when it is newer than every source file; the server bundle
 * (`dist/`, a second) is always rebuilt.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

const SOURCES = ['src', 'collections', 'migrations', 'payload.config.ts', 'next.config.mjs', 'package-lock.json']
const build = { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' } } as const

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0
  const stat = statSync(entry)
  if (!stat.isDirectory()) return stat.mtimeMs
  return readdirSync(entry).reduce((newest, name) => Math.max(newest, newestMtime(path.join(entry, name))), stat.mtimeMs)
}

export async function ensureBuild(): Promise<void> {
  const buildId = '.next/BUILD_ID'
  if (!existsSync(buildId) || statSync(buildId).mtimeMs <= Math.max(...SOURCES.map(newestMtime))) {
    console.log('building the production app (next build)')
    execFileSync('npx', ['next', 'build'], build)
  }
  execFileSync(process.execPath, ['scripts/build-server.mjs'], build)
}
