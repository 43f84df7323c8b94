import type { TAuthorisationRevoke, TParameterCreate } from '@mz/shared';
import { http } from '../../api/http-client';
import { buildUrl } from '../../api/url';

// Calls of the parameter registry (/api/assistance/parameters) and of revoking a 核对授权书.

const A = '/api/assistance';

export type ParameterCreated = {
  id: number;
  validFrom: string;
  validTo: string | null;
  recomputedFromMonth: string;
  /** Monthly amount periods of recipients re-computed from that month. */
  recomputedPeriods: number;
};

export const parametersUrl = (divisionId: number) => buildUrl(`${A}/parameters`, { divisionId });
export const resolveParametersUrl = (divisionId: number, date: string) => buildUrl(`${A}/parameters/resolve`, { divisionId, date });

export const parametersApi = {
  create: (body: TParameterCreate) => http.post<ParameterCreated>(`${A}/parameters`, body),
  revokeAuthorisation: (id: number, body: TAuthorisationRevoke) =>
    http.post<{ id: number; revokedOn: string; revokeReason: string }>(`${A}/authorisations/${id}/revoke`, body),
};
