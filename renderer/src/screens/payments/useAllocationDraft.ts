// Main's allocation proposal for what is being typed (asked again a moment after the customer, amount, date or
// reference change), and the grid's cells filled from it — kept as the user typed them once they change any.
import { useEffect, useMemo, useState } from 'react';
import type { AllocationProposal, ProposalRow } from '../../../../shared/contract';
import type { OrdoError } from '../../../../shared/errors';
import { isIsoDate } from '../../../../shared/dates';
import { useOrdoQuery } from '../../lib/queries';
import { useDebounced } from '../../lib/useDebounced';
import { keepTyped, rowsOfProposal, type AllocationCell, type DraftRow } from './allocationDraft';

export interface ProposalRequest {
  customerId: number | null;
  /** What the payment (or the credit left on it) has to give, in minor units; 0 while none is typed. */
  amount: number;
  date: string;
  reference: string;
}

const SETTLE_MS = 250;

export interface ProposalState {
  /** The proposal for the current customer; undefined until it arrives (or while none is chosen). */
  proposal: AllocationProposal | undefined;
  isUpdating: boolean;
  error: OrdoError | null;
}

export function useAllocationProposal(request: ProposalRequest): ProposalState {
  const customerId = useDebounced(request.customerId, SETTLE_MS);
  const amount = useDebounced(request.amount, SETTLE_MS);
  const date = useDebounced(request.date, SETTLE_MS);
  const reference = useDebounced(request.reference, SETTLE_MS);
  const query = useOrdoQuery(
    'payments.proposeAllocation',
    { customerId: customerId ?? 0, amount, date, reference: reference.trim() },
    { enabled: customerId !== null && isIsoDate(date), keepPrevious: true },
  );
  // The previous customer's invoices must never show under the one just chosen.
  const proposal = query.data?.customerId === request.customerId ? query.data : undefined;
  const isSettled =
    customerId === request.customerId &&
    amount === request.amount &&
    date === request.date &&
    reference === request.reference;
  return {
    proposal,
    isUpdating: request.customerId !== null && (!isSettled || query.isFetching),
    error: query.error,
  };
}

export interface AllocationDraft {
  rows: DraftRow[];
  /** What main says about each open invoice, by invoice id. */
  info: ReadonlyMap<number, ProposalRow>;
  isEdited: boolean;
  setCell: (index: number, cell: AllocationCell, value: string) => void;
  resetToProposal: () => void;
  clear: () => void;
}

export function useAllocationDraft(
  proposal: AllocationProposal | undefined,
  locale: string,
): AllocationDraft {
  const [rows, setRows] = useState<DraftRow[]>([]);
  const [isEdited, setEdited] = useState(false);
  const [filledFor, setFilledFor] = useState<number | null>(null);

  useEffect(() => {
    if (!proposal) return;
    if (filledFor === proposal.customerId && isEdited) {
      setRows((previous) => keepTyped(previous, proposal.rows));
      return;
    }
    // Another customer (or nothing typed yet): their invoices start from the proposal.
    setFilledFor(proposal.customerId);
    setEdited(false);
    setRows(rowsOfProposal(proposal.rows, proposal.currency, locale));
  }, [proposal, filledFor, isEdited, locale]);

  const info = useMemo(
    () => new Map((proposal?.rows ?? []).map((row) => [row.invoiceId, row] as const)),
    [proposal],
  );

  return {
    rows,
    info,
    isEdited,
    setCell: (index, cell, value) => {
      setEdited(true);
      setRows((previous) => previous.map((row, i) => (i === index ? { ...row, [cell]: value } : row)));
    },
    resetToProposal: () => {
      setEdited(false);
      if (proposal) setRows(rowsOfProposal(proposal.rows, proposal.currency, locale));
    },
    clear: () => {
      setEdited(true);
      setRows((previous) =>
        previous.map((row) => ({ invoiceId: row.invoiceId, amount: '', discount: '', writeOff: '' })),
      );
    },
  };
}
