import { LockOutlined } from '@ant-design/icons';
import type { ValueInputField } from '@mz/shared';
import { Button, Card, Flex, InputNumber, Table, Tag, Typography, theme } from 'antd';
import { cellValue, isComputedRow, isEditableRow, needsDeviationNote, type CellErrors, type Edits } from '../collection-form';
import { formatIndicatorValue } from '../monitoring-format';
import type { CollectionForm, FormIndicator } from '../monitoring.api';
import { monitoringI18n } from '../monitoring.i18n';
import { ComputedTag } from './ComputedTag';
import { AttributeTag, HeadlineTag } from './VerdictTags';

// The entry table of the data-collection form: one row per indicator, its input cells (read-only
// when locked, blocked or 系统计算), last year's and this unit's value, source, verdict, 偏离说明.

const t = monitoringI18n;
const c = t.collection;

/** Where the row's value comes from; a computed indicator keeps its 「系统计算」 tag even before its first run. */
export const SourceTag = ({ row }: { row: FormIndicator }) => {
  const stored =
    row.own && row.own.source !== 'computed' ? (
      <Tag color={row.own.source === 'demo' ? 'orange' : 'blue'} variant="outlined" style={{ marginInlineEnd: 0 }}>
        {t.sources[row.own.source]}
      </Tag>
    ) : null;
  if (isComputedRow(row)) {
    return (
      <Flex vertical gap={4} align="flex-start">
        <ComputedTag title={row.blockedReason} />
        {stored}
      </Flex>
    );
  }
  if (!stored && row.readOnlyKind === 'rolled_up') return <Typography.Text type="secondary">{c.rolledUpSource}</Typography.Text>;
  return stored ?? <Typography.Text type="secondary">{c.notSubmittedValue}</Typography.Text>;
};

export const CollectionTable = ({
  form,
  edits,
  cellErrors,
  canEdit,
  onCell,
  onNote,
}: {
  form: CollectionForm;
  edits: Edits;
  cellErrors: CellErrors;
  canEdit: boolean;
  onCell: (row: FormIndicator, field: ValueInputField, value: number | null) => void;
  onNote: (row: FormIndicator) => void;
}) => {
  const { token } = theme.useToken();
  return (
    <Card size="small">
      <Table<FormIndicator>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={form.indicators}
        scroll={{ x: 1200 }}
        data-testid="collection-table"
        onRow={(row) => (row.attribute === 'binding' && row.verdict?.isLagging ? { style: { background: token.colorErrorBg } } : {})}
        columns={[
          {
            title: t.common.indicator,
            key: 'indicator',
            width: 300,
            render: (_, row) => (
              <Flex vertical gap={2}>
                <Typography.Text strong>{row.name}</Typography.Text>
                <Flex gap={6} align="center" wrap>
                  <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
                    {row.code}
                  </Typography.Text>
                  <AttributeTag attribute={row.attribute} />
                  <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
                    {t.common.target}：{row.targetPrinted}
                    {row.unit ? `（${row.unit}）` : ''}
                  </Typography.Text>
                </Flex>
              </Flex>
            ),
          },
          {
            title: c.fields,
            key: 'fields',
            width: 330,
            render: (_, row) => {
              const errors = cellErrors.get(row.id) ?? {};
              const editable = isEditableRow(row, !canEdit);
              return (
                <Flex vertical gap={4}>
                  {row.fields.map((f) => (
                    <Flex key={f.field} vertical>
                      <Flex align="center" gap={8}>
                        <Typography.Text type="secondary" style={{ width: 150, fontSize: token.fontSizeSM, flex: 'none' }}>
                          {f.label}
                        </Typography.Text>
                        <InputNumber<number>
                          size="small"
                          aria-label={`${row.code} ${f.label}`}
                          value={cellValue(row, f.field, edits)}
                          disabled={!editable}
                          status={errors[f.field] ? 'error' : undefined}
                          onChange={(value) => onCell(row, f.field, value ?? null)}
                          style={{ width: 140 }}
                        />
                      </Flex>
                      {errors[f.field]?.map((e) => (
                        <Typography.Text key={e} type="danger" style={{ fontSize: token.fontSizeSM }}>
                          {e}
                        </Typography.Text>
                      ))}
                    </Flex>
                  ))}
                  {!row.entryAllowed && row.blockedReason && !form.locked ? (
                    <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
                      <LockOutlined /> {row.blockedReason}
                    </Typography.Text>
                  ) : null}
                </Flex>
              );
            },
          },
          {
            title: c.previous,
            key: 'previous',
            width: 90,
            align: 'right',
            render: (_, row) => formatIndicatorValue(row.previousValue, row.unit),
          },
          {
            title: c.current,
            key: 'current',
            width: 110,
            align: 'right',
            render: (_, row) => (
              <Flex vertical align="flex-end">
                <Typography.Text strong>{formatIndicatorValue(row.own?.rowValue, row.unit)}</Typography.Text>
                {row.rolledUp && (row.rolledUp.units > 1 || row.readOnlyKind === 'rolled_up') ? (
                  <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
                    {c.rolledUp} {formatIndicatorValue(row.rolledUp.value, row.unit)}
                  </Typography.Text>
                ) : null}
              </Flex>
            ),
          },
          { title: c.source, key: 'source', width: 100, render: (_, row) => <SourceTag row={row} /> },
          {
            title: t.common.schedule,
            key: 'verdict',
            width: 90,
            render: (_, row) => (row.verdict ? <HeadlineTag verdict={row.verdict} /> : null),
          },
          {
            title: c.deviation,
            key: 'deviation',
            width: 200,
            render: (_, row) => {
              if (!needsDeviationNote(row) && !row.deviationNote) return null;
              const missing = needsDeviationNote(row) && !row.deviationNote;
              return (
                <Flex vertical gap={2} align="flex-start">
                  {row.deviationNote ? (
                    <Typography.Paragraph
                      ellipsis={{ rows: 2, tooltip: row.deviationNote }}
                      style={{ margin: 0, fontSize: token.fontSizeSM }}
                    >
                      {row.deviationNote}
                    </Typography.Paragraph>
                  ) : null}
                  {canEdit ? (
                    <Button
                      size="small"
                      danger={missing}
                      type={missing ? 'primary' : 'link'}
                      onClick={() => onNote(row)}
                      style={missing ? undefined : { padding: 0 }}
                    >
                      {row.deviationNote ? c.deviationEdit : c.deviationAdd}
                    </Button>
                  ) : null}
                </Flex>
              );
            },
          },
        ]}
      />
    </Card>
  );
};
