import { type TDivisionDetail, type TNextStep, type TNextSteps } from '@mz/shared';
import { Alert, Breadcrumb, Button, Card, Col, Result, Row, Skeleton, Space, Steps, theme } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useApi } from '../../../api/useApi';
import { PageHeader } from '../../../components/PageHeader';
import { divisionDetailUrl } from '../../division/division.api';
import { useDivisionScope } from '../../division/hooks/useDivisionScope';
import { useCan } from '../../identity/hooks/useAuth';
import { isCaseAction, type CaseAction } from '../case-actions';
import { AuthorisationModal, type AuthorisationPerson } from '../components/AuthorisationModal';
import { CaseActionModal, ObjectionModal } from '../components/CaseActionModal';
import { DocumentUploadModal, VerificationRespondModal } from '../components/CaseFileModals';
import { ProgrammeTag, StatusTag } from '../components/CaseTags';
import { AdvanceSection, AuthorisationSection } from '../components/case-file/CaseAssistSections';
import { PublicitySection, VerificationSection } from '../components/case-file/CaseProcessSections';
import {
  AssessmentSection,
  BasicSection,
  DecisionSection,
  DocumentsSection,
  InvestigationSection,
} from '../components/case-file/CaseRecordSections';
import { BlockedSteps, DeadlinesSection, EventsSection } from '../components/case-file/CaseTimelineSections';
import { useAbility } from '../hooks/useAbility';
import { formatFen } from '../money-format';
import { applicationUrl, householdUrl, nextStepsUrl } from '../social-assistance.api';
import { labelOf, saText } from '../social-assistance.i18n';
import type { ApplicationDetail, ObjectionRow, THouseholdDetail, VerificationRequestRow } from '../social-assistance.types';
import { nextStepLabel, progressSteps } from '../workflow-progress';

const c = saText.case;
const L = saText.labels;

type Dialog =
  | { kind: 'action'; action: CaseAction; irreversible: boolean }
  | { kind: 'objection'; objection: ObjectionRow }
  | { kind: 'verification'; request: VerificationRequestRow }
  | { kind: 'authorisation'; person: AuthorisationPerson }
  | { kind: 'upload' }
  | null;

/** 审批案卷: the case file with its steps, rule reasons, investigation, 核对, 公示, decision, clocks and history. */
export const CaseFilePage = () => {
  const params = useParams();
  const id = Number(params['id']);
  const valid = Number.isSafeInteger(id) && id > 0;
  const { data, error, loading, reload } = useApi<ApplicationDetail>(valid ? applicationUrl(id) : null, { silent: true });
  const app = data?.id === id ? data : undefined;
  if (!valid || (error && !app)) {
    return (
      <Card>
        <Result status="404" title={c.notFound} subTitle={error?.message} />
      </Card>
    );
  }
  if (!app) return <Card>{loading ? <Skeleton active /> : null}</Card>;
  return <CaseFile app={app} reload={reload} />;
};

/** The steps the server says this user may take now: the case's expected next step first, withdrawal last. */
const openSteps = (steps: readonly TNextStep[], currentStep: string) => {
  const rank = (s: TNextStep) => (s.action === currentStep ? 0 : s.action === 'withdraw' ? 2 : 1);
  return steps.filter((s) => s.allowed && isCaseAction(s.action)).sort((a, b) => rank(a) - rank(b));
};

