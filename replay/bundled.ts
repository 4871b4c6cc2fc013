/** Starts the replay upstream over the bundled data set, as development and the e2e setup use it. */
import { startReplay } from './server'
import type { FullReplayServer, ReplayOptions } from './types'

export async function startBundledReplay(options: { latencyMs: number } & Omit<ReplayOptions, 'latencyMs'>): Promise<FullReplayServer> {
  return startReplay(options)
}
