// Regenerates the replay upstream's bundled data set (src/markets/replay/data/dataset.json) from its seeded
// generator. Deterministic: running it twice writes identical bytes. Usage: npx tsx scripts/generate-replay-data.ts [out]
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { generateDataset, serializeDataset } from '../src/markets/replay/generate'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const out = path.resolve(process.argv[2] ?? path.join(root, 'src/markets/replay/data/dataset.json'))
const dataset = generateDataset()
const text = serializeDataset(dataset)
writeFileSync(out, text)
const markets = dataset.events.reduce((count, event) => count + event.markets.length, 0)
process.stdout.write(
  `wrote ${path.relative(process.cwd(), out)}: ${dataset.events.length} events, ${markets} markets, ` +
    `${dataset.tags.length} tags, ${dataset.teams.length} teams, ${(text.length / 1_048_576).toFixed(2)} MB\n`,
)
