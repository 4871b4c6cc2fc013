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

/** One write to Redis answered together: a command, or all the commands of a pipeline or transaction. */
export interface RoundTrip {
  commands: Array<{ name: string; args: unknown[] }>
}

/** Records the round trips `redis` makes until `stop`: a pipeline's commands share the write ioredis makes of them. */
export function recordRoundTrips(redis: Redis): { trips: RoundTrip[]; stop: () => void } {
  const trips: RoundTrip[] = []
  const pipelines = new WeakMap<object, RoundTrip>()
  const original = redis.sendCommand
  redis.sendCommand = function (this: Redis, command: Parameters<Redis['sendCommand']>[0], stream?: unknown, ...rest: unknown[]) {
    const shared = stream && typeof stream === 'object' && 'isPipeline' in stream ? stream : undefined
    let trip = shared && pipelines.get(shared)
    if (!trip) {
      trip = { commands: [] }
      if (shared) pipelines.set(shared, trip)
      trips.push(trip)
    }
    trip.commands.push({ name: command.name, args: [...command.args] })
    return (original as (...args: unknown[]) => unknown).call(this, command, stream, ...rest)
  } as Redis['sendCommand']
  return { trips, stop: () => void (redis.sendCommand = original) }
}
