/** What other modules may use from the city: districts and departments. */
export { cityModule } from './module.js';
export { departmentNames, districtAt, findDepartment, findDistrict, listDepartments, listDistricts, pointInCity } from './db/queries.js';
export { departmentSchema, presentDepartments } from './http/department-presenter.js';
/** The city's name in a language, as set by its administrator (for e-mails and other texts). */
export { cityName } from './use-cases/city-identity.js';
/** Reads the stored identity and makes it this process's (its time zone in config.cityTimezone): for commands run without the server. */
export { loadIdentity } from './use-cases/city-identity.js';
