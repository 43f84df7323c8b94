import { InfoCircleOutlined } from '@ant-design/icons';
import type { TTaskItem } from '@mz/shared';
import { Card, Col, DatePicker, Flex, Row, Segmented, Statistic, Table, Tooltip, Typography, theme } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useApi } from '../../../api/useApi';
import { CodeText } from '../../../components/CodeText';
import { DivisionTreeSelect } from '../../../components/DivisionTreeSelect';
import { PageHeader } from '../../../components/PageHeader';
import { zhCN } from '../../../i18n/zh-CN';
import { useDivisionScope } from '../../division/hooks/useDivisionScope';
import { ClockTag, ProgrammeTag } from '../components/CaseTags';
import { clockTone, countTasksByDivision, remainingText, sortTasks, toneColorToken } from '../deadline-status';
import { isAfterToday } from '../form-values';
import { tasksUrl } from '../social-assistance.api';
import { saText } from '../social-assistance.i18n';
import type { TaskPage } from '../social-assistance.types';
import { statusLabel } from '../workflow-progress';

const t = saText.tasks;

/** 我的待办: open statutory clocks of the cases in scope, overdue and due soon first. */
export const TaskQueuePage = () => {
  const { token } = theme.useToken();
  const scope = useDivisionScope();
  const [level, setLevel] = useState('all');
  const [status, setStatus] = useState('open');
  const [asOf, setAsOf] = useState<Dayjs | null>(null);
  // 区划筛选: the header's division scope by default, narrowed or widened here (inside the caller's scope).
  const [picked, setPicked] = useState<{ id: number | null } | null>(null);
  const divisionId = picked === null ? scope.divisionId : picked.id;
  const [paging, setPaging] = useState({ page: 1, pageSize: 50 });
  const asOfText = asOf?.format('YYYY-MM-DD');
  const list = useApi<TaskPage>(tasksUrl({ level, status, divisionId, asOf: asOfText, page: paging.page, pageSize: paging.pageSize }));
  const overdue = useApi<TaskPage>(tasksUrl({ level, status: 'overdue', divisionId, asOf: asOfText, page: 1, pageSize: 1 }), {
    silent: true,
  });
  const dueSoon = useApi<TaskPage>(tasksUrl({ level, status: 'due-soon', divisionId, asOf: asOfText, page: 1, pageSize: 1 }), {
    silent: true,
  });
  const all = useApi<TaskPage>(tasksUrl({ level, status: 'open', divisionId, asOf: asOfText, page: 1, pageSize: 1 }), { silent: true });
  const items = useMemo(() => sortTasks(list.data?.items ?? []), [list.data]);
  const byDivision = useMemo(() => countTasksByDivision(list.data?.items ?? []), [list.data]);
  const color = (tone: Parameters<typeof toneColorToken>[0]) => token[toneColorToken(tone)];

  return (
    <>
      <PageHeader
        title={t.title}
        subTitle={
          <>
            {t.subtitle}
            {list.data ? `；${t.dueSoonRule(list.data.dueSoonWorkingDays)}` : ''}
          </>
        }
      />
      <Row gutter={token.marginSM} style={{ marginBottom: token.marginSM }}>
        <Col xs={24} md={6}>
          <Card size="small">
            <Statistic
              title={t.overdueCount}
              value={overdue.data?.total ?? 0}
              styles={{ content: { color: color('error') } }}
              data-testid="tasks-overdue"
            />
          </Card>
        </Col>
        <Col xs={24} md={6}>
          <Card size="small">
            <Statistic title={t.dueSoonCount} value={dueSoon.data?.total ?? 0} styles={{ content: { color: color('warning') } }} />
          </Card>
        </Col>
        <Col xs={24} md={6}>
          <Card size="small">
            <Statistic title={t.openCount} value={all.data?.total ?? 0} />
          </Card>
        </Col>
        <Col xs={24} md={6}>
          <Card
            size="small"
            title={t.byDivision}
            extra={
              <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
                {t.byDivisionLegend}
              </Typography.Text>
            }
            styles={{ body: { padding: token.paddingXS, maxHeight: 74, overflow: 'auto' } }}
          >
            {byDivision.length === 0 ? (
              <Typography.Text type="secondary">{zhCN.common.dash}</Typography.Text>
            ) : (
              byDivision.map((d) => (
                <Flex key={d.divisionId} justify="space-between" style={{ fontSize: token.fontSizeSM }}>
                  <span>{d.divisionName}</span>
                  <span>
                    <span style={{ color: color('error') }}>{d.overdue}</span> /{' '}
                    <span style={{ color: color('warning') }}>{d.dueSoon}</span> / {d.onTrack}
                  </span>
                </Flex>
              ))
            )}
          </Card>
        </Col>
      </Row>
      <Card size="small">
        <Flex gap={token.marginSM} wrap align="center" style={{ marginBottom: token.marginSM }}>
          <Segmented
            value={level}
            onChange={(v) => {
              setLevel(v);
              setPaging((p) => ({ ...p, page: 1 }));
            }}
            options={Object.entries(t.levels).map(([value, label]) => ({ value, label }))}
          />
          <Segmented
            value={status}
            onChange={(v) => {
              setStatus(v);
              setPaging((p) => ({ ...p, page: 1 }));
            }}
            options={Object.entries(t.filters).map(([value, label]) => ({ value, label }))}
          />
          <span data-testid="tasks-division">
            <Typography.Text type="secondary">{t.division}：</Typography.Text>
            <DivisionTreeSelect
              value={divisionId}
              onChange={(id) => {
                setPicked({ id });
                setPaging((p) => ({ ...p, page: 1 }));
              }}
              style={{ minWidth: 220 }}
            />
          </span>
          <span>
            <Typography.Text type="secondary">{t.asOf}：</Typography.Text>
            <DatePicker value={asOf} onChange={setAsOf} disabledDate={isAfterToday} placeholder={t.asOfHint} data-testid="tasks-as-of" />
          </span>
        </Flex>
        <Table<TTaskItem>
          size="small"
          rowKey={(row) => `${row.applicationId}-${row.deadline.code}`}
          loading={list.loading}
          dataSource={items}
          locale={{ emptyText: t.empty }}
          scroll={{ x: 1100 }}
          onRow={(row) => ({ 'data-status': row.status }) as React.HTMLAttributes<HTMLTableRowElement>}
          pagination={{
            current: paging.page,
            pageSize: paging.pageSize,
            total: list.data?.total ?? 0,
            showTotal: zhCN.common.total,
            onChange: (page, pageSize) => setPaging({ page, pageSize }),
          }}
          columns={[
            {
              title: saText.common.status,
              dataIndex: 'status',
              width: 90,
              render: (s: TTaskItem['status']) => <ClockTag status={s} />,
            },
            {
              title: t.deadline,
              key: 'deadline',
              render: (_: unknown, row) => (
                <Tooltip title={row.deadline.explanation}>
                  <span>
                    {row.deadline.label} <InfoCircleOutlined style={{ color: token.colorTextTertiary }} />
                  </span>
                </Tooltip>
              ),
            },
            {
              title: t.level,
              key: 'level',
              width: 80,
              render: (_: unknown, row) => saText.levels[row.deadline.level] ?? row.deadline.level,
            },
            {
              title: t.dueOn,
              key: 'dueOn',
              width: 110,
              render: (_: unknown, row) => (
                <CodeText>
                  {row.deadline.dueOn}
                  {row.deadline.provisional ? '*' : ''}
                </CodeText>
              ),
            },
            {
              title: t.remaining,
              key: 'remaining',
              width: 130,
              render: (_: unknown, row) =>
                row.status === 'on-track' ? (
                  remainingText(row)
                ) : (
                  <span style={{ color: color(clockTone(row.status)) }}>{remainingText(row)}</span>
                ),
            },
            {
              title: t.case,
              key: 'case',
              width: 150,
              render: (_: unknown, row) => (
                <Link to={scope.href(`/assistance/applications/${row.applicationId}`)}>
                  {saText.common.caseNo(row.applicationId)} · {row.headName ?? zhCN.common.dash}
                </Link>
              ),
            },
            { title: saText.common.programme, dataIndex: 'programme', width: 90, render: (p: string) => <ProgrammeTag programme={p} /> },
            { title: t.caseStatus, dataIndex: 'applicationStatus', width: 140, render: statusLabel },
            { title: saText.common.division, dataIndex: 'divisionName', width: 120, ellipsis: true },
          ]}
        />
      </Card>
    </>
  );
};
