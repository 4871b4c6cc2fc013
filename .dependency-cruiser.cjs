/**
 * The module graph's rules, checked in CI (`npm run lint:deps`): no import cycles, and the layers the README's
 * layout table describes. Routes → loaders → pure screens; market store → SWR cache → Gamma client; the composition
 * root (src/services.ts) is the one module that wires services together; the replay upstream is its own program.
 */
const IO = '^src/(services|root|loaders|markets/store|cache|redis|db|health|live|rewards|edge|app|boot|seed|content/(listen|load|snapshots|notify|upstreamTags)|http/(responseCache|rateLimit|cachedJson|handler))'
const NODE_IO = '^(pg|ioredis|payload|@payloadcms|next|node:(fs|net|http|https|child_process|dgram)|fs|net|http|child_process)($|/)'

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'An import cycle (static or dynamic) makes evaluation order matter; type-only imports are erased and do not count.',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'pure-screens',
      severity: 'error',
      comment: 'Screen builders, display rules and domain parsers are pure: (snapshot, market data, audience, now) → view. No I/O module.',
      from: { path: '^src/(screens|display|domain)/' },
      to: { path: [IO, NODE_IO] },
    },
    {
      name: 'pure-compile',
      severity: 'error',
      comment: 'Compiling a snapshot is a pure function of the documents it was given.',
      from: { path: '^src/content/(compile|types)\\.ts$' },
      to: { path: [IO, NODE_IO] },
    },
    {
      name: 'gamma-client-stands-alone',
      severity: 'error',
      comment: 'The Gamma client knows the upstream, nothing of content, screens, live updates or the app.',
      from: { path: '^src/markets/gamma/' },
      to: { path: '^src/(content|screens|live|loaders|rewards|services|root|app|http|edge|preview|api)' },
    },
    {
      name: 'replay-is-its-own-program',
      severity: 'error',
      comment: 'The replay upstream is a separate program: it imports nothing of the app (it has its own wire types).',
      from: { path: '^replay/' },
      to: { path: '^(src|collections|test|bench)/|^(server|payload\\.config)\\.ts$' },
    },
    {
      name: 'app-does-not-use-the-replay',
      severity: 'error',
      comment: 'Production code never imports the fake upstream; only the development boot, the demo seed, tests and the bench do.',
      from: { path: '^(src|collections)/', pathNot: '^src/seed/' },
      to: { path: '^replay/' },
    },
    {
      name: 'thin-routes',
      severity: 'error',
      comment: 'Routes parse, call and respond: they reach services through the root, never a store, cache, pool or client directly.',
      from: { path: '^src/app/' },
      to: { path: '^src/(markets|cache|redis|db|content/(load|listen|compile|notify|snapshots)|rewards/(?!views)|live/(bus|announce|marketChanges))' },
    },
    {
      name: 'loaders-below-routes',
      severity: 'error',
      comment: 'Loaders serve both the API and the preview: nothing of HTTP routing or pages.',
      from: { path: '^src/loaders/' },
      to: { path: '^src/(app|api|preview|edge|services|root)' },
    },
    {
      name: 'services-created-only-by-the-root',
      severity: 'error',
      comment: 'Only the root and its tests construct the app-wide clients (Redis, the LISTEN connection).',
      from: { path: '^src/', pathNot: '^src/(services|redis/connect|content/listen)\\.ts$' },
      to: { path: '^src/redis/connect\\.ts$|^src/content/listen\\.ts$' },
    },
    {
      name: 'nothing-imports-routes',
      severity: 'error',
      // The edge's direct routes call the API's route handlers as Next would (see src/edge/directRoutes.ts).
      from: { path: '^(src|collections)/', pathNot: '^src/app/|^src/edge/directRoutes\\.ts$' },
      to: { path: '^src/app/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|\\.next|\\.data|migrations/.+_|src/payload-types\\.ts)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
}
