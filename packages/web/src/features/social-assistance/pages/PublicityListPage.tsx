import { PrinterOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Flex, Table, Typography, theme } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useApi } from '../../../api/useApi';
import { buildUrl } from '../../../api/url';
import { CodeText } from '../../../components/CodeText';
import { PageHeader } from '../../../components/PageHeader';
import { zhCN } from '../../../i18n/zh-CN';
import { useDivisionScope } from '../../division/hooks/useDivisionScope';
import { ProgrammeTag } from '../components/CaseTags';
import { isAfterToday } from '../form-values';
import { formatFen } from '../money-format';
import { publicitiesUrl } from '../social-assistance.api';
import { labelOf, saText } from '../social-assistance.i18n';
import type { PublicityList, PublicityListItem } from '../social-assistance.types';

const t = saText.publicity;

/** 公示名单: who is in 公示 on a day, per village; opens the printable sheet. */
export const PublicityListPage = () => {
  const { token } = theme.useToken();
  const scope = useDivisionScope();
  const navigate = useNavigate();
  const [asOf, setAsOf] = useState<Dayjs>(dayjs());
  const asOfText = asOf.format('YYYY-MM-DD');
  const { data, loading } = useApi<PublicityList>(publicitiesUrl({ divisionId: scope.divisionId, asOf: asOfText }));
  const items = data?.items ?? [];
  const printUrl = buildUrl('/print/assistance/publicity', { asOf: asOfText, division: scope.divisionId });

  return (
    <>
      <PageHeader
        title={t.title}
        subTitle={scope.divisionName ? saText.common.scopeHint(scope.divisionName) : t.subtitle}
        extra={
          <Button type="primary" icon={<PrinterOutlined />} disabled={items.length === 0} onClick={() => void navigate(printUrl)}>
            {t.printAll}
          </Button>
        }
      />
      <Card size="small">
        <Flex align="center" gap={token.marginXS} style={{ marginBottom: token.marginSM }}>
          <Typography.Text>{t.asOf}：</Typography.Text>
          <DatePicker
            value={asOf}
            onChange={(d) => setAsOf(d ?? dayjs())}
            disabledDate={isAfterToday}
            allowClear={false}
            data-testid="publicity-as-of"
          />
          <Typography.Text type="secondary">{items.length > 0 ? t.count(items.length) : ''}</Typography.Text>
        </Flex>
        <Table<PublicityListItem>
          size="small"
          rowKey="id"
          loading={loading}
          dataSource={items}
          locale={{ emptyText: t.empty }}
          pagination={false}
          columns={[
            { title: t.division, dataIndex: 'division_name', width: 130 },
            {
              title: saText.common.applicant,
              dataIndex: 'applicant_name',
              width: 120,
              render: (name: string | null, row) => (
                <Link to={scope.href(`/assistance/applications/${row.application_id}`)}>{name ?? zhCN.common.dash}</Link>
              ),
            },
            { title: saText.common.members, dataIndex: 'member_count', width: 70, render: (n: number) => saText.common.membersCount(n) },
            { title: saText.common.programme, dataIndex: 'programme', width: 100, render: (p: string) => <ProgrammeTag programme={p} /> },
            {
              title: saText.print.amount,
              dataIndex: 'amount_fen',
              width: 150,
              align: 'right',
              render: (f: number | null) => <CodeText>{formatFen(f)}</CodeText>,
            },
            {
              title: t.opinion,
              dataIndex: 'preliminary_opinion',
              width: 90,
              render: (o: string | null) => labelOf(saText.labels.opinion, o),
            },
            { title: t.period, key: 'period', width: 200, render: (_: unknown, row) => `${row.first_day} ~ ${row.last_day}` },
            { title: t.location, dataIndex: 'location', ellipsis: true },
          ]}
        />
      </Card>
    </>
  );
};
