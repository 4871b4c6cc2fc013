// Regenerates the replay upstream's bundled data set (replay/data/dataset.json) from its seeded generator.
// Deterministic: running it twice writes identical bytes. Usage: npm run replay:generate [-- out]
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { generateDataset, serializeDataset } from './generate'

const here = path.dirname(fileURLToPath(import.meta.url))
const out = path.resolve(process.argv[2] ?? path.join(here, 'data/dataset.json'))
const dataset = generateDataset()
const text = serializeDataset(dataset)
writeFileSync(out, text)
const markets = dataset.events.reduce((count, event) => count + event.markets.length, 0)
process.stdout.write(
  `wrote ${path.relative(process.cwd(), out)}: ${dataset.events.length} events, ${markets} markets, ` +
    `${dataset.tags.length} tags, ${dataset.teams.length} teams, ${(text.length / 1_048_576).toFixed(2)} MB\n`,
)
