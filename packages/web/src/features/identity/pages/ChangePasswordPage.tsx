import { Card, Flex } from 'antd';
import { PasswordChangeForm } from '../components/PasswordChangeForm';
import { passwordText as t } from '../password.i18n';

/** /account/password, from the user menu in the header. */
export const ChangePasswordPage = () => (
  <Flex justify="center">
    <Card title={t.pageTitle} style={{ width: 440, maxWidth: '100%' }}>
      <PasswordChangeForm />
    </Card>
  </Flex>
);
