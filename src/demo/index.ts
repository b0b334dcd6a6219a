// Public entry of the demo data: a deterministic, realistic network for the workbench, tests and benchmarks.

export {
  DEFAULT_DEMO_TODAY,
  DEMO_COUNTS,
  type DemoCounts,
  type DemoOptions,
  type DemoSize,
  type DemoWorkbook,
  generateDemoWorkbook,
} from './generate';
export { SAFE_MAIL_SUFFIX } from './network';
export { demoSheetValues, recordsToValues } from './sheetValues';
