// What Prometheus scrapes passes Prometheus's own lint, and the alert rules and dashboard query metrics that exist.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe, expect, inject, it } from 'vitest'

const baseUrl = inject('baseUrl')
const ops = { authorization: `Bearer ${inject('appEnv').OPS_TOKEN}` }

async function scrape(): Promise<string> {
  const response = await fetch(`${baseUrl}/api/metrics`, { headers: ops })
  expect(response.status).toBe(200)
  return response.text()
}

/** Metric names a PromQL text refers to (the ones this service or Node exports). */
const referenced = (text: string) => new Set([...text.matchAll(/\b((?:playbook|process|nodejs)_[a-z0-9_]+)/g)].map((match) => match[1]!))
/** Names a scrape exposes, histograms by their series names too. */
const exposed = (text: string) =>
  new Set([...text.matchAll(/^# TYPE (\S+) (\w+)$/gm)].flatMap(([, name, type]) => (type === 'histogram' ? [name!, `${name}_bucket`, `${name}_sum`, `${name}_count`] : [name!])))

describe('metrics', () => {
  it('pass promtool check metrics on a live scrape, under their conventional names', async () => {
    // Some traffic first, so labelled series (routes, outcomes, endpoints, refusals) exist.
    await Promise.all([fetch(`${baseUrl}/api/v1/explore`), fetch(`${baseUrl}/api/v1/events/no-such-event`), fetch(`${baseUrl}/api/v1/search?q=bitcoin`)])
    const text = await scrape()
    const lint = spawnSync('promtool', ['check', 'metrics'], { input: text, encoding: 'utf8' })
    expect(`${lint.stdout}${lint.stderr}`).toBe('')
    expect(lint.status).toBe(0)
    const names = exposed(text)
    for (const name of ['process_cpu_seconds_total', 'process_resident_memory_bytes', 'nodejs_eventloop_lag_p99_seconds', 'nodejs_heap_size_used_bytes', 'playbook_http_request_duration_seconds', 'playbook_sse_streams', 'playbook_live_refreshes_total', 'playbook_upstream_budget_used_requests', 'playbook_config_snapshot_version', 'playbook_config_version', 'playbook_ingest_requests_total']) {
      expect(names, name).toContain(name)
    }
    expect(text).toMatch(/^playbook_upstream_budget_limit_requests\{bucket="events"\} \d+$/m)
    expect(text).toMatch(/^playbook_response_cache_lookups_total\{outcome="miss"\} [1-9]/m)
  })

  it('has alert rules that promtool accepts and whose tests pass, on metrics the service exports', async () => {
    const check = spawnSync('promtool', ['check', 'rules', 'ops/prometheus/alerts.yml'], { encoding: 'utf8' })
    expect(check.status, check.stdout + check.stderr).toBe(0)
    const tests = spawnSync('promtool', ['test', 'rules', 'alerts.test.yml'], { cwd: 'ops/prometheus', encoding: 'utf8' })
    expect(tests.status, tests.stdout + tests.stderr).toBe(0)
    const names = exposed(await scrape())
    const missing = [...referenced(readFileSync('ops/prometheus/alerts.yml', 'utf8'))].filter((name) => !names.has(name))
    expect(missing).toEqual([])
  })

  it('has a dashboard whose every query parses and names metrics the service exports', async () => {
    const dashboard = JSON.parse(readFileSync('ops/grafana/playbook.json', 'utf8')) as { panels: { targets?: { expr: string }[] }[] }
    const expressions = dashboard.panels.flatMap((panel) => panel.targets ?? []).map((target) => target.expr)
    expect(expressions.length).toBeGreaterThan(15)
    // Grafana's variables as Prometheus would see them after substitution; each query as a recording rule for promtool.
    const concrete = expressions.map((expr) => expr.replaceAll('$__rate_interval', '5m').replaceAll('$instance', '.*'))
    const dir = mkdtempSync(path.join(tmpdir(), 'dashboard-'))
    const rules = `groups:\n  - name: dashboard\n    rules:\n${concrete.map((expr, i) => `      - record: dashboard:query${i}\n        expr: ${JSON.stringify(expr)}\n`).join('')}`
    writeFileSync(path.join(dir, 'rules.yml'), rules)
    expect(() => execFileSync('promtool', ['check', 'rules', path.join(dir, 'rules.yml')], { encoding: 'utf8' })).not.toThrow()
    const names = exposed(await scrape())
    const missing = [...referenced(expressions.join('\n'))].filter((name) => !names.has(name))
    expect(missing).toEqual([])
  })
})
