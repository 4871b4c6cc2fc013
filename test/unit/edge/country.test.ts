// The client's country: read from the configured CDN header only when the peer is a trusted proxy.
import { describe, expect, it } from 'vitest'

import { trustedProxies } from '@/edge/clientIdentity'
import { assignCountry } from '@/edge/country'

const request = (peer: string, headers: Record<string, string>) => ({ socket: { remoteAddress: peer } as never, headers: { ...headers } as Record<string, string | undefined> })
const balancer = trustedProxies('10.0.0.0/8')

describe('assignCountry', () => {
  it('believes the CDN header from a trusted peer, normalised', () => {
    const req = request('10.1.2.3', { 'cf-ipcountry': 'de' })
    assignCountry(req, 'cf-ipcountry', balancer)
    expect(req.headers['x-playbook-country']).toBe('DE')
  })

  it('ignores it from any other peer, without trusted proxies, or without a configured header', () => {
    for (const [peer, header, trust] of [
      ['203.0.113.7', 'cf-ipcountry', balancer],
      ['10.1.2.3', 'cf-ipcountry', null],
      ['10.1.2.3', undefined, balancer],
    ] as const) {
      const req = request(peer, { 'cf-ipcountry': 'US' })
      assignCountry(req, header, trust)
      expect(req.headers['x-playbook-country']).toBeUndefined()
    }
  })

  it('removes what a client sent under the internal name, and treats XX or junk as unknown', () => {
    const forged = request('203.0.113.7', { 'x-playbook-country': 'US' })
    assignCountry(forged, 'cf-ipcountry', balancer)
    expect(forged.headers['x-playbook-country']).toBeUndefined()
    for (const value of ['XX', 'USA', '']) {
      const req = request('10.1.2.3', { 'cf-ipcountry': value, 'x-playbook-country': 'DE' })
      assignCountry(req, 'cf-ipcountry', balancer)
      expect(req.headers['x-playbook-country']).toBeUndefined()
    }
  })
})
