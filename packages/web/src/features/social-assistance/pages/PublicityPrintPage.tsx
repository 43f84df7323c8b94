import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Checkbox, Empty, Flex, Input, Spin, Typography, theme } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useApi } from '../../../api/useApi';
import { buildUrl } from '../../../api/url';
import { useMe } from '../../identity/hooks/useAuth';
import { formatFen } from '../money-format';
import { chineseDate, groupByVillage, maskPersonName, periodText, type VillageSheet } from '../publicity-list';
import { publicitiesUrl } from '../social-assistance.api';
import { saText } from '../social-assistance.i18n';
import type { PublicityList } from '../social-assistance.types';
import { programmeLabel } from '../workflow-progress';
import './publicity-print.css';

const t = saText.print;

/**
 * 公示 sheet to print and post in each village or community: name, household size, programme, amount
 * and period; where and how to object. No ID numbers or addresses (57号 Art. 24: privacy protected).
 */
export const PublicityPrintPage = () => {
  const { token } = theme.useToken();
  const me = useMe();
  const [params] = useSearchParams();
  const asOf = params.get('asOf') ?? dayjs().format('YYYY-MM-DD');
  const divisionParam = Number(params.get('division'));
  const divisionId = Number.isSafeInteger(divisionParam) && divisionParam > 0 ? divisionParam : null;
  const { data, loading } = useApi<PublicityList>(publicitiesUrl({ divisionId, asOf }));
  const [org, setOrg] = useState(me.assignments[0]?.divisionName ?? '');
  const [phone, setPhone] = useState('');
  const [mask, setMask] = useState(false);
  const sheets = groupByVillage(data?.items ?? []);
  const backUrl = buildUrl('/assistance/publicity', { division: divisionId });

  return (
    <div className="sa-print-page" style={{ background: token.colorBgLayout, color: token.colorText }}>
      <Flex
        className="sa-print-toolbar"
        gap={token.marginSM}
        align="center"
        wrap
        style={{
          width: '210mm',
          margin: `0 auto ${token.margin}px`,
          padding: token.paddingSM,
          background: token.colorBgContainer,
          borderRadius: token.borderRadius,
        }}
      >
        <Link to={backUrl}>
          <Button icon={<ArrowLeftOutlined />}>{t.back}</Button>
        </Link>
        <span>
          {t.toolbarOrg}：
          <Input value={org} onChange={(e) => setOrg(e.target.value)} style={{ width: 160 }} />
        </span>
        <span>
          {t.toolbarPhone}：
          <Input value={phone} onChange={(e) => setPhone(e.target.value)} style={{ width: 140 }} data-testid="print-phone" />
        </span>
        <Checkbox checked={mask} onChange={(e) => setMask(e.target.checked)}>
          {t.toolbarMask}
        </Checkbox>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} disabled={sheets.length === 0}>
          {saText.common.print}
        </Button>
        <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
          {t.toolbarHint}
        </Typography.Text>
      </Flex>
      {loading && !data ? (
        <Flex justify="center">
          <Spin />
        </Flex>
      ) : sheets.length === 0 ? (
        <div className="sa-print-sheet" style={{ background: token.colorBgContainer }}>
          <Empty description={t.empty} />
        </div>
      ) : (
        sheets.map((sheet) => (
          <Sheet key={sheet.divisionName} sheet={sheet} org={org} phone={phone} mask={mask} background={token.colorBgContainer} />
        ))
      )}
    </div>
  );
};

const Sheet = ({
  sheet,
  org,
  phone,
  mask,
  background,
}: {
  sheet: VillageSheet;
  org: string;
  phone: string;
  mask: boolean;
  background: string;
}) => {
  const programmes = [...new Set(sheet.items.map((i) => i.programme))];
  const title = programmes.length === 1 ? t.title(sheet.divisionName, programmeLabel(programmes[0] ?? '')) : t.titleAll(sheet.divisionName);
  const issuer = org.trim() || sheet.divisionName;
  return (
    <section className="sa-print-sheet" style={{ background }} data-testid="publicity-sheet">
      <h1>{title}</h1>
      <p>{t.intro(issuer)}</p>
      <table>
        <thead>
          <tr>
            <th style={{ width: '7%' }}>{t.index}</th>
            <th style={{ width: '12%' }}>{t.name}</th>
            <th style={{ width: '12%' }}>{t.members}</th>
            <th style={{ width: '18%' }}>{t.programme}</th>
            <th style={{ width: '16%' }}>{t.amount}</th>
            <th>{t.period}</th>
          </tr>
        </thead>
        <tbody>
          {sheet.items.map((item, index) => (
            <tr key={item.id}>
              <td>{index + 1}</td>
              <td>{item.applicant_name ? (mask ? maskPersonName(item.applicant_name) : item.applicant_name) : ''}</td>
              <td>{saText.common.membersCount(item.member_count)}</td>
              <td>{programmeLabel(item.programme)}</td>
              <td className="sa-print-amount">{formatFen(item.amount_fen)}</td>
              <td>{periodText(item.first_day, item.last_day)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t.objection(issuer, phone.trim(), chineseDate(sheet.lastDay))}</p>
      <p className="sa-print-note">{t.privacy}</p>
      <div className="sa-print-sign">
        <div>{t.issuer(issuer)}</div>
        <div>{chineseDate(sheet.firstDay)}</div>
      </div>
    </section>
  );
};
