/**
 * The worker's end of the link to its front process (see front.ts): every response the worker's cache stores, drops
 * or clears is told to the front, which answers hits from its copy; the front's counters and request durations come
 * back when the worker is asked for its metrics, so `/api/metrics` counts every request the replica answered.
 */
import type { AudienceRuleSet, CachedResponse, ResponseCacheCounters, ResponseCacheListener } from '../http/responseCache'
import type { RequestDurations } from '../metrics/http'
import type { FrontMessage, WorkerMessage } from './frontProtocol'

export interface FrontChannel {
  send(message: WorkerMessage): void
  onMessage(listener: (message: FrontMessage) => void): void
}

/** The channel to the parent process, when this process was started by a front. */
export function parentChannel(): FrontChannel | undefined {
  if (!process.send) return undefined
  return {
    // A closed channel means the front is gone; the worker exits on `disconnect` (server.ts).
    send: (message) => void process.send?.(message, undefined, {}, () => undefined),
    onMessage: (listener) => void process.on('message', (message) => listener(message as FrontMessage)),
  }
}

export class FrontLink implements ResponseCacheListener {
  private sentRules: AudienceRuleSet | undefined
  private waiting: Array<() => void> = []

  constructor(
    private readonly channel: FrontChannel,
    private readonly source: { rules: () => AudienceRuleSet | undefined; counters: () => ResponseCacheCounters; durations: () => RequestDurations | undefined },
  ) {
    channel.onMessage((message) => {
      if (message.type === 'stats') this.received(message)
    })
  }

  stored(key: string, entry: CachedResponse): void {
    // The front signs its lookups with the rules this entry's key was signed with.
    const rules = this.source.rules()
    if (rules && (rules.version !== this.sentRules?.version || rules.rules !== this.sentRules.rules)) {
      this.sentRules = rules
      this.channel.send({ type: 'rules', rules })
    }
    this.channel.send({ type: 'stored', key, entry })
  }

  dropped(slugs: ReadonlySet<string>): void {
    this.channel.send({ type: 'dropped', slugs: [...slugs] })
  }

  cleared(): void {
    this.channel.send({ type: 'cleared' })
  }

  /** Collects what the front counted since it last reported; resolves after its answer, or after `timeoutMs`. */
  flush(timeoutMs = 500): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(done, timeoutMs)
      const waiting = this.waiting
      function done() {
        clearTimeout(timer)
        const at = waiting.indexOf(done)
        if (at >= 0) waiting.splice(at, 1)
        resolve()
      }
      waiting.push(done)
      this.channel.send({ type: 'stats?' })
    })
  }

  private received({ counters, durations }: Extract<FrontMessage, { type: 'stats' }>): void {
    const mine = this.source.counters()
    mine.hits += counters.hits
    mine.notModified += counters.notModified
    mine.fastPathHits += counters.fastPathHits
    this.source.durations()?.merge(durations)
    for (const done of [...this.waiting]) done()
  }
}
