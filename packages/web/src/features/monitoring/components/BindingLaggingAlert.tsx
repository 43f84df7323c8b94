import { WarningFilled } from '@ant-design/icons';
import { Alert, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import type { BindingLaggingItem } from '../monitoring-format';
import { monitoringI18n } from '../monitoring.i18n';

const t = monitoringI18n.binding;

export type LaggingChild = { id: number; name: string; count: number; href: string };

/**
 * The red banner at the top of every monitoring view: binding (约束性) indicators that lag here, and
 * the lower units where binding indicators lag. Nothing is shown when there are none.
 */
export const BindingLaggingAlert = ({
  items,
  hrefOf,
  children = [],
}: {
  items: readonly BindingLaggingItem[];
  hrefOf?: (indicatorId: number) => string;
  children?: readonly LaggingChild[];
}) => {
  if (items.length === 0 && children.length === 0) return null;
  const title = items.length > 0 ? t.alertTitle(items.length) : t.alertChildren(children.length);
  return (
    <Alert
      type="error"
      showIcon
      icon={<WarningFilled />}
      data-testid="binding-lagging-alert"
      style={{ marginBottom: 12 }}
      title={<Typography.Text strong>{title}</Typography.Text>}
      description={
        <Flex vertical gap={4}>
          {items.length > 0 ? (
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {items.map((item) => {
                const text = t.itemText(item.name, item.verdictLabel, item.valueText, item.expectedText);
                return <li key={item.id}>{hrefOf ? <Link to={hrefOf(item.id)}>{text}</Link> : text}</li>;
              })}
            </ul>
          ) : null}
          {items.length > 0 && children.length > 0 ? <Typography.Text strong>{t.alertChildren(children.length)}</Typography.Text> : null}
          {children.length > 0 ? (
            <Flex wrap gap={12}>
              {children.map((child) => (
                <Link key={child.id} to={child.href}>
                  {t.childItem(child.name, child.count)}
                </Link>
              ))}
            </Flex>
          ) : null}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t.description}
          </Typography.Text>
        </Flex>
      }
    />
  );
};
