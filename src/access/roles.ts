/** Editorial roles: `admin` does everything, `editor` owns content and rules, `qa` reads drafts only. */
export const ROLES = ['admin', 'editor', 'qa'] as const
export type Role = (typeof ROLES)[number]

export interface RoleHolder {
  roles?: Role[] | null
}

export const hasRole = (user: unknown, ...roles: Role[]): boolean =>
  Boolean(user && Array.isArray((user as RoleHolder).roles) && (user as RoleHolder).roles!.some((r) => roles.includes(r)))
