import { useMemo } from 'react';
import { useMe } from '../../identity/hooks/useAuth';
import { abilityOf, type Ability } from '../ability';

/** What the signed-in user may do, per permission and level (township counter or county office). */
export const useAbility = (): Ability => {
  const me = useMe();
  return useMemo(() => abilityOf(me), [me]);
};
