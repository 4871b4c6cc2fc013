// Scenario 1t: the warm feed with OpenTelemetry tracing on, sampled at 1 % as production would run it, against
// the same app without tracing and the bare server, interleaved in one run. Spans go to an OTLP receiver in this
// process that counts and drops them.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

import { startApp } from '../../test/support/app'
import { APP_NODE_ARGS, type BenchContext, fmt, measureLoad, onCleanup, raw, row, times, verdict, warm } from '../harness'

export const id = '1t'

async function discardingReceiver(): Promise<{ url: string; spans: () => number; stop: () => Promise<void> }> {
  let spans = 0
  const server = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      spans += (body.match(/"spanId"/g) ?? []).length
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, spans: () => spans, stop: () => new Promise((resolve) => server.close(() => resolve())) }
}

export async function run(ctx: BenchContext): Promise<void> {
  const { app, appEnv, quiet, warmPages } = ctx
  console.log('\n1t. warm feed with tracing on (1 % sampled)')
  const receiver = await discardingReceiver()
  onCleanup('otlp receiver', () => receiver.stop())
  const traced = await startApp(
    { ...appEnv, OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_TRACES_SAMPLER: 'parentbased_traceidratio', OTEL_TRACES_SAMPLER_ARG: '0.01', OTEL_BSP_SCHEDULE_DELAY: '1000' },
    { nodeArgs: APP_NODE_ARGS },
  )
  onCleanup('traced app', () => traced.stop())
  const urlPath = warmPages.pages.feed
  await warm(traced.url, urlPath)
  await quiet(app, traced)
  const runs = { traced: await measureLoad(`${traced.url}${urlPath}`, 100) }
  await quiet(app, traced)
  const untraced = await measureLoad(`${app.url}${urlPath}`, 100)
  await quiet(app, traced)
  const bare = await measureLoad(`${warmPages.bare.url}${urlPath}`, 100)
  await new Promise((resolve) => setTimeout(resolve, 1_500))
  const spans = receiver.spans()
  await traced.stop()
  const ratio = runs.traced.requestsPerSecond / bare.requestsPerSecond
  row('1t', 'warm feed @100, tracing on (1 % sampled): req/s', fmt(runs.traced.requestsPerSecond), `bare ${fmt(bare.requestsPerSecond)}`, times(ratio), '≥ 0.50×', verdict(ratio >= 0.5))
  row('1t', 'warm feed @100: tracing on ÷ off, req/s · p99', `${times(runs.traced.requestsPerSecond / untraced.requestsPerSecond)} · ${times(runs.traced.p99Ms / untraced.p99Ms)}`, `off ${fmt(untraced.requestsPerSecond)} req/s, p99 ${fmt(untraced.p99Ms, 1)} ms`, '', '', 'info')
  row('1t', 'spans exported (1 % of the requests, a server span each)', fmt(spans), `${fmt(runs.traced.requests)} requests`, '', '', 'info')
  raw.warmTraced = { traced: runs.traced, untraced, bare, spans }
}
