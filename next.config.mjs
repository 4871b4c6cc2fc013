import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// Pages people open in a browser (admin, preview) get the usual hardening; the JSON API needs none of it.
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  // SAMEORIGIN, not DENY: the admin's Live Preview frames the preview pages from the same origin.
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  // Framed only by our own origin (Live Preview), no plugins, no <base> or form targets elsewhere. Scripts are not
  // restricted here: Next and Payload inline theirs without nonces.
  { key: 'Content-Security-Policy', value: "frame-ancestors 'self'; base-uri 'self'; object-src 'none'; form-action 'self'" },
  // Browsers honour it only over HTTPS, which is how production serves these pages.
  { key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' },
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // `npm run typecheck` (tsc --noEmit over the whole repo, tests included) is the one type check; CI runs it.
  typescript: { ignoreBuildErrors: true },
  turbopack: { root: dirname },
  headers: async () => [
    { source: '/admin/:path*', headers: securityHeaders },
    { source: '/preview/:path*', headers: securityHeaders },
    { source: '/preview', headers: securityHeaders },
  ],
  webpack: (config) => {
    config.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return config
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
