/**
 * The project's directory (the one holding package.json): where Next's build, `.env` files and the admin's import
 * map are. Found from this module's location rather than taken as its directory, because production runs the
 * server compiled into `dist/` (scripts/build-server.mjs) and development runs the sources.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir
    if (path.dirname(dir) === dir) return start
  }
}

export const PROJECT_ROOT = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)))
