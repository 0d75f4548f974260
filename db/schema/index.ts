export * from './core';
export * from './caseload';
export * from './intake';
export * from './sessions';
export * from './portal';
export * from './plans';
export * from './security';
