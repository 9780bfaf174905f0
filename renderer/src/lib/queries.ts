// Query keys by area ("customers", "settings", …) and hooks that cache calls and invalidate an area after a change.
import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type UseMutationResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import type { InputOf, MethodName, OutputOf } from '../../../shared/contract';
import type { OrdoError } from '../../../shared/errors';
import { call } from './api';

export type Area = MethodName extends `${infer A}.${string}` ? A : never;

export function areaOf(method: MethodName): Area {
  return method.slice(0, method.indexOf('.')) as Area;
}

export function queryKeyOf<M extends MethodName>(method: M, input: InputOf<M>) {
  return [areaOf(method), method, input] as const;
}

interface QueryOptions {
  enabled?: boolean;
  /** Keep showing the last page while the next one loads (lists, paging, search as you type). */
  keepPrevious?: boolean;
}

export function useOrdoQuery<M extends MethodName>(
  method: M,
  input: InputOf<M>,
  options: QueryOptions = {},
): UseQueryResult<OutputOf<M>, OrdoError> {
  return useQuery<OutputOf<M>, OrdoError>({
    queryKey: queryKeyOf(method, input),
    queryFn: () => call(method, input),
    enabled: options.enabled ?? true,
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
  });
}

// Every change writes an audit row and may change what global search finds.
const alwaysStale: Area[] = ['audit', 'search'];

// A change in one area that changes what another shows: shipping moves an order's status and the stock, a credit
// decision releases or stops an order, an order reserves stock and counts in the customer's exposure.
const knockOn: Partial<Record<Area, Area[]>> = {
  orders: ['credit', 'stock'],
  credit: ['orders', 'stock'],
  shipments: ['orders', 'stock', 'credit'],
  stock: ['orders'],
};

interface MutationOptions<M extends MethodName> {
  /** Other areas whose cached answers this change makes stale. */
  alsoInvalidates?: Area[];
  onSuccess?: (output: OutputOf<M>, input: InputOf<M>) => void;
}

export function useOrdoMutation<M extends MethodName>(
  method: M,
  options: MutationOptions<M> = {},
): UseMutationResult<OutputOf<M>, OrdoError, InputOf<M>> {
  const client = useQueryClient();
  const { alsoInvalidates = [], onSuccess } = options;
  return useMutation<OutputOf<M>, OrdoError, InputOf<M>>({
    mutationFn: (input) => call(method, input),
    onSuccess: async (output, input) => {
      const area = areaOf(method);
      const areas = new Set<Area>([area, ...(knockOn[area] ?? []), ...alsoInvalidates, ...alwaysStale]);
      await Promise.all([...areas].map((area) => client.invalidateQueries({ queryKey: [area] })));
      onSuccess?.(output, input);
    },
  });
}
