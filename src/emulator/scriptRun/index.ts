// google.script.run on the host: the documented call and value rules, for tests, the sidebar server and the workbench.
export { callableFunctionNames, isPrivateName } from './callableFunctions';
export { invokeScriptRun, type ScriptRunError, type ScriptRunOutcome, type ScriptRunRequest } from './invoke';
export { toClientValue, toServerArgs } from './transferRules';
export { TRANSFER_RULES_SOURCE } from './transferRulesSource';
