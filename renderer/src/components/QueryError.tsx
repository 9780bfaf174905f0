// What a screen shows when loading failed: the message from main and a way to try again.
import type { OrdoError } from '../../../shared/errors';

export function QueryError({ error, onRetry }: { error: OrdoError; onRetry?: () => void }) {
  return (
    <div className="error-summary" role="alert">
      <p className="error-summary-title">Could not load this</p>
      <p>{error.message}</p>
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}

export function Loading({ what = 'Loading…' }: { what?: string }) {
  return (
    <p className="loading" role="status">
      {what}
    </p>
  );
}
