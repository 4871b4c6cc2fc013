/** A client of `GET /api/v1/live`: opens the stream and collects what it receives. */
export interface LiveStream {
  response: Response
  /** Everything received so far. */
  text: () => string
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
    until: (event) =>
      new Promise<number>((resolve) => {
        waiters.push({ marker: `event: ${event}`, resolve })
        settle()
        reading ??= read()
      }),
    close: () => abort.abort(),
  }
}
