// Public entry of the schema layer: record schemas, cell conversion, text safety and the Settings reader.

export * from './cells';
export * from './jsonShapes';
export * from './recordSchema';
export * from './settings';
export * from './text';
