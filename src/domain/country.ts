/** Countries as ISO 3166-1 alpha-2 codes: parsed here once, for the CDN header, the preview's switch and the content model. */

/** `de`, ` DE ` → `DE`; anything that is not two letters is null, and so is `XX` (what CDNs send when they do not know). */
export function parseCountry(value: string | null | undefined): string | null {
  const code = value?.trim().toUpperCase() ?? ''
  return /^[A-Z]{2}$/.test(code) && code !== 'XX' ? code : null
}

/** An install id the app may send (`X-Install-Id`): a UUID or any token of up to 128 visible ASCII characters. */
export function parseInstallId(value: string | null | undefined): string | null {
  return value && /^[\x21-\x7e]{1,128}$/.test(value) ? value : null
}
