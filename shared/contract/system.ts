// App info and global search.
import { z } from 'zod';
import { method } from './define';
import { empty } from './fields';

export interface SearchHit {
  kind: 'customer' | 'product' | 'order' | 'shipment' | 'invoice' | 'credit_note' | 'payment';
  id: number;
  title: string;
  subtitle: string;
}

export const systemContract = {
  'app.info': method(empty).returns<{ name: string; version: string; shell: 'electron' | 'web' }>(),
  'search.global': method(
    z.object({
      query: z.string().trim().min(1, 'Type something to search').max(100),
      limit: z.number().int().min(1).max(50).default(10),
    }),
  ).returns<SearchHit[]>(),
};
