/**
 * The published and draft snapshots of one replica. The published one is built once and reused until a committed
 * change arrives over LISTEN; concurrent readers share one build. A draft snapshot is for preview only.
 */
import type { Payload } from 'payload'

import { logger } from '../log/logger'
import { inSpan } from '../telemetry/spans'
import { buildPreviewSnapshot, buildSnapshot, type PreviewSnapshotSource } from './load'
import type { ContentChange } from './notify'
import type { ContentSnapshot } from './types'

const log = logger.child({ component: 'content' })

export type ChangeListener = (change: ContentChange | null) => void

export class ContentSnapshots {
  private published: Promise<ContentSnapshot> | null = null
  private draft: Promise<ContentSnapshot> | null = null
  /** The last snapshot built, served while a rebuild fails (Postgres down): old configuration beats no screens. */
  private readonly lastGood: { published?: ContentSnapshot; draft?: ContentSnapshot } = {}
  private readonly listeners = new Set<ChangeListener>()
  /** Bumped on every change: part of response-cache keys, so cached bytes never outlive the config they show. */
  version = 0
  builds = 0
  /** Seconds spent building snapshots (successful builds), and the last build's. */
  buildSeconds = 0
  lastBuildSeconds = 0

  constructor(
    private readonly payload: () => Promise<Payload>,
    /** How a snapshot is read from the database (a stand-in in tests of what happens when it cannot be). */
    private readonly read: typeof buildSnapshot = buildSnapshot,
  ) {}

  publishedSnapshot(): Promise<ContentSnapshot> {
    return (this.published ??= this.build(false, (failed) => this.published === failed && (this.published = null)))
  }

  /** The config version of the newest published snapshot this replica built (0 before the first). */
  get configVersion(): number {
    return this.lastGood.published?.configVersion ?? 0
  }

  /** The newest published snapshot this replica built, if any: read where waiting for a build is not an option. */
  lastPublished(): ContentSnapshot | undefined {
    return this.lastGood.published
  }

  /** A published snapshot has been built in this process (and can be served, as the last good one if need be). */
  hasPublished(): boolean {
    return Boolean(this.lastGood.published)
  }

  draftSnapshot(): Promise<ContentSnapshot> {
    return (this.draft ??= this.build(true, (failed) => this.draft === failed && (this.draft = null)))
  }

  /**
   * A committed change (or `null`: unknown, e.g. after a reconnect). Both snapshots are rebuilt on the next read:
   * a hook cannot tell a draft save of a published document from an unpublish, and a rebuild reads only what is
   * published, so a draft save leaves the published content as it was.
   */
  changed(change: ContentChange | null): void {
    this.draft = null
    this.published = null
    this.version++
    for (const listener of this.listeners) listener(change)
  }

  /**
   * A snapshot for a preview of another configuration: the published one with a release's drafts applied, or as of
   * a moment (scheduled publishes due by then applied). Built on demand, never cached: previews are rare and must
   * show what the database says now.
   */
  previewSnapshot(source: PreviewSnapshotSource): Promise<ContentSnapshot> {
    return this.payload().then((payload) => buildPreviewSnapshot(payload, source))
  }

  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private build(draft: boolean, forget: (failed: Promise<ContentSnapshot>) => void): Promise<ContentSnapshot> {
    this.builds++
    const kind = draft ? 'draft' : 'published'
    const started = performance.now()
    const building: Promise<ContentSnapshot> = this.payload()
      .then((payload) => inSpan('config.snapshot.build', { 'playbook.snapshot.draft': draft }, () => this.read(payload, { draft })))
      .then((snapshot) => {
        this.lastBuildSeconds = (performance.now() - started) / 1000
        this.buildSeconds += this.lastBuildSeconds
        return (this.lastGood[kind] = snapshot)
      })
      .catch((error: unknown) => {
        // Not cached: the next reader tries again. Until one succeeds, the last good snapshot is served.
        forget(building)
        const fallback = this.lastGood[kind]
        log.error({ err: error, draft, servingLastGood: Boolean(fallback) }, 'content snapshot build failed')
        if (!fallback) throw error
        return fallback
      })
    return building
  }
}
