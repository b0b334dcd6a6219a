// The one place user-visible words come from on the server and in core: codes, vocabulary, labels, dates' language.

export * from './catalogue';
export * from './display';
export * from './language';
export * from './userError';
