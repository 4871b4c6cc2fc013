// What the run created, undone in reverse order however the run ends: normally, by an error, a signal or the time limit.
import { killChildren } from './children'

const cleanups: Array<[string, () => Promise<unknown>]> = []
let cleaning: Promise<void> | undefined

export function onCleanup(name: string, cleanup: () => Promise<unknown>): void {
  cleanups.push([name, cleanup])
}

/** Runs once, however many ways the run ends at the same time. */
export const cleanUp = () =>
  (cleaning ??= (async () => {
    killChildren()
    for (const [name, cleanup] of cleanups.reverse()) {
      await cleanup().catch((error: unknown) => console.error(`cleanup ${name} failed: ${error instanceof Error ? error.message : String(error)}`))
    }
  })())

/** On SIGINT / SIGTERM or past `hardLimitMs`: clean up and exit 1. */
export function abortOnSignalsAndAfter(hardLimitMs: number): void {
  const abort = (reason: string) => {
    console.error(reason)
    void cleanUp().finally(() => process.exit(1))
  }
  process.once('SIGINT', () => abort('interrupted'))
  process.once('SIGTERM', () => abort('terminated'))
  setTimeout(() => abort(`bench exceeded ${hardLimitMs / 60_000} minutes`), hardLimitMs).unref()
}
