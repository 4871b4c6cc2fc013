/**
 * Who the client is, for every per-client limit and log line: the socket's peer, or, when the peer is one of our
 * own proxies (`TRUSTED_PROXIES`), the right-most address in `X-Forwarded-For` that is not (proxy-addr walks the
 * chain as Express does). The header is never read from an untrusted peer, so a client cannot choose its identity.
 * IPv6 clients are bucketed per /64: one subscriber line holds a whole /64, and per-address limits would let it
 * rotate through 2^64 identities.
 */
import type { IncomingMessage } from 'node:http'

import ipaddr from 'ipaddr.js'
import proxyaddr from 'proxy-addr'

import { derivedFrom } from '../utilities/derivedFrom'

/** Whom to believe about the client: `null` when no proxy is trusted (the peer is the client). */
export type TrustedProxies = ((address: string, hop: number) => boolean) | null

/** Parses `TRUSTED_PROXIES` (comma-separated addresses or CIDRs, or `loopback`, `linklocal`, `uniquelocal`); throws on a bad entry. */
export function trustedProxies(list: string | undefined): TrustedProxies {
  const entries = (list ?? '').split(',').map((entry) => entry.trim()).filter(Boolean)
  return entries.length === 0 ? null : proxyaddr.compile(entries)
}

// Without trusted proxies the identity is the peer's, the same for every request of a keep-alive connection.
const peerIdentity = derivedFrom((socket: IncomingMessage['socket']): string => bucket(socket.remoteAddress!))

/** The client's identity: an IPv4 address, an IPv6 /64 prefix (`2001:db8:1:2::/64`), or `unknown`. */
export function clientIdentity(req: Pick<IncomingMessage, 'headers' | 'socket'>, trust: TrustedProxies): string {
  if (!req.socket.remoteAddress) return 'unknown'
  if (trust) return bucket(proxyaddr(req as IncomingMessage, trust))
  return peerIdentity(req.socket)
}

function bucket(address: string): string {
  if (!ipaddr.isValid(address)) return 'unknown'
  const parsed = ipaddr.process(address) // IPv4-mapped IPv6 (::ffff:1.2.3.4) reads as IPv4
  if (parsed.kind() === 'ipv4') return parsed.toString()
  const parts = (parsed as ipaddr.IPv6).parts.slice(0, 4)
  return `${ipaddr.fromByteArray([...parts.flatMap((part) => [part >> 8, part & 0xff]), ...new Array(8).fill(0)]).toString()}/64`
}
