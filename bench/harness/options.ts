// The bench's settings: what the environment may change (BENCH_*) and the fixed figures every scenario shares.
import { BIG_FEED_TAG } from '../../replay/grow'

export const SECONDS = Number(process.env.BENCH_SECONDS ?? 5)
export const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 60)
export const UPSTREAM_LATENCY_MS = 150
// The soak is the one scenario whose length is set from outside (10 minutes for the plateau figure). The rest took
// 11 minutes in the run of 2026-12-02 08:15 on 2 cores: the limit leaves room for a slower machine.
export const HARD_LIMIT_MS = 18 * 60_000 + SOAK_SECONDS * 1000
/** `BENCH_ONLY=1,2` runs those scenarios (ids of the table) and skips the others; all when unset. */
const ONLY = new Set((process.env.BENCH_ONLY ?? '').split(',').map((id) => id.trim()).filter(Boolean))
export const selected = (id: string) => ONLY.size === 0 || ONLY.has(id)
/** Extra node flags for the app under test, e.g. `BENCH_APP_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof'`. */
export const APP_NODE_ARGS = (process.env.BENCH_APP_NODE_ARGS ?? '').split(' ').filter(Boolean)
/** `BENCH_SKIP_BUILD=1`: use `.next` as it is. */
export const SKIP_BUILD = process.env.BENCH_SKIP_BUILD === '1'
/** `BENCH_SKIP_HANDLES=1` / `BENCH_SKIP_REWARDS=1`: skip the measurements that run after the app stops. */
export const SKIP_HANDLES = process.env.BENCH_SKIP_HANDLES === '1'
export const SKIP_REWARDS = process.env.BENCH_SKIP_REWARDS === '1'

export const PATHS = {
  feed: '/api/v1/explore/crypto/events?limit=20',
  /** ~11 KB: between the event page (~2.7 KB) and the feed (~26 KB), for the warm-hit curve over sizes. */
  midFeed: '/api/v1/explore/bitcoin/events?limit=10',
  explore: '/api/v1/explore',
  openapi: '/api/v1/openapi.json',
  payloadDepth2: '/api/explore-tags?depth=2&limit=30',
  payloadDepth0: '/api/explore-tags?depth=0&limit=30',
  bigFeed: `/api/v1/explore/${BIG_FEED_TAG.slug}/events?limit=20`,
  smallFeed: '/api/v1/explore/ufc/events?limit=20',
  leaderboard: '/api/v1/leaderboard?limit=50',
}

/** Opens /api/metrics on the app under test. */
export const BENCH_OPS_TOKEN = 'bench-ops-token-bench-ops-token-0123456789'

export const BENCH_ADMIN = { email: 'admin@bench.test', password: 'bench-admin-password-1' }
