import { AppError, type Department } from '@mz/shared';
import type { z } from 'zod';
import type { ZVerificationCreate, ZVerificationRespond } from '@mz/shared';
import { inTransaction } from '../../../db/database';
import { recordAudit } from '../../../platform/audit/audit';
import type { CallContext } from '../../../platform/http/context';
import { withinScope } from '../../../platform/scope/scope';
import * as registry from '../registry/registry.repository';
import { assertNotFuture, json, todayOf, type SocialAssistanceDeps } from '../social-assistance.deps';
import * as workflow from '../workflow/workflow.repository';
import { currentStep, deadlineOnVerificationRequest } from '../workflow/workflow.rules';
import { runStep } from '../workflow/workflow.step';
import { assertAuthorised } from './authorisation.service';
import { adapterFor, differencesFrom } from './verification.adapter';

// The township asks the county for 核对 per department (only with the signed authorisation); the
// county answers through the department's adapter within 3 working days. Findings and their
// differences from the declaration are stored on the case.

export const requestVerification = (
  deps: SocialAssistanceDeps,
  ctx: CallContext,
  applicationId: number,
  input: z.infer<typeof ZVerificationCreate>,
) =>
  runStep(deps, ctx, applicationId, 'request-verification', { on: input.on }, async ({ trx, app }) => {
    await assertAuthorised(trx, app, input.on, input.departments);
    const members = (await registry.findMembers(trx, app.household_id)).filter((m) => m.lives_together);
    const deadline = deadlineOnVerificationRequest(input.on);
    const departments = [...new Set(input.departments)];
    const rows = await trx
      .insertInto('verification_request')
      .values(
        departments.map((department) => ({
          province_code: app.province_code,
          application_id: app.id,
          household_id: app.household_id,
          division_id: app.division_id,
          department,
          member_ids: members.map((m) => m.id),
          requested_on: input.on,
          due_on: deadline.dueOn,
          requested_by: ctx.actor.userId,
        })),
      )
      .returning(['id', 'department'])
      .execute();
    return {
      deadlines: [deadline],
      completes: [],
      data: { requests: rows, dueOn: deadline.dueOn },
      result: { id: applicationId, requests: rows, dueOn: deadline.dueOn },
    };
  });

export const respondVerification = (
  deps: SocialAssistanceDeps,
  ctx: CallContext,
  requestId: number,
  input: z.infer<typeof ZVerificationRespond>,
) =>
  inTransaction(deps.db, async (trx) => {
    const today = todayOf(deps);
    assertNotFuture(input.on, today, 'on', '核对日期');
    const request = await trx
      .selectFrom('verification_request')
      .selectAll()
      .where('id', '=', requestId)
      .where((eb) => withinScope(eb.ref('division_id'), ctx.scope))
      .executeTakeFirst();
    if (!request) throw new AppError('NOT_FOUND', '核对请求不存在或不在您的管辖范围内');
    if (request.status !== 'pending') throw new AppError('INVALID_STATE', '该核对请求已答复');
    if (input.on < request.requested_on) throw new AppError('VALIDATION_FAILED', '答复日期不能早于请求日期');
    // bigint[] comes back as strings from node-postgres and as numbers from PGlite.
    const memberIds = new Set(request.member_ids.map(Number));
    const members = (await registry.findMembers(trx, request.household_id, { includeEnded: true })).filter((m) => memberIds.has(m.id));
    const adapter = adapterFor(request.department as Department);
    const answer = await adapter
      .query(trx, {
        department: request.department as Department,
        subjects: members.map((m) => ({ memberId: m.id, citizenId: m.citizen_id, name: m.name })),
        asOf: input.on,
        provinceCode: request.province_code,
      })
      .catch((error: unknown) => ({
        result: 'failed' as const,
        findings: [],
        message: `查询失败：${error instanceof Error ? error.message : String(error)}`,
      }));
    const [property, income] = await Promise.all([
      registry.findPropertyItems(trx, request.household_id),
      registry.findIncomeItems(trx, request.household_id),
    ]);
    const propertyKinds = new Map<number, Map<string, number>>();
    for (const p of property) {
      const kinds = propertyKinds.get(p.owner_member_id) ?? new Map<string, number>();
      kinds.set(p.kind, (kinds.get(p.kind) ?? 0) + (p.value_fen ?? 0));
      propertyKinds.set(p.owner_member_id, kinds);
    }
    const incomeKinds = new Map<number, Set<string>>();
    for (const i of income) incomeKinds.set(i.member_id, (incomeKinds.get(i.member_id) ?? new Set()).add(i.kind));
    const differences = differencesFrom(answer.findings, { propertyKinds, incomeKinds });
    const response = await trx
      .insertInto('verification_response')
      .values({
        province_code: request.province_code,
        request_id: request.id,
        application_id: request.application_id,
        division_id: request.division_id,
        department: request.department,
        adapter: adapter.name,
        result: answer.result,
        findings: json(answer.findings),
        differences: json(differences),
        responded_on: input.on,
        responded_by: ctx.actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .updateTable('verification_request')
      .set({ status: 'answered', responded_on: input.on })
      .where('id', '=', request.id)
      .execute();
    const app = await trx
      .selectFrom('assistance_application')
      .selectAll()
      .where('id', '=', request.application_id)
      .executeTakeFirstOrThrow();
    const state = await workflow.loadCaseState(trx, app);
    if (state.pendingVerifications === 0) await workflow.completeDeadlines(trx, app.id, ['DIBAO_VERIFICATION_START'], input.on);
    await trx
      .updateTable('assistance_application')
      .set({ current_step: currentStep(state) })
      .where('id', '=', app.id)
      .execute();
    await workflow.insertEvent(trx, app, {
      action: 'verification-response',
      from: app.status,
      to: app.status,
      on: input.on,
      actorId: ctx.actor.userId,
      actorName: ctx.actor.displayName,
      data: {
        requestId,
        department: request.department,
        result: answer.result,
        findings: answer.findings.length,
        differences: differences.length,
      },
    });
    await recordAudit(trx, ctx.audit, {
      action: 'VERIFICATION_RESPONDED',
      entity: 'verification_request',
      entityId: request.id,
      divisionId: request.division_id,
      before: { status: 'pending' },
      after: { status: 'answered', adapter: adapter.name, result: answer.result, findings: answer.findings.length, differences },
    });
    return { requestId, responseId: response.id, result: answer.result, message: answer.message, findings: answer.findings, differences };
  });
