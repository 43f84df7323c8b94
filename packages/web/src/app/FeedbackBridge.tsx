import { App } from 'antd';
import { useEffect } from 'react';
import { bindFeedback } from '../api/handle-api-error';

/** Hands the themed antd message/notification instances to handleApiError. */
export const FeedbackBridge = () => {
  const { message, notification } = App.useApp();
  useEffect(() => {
    bindFeedback({ message, notification });
    return () => bindFeedback(null);
  }, [message, notification]);
  return null;
};
