/** What other modules may use from the city: districts and departments. */
export { cityModule } from './module.js';
export { districtAt, findDepartment, listDepartments, listDistricts } from './db/queries.js';
