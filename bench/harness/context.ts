// What every scenario receives: the services, relays and app the harness started, and the counters read through them.
import type { writeBenchDataset } from '../../replay/grow'
import type { RunningApp } from '../../test/support/app'
import type { Service } from '../../test/support/services'
import type { CapturedResponse } from '../bare'
import type { PgRelay } from '../pgRelay'
import type { RedisRelay } from '../redisRelay'
import type { BareServer, BenchReplay } from './children'
import type { RawResponse } from './http'

/** What the harness set up before the app's first request. */
export interface AppContext {
  /** Unique per run: names the database and Redis prefix, and makes search queries and published labels new. */
  runId: string
  postgres: Service
  redisService: Service
  /** Temporary directory, removed at the end. */
  dir: string
  dataset: Awaited<ReturnType<typeof writeBenchDataset>>
  /** The data set the replay serves (the bundled one, grown): what scenarios pick unrequested keys from. */
  datasetPath: string
  replay: BenchReplay
  relay: PgRelay
  redisRelay: RedisRelay
  /** The app's environment, for starting another replica of it. */
  appEnv: Record<string, string>
  app: RunningApp
  /** DB statements so far (the job poller's aside), Redis commands, upstream calls: all replicas together. */
  queries: () => number
  redisCommands: () => number
  upstreamCalls: () => Promise<number>
  /** Waits until these apps are idle and no DB statement runs. */
  quiet: (...apps: RunningApp[]) => Promise<void>
  /** DB queries and Redis commands of one request, averaged over sequential ones on an idle app (exact, unlike a count under load). */
  costPerRequest: (base: string, urlPath: string, n?: number) => Promise<{ queries: number; redisCommands: number }>
}

/** The warm pages of three sizes as the app sends them (event page, mid feed, feed), and the bare server replaying those bytes. */
export interface WarmPages {
  feed: { events: Array<{ slug: string }> }
  eventSlug: string
  eventPath: string
  /** Smallest first. */
  pages: { event: string; midFeed: string; feed: string }
  capturedResponses: Record<string, CapturedResponse>
  openapi: RawResponse
  bare: BareServer
}

export interface BenchContext extends AppContext {
  warmPages: WarmPages
}
