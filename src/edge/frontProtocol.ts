/** The messages between the front process and its worker, over the IPC channel of `child_process.fork` (advanced serialization: Buffers and Sets pass as they are). */
import type { DurationSeries } from '../metrics/http'
import type { AudienceRuleSet, CachedResponse, ResponseCacheCounters } from '../http/responseCache'

/** Worker → front. */
export type WorkerMessage =
  /** Listening, and taking handed-over connections. */
  | { type: 'ready' }
  /** The audience rules the worker's keys are signed with; sent before the first entry signed with them. */
  | { type: 'rules'; rules: AudienceRuleSet }
  | { type: 'stored'; key: string; entry: CachedResponse }
  | { type: 'dropped'; slugs: string[] }
  | { type: 'cleared' }
  /** Asks for what the front counted since it last answered (the worker exposes the metrics). */
  | { type: 'stats?' }

/** Front → worker. */
export type FrontMessage =
  /** Counters since the last `stats` message, and the request durations it observed. */
  | { type: 'stats'; counters: Pick<ResponseCacheCounters, 'hits' | 'notModified' | 'fastPathHits'>; durations: DurationSeries[] }
  /** A connection handed over (the socket travels with the message), and the head of its request, already read. */
  | { type: 'connection'; head: string }
