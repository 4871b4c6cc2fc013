// Bundles the script embed (src/embed/widget/main.ts) into dist/embed/widget.js: one minified file, no framework,
// for the browsers partners' readers use. Run by `npm run build` (scripts/build-server.mjs) and, in development,
// by the first request for /embed/v1/widget.js. Prints the gzipped size (BENCHMARKS.md keeps it under 15 KB).
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

import { build } from 'esbuild'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const out = path.join(root, 'dist/embed/widget.js')
const result = await build({
  entryPoints: [path.join(root, 'src/embed/widget/main.ts')],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  legalComments: 'none',
  write: false,
  logLevel: 'warning',
})
const bytes = result.outputFiles[0].contents
mkdirSync(path.dirname(out), { recursive: true })
writeFileSync(out, bytes)
process.stdout.write(`built dist/embed/widget.js: ${bytes.length} bytes, ${gzipSync(bytes, { level: 9 }).length} gzipped\n`)
