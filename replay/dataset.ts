/** Loads the bundled data set once per process, then gives each server its own shifted, indexed, mutable copy. */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { dayDelta, shiftDatesInPlace } from './dates'
import type { PendingResult, ReplayDataset, WireEvent, WireMarket, WireRelatedTag, WireSeries, WireSport, WireTag, WireTeam } from './wire'

/**
 * `replay/data/dataset.json`: beside this module when it runs from source; from the compiled server (`dist/`, whose
 * development boot starts the bundled replay), found in the nearest folder above that holds `replay/data/`.
 */
function findDataset(): string {
  const here = path.dirname(fileURLToPath(import.meta.url))
  const beside = path.join(here, 'data/dataset.json')
  if (existsSync(beside)) return beside
  for (let dir = here; path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'replay/data/dataset.json')
    if (existsSync(candidate)) return candidate
  }
  return beside
}

export const BUNDLED_DATASET_PATH = findDataset()

const rawCache = new Map<string, Promise<string>>()

/** The file's text, read once per path: servers parse their own copy so mutations never leak between them. */
function readRaw(path: string): Promise<string> {
  let raw = rawCache.get(path)
  if (!raw) {
    raw = readFile(path, 'utf8')
    rawCache.set(path, raw)
    raw.catch(() => rawCache.delete(path))
  }
  return raw
}

export interface MarketEntry {
  market: WireMarket
  event: WireEvent
}

const byNumericId = (a: { id: string }, b: { id: string }) => Number(a.id) - Number(b.id)

/** The in-memory index every request filters: built once at start, so a request never scans JSON text. */
export class ReplayStore {
  readonly referenceTime: string
  readonly events: WireEvent[]
  readonly markets: MarketEntry[]
  readonly tags: WireTag[]
  readonly relatedTags: WireRelatedTag[]
  readonly series: WireSeries[]
  readonly sports: WireSport[]
  readonly teams: WireTeam[]
  readonly pending: Record<string, PendingResult>

  readonly eventById = new Map<string, WireEvent>()
  readonly eventBySlug = new Map<string, WireEvent>()
  readonly eventsByTag = new Map<number, WireEvent[]>()
  readonly eventTagIds = new Map<WireEvent, ReadonlySet<number>>()
  readonly marketById = new Map<string, MarketEntry>()
  readonly marketBySlug = new Map<string, MarketEntry>()
  readonly tagById = new Map<number, WireTag>()
  readonly tagBySlug = new Map<string, WireTag>()
  /** tag id → its relations, by rank. */
  readonly relatedByTag = new Map<number, WireRelatedTag[]>()
  readonly seriesById = new Map<string, WireSeries>()
  readonly teamById = new Map<number, WireTeam>()

  constructor(dataset: ReplayDataset) {
    this.referenceTime = dataset.referenceTime
    this.events = [...dataset.events].sort(byNumericId)
    this.tags = [...dataset.tags].sort(byNumericId)
    this.relatedTags = dataset.relatedTags
    this.series = [...dataset.series].sort(byNumericId)
    this.sports = dataset.sports
    this.teams = [...dataset.teams].sort((a, b) => a.id - b.id)
    this.pending = dataset.pending

    for (const tag of this.tags) {
      this.tagById.set(Number(tag.id), tag)
      this.tagBySlug.set(tag.slug, tag)
    }
    for (const relation of this.relatedTags) {
      const list = this.relatedByTag.get(relation.tagID) ?? []
      list.push(relation)
      this.relatedByTag.set(relation.tagID, list)
    }
    for (const list of this.relatedByTag.values()) list.sort((a, b) => a.rank - b.rank || Number(a.id) - Number(b.id))
    for (const series of this.series) this.seriesById.set(series.id, series)
    for (const team of this.teams) this.teamById.set(team.id, team)

    const markets: MarketEntry[] = []
    for (const event of this.events) {
      this.eventById.set(event.id, event)
      this.eventBySlug.set(event.slug, event)
      const tagIds = new Set(event.tags.map((tag) => Number(tag.id)))
      this.eventTagIds.set(event, tagIds)
      for (const tagId of tagIds) {
        const list = this.eventsByTag.get(tagId) ?? []
        list.push(event)
        this.eventsByTag.set(tagId, list)
      }
      for (const market of event.markets) {
        const entry = { market, event }
        markets.push(entry)
        this.marketById.set(market.id, entry)
        this.marketBySlug.set(market.slug, entry)
      }
    }
    this.markets = markets.sort((a, b) => byNumericId(a.market, b.market))
  }

  tagIdsOf(event: WireEvent): ReadonlySet<number> {
    return this.eventTagIds.get(event) ?? new Set()
  }
}

/**
 * Reads (once), parses and indexes the data set, shifting its dates by whole UTC days so that its reference
 * day falls on `shiftTo`'s day (no shift without `shiftTo`).
 */
export async function loadStore(options: { path?: string; shiftTo?: Date }): Promise<{ store: ReplayStore; dayShift: number }> {
  const dataset = JSON.parse(await readRaw(options.path ?? BUNDLED_DATASET_PATH)) as ReplayDataset
  const { referenceTime } = dataset
  const dayShift = options.shiftTo ? dayDelta(new Date(referenceTime), options.shiftTo) : 0
  shiftDatesInPlace(dataset, dayShift)
  // `referenceTime` names the capture instant and stays as generated; only served data moves.
  dataset.referenceTime = referenceTime
  return { store: new ReplayStore(dataset), dayShift }
}
