#include "write/small_plan.h"

namespace plancheck::testing {

Plan small_plan() {
  Plan plan;
  plan.file = "plan.yaml";
  plan.id = "small";
  plan.title = "小计划";
  plan.start = *parse_date("2022-01-01");
  plan.end = *parse_date("2022-12-31");
  plan.logs = {"log"};
  plan.activities = {Activity{"党课", "讲党课", {}}, Activity{"支委会", "", {}}};
  Unit branch;
  branch.id = "第一支部";
  branch.kind = "支部";
  plan.units = {branch};
  for (const char* name : {"张三", "- 王五", "赵六: 组长", "[钱七]", "null"}) {
    Person person;
    person.name = name;
    plan.people.push_back(person);
  }
  plan.sections = {Section{"一", "第一部分", {Item{"2", "条目", "", {}, {}}}, {}}};
  return plan;
}

}  // namespace plancheck::testing
