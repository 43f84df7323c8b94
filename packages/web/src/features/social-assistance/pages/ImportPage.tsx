import { CloudUploadOutlined, DownloadOutlined } from '@ant-design/icons';
import { IMPORT_MAX_BYTES } from '@mz/shared';
import { App, Button, Card, Descriptions, Spin, Steps, Typography, Upload, theme } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../../api/api-error';
import { handleApiError } from '../../../api/handle-api-error';
import { PageHeader } from '../../../components/PageHeader';
import { ImportRejection } from '../components/ImportRejection';
import { assistanceApi, householdTemplateUrl } from '../social-assistance.api';
import { labelOf, saText } from '../social-assistance.i18n';
import type { ImportResult } from '../social-assistance.types';
import { bytesToBase64, importErrorRows, isXlsxName, type ImportErrorRow } from '../upload-files';

const t = saText.import;

type Outcome =
  | { kind: 'done'; fileName: string; result: ImportResult }
  | { kind: 'rejected'; fileName: string; message: string; rows: ImportErrorRow[] }
  | null;

/** 数据导入: the caseload Excel goes in completely or not at all; a rejection names every bad row and column. */
export const ImportPage = () => {
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const upload = async (file: File) => {
    if (!isXlsxName(file.name)) {
      void message.error(t.wrongType);
      return;
    }
    if (file.size > IMPORT_MAX_BYTES) {
      void message.error(t.fileTooLarge);
      return;
    }
    setBusy(true);
    setOutcome(null);
    try {
      const contentBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
      const result = await assistanceApi.importHouseholds({ fileName: file.name, contentBase64 });
      setOutcome({ kind: 'done', fileName: file.name, result });
      void message.success(t.success(result.rows));
    } catch (error) {
      if (error instanceof ApiError && error.code === 'IMPORT_REJECTED') {
        setOutcome({ kind: 'rejected', fileName: file.name, message: error.message, rows: importErrorRows(error.details) });
      } else {
        handleApiError(error);
      }
    } finally {
      setBusy(false);
    }
  };

  const step = outcome ? 3 : busy ? 2 : 0;

  return (
    <>
      <PageHeader
        title={t.title}
        subTitle={t.subtitle}
        extra={
          <Button icon={<DownloadOutlined />} href={householdTemplateUrl} download>
            {t.template}
          </Button>
        }
      />
      <Card size="small" style={{ marginBottom: token.marginSM }}>
        <Steps
          size="small"
          current={step}
          status={outcome?.kind === 'rejected' ? 'error' : undefined}
          items={t.steps.map((title) => ({ title }))}
          style={{ marginBottom: token.margin }}
        />
        <Spin spinning={busy} description={t.uploading}>
          <Upload.Dragger
            accept=".xlsx"
            showUploadList={false}
            multiple={false}
            disabled={busy}
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
          >
            <p className="ant-upload-drag-icon">
              <CloudUploadOutlined />
            </p>
            <p className="ant-upload-text">{t.upload}</p>
            <p className="ant-upload-hint">{t.accept}</p>
          </Upload.Dragger>
        </Spin>
      </Card>
      {outcome?.kind === 'rejected' ? (
        <ImportRejection title={`${t.rejectedTitle}：${outcome.fileName}`} message={outcome.message} rows={outcome.rows} />
      ) : null}
      {outcome?.kind === 'done' ? (
        <Card size="small" title={`${t.successTitle}：${outcome.fileName}`} data-testid="import-done">
          <Descriptions bordered size="small" column={{ xs: 1, md: 3 }}>
            {Object.entries(outcome.result)
              .filter(([key]) => key !== 'sha256')
              .map(([key, value]) => (
                <Descriptions.Item key={key} label={labelOf(t.resultLabels, key)}>
                  <Typography.Text>{String(value)}</Typography.Text>
                </Descriptions.Item>
              ))}
          </Descriptions>
        </Card>
      ) : null}
    </>
  );
};
