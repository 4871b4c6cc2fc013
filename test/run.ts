// `npm test`: finds or starts Postgres and Redis, creates this run's databases, runs the unit, integration and
// browser projects in turn, prints the count of each, and drops what it created.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, readFile } from 'node:fs/promises'

import { ensureBuild } from './support/build'
import { ensureChromium } from './support/chromium'
import { ensurePromtool } from './support/promtool'
import { SetupError } from './support/provision'
import { createDatabase, dropDatabase, resolvePostgres, resolveRedis } from './support/services'

const ALL = ['unit', 'int', 'e2e'] as const
type Project = (typeof ALL)[number]

interface Counts {
  passed: number
  failed: number
  skipped: number
}

async function runProject(project: Project, env: NodeJS.ProcessEnv, filters: string[]): Promise<Counts> {
  const output = `.test-results/${project}.json`
  const code = await new Promise<number>((resolve) => {
    const child = spawn(
      'npx',
      ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${output}`, ...filters],
      { stdio: 'inherit', env },
    )
    child.on('exit', (status) => resolve(status ?? 1))
  })
  if (!existsSync(output)) return { passed: 0, failed: Math.max(code, 1), skipped: 0 }
  const report = JSON.parse(await readFile(output, 'utf8')) as {
    numPassedTests: number
    numFailedTests: number
    numPendingTests: number
    numTodoTests: number
    numFailedTestSuites: number
    testResults: Array<{ status: string; assertionResults: Array<{ status: string }> }>
  }
  // A suite that failed to load or whose beforeAll failed counts as a failure even when none of its tests ran
  // (they are reported as skipped); so does any non-zero exit of vitest (an unhandled error, a hang on close).
  const filesFailedWithoutATest = report.testResults.filter(
    (file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'),
  ).length
  const failed = report.numFailedTests + filesFailedWithoutATest
  return {
    passed: report.numPassedTests,
    failed: code !== 0 ? Math.max(failed, 1) : failed,
    skipped: report.numPendingTests + report.numTodoTests,
  }
}

async function main(): Promise<void> {
  const requested = process.argv.slice(2).filter((arg): arg is Project => (ALL as readonly string[]).includes(arg))
  const projects = requested.length ? requested : [...ALL]
  // Anything else narrows the run to matching test files, e.g. `npm test -- int content/validation`.
  const filters = process.argv.slice(2).filter((arg) => !(ALL as readonly string[]).includes(arg))
  await mkdir('.test-results', { recursive: true })

  const [postgres, redis] = await Promise.all([resolvePostgres(), resolveRedis()])
  console.log(`postgres: ${postgres.origin} · redis: ${redis.origin}`)
  const runId = `pb_test_${process.pid}_${Date.now().toString(36)}`
  const databases = { int: `${runId}_int`, e2e: `${runId}_e2e` }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    TEST_RUN_ID: runId,
    TEST_PG_ADMIN_URL: postgres.url,
    TEST_REDIS_URL: redis.url,
  }
  const results: Partial<Record<Project, Counts>> = {}
  try {
    for (const project of projects) {
      if (project === 'int') env.TEST_DATABASE_URL = await createDatabase(postgres.url, databases.int)
      if (project === 'e2e') {
        await ensureChromium()
        ensurePromtool()
        await ensureBuild()
        env.TEST_DATABASE_URL = await createDatabase(postgres.url, databases.e2e)
      }
      results[project] = await runProject(project, env, filters)
    }
  } finally {
    for (const name of Object.values(databases)) await dropDatabase(postgres.url, name).catch(() => undefined)
    await Promise.all([postgres.stop(), redis.stop()])
  }

  const total = { passed: 0, failed: 0, skipped: 0 }
  console.log('\nTest summary')
  for (const project of projects) {
    const counts = results[project] ?? { passed: 0, failed: 1, skipped: 0 }
    console.log(`  ${project.padEnd(5)} ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`)
    total.passed += counts.passed
    total.failed += counts.failed
    total.skipped += counts.skipped
  }
  console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped (not allowed: a skipped test proves nothing)` : ''}`)
  process.exit(total.failed > 0 || total.skipped > 0 || total.passed === 0 ? 1 : 0)
}

main().catch((error) => {
  // A machine that lacks something says what to install, in one line; anything else is a bug worth its stack.
  if (error instanceof SetupError) {
    console.error(error.message)
    process.exit(2)
  }
  console.error(error)
  process.exit(1)
})
