// Floors: one hand-written statement per page, starting from the session's token hash ($1) and
// returning what the page shows. Timed in the benchmark's process through postgres.js (round trip
// included, as the app's own statements have it). The "my tasks" floor returns the unit's whole
// list, as the page did before it was paginated.
export const FLOORS = {
  dashboard: `
with recursive me as (
  select u.id as user_id, u.unit_id from sessions s join users u on u.id = s.user_id where s.token_hash = $1 and s.expires_at > now()
), up as (
  select id, parent_id, kind, 0 as depth from units where id = (select unit_id from me)
  union all select p.id, p.parent_id, p.kind, up.depth + 1 from units p join up on p.id = up.parent_id
), gov as (
  select id from up where kind in ('province', 'district') order by depth limit 1
), scope as (
  select id from units where id = (select id from gov)
  union all select u.id from units u join scope on u.parent_id = scope.id
), plan as (
  select id from plans where issuer_unit_id = (select id from gov) and kind = 'improvement' and 2026 between from_year and to_year order by id desc limit 1
), t as (
  select t.id, t.title, t.status, t.progress, t.deadline,
    (select count(*) from evidence e where e.task_id = t.id) as evidence,
    (select max(created_at) from task_updates x where x.task_id = t.id) as last_update
  from tasks t where t.plan_id = (select id from plan) and not t.is_heading
), by_component as (
  select tc.component_key, count(*) as tasks, count(*) filter (where t.status in ('hoan-thanh', 'hoan-thanh-cham')) as done,
    sum(t.evidence) as evidence, (array_agg(t.id order by t.id))[1:2] as links
  from t join task_components tc on tc.task_id = t.id group by tc.component_key
), res as (
  select distinct on (year, component_key) year, component_key, percent, points, rank, rank_of
  from results where unit_id = (select id from gov) order by year, component_key, source
), tg as (
  select component_key, score_op, score_value, score_unit, rank_op, rank_value, printed from targets where unit_id = (select id from gov) and year = 2026
)
select json_build_object(
  'user', (select row_to_json(me) from me),
  'roles', (select json_agg(role) from user_roles where user_id = (select user_id from me)),
  'settings', (select json_agg(json_build_object(key, value)) from settings where root_unit_id = (select id from up order by depth desc limit 1)),
  'results', (select json_agg(res) from res),
  'targets', (select json_agg(tg) from tg),
  'components', (select json_agg(by_component) from by_component),
  'choices', (select count(*) from scope)
) as page`,
  myTasks: `
with me as (
  select u.id as user_id, u.unit_id from sessions s join users u on u.id = s.user_id where s.token_hash = $1 and s.expires_at > now()
), tu as (
  select distinct on (task_id) task_id, role from task_units where unit_id = (select unit_id from me) order by task_id, role
)
select t.id, t.ordinal, t.title, tu.role, p.code, p.number, p.title as plan_title, p.from_year, p.to_year, p.reporting_deadline,
  t.deadline_text, t.deadline, t.status, t.progress, t.evidence_required,
  (select count(*) from evidence e where e.task_id = t.id) as evidence,
  array(select component_key from task_components c where c.task_id = t.id) as components
from tu join tasks t on t.id = tu.task_id join plans p on p.id = t.plan_id
where not t.is_heading
order by t.id`,
} as const;
