import { PlusOutlined } from '@ant-design/icons';
import { ROLE_LABELS, type Role, type TRoleAssignment, type TUserSummary } from '@mz/shared';
import {
  App,
  Button,
  Descriptions,
  Divider,
  Drawer,
  Empty,
  Flex,
  Form,
  Popconfirm,
  Select,
  Skeleton,
  Table,
  Tag,
  Typography,
  theme,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { handleApiError } from '../../../api/handle-api-error';
import { useApi } from '../../../api/useApi';
import { CodeText } from '../../../components/CodeText';
import { DivisionTreeSelect } from '../../../components/DivisionTreeSelect';
import { zhCN } from '../../../i18n/zh-CN';
import { levelLabel } from '../../division/division-labels';
import { useCan } from '../hooks/useAuth';
import { userUrl, usersApi } from '../identity.api';
import { passwordText } from '../password.i18n';
import { ROLE_OPTIONS } from '../role-options';
import { ResetPasswordModal } from './ResetPasswordModal';
import { USER_STATUS_DISPLAY, isLockedNow, userStatus } from '../user-status';

const t = zhCN.users;

type Props = { userId: number; onClose: () => void; onChanged: () => void };
type AssignValues = { role: Role; divisionId: number };

/** One user: status actions and role assignments (add, revoke). */
export const UserDetailDrawer = ({ userId, onClose, onChanged }: Props) => {
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const can = useCan();
  const manage = can('user:manage');
  const { data, loading, reload } = useApi<TUserSummary>(userUrl(userId));
  const user = data?.id === userId ? data : undefined;
  const [busy, setBusy] = useState<string | null>(null);
  const [assignForm] = Form.useForm<AssignValues>();
  const [resetting, setResetting] = useState(false);

  const run = async (key: string, action: () => Promise<unknown>, done: string, form?: typeof assignForm) => {
    setBusy(key);
    try {
      await action();
      void message.success(done);
      reload();
      onChanged();
      return true;
    } catch (error) {
      handleApiError(error, { form });
      return false;
    } finally {
      setBusy(null);
    }
  };

  const now = new Date();
  const status = user ? userStatus(user, now) : null;

  return (
    <Drawer open size={720} title={user ? t.detailTitle(user.displayName) : t.basicInfo} onClose={onClose} destroyOnHidden>
      {!user ? (
        <Skeleton active loading={loading} />
      ) : (
        <>
          <Flex justify="space-between" align="center" style={{ marginBottom: token.marginSM }}>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t.basicInfo}
            </Typography.Title>
            {manage ? (
              <Flex gap={token.marginXS}>
                {isLockedNow(user, now) ? (
                  <Popconfirm title={t.unlockConfirm} onConfirm={() => void run('unlock', () => usersApi.unlock(user.id), t.unlocked)}>
                    <Button loading={busy === 'unlock'}>{t.unlock}</Button>
                  </Popconfirm>
                ) : null}
                <Button onClick={() => setResetting(true)}>{passwordText.resetButton}</Button>
                <Popconfirm
                  title={user.isActive ? t.deactivateConfirm : t.activateConfirm}
                  onConfirm={() =>
                    void run('active', () => usersApi.setActive(user.id, !user.isActive), user.isActive ? t.deactivated : t.activated)
                  }
                >
                  <Button danger={user.isActive} loading={busy === 'active'}>
                    {user.isActive ? t.deactivate : t.activate}
                  </Button>
                </Popconfirm>
              </Flex>
            ) : null}
          </Flex>
          {resetting ? (
            <ResetPasswordModal
              user={user}
              onClose={() => setResetting(false)}
              onDone={() => {
                setResetting(false);
                reload();
                onChanged();
              }}
            />
          ) : null}
          <Descriptions bordered size="small" column={2}>
            <Descriptions.Item label={t.username}>{user.username}</Descriptions.Item>
            <Descriptions.Item label={t.displayName}>{user.displayName}</Descriptions.Item>
            <Descriptions.Item label={t.status}>
              {status ? <Tag color={USER_STATUS_DISPLAY[status].tag}>{USER_STATUS_DISPLAY[status].label}</Tag> : null}
              {user.mustChangePassword ? <Tag color="processing">{passwordText.mustChangeTag}</Tag> : null}
            </Descriptions.Item>
            <Descriptions.Item label={t.lockedUntil}>
              {isLockedNow(user, now) && user.lockedUntil ? dayjs(user.lockedUntil).format('YYYY-MM-DD HH:mm') : zhCN.common.dash}
            </Descriptions.Item>
            <Descriptions.Item label={t.createdAt} span="filled">
              {dayjs(user.createdAt).format('YYYY-MM-DD HH:mm')}
            </Descriptions.Item>
          </Descriptions>

          <Divider titlePlacement="start" style={{ marginTop: token.marginLG }}>
            {t.assignments}
          </Divider>
          <Table<TRoleAssignment>
            size="small"
            rowKey="id"
            dataSource={user.assignments}
            pagination={false}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.noAssignments} /> }}
            columns={[
              { title: t.role, dataIndex: 'role', render: (role: Role) => ROLE_LABELS[role] },
              { title: t.division, dataIndex: 'divisionName' },
              { title: t.divisionCode, dataIndex: 'divisionCode', render: (code: string) => <CodeText>{code}</CodeText> },
              { title: t.divisionLevel, dataIndex: 'divisionLevel', render: levelLabel },
              ...(manage
                ? [
                    {
                      title: zhCN.common.actions,
                      key: 'actions',
                      width: 80,
                      render: (_: unknown, row: TRoleAssignment) => (
                        <Popconfirm
                          title={t.revokeConfirm}
                          onConfirm={() => void run(`revoke-${row.id}`, () => usersApi.removeRole(user.id, row.id), t.revoked)}
                        >
                          <Typography.Link type="danger">{t.revoke}</Typography.Link>
                        </Popconfirm>
                      ),
                    },
                  ]
                : []),
            ]}
          />
          {manage ? (
            <Form<AssignValues>
              form={assignForm}
              layout="inline"
              style={{ marginTop: token.marginSM, rowGap: token.marginXS }}
              onFinish={(values) =>
                void run('assign', () => usersApi.assignRole(user.id, values), t.assignmentAdded, assignForm).then(
                  (ok) => ok && assignForm.resetFields(),
                )
              }
            >
              <Form.Item name="role" rules={[{ required: true, message: t.roleRequired }]}>
                <Select options={ROLE_OPTIONS} placeholder={t.rolePlaceholder} style={{ width: 170 }} />
              </Form.Item>
              <Form.Item name="divisionId" rules={[{ required: true, message: t.divisionRequired }]}>
                <DivisionTreeSelect placeholder={t.divisionPlaceholder} style={{ width: 240 }} />
              </Form.Item>
              <Form.Item>
                <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={busy === 'assign'}>
                  {t.addAssignment}
                </Button>
              </Form.Item>
            </Form>
          ) : null}
        </>
      )}
    </Drawer>
  );
};
