/** Port, database port and folders of one end-to-end run; E2E_SLOT=n (0 by default) shifts them all. */
export function e2eSlot() {
  const slot = Number(process.env.E2E_SLOT ?? 0);
  return {
    port: 3100 + slot * 10,
    // Below Linux's ephemeral range (32768–60999): an outgoing connection cannot hold a database port a spec restarts on.
    dbPort: 31400 + slot * 10,
    dataDir: slot ? `.data/e2e-${slot}` : '.data/e2e',
    distDir: slot ? `.next-e2e-${slot}` : '.next',
  };
}
