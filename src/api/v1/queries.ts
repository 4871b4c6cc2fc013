/** Query and path schemas of the mobile API: the routes parse with them and the OpenAPI document is built from them. */
import { z } from 'zod'

import { MAX_CURSOR_LENGTH } from '../../screens/cursor'
import { DEFAULT_FEED_LIMIT, MAX_FEED_LIMIT } from '../../screens/feed'

export const emptyQuery = z.object({})

const cursor = z.string().min(1).max(MAX_CURSOR_LENGTH).optional()

export const feedQuery = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_FEED_LIMIT).default(DEFAULT_FEED_LIMIT),
  cursor,
})

export const searchQuery = z.object({ q: z.string().trim().min(1, 'q must have 1–100 characters').max(100, 'q must have 1–100 characters') })

export const groupLetterParam = z.string().regex(/^[A-La-l]$/, 'must be a group letter A–L').transform((letter) => letter.toUpperCase())

const seasonSlug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a season slug').max(200).optional().describe('A season slug; default: the season running now.')

export const leaderboardQuery = z.object({
  season: seasonSlug,
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor,
})

export const walletQuery = z.object({ season: seasonSlug })

export const addressParam = z
  .string()
  .regex(/^0x[0-9a-fA-F]{40}$/, 'must be an address: 0x and 40 hex digits')
  .transform((address) => address.toLowerCase())
