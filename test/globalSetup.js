// Runs once before the suites: builds dist/ (the tests load the shipped bundle, so `npx jest <path>` on a fresh
// clone tests what would be deployed), and runs in the script's time zone as Apps Script does (appsscript.json).
const { execFileSync } = require('node:child_process');
const path = require('node:path');

module.exports = async () => {
  process.env.TZ = require('../appsscript.json').timeZone;
  if (process.env.SKIP_BUILD === '1') return;
  const root = path.resolve(__dirname, '..');
  execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'build.ts')], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
};
