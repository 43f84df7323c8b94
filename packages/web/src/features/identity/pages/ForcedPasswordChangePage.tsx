import { Alert, Button, Card, Flex, theme } from 'antd';
import { useNavigate } from 'react-router';
import { handleApiError } from '../../../api/handle-api-error';
import { brand } from '../../../app/theme';
import { zhCN } from '../../../i18n/zh-CN';
import { PasswordChangeForm } from '../components/PasswordChangeForm';
import { useAuth } from '../hooks/useAuth';
import { passwordText as t } from '../password.i18n';

/**
 * Shown instead of any signed-in page while the password must be changed (after an admin reset):
 * the server refuses every other route until then. After the change the page asked for appears.
 */
export const ForcedPasswordChangePage = () => {
  const { token } = theme.useToken();
  const { logout } = useAuth();
  const navigate = useNavigate();
  const onLogout = async () => {
    try {
      await logout();
    } catch (error) {
      handleApiError(error);
    }
    await navigate('/login', { replace: true });
  };
  return (
    <Flex
      vertical
      align="center"
      justify="center"
      style={{ minHeight: '100vh', background: brand.loginBackdrop, padding: token.paddingLG }}
    >
      <Card
        title={t.forcedTitle}
        style={{ width: 440, maxWidth: '100%', boxShadow: token.boxShadowSecondary }}
        extra={
          <Button type="link" onClick={() => void onLogout()}>
            {zhCN.auth.logout}
          </Button>
        }
      >
        <Alert type="warning" showIcon title={t.forcedHint} style={{ marginBottom: token.marginMD }} />
        <PasswordChangeForm />
      </Card>
    </Flex>
  );
};
