import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { RoleCode } from '@performa/api';
import { useApi, useApiMutation } from '../api/hooks.js';

/** Who is logged in (authMe); the client keeps the CSRF token it answers. */
export function useMe() {
  const q = useApi('authMe', {}, { staleTime: 60_000 });
  return q;
}

/** Does the user hold one of `roles` in the entity? */
export function useHasRole(entityId: string, ...roles: RoleCode[]): boolean {
  const me = useMe().data;
  return !!me?.user?.roles.some((r) => r.entityId === entityId && roles.includes(r.role));
}

export function useLogout() {
  const qc = useQueryClient();
  const m = useApiMutation('authLogout');
  return useCallback(async () => {
    await m.mutateAsync({}).catch(() => undefined);
    qc.clear();
    window.location.assign('/login');
  }, [m, qc]);
}
