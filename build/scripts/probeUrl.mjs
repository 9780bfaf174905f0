// A quick "can we reach this server?" check, so an offline machine is told so in seconds, not after a long timeout.
export async function probeUrl(url, timeoutMs = 5000) {
  try {
    await fetch(url, { method: 'HEAD', redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    return true;
  } catch {
    return false;
  }
}
