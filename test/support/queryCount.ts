/** Counts the SQL statements a piece of work sends through Payload's pool (drizzle queries go through pool.query). */
import type { Payload } from 'payload'

export async function countQueries<T>(payload: Payload, work: () => Promise<T>): Promise<{ result: T; queries: number; statements: string[] }> {
  const pool = payload.db.pool as unknown as { query: (...args: unknown[]) => unknown; connect: (...args: unknown[]) => unknown }
  const statements: string[] = []
  const originalQuery = pool.query
  pool.query = function (this: unknown, ...args: unknown[]) {
    const first = args[0]
    statements.push(typeof first === 'string' ? first : String((first as { text?: string })?.text ?? ''))
    return originalQuery.apply(this, args)
  }
  try {
    const result = await work()
    return { result, queries: statements.length, statements }
  } finally {
    pool.query = originalQuery
  }
}
