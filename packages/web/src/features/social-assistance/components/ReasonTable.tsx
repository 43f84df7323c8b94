import { Table, Tag, Typography, theme } from 'antd';
import { labelOf, saText } from '../social-assistance.i18n';
import type { DecisionReason, ReasonEffect } from '../social-assistance.types';

const EFFECT_COLORS: Record<ReasonEffect, string> = { pass: 'success', fail: 'error', info: 'default' };

/** The rule decision's reasons, one row each: effect, section of the rules, the Chinese sentence, legal basis. */
export const ReasonTable = ({ reasons }: { reasons: readonly DecisionReason[] }) => {
  const { token } = theme.useToken();
  return (
    <Table<DecisionReason>
      size="small"
      data-testid="rule-reasons"
      rowKey={(row, index) => `${row.code}-${index ?? 0}`}
      dataSource={[...reasons]}
      pagination={false}
      columns={[
        {
          title: saText.case.reasonEffect,
          dataIndex: 'effect',
          width: 70,
          render: (effect: ReasonEffect) => <Tag color={EFFECT_COLORS[effect]}>{labelOf(saText.labels.reasonEffect, effect)}</Tag>,
        },
        { title: saText.case.reasonSection, dataIndex: 'section', width: 80 },
        { title: saText.case.reasonMessage, dataIndex: 'message' },
        {
          title: saText.case.reasonBasis,
          dataIndex: 'basis',
          width: 220,
          render: (basis: string) => (
            <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
              {basis}
            </Typography.Text>
          ),
        },
      ]}
    />
  );
};
