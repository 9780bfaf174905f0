// Columns every table shares.
import { text } from 'drizzle-orm/sqlite-core';

export const createdAt = text('created_at').notNull();
export const updatedAt = text('updated_at').notNull();
