import { readFileSync } from 'node:fs';
import { benchDir } from './paths.js';

/** The budgets in tests/bench/budgets.json. */
export interface Budgets {
  defaultFormGzipKiB: number;
  keystrokeP95Ms: number;
  fieldsPerKeystroke: number;
  firstRenderFasterThanEveryPeer: boolean;
  pdf12PagesWarmMs: number;
  pdf12PagesColdMs: number;
  history: { date: string; change: string; why: string }[];
}

/** Reads the budgets file. */
export function readBudgets(): Budgets {
  return JSON.parse(readFileSync(`${benchDir}/budgets.json`, 'utf8')) as Budgets;
}

/** One budget's verdict. */
export interface BudgetResult {
  name: string;
  limit: string;
  actual: string;
  pass: boolean;
  /** Why it broke, as far as the figures show. */
  note?: string;
}
