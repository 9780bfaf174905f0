// One sentence and the primary action: "No customers yet — Create customer".
import type { ReactNode } from 'react';

export function EmptyState({ text, action }: { text: string; action?: ReactNode }) {
  return (
    <div className="empty-state">
      <p>
        {text}
        {action ? ' — ' : null}
        {action}
      </p>
    </div>
  );
}
