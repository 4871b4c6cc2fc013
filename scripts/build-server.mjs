// `npm run build` (after `next build`): compiles the custom server (server.ts and what it imports from src/, the
// Payload config, the migrations) into dist/ as plain JavaScript, so production runs `node dist/server.mjs` and no
// TypeScript compiler at run time. Packages stay external (resolved from node_modules, as Next's build expects).
import { build } from 'esbuild'

await build({
  entryPoints: { server: 'server.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node22',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
  // Chunks of the dynamic imports the boot does step by step (embedded Postgres, replay, seed) keep their names.
  chunkNames: 'chunks/[name]-[hash]',
})
process.stdout.write('built dist/server.mjs\n')

// The script embed, served by /embed/v1/widget.js.
await import('./build-widget.mjs')