const CaseFile = ({ app, reload }: { app: ApplicationDetail; reload: () => void }) => {
  const { token } = theme.useToken();
  const scope = useDivisionScope();
  const can = useCan();
  const ability = useAbility();
  const [dialog, setDialog] = useState<Dialog>(null);
  const next = useApi<TNextSteps>(nextStepsUrl(app.id), { silent: true });
  const steps = next.data?.steps ?? [];
  const household = useApi<THouseholdDetail>(householdUrl(app.householdId), { silent: true }).data;
  const division = useApi<TDivisionDetail>(divisionDetailUrl(app.divisionId), { silent: true }).data;
  const members = household?.members ?? [];
  const applicant = [...members, ...(household?.formerMembers ?? [])].find((m) => m.id === app.applicantMemberId);
  const head = members.find((m) => m.relation === 'self');
  const done = () => {
    setDialog(null);
    reload();
    next.reload();
  };
  const canHandleObjection = steps.some((s) => s.action === 'handle-objection' && s.allowed);

  return (
    <>
      <PageHeader
        breadcrumb={
          <Breadcrumb
            items={[
              { title: <Link to={scope.href('/assistance/applications')}>{saText.applications.title}</Link> },
              { title: saText.common.caseNo(app.id) },
            ]}
          />
        }
        title={
          <Space>
            {c.title(app.id)}
            <span data-testid="case-status">
              <StatusTag status={app.status} />
            </span>
            <ProgrammeTag programme={app.programme} />
          </Space>
        }
        subTitle={
          <>
            {head ? (
              <Link to={scope.href(`/assistance/households/${app.householdId}`)}>{saText.households.detailTitle(head.name)}</Link>
            ) : null}
            {household ? ` · ${household.divisionName}` : division ? ` · ${division.name}` : ''} · {saText.applications.currentStep}：
            {nextStepLabel(app.currentStep)}
          </>
        }
        extra={
          <span data-testid="case-actions">
            <Space wrap>
              {openSteps(steps, app.currentStep).map((step, index) => (
                <Button
                  key={step.action}
                  type={index === 0 && step.action !== 'withdraw' ? 'primary' : 'default'}
                  danger={step.action === 'withdraw'}
                  onClick={() =>
                    isCaseAction(step.action) && setDialog({ kind: 'action', action: step.action, irreversible: step.irreversible })
                  }
                >
                  {saText.actions[step.action] ?? step.label}
                </Button>
              ))}
            </Space>
          </span>
        }
      />
      <Card size="small" style={{ marginBottom: token.marginSM }}>
        <Steps
          size="small"
          items={progressSteps(app.status, { noticeServed: app.noticeServedOn !== null, accepted: app.acceptedOn !== null })}
        />
      </Card>
      <Row gutter={token.marginSM}>
        <Col xs={24} xl={16}>
          <BasicSection app={app} household={household} head={head} applicant={applicant} />
          <AdvanceSection app={app} />
          <AssessmentSection app={app} />
          <InvestigationSection app={app} />
          <AuthorisationSection
            app={app}
            canRecord={can('assistance:apply')}
            onRecord={(person) => setDialog({ kind: 'authorisation', person })}
            onRevoked={done}
          />
          <VerificationSection
            app={app}
            canRespond={ability('assistance:review', 'county')}
            onRespond={(request) => setDialog({ kind: 'verification', request })}
          />
          <PublicitySection
            app={app}
            canHandle={canHandleObjection}
            onHandle={(objection) => setDialog({ kind: 'objection', objection })}
          />
          <DecisionSection app={app} />
          <DocumentsSection app={app} canUpload={can('assistance:apply')} onUpload={() => setDialog({ kind: 'upload' })} />
        </Col>
        <Col xs={24} xl={8}>
          <div style={{ marginBottom: token.marginSM }}>
            <BlockedSteps steps={steps} />
          </div>
          <DeadlinesSection app={app} />
          <EventsSection app={app} />
          {app.status === 'approved' && app.amountFen !== null ? (
            <Alert
              type="success"
              showIcon
              title={`${labelOf(L.decision, 'approve')}：${formatFen(app.amountFen)}${app.programme === 'temporary-assistance' ? '' : saText.common.perMonth}`}
            />
          ) : null}
        </Col>
      </Row>
      {dialog?.kind === 'action' ? (
        <CaseActionModal
          action={dialog.action}
          irreversible={dialog.irreversible}
          app={app}
          household={household}
          onClose={() => setDialog(null)}
          onDone={done}
        />
      ) : null}
      {dialog?.kind === 'objection' ? (
        <ObjectionModal app={app} objection={dialog.objection} onClose={() => setDialog(null)} onDone={done} />
      ) : null}
      {dialog?.kind === 'verification' ? (
        <VerificationRespondModal request={dialog.request} onClose={() => setDialog(null)} onDone={done} />
      ) : null}
      {dialog?.kind === 'authorisation' ? (
        <AuthorisationModal applicationId={app.id} person={dialog.person} onClose={() => setDialog(null)} onDone={done} />
      ) : null}
      {dialog?.kind === 'upload' ? <DocumentUploadModal applicationId={app.id} onClose={() => setDialog(null)} onDone={done} /> : null}
    </>
  );
};
