/**
 * The published error catalogue, rendered from the one registry (errorCodes.ts): an HTML page whose anchors are the
 * codes (each problem's `type` links to its entry) and a Markdown table for the OpenAPI document.
 */
import { ERROR_CODES, type ErrorCodeEntry } from '../../errorCodes'
import { statusOf } from '../../errors'

const entries = (): [string, ErrorCodeEntry][] => Object.entries(ERROR_CODES).sort(([a], [b]) => a.localeCompare(b))

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
/** The registry's texts use Markdown's `code` spans only. */
const inlineHtml = (text: string) => escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>')

export function errorCatalogueMarkdown(): string {
  const rows = entries().map(([code, entry]) => `| \`${code}\` | ${statusOf(entry.kind)} | ${entry.meaning} | ${entry.action} |`)
  return ['| code | status | meaning | what to do |', '|---|---|---|---|', ...rows].join('\n')
}

export function errorCataloguePage(): string {
  const rows = entries()
    .map(
      ([code, entry]) =>
        `<tr id="${escapeHtml(code)}"><td><a href="#${escapeHtml(code)}"><code>${escapeHtml(code)}</code></a></td><td>${statusOf(entry.kind)}</td><td>${inlineHtml(entry.meaning)}</td><td>${inlineHtml(entry.action)}</td></tr>`,
    )
    .join('\n')
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Playbook mobile API: error codes</title>
    <style>
      body { font: 15px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1d1f23 }
      table { border-collapse: collapse; width: 100% }
      th, td { text-align: left; vertical-align: top; padding: .4rem .6rem; border-bottom: 1px solid #e3e5e8 }
      tr:target { background: #fff6d6 }
      code { font-size: 13px }
    </style>
  </head>
  <body>
    <h1>Error codes</h1>
    <p>Every error is <code>application/problem+json</code> (RFC 9457) with a stable <code>code</code>; its <code>type</code> links here.
      New codes can appear: a client that does not know a code falls back on the HTTP status. See also the <a href="/api/v1/docs">API reference</a>.</p>
    <table>
      <thead><tr><th>code</th><th>status</th><th>meaning</th><th>what to do</th></tr></thead>
      <tbody>
${rows}
      </tbody>
    </table>
  </body>
</html>
`
}
