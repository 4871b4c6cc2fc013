// The routes the custom server calls directly: exactly the cacheable GETs and the live streams, parameters decoded as
// Next decodes them; anything else (the contract, the embeds' pages, Payload, a path with more segments) is Next's.
import { describe, expect, it } from 'vitest'

import { chunked, matchDirectRoute } from '@/edge/directRoutes'

describe('matchDirectRoute', () => {
  it('matches the cacheable mobile-API routes and names their parameters', () => {
    expect(matchDirectRoute('/api/v1/explore')?.params).toEqual({})
    expect(matchDirectRoute('/api/v1/explore/nba/events')?.params).toEqual({ tag: 'nba' })
    expect(matchDirectRoute('/api/v1/events/lakers%20vs%20celtics')?.params).toEqual({ slug: 'lakers vs celtics' })
    expect(matchDirectRoute('/api/v1/world-cup/groups/a')?.params).toEqual({ letter: 'a' })
    expect(matchDirectRoute('/api/v1/rewards/wallets/0xabc')?.params).toEqual({ address: '0xabc' })
    for (const path of ['/api/v1/search', '/api/v1/world-cup', '/api/v1/leaderboard', '/api/v1/live', '/embed/v1/live']) expect(matchDirectRoute(path)).not.toBeNull()
  })

  it('leaves every other path to Next', () => {
    for (const path of ['/embed/v1/widget.js', '/embed/v1/data/feed', '/api/v1/openapi.json', '/api/v1/rewards/activities', '/api/v1/explore/nba', '/api/v1/explore/nba/events/x', '/api/v1/events/', '/api/explore-tags', '/admin', '/api/v1/events/%E0%A4%A'])
      expect(matchDirectRoute(path), path).toBeNull()
  })
})

describe('chunked', () => {
  it('frames bytes as one HTTP/1.1 chunk, made once per frame', () => {
    const frame = new TextEncoder().encode('event: config.published\ndata: {"é":1}\n\n')
    const chunk = chunked(frame)
    expect(chunk.toString('latin1').startsWith(`${frame.byteLength.toString(16)}\r\n`)).toBe(true)
    expect(chunk.subarray(-2).toString()).toBe('\r\n')
    expect(new Uint8Array(chunk.subarray(chunk.indexOf('\r\n') + 2, -2))).toEqual(frame)
    expect(chunked(frame)).toBe(chunk)
  })
})
