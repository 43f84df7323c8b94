import type { TDivisionDetail, TParameterVersion } from '@mz/shared';
import { Alert, Card, Flex, Skeleton, Typography, theme } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useApi } from '../../../api/useApi';
import { DivisionTreeSelect } from '../../../components/DivisionTreeSelect';
import { PageHeader } from '../../../components/PageHeader';
import { divisionDetailUrl } from '../../division/division.api';
import { useDivisionScope } from '../../division/hooks/useDivisionScope';
import { useCan, useMe } from '../../identity/hooks/useAuth';
import { ParameterVersionForm } from '../components/parameters/ParameterVersionForm';
import { InForceVersion, VersionHistory } from '../components/parameters/ParameterVersionView';
import { parametersUrl, resolveParametersUrl } from '../parameters.api';
import { paramText as t } from '../parameters.i18n';

// 救助标准与参数 (rules doc §8): pick a division in scope, see the version in force today and every
// version that applies there (its own and inherited), and — with 县级审批 permission, at a county or
// higher division — create a new version from a month.

const SETTABLE_LEVELS = ['province', 'prefecture', 'county'];

export const ParameterRegistryPage = () => {
  const { token } = theme.useToken();
  const scope = useDivisionScope();
  const me = useMe();
  const can = useCan();
  const home = me.assignments[0];
  const [divisionId, setDivisionId] = useState<number | null>(scope.divisionId ?? home?.divisionId ?? null);
  const today = dayjs().format('YYYY-MM-DD');
  const division = useApi<TDivisionDetail>(divisionId === null ? null : divisionDetailUrl(divisionId), { silent: true }).data;
  const inForce = useApi<{ version: TParameterVersion | null }>(divisionId === null ? null : resolveParametersUrl(divisionId, today));
  const history = useApi<TParameterVersion[]>(divisionId === null ? null : parametersUrl(divisionId));
  const current = inForce.data?.version ?? null;
  // The form starts from the version in force, else from the latest one that applied here.
  const base = current ?? history.data?.toSorted((a, b) => b.validFrom.localeCompare(a.validFrom))[0] ?? null;
  const selected = division?.id === divisionId ? division : undefined;
  const canCreate = can('assistance:approve') && selected !== undefined && SETTABLE_LEVELS.includes(selected.level);
  const reload = () => {
    inForce.reload();
    history.reload();
  };

  return (
    <>
      <PageHeader title={t.title} subTitle={t.subtitle} />
      <Card size="small" style={{ marginBottom: token.marginSM }}>
        <Flex gap={token.marginSM} align="center" wrap>
          <Typography.Text>{t.division}：</Typography.Text>
          <span data-testid="parameters-division">
            <DivisionTreeSelect
              value={divisionId}
              valueLabel={divisionId === home?.divisionId ? (home?.divisionName ?? null) : (scope.divisionName ?? null)}
              onChange={setDivisionId}
              placeholder={t.divisionPlaceholder}
              allowClear={false}
              style={{ width: 280 }}
            />
          </span>
        </Flex>
      </Card>
      {divisionId === null ? (
        <Alert type="info" title={t.pickDivision} />
      ) : (
        <>
          <Card size="small" title={t.inForce} style={{ marginBottom: token.marginSM }}>
            {inForce.error ? (
              <Alert type="error" showIcon title={inForce.error.message} />
            ) : inForce.data === undefined ? (
              <Skeleton active />
            ) : (
              <InForceVersion version={current} divisionId={divisionId} date={today} />
            )}
          </Card>
          <Card size="small" title={t.history} style={{ marginBottom: token.marginSM }}>
            {history.error ? (
              <Alert type="error" showIcon title={history.error.message} />
            ) : history.data === undefined ? (
              <Skeleton active />
            ) : (
              <VersionHistory versions={history.data} inForceId={current?.id ?? null} />
            )}
          </Card>
          {can('assistance:approve') && selected && !canCreate ? <Alert type="info" showIcon title={t.createNotAllowedLevel} /> : null}
          {canCreate && base ? (
            <ParameterVersionForm
              key={`${selected.id}-${base.id}`}
              divisionId={selected.id}
              divisionName={selected.name}
              base={base}
              today={today}
              onCreated={reload}
            />
          ) : null}
        </>
      )}
    </>
  );
};
