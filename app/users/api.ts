/** User accounts (admin): `/api/v1/users`. */
import { useQuery } from '@tanstack/react-query';
import { api, itemsOf } from '../platform/api-client';
import type { Role } from '../platform/session';

export interface UserAccount {
  id: number;
  username: string;
  fullName: string;
  role: Role;
  unitId: number | null;
  unitName: string | null;
  scopeUnitId: number;
  scopeUnitName: string | null;
  personId: number | null;
  active: boolean;
  /** Locked after too many failed sign-ins. */
  locked: boolean;
  version: number;
}

export function useUsers() {
  return useQuery({
    queryKey: ['users'],
    queryFn: async ({ signal }) =>
      itemsOf(
        await api.get<{ items: UserAccount[] } | UserAccount[]>('/api/v1/users', undefined, signal),
      ),
  });
}
