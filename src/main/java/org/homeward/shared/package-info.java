/**
 * The few things every module needs: the database server (embedded PostgreSQL by default, an external one by
 * configuration), optimistic versions, paging, problem details and the web frame (languages, error pages,
 * request limits). Open to all modules; it knows nothing of returnees or the Council.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.homeward.shared;
