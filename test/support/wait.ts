/** Waiting in tests: for a while, or until a condition holds (polled), failing with what was awaited. */
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await sleep(25)
  }
}
