import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, loginToAdmin } from '../support/browser'

const baseUrl = inject('baseUrl')

describe('admin in a browser', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>

  beforeAll(async () => {
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser.close()
  })

  it('logs in and shows the collections on the dashboard', async () => {
    const page = await loginToAdmin(browser.context, baseUrl, inject('admin'))
    await page.getByRole('heading', { name: 'Users' }).or(page.locator('.card-users')).first().waitFor()
    expect(await page.locator('.card-users').count()).toBe(1)
  })

  it('rejects a wrong password and stays on the login page', async () => {
    await browser.context.clearCookies()
    const page = await browser.context.newPage()
    await page.goto(`${baseUrl}/admin/login`)
    await page.fill('#field-email', inject('admin').email)
    await page.fill('#field-password', 'not-the-password')
    await page.click('button[type="submit"]')
    await page.getByText(/email or password provided is incorrect/i).waitFor()
    expect(new URL(page.url()).pathname).toBe('/admin/login')
  })
})

describe('API edge in production mode', () => {
  it('answers an unknown /api/v1 path with a 404 problem+json carrying a trace id', async () => {
    const response = await fetch(`${baseUrl}/api/v1/does-not-exist`)
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    const body = (await response.json()) as Record<string, unknown>
    expect(body).toMatchObject({ status: 404, code: 'route.not_found', title: 'Not Found' })
    expect(body.traceId).toMatch(/^[\da-f]{32}$/)
  })

  it('reports health with Postgres and Redis up to operators, and only up/degraded/down to anyone else', async () => {
    const ops = { authorization: `Bearer ${inject('appEnv').OPS_TOKEN}` }
    const response = await fetch(`${baseUrl}/api/health`, { headers: ops })
    const body = (await response.json()) as { status: string; postgres: { status: string }; redis: { status: string } }
    expect(response.status).toBe(200)
    expect(body.postgres.status).toBe('ok')
    expect(body.redis.status).toBe('ok')
    const anonymous = await fetch(`${baseUrl}/api/health`, { headers: { authorization: 'Bearer not-the-token' } })
    expect(anonymous.status).toBe(200)
    expect(Object.keys(await anonymous.json()).sort()).toEqual(['status', 'time'])
  })

  it('serves metrics to operators only', async () => {
    const refused = await fetch(`${baseUrl}/api/metrics`)
    expect(refused.status).toBe(401)
    expect(refused.headers.get('content-type')).toContain('application/problem+json')
    expect(await refused.json()).toMatchObject({ code: 'ops.token_required' })
    const scraped = await fetch(`${baseUrl}/api/metrics`, { headers: { authorization: `Bearer ${inject('appEnv').OPS_TOKEN}` } })
    expect(scraped.status).toBe(200)
    expect(await scraped.text()).toContain('playbook_http_request_duration_seconds')
  })
})
