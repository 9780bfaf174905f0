// The roles a user profile can hold. Kept apart from the contract so the renderer can list them without zod.
export const roles = ['owner', 'bookkeeper', 'sales', 'warehouse'] as const;
export type Role = (typeof roles)[number];
