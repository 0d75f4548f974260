export * from './caseload';
export * from './core';
export * from './intake';
export * from './plans';
export * from './portal';
export * from './security';
export * from './sessions';
