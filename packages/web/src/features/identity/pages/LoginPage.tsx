import { LockOutlined, UserOutlined } from '@ant-design/icons';
import type { TLoginRequest } from '@mz/shared';
import { Alert, Button, Card, Collapse, Flex, Form, Input, Table, Typography, theme } from 'antd';
import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../../api/api-error';
import { handleApiError } from '../../../api/handle-api-error';
import { safeReturnPath } from '../../../api/url';
import { brand } from '../../../app/theme';
import { zhCN } from '../../../i18n/zh-CN';
import { DEMO_LOGINS, DEMO_PASSWORD } from '../demo-accounts';
import { useAuth } from '../hooks/useAuth';
import { formatAssignment } from '../role-label';

const t = zhCN.auth;

export const LoginPage = () => {
  const { token } = theme.useToken();
  const auth = useAuth();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const returnTo = safeReturnPath(searchParams.get('redirect'));
  const [form] = Form.useForm<TLoginRequest>();
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  if (auth.status === 'authenticated') return <Navigate to={returnTo} replace />;

  const onFinish = async (values: TLoginRequest) => {
    setSubmitting(true);
    setFailure(null);
    try {
      await auth.login(values);
      await navigate(returnTo, { replace: true });
    } catch (error) {
      // Wrong password, locked account…: the server's sentence, shown on the form itself.
      if (error instanceof ApiError && error.status < 500 && error.details.length === 0) setFailure(error.message);
      else handleApiError(error, { form });
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Flex
      vertical
      align="center"
      justify="center"
      style={{ minHeight: '100vh', background: brand.loginBackdrop, padding: token.paddingLG }}
    >
      <Typography.Title level={2} style={{ color: brand.headerText, marginBottom: token.marginXXS, letterSpacing: 2 }}>
        {zhCN.app.title}
      </Typography.Title>
      <Typography.Text style={{ color: brand.headerTextSecondary, marginBottom: token.marginLG }}>{zhCN.app.subtitle}</Typography.Text>

      <Card style={{ width: 400, maxWidth: '100%', boxShadow: token.boxShadowSecondary }} title={t.loginTitle}>
        {failure ? (
          <Alert type="error" showIcon title={failure} style={{ marginBottom: token.marginMD }} data-testid="login-error" />
        ) : null}
        <Form<TLoginRequest>
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={(values) => void onFinish(values)}
          autoComplete="on"
        >
          <Form.Item name="username" label={t.username} rules={[{ required: true, whitespace: true, message: t.usernameRequired }]}>
            <Input prefix={<UserOutlined />} placeholder={t.usernamePlaceholder} autoComplete="username" autoFocus size="large" />
          </Form.Item>
          <Form.Item name="password" label={t.password} rules={[{ required: true, message: t.passwordRequired }]}>
            <Input.Password prefix={<LockOutlined />} placeholder={t.passwordPlaceholder} autoComplete="current-password" size="large" />
          </Form.Item>
          <Form.Item style={{ marginBottom: 0 }}>
            <Button type="primary" htmlType="submit" block size="large" loading={submitting}>
              {t.login}
            </Button>
          </Form.Item>
        </Form>
        <Collapse
          ghost
          size="small"
          style={{ marginTop: token.marginSM }}
          items={[
            {
              key: 'demo',
              label: <Typography.Text type="secondary">{t.demoTitle}</Typography.Text>,
              children: (
                <>
                  <Typography.Paragraph type="secondary" style={{ fontSize: token.fontSizeSM, marginBottom: token.marginXS }}>
                    {t.demoHint(DEMO_PASSWORD)}
                  </Typography.Paragraph>
                  <Table
                    size="small"
                    pagination={false}
                    rowKey="username"
                    dataSource={DEMO_LOGINS}
                    showHeader={false}
                    onRow={(row) => ({
                      onClick: () => form.setFieldsValue({ username: row.username, password: DEMO_PASSWORD }),
                      style: { cursor: 'pointer' },
                    })}
                    columns={[
                      {
                        dataIndex: 'username',
                        render: (v: string) => (
                          <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
                            {v}
                          </Typography.Text>
                        ),
                      },
                      { dataIndex: 'role', render: (_: unknown, row) => formatAssignment({ role: row.role, divisionName: row.place }) },
                    ]}
                  />
                </>
              ),
            },
          ]}
        />
      </Card>
      <Typography.Text style={{ color: brand.headerTextSecondary, marginTop: token.marginLG, fontSize: token.fontSizeSM }}>
        {zhCN.app.footer}
      </Typography.Text>
    </Flex>
  );
};
