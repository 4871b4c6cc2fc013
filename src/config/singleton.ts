/** Process-wide singletons that survive Next's per-route module copies and dev hot reloads. */
const registry = ((globalThis as { __playbook?: Map<string, unknown> }).__playbook ??= new Map())

export function singleton<T>(name: string, create: () => T): T {
  if (!registry.has(name)) registry.set(name, create())
  return registry.get(name) as T
}

export function dropSingleton(name: string): void {
  registry.delete(name)
}

/** The singleton if some module created it, without creating it (shutdown must not start what never ran). */
export function existingSingleton<T>(name: string): T | undefined {
  return registry.get(name) as T | undefined
}
