/** Server code the scoring-cycle routes use (a .server module: kept out of the browser bundle). */
export { todayInVietnam } from "../../server/clock";
export { mayRead, mayRun } from "../../server/domain/cycle-access";
export { phaseState, type CyclePhase } from "../../server/domain/cycle-phase";
export { can } from "../../server/domain/permissions";
export { parseVnDate } from "../../server/domain/vn-date";
export { addSelfEvidence, appraiseCriterion, explainCriterion, getAssessment, settleCriterion, submitSelfAssessment } from "../../server/services/assessment-write";
export { cycleActor, cycleContext, frameworkComponentsOf, isCouncilMember, loadCycle } from "../../server/services/cycle-context";
export { approveCycle, createImprovementTask, cycleCompilation, cycleResults, importSurveyPoints, publishCycle, saveSurveyPoints, unitPointsLost } from "../../server/services/cycle-results";
export { listCycles, openCycle, updateCycleSetup } from "../../server/services/cycle-setup";
export { copyFramework, frameworkTemplate, importFramework, listFrameworks } from "../../server/services/frameworks";
export { cyclePlans, evaluableUnits, planMembers } from "./queries.server";
export { resultsWorkbook, scoreSheetDocx } from "../../server/services/cycle-exports";
export { cycleSurveyForms, cycleSurveyPoints, saveSurveyForms } from "../../server/services/survey-forms";
export { unitWhatIf } from "../../server/services/what-if";
export { frameworkDetail, importFrameworkCriteria, updateCriterion } from "../../server/services/frameworks";
export { cycleCriteria } from "../../server/services/cycle-context";
export { councilChoices, officeChoices, unitChoices, cycleDraft } from "../../server/services/cycle-setup";
