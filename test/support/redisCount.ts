/** Counts the commands a piece of work sends over an ioredis client (a pipeline's commands count one each). */
import type { Redis } from 'ioredis'

export async function countRedis<T>(redis: Redis, work: () => Promise<T>): Promise<{ result: T; commands: string[] }> {
  const commands: string[] = []
  const original = redis.sendCommand
  redis.sendCommand = function (this: Redis, command: Parameters<Redis['sendCommand']>[0], ...rest: unknown[]) {
    commands.push(command.name)
    return (original as (...args: unknown[]) => unknown).call(this, command, ...rest)
  } as Redis['sendCommand']
  try {
    return { result: await work(), commands }
  } finally {
    redis.sendCommand = original
  }
}
