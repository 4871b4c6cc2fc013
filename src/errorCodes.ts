/**
 * Every problem `code` the service can return, with its kind (hence its status), what it means and what a client
 * should do. One source: the error factories accept only codes listed here for their kind (a typo or an unlisted
 * code does not compile), and the published catalogue (`/api/v1/docs/errors`, the OpenAPI document) is generated
 * from it.
 */
import type { ErrorKind } from './errors'

export interface ErrorCodeEntry {
  kind: ErrorKind
  /** What happened, for the client team. */
  meaning: string
  /** What a client should do about it. */
  action: string
}

const RETRY = 'Retry after Retry-After seconds (with backoff); show cached data meanwhile.'
const FIX_REQUEST = 'A client bug: fix the request; retrying it unchanged gets the same answer.'

export const ERROR_CODES = {
  'request.invalid_parameter': { kind: 'BadRequest', meaning: 'A query parameter has a value outside its schema (type, range, length).', action: FIX_REQUEST },
  'request.unknown_parameter': { kind: 'BadRequest', meaning: 'A query parameter this server does not know (a typo, or a parameter newer than this server).', action: 'Drop the parameter; see “API evolution” for how new parameters ship.' },
  'request.repeated_parameter': { kind: 'BadRequest', meaning: 'A query parameter given more than once.', action: FIX_REQUEST },
  'request.invalid_path': { kind: 'BadRequest', meaning: 'A path segment (slug, group letter, address) is malformed.', action: FIX_REQUEST },
  'request.invalid_platform': { kind: 'BadRequest', meaning: '`X-Platform` is not one of the documented platforms.', action: FIX_REQUEST },
  'request.invalid_app_version': { kind: 'BadRequest', meaning: '`X-App-Version` is not a version (`4.2.0`, `4.2`).', action: FIX_REQUEST },
  'request.invalid_odds_format': { kind: 'BadRequest', meaning: '`X-Odds-Format` is not `probability`, `decimal` or `american`.', action: FIX_REQUEST },
  'request.invalid_install_id': { kind: 'BadRequest', meaning: '`X-Install-Id` is not 1 to 128 visible ASCII characters.', action: FIX_REQUEST },
  'request.not_json': { kind: 'BadRequest', meaning: 'The body is not declared as `application/json`.', action: FIX_REQUEST },
  'request.invalid_json': { kind: 'BadRequest', meaning: 'The body is not valid JSON.', action: FIX_REQUEST },
  'request.invalid_utf8': { kind: 'BadRequest', meaning: 'The body is not valid UTF-8.', action: FIX_REQUEST },
  'request.empty_body': { kind: 'BadRequest', meaning: 'The request needs a body and had none.', action: FIX_REQUEST },
  'request.body_too_large': { kind: 'PayloadTooLarge', meaning: 'The body is over the route’s size limit (1 MiB for ingestion).', action: 'Send smaller batches.' },
  'request.uri_too_long': { kind: 'UriTooLong', meaning: 'The request target is over 4,096 characters.', action: FIX_REQUEST },
  'route.not_found': { kind: 'NotFound', meaning: 'No operation at this path and method.', action: 'Check the path against the API reference.' },
  'feed.invalid_cursor': { kind: 'BadRequest', meaning: 'The `cursor` was not issued by this feed (malformed, or from another sort or tag).', action: 'Restart the feed from its first page.' },
  'explore.tag_not_found': { kind: 'NotFound', meaning: 'No published explore tag visible to this client has this slug.', action: 'Refetch the explore tree: the tag was removed or is not for this app.' },
  'cache.not_found': { kind: 'NotFound', meaning: 'The event (or other market data) does not exist upstream.', action: 'Remove the link or entry that led here.' },
  'world_cup.not_configured': { kind: 'NotFound', meaning: 'No World Cup tournament is published (or visible to this client).', action: 'Hide the World Cup entry point.' },
  'world_cup.group_not_found': { kind: 'NotFound', meaning: 'The tournament has no such group.', action: 'Refetch the World Cup page for the groups it has.' },
  'rewards.no_season': { kind: 'NotFound', meaning: 'No reward season is published.', action: 'Hide leaderboards until one is.' },
  'rewards.season_not_found': { kind: 'NotFound', meaning: 'No published season has this slug.', action: 'Use a season listed by the leaderboard without `season`.' },
  'rewards.api_key_missing': { kind: 'Unauthorized', meaning: 'Ingestion needs `Authorization: Bearer <API key>`.', action: 'Send the API key an admin created.' },
  'rewards.api_key_invalid': { kind: 'Unauthorized', meaning: 'The API key is unknown or revoked.', action: 'Ask an admin for a valid key; do not retry.' },
  'rewards.idempotency_key_missing': { kind: 'BadRequest', meaning: 'Ingestion needs an `Idempotency-Key` header.', action: 'Send one key per logical request, the same on every retry.' },
  'rewards.idempotency_key_invalid': { kind: 'BadRequest', meaning: 'The `Idempotency-Key` is not 1–255 visible ASCII characters.', action: FIX_REQUEST },
  'rewards.idempotency_key_reused': { kind: 'Conflict', meaning: 'The `Idempotency-Key` was used earlier with a different body.', action: 'Use a new key for a new request; never reuse one with another body.' },
  'rewards.invalid_activity': { kind: 'Unprocessable', meaning: 'An activity is invalid (type, address, decimal amount, reference); `detail` says which and why.', action: 'Fix the activity; nothing of the request was recorded.' },
  'rewards.activity_in_future': { kind: 'Unprocessable', meaning: 'An activity’s `occurredAt` is later than the server’s clock allows.', action: 'Send activities once they have happened; check the sender’s clock.' },
  'rewards.batch_too_large': { kind: 'PayloadTooLarge', meaning: 'A batch of more than 500 activities.', action: 'Split the batch.' },
  'live.unknown_tag': { kind: 'BadRequest', meaning: 'A `tag:` topic names no published explore tag.', action: 'Subscribe to tags from the explore tree.' },
  'live.unknown_event': { kind: 'BadRequest', meaning: 'An `event:` topic names no event the market data knows.', action: 'Subscribe to events from feeds, search or event pages.' },
  'live.too_many_streams': { kind: 'RateLimited', meaning: 'This client has too many live streams open.', action: 'Share one stream across screens (topics are a list); retry after Retry-After.' },
  'live.replica_full': { kind: 'Unavailable', meaning: 'This replica holds as many live streams as it may.', action: RETRY },
  'search.rate_limited': { kind: 'RateLimited', meaning: 'Too many searches from this client (120 per 10 s).', action: 'Debounce typing; retry after Retry-After.' },
  'miss.rate_limited': { kind: 'RateLimited', meaning: 'Too many requests from this client that the cache could not answer.', action: RETRY },
  'payload.rate_limited': { kind: 'RateLimited', meaning: 'Too many reads of the content API from this client.', action: RETRY },
  'ingest.rate_limited': { kind: 'RateLimited', meaning: 'Too many ingestion requests from this address.', action: RETRY },
  'ingest-key.rate_limited': { kind: 'RateLimited', meaning: 'Too many ingestion requests with this API key.', action: 'Batch activities (up to 500 per request); retry after Retry-After.' },
  'upstream.rate_limited': { kind: 'RateLimited', meaning: 'The market-data budget is spent for now.', action: RETRY },
  'upstream.unavailable': { kind: 'UpstreamUnavailable', meaning: 'Market data cannot be reached and nothing usable is cached.', action: RETRY },
  'upstream.timeout': { kind: 'UpstreamUnavailable', meaning: 'Market data did not answer in time and nothing usable is cached.', action: RETRY },
  'upstream.rejected': { kind: 'UpstreamUnavailable', meaning: 'Market data refused the request.', action: RETRY },
  'upstream.malformed': { kind: 'UpstreamUnavailable', meaning: 'Market data answered with something this service cannot read.', action: RETRY },
  'upstream.cursor_loop': { kind: 'UpstreamUnavailable', meaning: 'Market data returned a list cursor it had already returned.', action: RETRY },
  'upstream.too_many_pages': { kind: 'UpstreamUnavailable', meaning: 'A market-data list was longer than this service reads.', action: RETRY },
  'upstream.not_found': { kind: 'NotFound', meaning: 'Market data has no such item.', action: 'Remove the link or entry that led here.' },
  'gamma.not_configured': { kind: 'UpstreamUnavailable', meaning: 'This deployment has no market-data source configured.', action: RETRY },
  'db.unavailable': { kind: 'Unavailable', meaning: 'The database cannot be reached.', action: RETRY },
  'replica.starting': { kind: 'Unavailable', meaning: 'This replica is starting (or restarting) and cannot answer yet.', action: RETRY },
  'ops.token_required': { kind: 'Unauthorized', meaning: 'Operational details need `Authorization: Bearer <OPS_TOKEN>`.', action: 'Operators only: send the ops token.' },
  'auth.first_register_closed': { kind: 'Forbidden', meaning: 'Creating the first admin over HTTP needs the one-time `ADMIN_BOOTSTRAP_TOKEN`.', action: 'Run `npm run create-admin` on the server instead.' },
  'auth.first_admin_exists': { kind: 'Forbidden', meaning: 'An admin exists: the bootstrap token no longer creates users.', action: 'Sign in; admins create further users.' },
  'auth.invalid_credentials': { kind: 'BadRequest', meaning: 'The first admin’s email or password is invalid (a password has at least 12 characters).', action: FIX_REQUEST },
  'preview.staff_only': { kind: 'Forbidden', meaning: 'Preview needs a signed link or a staff session.', action: 'Ask an editor for a preview link.' },
  'preview.invalid_link_request': { kind: 'BadRequest', meaning: 'A preview-link request without a valid path or lifetime.', action: FIX_REQUEST },
  'release.not_found': { kind: 'NotFound', meaning: 'No release has this id.', action: 'Refresh the releases list.' },
  'release.invalid_id': { kind: 'BadRequest', meaning: 'A release id or config version is not a positive whole number.', action: FIX_REQUEST },
  'release.editors_only': { kind: 'Forbidden', meaning: 'Only admins and editors publish or revert releases.', action: 'Ask an editor.' },
  'release.not_publishable': { kind: 'Conflict', meaning: 'The release was already published (or reverted): revert it, or make a new one.', action: 'Refresh the release.' },
  'release.not_published': { kind: 'Conflict', meaning: 'Only a published release can be reverted.', action: 'Refresh the release.' },
  'release.empty': { kind: 'Unprocessable', meaning: 'The release names no documents.', action: 'Add the documents it should publish.' },
  'release.invalid_documents': { kind: 'Unprocessable', meaning: 'One or more of the documents cannot be published; `documents` lists each one’s errors. Nothing was published.', action: 'Fix the drafts listed, then publish again.' },
  'config.admins_only': { kind: 'Forbidden', meaning: 'Only admins restore the configuration to an earlier version.', action: 'Ask an admin.' },
  'config.staff_only': { kind: 'Forbidden', meaning: 'Only staff read the config history.', action: 'Sign in.' },
  'config.version_not_found': { kind: 'NotFound', meaning: 'No config version has this number.', action: 'List the config versions.' },
  'content.staff_only': { kind: 'Forbidden', meaning: 'Only staff look up market data for the admin’s pickers and publish warnings.', action: 'Sign in.' },
  'content.invalid_lookup': { kind: 'BadRequest', meaning: 'A picker lookup without a valid `q` (1–100 characters) or document id.', action: FIX_REQUEST },
  'content.no_market_data': { kind: 'Internal', meaning: 'A content validator ran where no market data is available (a deployment fault).', action: 'Report the trace id.' },
  'embed.unknown_partner': { kind: 'Forbidden', meaning: 'No published partner has this `partner` key.', action: 'Check the key in the embed snippet; the widget shows “unavailable”.' },
  'embed.partner_disabled': { kind: 'Forbidden', meaning: 'The partner is disabled.', action: 'Contact Playbook; the widget shows “unavailable” meanwhile.' },
  'embed.view_not_allowed': { kind: 'Forbidden', meaning: 'The partner may not embed this view (or follow these live topics).', action: 'Ask Playbook to enable the view for the partner.' },
  'embed.origin_not_allowed': { kind: 'Forbidden', meaning: 'The page’s origin is not one of the partner’s allowed origins.', action: 'Ask Playbook to add the origin to the partner.' },
  'embed.rate_limited': { kind: 'RateLimited', meaning: 'Too many embed requests from this reader for this partner.', action: RETRY },
  'embed-partner.rate_limited': { kind: 'RateLimited', meaning: 'The partner’s widgets caused more uncached reads than its budget allows.', action: RETRY },
  'gamma.invalid_filter': { kind: 'Internal', meaning: 'An upstream query was built from an invalid value (a service bug).', action: 'Report the trace id.' },
  'internal.unexpected': { kind: 'Internal', meaning: 'An unexpected failure.', action: 'Report the trace id; retrying may help.' },
} as const satisfies Record<string, ErrorCodeEntry>

export type ErrorCode = keyof typeof ERROR_CODES

/** The codes of one kind: what its factory accepts. */
export type CodeOf<K extends ErrorKind> = { [C in ErrorCode]: (typeof ERROR_CODES)[C]['kind'] extends K ? C : never }[ErrorCode]

/** Where a code is documented: the problem's `type`, resolved against the API's origin (RFC 9457 §3.1.1). */
export const problemTypeOf = (code: string): string => `/api/v1/docs/errors#${code}`
