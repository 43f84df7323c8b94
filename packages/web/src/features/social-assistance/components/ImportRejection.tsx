import { Alert, Card, Table, theme } from 'antd';
import { saText } from '../social-assistance.i18n';
import type { ImportErrorRow } from '../upload-files';

const t = saText.import;

/** A rejected file: the server's summary and every bad cell with its row and column (nothing was imported). */
export const ImportRejection = ({ title, message, rows }: { title: string; message: string; rows: ImportErrorRow[] }) => {
  const { token } = theme.useToken();
  return (
    <Card size="small" title={title} data-testid="import-rejected" style={{ marginBottom: token.marginSM }}>
      <Alert type="error" showIcon title={message} description={t.rejectedHint} style={{ marginBottom: token.marginSM }} />
      <Table<ImportErrorRow>
        size="small"
        rowKey="key"
        dataSource={rows}
        pagination={rows.length > 50 ? { pageSize: 50 } : false}
        columns={[
          { title: t.row, dataIndex: 'row', width: 80, render: (r: number | null) => r ?? '—' },
          { title: t.column, dataIndex: 'column', width: 160 },
          { title: t.message, dataIndex: 'message' },
        ]}
      />
    </Card>
  );
};
