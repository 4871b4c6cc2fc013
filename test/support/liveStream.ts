/** A client of `GET /api/v1/live`: opens the stream and collects what it receives. */
export interface LiveStream {
  response: Response
  /** Everything received so far. */
  text: () => string
  /** The events received so far, with `data` parsed as JSON (comments and data-less blocks left out). */
  frames: () => { id?: string; event?: string; data: unknown }[]
  /** Resolves (with Date.now()) once `event: <name>` has been received. */
  until: (event: string) => Promise<number>
  close: () => void
}

export async function openLiveStream(url: string): Promise<LiveStream> {
  const abort = new AbortController()
  const response = await fetch(url, { signal: abort.signal })
  const reader = response.body!.getReader()
  const decoder = new TextDecoder()
  let received = ''
  let reading: Promise<void> | null = null
  const waiters: Array<{ marker: string; resolve: (at: number) => void }> = []
  const settle = () => {
    for (const waiter of waiters.splice(0)) {
      if (received.includes(waiter.marker)) waiter.resolve(Date.now())
      else waiters.push(waiter)
    }
  }
  const read = async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }))
      if (done) return
      received += decoder.decode(value, { stream: true })
      settle()
    }
  }
  return {
    response,
    text: () => received,
    frames: () => parseFrames(received),
    until: (event) =>
      new Promise<number>((resolve) => {
        waiters.push({ marker: `event: ${event}`, resolve })
        settle()
        reading ??= read()
      }),
    close: () => abort.abort(),
  }
}

function parseFrames(text: string): { id?: string; event?: string; data: unknown }[] {
  const blocks = text.split('\n\n').slice(0, -1)
  return blocks.flatMap((block) => {
    const fields = block.split('\n').filter((line) => !line.startsWith(':') && line.includes(': '))
    if (fields.length === 0) return []
    const frame: Record<string, string> = {}
    for (const line of fields) {
      const at = line.indexOf(': ')
      frame[line.slice(0, at)] = line.slice(at + 2)
    }
    const { retry: _retry, data, ...rest } = frame
    // A block without data (e.g. only a `retry:` hint) dispatches no event (SSE spec).
    return data === undefined ? [] : [{ ...rest, data: JSON.parse(data) }]
  })
}
