import { createElement } from 'react';
import type { App, FormInstance } from 'antd';
import { zhCN } from '../i18n/zh-CN';
import type { ErrorDetail } from '@mz/shared';
import { ApiError, formatErrorDetail, isSessionError, toFieldErrors } from './api-error';
import { isAbortError } from './http-client';

type Feedback = Pick<ReturnType<typeof App.useApp>, 'message' | 'notification'>;

let feedback: Feedback | null = null;

/** Bound once by <FeedbackBridge /> so toasts use the themed, localised antd App context. */
export const bindFeedback = (instance: Feedback | null) => {
  feedback = instance;
};

let lastSessionNotice = 0;

export type HandleApiErrorOptions = {
  /** Put `details` on the matching form fields as well. */
  form?: FormInstance | undefined;
};

/**
 * The one place API failures reach the user: the server's Chinese `message` as a toast, with
 * `details` listed (and set on form fields when a form is given). Aborted requests are ignored.
 */
export const handleApiError = (error: unknown, options: HandleApiErrorOptions = {}) => {
  if (isAbortError(error)) return;
  if (!feedback) {
    console.error(error);
    return;
  }
  if (!(error instanceof ApiError)) {
    console.error(error);
    void feedback.message.error(zhCN.errors.unknown);
    return;
  }
  if (isSessionError(error)) {
    // Several requests may fail at once when a session ends; say it once.
    const now = Date.now();
    if (now - lastSessionNotice > 3000) void feedback.message.warning(error.message);
    lastSessionNotice = now;
    return;
  }
  // Details naming a field of the given form go onto that field; the rest are listed.
  const formFields = options.form ? Object.keys(options.form.getFieldsValue() as object) : [];
  const onField = (d: ErrorDetail) => d.row === undefined && formFields.includes(d.path.split('.')[0] ?? '');
  const fieldErrors = toFieldErrors(error.details.filter(onField));
  if (options.form && fieldErrors.length > 0) options.form.setFields(fieldErrors);
  const listed = error.details.filter((d) => !onField(d));
  if (listed.length === 0) {
    void feedback.message.error(error.message);
    return;
  }
  feedback.notification.error({
    title: error.message,
    description: createElement(
      'ul',
      { style: { margin: 0, paddingInlineStart: 18 } },
      listed.map((detail, index) => createElement('li', { key: index }, formatErrorDetail(detail))),
    ),
    duration: 8,
  });
};
