// Rewards ingestion (rows under id '6', after the app stops, its own database): activities/s through the ingestion service in batches of 500, against a plain INSERT.
import { existsSync } from 'node:fs'

import { type BenchContext, fmt, ms, raw, row, times } from '../harness'

export const available = () => existsSync('bench/rewardsIngest.ts')

export async function run({ postgres, redisService }: BenchContext): Promise<void> {
  console.log('\nrewards ingestion: batches of 500 through the service vs a plain INSERT')
  try {
    // Imported inside the try: if the rewards code fails to load, that is a row of the table, not a failed run.
    const { rewardsIngestBench } = await import('../rewardsIngest')
    const figures = await rewardsIngestBench(postgres.url, redisService.url)
    raw.rewardsIngest = figures
    const [service, plain] = figures
    if (service && plain) {
      row('6', 'ingestion, batches of 500: activities/s (median batch ms)', `${fmt(service.activitiesPerSecond)} (${ms(service.medianBatchMs)})`, `plain INSERT ${fmt(plain.activitiesPerSecond)} (${ms(plain.medianBatchMs)})`, times(service.activitiesPerSecond / plain.activitiesPerSecond), '', 'info')
    }
  } catch (error) {
    raw.rewardsIngest = { error: error instanceof Error ? error.message : String(error) }
    row('6', 'ingestion, batches of 500', `failed: ${(error instanceof Error ? error.message : String(error)).slice(0, 60)}`, '', '', '', 'info')
  }
}
