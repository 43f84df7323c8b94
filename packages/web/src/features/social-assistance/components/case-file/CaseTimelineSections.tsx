import { InfoCircleOutlined } from '@ant-design/icons';
import type { TNextStep } from '@mz/shared';
import { Alert, Empty, Flex, Timeline, Tooltip, Typography, theme } from 'antd';
import { CodeText } from '../../../../components/CodeText';
import { zhCN } from '../../../../i18n/zh-CN';
import { stepText } from '../../case-steps.i18n';
import { remainingText } from '../../deadline-status';
import { saText } from '../../social-assistance.i18n';
import type { ApplicationDetail, CaseDeadline } from '../../social-assistance.types';
import { eventDetail, eventLabel } from '../../workflow-progress';
import { ClockTag } from '../CaseTags';
import { Section } from './Section';

// The side column of the case file: statutory clocks, the history, and the steps not open yet.

const c = saText.case;
const dash = zhCN.common.dash;

export const DeadlinesSection = ({ app }: { app: ApplicationDetail }) => {
  const { token } = theme.useToken();
  return (
    <Section title={c.deadlines} testId="case-deadlines">
      {app.deadlines.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Flex vertical gap={token.marginXS}>
          {app.deadlines.map((d: CaseDeadline) => (
            <Flex key={`${d.code}-${d.triggeredOn}`} justify="space-between" align="flex-start" gap={token.marginXS}>
              <div style={{ minWidth: 0 }}>
                <Typography.Text>
                  {d.label}{' '}
                  <Tooltip title={d.explanation}>
                    <InfoCircleOutlined style={{ color: token.colorTextTertiary }} />
                  </Tooltip>
                </Typography.Text>
                <br />
                <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
                  {saText.levels[d.level]} · {d.triggeredOn} → <CodeText>{d.dueOn}</CodeText>
                  {d.completedOn ? ` · ✓ ${d.completedOn}` : ''}
                  {d.provisional ? ` · ${saText.common.provisional}` : ''}
                </Typography.Text>
              </div>
              <ClockTag status={d.status} text={remainingText(d)} />
            </Flex>
          ))}
        </Flex>
      )}
    </Section>
  );
};

export const EventsSection = ({ app }: { app: ApplicationDetail }) => {
  const { token } = theme.useToken();
  return (
    <Section title={c.events} testId="case-events">
      <Timeline
        items={[...app.events].reverse().map((e) => ({
          key: e.id,
          content: (
            <>
              <Typography.Text strong>{eventLabel(e.action)}</Typography.Text>{' '}
              <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
                {e.onDate} · {e.actorName ?? dash}
              </Typography.Text>
              {eventDetail(e.action, e.data) ? (
                <>
                  <br />
                  <Typography.Text style={{ fontSize: token.fontSizeSM }}>{eventDetail(e.action, e.data)}</Typography.Text>
                </>
              ) : null}
              {e.note ? (
                <>
                  <br />
                  <Typography.Text style={{ fontSize: token.fontSizeSM }}>{e.note}</Typography.Text>
                </>
              ) : null}
            </>
          ),
        }))}
      />
    </Section>
  );
};

/** Steps of the current status the user cannot take now, each with the server's reasons. */
export const BlockedSteps = ({ steps }: { steps: readonly TNextStep[] }) => {
  const blocked = steps.filter((s) => !s.allowed);
  if (blocked.length === 0) return null;
  return (
    <Alert
      type="info"
      showIcon
      data-testid="case-blocked-steps"
      title={stepText.blockedTitle}
      description={
        <Flex vertical gap={4}>
          <Typography.Text type="secondary">{stepText.blockedHint}</Typography.Text>
          {blocked.map((s) => (
            <Typography.Text key={s.action}>
              <Typography.Text strong>{saText.actions[s.action] ?? s.label}</Typography.Text>：{s.reasons.join('；')}
            </Typography.Text>
          ))}
        </Flex>
      }
    />
  );
};
