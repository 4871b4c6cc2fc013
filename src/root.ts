/**
 * Where the composition root lives once created. Next compiles route handlers, pages and Payload's config into
 * bundles of their own, each with its own copy of every module, and development hot reload evaluates them again: a
 * module-level variable would give each copy its own Redis, Payload and caches. One process-wide key holds the one
 * root; this is the only such key in the app. Code that must not import the root's module (it would close an
 * import cycle through the Payload config) reads it here.
 */
import type { Services } from './services'

const ROOT = Symbol.for('playbook.services')
const holder = globalThis as { [ROOT]?: Services }

/** The root, when something in this process has created it. */
export const currentServices = (): Services | undefined => holder[ROOT]

export function installServices(services: Services): Services {
  holder[ROOT] = services
  return services
}

/** Forgets the root (after closing it): the next `services()` creates a new one. */
export function uninstallServices(services: Services): void {
  if (holder[ROOT] === services) delete holder[ROOT]
}
