/**
 * `.env` files, read the way Next documents them (`.env.$(NODE_ENV).local`, `.env.local` except in tests,
 * `.env.$(NODE_ENV)`, `.env`; the first file that sets a variable wins, and the process environment wins over every
 * file), before the environment is parsed: with Next's own loader, so the server and Next agree. Where each service's
 * setting came from is kept for the start banner and the detailed health view.
 */
import path from 'node:path'

import nextEnv from '@next/env'

/** The settings whose origin an operator asks about first. */
export const SERVICE_SETTINGS = ['DATABASE_URL', 'REDIS_URL', 'GAMMA_URL'] as const
export type ServiceSetting = (typeof SERVICE_SETTINGS)[number]

/** Where a setting came from: the process environment, a file's name, or unset (the development default applies). */
export type SettingSource = 'environment' | `.env${string}` | 'unset'

const SOURCES_VARIABLE = 'PLAYBOOK_CONFIG_SOURCES'

/** Loads the `.env*` files of `dir` into process.env (what is already set stays) and records each service's source. */
export function loadEnvFiles(dir: string, dev: boolean): { files: string[]; sources: Record<ServiceSetting, SettingSource> } {
  const before = new Set(Object.keys(process.env).filter((name) => process.env[name] !== undefined && process.env[name] !== ''))
  const { loadedEnvFiles } = nextEnv.loadEnvConfig(dir, dev, { info: () => {}, error: (...args: unknown[]) => console.error(...args) })
  const sources = Object.fromEntries(
    SERVICE_SETTINGS.map((name) => {
      if (before.has(name)) return [name, 'environment']
      const file = loadedEnvFiles.find((loaded) => loaded.env[name] !== undefined && loaded.env[name] !== '')
      return [name, file ? (path.basename(file.path) as SettingSource) : 'unset']
    }),
  ) as Record<ServiceSetting, SettingSource>
  // Next's route handlers run in the same process but another module graph: they read the sources from here.
  process.env[SOURCES_VARIABLE] = JSON.stringify(sources)
  return { files: loadedEnvFiles.map((loaded) => path.basename(loaded.path)), sources }
}

/** The sources recorded at boot (all `environment` in a process started otherwise, e.g. a test). */
export function settingSources(): Record<ServiceSetting, SettingSource> {
  let recorded: Partial<Record<ServiceSetting, SettingSource>> = {}
  try {
    recorded = JSON.parse(process.env[SOURCES_VARIABLE] ?? '{}') as typeof recorded
  } catch {
    // Not recorded (or not by us): judge by the environment alone.
  }
  return Object.fromEntries(SERVICE_SETTINGS.map((name) => [name, recorded[name] ?? (process.env[name] ? 'environment' : 'unset')])) as Record<ServiceSetting, SettingSource>
}
