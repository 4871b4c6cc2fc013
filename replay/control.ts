/**
 * The `/__replay/` control API, so tests running in another process (the app under e2e) can drive a replay
 * server: read and reset counters, set faults, settle events, move prices.
 */
import type { IncomingMessage } from 'node:http'

import { parseFaults } from './faults'
import { UnknownMarketError } from './mutations'
import { ValidationError } from './query'
import { json, notFound, validationError, type ReplayResponse } from './respond'
import type { ReplayCounters, ReplayFault, SettleFilter } from './types'

export const CONTROL_PREFIX = '/__replay/'

export interface ControlTarget {
  counters: () => ReplayCounters
  resetCounters: () => void
  faults: () => ReplayFault[]
  setFaults: (faults: ReplayFault[]) => void
  settle: (filter: SettleFilter) => string[]
  setPrices: (marketId: string, prices: string[]) => unknown
  info: () => Record<string, unknown>
}

const MAX_BODY = 1_048_576

async function readJson(request: IncomingMessage): Promise<unknown> {
  let size = 0
  const chunks: Buffer[] = []
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_BODY) throw new ValidationError('body too large')
    chunks.push(chunk)
  }
  const body = Buffer.concat(chunks).toString('utf8')
  if (!body) return undefined
  try {
    return JSON.parse(body)
  } catch {
    throw new ValidationError('body is not valid JSON')
  }
}

function parseSettle(value: unknown): SettleFilter {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new ValidationError('body must be {"tagId"?: number, "eventIds"?: string[]}')
  const { tagId, eventIds } = value as Record<string, unknown>
  if (tagId !== undefined && typeof tagId !== 'number') throw new ValidationError('tagId must be a number')
  if (eventIds !== undefined && !(Array.isArray(eventIds) && eventIds.every((id) => typeof id === 'string' || typeof id === 'number'))) {
    throw new ValidationError('eventIds must be an array of ids')
  }
  return {
    ...(tagId !== undefined ? { tagId } : {}),
    ...(eventIds !== undefined ? { eventIds: (eventIds as Array<string | number>).map(String) } : {}),
  }
}

const noContent: ReplayResponse = { status: 204, headers: {}, body: '' }

export async function handleControl(target: ControlTarget, request: IncomingMessage, pathname: string): Promise<ReplayResponse> {
  const path = pathname.slice(CONTROL_PREFIX.length - 1)
  const method = request.method ?? 'GET'
  try {
    if (path === '/counters' && method === 'GET') return json(target.counters())
    if (path === '/counters' && method === 'DELETE') {
      target.resetCounters()
      return noContent
    }
    if (path === '/faults' && method === 'GET') return json(target.faults())
    if (path === '/faults' && method === 'PUT') {
      target.setFaults(parseFaults(await readJson(request)))
      return noContent
    }
    if (path === '/faults' && method === 'DELETE') {
      target.setFaults([])
      return noContent
    }
    if (path === '/settle' && method === 'POST') return json({ settled: target.settle(parseSettle(await readJson(request))) })
    if (path === '/info' && method === 'GET') return json(target.info())
    const prices = /^\/markets\/([^/]+)\/prices$/.exec(path)
    if (prices && method === 'POST') {
      const body = await readJson(request)
      const list = Array.isArray(body) ? body : (body as { prices?: unknown } | undefined)?.prices
      if (!Array.isArray(list)) throw new ValidationError('body must be {"prices": string[]} or a JSON array')
      return json(target.setPrices(decodeURIComponent(prices[1]!), list as string[]))
    }
    return json({ type: 'not found error', error: 'not found' }, 404)
  } catch (error) {
    if (error instanceof ValidationError) return validationError(error.message)
    if (error instanceof UnknownMarketError) return notFound()
    throw error
  }
}
