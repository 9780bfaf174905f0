// Customers: master data, contacts, addresses, search and archive.
import { z } from 'zod';
import { method } from './define';
import {
  countryCode,
  currency,
  id,
  minorAmount,
  optionalEmail,
  optionalText,
  paging,
  requiredText,
  sortDir,
  type Page,
} from './fields';

export interface Address {
  line1: string;
  line2: string;
  postalCode: string;
  city: string;
  region: string;
  country: string;
}

export interface Contact {
  id: number;
  name: string;
  email: string;
  phone: string;
  role: string;
  isPrimary: boolean;
}

export interface Customer {
  id: number;
  number: string;
  name: string;
  email: string;
  phone: string;
  website: string;
  taxId: string;
  currency: string;
  paymentTermsId: number | null;
  creditLimit: number | null;
  creditStop: boolean;
  overdueToleranceDays: number;
  language: string;
  segment: string;
  tags: string[];
  notes: string;
  billingAddress: Address;
  shippingSameAsBilling: boolean;
  shippingAddress: Address;
  contacts: Contact[];
  archived: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface CustomerRow {
  id: number;
  number: string;
  name: string;
  email: string;
  taxId: string;
  city: string;
  country: string;
  currency: string;
  creditLimit: number | null;
  segment: string;
  tags: string[];
  archived: boolean;
}

export const documentLanguages = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'sv', 'da', 'ja'] as const;

export const addressInput = z.object({
  line1: optionalText('Address line 1'),
  line2: optionalText('Address line 2'),
  postalCode: optionalText('Postal code', 20),
  city: optionalText('City', 100),
  region: optionalText('Region', 100),
  country: countryCode,
});

const contactInput = z.object({
  name: requiredText('Contact name', 100),
  email: optionalEmail,
  phone: optionalText('Phone', 50),
  role: optionalText('Role', 50),
  isPrimary: z.boolean().default(false),
});

const tag = z.string().trim().min(1).max(30, 'A tag is at most 30 characters');

export const customerInput = z
  .object({
    name: requiredText('Name'),
    email: optionalEmail,
    phone: optionalText('Phone', 50),
    website: optionalText('Website', 200),
    taxId: optionalText('Tax id', 50),
    currency,
    paymentTermsId: id.nullable().default(null),
    creditLimit: minorAmount('Credit limit').nullable().default(null),
    creditStop: z.boolean().default(false),
    overdueToleranceDays: z
      .number({ error: 'Days must be a number' })
      .int('Days must be a whole number')
      .min(0, 'Days cannot be negative')
      .max(365, 'At most 365 days')
      .default(0),
    language: z.enum(documentLanguages, { error: 'Choose a document language' }).default('en'),
    segment: optionalText('Segment', 50),
    tags: z.array(tag).max(20, 'At most 20 tags').default([]),
    notes: optionalText('Notes', 10_000),
    billingAddress: addressInput.default({
      line1: '',
      line2: '',
      postalCode: '',
      city: '',
      region: '',
      country: '',
    }),
    shippingSameAsBilling: z.boolean().default(true),
    shippingAddress: addressInput.default({
      line1: '',
      line2: '',
      postalCode: '',
      city: '',
      region: '',
      country: '',
    }),
    contacts: z.array(contactInput).max(50, 'At most 50 contacts').default([]),
  })
  .refine((c) => c.contacts.filter((x) => x.isPrimary).length <= 1, {
    message: 'Only one contact can be the primary one',
    path: ['contacts'],
  });
export type CustomerInput = z.input<typeof customerInput>;

export const customerSortFields = ['name', 'number', 'city', 'currency', 'creditLimit', 'createdAt'] as const;

export const customersContract = {
  'customers.create': method(customerInput).returns<Customer>(),
  'customers.update': method(z.object({ id, customer: customerInput })).returns<Customer>(),
  'customers.get': method(z.object({ id })).returns<Customer>(),
  'customers.list': method(
    z
      .object({
        search: z.string().trim().max(100, 'Search is at most 100 characters').default(''),
        status: z.enum(['active', 'archived', 'all']).default('active'),
        currency: currency.optional(),
        segment: z.string().trim().max(50).optional(),
        sort: z.enum(customerSortFields).default('name'),
        dir: sortDir,
        ...paging,
      })
      .default({ search: '', status: 'active', sort: 'name', dir: 'asc', limit: 50, offset: 0 }),
  ).returns<Page<CustomerRow>>(),
  'customers.archive': method(z.object({ id, archived: z.boolean().default(true) })).returns<Customer>(),
  'customers.segments': method(z.object({}).default({})).returns<string[]>(),
};
