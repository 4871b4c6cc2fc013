/** The replica's content snapshots, listening for committed changes from the first use on. */
import { env } from '../config/env'
import { singleton } from '../config/singleton'
import { responseCache } from '../http/responseCache'
import { registerMetricsSource } from '../metrics/registry'
import { payloadClient } from '../payload/client'
import { listenForContentChanges } from './listen'
import { ContentSnapshots } from './snapshots'

export function contentSnapshots(): ContentSnapshots {
  return singleton('content-snapshots', () => {
    const snapshots = new ContentSnapshots(payloadClient)
    // Cached responses were built from the old configuration.
    snapshots.onChange(() => responseCache().clear())
    registerMetricsSource('content', () => ({ builds: snapshots.builds, version: snapshots.version }))
    const url = env().DATABASE_URL
    if (url) listenForContentChanges(url, (change) => snapshots.changed(change))
    return snapshots
  })
}

export type { ContentSnapshot } from './types'
