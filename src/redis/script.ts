/** Lua scripts run by their SHA (EVALSHA): ioredis sends a script's body only when Redis does not know it yet. */
import type { Redis } from 'ioredis'

type ScriptCall = (numberOfKeys: number, ...keysAndArgs: Array<string | number>) => Promise<unknown>

/** A script under `name`, defined on each client the first time it runs there (`defineCommand`, NOSCRIPT handled). */
export function luaScript(name: string, lua: string): (redis: Redis, keys: readonly string[], args: ReadonlyArray<string | number>) => Promise<unknown> {
  return async (redis, keys, args) => {
    const client = redis as unknown as Record<string, ScriptCall | undefined>
    if (!client[name]) redis.defineCommand(name, { lua })
    return client[name]!(keys.length, ...keys, ...args)
  }
}
