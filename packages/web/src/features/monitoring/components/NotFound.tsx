import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { zhCN } from '../../../i18n/zh-CN';
import { monitoringI18n } from '../monitoring.i18n';
import { monitoringPaths } from '../monitoring-paths';

/** A plan, indicator or division the user cannot see (404 from the server), with the way back. */
export const MonitoringNotFound = ({ message }: { message?: string | undefined }) => (
  <Result
    status="404"
    title={zhCN.result.notFoundTitle}
    subTitle={message ?? zhCN.result.notFound}
    extra={
      <Link to={monitoringPaths.plans()}>
        <Button type="primary">{monitoringI18n.common.backToPlans}</Button>
      </Link>
    }
  />
);
