/**
 * The client's country, from the header a CDN sets (`COUNTRY_HEADER`), believed only when the peer is one of our own
 * proxies (`TRUSTED_PROXIES`), as `X-Forwarded-For` is: any other client could name any country. The edge writes
 * what it believes under `CLIENT_COUNTRY_HEADER` and removes whatever the client sent there.
 */
import type { IncomingMessage } from 'node:http'

import { parseCountry } from '../domain/country'
import { CLIENT_COUNTRY_HEADER } from '../http/audienceHeaders'
import type { TrustedProxies } from './clientIdentity'

export function assignCountry(req: Pick<IncomingMessage, 'headers' | 'socket'>, countryHeader: string | undefined, trust: TrustedProxies): void {
  delete req.headers[CLIENT_COUNTRY_HEADER]
  const country = believedCountry(req, countryHeader, trust)
  if (country) req.headers[CLIENT_COUNTRY_HEADER] = country
}

/** The country the request's proxy names, or null when there is none or the peer is not one we trust. */
export function believedCountry(req: Pick<IncomingMessage, 'headers' | 'socket'>, countryHeader: string | undefined, trust: TrustedProxies): string | null {
  if (!countryHeader || !trust) return null
  const peer = req.socket.remoteAddress
  if (!peer || !trust(peer, 0)) return null
  const raw = req.headers[countryHeader]
  return parseCountry(Array.isArray(raw) ? raw[0] : raw)
}
