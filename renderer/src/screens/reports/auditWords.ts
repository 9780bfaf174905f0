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
};

const actions: Record<string, string> = {
  deny: 'Refused',
};

const entities: Record<string, string> = {
  account: 'Account',
  company: 'Company',
  credit_note: 'Credit note',
  customer: 'Customer',
  invoice: 'Invoice',
  journal_entry: 'Journal entry',
  number_series: 'Number series',
  payment_terms: 'Payment terms',
  product: 'Product',
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
