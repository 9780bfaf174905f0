// The customer editor's form state (all text, as typed) and its conversion to the contract's input.
import type { Address, Customer, CustomerInput } from '../../../../shared/contract';
import { formatMoney, parseMoney } from '../../../../shared/money';
import type { Conversion } from '../../lib/useEditorForm';

export type DocumentLanguage = NonNullable<CustomerInput['language']>;

export interface AddressForm {
  line1: string;
  line2: string;
  postalCode: string;
  city: string;
  region: string;
  country: string;
}

export interface ContactForm {
  /** Stable React key for the grid row; never sent. */
  key: number;
  name: string;
  email: string;
  phone: string;
  role: string;
  isPrimary: boolean;
}

export interface CustomerForm {
  name: string;
  email: string;
  phone: string;
  website: string;
  taxId: string;
  currency: string;
  /** '' = the company's default terms. */
  paymentTermsId: string;
  /** As typed in the company locale; '' = no limit. */
  creditLimit: string;
  /** Every new order of this customer goes on hold for approval. */
  creditStop: boolean;
  /** Whole days an invoice may be overdue before new orders go on hold, as typed. */
  overdueToleranceDays: string;
  language: DocumentLanguage;
  segment: string;
  tags: string[];
  /** A tag still being typed in the tags input: sent with the others if the form is saved now. */
  tagDraft: string;
  notes: string;
  billingAddress: AddressForm;
  shippingSameAsBilling: boolean;
  shippingAddress: AddressForm;
  contacts: ContactForm[];
}

export const emptyAddress: AddressForm = {
  line1: '',
  line2: '',
  postalCode: '',
  city: '',
  region: '',
  country: '',
};

let nextContactKey = 1;
export function newContact(isPrimary = false): ContactForm {
  return { key: nextContactKey++, name: '', email: '', phone: '', role: '', isPrimary };
}

export function emptyCustomerForm(currency: string): CustomerForm {
  return {
    name: '',
    email: '',
    phone: '',
    website: '',
    taxId: '',
    currency,
    paymentTermsId: '',
    creditLimit: '',
    creditStop: false,
    overdueToleranceDays: '0',
    language: 'en',
    segment: '',
    tags: [],
    tagDraft: '',
    notes: '',
    billingAddress: emptyAddress,
    shippingSameAsBilling: true,
    shippingAddress: emptyAddress,
    contacts: [],
  };
}

function addressForm(address: Address): AddressForm {
  const { line1, line2, postalCode, city, region, country } = address;
  return { line1, line2, postalCode, city, region, country };
}

export function formOfCustomer(customer: Customer, locale: string): CustomerForm {
  return {
    name: customer.name,
    email: customer.email,
    phone: customer.phone,
    website: customer.website,
    taxId: customer.taxId,
    currency: customer.currency,
    paymentTermsId: customer.paymentTermsId === null ? '' : String(customer.paymentTermsId),
    creditLimit:
      customer.creditLimit === null
        ? ''
        : formatMoney(customer.creditLimit, customer.currency, locale, { showCurrency: false }),
    creditStop: customer.creditStop,
    overdueToleranceDays: String(customer.overdueToleranceDays),
    language: customer.language as DocumentLanguage,
    segment: customer.segment,
    tags: customer.tags,
    tagDraft: '',
    notes: customer.notes,
    billingAddress: addressForm(customer.billingAddress),
    shippingSameAsBilling: customer.shippingSameAsBilling,
    shippingAddress: addressForm(customer.shippingAddress),
    contacts: customer.contacts.map(({ name, email, phone, role, isPrimary }) => ({
      ...newContact(isPrimary),
      name,
      email,
      phone,
      role,
    })),
  };
}

/** "vip, north" → ["vip", "north"]: trimmed, without empty pieces. */
export function splitTags(text: string): string[] {
  return text
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag.length > 0);
}

/** The tags with the new ones added at the end, each tag once. */
export function withTags(tags: readonly string[], added: readonly string[]): string[] {
  return [...new Set([...tags, ...added])];
}

/** Only the credit limit and the tolerance need reading here; every other rule is the contract's to check. */
export function inputOfForm(form: CustomerForm, locale: string): Conversion<CustomerInput> {
  const tolerance = form.overdueToleranceDays.trim();
  if (!/^\d{1,3}$/.test(tolerance)) {
    return { ok: false, fields: { overdueToleranceDays: 'Enter whole days, e.g. 0 or 14' } };
  }
  let creditLimit: number | null = null;
  if (form.creditLimit.trim() !== '') {
    let parsed;
    try {
      parsed = parseMoney(form.creditLimit, form.currency.trim().toUpperCase(), locale);
    } catch {
      return { ok: false, fields: { currency: 'Enter a currency code like EUR before the credit limit' } };
    }
    if (!parsed.ok) return { ok: false, fields: { creditLimit: parsed.error } };
    creditLimit = parsed.minor;
  }
  const paymentTermsId = form.paymentTermsId === '' ? null : Number(form.paymentTermsId);
  return {
    ok: true,
    input: {
      name: form.name,
      email: form.email,
      phone: form.phone,
      website: form.website,
      taxId: form.taxId,
      currency: form.currency,
      paymentTermsId,
      creditLimit,
      creditStop: form.creditStop,
      overdueToleranceDays: Number(tolerance),
      language: form.language,
      segment: form.segment,
      tags: withTags(form.tags, splitTags(form.tagDraft)),
      notes: form.notes,
      billingAddress: form.billingAddress,
      shippingSameAsBilling: form.shippingSameAsBilling,
      shippingAddress: form.shippingSameAsBilling ? form.billingAddress : form.shippingAddress,
      contacts: form.contacts.map(({ name, email, phone, role, isPrimary }) => ({
        name,
        email,
        phone,
        role,
        isPrimary,
      })),
    },
  };
}

const addressKeys = ['line1', 'line2', 'postalCode', 'city', 'region', 'country'];
const contactKeys = ['name', 'email', 'phone', 'role', 'isPrimary'];
const topKeys = new Set([
  'name',
  'email',
  'phone',
  'website',
  'taxId',
  'currency',
  'paymentTermsId',
  'creditLimit',
  'creditStop',
  'overdueToleranceDays',
  'language',
  'segment',
  'tags',
  'notes',
  'contacts',
]);

/** A problem with one tag is shown beside the tags field. */
export function customerFieldOf(path: string): string {
  return /^tags\.\d+$/.test(path) ? 'tags' : path;
}

/** Whether the editor has a place to show an error for this input path. */
export function isCustomerFieldShown(path: string): boolean {
  if (topKeys.has(path)) return true;
  const [group, key, extra] = path.split('.');
  if ((group === 'billingAddress' || group === 'shippingAddress') && key && extra === undefined)
    return addressKeys.includes(key);
  const contact = /^contacts\.\d+\.(\w+)$/.exec(path);
  return contact !== null && contactKeys.includes(contact[1] ?? '');
}
