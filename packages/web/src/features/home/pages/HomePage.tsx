import { RightOutlined } from '@ant-design/icons';
import { DIVISION_LEVEL_LABELS, ROLE_LABELS, type DivisionLevel } from '@mz/shared';
import { Card, Col, Descriptions, Flex, Row, Tag, Typography, theme } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { NAV_ITEMS } from '../../../app/layout/nav-items';
import { useDivisionScope } from '../../division/hooks/useDivisionScope';
import { filterByPermission } from '../../identity/access';
import { useMe } from '../../identity/hooks/useAuth';
import { zhCN } from '../../../i18n/zh-CN';

const t = zhCN.home;

const levelLabel = (level: string) => DIVISION_LEVEL_LABELS[level as DivisionLevel] ?? level;

export const HomePage = () => {
  const { token } = theme.useToken();
  const me = useMe();
  const scope = useDivisionScope();
  const links = filterByPermission(NAV_ITEMS, me).filter((item) => item.path !== '/');

  return (
    <Flex vertical gap={token.margin}>
      <Card>
        <Flex justify="space-between" align="flex-start" wrap gap={token.margin}>
          <div>
            <Typography.Title level={3} style={{ marginTop: 0, marginBottom: token.marginXS }}>
              {t.welcome(me.displayName)}
            </Typography.Title>
            <Typography.Text type="secondary">{t.intro}</Typography.Text>
          </div>
          <Typography.Text type="secondary">{dayjs().format(t.dateFormat)}</Typography.Text>
        </Flex>
        <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} style={{ marginTop: token.marginLG }}>
          <Descriptions.Item label={t.username}>{me.username}</Descriptions.Item>
          <Descriptions.Item label={t.permissionsCount}>{t.permissionsValue(me.permissions.length)}</Descriptions.Item>
          <Descriptions.Item label={t.roles} span="filled">
            <Flex wrap gap={token.marginXS}>
              {me.assignments.length === 0
                ? zhCN.layout.noRole
                : me.assignments.map((a) => (
                    <Tag key={a.id} color="blue" style={{ marginInlineEnd: 0 }}>
                      {ROLE_LABELS[a.role]} · {a.divisionName}（{levelLabel(a.divisionLevel)}，{a.divisionCode}）
                    </Tag>
                  ))}
            </Flex>
          </Descriptions.Item>
          <Descriptions.Item label={t.currentScope} span="filled">
            {scope.divisionId === null ? zhCN.layout.scopePlaceholder : (scope.divisionName ?? zhCN.common.loading)}
          </Descriptions.Item>
        </Descriptions>
      </Card>

      <Card title={t.quickLinks}>
        <Row gutter={[token.margin, token.margin]}>
          {links.map((item) => (
            <Col key={item.path} xs={24} md={12} xl={8}>
              <Link to={scope.href(item.path)}>
                <Card hoverable size="small">
                  <Flex align="center" gap={token.margin}>
                    <Flex
                      align="center"
                      justify="center"
                      style={{
                        width: 44,
                        height: 44,
                        borderRadius: token.borderRadiusLG,
                        background: token.colorPrimaryBg,
                        color: token.colorPrimary,
                        fontSize: 22,
                        flex: 'none',
                      }}
                    >
                      {item.icon}
                    </Flex>
                    <div style={{ flex: 1, minWidth: 0 }}>
                      <Typography.Text strong>{item.label}</Typography.Text>
                      <br />
                      <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
                        {item.description}
                      </Typography.Text>
                    </div>
                    <RightOutlined style={{ color: token.colorTextTertiary }} />
                  </Flex>
                </Card>
              </Link>
            </Col>
          ))}
        </Row>
      </Card>
    </Flex>
  );
};
