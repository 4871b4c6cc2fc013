/** What every route handler reads: the indexed data, the page caps and the server's clock. */
import type { ReplayStore } from './dataset'
import type { Query } from './query'
import type { ReplayResponse } from './respond'
import type { PageCaps } from './types'

export interface RouteContext {
  store: ReplayStore
  caps: PageCaps
  now: () => Date
}

/** `params` are the decoded path segments the route's pattern captured. */
export type Handler = (ctx: RouteContext, query: Query, params: string[]) => ReplayResponse
