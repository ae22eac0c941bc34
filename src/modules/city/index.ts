/** What other modules may use from the city: districts and departments. */
export { cityModule } from './module.js';
export { departmentNames, districtAt, findDepartment, listDepartments, listDistricts } from './db/queries.js';
export { departmentSchema, presentDepartments } from './http/department-presenter.js';
