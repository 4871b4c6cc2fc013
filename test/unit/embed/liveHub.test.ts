// The widgets' shared live stream: one EventSource for every widget of a partner on the page, opened once each
// widget has loaded (or given up) with all their topics, reopened when a later widget adds one; frames go to every
// widget; a refused stream falls back to polling.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { LiveHub } from '@/embed/widget/live'

class FakeEventSource {
  static readonly CLOSED = 2
  static opened: FakeEventSource[] = []
  readyState = 0
  closed = false
  onerror: (() => void) | null = null
  private readonly listeners = new Map<string, Array<(event: MessageEvent) => void>>()
  constructor(readonly url: string) {
    FakeEventSource.opened.push(this)
  }
  addEventListener(type: string, listener: (event: MessageEvent) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener])
  }
  close() {
    this.closed = true
    this.readyState = FakeEventSource.CLOSED
  }
  emit(type: string, data: unknown) {
    for (const listener of this.listeners.get(type) ?? []) listener({ data: JSON.stringify(data) } as MessageEvent)
  }
}

const client = (topics: string[]) => ({ topics, changed: vi.fn(), poll: vi.fn() })
const url = (topics: string[]) => `live?topics=${topics.join(',')}`

describe('live hub', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    FakeEventSource.opened = []
    vi.stubGlobal('EventSource', FakeEventSource)
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('opens one stream with every widget’s topics once each has loaded or given up', () => {
    const hub = new LiveHub(url)
    const [first, second, third] = [hub.reserve(), hub.reserve(), hub.reserve()]
    const a = client(['world-cup'])
    const b = client(['event:x'])
    first(a)
    vi.advanceTimersByTime(1_000)
    expect(FakeEventSource.opened).toHaveLength(0)
    second(null)
    third(b)
    vi.advanceTimersByTime(100)
    expect(FakeEventSource.opened.map((source) => source.url)).toEqual(['live?topics=event:x,world-cup'])

    // A market change reaches every widget (each keeps what it shows); a publish too, as "reload".
    const frame = { topic: 'event:x', seq: 1, at: '2026-06-11T19:00:00.000Z', data: { slug: 'x', markets: [{ id: 'm', prices: ['0.1', '0.9'] }] } }
    FakeEventSource.opened[0]!.emit('market.changed', frame)
    expect(a.changed).toHaveBeenCalledWith(frame.data)
    expect(b.changed).toHaveBeenCalledWith(frame.data)
    FakeEventSource.opened[0]!.emit('config.published', { topic: 'config', data: {} })
    expect(a.changed).toHaveBeenLastCalledWith(null)
  })

  it('reopens with the new topic when a later widget adds one, and not for a topic it already has', () => {
    const hub = new LiveHub(url)
    hub.reserve()(client(['world-cup']))
    vi.advanceTimersByTime(100)
    hub.reserve()(client(['world-cup']))
    vi.advanceTimersByTime(100)
    expect(FakeEventSource.opened).toHaveLength(1)
    hub.reserve()(client(['tag:soccer']))
    vi.advanceTimersByTime(100)
    expect(FakeEventSource.opened.map((source) => [source.url, source.closed])).toEqual([
      ['live?topics=world-cup', true],
      ['live?topics=tag:soccer,world-cup', false],
    ])
  })

  it('opens nothing when no widget loaded', () => {
    const hub = new LiveHub(url)
    hub.reserve()(null)
    vi.advanceTimersByTime(1_000)
    expect(FakeEventSource.opened).toHaveLength(0)
  })

  it('falls back to polling every widget when the stream is refused', () => {
    const hub = new LiveHub(url)
    const widget = client(['world-cup'])
    hub.reserve()(widget)
    vi.advanceTimersByTime(100)
    const source = FakeEventSource.opened[0]!
    source.readyState = FakeEventSource.CLOSED
    source.onerror!()
    vi.advanceTimersByTime(15_000)
    expect(widget.poll).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(30_000)
    expect(widget.poll).toHaveBeenCalledTimes(3)
  })

  it('polls from the start in a browser without EventSource', () => {
    vi.stubGlobal('EventSource', undefined)
    const hub = new LiveHub(url)
    const widget = client(['event:x'])
    hub.reserve()(widget)
    vi.advanceTimersByTime(100 + 15_000)
    expect(widget.poll).toHaveBeenCalledTimes(1)
  })
})
