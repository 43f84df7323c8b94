import { use } from 'react';
import { DivisionScopeContext, type DivisionScopeValue } from '../scope/division-scope-context';

export const useDivisionScope = (): DivisionScopeValue => {
  const value = use(DivisionScopeContext);
  if (!value) throw new Error('useDivisionScope outside <DivisionScopeProvider>');
  return value;
};
