// LAYER: cli. The refcount audit (memory/audit.ts) for a whole run: turned on by PYHEAP_AUDIT=1
// before anything is allocated; at exit every live object's count is recomputed from its holders
// and the roots the runtime names, and any mismatch makes the run fail (exit status 70 unless the
// program already failed).

import { auditOn, enableAudit, runAudit, printAuditReport, addRootProvider, setSiteProvider } from '../memory/audit.js';
import { rootsForAudit, currentSite } from '../runtime.js';

export function enableAuditFromEnv(): void {
  const v = process.env.PYHEAP_AUDIT;
  if (v === undefined || v === '' || v === '0') return;
  enableAudit();
  setSiteProvider(currentSite);
  addRootProvider('runtime', rootsForAudit);
}

export function auditAtExit(status: number): number {
  if (!auditOn.value) return status;
  const report = runAudit();
  const bad = printAuditReport(report);
  return bad > 0 && status === 0 ? 70 : status;
}
