/** Cache counters, per cache instance; exported to Prometheus by the metrics endpoint. */
export interface CacheCounters {
  hits: number
  misses: number
  staleServes: number
  refreshes: number
  loads: number
  lockContention: number
  loaderErrors: number
  redisErrors: number
  negativeHits: number
}

export const emptyCounters = (): CacheCounters => ({
  hits: 0,
  misses: 0,
  staleServes: 0,
  refreshes: 0,
  loads: 0,
  lockContention: 0,
  loaderErrors: 0,
  redisErrors: 0,
  negativeHits: 0,
})
