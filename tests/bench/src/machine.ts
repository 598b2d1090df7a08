import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { benchDir, repoRoot } from './paths.js';

/** The machine and software the figures were taken on. */
export interface MachineInfo {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  chromium: string;
  date: string;
  versions: Record<string, string>;
}

/** Packages whose versions the report names. */
const reported = [
  'react',
  'react-dom',
  'esbuild',
  'playwright-core',
  'survey-core',
  'survey-react-ui',
  'survey-pdf',
  '@rjsf/core',
  '@rjsf/utils',
  '@rjsf/validator-ajv8',
  '@jsonforms/core',
  '@jsonforms/react',
  '@jsonforms/vanilla-renderers',
];

function packageVersion(name: string): string {
  try {
    // Read through the bench's own node_modules: not every package exports its package.json.
    const json = JSON.parse(readFileSync(`${benchDir}/node_modules/${name}/package.json`, 'utf8')) as {
      version: string;
    };
    return json.version;
  } catch {
    return 'not installed';
  }
}

/** Cores, memory, CPU model, versions and today's date. */
export function machineInfo(chromiumPath: string): MachineInfo {
  let chromium = 'unknown';
  try {
    chromium = execFileSync(chromiumPath, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    chromium = 'not found';
  }
  const ours = JSON.parse(readFileSync(`${repoRoot}/packages/react/package.json`, 'utf8')) as {
    version: string;
  };
  const versions: Record<string, string> = { '@wholepicture/*': ours.version };
  for (const name of reported) versions[name] = packageVersion(name);
  return {
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    node: process.version,
    chromium,
    date: new Date().toISOString().slice(0, 10),
    versions,
  };
}
