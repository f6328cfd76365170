// LAYER: cli. What the launchers (bin/pyheap, bin/js-stack.js) changed in the environment for node
// alone, put back before the runtime reads the environment (os.environ, child processes).
//
// node parses every certificate named by NODE_EXTRA_CA_CERTS at startup, for TLS, which pyheap
// never uses: ~30 ms per start with a system bundle. The launchers hand the value over under
// HANDOVER instead; restoreLauncherEnv gives it its own name back.

/** the variable a launcher moved NODE_EXTRA_CA_CERTS to (keep equal to bin/pyheap, bin/js-stack.js) */
const HANDOVER = 'PYHEAP_NODE_EXTRA_CA_CERTS';

/** NODE_EXTRA_CA_CERTS as the user set it, if a launcher moved it */
export function restoreLauncherEnv(env: NodeJS.ProcessEnv = process.env): void {
  const saved = env[HANDOVER];
  if (saved === undefined) return;
  env.NODE_EXTRA_CA_CERTS = saved;
  delete env[HANDOVER];
}
