// Partner origin patterns: exact origins, default ports, any port (`:*`), any subdomain (`*.`), and what is refused.
import { describe, expect, it } from 'vitest'

import { frameAncestors, originAllowed, parseOriginPattern } from '@/embed/origins'

describe('origin patterns', () => {
  it('reads scheme, host and port, the port defaulting to the scheme’s', () => {
    expect(parseOriginPattern('https://Example.com')).toEqual({ scheme: 'https', host: 'example.com', port: '443' })
    expect(parseOriginPattern('http://example.com/')).toEqual({ scheme: 'http', host: 'example.com', port: '80' })
    expect(parseOriginPattern('http://localhost:*')).toEqual({ scheme: 'http', host: 'localhost', port: '*' })
    expect(parseOriginPattern(' https://*.example.com:8443 ')).toEqual({ scheme: 'https', host: '*.example.com', port: '8443' })
    expect(parseOriginPattern('http://[::1]:3000')).toEqual({ scheme: 'http', host: '[::1]', port: '3000' })
  })

  it('refuses what is not an origin pattern', () => {
    for (const text of ['example.com', 'ftp://example.com', 'https://example.com/path', 'https://example.com:99999', 'https://*', 'https://ex*ample.com', 'https://example.com:', '*', '']) {
      expect(parseOriginPattern(text), text).toBeNull()
    }
  })

  it('matches an exact origin on scheme, host and port only', () => {
    const patterns = ['https://example.com']
    expect(originAllowed('https://example.com', patterns)).toBe(true)
    expect(originAllowed('http://example.com', patterns)).toBe(false)
    expect(originAllowed('https://example.com:8443', patterns)).toBe(false)
    expect(originAllowed('https://www.example.com', patterns)).toBe(false)
    expect(originAllowed('https://example.com.evil.test', patterns)).toBe(false)
    expect(originAllowed('https://evilexample.com', patterns)).toBe(false)
  })

  it('matches any port with :*, and only that host and scheme', () => {
    const patterns = ['http://localhost:*', 'http://127.0.0.1:*']
    expect(originAllowed('http://localhost:3000', patterns)).toBe(true)
    expect(originAllowed('http://localhost', patterns)).toBe(true)
    expect(originAllowed('http://127.0.0.1:54321', patterns)).toBe(true)
    expect(originAllowed('https://localhost:3000', patterns)).toBe(false)
    expect(originAllowed('http://localhost.evil.test:3000', patterns)).toBe(false)
    expect(originAllowed('http://127.0.0.2:3000', patterns)).toBe(false)
  })

  it('matches a fixed port only on that port', () => {
    expect(originAllowed('http://localhost:8080', ['http://localhost:8080'])).toBe(true)
    expect(originAllowed('http://localhost:8081', ['http://localhost:8080'])).toBe(false)
    expect(originAllowed('http://localhost', ['http://localhost:8080'])).toBe(false)
  })

  it('matches subdomains with *., not the apex and not look-alikes', () => {
    const patterns = ['https://*.example.com']
    expect(originAllowed('https://news.example.com', patterns)).toBe(true)
    expect(originAllowed('https://a.b.example.com', patterns)).toBe(true)
    expect(originAllowed('https://example.com', patterns)).toBe(false)
    expect(originAllowed('https://badexample.com', patterns)).toBe(false)
    expect(originAllowed('http://news.example.com', patterns)).toBe(false)
  })

  it('allows nothing for the opaque origin, malformed origins or malformed patterns', () => {
    expect(originAllowed('null', ['http://localhost:*'])).toBe(false)
    expect(originAllowed('http://localhost:3000/path', ['http://localhost:*'])).toBe(false)
    expect(originAllowed('not a url', ['http://localhost:*'])).toBe(false)
    expect(originAllowed('https://example.com', ['example.com', 'https://example.com/x'])).toBe(false)
    expect(originAllowed('https://example.com', [])).toBe(false)
  })

  it('writes the patterns as a frame-ancestors source list, none for no pattern', () => {
    expect(frameAncestors(['https://example.com', 'http://localhost:*', 'https://*.example.org:8443', 'bad'])).toBe('https://example.com http://localhost:* https://*.example.org:8443')
    expect(frameAncestors([])).toBe("'none'")
  })
})
