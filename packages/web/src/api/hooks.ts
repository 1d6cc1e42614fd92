import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { ApiError, CallArgs, CallResult, RouteName } from '@performa/api';
import { callApi } from './client.js';

export type { ApiError };
/** What a route takes (params, query, body as the contract defines them). */
export type ApiInput<N extends RouteName> = CallArgs<N>;
/** What a route answers. */
export type ApiOutput<N extends RouteName> = CallResult<N>;

/** The query key of a route call: its name then its input (so invalidating by name works). */
export const keyOf = (name: RouteName, input?: unknown) => (input === undefined ? [name] : [name, input]);

/** A GET through the typed client, cached by TanStack Query. */
export function useApi<N extends RouteName>(
  name: N,
  input: ApiInput<N>,
  options: Partial<UseQueryOptions<ApiOutput<N>, ApiError>> = {},
) {
  return useQuery<ApiOutput<N>, ApiError>({
    queryKey: keyOf(name, input),
    queryFn: () => callApi(name, input as object) as Promise<ApiOutput<N>>,
    ...options,
  });
}

/** A state change through the typed client; `invalidate` lists the routes whose data it changes. */
export function useApiMutation<N extends RouteName>(name: N, invalidate: RouteName[] = []) {
  const qc = useQueryClient();
  return useMutation<ApiOutput<N>, ApiError, ApiInput<N>>({
    mutationFn: (input) => callApi(name, input as object) as Promise<ApiOutput<N>>,
    onSuccess: async () => {
      // Every state change writes the audit trail: object histories are refreshed too.
      await Promise.all([...invalidate, 'getHistory' as RouteName].map((n) => qc.invalidateQueries({ queryKey: [n] })));
    },
  });
}
