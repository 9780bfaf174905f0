// Runs a JS entry point of a dev tool with this same Node, output shown as it comes; resolves to its exit code.
// (Spawning the .js file avoids the platform-specific .bin shims.)
import { spawn } from 'node:child_process';

export function runNodeScript(scriptPath, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [scriptPath, ...args], { stdio: 'inherit', ...options });
    child.on('error', () => resolve(1));
    child.on('close', (code) => resolve(code ?? 1));
  });
}
