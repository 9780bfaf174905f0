// App info, user profiles (the owner for now) and global search.
import { z } from 'zod';
import { method } from './define';
import { empty } from './fields';

export interface UserProfile {
  id: number;
  name: string;
  roles: string[];
}

export interface SearchHit {
  kind: 'customer' | 'product';
  id: number;
  title: string;
  subtitle: string;
}

export const systemContract = {
  'app.info': method(empty).returns<{ name: string; version: string; shell: 'electron' | 'web' }>(),
  'users.current': method(empty).returns<UserProfile>(),
  'users.list': method(empty).returns<UserProfile[]>(),
  'search.global': method(
    z.object({
      query: z.string().trim().min(1, 'Type something to search').max(100),
      limit: z.number().int().min(1).max(50).default(10),
    }),
  ).returns<SearchHit[]>(),
};
