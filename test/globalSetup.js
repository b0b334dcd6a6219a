// Runs once before the suites: Apps Script runs scripts in the script's time zone (appsscript.json), so tests do too.
module.exports = async () => {
  process.env.TZ = require('../appsscript.json').timeZone;
};
