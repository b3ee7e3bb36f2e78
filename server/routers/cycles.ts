import { z } from "zod";
import { todayInVietnam } from "../clock";
import { addSelfEvidence, appraiseCriterion, explainCriterion, getAssessment, saveSelfScore, settleCriterion, submitSelfAssessment } from "../services/assessment-write";
import { approveCycle, createImprovementTask, cycleCompilation, cycleResults, publishCycle, saveSurveyPoints, unitPointsLost } from "../services/cycle-results";
import { cycleDraft, listCycles, openCycle, updateCycleSetup } from "../services/cycle-setup";
import { copyFramework, listFrameworks } from "../services/frameworks";
import { authedProcedure, router } from "../trpc";

/** The scoring cycle over tRPC: thin wrappers; the services check who may do what, and when. */
const cycleId = z.object({ cycleId: z.number().int().positive() });

export const cyclesRouter = router({
  list: authedProcedure.query(({ ctx }) => listCycles(ctx.db, ctx.actor)),
  frameworks: authedProcedure.query(({ ctx }) => listFrameworks(ctx.db, ctx.actor)),
  copyFramework: authedProcedure.input(z.unknown()).mutation(({ ctx, input }) => copyFramework(ctx.db, ctx.actor, input)),
  draft: authedProcedure.input(z.object({ planCode: z.string().min(1).max(200) })).query(({ ctx, input }) => cycleDraft(ctx.db, ctx.actor, input.planCode)),
  open: authedProcedure.input(z.unknown()).mutation(({ ctx, input }) => openCycle(ctx.db, ctx.actor, input)),
  updateSetup: authedProcedure.input(z.unknown()).mutation(({ ctx, input }) => updateCycleSetup(ctx.db, ctx.actor, input, todayInVietnam())),
  assessment: authedProcedure.input(z.unknown()).query(({ ctx, input }) => getAssessment(ctx.db, ctx.actor, input, todayInVietnam())),
  saveSelf: authedProcedure.input(z.unknown()).mutation(({ ctx, input }) => saveSelfScore(ctx.db, ctx.actor, input, todayInVietnam())),
  addEvidence: authedProcedure.input(z.unknown()).mutation(({ ctx, input }) => addSelfEvidence(ctx.db, ctx.actor, input, todayInVietnam())),
  submit: authedProcedure.input(z.unknown()).mutation(({ ctx, input }) => submitSelfAssessment(ctx.db, ctx.actor, input, todayInVietnam())),
  appraise: authedProcedure.input(z.unknown()).mutation(({ ctx, input }) => appraiseCriterion(ctx.db, ctx.actor, input, todayInVietnam())),
  explain: authedProcedure.input(z.unknown()).mutation(({ ctx, input }) => explainCriterion(ctx.db, ctx.actor, input, todayInVietnam())),
  settle: authedProcedure.input(z.unknown()).mutation(({ ctx, input }) => settleCriterion(ctx.db, ctx.actor, input, todayInVietnam())),
  compilation: authedProcedure.input(cycleId).query(({ ctx, input }) => cycleCompilation(ctx.db, ctx.actor, input.cycleId)),
  results: authedProcedure.input(cycleId).query(({ ctx, input }) => cycleResults(ctx.db, ctx.actor, input.cycleId)),
  saveSurvey: authedProcedure.input(z.unknown()).mutation(({ ctx, input }) => saveSurveyPoints(ctx.db, ctx.actor, input, todayInVietnam())),
  approve: authedProcedure.input(z.unknown()).mutation(({ ctx, input }) => approveCycle(ctx.db, ctx.actor, input, todayInVietnam())),
  publish: authedProcedure.input(z.unknown()).mutation(({ ctx, input }) => publishCycle(ctx.db, ctx.actor, input, todayInVietnam())),
  pointsLost: authedProcedure
    .input(z.object({ unitCode: z.string().min(1).max(200), year: z.number().int().min(2000).max(2100) }))
    .query(({ ctx, input }) => unitPointsLost(ctx.db, ctx.actor, input.unitCode, input.year)),
  createImprovementTask: authedProcedure.input(z.unknown()).mutation(({ ctx, input }) => createImprovementTask(ctx.db, ctx.actor, input)),
});
