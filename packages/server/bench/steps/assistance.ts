import { sql } from 'kysely';
import { recalculateCounty } from '../../src/modules/social-assistance/dynamic/recalculation.service';
import { importHouseholds } from '../../src/modules/social-assistance/import/import.service';
import { createParameterVersion } from '../../src/modules/social-assistance/parameters/parameters.service';
import { generateRoll } from '../../src/modules/social-assistance/payments/payments.service';
import { buildImportCsv } from '../generator/import-file';
import { CHANGE_VALID_FROM, RAISED_STANDARD, ROLL_MONTH, parameterValues } from '../generator/parameters';
import { measure, timed, type StepResult } from '../measure';
import type { BenchContext } from '../setup';

// Steps (a)–(c), each through the module's own use case with the bench user's CallContext:
// (a) importHouseholds — parse, validate every row, check duplicates against the database, insert;
// (b1) createParameterVersion — a raised 低保 standard for the whole subtree from 2026-07, which splits
//     every recipient's amount period at that month and re-computes the amounts (set-based SQL);
// (b2) recalculateCounty — the dynamic module's re-check after a standard change: every active
//     recipient of each county re-evaluated with the pure rules, changed amounts written, recipients
//     that no longer qualify flagged for review;
// (c) generateRoll — the monthly payment roll of every county of the subtree for 2026-07.

const count = async (context: BenchContext, table: 'household' | 'assistance_recipient') =>
  Number(
    (
      await sql<{ n: number }>`select count(*) as n from ${sql.table(table)} t
        where exists (select 1 from division_closure dc where dc.ancestor_id = ${context.root.id} and dc.descendant_id = t.division_id)`.execute(
        context.handle.db,
      )
    ).rows[0]?.n ?? 0,
  );

export const importStep = async (context: BenchContext, households: number): Promise<StepResult> => {
  const file = await timed(async () => buildImportCsv({ seed: context.seed, divisions: context.divisions, households }));
  const buffer = Buffer.from(file.value.csv, 'utf8');
  const upload = { fileName: file.value.fileName, contentBase64: buffer.toString('base64') };
  return measure(
    'import',
    `importHouseholds: CSV of ${file.value.households} households / ${file.value.persons} persons, validated and inserted in one transaction`,
    async () => {
      const result = await importHouseholds(context.deps, context.ctx('assistance:apply'), upload);
      if (result.households !== file.value.households || result.members !== file.value.persons) {
        throw new Error(`import: expected ${file.value.households}/${file.value.persons}, got ${result.households}/${result.members}`);
      }
      return {
        rows: result.members,
        details: {
          households: result.households,
          persons: result.members,
          recipients: result.recipients,
          fileBytes: buffer.length,
          fileGenerationMs: file.ms,
          serviceElapsedMs: result.elapsedMs,
        },
      };
    },
  );
};

export const standardChangeStep = async (context: BenchContext): Promise<StepResult> => {
  const households = await count(context, 'household');
  const recipients = await count(context, 'assistance_recipient');
  return measure(
    'standard-change',
    'createParameterVersion: raised 低保/特困 standard for the subtree from 2026-07; splits and re-computes every affected amount period in set-based SQL',
    async () => {
      const result = await createParameterVersion(context.deps, context.ctx('assistance:approve'), {
        divisionId: context.root.id,
        validFrom: CHANGE_VALID_FROM,
        note: '标准调整（bench）',
        values: parameterValues(RAISED_STANDARD),
      });
      return {
        rows: result.recomputedPeriods,
        details: { householdsInSubtree: households, recipients, recomputedPeriods: result.recomputedPeriods, parameterId: result.id },
      };
    },
  );
};

export const recheckStep = async (context: BenchContext): Promise<StepResult> => {
  const counties = await countiesOf(context);
  const households = await count(context, 'household');
  return measure(
    'recheck',
    `recalculateCounty from ${ROLL_MONTH} for each of ${counties.length} counties, one after the other (rules per recipient, keyset batches)`,
    async () => {
      let recipients = 0;
      let changed = 0;
      let flagged = 0;
      let batches = 0;
      let slowestMs = 0;
      for (const divisionId of counties) {
        const started = Date.now();
        const run = await recalculateCounty(context.deps, context.ctx('assistance:approve'), { divisionId, fromMonth: ROLL_MONTH });
        slowestMs = Math.max(slowestMs, Date.now() - started);
        recipients += run.recipients;
        changed += run.changed;
        flagged += run.flagged;
        batches += run.batches;
      }
      return {
        rows: recipients,
        details: {
          counties: counties.length,
          householdsInSubtree: households,
          recipients,
          changed,
          flagged,
          batches,
          slowestCountyMs: slowestMs,
        },
      };
    },
  );
};

export const countiesOf = async (context: BenchContext) => {
  if (context.root.level === 'county') return [context.root.id];
  const rows = await sql<{
    id: number;
  }>`select d.id from division d join division_closure c on c.descendant_id = d.id and c.ancestor_id = ${context.root.id}
    where d.level = 'county' and d.valid_to is null order by d.code`.execute(context.handle.db);
  return rows.rows.map((r) => r.id);
};

export const rollStep = async (context: BenchContext): Promise<StepResult> => {
  const counties = await countiesOf(context);
  const households = await count(context, 'household');
  return measure('roll', `generateRoll for ${ROLL_MONTH} of each of ${counties.length} counties, one after the other`, async () => {
    let lines = 0;
    let totalFen = 0;
    let missingAccounts = 0;
    let slowestMs = 0;
    for (const divisionId of counties) {
      const started = Date.now();
      const roll = await generateRoll(context.deps, context.ctx('assistance:pay'), { divisionId, month: ROLL_MONTH });
      slowestMs = Math.max(slowestMs, Date.now() - started);
      lines += roll.lineCount;
      totalFen += roll.totalFen;
      missingAccounts += roll.missingAccountCount;
    }
    return {
      rows: lines,
      details: {
        counties: counties.length,
        householdsInSubtree: households,
        lines,
        totalYuan: totalFen / 100,
        missingAccounts,
        slowestCountyMs: slowestMs,
      },
    };
  });
};
