import { PlusOutlined } from '@ant-design/icons';
import type { TUserSummary } from '@mz/shared';
import { Button, Card, Flex, Input, Tag, Typography, theme } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { PagedTable } from '../../../components/PagedTable';
import { PageHeader } from '../../../components/PageHeader';
import { usePagedQuery } from '../../../components/use-paged-query';
import { zhCN } from '../../../i18n/zh-CN';
import { useDivisionScope } from '../../division/hooks/useDivisionScope';
import { CreateUserModal } from '../components/CreateUserModal';
import { UserDetailDrawer } from '../components/UserDetailDrawer';
import { useCan } from '../hooks/useAuth';
import { usersUrl, type UserPage } from '../identity.api';
import { formatAssignment } from '../role-label';
import { USER_STATUS_DISPLAY, userStatus } from '../user-status';

const t = zhCN.users;

export const UserListPage = () => {
  const { token } = theme.useToken();
  const can = useCan();
  const scope = useDivisionScope();
  const [q, setQ] = useState('');
  const query = usePagedQuery<UserPage>((paging) => usersUrl({ q: q || undefined, ...paging }));
  const reload = query.reload;
  const [openUserId, setOpenUserId] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);
  const now = new Date();

  return (
    <>
      <PageHeader
        title={t.title}
        extra={
          can('user:manage') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t.create}
            </Button>
          ) : null
        }
      />
      <Card size="small">
        <Flex style={{ marginBottom: token.marginSM }}>
          <Input.Search
            allowClear
            enterButton={zhCN.common.search}
            placeholder={t.keywordPlaceholder}
            onSearch={(value) => setQ(value.trim())}
            style={{ width: 340 }}
          />
        </Flex>
        <PagedTable<TUserSummary>
          query={query}
          onRow={(row) => ({ onDoubleClick: () => setOpenUserId(row.id) })}
          pagination={{ showSizeChanger: true }}
          columns={[
            {
              title: t.username,
              dataIndex: 'username',
              width: 150,
              render: (username: string, row) => <Typography.Link onClick={() => setOpenUserId(row.id)}>{username}</Typography.Link>,
            },
            { title: t.displayName, dataIndex: 'displayName', width: 220, ellipsis: true },
            {
              title: t.roles,
              dataIndex: 'assignments',
              render: (_: unknown, row) =>
                row.assignments.length === 0 ? (
                  <Typography.Text type="secondary">{zhCN.layout.noRole}</Typography.Text>
                ) : (
                  <Flex wrap gap={token.marginXXS}>
                    {row.assignments.map((a) => (
                      <Tag key={a.id} style={{ marginInlineEnd: 0 }}>
                        {formatAssignment(a)}
                      </Tag>
                    ))}
                  </Flex>
                ),
            },
            {
              title: t.status,
              key: 'status',
              width: 90,
              render: (_: unknown, row) => {
                const status = USER_STATUS_DISPLAY[userStatus(row, now)];
                return <Tag color={status.tag}>{status.label}</Tag>;
              },
            },
            { title: t.createdAt, dataIndex: 'createdAt', width: 150, render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm') },
            {
              title: zhCN.common.actions,
              key: 'actions',
              width: 80,
              render: (_: unknown, row) => <Typography.Link onClick={() => setOpenUserId(row.id)}>{zhCN.common.detail}</Typography.Link>,
            },
          ]}
        />
      </Card>
      {openUserId !== null ? <UserDetailDrawer userId={openUserId} onClose={() => setOpenUserId(null)} onChanged={reload} /> : null}
      {creating ? (
        <CreateUserModal
          defaultDivisionId={scope.divisionId}
          defaultDivisionName={scope.divisionName}
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            reload();
            setOpenUserId(id);
          }}
        />
      ) : null}
    </>
  );
};
