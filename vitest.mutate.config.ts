// The unit layer alone, as Stryker runs it for each mutant (`npm run mutate`, stryker.config.json).
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { defineConfig } from 'vitest/config'

const root = path.dirname(fileURLToPath(import.meta.url))

export default defineConfig({
  resolve: {
    alias: {
      '@payload-config': path.join(root, 'payload.config.ts'),
      '@replay': path.join(root, 'replay'),
      '@': path.join(root, 'src'),
    },
  },
  test: { environment: 'node', include: ['test/unit/**/*.test.ts', 'src/**/*.test.ts'] },
})
