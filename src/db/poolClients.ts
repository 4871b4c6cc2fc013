/** Something done to every client of a pg pool: those connected already and each one the pool opens later. */
export interface ClientPool<C> {
  on(event: 'connect', listener: (client: C) => void): unknown
}

export function onEveryClient<C>(pool: ClientPool<C>, apply: (client: C) => void): void {
  // pg-pool keeps its clients in `_clients` and offers no public list; a pool without it just has none yet.
  for (const client of (pool as { _clients?: C[] })._clients ?? []) apply(client)
  pool.on('connect', apply)
}
