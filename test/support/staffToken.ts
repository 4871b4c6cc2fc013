/** Logs a staff user in through Payload's REST API and returns the JWT (for `authorization: JWT <token>`). */
export async function staffToken(baseUrl: string, credentials: { email: string; password: string }): Promise<string> {
  const response = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  })
  if (response.status !== 200) throw new Error(`login as ${credentials.email} answered ${response.status}`)
  return ((await response.json()) as { token: string }).token
}
