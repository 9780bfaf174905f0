// Where a journal entry came from, in plain words ("Opening balance", not "opening_balance").
const labels: Record<string, string> = {
  manual: 'Manual entry',
  opening_balance: 'Opening balance',
  invoice: 'Invoice',
  credit_note: 'Credit note',
  payment: 'Payment',
  refund: 'Refund',
  write_off: 'Write-off',
  shipment: 'Shipment',
  reminder: 'Reminder fee',
};

/** Unknown kinds (from a newer version) still read as words. */
export function sourceTypeLabel(sourceType: string): string {
  const known = labels[sourceType];
  if (known) return known;
  const words = sourceType.replace(/[_.-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
