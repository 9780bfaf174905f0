// The audit log in plain words: "Created" + "Tax rate 3" instead of "taxRates.create" + "tax_rate 3".
// The technical action stays available as a tooltip for support.

const verbs: Record<string, string> = {
  create: 'Created',
  update: 'Changed',
  archive: 'Archived',
  restore: 'Restored',
  post: 'Posted',
  cancel: 'Cancelled',
  setDisputed: 'Changed the dispute flag',
  backup: 'Backed up',
  demo: 'Created the demo company',
  setPeriodLock: 'Changed the period lock',
  setLogo: 'Changed the logo',
  deleteDraft: 'Deleted the draft',
  dispute: 'Marked disputed',
  clearDispute: 'Cleared the dispute',
  record: 'Recorded',
  allocate: 'Allocated',
  unallocate: 'Took back an allocation',
  reverse: 'Reversed',
  apply: 'Applied credit',
  refund: 'Refunded credit',
};

const actions: Record<string, string> = {
  deny: 'Refused',
  'settings.receivables': 'Changed the receivables settings',
};

const entities: Record<string, string> = {
  account: 'Account',
  company: 'Company',
  credit_note: 'Credit note',
  customer: 'Customer',
  invoice: 'Invoice',
  journal_entry: 'Journal entry',
  number_series: 'Number series',
  payment: 'Payment',
  payment_terms: 'Payment terms',
  product: 'Product',
  refund: 'Refund',
  tax_rate: 'Tax rate',
};

function asWords(text: string): string {
  const words = text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_.-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function auditActionText(action: string): string {
  const whole = actions[action];
  if (whole) return whole;
  const verb = action.slice(action.lastIndexOf('.') + 1);
  return verbs[verb] ?? asWords(action);
}

export function auditRecordText(entity: string, entityId: string): string {
  const noun = entities[entity] ?? asWords(entity);
  return entityId ? `${noun} ${entityId}` : noun;
}
