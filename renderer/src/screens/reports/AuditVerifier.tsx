// "Verify audit trail": main re-checks the hash chain and says whether every entry is intact.
import { countText } from '../../lib/format';
import { useOrdoMutation } from '../../lib/queries';
import { useCompanyLocale } from '../../lib/useCompanyLocale';

export function AuditVerifier() {
  const { locale } = useCompanyLocale();
  // A check, not a change; a mutation because it runs on request, not on every visit.
  const verify = useOrdoMutation('audit.verify');
  const result = verify.data;
  return (
    <div className="report-controls">
      <button type="button" onClick={() => verify.mutate({})} disabled={verify.isPending}>
        {verify.isPending ? 'Verifying…' : 'Verify audit trail'}
      </button>
      <div role="status">
        {result?.ok ? (
          <p>All {countText(result.checked, locale)} entries verified. Nothing has been altered.</p>
        ) : null}
        {result && !result.ok ? (
          <p className="field-error">
            The audit trail is broken at entry {result.firstBroken?.id ?? '?'}:{' '}
            {result.firstBroken?.reason ?? 'unknown reason'}.
            {` ${countText(result.checked, locale)} entries checked.`}
          </p>
        ) : null}
        {verify.error ? <p className="field-error">{verify.error.message}</p> : null}
      </div>
    </div>
  );
}
