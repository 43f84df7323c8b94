import { App as AntApp, ConfigProvider } from 'antd';
import zhCNLocale from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { AuthProvider } from '../features/identity/auth/AuthProvider';
import { FeedbackBridge } from './FeedbackBridge';
import { appTheme } from './theme';

export const AppProviders = ({ children }: { children: ReactNode }) => (
  <ConfigProvider locale={zhCNLocale} theme={appTheme} componentSize="middle">
    <AntApp>
      <FeedbackBridge />
      <AuthProvider>{children}</AuthProvider>
    </AntApp>
  </ConfigProvider>
);
