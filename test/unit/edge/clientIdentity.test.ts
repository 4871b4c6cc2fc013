// The client behind our proxies: X-Forwarded-For is read only from a trusted peer, the right-most untrusted hop is
// the client, and IPv6 clients share one identity per /64.
import { describe, expect, it } from 'vitest'

import { clientIdentity, trustedProxies } from '@/edge/clientIdentity'

const request = (peer: string | undefined, forwardedFor?: string) => ({
  socket: { remoteAddress: peer } as never,
  headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
})

describe('client identity', () => {
  const none = trustedProxies(undefined)
  const balancer = trustedProxies('10.0.0.0/8, 192.168.1.1')

  it('is the peer when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(none).toBeNull()
    expect(clientIdentity(request('203.0.113.7', '198.51.100.1'), none)).toBe('203.0.113.7')
    expect(clientIdentity(request('203.0.113.7', '198.51.100.1'), balancer)).toBe('203.0.113.7')
  })

  it('is the right-most untrusted hop behind trusted proxies, so a client cannot prepend its own', () => {
    expect(clientIdentity(request('10.1.2.3', '198.51.100.9'), balancer)).toBe('198.51.100.9')
    // The client sent a forged header; our balancer appended the address it saw.
    expect(clientIdentity(request('10.1.2.3', '1.2.3.4, 198.51.100.9'), balancer)).toBe('198.51.100.9')
    // Two of our proxies in a row.
    expect(clientIdentity(request('10.1.2.3', '1.2.3.4, 198.51.100.9, 192.168.1.1'), balancer)).toBe('198.51.100.9')
    // A trusted peer without the header: the peer itself.
    expect(clientIdentity(request('10.1.2.3'), balancer)).toBe('10.1.2.3')
  })

  it('buckets IPv6 per /64 and reads IPv4-mapped addresses as IPv4', () => {
    const a = clientIdentity(request('2001:db8:1:2:aaaa::1'), none)
    const b = clientIdentity(request('2001:db8:1:2:bbbb:cccc:dddd:eeee'), none)
    expect(a).toBe('2001:db8:1:2::/64')
    expect(b).toBe(a)
    expect(clientIdentity(request('2001:db8:1:3::1'), none)).not.toBe(a)
    expect(clientIdentity(request('::ffff:203.0.113.7'), none)).toBe('203.0.113.7')
    expect(clientIdentity(request('10.1.2.3', '2001:db8:9:9:1::5'), balancer)).toBe('2001:db8:9:9::/64')
  })

  it('is unknown without a peer address, and a bad TRUSTED_PROXIES entry is refused', () => {
    expect(clientIdentity(request(undefined), none)).toBe('unknown')
    expect(() => trustedProxies('10.0.0.0/99')).toThrow()
  })
})
