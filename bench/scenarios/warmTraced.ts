// Scenario 1t: the warm feed with OpenTelemetry tracing on, sampled at 1 % as production would run it, against
// the same app without tracing and the bare server, interleaved in one run. Spans go to an OTLP receiver in this
// process.
import { startApp } from '../../test/support/app'
import { startOtlpReceiver } from '../../test/support/otlpReceiver'
import { APP_NODE_ARGS, type BenchContext, fmt, measureLoad, onCleanup, raw, row, times, verdict, warm } from '../harness'

export const id = '1t'

export async function run(ctx: BenchContext): Promise<void> {
  const { app, appEnv, quiet, warmPages } = ctx
  console.log('\n1t. warm feed with tracing on (1 % sampled)')
  const receiver = await startOtlpReceiver()
  onCleanup('otlp receiver', () => receiver.close())
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
  const spans = receiver.spans.length
  await traced.stop()
  const ratio = runs.traced.requestsPerSecond / bare.requestsPerSecond
  row('1t', 'warm feed @100, tracing on (1 % sampled): req/s', fmt(runs.traced.requestsPerSecond), `bare ${fmt(bare.requestsPerSecond)}`, times(ratio), '≥ 0.8×', verdict(ratio >= 0.8))
  row('1t', 'warm feed @100: tracing on ÷ off, req/s · p99', `${times(runs.traced.requestsPerSecond / untraced.requestsPerSecond)} · ${times(runs.traced.p99Ms / untraced.p99Ms)}`, `off ${fmt(untraced.requestsPerSecond)} req/s, p99 ${fmt(untraced.p99Ms, 1)} ms`, '', '', 'info')
  row('1t', 'spans exported (1 % of the requests, a server span each)', fmt(spans), `${fmt(runs.traced.requests)} requests`, '', '', 'info')
  raw.warmTraced = { traced: runs.traced, untraced, bare, spans }
}
