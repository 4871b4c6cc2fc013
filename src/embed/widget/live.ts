/**
 * Live updates for every widget of one partner on a page: one EventSource for all of them (the topics are the
 * union of theirs; it is reopened when a widget adds one), falling back to polling when the stream is refused or
 * the browser has none. Several copies of the script on a page share it through one global (see main.ts).
 */

export interface MarketChange {
  slug: string
  markets: Array<{ id: string; prices: string[] }>
}

export interface LiveClient {
  topics: string[]
  /** An event's prices or state changed (or a publish changed the configuration: `slug` is null). */
  changed(change: MarketChange | null): void
  /** Polling: reload the view. */
  poll(): void
}

/** How often widgets reload when there is no live stream. */
const POLL_MS = 15_000
/** Widgets mounted in the same tick share the first open. */
const OPEN_DELAY_MS = 50

export class LiveHub {
  private readonly clients = new Set<LiveClient>()
  private source: EventSource | null = null
  private openedFor = ''
  private timer: ReturnType<typeof setTimeout> | null = null
  private poller: ReturnType<typeof setInterval> | null = null
  /** Widgets mounted but still loading: the stream opens once each has joined or given up, with every topic. */
  private pending = 0

  constructor(private readonly streamUrl: (topics: string[]) => string) {}

  /** A widget is mounting: call the returned function with its client once it has loaded, or null if it could not. */
  reserve(): (client: LiveClient | null) => void {
    this.pending++
    let settled = false
    return (client) => {
      if (settled) return
      settled = true
      this.pending--
      if (client) this.clients.add(client)
      if (this.poller || this.pending > 0 || this.clients.size === 0) return
      if (this.timer) clearTimeout(this.timer)
      this.timer = setTimeout(() => this.open(), OPEN_DELAY_MS)
    }
  }

  private topics(): string[] {
    return [...new Set([...this.clients].flatMap((client) => client.topics))].sort()
  }

  private open(): void {
    this.timer = null
    const topics = this.topics()
    if (topics.join() === this.openedFor && this.source) return
    this.source?.close()
    this.openedFor = topics.join()
    if (typeof EventSource === 'undefined') return this.startPolling()
    const source = new EventSource(this.streamUrl(topics))
    this.source = source
    source.addEventListener('market.changed', (message) => {
      const frame = parse(message)
      if (frame) for (const client of this.clients) client.changed(frame)
    })
    source.addEventListener('config.published', () => {
      for (const client of this.clients) client.changed(null)
    })
    source.addEventListener('resync', () => {
      for (const client of this.clients) client.changed(null)
    })
    // The browser reconnects by itself after a dropped connection; a refused stream (not 200) stays closed.
    source.onerror = () => {
      if (source.readyState === EventSource.CLOSED && this.source === source) this.startPolling()
    }
  }

  private startPolling(): void {
    this.source?.close()
    this.source = null
    if (this.poller) return
    this.poller = setInterval(() => {
      for (const client of this.clients) client.poll()
    }, POLL_MS)
  }
}

function parse(message: Event): MarketChange | null {
  try {
    const frame = JSON.parse((message as MessageEvent<string>).data) as { data?: MarketChange }
    return frame.data && typeof frame.data.slug === 'string' && Array.isArray(frame.data.markets) ? frame.data : null
  } catch {
    return null
  }
}
