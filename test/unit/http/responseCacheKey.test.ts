// Aliases of one request share one response-cache entry: they cannot churn the cache or miss the fast path.
import { describe, expect, it } from 'vitest'

import { responseCacheKey } from '@/http/responseCache'

const key = (path: string, headers: Record<string, string> = {}) => responseCacheKey('GET', new URL(path, 'http://x'), new Headers(headers))

describe('response cache keys', () => {
  it('are the same for the same parameters in another order, spelling or number format', () => {
    expect(key('/api/v1/explore/nba/events?limit=20&cursor=abc')).toBe(key('/api/v1/explore/nba/events?cursor=abc&limit=20'))
    expect(key('/api/v1/explore/nba/events?limit=020')).toBe(key('/api/v1/explore/nba/events?limit=20'))
    expect(key('/api/v1/search?q=a%20b')).toBe(key('/api/v1/search?q=a+b'))
  })

  it('are the same for one audience however its headers are spelled', () => {
    const canonical = key('/api/v1/explore', { 'x-platform': 'ios', 'x-app-version': '3.1.0' })
    expect(key('/api/v1/explore', { 'x-platform': 'iOS', 'x-app-version': '3.1' })).toBe(canonical)
    expect(key('/api/v1/explore', { 'x-platform': 'IOS', 'x-app-version': 'v3.1.0' })).toBe(canonical)
    expect(key('/api/v1/explore', { 'x-platform': 'ios', 'x-app-version': '3.1.0', 'x-odds-format': 'probability' })).toBe(canonical)
    expect(key('/api/v1/explore', { 'x-odds-format': 'Decimal' })).toBe(key('/api/v1/explore', { 'x-odds-format': 'decimal' }))
  })

  it('differ where the request differs', () => {
    expect(key('/api/v1/search?q=007')).not.toBe(key('/api/v1/search?q=7'))
    expect(key('/api/v1/explore', { 'x-app-version': '3.1.0' })).not.toBe(key('/api/v1/explore', { 'x-app-version': '3.1.1' }))
    expect(key('/api/v1/explore', { 'x-platform': 'ios' })).not.toBe(key('/api/v1/explore', { 'x-platform': 'android' }))
    expect(key('/api/v1/explore/nba/events?limit=20')).not.toBe(key('/api/v1/explore/nba/events?limit=21'))
    expect(key('/api/v1/events/x', { 'x-odds-format': 'american' })).not.toBe(key('/api/v1/events/x', { 'x-odds-format': 'decimal' }))
  })
})

describe('response cache keys with audience rules', () => {
  const rules = {
    version: 7,
    rules: [
      { key: 'explore-tags:1', countries: { mode: 'deny' as const, codes: ['US'], unknown: 'hide' as const }, rolloutPercent: null, installIds: [] },
      { key: 'explore-tags:2', countries: null, rolloutPercent: 10, installIds: ['qa-phone'] },
    ],
  }
  const signed = (headers: Record<string, string>) => responseCacheKey('GET', new URL('/api/v1/explore', 'http://x'), new Headers(headers), rules)

  it('carry the signature, not the country or install id: clients the rules treat alike share one entry', () => {
    expect(signed({ 'x-playbook-country': 'DE', 'x-install-id': 'qa-phone' })).toBe(signed({ 'x-playbook-country': 'FR', 'x-install-id': 'qa-phone' }))
    expect(signed({ 'x-playbook-country': 'DE', 'x-install-id': 'qa-phone' })).not.toBe(signed({ 'x-playbook-country': 'US', 'x-install-id': 'qa-phone' }))
    expect(signed({ 'x-playbook-country': 'DE', 'x-install-id': 'qa-phone' })).not.toBe(signed({ 'x-playbook-country': 'DE' }))
    expect(signed({})).toMatch(/\|7:00$/)
    expect(signed({ 'x-playbook-country': 'de', 'x-install-id': 'qa-phone' })).toMatch(/\|7:11$/)
  })

  it('number no more distinct signatures than the rules allow, however many installs ask', () => {
    const keys = new Set(Array.from({ length: 500 }, (_, index) => signed({ 'x-playbook-country': index % 2 ? 'US' : 'DE', 'x-install-id': `install-${index}` })))
    expect(keys.size).toBeLessThanOrEqual(4)
  })

  it('never match a stored entry for an unreadable install id (answered 400)', () => {
    expect(signed({ 'x-install-id': 'has space' })).toMatch(/\|7:!$/)
  })

  it('read the country the edge wrote, never the CDN header itself', () => {
    expect(signed({ 'cf-ipcountry': 'US' })).toBe(signed({}))
  })
})
