/**
 * The partners whose pages may embed widgets, by public key: read from the published `partners` documents and kept
 * in process for a few seconds (every widget request checks its partner; an edit reaches every replica within the
 * TTL). Unknown keys are remembered as briefly, so a page with a wrong key does not read the database per request.
 */
import { LRUCache } from 'lru-cache'
import type { Payload } from 'payload'

import type { Partner } from '../payload-types'
import { type EmbedTheme, type EmbedView, isEmbedView } from './views'
import { themeOf } from './widget/render'

export interface EmbedPartner {
  key: string
  name: string
  enabled: boolean
  /** Origin patterns (see origins.ts). */
  origins: string[]
  views: EmbedView[]
  theme: EmbedTheme
}

export interface PartnerDirectory {
  /** The published partner with this key, or null. */
  byKey(key: string): Promise<EmbedPartner | null>
}

export const PARTNER_TTL_MS = 5_000

export function embedPartnerOf(doc: Pick<Partner, 'publicKey' | 'name' | 'enabled' | 'allowedOrigins' | 'views' | 'theme'>): EmbedPartner {
  return {
    key: doc.publicKey,
    name: doc.name,
    enabled: doc.enabled !== false,
    origins: (doc.allowedOrigins ?? []).map((row) => row.origin),
    views: (doc.views ?? []).filter(isEmbedView),
    theme: themeOf(doc.theme ?? null),
  }
}

export function createPartnerDirectory(payload: () => Promise<Payload>, ttlMs = PARTNER_TTL_MS): PartnerDirectory {
  const cache = new LRUCache<string, { partner: EmbedPartner | null }>({ max: 10_000, ttl: ttlMs })
  const loading = new Map<string, Promise<EmbedPartner | null>>()
  const load = async (key: string) => {
    const { docs } = await (await payload()).find({
      collection: 'partners',
      where: { and: [{ publicKey: { equals: key } }, { _status: { equals: 'published' } }] },
      limit: 1,
      depth: 0,
      draft: false,
      overrideAccess: true,
    })
    const partner = docs[0] ? embedPartnerOf(docs[0]) : null
    cache.set(key, { partner })
    return partner
  }
  return {
    byKey: async (key) => {
      const cached = cache.get(key)
      if (cached) return cached.partner
      let pending = loading.get(key)
      if (!pending) {
        pending = load(key).finally(() => loading.delete(key))
        loading.set(key, pending)
      }
      return pending
    },
  }
}
