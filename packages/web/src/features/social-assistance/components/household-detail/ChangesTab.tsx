import { HOUSEHOLD_CHANGE_KIND_LABELS, maskCitizenId } from '@mz/shared';
import { App, Button, Popconfirm, Space, Table, Tag } from 'antd';
import { handleApiError } from '../../../../api/handle-api-error';
import { zhCN } from '../../../../i18n/zh-CN';
import { useCan } from '../../../identity/hooks/useAuth';
import { assistanceApi } from '../../social-assistance.api';
import { labelOf, saText } from '../../social-assistance.i18n';
import type { HouseholdChangeRow, THouseholdDetail } from '../../social-assistance.types';
import { AddButton } from './registry-buttons';

const describeChange = (row: HouseholdChangeRow, names: ReadonlyMap<number, string>): string => {
  const payload = row.payload;
  if (row.kind === 'add-member') {
    const member = payload['member'] as { name?: string; citizenId?: string } | undefined;
    // The server keeps the full number in the request; the list shows it masked like everywhere else.
    return saText.change.describeAdd(member?.name ?? '', member?.citizenId ? maskCitizenId(member.citizenId) : '');
  }
  if (row.kind === 'remove-member') {
    const memberId = Number(payload['memberId']);
    return saText.change.describeRemove(names.get(memberId) ?? String(memberId));
  }
  return saText.change.describeOther;
};

/** 成员变更 tab: requested member changes; a reviewer applies or rejects the pending ones. */
export const ChangesTab = ({
  household,
  names,
  canRequest,
  onRequest,
  reload,
}: {
  household: THouseholdDetail;
  names: ReadonlyMap<number, string>;
  canRequest: boolean;
  onRequest: () => void;
  reload: () => void;
}) => {
  const { message } = App.useApp();
  const can = useCan();
  const decide = async (changeId: number, apply: boolean) => {
    try {
      if (apply) await assistanceApi.applyChange(changeId);
      else await assistanceApi.rejectChange(changeId);
      void message.success(apply ? saText.change.applied : saText.change.rejected);
      reload();
    } catch (e) {
      handleApiError(e);
    }
  };
  return (
    <>
      {canRequest ? <AddButton onClick={onRequest}>{saText.change.request}</AddButton> : null}
      <Table<HouseholdChangeRow>
        size="small"
        rowKey="id"
        dataSource={household.changes}
        pagination={false}
        columns={[
          {
            title: saText.change.requestedAt,
            dataIndex: 'requested_at',
            width: 150,
            render: (at: string) => at.slice(0, 16).replace('T', ' '),
          },
          { title: saText.change.kind, dataIndex: 'kind', width: 90, render: (k: string) => labelOf(HOUSEHOLD_CHANGE_KIND_LABELS, k) },
          { title: saText.change.detail, key: 'detail', render: (_: unknown, row) => describeChange(row, names) },
          { title: saText.change.reason, dataIndex: 'reason', ellipsis: true },
          { title: saText.change.effectiveOn, dataIndex: 'effective_on', width: 100 },
          {
            title: saText.change.status,
            dataIndex: 'status',
            width: 80,
            render: (s: string) => (
              <Tag color={s === 'applied' ? 'success' : s === 'rejected' ? 'default' : 'processing'}>
                {labelOf(saText.labels.changeStatus, s)}
              </Tag>
            ),
          },
          {
            title: zhCN.common.actions,
            key: 'a',
            width: 140,
            render: (_: unknown, row) =>
              row.status === 'pending' && can('assistance:review') ? (
                <Space size={0}>
                  <Popconfirm title={saText.change.applyConfirm} onConfirm={() => decide(row.id, true)}>
                    <Button size="small" type="link">
                      {saText.change.apply}
                    </Button>
                  </Popconfirm>
                  <Popconfirm title={saText.change.rejectConfirm} onConfirm={() => decide(row.id, false)}>
                    <Button size="small" type="link" danger>
                      {saText.change.reject}
                    </Button>
                  </Popconfirm>
                </Space>
              ) : null,
          },
        ]}
      />
    </>
  );
};
